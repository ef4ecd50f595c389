from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    VERSION = "1.1"
    fields = {"name": fields.StringField()}
