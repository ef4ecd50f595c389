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
"""The same messages every run: hash seeds, file orders, -j1 and -j2.

test_fixtures/determinism/orderpkg is shaped so that a cached result that
depends on which module was analysed first shows up as a message that
comes and goes (see its README). Each run is a pylint subprocess with every
plugin message enabled, in strict mode (conftest sets it).
"""

import os
import subprocess
import sys
from pathlib import Path


from tools.fuzz.harness import plugin_symbols

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "test_fixtures" / "determinism"
MODULES = sorted(str(path.relative_to(FIXTURE)) for path in (FIXTURE / "orderpkg").glob("*.py"))


def _run(seed, jobs, modules):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=os.pathsep.join([str(ROOT), str(FIXTURE)]))
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"-j{jobs}", f"--rcfile={ROOT / 'test_fixtures' / 'empty.pylintrc'}",
         "--persistent=n", "--load-plugins=pylint_oslo_review", "--disable=all",
         f"--enable={','.join(plugin_symbols())},astroid-error,fatal", "--score=n",
         "--msg-template={path}:{line}:{column}:{symbol}:{msg}", *modules],
        cwd=FIXTURE, env=env, capture_output=True, text=True, check=False, timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return sorted(line for line in result.stdout.splitlines() if not line.startswith("*"))


EXPECTED = {
    ("orderpkg/b_second.py", "11", "4", "enginefacade-possible-reader-upgrade"),
    ("orderpkg/b_second.py", "16", "4", "enginefacade-possible-reader-upgrade"),
    ("orderpkg/b_second.py", "21", "4", "enginefacade-possible-reader-upgrade"),
    ("orderpkg/b_second.py", "28", "4", "ovo-redundant-reset-changes"),
}


def _same_and_expected(runs):
    first = next(iter(runs.values()))
    for name, messages in runs.items():
        assert messages == first, name
    assert {tuple(line.split(":")[:4]) for line in first} == EXPECTED


def test_one_file_with_two_jobs_is_named_and_reported_as_with_one():
    lines = _run(0, 2, ["orderpkg/b_second.py"])
    assert {tuple(line.split(":")[:4]) for line in lines} == EXPECTED


def test_seeds_and_file_orders_give_the_same_messages():
    _same_and_expected({
        "seed 0, -j1, sorted": _run(0, 1, MODULES),
        "seed 1, -j1, reversed": _run(1, 1, MODULES[::-1]),
    })


def test_jobs_give_the_same_messages_as_one_job():
    # pylint 3.3 named -j2 modules from PYTHONPATH's ROOT
    # (test_fixtures.determinism.orderpkg.b_second), so the reset analysis
    # took helpers.py for another project: compat.name_modules_as_one_job_does.
    _same_and_expected({
        "seed 0, -j1, sorted": _run(0, 1, MODULES),
        "seed 2, -j2, sorted": _run(2, 2, MODULES),
        "seed 0, -j2, reversed": _run(0, 2, MODULES[::-1]),
    })
