from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.writer
def rename_rack(context, rack_id, name):
    with context.session.begin(subtransactions=True):  # [enginefacade-session-begin-in-scope]
        context.session.execute(
            text("UPDATE racks SET name = :name WHERE id = :id"), {"name": name, "id": rack_id}
        )


@context_manager.writer
def rename_racks(context, names):
    for rack_id, name in names.items():
        context.session.begin()  # [enginefacade-session-begin-in-scope]
        context.session.execute(
            text("UPDATE racks SET name = :name WHERE id = :id"), {"name": name, "id": rack_id}
        )
