"""oslo-config-unknown-option: options the project's registration does not define."""

import itertools

from oslo_config import cfg

CONF = cfg.CONF

api_group = cfg.OptGroup("api", title="API options")
API_OPTS = [
    cfg.IntOpt("max_limit", default=1000),
    cfg.StrOpt("auth-strategy", default="keystone"),
    cfg.BoolOpt("use_forwarded_for", dest="forwarded"),
    cfg.StrOpt("vendordata_providers", deprecated_opts=[cfg.DeprecatedOpt("providers", group="api")]),
]
QUOTA_OPTS = [cfg.IntOpt("instances", default=10)]
ALL = list(itertools.chain(API_OPTS, [cfg.IntOpt("timeout", default=30)]))


def register_opts(conf):
    conf.register_group(api_group)
    conf.register_opts(ALL, group=api_group)
    conf.register_opts(QUOTA_OPTS, group="quota")


register_opts(CONF)


def reads():
    limit = CONF.api.max_limt  # [oslo-config-unknown-option]
    strategy = CONF.api.vendordata_provider  # [oslo-config-unknown-option]
    forwarded = CONF.api.use_forwarded_for  # [oslo-config-unknown-option]
    quota = cfg.CONF.quota.instance  # [oslo-config-unknown-option]
    unrelated = CONF.api.no_such_thing_at_all  # [oslo-config-unknown-option]
    return limit, strategy, forwarded, quota, unrelated


def overrides():
    CONF.set_override("max_limt", 5, group="api")  # [oslo-config-unknown-option]
    CONF.set_default("auth-strategy", "noauth", api_group)  # [oslo-config-unknown-option]
    CONF.clear_override("instance", group="quota")  # [oslo-config-unknown-option]
    CONF.clear_default("timeot", group=api_group.name)  # [oslo-config-unknown-option]


def correct():
    CONF.set_override("max_limit", 5, group="api")
    return (
        CONF.api.max_limit,
        CONF.api.auth_strategy,
        CONF.api.forwarded,
        CONF.api.providers,
        CONF.api.timeout,
        CONF.quota.instances,
    )
