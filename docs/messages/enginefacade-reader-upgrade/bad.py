from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.writer
def _mark_seen(context, rack_id):
    context.session.query("racks").filter_by(id=rack_id).update({"seen": True})


@context_manager.reader
def get_rack(context, rack_id):
    rack = context.session.query("racks").filter_by(id=rack_id).one()
    _mark_seen(context, rack_id)  # [enginefacade-reader-upgrade]
    return rack
