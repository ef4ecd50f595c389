"""enginefacade-missing-context: correct code that looks similar."""
# pylint: disable=missing-docstring
import functools

from oslo_db.sqlalchemy import enginefacade

from inventory import context as inv_context
from missing_project import utils  # pylint: disable=import-error
from missing_project.db import api as missing_api  # pylint: disable=import-error

MANAGER = enginefacade.transaction_context()


@MANAGER.reader
def by_position(context, rack_id):
    return context.session.get('racks', rack_id)


@MANAGER.writer
def with_default(context=None):
    return context


@MANAGER.writer.savepoint
def positional_only(context, /, rack_id):
    return context.session.get('racks', rack_id)


class Store:
    @MANAGER.writer
    def put(self, context, item):
        context.session.add(item)

    @classmethod
    @MANAGER.reader
    def load(cls, context):
        return context.session.query(cls).all()

    @staticmethod
    @MANAGER.reader
    def load_static(context):
        return context.session.query('x').all()


@MANAGER.writer
@utils.retry_on_deadlock
def below_another_decorator(*args, **kwargs):
    return args, kwargs


@MANAGER.reader
def scope_on_a_wrapper_object(rg_ctx):
    """placement's get_provider_ids_matching: the context is an attribute."""
    return rg_ctx.context.session.query('x').all()


@MANAGER.reader
def uses_both(context, other):
    other.session.flush()
    return context.session.query('x').all()


@MANAGER.reader
def hands_context_on(ctx, other_context):
    helper(ctx)
    return other_context.session.query('x').all()


def helper(ctx):
    return ctx


def outer(context):
    @MANAGER.writer
    def _inner(ctx):
        context.session.add(ctx)

    _inner(context)


def outer_unknown_caller(context, run):
    @MANAGER.writer
    def _inner(changes):
        context.session.add(changes.copy())

    run(_inner)


@missing_api.pick_context_manager_reader
def nova_wrapper(context, instance_uuid):
    return context.session.get('instances', instance_uuid)


@missing_api.select_db_reader_mode
def nova_reader_mode(context, instance_uuid, use_slave=False):
    return context, instance_uuid, use_slave


@functools.lru_cache()
def not_a_scope():
    return 0


class Reader:
    def reader(self, func):
        return func


READER = Reader()


@READER.reader
def decorated_by_something_else():
    return 0


@MANAGER.reader
async def coroutine_is_another_check():
    return 0


def callers(ctx, unknown):
    by_position(ctx, 1)
    by_position(inv_context.get_admin_context(), 1)
    by_position(unknown, 2)
    by_position(context=ctx, rack_id=3)
    Store().put(ctx, 1)
    Store.load(ctx)
