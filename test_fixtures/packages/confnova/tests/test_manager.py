"""nova-shaped tests: self.flags() and test-registered options."""

from oslo_config import cfg

import confnova.conf
from confnova import test

CONF = confnova.conf.CONF

CONF.register_opt(cfg.StrOpt("fake_test_option"), group="compute")


class ManagerTestCase(test.TestCase):
    def test_flags(self):
        self.flags(shutdown_retry_intervall=3, group="compute")  # [oslo-config-unknown-option]
        self.flags(shutdown_retry_interval=3, cpu_shared_set="0", group="compute")
        self.flags(fake_test_option="x", group="compute")
        self.flags(anything=3)
        return CONF.compute.fake_test_option
