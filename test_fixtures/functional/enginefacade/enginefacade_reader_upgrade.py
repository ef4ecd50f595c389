"""enginefacade-reader-upgrade: a writer scope entered inside a reader transaction."""
# pylint: disable=missing-docstring
import functools

from oslo_db.sqlalchemy import enginefacade

from inventory.db import api as db_api
from inventory.db import purge
from neutron_lib.db import api as neutron_db_api

MAIN = enginefacade.transaction_context()
WRITER = MAIN.writer
READER = MAIN.reader


@MAIN.writer
def _touch(context, rack_id):
    context.session.query('racks').filter_by(id=rack_id).update({'seen': True})


def _touch_later(ctx, rack_id):
    """Not decorated: passes the context on to a writer."""
    _touch(ctx, rack_id)


@MAIN.reader
def get_and_touch(context, rack_id):
    _touch(context, rack_id)  # [enginefacade-possible-reader-upgrade]
    _touch_later(context, rack_id)  # [enginefacade-possible-reader-upgrade]
    _touch(context=context, rack_id=rack_id)  # [enginefacade-possible-reader-upgrade]


@READER
def with_block_inside(context):
    with WRITER.using(context):  # [enginefacade-possible-reader-upgrade]
        pass


def block_in_block(context):
    with MAIN.reader.using(context) as session:
        session.query('racks').all()
        with MAIN.writer.savepoint.using(context):  # [enginefacade-possible-reader-upgrade]
            pass


@MAIN.reader.async_
def async_reader(context, rack_id):
    _touch(context, rack_id)  # [enginefacade-possible-reader-upgrade]
    with MAIN.reader.using(context):  # [enginefacade-possible-reader-upgrade]
        pass


@db_api.context_manager.reader
def across_modules(context, rack_id):
    purge.purge_rack(context, rack_id)  # [enginefacade-possible-reader-upgrade]


class Store:
    @MAIN.writer
    def put(self, context, item):
        context.session.add(item)

    @MAIN.reader
    def get_then_put(self, context, item):
        self.put(context, item)  # [enginefacade-possible-reader-upgrade]


def pick_context_manager_writer(func):
    """Like nova's: a writer scope on the first argument."""
    @functools.wraps(func)
    def wrapper(context, *args, **kwargs):
        ctxt_mgr = get_context_manager(context)
        with ctxt_mgr.writer.using(context):
            return func(context, *args, **kwargs)
    return wrapper


def pick_context_manager_reader(func):
    """Like nova's: a reader scope on the first argument."""
    @functools.wraps(func)
    def wrapper(context, *args, **kwargs):
        ctxt_mgr = get_context_manager(context)
        with ctxt_mgr.reader.using(context):
            return func(context, *args, **kwargs)
    return wrapper


def get_context_manager(context):
    """Like nova's: the context's cell database, or the main one."""
    return getattr(context, 'db_connection', None) or MAIN


@pick_context_manager_writer
def instance_update(context, uuid, values):
    context.session.query('instances').filter_by(uuid=uuid).update(values)


@pick_context_manager_reader
def instance_get_and_update(context, uuid):
    instance_update(context, uuid, {})  # [enginefacade-possible-reader-upgrade]


@pick_context_manager_reader
def instance_get_then_block(context):
    with get_context_manager(context).writer.using(context):  # [enginefacade-possible-reader-upgrade]
        pass


class NeutronStyle:
    obj_context = None

    @classmethod
    def db_context_writer(cls, context):
        return neutron_db_api.CONTEXT_WRITER.using(context)

    @classmethod
    def db_context_reader(cls, context):
        return neutron_db_api.CONTEXT_READER.using(context)

    @classmethod
    def get_and_fix(cls, context):
        with cls.db_context_reader(context):
            with cls.db_context_writer(context):  # [enginefacade-possible-reader-upgrade]
                pass

    @neutron_db_api.CONTEXT_READER
    def count(self, context):
        with neutron_db_api.CONTEXT_WRITER.using(context):  # [enginefacade-possible-reader-upgrade]
            pass


@enginefacade.transaction_context_provider
class RequestContext:
    pass


def fresh_context(rack_id):
    """A context built here: no caller can hold a writer on it."""
    context = RequestContext()
    with MAIN.reader.using(context):
        _touch(context, rack_id)  # [enginefacade-reader-upgrade]


@MAIN.reader.independent
def independent_reader(context, rack_id):
    """An independent reader starts its own transaction, whatever the caller holds."""
    _touch(context, rack_id)  # [enginefacade-reader-upgrade]
