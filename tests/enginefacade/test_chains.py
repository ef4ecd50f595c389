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
"""Folding manager chains the way _TransactionContextManager._clone does."""

import astroid
import pytest

from pylint_oslo_review.enginefacade.chains import Mode, fold

CODE = '''
from oslo_db.sqlalchemy import enginefacade
main = enginefacade.transaction_context()
api = enginefacade.transaction_context()
WRITER = main.writer
'''


def _fold(expression):
    module = astroid.parse(CODE + "def probe():\n    " + expression + "\n", "chained")
    return fold(module.body[-1].body[0].value)


@pytest.mark.parametrize(
    "expression, root, mode, flags",
    [
        ("main.reader", "chained.main", Mode.READER, {}),
        ("api.writer", "chained.api", Mode.WRITER, {}),
        ("WRITER", "chained.main", Mode.WRITER, {}),
        ("WRITER.independent", "chained.main", Mode.WRITER, {"independent": True}),
        ("main.reader.allow_async", "chained.main", Mode.READER, {"allow_async": True}),
        ("main.reader.async_", "chained.main", Mode.ASYNC_READER, {}),
        ("main.writer.savepoint", "chained.main", Mode.WRITER, {"savepoint": True}),
        ("main.writer.connection", "chained.main", Mode.WRITER, {"connection": True}),
        ("enginefacade.writer", "oslo_db.sqlalchemy.enginefacade:global", Mode.WRITER, {}),
    ],
)
def test_valid_chains_fold_to_their_flags(expression, root, mode, flags):
    folded = _fold(expression)
    assert folded.problems == ()
    assert folded.manager.root == root
    assert folded.manager.mode is mode
    for flag in ("independent", "savepoint", "connection", "allow_async"):
        assert getattr(folded.manager, flag) is flags.get(flag, False), flag


@pytest.mark.parametrize(
    "expression, kind, text",
    [
        ("main.writer.async_", "invalid", "TypeError('Setting async on a WRITER makes no sense')"),
        ("main.writer.allow_async", "invalid", "TypeError('Setting async on a WRITER makes no sense')"),
        ("main.writer.independent.savepoint", "invalid",
         "TypeError('setting savepoint and independent makes no sense.')"),
        ("main.writer.savepoint.independent", "dropped",
         ".independent after .savepoint builds a new manager without savepoint"),
        ("main.reader.allow_async.connection", "dropped",
         ".connection after .allow_async builds a new manager without allow_async"),
    ],
)
def test_broken_chains_report_what_oslo_db_does(expression, kind, text):
    folded = _fold(expression)
    assert [(p.kind, p.text) for p in folded.problems] == [(kind, text)]


def test_a_dropped_flag_is_really_gone():
    folded = _fold("main.writer.savepoint.independent")
    assert folded.manager.savepoint is False
    assert folded.manager.independent is True


@pytest.mark.parametrize("expression", ["something.reader", "len", "main.reader.using"])
def test_what_is_not_a_manager_folds_to_nothing(expression):
    assert _fold(expression) is None
