"""Backports that are right, and version comments that are not about fields."""
# pylint: disable=missing-docstring
from oslo_utils import versionutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    # Version 1.0: Initial version
    # Version 1.1: Added location field
    # Version 1.2: Add name to get_by_name() method
    # Version 1.3: Added tags
    VERSION = '1.3'
    fields = {
        'name': fields.StringField(),
        'location': fields.StringField(nullable=True),
        'tags': fields.ListOfStringsField(),
    }

    def obj_make_compatible(self, primitive, target_version):
        super().obj_make_compatible(primitive, target_version)
        target_version = versionutils.convert_version_to_tuple(target_version)
        if target_version < (1, 3):
            primitive.pop('tags', None)
        if target_version < (1, 1) and 'location' in primitive:
            primitive['name'] = primitive.pop('location')
        if target_version < (1, 1):
            # Older versions had a field that is gone now: add it back.
            primitive['legacy_details'] = {}
        data = primitive.get('name')
        return data


class Helper:
    def obj_make_compatible(self, primitive, target_version):
        primitive.pop('anything', None)
        return target_version


class Dynamic(base.VersionedObject):
    fields = {'id': fields.IntegerField()}
    fields.update({'other': fields.IntegerField()})

    def obj_make_compatible(self, primitive, target_version):
        primitive.pop('other', None)
