"""OVO's cross-object protocol: underscore classmethods called by other objects."""
# pylint: disable=missing-docstring,too-few-public-methods
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Disk(base.VersionedObject):
    fields = {'id': fields.IntegerField()}

    @staticmethod
    def _from_db_object(context, disk, row):
        disk.id = row['id']
        disk._context = context
        return disk

    @classmethod
    def _secret(cls):
        return cls


@base.VersionedObjectRegistry.register
class Host(base.VersionedObject):
    fields = {'disk': fields.ObjectField('Disk')}

    def load_disk(self, row):
        self.disk = Disk._from_db_object(self._context, Disk(), row)
        return Disk._secret()  # [protected-access]


class Helper:
    """Not an object class, but this module is in an objects package."""

    def build(self, context, row):
        return Disk._from_db_object(context, Disk(), row)

    def other(self, thing):
        return thing._from_db_object  # [protected-access]
