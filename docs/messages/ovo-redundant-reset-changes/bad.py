from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        "id": fields.IntegerField(),
        "name": fields.StringField(),
    }

    @staticmethod
    def _from_db_object(context, rack, db_rack):
        rack.id = db_rack["id"]
        rack.name = db_rack["name"]
        rack._context = context
        rack.obj_reset_changes()
        return rack

    @base.remotable
    def save(self):
        db_rack = {"id": self.id, "name": self.name}
        self._from_db_object(self._context, self, db_rack)
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]
