from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.reader
def get_or_create_rack(context, name, new_rack):
    rack = context.session.query("racks").filter_by(name=name).first()
    if rack is None:
        context.session.add(new_rack)  # [enginefacade-write-in-reader]
        rack = new_rack
    return rack
