"""enginefacade-query-escapes-scope: correct code that looks similar."""
# pylint: disable=missing-docstring
from oslo_db.sqlalchemy import enginefacade

from missing_project import db_api, helpers  # pylint: disable=import-error

MAIN = enginefacade.transaction_context()


def model_query(context, model):
    """A helper: no scope of its own, its callers run the query in theirs."""
    return context.session.query(model)


@MAIN.reader
def all_racks(context):
    return context.session.query('racks').all()


@MAIN.reader
def first_rack(context):
    return model_query(context, 'racks').filter_by(deleted=False).first()


@MAIN.reader
def count(context):
    return model_query(context, 'racks').count()


@MAIN.reader
def listed(context):
    query = model_query(context, 'racks')
    return list(query)


@MAIN.reader
def sometimes_run(context, lazy):
    query = model_query(context, 'racks')
    if not lazy:
        query = query.all()
    return query


@MAIN.reader
def sometimes_a_query(context, lazy):
    """A query on one path only: not reported."""
    query = model_query(context, 'racks')
    return query if lazy else query.all()


@MAIN.reader
def subquery(context):
    """A subquery is SQL to embed in another query, not run on its own."""
    return context.session.query('racks').subquery()


@MAIN.reader
def unknown_helper(context):
    return helpers.racks_query(context)


@MAIN.reader
def _racks_for_a_caller(context):
    """Called inside its caller's transaction: it joins it, the session stays open."""
    return model_query(context, 'racks')


@MAIN.writer
def caller_with_scope(context):
    return [rack.id for rack in _racks_for_a_caller(context)]


def after_the_block(context):
    with MAIN.reader.using(context):
        rows = model_query(context, 'racks').all()
    return rows


def other_context(context, other):
    with MAIN.reader.using(context):
        return model_query(other, 'racks')


def nested_function(context):
    @MAIN.reader
    def inner(ctx):
        return ctx.session.query('racks').all()
    return inner(context)



class Plugin:
    @db_api.CONTEXT_READER
    def _names_query(self, context):
        """A manager known by name only: the caller's may be the same one.

        Its callers' calls cannot be inferred (the decorator is unknown),
        but are spelled self._names_query().
        """
        return context.session.query('names')

    @db_api.CONTEXT_WRITER
    def names(self, context):
        return [row for row in self._names_query(context)]


class PortObject:
    @classmethod
    def db_context_reader(cls, context):
        return MAIN.reader.using(context)

    @classmethod
    def db_context_writer(cls, context):
        return MAIN.writer.using(context)


def _filter_query(obj_cls, context, **kwargs):
    """neutron's objects/db/api.py: its callers pass the filters as **kwargs.

    update_objects() calls it inside a writer scope on the same context:
    there the query joins that transaction and runs in it.
    """
    with PortObject.db_context_reader(context):
        return model_query(context, obj_cls).filter_by(**kwargs)


def update_objects(obj_cls, context, values, **kwargs):
    with PortObject.db_context_writer(context):
        query = _filter_query(obj_cls, context, **kwargs)
        return query.update(values)


def _filter_by_context(model, context):
    with MAIN.reader.using(context):
        return model_query(context, model)


def passes_everything(context, *args):
    """The context may be in args: the caller's scope may be on it."""
    with MAIN.writer.using(context):
        return _filter_by_context(*args).all()
