# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.
"""The registration model: what a project registers, and what it leaves open."""

import astroid
import pytest

from pylint_oslo_review.oslo_config import registrations
from pylint_oslo_review.oslo_config.definitions import OptDef
from pylint_oslo_review.oslo_config.values import Resolver
from tests.oslo_config.test_projects import PACKAGES


@pytest.fixture(scope="module")
def nova():
    return registrations.scan(str(PACKAGES / "confnova"), tests=False)


def test_nova_shaped_conf_package_is_collected(nova):
    assert not nova.open
    assert nova.names("compute") == [
        # compute/traps.py registers 'a' on a ConfigOpts of its own: the
        # union takes every receiver, which can only make the check quieter.
        "a",
        "cpu_shared_set",
        "excluded_image_types",
        "image_type_exclude_list",
        "max_disk_devices_to_attach",
        "max_disks",
        "reserved_host_memory",
        "resource_provider_association_refresh",
        "shutdown_retry_interval",
        "wait_for_vif_plug",
    ]
    assert nova.closed_group("compute") and nova.closed_group("devices")
    assert "compute_driver" in nova.names(None)
    # deprecated_group='DEFAULT' makes the old name readable there.
    assert "resource_provider_association_refresh" in nova.names(None)


def test_library_and_plugin_filled_groups_are_open(nova):
    assert nova.open_groups == {"glance", "workarounds"}
    assert not nova.closed_group("glance") and not nova.closed_group("workarounds")
    assert nova.open_prefixes == {"mdev_"}
    assert not nova.closed_group("mdev_nvidia") and nova.knows("mdev_nvidia", "anything")


def test_tests_register_only_for_tests(nova):
    with_tests = registrations.scan(str(PACKAGES / "confnova"), tests=True)
    assert "fake_test_option" in with_tests.names("compute")
    assert "fake_test_option" not in nova.names("compute")


def test_neutron_shaped_helpers_resolve_through_their_callers():
    neutron = registrations.scan(str(PACKAGES / "confneutron"), tests=False)
    assert not neutron.open
    assert neutron.names("AGENT") == ["minimize_polling", "polling_interval"]
    assert neutron.names("OVS") == ["integration_bridge"]
    # register_opts_in(conf, opts, group) called with 'ml2'; list_ml2_opts()[0] unpacked.
    assert neutron.names("ml2") == ["mechanism_drivers"]
    assert neutron.closed_group("ml2")


def _opts(code):
    module = astroid.parse("from oslo_config import cfg\n" + code)
    return Resolver().opt_defs(module.body[-1].value)


@pytest.mark.parametrize(
    "code,expected",
    [
        ("X = cfg.StrOpt('my-opt')", (OptDef("my_opt"),)),
        ("X = cfg.StrOpt('a', dest='b')", (OptDef("b"),)),
        ("X = [cfg.IntOpt('a', deprecated_name='old')]", (OptDef("a", ((None, "old"),)),)),
        ("X = [cfg.IntOpt('a', deprecated_group='g')]", (OptDef("a", (("g", "a"),)),)),
        (
            "X = [cfg.IntOpt('a', deprecated_opts=[cfg.DeprecatedOpt('b-c', group='g')])]",
            (OptDef("a", (("g", "b_c"),)),),
        ),
        ("A = [cfg.IntOpt('a')]\nX = A + [cfg.PortOpt('p')]", (OptDef("a"), OptDef("p"))),
        ("N = 'named'\nX = [cfg.HostAddressOpt(N)]", (OptDef("named"),)),
        ("class MyOpt(cfg.StrOpt):\n    pass\nX = [MyOpt('m')]", (OptDef("m"),)),
    ],
)
def test_option_definitions(code, expected):
    assert _opts(code) == expected


@pytest.mark.parametrize(
    "code",
    [
        "X = [cfg.StrOpt(name_from_somewhere)]",
        "X = [cfg.StrOpt('a', **kwargs)]",
        "X = [cfg.Opt('a', str, 'dest')]",
        "X = [make_opt('a')]",
        "X = [opt for opt in []]",
    ],
)
def test_unknown_definitions_are_unknown(code):
    assert _opts(code) is None


def test_constant_prefix():
    call = astroid.extract_node("'mdev_%s' % name")
    assert registrations._constant_prefix(call) == "mdev_"
    assert registrations._constant_prefix(astroid.extract_node("f'{x}_backend'")) is None
