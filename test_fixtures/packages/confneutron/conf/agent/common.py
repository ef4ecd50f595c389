from oslo_config import cfg

AGENT_GROUP = "AGENT"

AGENT_OPTS = [
    cfg.IntOpt("polling_interval", default=2),
    cfg.BoolOpt("minimize_polling", default=True),
]

OVS_OPTS = [cfg.StrOpt("integration_bridge", default="br-int")]

ML2_OPTS = [cfg.ListOpt("mechanism_drivers", default=[])]


def register_agent_opts(conf=cfg.CONF):
    conf.register_opts(AGENT_OPTS, AGENT_GROUP)


def register_ovs_opts(cfg=cfg.CONF):
    cfg.register_opts(OVS_OPTS, group="OVS")


def register_opts_in(conf, opts, group):
    conf.register_opts(opts, group=group)


def list_ml2_opts():
    return [("ml2", ML2_OPTS)]
