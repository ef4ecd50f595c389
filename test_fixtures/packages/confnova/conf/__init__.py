"""Like nova/conf/__init__.py: one CONF, each conf module registers on it."""

from oslo_config import cfg

from confnova.conf import compute
from confnova.conf import devices
from confnova.conf import glance
from confnova.conf import workarounds

CONF = cfg.CONF

compute.register_opts(CONF)
devices.register_opts(CONF)
glance.register_opts(CONF)
workarounds.register_opts(CONF)
