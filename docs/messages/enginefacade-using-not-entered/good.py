from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def rack_rename(context, rack_id, name):
    with context_manager.writer.using(context) as session:
        session.query("racks").filter_by(id=rack_id).update({"name": name})
