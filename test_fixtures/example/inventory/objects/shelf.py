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
"""Shelves. This module contains deliberate mistakes (see the example README)."""

from inventory.db import api as db_api
from inventory.objects import base
from inventory.objects import fields


@db_api.context_manager.reader
def _shelf_get(context, shelf_id):
    return context.session.get('shelves', shelf_id)


@base.InventoryObjectRegistry.register
class Shelf(base.InventoryPersistentObject, base.InventoryObject):
    """A shelf, in a rack."""

    VERSION = '1.0'

    fields = {
        'id': fields.IntegerField(read_only=True),
        'rack': fields.ObjectField('Rack'),
        'slots': fields.IntegerField(),
    }

    @staticmethod
    def _from_db_object(context, shelf, db_shelf):
        shelf.id = db_shelf['id']
        shelf.slots = db_shelf['slots']
        shelf._context = context
        shelf.obj_reset_changes()
        return shelf

    @base.remotable
    def refresh(self):
        """Reload the shelf from the database."""
        db_shelf = _shelf_get(self._context, self.id)
        self._from_db_object(self._context, self, db_shelf)
        self.obj_reset_changes()  # redundant: _from_db_object just did it

    def describe(self):
        """A one-line description."""
        return f'{self.rack.nmae}: {self.slots} slots'  # 'nmae' is a typo
