"""Manager spellings that oslo.db accepts, and look-alikes that are not managers."""
# pylint: disable=missing-function-docstring,missing-class-docstring,unused-argument
from oslo_db.sqlalchemy import asyncio_facade
from oslo_db.sqlalchemy import enginefacade

main_context_manager = enginefacade.transaction_context()
async_context_manager = asyncio_facade.transaction_context()
CONTEXT_READER = main_context_manager.reader
CONTEXT_WRITER = main_context_manager.writer


@main_context_manager.reader.async_
def async_reader(context):
    return context.session.query(object).all()


@CONTEXT_READER.allow_async
def reader_allow_async(context):
    return context.session.query(object).all()


@main_context_manager.writer.independent
def independent_writer(context):
    context.session.flush()


@main_context_manager.writer.savepoint
def savepoint_writer(context):
    context.session.flush()


# The savepoint comes last: nothing is lost.
@main_context_manager.writer.connection.savepoint
def connection_savepoint(context):
    context.connection.execute("SELECT 1")


@main_context_manager.reader.connection.allow_async
def connection_allow_async(context):
    return context.connection.execute("SELECT 1")


def with_using(context):
    with main_context_manager.writer.using(context) as session:
        session.flush()
    with CONTEXT_READER.independent.using(context):
        return context.session.query(object).all()


def using_returned(context):
    # neutron's db_context_writer(): the caller enters it.
    return CONTEXT_WRITER.using(context)


async def async_with_async_manager(context):
    async with async_context_manager.reader.using(context) as session:
        return await session.execute("SELECT 1")


class Pool:
    def __init__(self):
        self.connection = None
        self.reader = None

    def using(self, context):
        return self

    def savepoint(self):
        return self


def not_a_manager(pool, context):
    pool.using(context)
    pool.reader.connection
    pool.savepoint()
    with pool.reader(context):
        pass
