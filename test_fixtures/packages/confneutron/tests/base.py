"""Like neutron/tests/base.py: BaseTestCase.config() overrides options."""

import unittest

from oslo_config import cfg


class BaseTestCase(unittest.TestCase):
    def config(self, **kw):
        """Override some configuration values."""
        group = kw.pop("group", None)
        for k, v in kw.items():
            cfg.CONF.set_override(k, v, group)
