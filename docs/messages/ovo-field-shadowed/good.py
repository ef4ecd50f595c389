from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "name": fields.StringField(),
    }
    obj_extra_fields = ["label"]

    @property
    def label(self):
        return self.name.upper()
