"""VERSION attributes oslo.versionedobjects cannot use or never reads."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = '1.x'  # [ovo-bad-version]
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    version = '1.1'  # [ovo-version-attribute-misspelt]
    fields = {'rack_id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class Sub(Rack):
    VERSION = '1..2'  # [ovo-bad-version]
