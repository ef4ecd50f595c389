"""Reads that look like unknown options but may exist: all quiet."""

from oslo_config import cfg

from some_missing_package import options  # pylint: disable=import-error

CONF = cfg.CONF

api_group = cfg.OptGroup("api")
CONF.register_group(api_group)
CONF.register_opts([cfg.IntOpt("max_limit")], group=api_group)
CONF.register_opts([cfg.IntOpt("workers")], group="compute")

# Options of an unresolved module: the group holds what they are.
CONF.register_opts(options.LIST, group="filters")
# A group computed at run time: every 'backend_' group may hold anything.
for backend in ("a", "b"):
    CONF.register_opts([cfg.StrOpt("path")], group="backend_%s" % backend)
# A library fills the groups it is given.
options.register_auth_conf_options(CONF, "neutron")
# A module outside the project registers the group.
CONF.import_group("ironic", "some_missing_package.conf")
CONF.register_opts([cfg.StrOpt("url")], group="neutron")
CONF.register_opts([cfg.StrOpt("url")], group="ironic")


def library_and_default():
    return (
        CONF.database.connection,  # oslo.db's
        CONF.keystone_authtoken.auth_url,
        CONF.oslo_messaging_rabbit.heartbeat_timeout_threshold,
        CONF.debug,  # DEFAULT: oslo.log's
        CONF.never_registered_group.anything,
    )


def open_groups():
    return (
        CONF.filters.anything,
        CONF.backend_a.whatever,
        CONF.backend_zz.path,
        CONF.neutron.project_name,
        CONF.neutron.anything,
        CONF.ironic.anything,
        CONF.compute.region_name,  # keystoneauth may add it to any group
    )


def group_mapping_api():
    return CONF.api.get("max_limit"), list(CONF.api.items()), CONF.api._group


def handled():
    try:
        return CONF.api.maybe_later
    except cfg.NoSuchOptError:
        return None


def own_config_object():
    conf = cfg.ConfigOpts()
    conf.register_opts([cfg.IntOpt("x")], group="api")
    conf.set_override("y", 1, group="api")
    return conf.api.y


def not_reads():
    CONF.api.not_an_option = 1
    CONF.set_override("anything", 1)
    CONF.set_override("anything", 1, group=options.GROUP)
