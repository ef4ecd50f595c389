from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@enginefacade.transaction_context_provider
class RequestContext:
    pass


@context_manager.writer
def _mark_seen(context, rack_id):
    context.session.execute(text("UPDATE racks SET seen = 1 WHERE id = :id"), {"id": rack_id})


def audit_rack(rack_id):
    context = RequestContext()
    with context_manager.reader.using(context) as session:
        name = session.execute(text("SELECT name FROM racks WHERE id = :id"), {"id": rack_id}).scalar()
        _mark_seen(context, rack_id)  # [enginefacade-reader-upgrade]
    return name


@context_manager.reader.independent
def get_rack(context, rack_id):
    name = context.session.execute(text("SELECT name FROM racks WHERE id = :id"), {"id": rack_id}).scalar()
    _mark_seen(context, rack_id)  # [enginefacade-reader-upgrade]
    return name
