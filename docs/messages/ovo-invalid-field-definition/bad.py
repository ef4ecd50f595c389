from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "name": fields.String(),  # [ovo-invalid-field-definition]
        "tags": fields.Field(fields.List(fields.String)),  # [ovo-invalid-field-definition]
        "state": fields.EnumField([]),  # [ovo-invalid-field-definition]
    }
