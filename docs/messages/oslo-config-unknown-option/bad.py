from oslo_config import cfg

CONF = cfg.CONF

compute_group = cfg.OptGroup("compute")
compute_opts = [
    cfg.IntOpt("shutdown_retry_interval", default=10),
    cfg.StrOpt("cpu-shared-set"),
]
CONF.register_group(compute_group)
CONF.register_opts(compute_opts, group=compute_group)


def power_off_retries():
    return CONF.compute.shutdown_retry_intervall  # [oslo-config-unknown-option]


def pin_shared_cpus():
    CONF.set_override("cpu-shared-set", "0-3", group="compute")  # [oslo-config-unknown-option]
