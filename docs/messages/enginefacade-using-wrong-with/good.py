from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def rack_count(context):
    with context_manager.reader.using(context) as session:
        return session.query("racks").count()
