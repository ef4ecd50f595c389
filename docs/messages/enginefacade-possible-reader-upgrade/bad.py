from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.writer
def _mark_seen(context, rack_id):
    context.session.execute(text("UPDATE racks SET seen = 1 WHERE id = :id"), {"id": rack_id})


@context_manager.reader
def get_rack(context, rack_id):
    name = context.session.execute(text("SELECT name FROM racks WHERE id = :id"), {"id": rack_id}).scalar()
    _mark_seen(context, rack_id)  # [enginefacade-possible-reader-upgrade]
    return name
