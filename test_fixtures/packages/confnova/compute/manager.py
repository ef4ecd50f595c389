"""Reads of nova-shaped options: misspelt ones are reported."""

from oslo_config import cfg

import confnova.conf
from confnova.conf import compute as compute_conf

CONF = confnova.conf.CONF


def misspelt():
    interval = CONF.compute.shutdown_retry_intervall  # [oslo-config-unknown-option]
    devices = CONF.compute.max_disk_devices_to_atach  # [oslo-config-unknown-option]
    # dest= is the name it is read by, not the option's name.
    vif = CONF.compute.live_migration_wait_for_vif_plug  # [oslo-config-unknown-option]
    # A dashed name is read with underscores, never as written.
    memory = cfg.CONF.compute.reserved_host_memroy  # [oslo-config-unknown-option]
    CONF.set_override("cpu_shared_sett", "0-3", group="compute")  # [oslo-config-unknown-option]
    CONF.clear_override("shutdown_retry", compute_conf.compute_group)  # [oslo-config-unknown-option]
    # Registered only by a test module: the service never has it.
    only_in_tests = CONF.compute.fake_test_option  # [oslo-config-unknown-option]
    return interval, devices, vif, memory, only_in_tests


def correct():
    return (
        CONF.compute.shutdown_retry_interval,
        CONF.compute.cpu_shared_set,
        CONF.compute.wait_for_vif_plug,
        CONF.compute.reserved_host_memory,
        CONF.compute_driver,
        # A deprecated name in its deprecated group stays readable.
        CONF.compute.excluded_image_types,
        CONF.devices.enabled_mdev_types,
        CONF.compute.get("anything"),
        list(CONF.compute.keys()),
    )


def overrides():
    CONF.set_override("shutdown_retry_interval", 3, group="compute")
    CONF.set_default("cpu_shared_set", "0-3", compute_conf.compute_group)
    CONF.clear_override("max_disk_devices_to_attach", group=compute_conf.compute_group.name)
    CONF.set_override("anything_at_all", 3)  # DEFAULT: libraries register there too
