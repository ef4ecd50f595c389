from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


class Rack:
    @classmethod
    @context_manager.reader
    def count(cls, context):
        return context.session.query(cls).count()
