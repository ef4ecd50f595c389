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

"""Whether a call runs before its scope has done anything on the session.

A scope that has just opened has begun a ``SessionTransaction`` with no
connection and no pending objects (oslo.db ``_session`` calls
``session.begin()``; SQLAlchemy connects on the first statement), which is
what neutron-lib's ``is_session_active`` reads as inactive (``retries``).
A call is first in its scope when, from the scope's opening to the call
(the call's own arguments included), nothing can have touched the session:
no other mention of the context, and no call but logging, builtins and
plain container methods. Anything else may have run a statement: unknown,
so no.
"""

from __future__ import annotations

import builtins

from astroid import nodes

from pylint_oslo_review.enginefacade.openings import Opening

_LOGGERS = frozenset({"LOG", "LOGGER", "log", "logger"})
_CONTAINER_METHODS = frozenset(
    {"items", "keys", "values", "get", "copy", "append", "extend", "add", "setdefault", "format", "join", "split"}
)
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_")) - {"exec", "eval", "input"}


def runs_first(function: nodes.FunctionDef, opening: Opening, call: nodes.Call, context: str) -> bool:
    """Whether *call* runs in *opening*'s scope (of *function*) before anything there can have used *context*."""
    base = context.partition(".")[0]
    region = opening.block.body if opening.block is not None else function.body
    start = (call.lineno, call.col_offset)
    for statement in region:
        if (statement.lineno, statement.col_offset) > start:
            break
        for node in statement.nodes_of_class((nodes.Name, nodes.Call)):
            inside = node is not call and _within(node, call)
            if not inside and (node.lineno, node.col_offset) >= start:
                continue
            if isinstance(node, nodes.Name):
                if node.name == base and not _passed_to(node, call):
                    return False
            elif node is not call and not _harmless(node, base):
                return False
    return True


def _passed_to(name: nodes.Name, call: nodes.Call) -> bool:
    """*name* is an argument of *call* as it is (``f(context)``, ``f(context=context)``)."""
    parent = name.parent
    return (parent is call and name in call.args) or (isinstance(parent, nodes.Keyword) and parent.parent is call)


def _within(node: nodes.NodeNG, ancestor: nodes.NodeNG) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


def _harmless(call: nodes.Call, base: str) -> bool:
    """A call that cannot run a statement: logging, a builtin, a container method."""
    func = call.func
    if isinstance(func, nodes.Name):
        return func.name in _BUILTINS or func.name == "_"
    if not isinstance(func, nodes.Attribute):
        return False
    receiver = func.expr
    if isinstance(receiver, nodes.Name) and receiver.name in _LOGGERS:
        return True
    if func.attrname in _CONTAINER_METHODS:
        return not any(n.name == base for n in receiver.nodes_of_class(nodes.Name))
    return False
