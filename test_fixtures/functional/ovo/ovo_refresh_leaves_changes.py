"""Refreshes that copy fields from a fresh object: reset afterwards, or not."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {'id': fields.IntegerField(), 'name': fields.StringField()}

    @classmethod
    def get_by_id(cls, context, rack_id):
        return cls(context, id=rack_id)

    def refresh(self):
        current = self.__class__.get_by_id(self._context, self.id)
        for field in self.fields:  # [ovo-refresh-leaves-changes]
            if self[field] != current[field]:
                self[field] = current[field]

    def lazy_load(self):
        loaded = Rack.get_by_id(self._context, self.id)
        for field in self.fields:  # [ovo-refresh-leaves-changes]
            if field in loaded and field not in self:
                setattr(self, field, getattr(loaded, field))
