"""Managers spelt in ways oslo.db rejects or ignores."""
# pylint: disable=missing-function-docstring,unused-argument,expression-not-assigned
from oslo_db.sqlalchemy import asyncio_facade
from oslo_db.sqlalchemy import enginefacade

main_context_manager = enginefacade.transaction_context()
async_context_manager = asyncio_facade.transaction_context()
CONTEXT_WRITER = main_context_manager.writer
SAVEPOINT_WRITER = main_context_manager.writer.savepoint


@main_context_manager.writer.async_  # [enginefacade-invalid-modifier]
def wrong_async(context):
    return context.session.query(object).all()


@CONTEXT_WRITER.allow_async  # [enginefacade-invalid-modifier]
def wrong_allow_async(context):
    return context.session.query(object).all()


@main_context_manager.writer.independent.savepoint  # [enginefacade-invalid-modifier]
def nested_independent(context):
    context.session.flush()


@main_context_manager.writer.savepoint.independent  # [enginefacade-modifier-dropped]
def lost_savepoint(context):
    context.session.flush()


@main_context_manager.reader.allow_async.connection  # [enginefacade-modifier-dropped]
def lost_allow_async(context):
    return context.connection.execute("SELECT 1")


@SAVEPOINT_WRITER.connection  # [enginefacade-modifier-dropped]
def lost_savepoint_from_variable(context):
    context.connection.execute("SELECT 1")


def forgot_using(context):
    with main_context_manager.writer(context):  # [enginefacade-scope-without-using]
        context.session.flush()


def forgot_with(context):
    main_context_manager.writer.using(context)  # [enginefacade-using-not-entered]
    context.session.flush()


def forgot_with_global(context):
    enginefacade.reader.using(context)  # [enginefacade-using-not-entered]
    return context.session.query(object).all()


async def sync_manager_async_with(context):
    async with main_context_manager.reader.using(context) as session:  # [enginefacade-using-wrong-with]
        return session.query(object).all()


def async_manager_sync_with(context):
    with async_context_manager.reader.using(context) as session:  # [enginefacade-using-wrong-with]
        return session.execute("SELECT 1")
