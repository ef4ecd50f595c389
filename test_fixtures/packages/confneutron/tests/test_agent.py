"""neutron-shaped tests: self.config()."""

from confneutron.tests import base


class AgentTestCase(base.BaseTestCase):
    def test_config(self):
        self.config(polling_intervall=3, group="AGENT")  # [oslo-config-unknown-option]
        self.config(polling_interval=3, group="AGENT")
        self.config(integration_bridge="br-x", group="OVS")
