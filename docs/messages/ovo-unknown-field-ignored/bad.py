from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        "name": fields.StringField(default="rack"),
        "location": fields.StringField(nullable=True),
    }


def relocate(context, location):
    rack = Rack(context, nmae="r1")  # [ovo-unknown-field-ignored]
    rack.locaton = location  # [ovo-unknown-field-ignored]
    rack.obj_reset_changes(["nmae"])  # [ovo-unknown-field-ignored]
    return "locaton" in rack  # [ovo-unknown-field-ignored]


def label(context):
    rack = Rack(context, name="r1")
    return rack["nmae"]  # [ovo-unknown-field-ignored]
