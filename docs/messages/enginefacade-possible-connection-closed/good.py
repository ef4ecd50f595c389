from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.reader
def rack_names(context):
    with context_manager.reader.connection.using(context) as conn:  # joins the session's transaction
        return [row.name for row in conn.execute(text("SELECT name FROM racks"))]
