from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.writer
def mark_seen(context, rack_id):
    with context.session.connection() as conn:  # [enginefacade-connection-closed]
        conn.execute(text("UPDATE racks SET seen = 1 WHERE id = :id"), {"id": rack_id})


@context_manager.reader.connection
def rack_names(context):
    with context.connection as conn:  # [enginefacade-connection-closed]
        return [row.name for row in conn.execute(text("SELECT name FROM racks"))]
