from oslo_config import cfg

from confnova import plugins

workarounds_group = cfg.OptGroup("workarounds")

workarounds_opts = [cfg.BoolOpt("disable_rootwrap", default=False)]


def register_opts(conf):
    conf.register_group(workarounds_group)
    conf.register_opts(workarounds_opts, group=workarounds_group)
    # Every plugin brings its own options: the group holds what they say.
    for plugin in plugins.discover():
        conf.register_opts(plugin.options(), group=workarounds_group)
