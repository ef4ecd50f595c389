# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.
"""Racks: where servers live."""

from inventory.db import api as db_api
from inventory.db import models
from inventory.objects import base
from inventory.objects import fields


@db_api.context_manager.reader
def _rack_get(context, rack_id):
    return context.session.query(models.RackRow).filter_by(id=rack_id).one()


@db_api.context_manager.writer
def _rack_create(context, values):
    row = models.RackRow(**values)
    row.save(context.session)
    return row


@base.InventoryObjectRegistry.register
class Rack(base.InventoryPersistentObject, base.InventoryObject):
    """A rack of servers."""

    # Version 1.0: Initial version
    # Version 1.1: Added tags
    VERSION = '1.1'

    fields = {
        'id': fields.IntegerField(read_only=True),
        'uuid': fields.UUIDField(),
        'name': fields.StringField(),
        'state': fields.RackStateField(),
        'location': fields.StringField(nullable=True),
        'tags': fields.ListOfStringsField(default=[]),
        'labels': fields.DictOfStringsField(default={}),
        'power_cycles': fields.PowerCyclesField(nullable=True),
    }

    obj_extra_fields = ['display_name']

    @property
    def display_name(self):
        """The name shown to users."""
        return self.name.title()

    @staticmethod
    def _from_db_object(context, rack, db_rack):
        for name in ('id', 'uuid', 'name', 'state', 'location'):
            setattr(rack, name, db_rack[name])
        rack.tags = list(db_rack['tags'])
        rack._context = context
        rack.obj_reset_changes()
        return rack

    @base.remotable_classmethod  # deprecated spelling, kept on purpose
    def get_by_id(cls, context, rack_id):
        """Load a rack."""
        return cls._from_db_object(context, cls(context), _rack_get(context, rack_id))

    @base.remotable
    def create(self):
        """Store a new rack."""
        values = self.obj_get_changes()
        db_rack = _rack_create(self._context, values)
        self._from_db_object(self._context, self, db_rack)
