"""Backports that touch keys the object does not have; added fields not backported."""
# pylint: disable=missing-docstring
from oslo_utils import versionutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    # Version 1.0: Initial version
    # Version 1.1: Added location field  # [ovo-version-bump-unhandled]
    # Version 1.2: Added tags and labels fields  # [ovo-version-bump-unhandled]
    VERSION = '1.2'
    fields = {
        'name': fields.StringField(),
        'location': fields.StringField(nullable=True),
        'tags': fields.ListOfStringsField(),
        'labels': fields.DictOfStringsField(),
    }

    def obj_make_compatible(self, primitive, target_version):
        super().obj_make_compatible(primitive, target_version)
        target_version = versionutils.convert_version_to_tuple(target_version)
        if target_version < (1, 2):
            primitive.pop('tag', None)  # [ovo-make-compatible-unknown-key]
            for key in ('labels', 'lables'):  # [ovo-make-compatible-unknown-key]
                primitive.pop(key, None)
        if target_version < (1, 1) and 'locaton' in primitive:  # [ovo-make-compatible-unknown-key]
            primitive['name'] = primitive['locaton']
        if target_version < (1, 1):
            del primitive['locatoin']  # [ovo-make-compatible-unknown-key]
