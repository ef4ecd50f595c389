"""The same calls from code outside the object and DB packages stay reported."""
# pylint: disable=missing-docstring,too-few-public-methods
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Disk(base.VersionedObject):
    fields = {'id': fields.IntegerField()}

    @staticmethod
    def _from_db_object(context, disk, row):
        disk.id = row['id']
        return disk


@base.VersionedObjectRegistry.register
class Host(base.VersionedObject):
    fields = {'id': fields.IntegerField()}

    def load_disk(self, row):
        return Disk._from_db_object(self._context, Disk(), row)


class Controller:
    """An API controller: not object code."""

    def show(self, context, row):
        return Disk._from_db_object(context, Disk(), row)  # [protected-access]
