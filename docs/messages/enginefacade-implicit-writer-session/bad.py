from neutron_lib import context as n_context


def purge_stale_ports():
    ctx = n_context.get_admin_context()
    ctx.session.query("ports").filter_by(status="STALE").delete()  # [enginefacade-implicit-writer-session]
