from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        "name": fields.StringField(default="rack"),
        "location": fields.StringField(nullable=True),
    }


def describe(context):
    rack = Rack(context)
    rack.obj_set_defaults("nmae")  # [ovo-unknown-field]
    rack.obj_attr_is_set("locaton")  # [ovo-unknown-field]
    return rack.get("locaton", None)  # [ovo-unknown-field]
