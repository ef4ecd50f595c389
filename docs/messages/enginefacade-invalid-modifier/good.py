from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.reader.async_
def rack_count(context):
    return context.session.query("racks").count()
