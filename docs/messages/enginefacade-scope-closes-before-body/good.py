from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.reader
def rack_names(context):
    return [rack.name for rack in context.session.query("racks")]


def iter_rack_names(context):
    with context_manager.reader.using(context) as session:
        for rack in session.query("racks"):
            yield rack.name
