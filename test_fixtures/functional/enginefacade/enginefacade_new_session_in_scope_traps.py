"""enginefacade-new-session-in-scope: correct code that looks similar."""
# pylint: disable=missing-docstring
from keystoneauth1 import session as ks_session  # pylint: disable=import-error
from oslo_db.sqlalchemy import enginefacade

from missing_project import helpers  # pylint: disable=import-error

MAIN = enginefacade.transaction_context()


def get_session():
    return MAIN.writer.get_sessionmaker()()


def get_keystone_session():
    """Not a database session: named alike, built differently."""
    return ks_session.Session()


def outside_any_scope(rack_id):
    session = get_session()
    return session.query('racks').get(rack_id)


@MAIN.writer
def scope_session(context, rack_id):
    return context.session.query('racks').get(rack_id)


@MAIN.writer
def keystone_session(context):
    return get_keystone_session(), context


@MAIN.writer
def unknown_helper(context):
    return helpers.get_session(), context


def after_the_block(context):
    with MAIN.writer.using(context):
        context.session.add(context)
    return get_session()


def maybe_a_scope(context):
    with helpers.db_context_writer(context):
        return get_session()


@MAIN.writer
def nested_function(context):
    def later():
        return get_session()
    return later, context
