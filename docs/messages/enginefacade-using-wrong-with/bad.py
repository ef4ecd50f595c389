from oslo_db.sqlalchemy import enginefacade
from sqlalchemy import text

context_manager = enginefacade.transaction_context()


async def rack_count(context):
    async with context_manager.reader.using(context) as session:  # [enginefacade-using-wrong-with]
        return session.execute(text("SELECT count(*) FROM racks")).scalar()
