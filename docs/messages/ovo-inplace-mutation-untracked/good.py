from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "id": fields.IntegerField(read_only=True),
        "name": fields.StringField(),
        "tags": fields.ListOfStringsField(default=[]),
        "labels": fields.DictOfStringsField(default={}),
    }


def add_tag(context, rack_id, tag):
    rack = Rack(context, id=rack_id)
    rack.tags = rack.tags + [tag]
    rack.labels = dict(rack.labels, tagged="yes")
    return rack.obj_get_changes()
