from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.writer.async_  # [enginefacade-invalid-modifier]
def rack_count(context):
    return context.session.execute(text("SELECT count(*) FROM racks")).scalar()
