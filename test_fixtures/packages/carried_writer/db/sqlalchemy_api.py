"""Old nova's nova/db/sqlalchemy/api.py: not Python 3.7 (``.async``)."""
import functools
import inspect

from oslo_db.sqlalchemy import enginefacade

main_context_manager = enginefacade.transaction_context()


def _context_manager_from_context(context):
    if context:
        try:
            return context.db_connection
        except AttributeError:
            pass
    return None


def get_context_manager(context):
    """The cell's manager the context targets, or the main one."""
    return _context_manager_from_context(context) or main_context_manager


def select_db_reader_mode(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        keyed_args = inspect.getcallargs(f, *args, **kwargs)
        context = keyed_args['context']
        use_slave = keyed_args.get('use_slave', False)
        if use_slave:
            reader_mode = get_context_manager(context).async
        else:
            reader_mode = get_context_manager(context).reader
        with reader_mode.using(context):
            return f(*args, **kwargs)
    return wrapper


def pick_context_manager_writer(f):
    @functools.wraps(f)
    def wrapped(context, *args, **kwargs):
        ctxt_mgr = get_context_manager(context)
        with ctxt_mgr.writer.using(context):
            return f(context, *args, **kwargs)
    return wrapped


def pick_context_manager_reader(f):
    @functools.wraps(f)
    def wrapped(context, *args, **kwargs):
        ctxt_mgr = get_context_manager(context)
        with ctxt_mgr.reader.using(context):
            return f(context, *args, **kwargs)
    return wrapped


@pick_context_manager_reader
def widget_get_all(context):
    return context.session.query('widgets').all()


@pick_context_manager_writer
def widget_update(context, widget_id, values):
    context.session.query('widgets').filter_by(id=widget_id).update(values)


@pick_context_manager_reader
def widget_count(context):
    return context.session.query('widgets').count()
