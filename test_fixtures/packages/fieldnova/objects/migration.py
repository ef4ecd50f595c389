"""nova 74197aaa3f: the object and the model agree, the schema does not."""
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from fieldnova import db


@base.VersionedObjectRegistry.register
class Migration(base.VersionedObject):
    fields = {
        "id": fields.IntegerField(),
        "migration_type": fields.EnumField(["migration", "resize", "evacuate"]),  # [ovo-field-column-mismatch]
    }

    @base.remotable
    def create(self):
        updates = self.obj_get_changes()
        db_migration = db.migration_create(self._context, updates)
        self.id = db_migration.id


@base.VersionedObjectRegistry.register
class Flavor(base.VersionedObject):
    fields = {
        "id": fields.IntegerField(),
        "state": fields.EnumField(["on", "off", "broken"]),  # [ovo-field-column-mismatch]
    }

    @base.remotable
    def create(self):
        db.flavor_create(self._context, self.obj_get_changes())
