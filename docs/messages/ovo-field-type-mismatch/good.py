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


def build(context):
    rack = Rack(context, name="r1")
    rack.tags = "blue,green".split(",")
    rack.labels = dict([("owner", "ops")])
    return Rack(context, name="r2")
