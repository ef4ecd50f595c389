"""enginefacade-retry-inside-transaction: wrap_db_retry where a transaction is open."""
# pylint: disable=missing-docstring
from oslo_db import api as oslo_db_api
from oslo_db import exception as db_exc
from oslo_db.sqlalchemy import enginefacade
import oslo_messaging

from neutron_lib.db import api as db_api

from inventory.db import tags
from inventory.db.api import context_manager

MAIN = enginefacade.transaction_context()
_RETRY = oslo_db_api.wrap_db_retry(max_retries=3, retry_on_deadlock=True)


@oslo_db_api.wrap_db_retry(  # [enginefacade-retry-inside-transaction]
    max_retries=10, exception_checker=lambda exc: isinstance(exc, db_exc.DBDuplicateEntry))
def _ensure_aggregate(ctx, uuid):
    """placement before a6f0285778: a retry in its caller's writer."""
    found = ctx.session.execute('SELECT id FROM aggs WHERE uuid = :u', {'u': uuid}).fetchone()
    if found:
        return found[0]
    return ctx.session.execute('INSERT INTO aggs (uuid) VALUES (:u)', {'u': uuid}).lastrowid


@MAIN.writer
def set_aggregates(context, uuids):
    return [_ensure_aggregate(context, uuid) for uuid in uuids]


@_RETRY  # [enginefacade-retry-inside-transaction]
@MAIN.writer
def _touch(context, rack_id):
    """Its writer joins the one open in its caller's caller."""
    context.session.execute('UPDATE racks SET seen = 1 WHERE id = :id', {'id': rack_id})


def _touch_all(context, rack_ids):
    for rack_id in rack_ids:
        _touch(context, rack_id)


def audit(context, rack_ids):
    with MAIN.writer.using(context):
        _touch_all(context, rack_ids)


@context_manager.writer
def tag_rack(context, rack_id, name):
    tag_id = tags.ensure_tag(context, name)  # [enginefacade-retry-inside-transaction]
    context.session.execute('UPDATE racks SET tag = :t WHERE id = :id', {'t': tag_id, 'id': rack_id})


class FloatingIpMixin:
    @db_api.retry_if_session_inactive()  # [enginefacade-retry-inside-transaction]
    def update_floatingip_status(self, context, fip_id, status):
        """neutron before 31a15fdd6d: called first thing in an RPC endpoint's writer."""
        with db_api.CONTEXT_WRITER.using(context):
            context.session.execute('UPDATE fips SET status = :s WHERE id = :id', {'s': status, 'id': fip_id})


PLUGIN = FloatingIpMixin()


class L3RpcCallback:
    target = oslo_messaging.Target(version='1.0')

    def update_floatingip_statuses(self, context, statuses):
        with db_api.CONTEXT_WRITER.using(context):
            for fip_id, status in statuses.items():
                PLUGIN.update_floatingip_status(context, fip_id, status)
