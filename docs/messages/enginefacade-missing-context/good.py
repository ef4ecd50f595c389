from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


@context_manager.reader
def count_racks(context):
    return context.session.query("racks").count()


class RackAPI:
    @context_manager.writer
    def retire_all(self, context):
        context.session.query("racks").update(values={"state": "retired"})


def _fetch(context, filters):
    return context.session.query("racks").filter_by(**filters).all()


@context_manager.reader
def get_rack(context, rack_id):
    return _fetch(context, {"id": rack_id})
