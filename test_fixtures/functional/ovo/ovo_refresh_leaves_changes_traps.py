"""Loops that look like a refresh but leave no changes behind."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {'id': fields.IntegerField(), 'name': fields.StringField()}

    @classmethod
    def get_by_id(cls, context, rack_id):
        return cls(context, id=rack_id)

    def refresh_and_reset(self):
        current = self.__class__.get_by_id(self._context, self.id)
        for field in self.fields:
            if self[field] != current[field]:
                self[field] = current[field]
        self.obj_reset_changes()

    def reset_inside_branch(self, flag):
        current = Rack.get_by_id(self._context, self.id)
        if flag:
            for field in current.obj_fields:
                setattr(self, field, getattr(current, field))
            self.obj_reset_changes()

    def from_row(self, row):
        for field in self.fields:
            setattr(self, field, row[field])

    def copy_into(self, other):
        for field in self.fields:
            setattr(other, field, getattr(self, field))

    def refresh_then_reset_some(self):
        current = Rack.get_by_id(self._context, self.id)
        copied = []
        for field in self.fields:
            setattr(self, field, getattr(current, field))
            copied.append(field)
        self.obj_reset_changes(copied)


class Plain:
    """Not a versioned object: setattr records nothing."""

    fields = ('id', 'name')

    def __init__(self):
        self.id = None
        self.name = None

    def refresh(self, current):
        for field in self.fields:
            setattr(self, field, getattr(current, field))
