from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def get_engine():
    return context_manager.writer.get_engine()
