from neutron_lib import context as n_context
from neutron_lib.db import api as db_api


def purge_stale_ports():
    ctx = n_context.get_admin_context()
    with db_api.CONTEXT_WRITER.using(ctx):
        ctx.session.query("ports").filter_by(status="STALE").delete()
