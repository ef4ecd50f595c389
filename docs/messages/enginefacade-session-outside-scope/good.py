from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


@enginefacade.transaction_context_provider
class RequestContext:
    def __init__(self, is_admin=False):
        self.is_admin = is_admin


def _count_racks(context):
    return context.session.execute(text("SELECT count(*) FROM racks")).scalar()


def report_rack_count():
    admin = RequestContext(is_admin=True)
    with context_manager.reader.using(admin):
        return _count_racks(admin)
