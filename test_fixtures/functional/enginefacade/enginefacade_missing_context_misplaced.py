"""enginefacade-missing-context: the context parameter removed, or not first.

The shapes of nova's db/main/api.py with the context parameter deleted
(the body's 'context' is then the imported module, or nothing) and of
neutron's objects/db/api.py get_object/count before 4e27e27ae2 (the class
first, the context second).
"""
# pylint: disable=missing-docstring,undefined-variable
from oslo_db.sqlalchemy import enginefacade

from inventory import context
from inventory.context import RequestContext as ctx
from missing_project.db import api as missing_api  # pylint: disable=import-error

MANAGER = enginefacade.transaction_context()


def _compute_node_fetchall(context, filters):
    return context.session.query('compute_nodes').filter_by(**filters).all()


def _filter_query(obj_cls, context, **kwargs):
    return context.session.query(obj_cls.db_model).filter_by(**kwargs)


@missing_api.pick_context_manager_writer
def compute_node_get(compute_id):  # [enginefacade-missing-context]
    """nova's shape: 'context' is now the module imported above."""
    results = _compute_node_fetchall(context, {"compute_id": compute_id})
    return results[0]


@MANAGER.writer
def service_destroy(service_id):  # [enginefacade-missing-context]
    """'ctxt' is defined nowhere: NameError, after the scope opened on an int."""
    return _compute_node_fetchall(ctxt, {"service_id": service_id})


@MANAGER.reader
def host_get(host_id):  # [enginefacade-missing-context]
    """'ctx' is an imported class, not a request context."""
    return ctx.session.query("hosts").filter_by(id=host_id).one()


@MANAGER.reader
def get_object(obj_cls, context, **kwargs):  # [enginefacade-possible-missing-context]
    """neutron's shape, before 4e27e27ae2."""
    return _filter_query(obj_cls, context, **kwargs).first()


@MANAGER.reader
def count(obj_cls, context, query_field=None, **kwargs):  # [enginefacade-possible-missing-context]
    if not query_field and obj_cls.primary_keys:
        query_field = obj_cls.primary_keys[0]
    return _filter_query(obj_cls, context, field=query_field, **kwargs).count()


@MANAGER.writer
def set_state(state, admin_context):  # [enginefacade-possible-missing-context]
    """The context handed on by keyword."""
    return _compute_node_fetchall(filters={"state": state}, context=admin_context)


class Store:
    @MANAGER.writer
    def put(self, item, context):  # [enginefacade-possible-missing-context]
        """oslo.db skips 'self' and reads 'item'."""
        return _filter_query(item, context, id=item.id)
