from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


class Rack:
    @context_manager.reader  # [enginefacade-over-descriptor]
    @classmethod
    def count(cls, context):
        return context.session.execute(text("SELECT count(*) FROM racks")).scalar()
