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
import logging

import oslo_messaging

from neutron_lib import context as n_context
from neutron_lib.db import api as db_api

from inactive_retry import plugins

LOG = logging.getLogger(__name__)


class L3RpcCallback:
    target = oslo_messaging.Target(version='1.0')

    @property
    def l3plugin(self):
        return plugins.get_plugin('L3')

    @db_api.retry_db_errors
    def update_floatingip_statuses(self, context, router_id, fip_statuses):
        with db_api.CONTEXT_WRITER.using(context):
            for fip_id, status in fip_statuses.items():
                LOG.debug("New status for floating IP %s: %s", fip_id, status)
                self.l3plugin.update_floatingip_status(context, fip_id, status)
            routers = self.l3plugin.get_routers(context, router_id)
            for router in routers:
                self.l3plugin.update_router_status(context, router['id'], 'DOWN')

    def update_port_statuses(self, context, port_ids):
        with db_api.CONTEXT_WRITER.using(context):
            for port_id in port_ids:
                self.l3plugin.update_port_status(context, port_id, 'ACTIVE')

    def update_network_status(self, context, network_id):
        return self.l3plugin.update_network_status(context, network_id, 'ACTIVE')

    def sync_agent(self, context, agent_id):
        admin = n_context.get_admin_context()
        with db_api.CONTEXT_WRITER.using(context):
            self.l3plugin.update_agent_status(admin, agent_id, 'ACTIVE')

    def update_pools(self, context, pool_id):
        with db_api.CONTEXT_WRITER.using(context):
            elevated = context.elevated()
            self.l3plugin.update_pool_status(context, pool_id, 'ACTIVE')
            return elevated

    def get_status(self, context, fip_id):
        with db_api.CONTEXT_READER.using(context):
            return self.l3plugin.get_status(context, fip_id)
