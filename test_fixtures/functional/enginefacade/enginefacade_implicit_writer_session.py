"""enginefacade-implicit-writer-session: neutron-lib's session fallback."""
# pylint: disable=missing-docstring
from neutron_lib import context as n_context
from neutron_lib.db import api as db_api


def _count_ports(context):
    """A helper: relies on its caller's scope."""
    return context.session.query('ports').count()


def cleanup():
    ctx = n_context.get_admin_context()
    ctx.session.query('ports').delete()  # [enginefacade-implicit-writer-session]
    return _count_ports(ctx)  # [enginefacade-implicit-writer-session]


def built_directly():
    admin_ctx = n_context.Context(is_admin=True)
    return admin_ctx.session.query('ports').all()  # [enginefacade-implicit-writer-session]


def update_then_count(context: n_context.Context, port_id):
    """Opens its own scope on the context, then reads after it closed."""
    with db_api.CONTEXT_WRITER.using(context):
        context.session.query('ports').filter_by(id=port_id).update({'up': True})
    return context.session.query('ports').count()  # [enginefacade-implicit-writer-session]


def typed(context: n_context.Context, port_id):
    with db_api.CONTEXT_WRITER.using(context):
        context.session.query('ports').filter_by(id=port_id).delete()
    return _count_ports(context)  # [enginefacade-implicit-writer-session]
