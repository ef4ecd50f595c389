"""The project's transaction context."""
from oslo_db.sqlalchemy import enginefacade

MAIN = enginefacade.transaction_context()
