from oslo_db import api as oslo_db_api
from oslo_db import exception as db_exc
from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@oslo_db_api.wrap_db_retry(  # [enginefacade-retry-inside-transaction]
    max_retries=10, exception_checker=lambda exc: isinstance(exc, db_exc.DBDuplicateEntry))
def _ensure_tag(context, name):
    found = context.session.execute(text("SELECT id FROM tags WHERE name = :n"), {"n": name}).scalar()
    if found is None:
        found = context.session.execute(text("INSERT INTO tags (name) VALUES (:n)"), {"n": name}).lastrowid
    return found


@context_manager.writer
def set_tags(context, rack_id, names):
    for name in names:
        tag_id = _ensure_tag(context, name)
        context.session.execute(text("INSERT INTO rack_tags VALUES (:r, :t)"), {"r": rack_id, "t": tag_id})
