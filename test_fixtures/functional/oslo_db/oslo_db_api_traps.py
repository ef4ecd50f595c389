"""Current oslo.db API, and retry decorators used the right way."""
# pylint: disable=missing-function-docstring,unused-argument
import functools

from oslo_db import api as oslo_db_api
from oslo_db.sqlalchemy import enginefacade

main_context_manager = enginefacade.transaction_context()


def retry_db_errors(func):
    """A plain decorator (neutron-lib's retry_db_errors is one): used bare."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


def get_engine():
    return main_context_manager.writer.get_engine()


@oslo_db_api.wrap_db_retry(max_retries=5, retry_on_deadlock=True)
@main_context_manager.writer
def set_value(context, value):
    context.session.flush()


@oslo_db_api.wrap_db_retry()
def set_other(context, value):
    context.session.flush()


@retry_db_errors
def plain(value):
    return value


class Facade:
    """Look-alike names on something that is not oslo.db."""

    def get_legacy_facade(self):
        return self

    def using_writer(self, context):
        return context


def not_oslo(facade):
    return facade.get_legacy_facade(), Facade().using_writer(None)
