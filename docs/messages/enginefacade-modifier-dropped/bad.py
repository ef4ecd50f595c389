from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.writer.savepoint.connection  # [enginefacade-modifier-dropped]
def rack_reset(context):
    context.connection.execute("UPDATE racks SET name = NULL")
