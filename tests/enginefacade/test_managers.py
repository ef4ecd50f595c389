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
"""Managers reached through accessors and local variables."""

import astroid
import pytest

from pylint_oslo_review.enginefacade.chains import Manager, Mode
from pylint_oslo_review.enginefacade.managers import resolve, with_spelled_modifiers

CODE = '''
from oslo_db.sqlalchemy import enginefacade
_MANAGER = None

def get_context_manager():
    global _MANAGER
    if _MANAGER is None:
        _MANAGER = enginefacade.transaction_context()
    return _MANAGER

main = enginefacade.transaction_context()

def for_context(context):
    return getattr(context, 'db_connection', None) or main

CONTEXT_READER = get_context_manager().reader
'''


def _resolve(expression, context="context"):
    probe = "def probe(context, other):\n    mgr = for_context(context)\n    " + expression + "\n"
    module = astroid.parse(CODE + probe, "accessors")
    return resolve(module.body[-1].body[-1].value, context)


@pytest.mark.parametrize(
    "expression, root, mode, independent",
    [
        ("CONTEXT_READER", "accessors.get_context_manager()", Mode.READER, False),
        ("get_context_manager().writer.independent", "accessors.get_context_manager()", Mode.WRITER, True),
        ("for_context(context).writer", "accessors.for_context(<context>)", Mode.WRITER, False),
        ("mgr.reader", "accessors.for_context(<context>)", Mode.READER, False),
        ("main.reader", "accessors.main", Mode.READER, False),
    ],
)
def test_accessors_and_locals_resolve_to_their_root(expression, root, mode, independent):
    manager = _resolve(expression)
    assert (manager.root, manager.mode, manager.independent) == (root, mode, independent)


def test_a_context_dependent_root_needs_the_same_context():
    assert _resolve("for_context(other).writer") is None


def test_allow_async_survives_only_last():
    assert _resolve("main.reader.allow_async").allow_async is True
    assert _resolve("get_context_manager().reader.allow_async.independent").allow_async is False


@pytest.mark.parametrize(
    "expression, mode, independent, connection",
    [
        ("db_api.api_context_manager.reader", Mode.READER, False, False),
        ("api_context_manager.writer.independent", Mode.WRITER, True, False),
        ("api_context_manager.reader.connection.using(context)", Mode.READER, False, True),
        ("api_context_manager.writer.reader", Mode.READER, False, False),
        ("api_context_manager", Mode.NONE, False, False),
        ("helper(context)", Mode.NONE, False, False),
    ],
)
def test_spelled_modifiers_give_an_unknown_root_its_flags(expression, mode, independent, connection):
    """A manager known only by name: the modifiers written say the flags, the root stays unknown."""
    node = astroid.extract_node(expression)
    manager = with_spelled_modifiers(Manager(root="<unknown: x>"), node)
    assert (manager.root, manager.mode, manager.independent, manager.connection) == (
        "<unknown: x>",
        mode,
        independent,
        connection,
    )
