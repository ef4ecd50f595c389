"""Objects the check must leave alone."""
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from fieldnova import db


@base.VersionedObjectRegistry.register
class Task(base.VersionedObject):
    """Migration 003 widens tasks.state by raw SQL: the schema is uncertain."""

    fields = {"id": fields.IntegerField(), "state": fields.EnumField(["queued", "running", "done"])}

    @base.remotable
    def create(self):
        db.task_create(self._context, self.obj_get_changes())


@base.VersionedObjectRegistry.register
class Instance(base.VersionedObject):
    """instance_create builds two models: which one holds the field is not proven."""

    fields = {"id": fields.IntegerField(), "locked_by": fields.EnumField(["owner", "admin", "other"])}

    @base.remotable
    def create(self):
        db.instance_create(self._context, self.obj_get_changes())


@base.VersionedObjectRegistry.register
class KeyPair(base.VersionedObject):
    """create() rewrites the value on its way to the row."""

    fields = {"id": fields.IntegerField(), "type": fields.EnumField(["ssh", "x509", "x509-legacy"])}

    @base.remotable
    def create(self):
        updates = self.obj_get_changes()
        updates["type"] = "x509" if updates["type"] == "x509-legacy" else updates["type"]
        db.keypair_create(self._context, updates)


@base.VersionedObjectRegistry.register
class Unsaved(base.VersionedObject):
    """No create(): nothing links it to a model."""

    fields = {"migration_type": fields.EnumField(["migration", "evacuate"])}


@base.VersionedObjectRegistry.register
class NUMATopology(base.VersionedObject):
    """Stored serialised in instance_extra.numa_topology: the model's
    'policy' column is not this field's."""

    fields = {"policy": fields.EnumField(["share", "isolate"])}

    @base.remotable
    def create(self):
        values = {"numa_topology": self.obj_to_primitive()}
        db.instance_extra_update(self._context, values)
