"""enginefacade-retry-inside-transaction: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db import api as oslo_db_api
from oslo_db import exception as db_exc
from oslo_db.sqlalchemy import enginefacade
import oslo_messaging

from neutron_lib.db import api as db_api

from inventory.db import tags
from inventory.db.api import context_manager

MAIN = enginefacade.transaction_context()
API = enginefacade.transaction_context()


def _ensure_aggregate(ctx, uuid):
    """placement after a6f0285778: no retry here..."""
    return ctx.session.execute('INSERT INTO aggs (uuid) VALUES (:u)', {'u': uuid}).lastrowid


@oslo_db_api.wrap_db_retry(max_retries=10, exception_checker=lambda exc: isinstance(exc, db_exc.DBDuplicateEntry))
@MAIN.writer
def set_aggregates(context, uuids):
    """...but around the writer that starts the transaction."""
    return [_ensure_aggregate(context, uuid) for uuid in uuids]


def sync_aggregates(context, uuids):
    return set_aggregates(context, uuids)  # no scope open: the retry starts a new transaction


@oslo_db_api.wrap_db_retry(max_retries=3)
@MAIN.writer.savepoint
def _nested(context, rack_id):
    """A savepoint rolls back alone: the retry works."""
    context.session.execute('UPDATE racks SET seen = 1 WHERE id = :id', {'id': rack_id})


@oslo_db_api.wrap_db_retry(max_retries=3)
@API.writer
def _touch_api(context, rack_id):
    """Another manager: its own transaction."""
    context.session.execute('UPDATE mappings SET seen = 1 WHERE id = :id', {'id': rack_id})


@oslo_db_api.wrap_db_retry(max_retries=3)
def _no_database(context, name):
    """Uses nothing of the caller's transaction."""
    return name.upper()


@context_manager.writer
def update_tags(context, name):
    tags.bump_counter(context, name)  # .independent: a transaction of its own
    other = make_context()
    tags.ensure_tag(other, name)  # another context: no scope open on it


@MAIN.writer
def tag_in_main(context, name):
    return tags.ensure_tag(context, name)  # another manager: ensure_tag starts its own


@MAIN.writer
def update(context, rack_id, name):
    _nested(context, rack_id)
    _touch_api(context, rack_id)
    _no_database(context, name)


def tag_outside(context, name):
    return tags.ensure_tag(context, name)


def make_context():
    return object()


@context_manager.writer
def generator_scope(context, names):
    """The decorator's scope closes before the body runs."""
    for name in names:
        yield tags.ensure_tag(context, name)


class FloatingIpMixin:
    @db_api.retry_if_session_inactive()
    def update_floatingip_status(self, context, fip_id, status):
        """Called after its caller's first query: neutron-lib sees the session active and does not retry."""
        with db_api.CONTEXT_WRITER.using(context):
            context.session.execute('UPDATE fips SET status = :s WHERE id = :id', {'s': status, 'id': fip_id})

    @db_api.retry_if_session_inactive()
    def update_router_status(self, context, router_id, status):
        """Called with no scope open: each attempt is a new transaction."""
        with db_api.CONTEXT_WRITER.using(context):
            context.session.execute('UPDATE routers SET status = :s WHERE id = :id', {'s': status, 'id': router_id})


PLUGIN = FloatingIpMixin()


class L3RpcCallback:
    target = oslo_messaging.Target(version='1.0')

    def update_floatingip_statuses(self, context, router_id, statuses):
        with db_api.CONTEXT_WRITER.using(context):
            context.session.execute('SELECT 1 FROM routers WHERE id = :id', {'id': router_id})
            for fip_id, status in statuses.items():
                PLUGIN.update_floatingip_status(context, fip_id, status)

    def update_router_status(self, context, router_id):
        return PLUGIN.update_router_status(context, router_id, 'ACTIVE')
