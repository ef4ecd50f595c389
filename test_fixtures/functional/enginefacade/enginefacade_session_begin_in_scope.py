"""enginefacade-session-begin-in-scope: legacy session.begin() on a facade session."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

MAIN = enginefacade.transaction_context()


@MAIN.writer
def legacy_subtransaction(context, row):
    with context.session.begin(subtransactions=True):  # [enginefacade-session-begin-in-scope]
        context.session.add(row)


@MAIN.reader
def plain_begin(context):
    session = context.session
    session.begin()  # [enginefacade-session-begin-in-scope]


def in_block(context, row):
    with MAIN.writer.using(context) as session:
        with session.begin():  # [enginefacade-session-begin-in-scope]
            session.add(row)


@MAIN.writer
def subtransactions_after_commit(context, row):
    context.session.commit()
    with context.session.begin(subtransactions=True):  # [enginefacade-session-begin-in-scope]
        context.session.add(row)


@MAIN.writer
def commit_after_the_begin(context, row):
    context.session.begin()  # [enginefacade-session-begin-in-scope]
    context.session.add(row)
    context.session.commit()


@MAIN.writer
def commit_of_another_context(context, other, row):
    with MAIN.writer.using(other) as other_session:
        other_session.commit()
    context.session.begin()  # [enginefacade-session-begin-in-scope]
    context.session.add(row)
