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

"""Helpers reached with no scope from roots in other modules (enginefacade/callers.py).

test_fixtures/packages/unscoped_callers is a neutron-like project: its
db/ports.py helpers read ``context.session`` with no scope of their own,
and the calls that decide whether that works are in the other modules (an
ML2 postcommit, RPC endpoints calling whatever plugin is loaded, an API
controller, a registry callback, tests). Only db/ports.py is linted, as a
developer lints the file they changed: the callers are read from the tree.
"""

import os
import subprocess
import sys
from pathlib import Path

from tests.lint import annotated_lines, lint

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGES = ROOT / "test_fixtures" / "packages"
PROJECT = PACKAGES / "unscoped_callers"
HELPERS = PROJECT / "db" / "ports.py"
SYMBOLS = (
    "enginefacade-implicit-writer-session",
    "enginefacade-possible-session-outside-scope",
    "enginefacade-session-outside-scope",
)


def _messages(paths):
    return lint(paths, "--disable=all", f"--enable={','.join(SYMBOLS)}")


def test_reads_reached_from_unscoped_roots_elsewhere_are_reported_at_the_helper():
    found = {(m.line, m.symbol) for m in _messages([HELPERS])}
    assert found == annotated_lines(HELPERS)


def test_a_route_inference_follows_from_a_known_root_is_reported_at_the_root_only():
    """rpc.py's new context reaches list_host_ports by inferred calls: one message, at the call."""
    modules = sorted(PROJECT.rglob("*.py"))
    found = {(Path(m.path).name, m.line, m.symbol) for m in _messages(modules)}
    expected = {(path.name, line, symbol) for path in modules for line, symbol in annotated_lines(path)}
    assert found == expected


def test_the_message_names_the_root_that_reaches_the_helper():
    texts = {m.line: m.msg for m in _messages([HELPERS])}
    assert texts[22] == (
        "'context.session' is read outside any scope on 'context' (from update_port_postcommit() at "
        "unscoped_callers/driver.py:24): neutron-lib gives a session in no transaction; open a scope"
    )
    assert texts[49] == (
        "'context.session' is read outside any scope on 'context' (from index() at unscoped_callers/api.py:23, "
        "an API request): neutron-lib gives a session in no transaction; open a scope"
    )


def test_the_shortest_route_is_named_not_the_first_in_file_order():
    """api.py reaches get_router_count in two calls and comes first; rpc.py does in one."""
    texts = {m.line: m.msg for m in _messages([HELPERS])}
    assert "(from count_routers() at unscoped_callers/rpc.py:77)" in texts[53]


def _run(jobs, paths):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(PACKAGES)]))
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"-j{jobs}", f"--rcfile={ROOT / 'test_fixtures' / 'empty.pylintrc'}",
         "--persistent=n", "--load-plugins=pylint_oslo_review", "--disable=all", f"--enable={','.join(SYMBOLS)}",
         "--score=n", "--msg-template={path}:{line}:{symbol}", *map(str, paths)],
        cwd=PACKAGES, env=env, capture_output=True, text=True, check=False, timeout=300,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return sorted(line for line in result.stdout.splitlines() if "db/ports.py" in line)


def test_the_helpers_messages_do_not_depend_on_which_files_are_linted_or_on_jobs():
    alone = _run(1, [HELPERS])
    everything = sorted(PROJECT.rglob("*.py"))
    assert len(alone) == len(annotated_lines(HELPERS))
    assert _run(2, everything) == alone
    assert _run(1, reversed(everything)) == alone
