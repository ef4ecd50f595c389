from oslo_config import cfg

devices_group = cfg.OptGroup(name="devices")

mdev_opts = [cfg.ListOpt("enabled_mdev_types", default=[])]


def register_opts(conf):
    conf.register_group(devices_group)
    conf.register_opts(mdev_opts, group=devices_group)


def register_dynamic_opts(conf):
    # One group per mdev type, named at run time: 'mdev_<type>'.
    for mdev_type in conf.devices.enabled_mdev_types:
        opt = cfg.StrOpt("device_addresses")
        conf.register_opt(opt, group="mdev_%s" % mdev_type)
