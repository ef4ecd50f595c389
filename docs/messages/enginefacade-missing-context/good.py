from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.reader
def count_racks(context):
    return context.session.query("racks").count()


class RackAPI:
    @context_manager.writer
    def retire_all(self, context):
        context.session.query("racks").update(values={"state": "retired"})


def rename(context, rack_id, name):
    @context_manager.writer
    def _rename_in_db(ctx, values):
        ctx.session.query("racks").filter_by(id=rack_id).update(values=values)

    _rename_in_db(context, {"name": name})


def _fetch(context, filters):
    return context.session.query("racks").filter_by(**filters).all()


@context_manager.reader
def get_rack(context, rack_id):
    return _fetch(context, {"id": rack_id})


@context_manager.reader
def get_object(context, obj_cls, **kwargs):
    return _fetch(context, kwargs)[0] if obj_cls.db_model else None
