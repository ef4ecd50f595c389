from oslo_db import api as oslo_db_api
from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@context_manager.writer  # [enginefacade-over-signature-hiding-wrapper]
@oslo_db_api.wrap_db_retry(max_retries=5, retry_on_deadlock=True)
def rack_rename(context, rack_id, name):
    context.session.execute(
        text("UPDATE racks SET name = :name WHERE id = :id"), {"name": name, "id": rack_id}
    )
