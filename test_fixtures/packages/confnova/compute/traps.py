"""Reads the check cannot prove wrong: all quiet."""

from oslo_config import cfg

import confnova.conf
from confnova import unknown_module  # pylint: disable=no-name-in-module

CONF = confnova.conf.CONF


def library_groups():
    # oslo.db, keystonemiddleware register these groups themselves.
    return CONF.database.connection_recycle_time, CONF.keystone_authtoken.www_authenticate_uri


def library_registered_in_project_group():
    # keystoneauth fills [glance] with its own options.
    return CONF.glance.region_name, CONF.glance.endpoint_override, CONF.glance.anything


def dynamic_groups():
    # 'mdev_<type>' groups are registered at run time; plugins fill [workarounds].
    return CONF.mdev_nvidia_35.device_addresses, CONF.workarounds.plugin_flag


def default_and_unknown_groups():
    # DEFAULT and groups the project never registers: libraries may.
    return CONF.debug, CONF.transport_url, CONF.oslo_messaging_rabbit.x, CONF.some_group.x


def private_config():
    conf = cfg.ConfigOpts()
    conf.register_opts([cfg.StrOpt("a")], group="compute")
    return conf.compute.whatever, unknown_module.CONF.compute.whatever


def expected(exc=cfg.NoSuchOptError):
    try:
        return CONF.compute.maybe_there
    except cfg.NoSuchOptError:
        return None


def deprecated_name_without_group():
    # oslo.config maps a deprecated_name without deprecated_group under
    # DEFAULT, so this raises; the model also counts it in the option's own
    # group and stays silent (a miss, never a false report).
    return CONF.compute.max_disks, CONF.max_disks


def writes():
    CONF.compute.not_an_option = 1  # an attribute set, not read
    CONF.set_override("whatever", 1, group=unknown_module.GROUP)
