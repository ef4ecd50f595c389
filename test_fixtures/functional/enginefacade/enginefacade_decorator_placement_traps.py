"""Decorator stacks that oslo.db applies without complaint."""
# pylint: disable=missing-function-docstring,missing-class-docstring,unused-argument
import functools
import inspect

from oslo_db import api as oslo_db_api
from oslo_db.sqlalchemy import enginefacade

main_context_manager = enginefacade.transaction_context()


def keeps_signature(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.__signature__ = inspect.signature(func)
    return wrapper


def context_first(func):
    @functools.wraps(func)
    def wrapper(context, *args, **kwargs):
        return func(context, *args, **kwargs)
    return wrapper


def unknown_decorator(func):
    return DECORATORS[func.__name__](func)


DECORATORS = {}


class Store:
    # The descriptor on top: the manager decorates the plain function.
    @classmethod
    @main_context_manager.reader
    def count(cls, context):
        return context.session.query(cls).count()

    @staticmethod
    @main_context_manager.writer
    def purge(context):
        context.session.execute("DELETE FROM store")


# Retry outside, scope inside: the order oslo.db documents.
@oslo_db_api.wrap_db_retry(max_retries=5)
@main_context_manager.writer
def retried(context, values):
    context.session.add(values)


@main_context_manager.reader
@keeps_signature
def described(context):
    return context.session.query(Store).all()


@main_context_manager.reader
@context_first
def listed(context):
    return context.session.query(Store).all()


@main_context_manager.reader
@unknown_decorator
def unknown(context):
    return context.session.query(Store).all()


@main_context_manager.reader
@functools.lru_cache
def cached_names(context):
    return []


# A generator that never touches the session: the scope is useless but
# nothing fails.
@main_context_manager.reader
def numbers(context):
    yield 1


# The generator opens its own scope while it runs.
def stream_rows(context):
    with main_context_manager.reader.using(context) as session:
        yield from session.query(Store)


# The generator is an inner function, returned inside the scope.
@main_context_manager.reader
def rows(context):
    items = context.session.query(Store).all()

    def _gen():
        yield from items
    return _gen()
