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
def node_create(context, values):
    node = Node()
    node.update(values)
    try:
        node.save(context.session)
    except db_exc.DBDuplicateEntry:  # [enginefacade-error-caught-in-writer]
        node = context.session.query(Node).filter_by(uuid=values["uuid"]).one()
    return node
