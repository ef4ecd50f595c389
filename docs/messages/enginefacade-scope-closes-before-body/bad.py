from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.reader
def rack_names(context):  # [enginefacade-scope-closes-before-body]
    for rack in context.session.query("racks"):
        yield rack.name
