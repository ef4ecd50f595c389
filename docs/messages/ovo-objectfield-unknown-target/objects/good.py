from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    fields = {"slots": fields.IntegerField()}


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "shelf": fields.ObjectField("Shelf"),
        "shelves": fields.ListOfObjectsField("Shelf"),
    }
