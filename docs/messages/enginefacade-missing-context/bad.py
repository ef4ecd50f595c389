from oslo_db.sqlalchemy import enginefacade

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
