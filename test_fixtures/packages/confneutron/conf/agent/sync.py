from oslo_config import cfg

from confneutron.conf.agent import common


def setup_conf():
    group, opts = common.list_ml2_opts()[0]
    cfg.CONF.register_cli_opts(opts, group)
