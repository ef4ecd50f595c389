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


@MAIN.writer
def commit_then_begin(context, rows):
    """The released shape: commit ends the facade's transaction, begin opens the next."""
    for row in rows:
        context.session.add(row)
    context.session.commit()
    context.session.begin()
    context.session.add(rows[0])


@MAIN.writer
def commit_then_with_begin(context, row):
    context.session.commit()
    with context.session.begin():
        context.session.add(row)


@MAIN.writer
def rollback_then_begin(context, row):
    session = context.session
    try:
        session.add(row)
        session.flush()
    except ValueError:
        session.rollback()
        session.begin()


def close_then_begin(context, row):
    with MAIN.writer.using(context) as session:
        session.close()
        session.begin()
        session.add(row)


@MAIN.writer
def begin_in_a_loop_after_commit(context, batches):
    for batch in batches:
        if batch:
            context.session.commit()
            continue
        context.session.begin()


@MAIN.writer
def commit_later_in_the_loop(context, batches):
    """Wrong on the first pass, but a path reaches begin() after a commit: not certain."""
    for batch in batches:
        if batch:
            context.session.begin()
        context.session.commit()


@MAIN.writer
def nested_begin(context, row):
    with context.session.begin(nested=True):
        context.session.add(row)


@MAIN.writer
def options_begin(context, row, options):
    with context.session.begin(**options):
        context.session.add(row)


def _finish(session):
    session.commit()


@MAIN.writer
def session_handed_over(context, row):
    _finish(context.session)
    context.session.begin()
    context.session.add(row)


@MAIN.writer
def context_handed_over(context, row, finisher):
    finisher(context)
    context.session.begin()
    context.session.add(row)


@MAIN.writer
def begin_under_assert_raises(context, testcase):
    with testcase.assertRaises(Exception):
        context.session.begin()


@MAIN.writer
def generator_writer(context, rows):
    """The scope closes when the generator is returned: whose session is unknown."""
    for row in rows:
        context.session.begin()
        yield row


@MAIN.writer
def reserve(context, deltas, usages):
    """The released shape (a quota reservation): lock rows, create the missing
    ones, commit them and begin again until every row is there."""
    while True:
        missing = [name for name in deltas if name not in usages]
        if not missing:
            break
        for name in missing:
            context.session.add(name)
        context.session.commit()
        context.session.begin()
    return usages
