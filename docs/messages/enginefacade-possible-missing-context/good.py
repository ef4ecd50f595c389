from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def rename(context, rack_id, name):
    @context_manager.writer
    def _rename_in_db(ctx, values):
        ctx.session.query("racks").filter_by(id=rack_id).update(values=values)

    _rename_in_db(context, {"name": name})


def _fetch(context, filters):
    return context.session.query("racks").filter_by(**filters).all()


@context_manager.reader
def get_object(context, obj_cls, **kwargs):
    return _fetch(context, kwargs)[0] if obj_cls.db_model else None
