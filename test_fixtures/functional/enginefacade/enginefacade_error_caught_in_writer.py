"""enginefacade-error-caught-in-writer: a failed flush caught in its scope, the session used on."""
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
def node_create(context, values):
    """nova's compute_node_create before 2383cbb4a5."""
    node = Node()
    node.update(values)
    try:
        node.save(context.session)
    except db_exc.DBDuplicateEntry:  # [enginefacade-error-caught-in-writer]
        node = _restore_deleted(context, values)
    return node


def node_create_block(context, values):
    with MAIN.writer.using(context) as session:
        node = Node(**values)
        session.add(node)
        try:
            session.flush()
        except db_exc.DBError:  # [enginefacade-error-caught-in-writer]
            return session.query(Node).filter_by(uuid=values['uuid']).one()
    return node


@MAIN.writer
def node_create_direct(context, values):
    try:
        Node(**values).save(context.session)
    except Exception:  # pylint: disable=broad-except  # [enginefacade-error-caught-in-writer]
        context.session.query(Node).delete()


@MAIN.writer
def node_create_fresh_context(context, values, make_context):
    """nova's compute_node_create before 2383cbb4a5: the handler may swallow the error."""
    node = Node()
    node.update(values)
    try:
        node.save(context.session)
    except db_exc.DBDuplicateEntry:  # [enginefacade-error-caught-in-writer]
        with excutils.save_and_reraise_exception() as err_ctx:
            other = make_context()
            node = _restore_deleted(other, values)
            if node:
                err_ctx.reraise = False
    return node


@MAIN.writer
def logs_and_goes_on(context, values):
    try:
        context.session.add(Node(**values))
        context.session.flush()
    except db_exc.DBDuplicateEntry:  # [enginefacade-error-caught-in-writer]
        return None
    return values
