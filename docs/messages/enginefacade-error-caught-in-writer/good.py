from oslo_db import exception as db_exc
from oslo_db.sqlalchemy import enginefacade
from oslo_db.sqlalchemy import models
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

context_manager = enginefacade.transaction_context()
BASE = declarative_base()


class Node(BASE, models.ModelBase):
    __tablename__ = "nodes"
    id = Column(Integer, primary_key=True)
    uuid = Column(String(36), unique=True)


@context_manager.writer
def _node_create(context, values):
    node = Node()
    node.update(values)
    node.save(context.session)
    return node


@context_manager.reader
def _node_get(context, uuid):
    return context.session.query(Node).filter_by(uuid=uuid).one()


def node_create(context, values):
    try:
        return _node_create(context, values)
    except db_exc.DBDuplicateEntry:
        return _node_get(context, values["uuid"])
