from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        "name": fields.StringField(default="rack"),
        "location": fields.StringField(nullable=True),
    }


def rename(context, name):
    rack = Rack(context)
    rack.name = name
    rack.obj_reset_changes("name")  # [ovo-reset-changes-string]
    return rack
