from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.reader
def rack_names(context):
    with context.session.connection() as conn:  # [enginefacade-possible-connection-closed]
        return [row.name for row in conn.execute(text("SELECT name FROM racks"))]
