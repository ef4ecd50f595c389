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

"""Which scope's session an expression is, and what a call does with it.

Inside a scope the session is reached as ``<context>.session``, as the
``as`` name of ``with <manager>.using(context) as session:``, or through a
local assigned from one of those once. Recognising them by these shapes
keeps inference away from SQLAlchemy (slow, and not needed: the scope model
already says which context, hence which transaction, a session belongs to).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from astroid import nodes

from pylint_oslo_review.enginefacade.openings import Opening, context_key
from pylint_oslo_review.spelling import terminal_name

if TYPE_CHECKING:
    from pylint_oslo_review.enginefacade.summaries import Facts

#: Session methods that change the database (SQLAlchemy ``Session``).
SESSION_WRITES = frozenset(
    {
        "add",
        "add_all",
        "delete",
        "merge",
        "bulk_save_objects",
        "bulk_insert_mappings",
        "bulk_update_mappings",
    }
)
#: Query methods that issue an UPDATE/DELETE (``soft_delete`` is oslo.db's,
#: oslo_db/sqlalchemy/orm.py).
QUERY_WRITES = frozenset({"update", "delete", "soft_delete"})
#: SQL constructs that change rows, as ``session.execute()`` arguments.
DML = frozenset({"insert", "update", "delete"})


@dataclass(frozen=True)
class Write:
    """A database change made through the session of a scope."""

    node: nodes.Call
    context: str
    what: str


def session_context(facts: Facts, expression: nodes.NodeNG, depth: int = 0) -> str | None:
    """The context whose session *expression* is, or None."""
    if isinstance(expression, nodes.Attribute) and expression.attrname == "session":
        return context_key(expression.expr)
    if not isinstance(expression, nodes.Name) or depth > 2:
        return None
    named = named_opening(facts, expression)
    if named is not None:
        return named.context
    assignments = facts.function.locals.get(expression.name, [])
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return None
    statement = assignments[0].parent
    if isinstance(statement, nodes.Assign) and len(statement.targets) == 1:
        return session_context(facts, statement.value, depth + 1)
    return None


def named_opening(facts: Facts, name: nodes.Name) -> Opening | None:
    """The ``with ... as <name>`` block of the function that *name* is read in.

    Its ``as`` name is the session, or the connection of a ``.connection``
    scope (``opening.manager.connection``).
    """
    for opening in facts.blocks:
        if opening.session_name == name.name and _inside(name, opening.block):
            return opening
    return None


def _inside(node: nodes.NodeNG, block: nodes.With | None) -> bool:
    if block is None:
        return False
    while node is not None and node is not block:
        if node.parent is block and node in block.body:
            return True
        node = node.parent
    return False


def _chain_calls(expression: nodes.NodeNG) -> list[nodes.Call]:
    """``a.b(...).c(...)``: the calls of a method chain, innermost first."""
    found = []
    while isinstance(expression, nodes.Call):
        found.append(expression)
        func = expression.func
        expression = func.expr if isinstance(func, nodes.Attribute) else None
    return found[::-1]


def query_context(facts: Facts, expression: nodes.NodeNG) -> str | None:
    """The context of a query chain: ``<session>.query(...)...`` or ``model_query(ctx, ...)...``."""
    chain = _chain_calls(expression)
    if not chain:
        return None
    first = chain[0]
    func = first.func
    if isinstance(func, nodes.Attribute) and func.attrname == "query":
        return session_context(facts, func.expr)
    name = terminal_name(first)
    if name is not None and "query" in name and first.args:
        # model_query(context, ...), _instance_get_all_query(context, ...):
        # project helpers that build a query on context.session.
        return context_key(first.args[0])
    return None


def _is_dml(expression: nodes.NodeNG) -> bool:
    """``insert(t)``, ``t.update().where(...)``, ``sa.delete(t).where(...)``."""
    chain = _chain_calls(expression)
    return bool(chain) and terminal_name(chain[0]) in DML


def write(facts: Facts, call: nodes.Call) -> Write | None:
    """The change *call* makes through a scope's session, if it is one."""
    func = call.func
    if not isinstance(func, nodes.Attribute):
        return None
    name = func.attrname
    if name in SESSION_WRITES and not isinstance(func.expr, nodes.Call):
        context = session_context(facts, func.expr)
        return Write(call, context, f"session.{name}()") if context else None
    if name == "execute" and call.args and _is_dml(call.args[0]):
        context = session_context(facts, func.expr)
        what = f"session.execute({terminal_name(_chain_calls(call.args[0])[0])}(...))"
        return Write(call, context, what) if context else None
    if name in QUERY_WRITES and isinstance(func.expr, nodes.Call):
        context = query_context(facts, func.expr)
        return Write(call, context, f"query.{name}()") if context else None
    if name == "save" and len(call.args) == 1 and not call.keywords:
        context = session_context(facts, call.args[0])
        return Write(call, context, f"{func.expr.as_string()}.save(session)") if context else None
    return None
