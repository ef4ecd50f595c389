"""enginefacade-connection-closed: correct code that looks similar."""
# pylint: disable=missing-docstring
import contextlib

from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

from unreadable.db import api_context_manager

MAIN = enginefacade.transaction_context()


@MAIN.writer
def connection_without_with(context):
    conn = context.session.connection()
    conn.execute(text("UPDATE racks SET seen = 1"))


@MAIN.reader
def facade_connection_scope(context):
    """nova's fix: the facade's own connection scope, joined to the session."""
    with MAIN.reader.connection.using(context) as conn:
        return conn.execute(text("SELECT 1")).fetchall()


@MAIN.writer
def engine_connect(context, engine):
    """A connection of its own: closing it is the caller's business."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    context.session.execute(text("UPDATE racks SET seen = 1"))


@MAIN.writer
def facade_engine_connect(context):
    with MAIN.writer.get_engine().connect() as conn:
        conn.execute(text("SELECT 1"))


@MAIN.writer
def savepoint_block(context):
    with context.session.begin_nested():
        context.session.execute(text("UPDATE racks SET seen = 1"))


def outside_scope(context):
    """No scope open here: a caller's, unknown."""
    with context.session.connection() as conn:
        conn.execute(text("SELECT 1"))


def after_the_scope(context):
    with MAIN.writer.using(context) as session:
        conn = session.connection()
        conn.execute(text("UPDATE racks SET seen = 1"))
    conn.close()


def another_scope(context):
    """The connection of a transaction already ended."""
    with MAIN.writer.using(context) as session:
        conn = session.connection()
    with MAIN.writer.using(context):
        conn.close()


@MAIN.writer
def rolled_back_after(context):
    with context.session.connection() as conn:
        conn.execute(text("SELECT 1"))
    context.session.rollback()


@MAIN.writer
def committed_before(context):
    session = context.session
    session.commit()
    session.connection().close()


@MAIN.writer
def own_session(session_maker):
    session = session_maker()
    with session.connection() as conn:
        conn.execute(text("SELECT 1"))


@MAIN.writer
def dbapi_connection(context):
    raw = context.session.connection().connection
    raw.close()


@MAIN.writer
def closing_helper(context):
    with contextlib.closing(context.session.connection()) as conn:
        conn.execute(text("SELECT 1"))


@MAIN.writer
def other_close(context, handle):
    handle.close()
    return context.session.connection()


@MAIN.writer
def generator(context):
    """A generator: the scope closes before the body runs."""
    with context.session.connection() as conn:
        yield conn.execute(text("SELECT 1"))


@MAIN.reader
def nested_function(context):
    def later(conn):
        with conn:
            conn.execute(text("SELECT 1"))

    return later


def unknown_scope(context, helper):
    with helper(context) as session:
        with session.connection() as conn:
            conn.execute(text("SELECT 1"))


@MAIN.reader
def connection_scope_only(context):
    """ctx.session in a .connection-only scope raises first: not this check's business."""
    with MAIN.reader.connection.using(context):
        pass
    return context


@MAIN.reader
def session_scope_connection_attribute(context):
    """In a session scope context.connection raises ContextNotRequestedError: not this check."""
    with context.connection as conn:
        conn.execute(text("SELECT 1"))


def connection_scope_session_name(context):
    with MAIN.writer.connection.using(context) as conn:
        conn.execute(text("SELECT 1"))
        result = conn.execution_options(stream_results=True)
    return result


@MAIN.writer
def rebound(context, engine):
    conn = context.session.connection()
    conn = engine.connect()
    with conn:
        conn.execute(text("SELECT 1"))


class Test:
    def assertRaises(self, error):  # pylint: disable=invalid-name
        return self, error

    @MAIN.writer
    def test_commit_fails(self, context):
        """The failure is the test's point."""
        with self.assertRaises(Exception):
            with context.session.connection() as conn:
                conn.execute(text("SELECT 1"))


@api_context_manager
def unreadable_manager_without_mode(context):
    """Known by name, no modifier: the mode is unknown."""
    with context.session.connection() as conn:
        conn.execute(text("SELECT 1"))


@MAIN.writer
def close_on_error(context):
    """Dropping a broken connection while the error propagates: the scope rolls back anyway."""
    try:
        context.session.execute(text("UPDATE racks SET seen = 1"))
    except ValueError:
        context.session.connection().close()
        raise
