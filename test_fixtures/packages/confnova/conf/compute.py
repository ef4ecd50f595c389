import itertools

from oslo_config import cfg

HOST_OPT = "reserved-host-memory"

compute_group = cfg.OptGroup("compute", title="Compute options")

compute_opts = [
    cfg.IntOpt("shutdown_retry_interval", default=10),
    cfg.StrOpt("cpu-shared-set"),
    cfg.BoolOpt("live_migration_wait_for_vif_plug", dest="wait_for_vif_plug"),
    cfg.IntOpt("max_disk_devices_to_attach", deprecated_name="max_disks"),
    cfg.IntOpt("resource_provider_association_refresh", deprecated_group="DEFAULT"),
    cfg.ListOpt(
        "image_type_exclude_list",
        deprecated_opts=[cfg.DeprecatedOpt("excluded_image_types", group="compute")],
    ),
]

more_opts = [cfg.IntOpt(HOST_OPT, default=512)]

ALL_OPTS = list(itertools.chain(compute_opts, more_opts))

default_opts = [cfg.StrOpt("compute_driver")]


def register_opts(conf):
    conf.register_opts(default_opts)
    conf.register_group(compute_group)
    conf.register_opts(ALL_OPTS, group=compute_group)


def list_opts():
    return {compute_group: ALL_OPTS}
