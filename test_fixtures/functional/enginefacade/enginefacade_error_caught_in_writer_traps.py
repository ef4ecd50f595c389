"""enginefacade-error-caught-in-writer: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db import exception as db_exc
from oslo_db.sqlalchemy import enginefacade
from oslo_db.sqlalchemy import models as oslo_models
from oslo_utils import excutils
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

MAIN = enginefacade.transaction_context()
BASE = declarative_base()


class Node(BASE, oslo_models.ModelBase):
    __tablename__ = 'nodes'
    id = Column(Integer, primary_key=True)
    uuid = Column(String(36), unique=True)


@MAIN.writer
def _restore_deleted(context, values):
    return context.session.query(Node).filter_by(uuid=values['uuid']).first()


@MAIN.writer
def _node_create(context, values):
    node = Node()
    node.update(values)
    node.save(context.session)
    return node


def node_create(context, values):
    """nova's compute_node_create since 2383cbb4a5: the error is caught outside the scope."""
    try:
        return _node_create(context, values)
    except db_exc.DBDuplicateEntry:
        return _restore_deleted(context, values)


@MAIN.writer
def reraises(context, values):
    try:
        Node(**values).save(context.session)
    except db_exc.DBDuplicateEntry:
        raise ValueError(values['uuid'])


@MAIN.writer
def execute_is_no_flush(context, rows):
    """session.execute() of a statement leaves the session usable (placement's _set_aggregates)."""
    for row in rows:
        try:
            context.session.execute(Node.__table__.insert().values(**row))
        except db_exc.DBDuplicateEntry:
            pass
        context.session.query(Node).count()


@MAIN.writer
def savepoint_inside(context, values):
    try:
        with MAIN.writer.savepoint.using(context) as session:
            session.add(Node(**values))
            session.flush()
    except db_exc.DBDuplicateEntry:
        return _restore_deleted(context, values)
    return None


@MAIN.writer
def other_error(context, values):
    try:
        context.session.flush()
    except KeyError:
        return _restore_deleted(context, values)
    return None


@MAIN.writer.independent
def _log(context, text):
    context.session.add(text)


@MAIN.writer
def independent_in_handler(context, values):
    try:
        Node(**values).save(context.session)
    except db_exc.DBDuplicateEntry:
        _log(context, 'duplicate')
        raise


def no_scope(session, values):
    try:
        Node(**values).save(session)
    except db_exc.DBDuplicateEntry:
        return session.query(Node).first()
    return None


class NotAModel:
    def save(self, session):
        return session


@MAIN.writer
def not_oslo_save(context, values):
    try:
        NotAModel().save(context.session)
    except db_exc.DBDuplicateEntry:
        return _restore_deleted(context, values)
    return values


@MAIN.writer
def always_reraised(context, values):
    try:
        Node(**values).save(context.session)
    except db_exc.DBDuplicateEntry:
        with excutils.save_and_reraise_exception():
            values.clear()


@MAIN.writer
def raises_on_every_branch(context, values):
    try:
        Node(**values).save(context.session)
    except db_exc.DBDuplicateEntry:
        if values:
            raise ValueError(values)
        raise


@MAIN.reader
def reader_rolls_back(context, values):
    """A reader's scope ends with a rollback, not a commit."""
    try:
        context.session.flush()
    except db_exc.DBError:
        return None
    return values


def helper_may_raise(context, values, fail):
    with MAIN.writer.using(context):
        try:
            Node(**values).save(context.session)
        except db_exc.DBDuplicateEntry:
            fail(values)
