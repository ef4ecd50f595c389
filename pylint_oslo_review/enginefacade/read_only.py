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

"""Whether a function provably only reads through its context's session.

Proven by shape, with nothing left to inference: the context parameter is
used only as ``<context>.session.query(...)``, every method called on that
query (or on a local holding one) is a read (``filter``, ``join``,
``first``, ``all``, ``count``...; not ``update``, ``delete`` nor
``with_for_update``, whose row locks are a reason for a writer), the rows
it returns are never handed to a call, and the function assigns no
attribute or item and deletes nothing (a change to a loaded row is flushed
when a writer commits). A function that passes its context anywhere else,
opens a ``with`` block or yields is not proven.
"""

from __future__ import annotations

from astroid import nodes

from pylint_oslo_review.enginefacade.openings import own_nodes

#: Query methods that build or run a SELECT and change nothing.
READ_METHODS = frozenset(
    {
        "query", "filter", "filter_by", "join", "outerjoin", "options", "order_by", "group_by",
        "having", "distinct", "limit", "offset", "first", "all", "one", "one_or_none", "scalar",
        "count", "get", "exists", "subquery", "with_entities", "select_from", "params",
        "add_columns", "correlate", "scalar_subquery", "union", "union_all", "enable_eagerloads",
    }
)
#: Methods that leave a query (rows, a value); their result is data, not a query.
_RESULT_METHODS = frozenset({"first", "all", "one", "one_or_none", "scalar", "count", "get", "exists"})


def _chain(expression: nodes.NodeNG) -> tuple[nodes.NodeNG, list[nodes.Call]]:
    """(the root, the method calls innermost first) of ``root.m1(...).m2(...)``."""
    calls = []
    while isinstance(expression, nodes.Call) and isinstance(expression.func, nodes.Attribute):
        calls.append(expression)
        expression = expression.func.expr
    return expression, calls[::-1]


def _session_of(node: nodes.NodeNG, context: str) -> bool:
    return isinstance(node, nodes.Attribute) and node.attrname == "session" and node.expr.as_string() == context


class _Proof:
    def __init__(self, function: nodes.FunctionDef, context: str) -> None:
        self.function = function
        self.context = context
        self.queries: set[str] = set()  # locals holding a query
        self.rows: set[str] = set()  # locals holding what a query returned
        self.allowed_calls: set[int] = set()

    def query_expression(self, expression: nodes.NodeNG) -> str | None:
        """'query' or 'rows' when *expression* is a read-only chain on the session, else None."""
        root, calls = _chain(expression)
        if not calls:
            return "query" if isinstance(root, nodes.Name) and root.name in self.queries else None
        if _session_of(root, self.context):
            if calls[0].func.attrname != "query":
                return None
        elif not (isinstance(root, nodes.Name) and root.name in self.queries):
            return None
        if any(call.func.attrname not in READ_METHODS for call in calls):
            return None
        self.allowed_calls.update(id(call) for call in calls)
        return "rows" if calls[-1].func.attrname in _RESULT_METHODS else "query"

    def holds(self) -> bool:
        body = list(own_nodes(self.function))
        for node in body:
            if isinstance(node, (nodes.With, nodes.Yield, nodes.YieldFrom, nodes.Delete, nodes.AssignAttr)):
                return False
            if isinstance(node, nodes.Subscript) and getattr(node.ctx, "name", "") in ("Store", "Del"):
                return False
            if isinstance(node, nodes.AugAssign) and not isinstance(node.target, nodes.AssignName):
                return False
            if isinstance(node, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
                return False  # a closure may use the context later
        if not self._classify(body):
            return False
        return self._uses_are_reads(body)

    def _classify(self, body) -> bool:
        """Sort the locals assigned from query chains; a local both ways is not proven."""
        for node in body:
            if isinstance(node, nodes.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], nodes.AssignName):
                kind = self.query_expression(node.value)
                name = node.targets[0].name
                if kind == "query":
                    self.queries.add(name)
                elif kind == "rows":
                    self.rows.add(name)
        return not (self.queries & self.rows)

    def _uses_are_reads(self, body) -> bool:
        for node in body:
            if isinstance(node, nodes.Name) and node.name == self.context:
                if not _session_of(node.parent, self.context):
                    return False
                chain_call = node.parent.parent
                if not (isinstance(chain_call, nodes.Attribute) and chain_call.attrname == "query"):
                    return False
            if isinstance(node, nodes.Call):
                if id(node) in self.allowed_calls:
                    continue
                if self.query_expression(node) is not None:
                    continue
                root, _ = _chain(node)
                if _session_of(root, self.context) or self._is_data(root):
                    return False  # a method that is no read, on the session's query or its rows
                if isinstance(node.func, nodes.Attribute) and self._is_data(node.func.expr):
                    return False  # a method of a query or of loaded rows
                arguments = [*node.args, *(k.value for k in node.keywords or ())]
                if any(isinstance(a, nodes.Name) and a.name in self.rows for a in arguments):
                    return False  # loaded rows handed to code that may change them
        # every query built must be one of the allowed read chains
        for node in body:
            if isinstance(node, nodes.Attribute) and _session_of(node, self.context):
                parent = node.parent
                if not (isinstance(parent, nodes.Attribute) and parent.attrname == "query"):
                    return False
                if id(parent.parent) not in self.allowed_calls:
                    return False
        return True

    def _is_data(self, node: nodes.NodeNG) -> bool:
        return isinstance(node, nodes.Name) and node.name in (self.queries | self.rows)


def only_reads(function: nodes.FunctionDef, context: str) -> bool:
    """Whether *function* provably only reads through ``<context>.session`` (see the module docstring)."""
    proof = _Proof(function, context)
    return proof.holds() and bool(proof.allowed_calls)
