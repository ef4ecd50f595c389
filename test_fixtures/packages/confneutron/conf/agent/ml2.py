from oslo_config import cfg

from confneutron.conf.agent import common


def register_ml2_opts():
    common.register_opts_in(cfg.CONF, common.ML2_OPTS, "ml2")
