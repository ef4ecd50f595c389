"""enginefacade-connection-closed / enginefacade-possible-connection-closed: what is flagged."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

from unreadable.db import api_context_manager

MAIN = enginefacade.transaction_context()
API = enginefacade.transaction_context()


@MAIN.writer
def writer_with(context):
    with context.session.connection() as conn:  # [enginefacade-connection-closed]
        conn.execute(text("UPDATE racks SET seen = 1"))


@MAIN.writer
def writer_close(context):
    conn = context.session.connection()
    conn.execute(text("UPDATE racks SET seen = 1"))
    conn.close()  # [enginefacade-connection-closed]


def writer_block_session(context):
    with MAIN.writer.using(context) as session:
        session.add(object())
        with session.connection() as conn:  # [enginefacade-connection-closed]
            conn.execute(text("SELECT 1"))


def writer_session_local(context):
    with MAIN.writer.using(context):
        session = context.session
        conn = session.connection()
        with conn:  # [enginefacade-connection-closed]
            conn.execute(text("SELECT 1"))


@MAIN.writer
def reader_in_writer(context):
    """The inner reader joins the writer: the writer's commit fails."""
    with MAIN.reader.using(context) as session:
        with session.connection() as conn:  # [enginefacade-connection-closed]
            conn.execute(text("SELECT 1"))


@MAIN.writer.savepoint
def savepoint(context):
    with context.session.connection() as conn:  # [enginefacade-connection-closed]
        conn.execute(text("SELECT 1"))


def connection_scope(context):
    with MAIN.reader.connection.using(context) as conn:
        with conn:  # [enginefacade-connection-closed]
            conn.execute(text("SELECT 1"))


def connection_scope_close(context):
    with MAIN.reader.connection.using(context) as conn:
        conn.execute(text("SELECT 1"))
        conn.close()  # [enginefacade-connection-closed]


@MAIN.reader.connection
def context_connection(context):
    with context.connection as conn:  # [enginefacade-connection-closed]
        conn.execute(text("SELECT 1"))


def session_under_connection_scope(context):
    with MAIN.reader.connection.using(context):
        with MAIN.reader.using(context) as session:
            with session.connection() as conn:  # [enginefacade-connection-closed]
                conn.execute(text("SELECT 1"))


@MAIN.reader
def reader_refresh(ctx, cache):
    """nova's _refresh_from_db (2016): fails when a caller's scope goes on."""
    with ctx.session.connection() as conn:  # [enginefacade-possible-connection-closed]
        cache.rows = conn.execute(text("SELECT id, name FROM racks")).fetchall()


def reader_block(context):
    with MAIN.reader.using(context) as session:
        with session.connection() as conn:  # [enginefacade-possible-connection-closed]
            rows = conn.execute(text("SELECT 1")).fetchall()
        return rows, session.execute(text("SELECT 2")).fetchall()


@MAIN.reader.async_
def async_reader(context):
    context.session.connection().close()  # [enginefacade-possible-connection-closed]


def independent_writer_in_reader(context):
    with MAIN.reader.using(context):
        with MAIN.writer.independent.using(context) as session:
            with session.connection() as conn:  # [enginefacade-connection-closed]
                conn.execute(text("SELECT 1"))


def reader_session_of_the_outer_block(context):
    """The outer reader's session, while an independent writer is open inside."""
    with MAIN.reader.using(context) as outer:
        with MAIN.writer.independent.using(context):
            with outer.connection() as conn:  # [enginefacade-possible-connection-closed]
                conn.execute(text("SELECT 1"))


@api_context_manager.reader
def unreadable_manager_reader(ctx):
    """A manager known by its configured name only: the mode is the modifier's."""
    with ctx.session.connection() as conn:  # [enginefacade-possible-connection-closed]
        conn.execute(text("SELECT 1"))


def unreadable_manager_writer(ctx):
    with api_context_manager.writer.using(ctx) as session:
        session.connection().close()  # [enginefacade-connection-closed]
