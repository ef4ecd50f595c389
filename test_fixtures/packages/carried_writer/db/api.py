"""The forwarders of old nova's nova/db/api.py."""
from oslo_db import api as oslo_db_api

_BACKEND_MAPPING = {'sqlalchemy': 'carried_writer.db.sqlalchemy_api'}

IMPL = oslo_db_api.DBAPI('sqlalchemy', backend_mapping=_BACKEND_MAPPING, lazy=True)


def select_db_reader_mode(f):
    """Pick the reader, or the async reader with use_slave."""
    return IMPL.select_db_reader_mode(f)


def widget_get_all(context):
    return IMPL.widget_get_all(context)


def widget_update(context, widget_id, values):
    return IMPL.widget_update(context, widget_id, values)


def widget_count(context):
    return IMPL.widget_count(context)
