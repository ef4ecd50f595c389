from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.writer
def rename_rack(context, rack_id, name):
    context.session.execute(text("UPDATE racks SET name = :name WHERE id = :id"), {"name": name, "id": rack_id})


@context_manager.writer
def rename_racks(context, names):
    for rack_id, name in names.items():
        context.session.execute(
            text("UPDATE racks SET name = :name WHERE id = :id"), {"name": name, "id": rack_id}
        )
        context.session.commit()  # each rename in a transaction of its own
        context.session.begin()
