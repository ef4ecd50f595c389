"""enginefacade-missing-context: correct code next to the misplaced-context shapes."""
# pylint: disable=missing-docstring,undefined-variable
from oslo_db.sqlalchemy import enginefacade

from inventory import context
from missing_project import helpers  # pylint: disable=import-error
from missing_project import ctxt  # pylint: disable=import-error

MANAGER = enginefacade.transaction_context()
ctx = helpers.current_context()


def _filter_query(obj_cls, context, **kwargs):
    return context.session.query(obj_cls.db_model).filter_by(**kwargs)


@MANAGER.reader
def first_is_the_context(context, obj_cls, **kwargs):
    return _filter_query(obj_cls, context, **kwargs).first()


@MANAGER.reader
def first_used_as_context(req, other_context):
    """The first parameter's session is read: it is the context."""
    req.session.query('x').all()
    return _filter_query(other_context, req)


@MANAGER.reader
def first_reads_a_context_attribute(holder, context):
    if holder.is_admin:
        return _filter_query(holder, context)
    return None


@MANAGER.reader
def first_handed_to_unknown(obj_cls, context):
    helpers.audit(obj_cls)
    return _filter_query(obj_cls, context)


@MANAGER.reader
def first_returned(obj_cls, context):
    _filter_query(obj_cls, context)
    return obj_cls


@MANAGER.reader
def first_rebound(obj_cls, context):
    obj_cls = context
    return _filter_query(obj_cls, context)


@MANAGER.reader
def later_only_read_for_ids(obj_cls, context):
    """A context-named parameter that the body never uses as a context."""
    return obj_cls.get(context.project_id_hint)


@MANAGER.reader
def star_args(obj_cls, *args, **kwargs):
    return _filter_query(obj_cls, *args, **kwargs)


@MANAGER.reader
def star_args_with_context(obj_cls, context, *args):
    return _filter_query(obj_cls, context, *args)


class Store:
    @MANAGER.writer
    def put(self, context, item):
        return _filter_query(item, context, id=item.id)

    @classmethod
    @MANAGER.reader
    def load(cls, context, item_id):
        return _filter_query(cls, context, id=item_id)


@MANAGER.reader
def module_used_as_module(host_id):
    """The module 'context' builds one: no request context expected."""
    admin = context.get_admin_context()
    return _filter_query(host_id, admin)


@MANAGER.reader
def import_not_followed(host_id):
    """'ctxt' comes from a module astroid cannot read: unknown."""
    return _filter_query(host_id, ctxt)


@MANAGER.reader
def module_global(host_id):
    """'ctx' is a module-level assignment: unknown."""
    return _filter_query(host_id, ctx)


def outer(context, rows):
    @MANAGER.writer
    def _inner(values):
        return _filter_query(values, context)

    return _inner(rows)


@MANAGER.reader
def local_context(host_id):
    context = helpers.get_admin_context()  # pylint: disable=redefined-outer-name
    return _filter_query(host_id, context)


@MANAGER.reader
def handed_to_unknown_callee(host_id):
    return helpers.fetch(context, host_id)


def caller_passes_twice(ctx_):
    return same_object(ctx_, ctx_)


@MANAGER.reader
def same_object(holder, context):
    return _filter_query(holder.model, context)
