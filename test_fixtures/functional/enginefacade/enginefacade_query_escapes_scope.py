"""enginefacade-query-escapes-scope: queries returned before they run."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade
from oslo_db.sqlalchemy import utils as sqlalchemyutils

from inventory import context as inv_context
from neutron_lib.db import api as nl_db_api
from neutron_lib.db import model_query as model_query_lib

MAIN = enginefacade.transaction_context()


def model_query(context, model):
    return context.session.query(model)


def _racks_query(context, rack_ids):
    query = model_query(context, 'racks')
    if rack_ids:
        query = query.filter_by(ids=rack_ids)
    return query


@MAIN.reader
def racks(context):
    return context.session.query('racks')  # [enginefacade-query-escapes-scope]


@MAIN.reader
def racks_filtered(context, row):
    return context.session.query('racks').filter_by(row=row).order_by('id')  # [enginefacade-query-escapes-scope]


@MAIN.reader
def through_model_query(context):
    return model_query(context, 'racks').filter_by(deleted=False)  # [enginefacade-query-escapes-scope]


@MAIN.reader
def through_a_local(context, row):
    query = model_query(context, 'racks')
    query = query.filter_by(row=row)
    return query  # [enginefacade-query-escapes-scope]


@MAIN.reader
def through_two_helpers(context, rack_ids):
    return _racks_query(context, rack_ids).limit(10)  # [enginefacade-query-escapes-scope]


def in_a_block(context):
    with MAIN.reader.using(context) as session:
        return session.query('racks')  # [enginefacade-query-escapes-scope]


def fresh_context():
    admin = inv_context.get_admin_context()
    with MAIN.writer.using(admin):
        return model_query(admin, 'racks')  # [enginefacade-query-escapes-scope]


@MAIN.writer.independent
def independent(context):
    return model_query(context, 'racks')  # [enginefacade-query-escapes-scope]


def nova_model_query(context, model, args=None, **kwargs):
    """nova's model_query: oslo.db's builds the query on the session passed in."""
    query = sqlalchemyutils.model_query(model, context.session, args, **kwargs)
    if kwargs.get('project_only'):
        query = query.filter_by(project_id=context.project_id)
    return query


@MAIN.reader
def through_oslo_db(context):
    return nova_model_query(context, 'racks', deleted=False)  # [enginefacade-query-escapes-scope]


class PortObject:
    """neutron's NeutronDbObject: its scopes come from classmethods."""

    @classmethod
    def db_context_reader(cls, context):
        return nl_db_api.CONTEXT_READER.using(context)


def neutron_lib_collection(context, model):
    with nl_db_api.CONTEXT_READER.using(context):
        query = model_query_lib.get_collection_query(context, model)
        return query  # [enginefacade-query-escapes-scope]


def neutron_lib_hooks(context, model):
    with PortObject.db_context_reader(context):
        return model_query_lib.query_with_hooks(context, model).filter_by(id=1)  # [enginefacade-query-escapes-scope]
