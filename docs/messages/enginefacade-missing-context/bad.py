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


def rename(context, rack_id, name):
    @context_manager.writer
    def _rename_in_db(values):  # [enginefacade-missing-context]
        context.session.query("racks").filter_by(id=rack_id).update(values=values)

    _rename_in_db({"name": name})


def _fetch(context, filters):
    return context.session.query("racks").filter_by(**filters).all()


@context_manager.reader
def get_rack(rack_id):  # [enginefacade-missing-context]
    # the context parameter was removed: 'context' is now the module
    return _fetch(context, {"id": rack_id})


@context_manager.reader
def get_object(obj_cls, context, **kwargs):  # [enginefacade-missing-context]
    # the scope is opened on the class, not on the context
    return _fetch(context, kwargs)[0] if obj_cls.db_model else None
