"""oslo.db API that is gone, and a retry decorator factory used bare."""
# pylint: disable=missing-function-docstring,unused-argument
from oslo_db import api as oslo_db_api
from oslo_db.api import wrap_db_retry
from oslo_db.sqlalchemy import enginefacade
from oslo_db.sqlalchemy import session as db_session
from oslo_db.sqlalchemy.enginefacade import LegacyEngineFacade  # [oslo-db-removed-api]

main_context_manager = enginefacade.transaction_context()


def get_engine():
    return main_context_manager.get_legacy_facade().get_engine()  # [oslo-db-removed-api]


def get_facade():
    return enginefacade.get_legacy_facade()  # [oslo-db-removed-api]


def build_facade(connection):
    return db_session.EngineFacade(connection)  # [oslo-db-removed-api]


def documented_but_never_existed(context):
    with enginefacade.using_writer(context) as session:  # [oslo-db-removed-api]
        session.flush()


@oslo_db_api.wrap_db_retry  # [oslo-db-retry-not-called]
def set_value(context, value):
    context.session.flush()


@wrap_db_retry  # [oslo-db-retry-not-called]
def set_other(context, value):
    context.session.flush()


FACADE = LegacyEngineFacade
