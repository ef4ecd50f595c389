from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.writer
def delete_rack(context, rack_id):
    context.session.query("racks").filter_by(id=rack_id).delete()
    context.session.query("slots").filter_by(rack_id=rack_id).delete()
