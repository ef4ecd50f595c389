from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = "1.x"  # [ovo-bad-version]
    fields = {"name": fields.StringField()}
