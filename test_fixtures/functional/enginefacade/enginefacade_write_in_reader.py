"""enginefacade-write-in-reader: changes in a transaction that never commits."""
# pylint: disable=missing-docstring
import sqlalchemy as sa

from oslo_db.sqlalchemy import enginefacade

from inventory import context as inv_context
from inventory.db import models
from neutron.objects import base as n_base

MAIN = enginefacade.transaction_context()


def model_query(context, model):
    return context.session.query(model)


@MAIN.reader
def mark_seen(context, rack_id, row):
    context.session.add(row)  # [enginefacade-write-in-reader]
    context.session.add_all([row])  # [enginefacade-write-in-reader]
    context.session.delete(row)  # [enginefacade-write-in-reader]
    context.session.merge(row)  # [enginefacade-write-in-reader]
    context.session.bulk_save_objects([row])  # [enginefacade-write-in-reader]
    context.session.query(models.RackRow).filter_by(id=rack_id).update({'seen': True})  # [enginefacade-write-in-reader]
    context.session.query(models.RackRow).filter_by(id=rack_id).delete()  # [enginefacade-write-in-reader]
    model_query(context, models.RackRow).filter_by(id=rack_id).soft_delete()  # [enginefacade-write-in-reader]
    context.session.execute(sa.update(sa.table('racks')).values(seen=True))  # [enginefacade-write-in-reader]
    row.save(context.session)  # [enginefacade-write-in-reader]


def with_block(context, row):
    with MAIN.reader.using(context) as session:
        session.add(row)  # [enginefacade-write-in-reader]
        alias = context.session
        alias.delete(row)  # [enginefacade-write-in-reader]


@MAIN.writer
def writer_with_independent_reader(context, row):
    with MAIN.reader.independent.using(context) as session:
        session.add(row)  # [enginefacade-write-in-reader]


def fresh_context(row):
    admin = inv_context.get_admin_context()
    with MAIN.reader.using(admin):
        admin.session.add(row)  # [enginefacade-write-in-reader]


@MAIN.reader.async_
def async_reader(context, row):
    context.session.merge(row)  # [enginefacade-write-in-reader]


class Store:
    @MAIN.reader
    def put(self, context, row):
        context.session.add(row)  # [enginefacade-write-in-reader]


def caller_without_scope(context, row):
    """Its only caller opens no writer: the reader starts the transaction."""
    mark_seen(context, 1, row)


def _mark_seen(ctx, row):
    """A helper: makes its change in the caller's transaction."""
    ctx.session.add(row)


def _rack_query(context):
    return context.session.query(models.RackRow)


@MAIN.reader
def through_helpers(context, rack_id, row):
    _mark_seen(context, row)  # [enginefacade-write-in-reader]
    _rack_query(context).filter_by(id=rack_id).soft_delete()  # [enginefacade-write-in-reader]


class Port(n_base.NeutronDbObject):
    def refresh(self):
        with self.db_context_reader(self.obj_context):
            self.obj_context.session.merge(self)  # [enginefacade-write-in-reader]
