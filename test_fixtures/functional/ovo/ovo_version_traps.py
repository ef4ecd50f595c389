"""VERSION spellings that look odd but are right."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import fields as inv_fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.10.2'
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    VERSION = '1.0'
    fields = {'rack_id': fields.IntegerField()}
    version_notes = 'not a version attribute'


class NotAnObject:
    VERSION = 'v1'
    version = '1.0'


@base.VersionedObjectRegistry.register
class InheritsVersion(Shelf):
    fields = {'extra': inv_fields.RackStateField()}


@base.VersionedObjectRegistry.register
class Converts(base.VersionedObject):
    """convert_version_to_tuple accepts these: no call of OVO fails on each use."""

    VERSION = '1'
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class PreRelease(base.VersionedObject):
    VERSION = '1.2rc1'
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class FourParts(base.VersionedObject):
    VERSION = '1.2.3.4'
    fields = {'id': fields.IntegerField()}
