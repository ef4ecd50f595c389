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
"""The same messages with -j1 and -j2, and across in-process runs."""

import os
import subprocess
import sys
from pathlib import Path

import astroid

from tests.lint import EMPTY_RC, lint

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "test_fixtures" / "example"
FUNCTIONAL = ROOT / "test_fixtures" / "functional"
OPTIONS = [
    f"--rcfile={EMPTY_RC}",
    "--persistent=n",
    "--load-plugins=pylint_oslo_review",
    "--disable=all",
    "--enable=E,W,enginefacade-missing-context,ovo-redundant-reset-changes",
    "--disable=import-error",
    "--msg-template={path}:{line}:{column}:{symbol}:{msg}",
    "--score=n",
]
TARGETS = [
    EXAMPLE / "inventory",
    FUNCTIONAL / "ovo" / "ovo_redundant_reset_changes.py",
    FUNCTIONAL / "enginefacade" / "enginefacade_missing_context.py",
    FUNCTIONAL / "ovo" / "ovo_brain_fields.py",
]


def _run(jobs):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(EXAMPLE)]))
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"-j{jobs}", *OPTIONS, *map(str, TARGETS)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return sorted(line for line in result.stdout.splitlines() if not line.startswith("*"))


def test_j1_and_j2_report_the_same_messages():
    serial = _run(1)
    parallel = _run(2)
    assert serial == parallel
    symbols = {line.split(":")[3] for line in serial}
    assert {"enginefacade-missing-context", "ovo-redundant-reset-changes", "no-member"} <= symbols
    assert not any(":protected-access:Access to a protected member _context" in line for line in serial)


def test_clear_cache_post_run_keeps_the_plugin_working():
    target = [FUNCTIONAL / "ovo" / "ovo_brain_fields.py"]
    options = ("--clear-cache-post-run=y", "--disable=all", "--enable=no-member")
    astroid.MANAGER.clear_cache()  # earlier tests' modules are not this run's
    first = [(m.line, m.symbol) for m in lint(target, *options)]
    second = [(m.line, m.symbol) for m in lint(target, *options)]
    assert first == second
    assert len(first) == 7
