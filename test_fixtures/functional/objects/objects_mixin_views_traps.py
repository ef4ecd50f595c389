"""Mixins only ever used beside a VersionedObject base: no false messages."""
# pylint: disable=missing-docstring,too-few-public-methods
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


class TrapPersistentObject:
    fields = {'deleted': fields.BooleanField(default=False)}

    def describe(self):
        changed = self.obj_what_changed()
        self.obj_reset_changes()
        return self.obj_name(), self._context, changed, self.id, self.deleted

    @classmethod
    def kind(cls):
        return cls.obj_name()

    def obj_as_admin(self):
        if self._context is None:
            return None
        original = self._context
        self._context = self._context.elevated()
        self.deleted = False
        self._context = original
        return original

    @staticmethod
    def _from_db_object(context, obj, row):
        obj._context = context
        obj.id = row['id']
        return obj


class TrapDictCompat:
    def refresh(self, loaded):
        for field in self.fields:
            if self.obj_attr_is_set(field) and self[field] != loaded[field]:
                self[field] = loaded[field]

    def set_fields(self):
        return [field for field in self.fields if self.obj_attr_is_set(field)]


class TrapTimestampObject(TrapPersistentObject):
    """An intermediate mixin class: its users are what count."""

    def age(self):
        return self.obj_name(), self.id


@base.VersionedObjectRegistry.register
class TrapVolume(TrapTimestampObject, TrapDictCompat, base.VersionedObject,
                 base.VersionedObjectDictCompat):
    fields = {'id': fields.IntegerField(), 'size': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class TrapSnapshot(TrapPersistentObject, TrapDictCompat, base.VersionedObject,
                   base.VersionedObjectDictCompat):
    fields = {'id': fields.IntegerField()}
