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

"""oslo-config-unknown-option is an E: the docs' bad example fails with the real oslo.config.

Each example runs against a fresh ConfigOpts in place of cfg.CONF: every
read the plugin reports raises NoSuchOptError, and the good example's
reads of the same options work.
"""

import runpy
from pathlib import Path

import pytest
from oslo_config import cfg

from tests.lint import annotated_lines, lint

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "messages" / "oslo-config-unknown-option"
SYMBOL = "oslo-config-unknown-option"


def _run(name, monkeypatch):
    monkeypatch.setattr(cfg, "CONF", cfg.ConfigOpts())
    return runpy.run_path(str(EXAMPLES / name))


def test_every_reported_read_of_the_bad_example_raises(monkeypatch):
    bad = EXAMPLES / "bad.py"
    found = {(message.line, message.symbol) for message in lint([bad], "--disable=all", f"--enable={SYMBOL}")}
    assert found == annotated_lines(bad)
    module = _run("bad.py", monkeypatch)
    for function in ("power_off_retries", "pin_shared_cpus"):
        with pytest.raises(cfg.NoSuchOptError):
            module[function]()


def test_the_good_example_reads_the_same_options(monkeypatch):
    good = EXAMPLES / "good.py"
    assert not lint([good], "--disable=all", f"--enable={SYMBOL}")
    module = _run("good.py", monkeypatch)
    assert module["power_off_retries"]() == 10
    module["pin_shared_cpus"]()
    assert module["CONF"].compute.cpu_shared_set == "0-3"
