from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


def rack_count(context):
    with context_manager.reader.using(context) as session:
        return session.execute(text("SELECT count(*) FROM racks")).scalar()
