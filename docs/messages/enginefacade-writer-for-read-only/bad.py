from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

context_manager = enginefacade.transaction_context()
BASE = declarative_base()


class Trait(BASE):
    __tablename__ = "traits"
    id = Column(Integer, primary_key=True)
    name = Column(String(255), unique=True)


@context_manager.writer  # [enginefacade-writer-for-read-only]
def get_trait(context, name):
    return context.session.query(Trait).filter_by(name=name).first()
