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

"""Plugin methods neutron-lib retries unless the session is active: their callers decide."""
# pylint: disable=missing-docstring
from neutron_lib.db import api as db_api


def _set_status(context, table, row_id, status):
    with db_api.CONTEXT_WRITER.using(context):
        context.session.query(table).filter_by(id=row_id).update({'status': status})


class FloatingIpDbMixin:
    """RPC endpoints elsewhere call these on whatever L3 plugin is loaded."""

    @db_api.retry_if_session_inactive()  # [enginefacade-retry-inside-transaction]
    def update_floatingip_status(self, context, fip_id, status):
        """Called first thing in an endpoint's writer (after a log call): the session looks inactive."""
        _set_status(context, 'floatingips', fip_id, status)

    @db_api.retry_if_session_inactive(context_var_name='ctx')  # [enginefacade-retry-inside-transaction]
    def update_port_status(self, ctx, port_id, status):
        """The context by another name, as the decorator is told."""
        with db_api.CONTEXT_WRITER.using(ctx):
            ctx.session.query('ports').filter_by(id=port_id).update({'status': status})

    @db_api.retry_if_session_inactive()
    def update_router_status(self, context, router_id, status):
        """Called after the endpoint has queried in its writer: the session is active, no retry."""
        _set_status(context, 'routers', router_id, status)

    @db_api.retry_if_session_inactive()
    def update_network_status(self, context, network_id, status):
        """Called with no scope open: each retry is a new transaction."""
        _set_status(context, 'networks', network_id, status)

    @db_api.retry_if_session_inactive()
    def update_subnet_status(self, context, subnet_id, status):
        """Called first in a helper's writer, but the helper's callers may have used the session."""
        _set_status(context, 'subnets', subnet_id, status)

    @db_api.retry_if_session_inactive()
    def update_agent_status(self, context, agent_id, status):
        """Called inside a writer on another context than the one it is given."""
        _set_status(context, 'agents', agent_id, status)

    @db_api.retry_if_session_inactive()
    def update_pool_status(self, context, pool_id, status):
        """Called first in a writer, after the endpoint copied the context: its use may have run."""
        _set_status(context, 'pools', pool_id, status)

    @db_api.retry_if_session_inactive()
    def get_status(self, context, fip_id):
        """Called first in a reader, but uses nothing of its transaction."""
        del context
        return fip_id
