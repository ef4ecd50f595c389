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
"""oslo-config-unknown-option on the nova- and neutron-shaped projects.

test_fixtures/packages/confnova registers through conf/__init__.py calling
each conf module's register_opts(CONF); confneutron through helpers that
agents call. Each linted file marks what it expects with '# [symbol]';
the messages are compared in full.
"""

from pathlib import Path

import pytest

from pylint_oslo_review.oslo_config import project
from tests.lint import annotated_lines, lint

PACKAGES = Path(__file__).resolve().parent.parent.parent / "test_fixtures" / "packages"
SYMBOL = "oslo-config-unknown-option"


def _messages(relative):
    project.clear_cache()
    found = lint([PACKAGES / relative], "--disable=all", f"--enable={SYMBOL},astroid-error")
    return [(m.line, m.symbol, m.msg) for m in found]


def _reads(group, name, form, fix):
    return f"Option '{name}' is not registered in [{group}]: {form} raises cfg.NoSuchOptError; {fix}"


def _mean(name):
    return f"did you mean '{name}'?"


EXPECTED = {
    "confnova/compute/manager.py": [
        (12, _reads("compute", "shutdown_retry_intervall", "this read", _mean("shutdown_retry_interval"))),
        (13, _reads("compute", "max_disk_devices_to_atach", "this read", _mean("max_disk_devices_to_attach"))),
        (15, _reads("compute", "live_migration_wait_for_vif_plug", "this read", _mean("wait_for_vif_plug"))),
        (17, _reads("compute", "reserved_host_memroy", "this read", _mean("reserved_host_memory"))),
        (18, _reads("compute", "cpu_shared_sett", "set_override", _mean("cpu_shared_set"))),
        (19, _reads("compute", "shutdown_retry", "clear_override", _mean("shutdown_retry_interval"))),
        (21, _reads("compute", "fake_test_option", "this read", "register it in that group or fix the name")),
    ],
    "confnova/tests/test_manager.py": [
        (15, _reads("compute", "shutdown_retry_intervall", "self.flags()", _mean("shutdown_retry_interval"))),
    ],
    "confneutron/agent/ovs_agent.py": [
        (15, _reads("AGENT", "poling_interval", "this read", _mean("polling_interval"))),
        (16, _reads("OVS", "integration_brigde", "this read", _mean("integration_bridge"))),
        (17, _reads("ml2", "mechanism_driver", "this read", _mean("mechanism_drivers"))),
        (18, _reads("AGENT", "minimise_polling", "set_override", _mean("minimize_polling"))),
    ],
    "confneutron/tests/test_agent.py": [
        (8, _reads("AGENT", "polling_intervall", "self.config()", _mean("polling_interval"))),
    ],
    "confnova/compute/traps.py": [],
}


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_messages_at_their_lines(relative):
    messages = _messages(relative)
    assert messages == [(line, SYMBOL, text) for line, text in EXPECTED[relative]]
    assert {(line, symbol) for line, symbol, _ in messages} == annotated_lines(PACKAGES / relative)


def test_messages_fit_in_200_characters():
    assert all(len(text) <= 200 for expected in EXPECTED.values() for _, text in expected)


def test_long_names_are_cut_to_fit(tmp_path):
    name = "a_very_long_option_name_that_goes_on_and_on_and_on_and_on"
    group = "a_group_with_a_rather_long_name_indeed"
    source = tmp_path / "longnames.py"
    source.write_text(
        "from oslo_config import cfg\n"
        f"cfg.CONF.register_opts([cfg.StrOpt('{name}')], group='{group}')\n"
        f"VALUE = cfg.CONF.{group}.{name}x\n",
        encoding="utf-8",
    )
    project.clear_cache()
    (message,) = lint([source], "--disable=all", f"--enable={SYMBOL}")
    assert len(message.msg) <= 200
    assert message.msg.startswith("Option 'a_very_long_option_name_that_goe ...' is not registered in [a_group_with_a_rathe ...]")
