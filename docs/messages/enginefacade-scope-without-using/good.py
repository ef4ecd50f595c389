from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


def rack_rename(context, rack_id, name):
    with context_manager.writer.using(context) as session:
        session.execute(text("UPDATE racks SET name = :name WHERE id = :id"), {"name": name, "id": rack_id})
