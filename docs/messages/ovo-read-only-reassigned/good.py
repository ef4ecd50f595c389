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


def reload(context, row):
    rack = Rack(context)
    rack.id = row["id"]
    rack.name = row["name"]
