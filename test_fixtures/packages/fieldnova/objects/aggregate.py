"""nova's API-database shape: create() -> own methods -> a module-level function."""
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from fieldnova.db.sqlalchemy import models


def _aggregate_create_in_db(context, values):
    aggregate = models.Aggregate()
    aggregate.update(values)
    aggregate.save()
    return aggregate


@base.VersionedObjectRegistry.register
class Aggregate(base.VersionedObject):
    fields = {
        "id": fields.IntegerField(),
        "kind": fields.EnumField(["zone", "pool", "cell"]),  # [ovo-field-column-mismatch]
    }

    @staticmethod
    def _create_in_db(context, values):
        return _aggregate_create_in_db(context, values)

    def _create(self):
        updates = self.obj_get_changes()
        self._create_in_db(self._context, updates)

    @base.remotable
    def create(self):
        self._create()
