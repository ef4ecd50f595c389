from oslo_db.sqlalchemy import enginefacade

from inventory import context

context_manager = enginefacade.transaction_context()


@context_manager.reader
def count_racks():  # [enginefacade-missing-context]
    return 0


class RackAPI:
    @context_manager.writer
    def retire_all(self):  # [enginefacade-missing-context]
        return self


def _fetch(context, filters):
    return context.session.query("racks").filter_by(**filters).all()


@context_manager.reader
def get_rack(rack_id):  # [enginefacade-missing-context]
    # the context parameter was removed: 'context' is now the module
    return _fetch(context, {"id": rack_id})
