from oslo_db.sqlalchemy import enginefacade

context_manager = enginefacade.transaction_context()


def model_query(context, model):
    return context.session.query(model)


@context_manager.reader
def get_racks(context, row):
    query = model_query(context, "racks")
    return query.filter_by(row=row).all()
