from keystoneauth1 import loading as ks_loading
from oslo_config import cfg

glance_group = cfg.OptGroup("glance")

glance_opts = [cfg.IntOpt("num_retries", default=3)]


def register_ksa_opts(conf, group):
    # keystoneauth registers its session and auth options into the group.
    group = getattr(group, "name", group)
    ks_loading.register_session_conf_options(conf, group)
    ks_loading.register_auth_conf_options(conf, group)


def register_opts(conf):
    conf.register_group(glance_group)
    conf.register_opts(glance_opts, group=glance_group)
    register_ksa_opts(conf, glance_group)
