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

"""Queries escaping a scope that the module's callers join (enginefacade/unscoped_callers.py).

test_fixtures/packages/escaping_queries is neutron's objects/db/api.py
before c2786554ad: its scopes are joined by writer scopes of callers in
the module, and whether a query escapes is decided in the other modules
(a callback that holds no scope, a new context, a caller that may be given
one, tests). Only objects/db/api.py is linted, as a developer lints the
file they changed: the callers are read from the tree.
"""

from pathlib import Path

from tests.lint import annotated_lines, lint

ROOT = Path(__file__).resolve().parent.parent.parent
PROJECT = ROOT / "test_fixtures" / "packages" / "escaping_queries"
API = PROJECT / "objects" / "db" / "api.py"
SYMBOL = "enginefacade-query-escapes-scope"


def _messages(paths):
    return lint(paths, "--disable=all", f"--enable={SYMBOL}")


def test_queries_escaping_for_a_caller_elsewhere_are_reported_and_only_those():
    found = {(m.line, m.symbol) for m in _messages([API])}
    assert found == annotated_lines(API)


def test_the_message_names_the_caller_that_holds_no_scope():
    texts = {m.line: m.msg for m in _messages([API])}
    assert texts[22] == (
        "Returning the unrun query 'query' out of the scope on 'context' at line 20 (from "
        "validate_rbac_policy_create() at pools.py:26): it runs outside the transaction; run it inside "
        "(.all(), .first())"
    )
    assert "(from sync_pools())" in texts[68]


def test_linting_the_whole_project_reports_the_same():
    """The callers' modules linted too: nothing else, the same messages in api.py."""
    modules = sorted(PROJECT.rglob("*.py"))
    found = {(Path(m.path).name, m.line) for m in _messages(modules)}
    assert found == {("api.py", line) for line, _symbol in annotated_lines(API)}
