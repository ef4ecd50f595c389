"""enginefacade-new-session-in-scope: a second session inside a scope."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

from neutron_lib.db import api as db_api

MAIN = enginefacade.transaction_context()


def get_session():
    """The legacy way: a session of its own."""
    return MAIN.writer.get_sessionmaker()()


def _legacy_session_helper():
    return get_session()


@MAIN.writer
def delete_rack(context, rack_id):
    context.session.query('racks').filter_by(id=rack_id).delete()
    session = get_session()  # [enginefacade-new-session-in-scope]
    session.query('slots').filter_by(rack_id=rack_id).delete()


def in_a_block(context, rack_id):
    with MAIN.writer.using(context):
        other = MAIN.reader.get_sessionmaker()()  # [enginefacade-new-session-in-scope]
        return other.query('racks').get(rack_id)


@MAIN.reader
def through_two_helpers(context):
    return _legacy_session_helper().query('racks').all()  # [enginefacade-new-session-in-scope]


@db_api.CONTEXT_WRITER
def neutron_style(context, port_id):
    session = db_api.get_writer_session()  # [enginefacade-new-session-in-scope]
    session.query('ports').filter_by(id=port_id).delete()
