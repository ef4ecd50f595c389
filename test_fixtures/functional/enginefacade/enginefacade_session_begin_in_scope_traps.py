"""enginefacade-session-begin-in-scope: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

MAIN = enginefacade.transaction_context()


@MAIN.writer
def savepoint(context, row):
    with context.session.begin_nested():
        context.session.add(row)


def own_session(session_maker, row):
    """A session of its own, not the facade's."""
    session = session_maker()
    with session.begin():
        session.add(row)


def outside_scope(context, row):
    """The facade's session is not involved: another check's business."""
    with context.session.begin():
        context.session.add(row)


def connection_scope(context):
    with MAIN.writer.connection.using(context) as conn:
        return conn.begin()


@MAIN.writer
def other_object(context, transaction):
    transaction.begin()
    return context
