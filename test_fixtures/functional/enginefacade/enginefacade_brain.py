"""Provider contexts have the transaction attributes; scoped functions keep their signature."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import asyncio_facade
from oslo_db.sqlalchemy import enginefacade

from inventory import context as inv_context
from inventory.db import api as db_api

MANAGER = enginefacade.transaction_context()


@enginefacade.transaction_context_provider
class Context:
    pass


class SubContext(Context):
    pass


@asyncio_facade.async_transaction_context_provider
class AsyncContext:
    pass


class PlainContext:
    pass


def attributes():
    ctx = Context()
    ctx.session.query('x')
    ctx.connection.execute('x')
    ctx.transaction.commit()
    SubContext().session.add(1)
    AsyncContext().async_session.add(1)
    inv_context.RequestContext().session.add(1)
    print(ctx.sesion)  # [no-member]
    print(PlainContext().session)  # [no-member]
    return ctx.transaction_ctx.flush_on_subtransaction


@MANAGER.reader
def get_thing(context, thing_id):
    return context.session.get(thing_id)


@db_api.context_manager.writer.independent
def put_thing(context, thing_id, value=None):
    context.session.merge((thing_id, value))


class Repository:
    @MANAGER.writer
    def save(self, context, thing):
        context.session.add(thing)


def calls(ctx):
    get_thing(ctx, 1)
    get_thing(ctx)  # [no-value-for-parameter]
    put_thing(ctx, 1, value=2)
    put_thing(ctx, 1, vlue=2)  # [unexpected-keyword-arg]
    Repository().save(ctx, 1)
    Repository().save(ctx, 1, 2)  # [too-many-function-args]
