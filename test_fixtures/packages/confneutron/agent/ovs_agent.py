"""A neutron-shaped agent: registers through helpers, reads cfg.CONF directly."""

from oslo_config import cfg

from confneutron.conf.agent import common as agent_config


def main():
    agent_config.register_agent_opts()
    agent_config.register_ovs_opts(cfg.CONF)
    return cfg.CONF.AGENT.polling_interval, cfg.CONF.OVS.integration_bridge


def misspelt():
    interval = cfg.CONF.AGENT.poling_interval  # [oslo-config-unknown-option]
    bridge = cfg.CONF.OVS.integration_brigde  # [oslo-config-unknown-option]
    drivers = cfg.CONF.ml2.mechanism_driver  # [oslo-config-unknown-option]
    cfg.CONF.set_override("minimise_polling", False, "AGENT")  # [oslo-config-unknown-option]
    return interval, bridge, drivers


def correct():
    cfg.CONF.set_override("minimize_polling", False, "AGENT")
    return cfg.CONF.ml2.mechanism_drivers, cfg.CONF.AGENT.minimize_polling
