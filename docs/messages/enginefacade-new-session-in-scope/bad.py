from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def get_session():
    return context_manager.writer.get_sessionmaker()()


@context_manager.writer
def delete_rack(context, rack_id):
    context.session.query("racks").filter_by(id=rack_id).delete()
    session = get_session()  # [enginefacade-new-session-in-scope]
    session.query("slots").filter_by(rack_id=rack_id).delete()
