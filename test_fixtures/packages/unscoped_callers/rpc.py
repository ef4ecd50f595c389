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

"""RPC endpoints: oslo.messaging calls their public methods with a new context."""
# pylint: disable=missing-docstring
import oslo_messaging

from neutron_lib import context as n_context
from neutron_lib.db import api as db_api

from unscoped_callers import plugins
from unscoped_callers.db import ports as ports_db


def _elevated(context):
    return context.elevated()


class PortRpcCallback:
    target = oslo_messaging.Target(version='1.0')

    @property
    def plugin(self):
        return plugins.get_plugin()

    def get_ports_on_host(self, context, host):
        return self.plugin.get_ports_on_host(context, host)

    def get_port_in_scope(self, context, port_id):
        with db_api.CONTEXT_READER.using(context):
            return self.plugin.get_port_in_scope(context, port_id)

    def list_ports(self, context, host):
        del context
        admin = n_context.get_admin_context()
        return ports_db.list_host_ports(admin, host)  # [enginefacade-implicit-writer-session]

    def sync(self, context):
        with db_api.CONTEXT_WRITER.using(context):
            ports_db.count_in_callers_scope(context)
            return self._cleanup(context)

    def _cleanup(self, context):
        return ports_db.count_elevated_in_scope(context.elevated())

    def count(self, context):
        return ports_db.count_elevated(_elevated(context))

    def get_agent_bindings(self, context, host):
        return self.plugin.get_agent_bindings(context, host)

    def count_as_admin(self, context):
        return self._as_admin(context)

    def count_as_admin_in_scope(self, context):
        with db_api.CONTEXT_READER.using(context):
            return self._as_admin_in_scope(context)

    def _as_admin(self, context):
        admin = context if context.is_admin else context.elevated()
        return ports_db.count_as_admin(admin)

    def _as_admin_in_scope(self, context):
        admin = context if context.is_admin else context.elevated()
        return ports_db.count_as_admin_in_scope(admin)

    def count_routers(self, context):
        return self.plugin.get_router_count(context)
