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

"""neutron-lib's retry_if_session_inactive called first thing in a caller's new transaction.

test_fixtures/packages/inactive_retry is a neutron-like project: its
db/floatingips.py plugin methods are retried by neutron-lib's decorator,
and the calls that decide whether the retry runs inside a transaction are
RPC endpoints in rpc.py calling whatever plugin is loaded. Only
db/floatingips.py is linted, as a developer lints the file they changed.
"""

from pathlib import Path

import astroid

from pylint_oslo_review.enginefacade.retries import inactive_retry_decorator
from tests.lint import annotated_lines, lint

ROOT = Path(__file__).resolve().parent.parent.parent
PROJECT = ROOT / "test_fixtures" / "packages" / "inactive_retry"
MIXIN = PROJECT / "db" / "floatingips.py"
SYMBOL = "enginefacade-retry-inside-transaction"


def _messages(paths):
    return lint(paths, "--disable=all", f"--enable={SYMBOL}")


def test_a_retried_method_called_first_in_an_endpoints_writer_is_reported_at_its_decorator():
    found = {(m.line, m.symbol) for m in _messages([MIXIN])}
    assert found == annotated_lines(MIXIN)


def test_the_message_names_the_call():
    texts = {m.line: m.msg for m in _messages([MIXIN])}
    assert texts[26] == (
        "Called first at rpc.py:39 in the WRITER transaction opened at line 36 on 'context': the decorator "
        "retries 'update_floatingip_status' inside that failed transaction; retry where the scope opens"
    )


def test_linting_the_whole_project_adds_nothing():
    modules = sorted(PROJECT.rglob("*.py"))
    found = {(Path(m.path).name, m.line, m.symbol) for m in _messages(modules)}
    assert found == {(MIXIN.name, line, symbol) for line, symbol in annotated_lines(MIXIN)}


_DECORATOR = '''
import functools

def is_session_active(session):
    return bool(session.get_transaction())

def retry_if_session_inactive(context_var_name='context'):
    def decorator(f):
        @functools.wraps(f)
        def wrapped(*args, **kwargs):
            context = kwargs.get(context_var_name)
            if context.session and {test}:
                return f(*args, **kwargs)
            return f(*args, **kwargs)
        return wrapped
    return decorator

@retry_if_session_inactive()
def update(context):
    pass
'''


def _decorated(test):
    module = astroid.parse(_DECORATOR.format(test=test), module_name="neutron_lib.db.api")
    return module.body[-1]


def test_the_decorator_of_neutron_lib_2_21_on_is_recognised():
    assert inactive_retry_decorator(_decorated("is_session_active(context.session)")) is not None


def test_an_older_decorator_testing_is_active_is_not():
    """Before 2.21 (autocommit sessions) session.is_active is true inside any scope: nesting-safe."""
    assert inactive_retry_decorator(_decorated("context.session.is_active")) is None
