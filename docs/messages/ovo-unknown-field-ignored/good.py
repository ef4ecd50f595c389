from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        "name": fields.StringField(default="rack"),
        "location": fields.StringField(nullable=True),
    }


def relocate(context, location):
    rack = Rack(context, name="r1")
    rack.location = location
    rack.obj_reset_changes(["name"])
    return "location" in rack


def label(context):
    rack = Rack(context, name="r1")
    return rack["name"]
