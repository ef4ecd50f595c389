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

"""Helpers that read context.session with no scope of their own; who reaches them decides."""
# pylint: disable=missing-docstring
from neutron_lib.db import api as db_api

from unscoped_callers.db import bindings


def count_active_ports(context, network_id):
    """Reached from a mechanism driver's postcommit, through a local alias."""
    return context.session.query('ports').filter_by(network_id=network_id).count()  # [enginefacade-implicit-writer-session]


def _ports_query(context):
    return context.session.query('ports')


def list_host_ports(context, host):
    """Reached from a new context in another module, through calls inference follows.

    Reported at the root's call (rpc.py), which sees the route from its side.
    """
    return _ports_query(context).filter_by(host=host).all()


def count_elevated(context):
    """Reached with an elevated copy of an RPC endpoint's context."""
    return context.session.query('ports').count()  # [enginefacade-implicit-writer-session]


class PortDbMixin:
    """A plugin mixin: RPC and the API call it on whatever plugin is loaded."""

    def get_ports_on_host(self, context, host):
        return context.session.query('ports').filter_by(host=host).all()  # [enginefacade-implicit-writer-session]

    def get_port_count(self, context):
        return context.session.query('ports').count()  # [enginefacade-implicit-writer-session]

    def get_router_count(self, context):
        """Reached from the API in two calls, and from RPC in one: the message names the shorter."""
        return context.session.query('routers').count()  # [enginefacade-implicit-writer-session]

    def get_port_bindings(self, context, host):
        """Reads nothing itself: passes the context to a reader elsewhere; only its own module calls it."""
        return bindings.read_bindings(context, host)  # [enginefacade-implicit-writer-session]

    def get_agent_bindings(self, context, host):
        """Called by RPC; passes the context to the helper above, which is reported: not here too."""
        return self.get_port_bindings(context, host)

    def get_port_in_scope(self, context, port_id):
        """Only called inside the caller's scope."""
        return context.session.query('ports').get(port_id)


@db_api.CONTEXT_READER
def count_scoped(context):
    """Its own scope: nothing to report, whoever calls it."""
    return context.session.query('ports').count()


def count_in_callers_scope(context):
    """Its one caller opens a writer around the call."""
    return context.session.query('ports').count()


def count_in_precommit(context):
    """Called from a precommit method: inside ML2's transaction."""
    return context.session.query('ports').count()


def count_from_callback(context):
    """Called from a registry callback: whether a scope is open is not known."""
    return context.session.query('ports').count()


def count_from_tests(context):
    """Called only by tests."""
    return context.session.query('ports').count()


def count_elevated_in_scope(context):
    """Given an elevated copy of a context its caller's caller holds a scope on."""
    return context.session.query('ports').count()


def count_as_admin(context):
    """Given 'context if context.is_admin else context.elevated()' by an RPC endpoint's helper."""
    return context.session.query('ports').count()  # [enginefacade-implicit-writer-session]


def count_as_admin_in_scope(context):
    """The same, where the endpoint holds a scope on the context."""
    return context.session.query('ports').count()


def count_without_callers(context):
    """Nobody calls it: silence."""
    return context.session.query('ports').count()
