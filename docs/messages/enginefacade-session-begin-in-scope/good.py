from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.writer
def rename_rack(context, rack, name):
    rack.name = name
    context.session.add(rack)
