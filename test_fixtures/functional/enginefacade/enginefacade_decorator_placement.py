"""Scope decorators where oslo.db cannot apply them."""
# pylint: disable=missing-function-docstring,missing-class-docstring,unused-argument
import functools

from oslo_db import api as oslo_db_api
from oslo_db.sqlalchemy import enginefacade

main_context_manager = enginefacade.transaction_context()


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def log_calls_with_self(func):
    @functools.wraps(func)
    def wrapper(self, *args, **kwargs):
        return func(self, *args, **kwargs)
    return wrapper


class Store:
    @main_context_manager.reader  # [enginefacade-over-descriptor]
    @classmethod
    def count(cls, context):
        return context.session.query(cls).count()

    @main_context_manager.writer  # [enginefacade-over-descriptor]
    @staticmethod
    def purge(context):
        context.session.execute("DELETE FROM store")

    @main_context_manager.reader  # [enginefacade-over-signature-hiding-wrapper]
    @log_calls_with_self
    def describe(self, context):
        return context.session.query(Store).all()


@main_context_manager.writer  # [enginefacade-over-signature-hiding-wrapper]
@main_context_manager.reader
def upgrade(context):
    return context.session.query(Store).all()


@main_context_manager.writer  # [enginefacade-over-signature-hiding-wrapper]
@oslo_db_api.wrap_db_retry(max_retries=5, retry_on_deadlock=True)
def retried(context, values):
    context.session.add(values)


@main_context_manager.reader  # [enginefacade-over-signature-hiding-wrapper]
@log_calls
def logged(context):
    return context.session.query(Store).all()


def make_store_lister():
    @enginefacade.reader  # [enginefacade-over-signature-hiding-wrapper]
    @log_calls
    def _list(context):
        return context.session.query(Store).all()
    return _list


@main_context_manager.reader
def stream_rows(context):  # [enginefacade-scope-closes-before-body]
    for row in context.session.query(Store):
        yield row


@main_context_manager.writer
async def save_async(context, values):  # [enginefacade-scope-closes-before-body]
    context.session.add(values)


class Streamer:
    @main_context_manager.reader
    def rows(self, context):  # [enginefacade-scope-closes-before-body]
        yield from context.session.query(Store)
