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
"""Servers, and lists of them."""

from inventory.db import api as db_api
from inventory.db import models
from inventory.objects import base
from inventory.objects import fields


@db_api.context_manager.reader
def _servers_in_rack(context, rack_id):
    return context.session.query(models.ServerRow).filter_by(rack_id=rack_id).all()


@base.InventoryObjectRegistry.register
class Server(base.InventoryPersistentObject, base.InventoryObject):
    """A server, in a rack."""

    VERSION = '1.0'

    fields = {
        'id': fields.IntegerField(read_only=True),
        'hostname': fields.StringField(),
        'rack': fields.ObjectField('Rack', nullable=True),
        'memory_mb': fields.IntegerField(default=0),
    }

    @staticmethod
    def _from_db_object(context, server, db_server):
        server.id = db_server['id']
        server.hostname = db_server['hostname']
        server.memory_mb = db_server['memory_mb']
        server._context = context
        server.obj_reset_changes()
        return server

    @classmethod
    def from_db_row(cls, context, db_server):
        """A Server loaded from its database row."""
        return cls._from_db_object(context, cls(context), db_server)


@base.InventoryObjectRegistry.register
class ServerList(base.ObjectListBase, base.InventoryObject):
    """The servers of one rack."""

    VERSION = '1.0'

    fields = {
        'objects': fields.ListOfObjectsField('Server'),
    }

    @classmethod
    @base.remotable
    def get_by_rack(cls, context, rack_id):
        """Every server of a rack."""
        servers = cls(context)
        servers.objects = [
            Server.from_db_row(context, row)
            for row in _servers_in_rack(context, rack_id)
        ]
        servers.obj_reset_changes()
        return servers
