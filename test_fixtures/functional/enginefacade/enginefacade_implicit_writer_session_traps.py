"""enginefacade-implicit-writer-session: correct code that looks similar."""
# pylint: disable=missing-docstring
from neutron_lib import context as n_context
from neutron_lib.db import api as db_api


def _count_ports(context):
    """A helper: every caller calls it inside a scope."""
    return context.session.query('ports').count()


@db_api.CONTEXT_READER
def count(context):
    return _count_ports(context)


def count_in_block(context):
    with db_api.CONTEXT_READER.using(context):
        return _count_ports(context)


def from_a_caller(context):
    """A context from a caller that may hold a scope."""
    return context.session.query('ports').all()


def scoped():
    ctx = n_context.get_admin_context()
    with db_api.CONTEXT_WRITER.using(ctx):
        ctx.session.query('ports').delete()
        return _count_ports(ctx)


def probe():
    ctx = n_context.get_admin_context()
    return getattr(ctx, 'session', None)


def elevated(context):
    admin = context.elevated()
    return admin.session.query('ports').all()


def _opens_and_reads(context):
    with db_api.CONTEXT_WRITER.using(context):
        context.session.add(context)
    return context.session.query('ports').all()


@db_api.CONTEXT_WRITER
def caller_with_scope(context):
    return _opens_and_reads(context)


def unknown_class(context, port_id):
    """Same shape, but nothing says which context class it is: silence.

    In neutron's own code this shape is a harmless leftover
    (context.session.rollback() after a failed writer, the audit).
    """
    with db_api.CONTEXT_WRITER.using(context):
        context.session.query('ports').filter_by(id=port_id).delete()
    return context.session.query('ports').count()


def not_in_a_transaction():
    """neutron's probe: asks whether a transaction is open, on purpose outside one."""
    ctx = n_context.get_admin_context()
    if db_api.is_session_active(ctx.session):
        raise RuntimeError('Must not be called in a transaction')
    with db_api.CONTEXT_WRITER.using(ctx):
        ctx.session.query('ports').delete()
