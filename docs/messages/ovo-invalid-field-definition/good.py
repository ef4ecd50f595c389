from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "name": fields.StringField(),
        "tags": fields.Field(fields.List(fields.String())),
        "state": fields.EnumField(["active", "retired"]),
    }
