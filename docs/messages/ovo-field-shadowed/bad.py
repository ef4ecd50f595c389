from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "name": fields.StringField(),
        "label": fields.StringField(nullable=True),
    }

    @property
    def label(self):  # [ovo-field-shadowed]
        return self.name.upper()
