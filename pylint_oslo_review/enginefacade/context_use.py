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

"""How a function body uses its parameters as a request context.

A transaction scope is opened on one parameter; the body then reaches the
transaction through ``<context>.session`` (or ``.connection``,
``.transaction``, ``.transaction_ctx``; enginefacade.py L1255-1264). When
the body reads the session of a *different* parameter and never uses the
scoped one as a context, the scope and the session belong to different
objects: the session read raises ``NoEngineContextEstablished`` unless some
outer scope happens to cover it, and the decorator's transaction is useless.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from astroid import nodes

#: Context attributes that exist only inside a scope (enginefacade.py
#: L1200-1240: they raise NoEngineContextEstablished outside one).
SCOPED_ATTRIBUTES = frozenset({"session", "connection", "transaction", "transaction_ctx"})


@dataclass(frozen=True)
class SessionRead:
    """``<name>.session`` (or another scoped attribute) read in a body."""

    name: str
    node: nodes.Attribute


def _names(body: list[nodes.NodeNG], name: str | None = None) -> Iterator[nodes.Name]:
    for statement in body:
        for node in statement.nodes_of_class(nodes.Name):
            if name is None or node.name == name:
                yield node


def session_reads(func: nodes.FunctionDef) -> Iterator[SessionRead]:
    """Every ``<parameter or name>.session``-style read in *func*'s body."""
    for name in _names(func.body):
        parent = name.parent
        if (
            isinstance(parent, nodes.Attribute)
            and parent.expr is name
            and parent.attrname in SCOPED_ATTRIBUTES
        ):
            yield SessionRead(name.name, parent)


def _is_neutral_use(name: nodes.Name) -> bool:
    """A use of a value that cannot hand it on as a request context.

    Reading a non-scoped attribute or calling a method on it, subscripting
    it, iterating over it, comparing or testing it, or passing it under a
    keyword that does not name a context: none of these passes the object on
    as a context. Everything else (a positional argument, an assignment, a
    return, a container element, ...) might.
    """
    parent = name.parent
    if isinstance(parent, nodes.Attribute) and parent.expr is name:
        return parent.attrname not in SCOPED_ATTRIBUTES
    if isinstance(parent, nodes.Subscript) and parent.value is name:
        return True
    if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is name:
        return True
    if isinstance(parent, nodes.Call) and parent.func is name:
        return True
    if isinstance(parent, nodes.Keyword):
        # f(uuid=uuid) hands the value on as a uuid, not as a context.
        return not looks_like_context_name(parent.arg)
    if isinstance(parent, (nodes.If, nodes.While, nodes.IfExp)) and parent.test is name:
        return True
    return isinstance(parent, (nodes.Compare, nodes.UnaryOp))


def looks_like_context_name(name: str | None) -> bool:
    """Keyword names under which OpenStack code passes a request context."""
    if name is None:
        return True
    lowered = name.lower()
    return any(part in lowered for part in ("context", "ctx"))


def may_be_used_as_context(func: nodes.FunctionDef, name: str) -> bool:
    """Whether the body may use parameter *name* as a request context."""
    for statement in func.body:
        for node in statement.nodes_of_class(nodes.AssignName):
            if node.name == name:
                return True  # rebound: later uses are about something else
    return not all(_is_neutral_use(use) for use in _names(func.body, name))
