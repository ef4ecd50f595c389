"""enginefacade-write-in-reader: correct code that looks similar."""
# pylint: disable=missing-docstring
import sqlalchemy as sa

from oslo_db.sqlalchemy import enginefacade

from inventory.db import models
from neutron.objects import base as n_base

MAIN = enginefacade.transaction_context()
API = enginefacade.transaction_context()


@MAIN.writer
def writer(context, row):
    context.session.add(row)
    context.session.query(models.RackRow).update({'seen': True})
    with MAIN.reader.using(context) as session:
        session.add(row)  # joins the writer


@MAIN.reader
def _reader_helper(context, row):
    """Every caller calls it inside a writer: it joins, and the writer commits."""
    context.session.add(row)


@MAIN.writer
def caller_in_writer(context, row):
    _reader_helper(context, row)


def caller_in_block(context, row):
    with MAIN.writer.using(context):
        _reader_helper(context, row)


@MAIN.reader
def flush_only(context, rack_id):
    """Flushing in a reader makes pending changes queryable: deliberate."""
    context.session.flush()
    return context.session.query(models.RackRow).get(rack_id)


@MAIN.reader
def reads_only(context, rack_id):
    query = context.session.query(models.RackRow).filter_by(id=rack_id)
    context.session.execute(sa.select(sa.table('racks')))
    values = {}
    values.update({'a': 1})
    return query.all(), values


@MAIN.reader
def other_session(context, other_session_obj, row):
    other_session_obj.add(row)


@MAIN.reader
def other_context(context, other, row):
    """The write goes through another context's scope, opened by a caller."""
    other.session.add(row)


@API.writer
def api_writer(context, row):
    with MAIN.writer.using(context):
        context.session.add(row)


def nested_function(context, row):
    with MAIN.reader.using(context):
        def later(session):
            session.add(row)
    return later


@MAIN.reader
def writer_block_inside(context, row):
    with MAIN.writer.independent.using(context) as session:
        session.add(row)


class Thing:
    def save(self, session):
        return session

    @MAIN.reader
    def get(self, context):
        self.save(None)
        return context.session.query(Thing).all()


def _mark_seen(ctx, row):
    """A helper: makes its change in the caller's transaction."""
    ctx.session.add(row)


@MAIN.reader
def helper_in_independent_writer(context, row):
    with MAIN.writer.independent.using(context):
        _mark_seen(context, row)


@MAIN.reader
def helper_on_another_context(context, other, row):
    _mark_seen(other, row)


class Port(n_base.NeutronDbObject):
    def create(self):
        """neutron's metaclass runs create() inside a writer: the reader joins it."""
        with self.db_context_reader(self.obj_context):
            self.obj_context.session.add(self)
