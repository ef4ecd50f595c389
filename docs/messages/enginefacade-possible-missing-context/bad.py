from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def rename(context, rack_id, name):
    @context_manager.writer
    def _rename_in_db(values):  # [enginefacade-possible-missing-context]
        context.session.query("racks").filter_by(id=rack_id).update(values=values)

    _rename_in_db({"name": name})


def _fetch(context, filters):
    return context.session.query("racks").filter_by(**filters).all()


@context_manager.reader
def get_object(obj_cls, context, **kwargs):  # [enginefacade-possible-missing-context]
    # the scope is opened on the class, not on the context
    return _fetch(context, kwargs)[0] if obj_cls.db_model else None
