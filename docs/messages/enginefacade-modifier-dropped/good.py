from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.writer.connection.savepoint
def rack_reset(context):
    context.connection.execute("UPDATE racks SET name = NULL")
