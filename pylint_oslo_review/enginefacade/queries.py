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

"""Which expressions are a SQLAlchemy ``Query`` not yet run, and on whose session.

A ``Query`` runs its SQL only when it is iterated or asked for rows
(``.all()``, ``.first()``, ``.one()``, ``.count()``, ...). Its builder
methods (``.filter()``, ``.order_by()``, ...) return a new ``Query`` on the
same session. So a query is *lazy* when it is

- ``<session>.query(...)`` on the session of a scope (``sessions``),
- a builder method called on a lazy query,
- a local name whose every assignment is a lazy query (``query =
  query.filter(...)`` refers to itself), or
- a call of a function (resolved by inference) whose every ``return`` gives
  a lazy query built on one of its parameters: a context (nova's
  ``model_query(context, ...)``), a session (oslo.db's
  ``utils.model_query(model, session)``, which nova's calls), or a query
  (oslo.db's ``_read_deleted_filter(query, ...)``);
- a call of one of neutron-lib's query builders (``LIBRARY_HELPERS``),
  whose bodies pass the query through hooks that cannot be followed but
  that return a query by contract.

Anything else (a method that runs the query, an unknown helper, a value
built differently on some path) is not a lazy query: silence.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.analysis.bounded_memo import BoundedMemo
from pylint_oslo_review.enginefacade import sessions
from pylint_oslo_review.enginefacade.openings import context_key, own_nodes
from pylint_oslo_review.enginefacade.summaries import Facts

#: ``Query`` methods that return another ``Query`` without running SQL
#: (sqlalchemy/orm/query.py, the ``@_generative`` methods).
BUILDERS = frozenset(
    {
        "filter",
        "filter_by",
        "join",
        "outerjoin",
        "options",
        "order_by",
        "group_by",
        "having",
        "limit",
        "offset",
        "slice",
        "distinct",
        "with_entities",
        "add_columns",
        "add_entity",
        "select_from",
        "with_for_update",
        "execution_options",
        "params",
        "yield_per",
        "populate_existing",
        "enable_eagerloads",
        "correlate",
        "union",
        "union_all",
        "reset_joinpoint",
        "with_hint",
    }
)
_MAX_DEPTH = 16
_MAX_HELPER_NESTING = 5


@dataclass(frozen=True)
class Source:
    """What a lazy query is built on.

    ``kind`` is ``"context"`` (the session of the scope on the context
    ``key``), or, inside a helper, ``"session"`` / ``"query"``: the session,
    or the query, passed in the parameter ``key``.
    """

    kind: str
    key: str


#: Library functions documented to return a Query not yet run, and the
#: parameter it is built on. neutron_lib/db/model_query.py:
#: ``query_with_hooks`` ("returns: The query with hooks applied to it",
#: ``context.session.query(...)`` passed through the registered query
#: hooks), ``get_collection_query`` ("returns: A paginated query", the same
#: query through ``apply_filters`` and oslo.db's ``paginate_query``) and
#: ``apply_filters`` ("returns: The query with filters applied to it").
LIBRARY_HELPERS = {
    "neutron_lib.db.model_query.query_with_hooks": Source("context", "context"),
    "neutron_lib.db.model_query.get_collection_query": Source("context", "context"),
    "neutron_lib.db.model_query.apply_filters": Source("query", "query"),
}

#: The local being defined, met again in its own definition.
_ITSELF = Source("itself", "")
_HELPERS: BoundedMemo[nodes.FunctionDef, Source | None] = BoundedMemo()


def lazy_query_context(facts: Facts, expression: nodes.NodeNG) -> str | None:
    """The context whose session the lazy query *expression* is on, or None.

    *facts* are the scope facts of the function *expression* is in: they
    say whose session a name is.
    """
    source = _source(facts, expression, 0)
    return source.key if source is not None and source.kind == "context" else None


def _source(
    facts: Facts,
    expression: nodes.NodeNG | None,
    depth: int,
    visiting: frozenset[str] = frozenset(),
    nesting: int = 0,
) -> Source | None:
    """What the lazy query *expression* is built on, or None.

    *depth* bounds the expression walk in one function; *visiting* holds
    the locals whose assignments are being read (``query = f(query)``
    refers to the value being defined); *nesting* counts helpers.
    """
    if depth > _MAX_DEPTH or expression is None:
        return None
    if isinstance(expression, nodes.Name):
        return _name_source(facts, expression, depth, visiting, nesting)
    if isinstance(expression, nodes.IfExp):
        return _same(
            _source(facts, expression.body, depth + 1, visiting, nesting),
            _source(facts, expression.orelse, depth + 1, visiting, nesting),
        )
    if not isinstance(expression, nodes.Call):
        return None
    func = expression.func
    if isinstance(func, nodes.Attribute) and func.attrname in BUILDERS:
        return _source(facts, func.expr, depth + 1, visiting, nesting)
    if isinstance(func, nodes.Attribute) and func.attrname == "query":
        return _session_source(facts, func.expr)
    return _helper_source(facts, expression, depth, visiting, nesting)


def _same(first: Source | None, second: Source | None) -> Source | None:
    return first if first is not None and first == second else None


def _session_source(facts: Facts, expression: nodes.NodeNG) -> Source | None:
    """A session: a scope's (by its context), or the helper's parameter."""
    context = sessions.session_context(facts, expression)
    if context is not None:
        return Source("context", context)
    if isinstance(expression, nodes.Name) and _is_parameter(facts, expression.name):
        return Source("session", expression.name)
    return None


def _is_parameter(facts: Facts, name: str) -> bool:
    """A parameter of the function, never reassigned in it."""
    return name in facts.function.argnames() and len(facts.function.locals.get(name, ())) == 1


def _name_source(
    facts: Facts, name: nodes.Name, depth: int, visiting: frozenset[str], nesting: int
) -> Source | None:
    """A parameter (a query passed in), or a local whose every assignment is a lazy query."""
    if name.name in visiting:
        return _ITSELF
    if _is_parameter(facts, name.name):
        return Source("query", name.name)
    found = set()
    for assigned in facts.function.locals.get(name.name, []):
        statement = assigned.parent
        if isinstance(statement, nodes.Arguments):
            found.add(Source("query", name.name))  # a query passed in, then refined
            continue
        if not (
            isinstance(assigned, nodes.AssignName)
            and isinstance(statement, nodes.Assign)
            and len(statement.targets) == 1
        ):
            return None
        source = _source(facts, statement.value, depth + 1, visiting | {name.name}, nesting)
        if source is None:
            return None
        if source is not _ITSELF:  # query = query.filter(...): as lazy as the rest
            found.add(source)
    return found.pop() if len(found) == 1 else None


def _helper_source(
    facts: Facts, call: nodes.Call, depth: int, visiting: frozenset[str], nesting: int
) -> Source | None:
    """A call of a helper returning a lazy query, seen from the caller.

    ``model_query(context, ...)`` is on the caller's context,
    oslo.db's ``utils.model_query(model, session)`` on the session the
    caller passes, ``_read_deleted_filter(query, ...)`` on the query.
    """
    found = calls.callee(call)
    if found is None:
        return None
    function, implicit = found
    inner = LIBRARY_HELPERS.get(function.qname()) or _helper(function, nesting)
    argument = _argument(call, function, implicit, inner.key) if inner is not None else None
    if argument is None:
        return None
    if inner.kind == "context":
        key = context_key(argument)
        return Source("context", key) if key is not None else None
    if inner.kind == "session":
        return _session_source(facts, argument)
    return _source(facts, argument, depth + 1, visiting, nesting)


def _argument(call: nodes.Call, function: nodes.FunctionDef, implicit: int, name: str) -> nodes.NodeNG | None:
    """The argument *call* passes to the parameter *name*, if written out.

    Unlike ``calls.bind``, other arguments may be ``*args``/``**kwargs``
    (nova's ``model_query`` passes ``**query_kwargs``): only the arguments
    before any starred one are matched to positions.
    """
    for keyword in call.keywords or ():
        if keyword.arg == name:
            return keyword.value
    params = [param.name for param in calls.positional_parameters(function)[implicit:]]
    if name not in params:
        return None
    index = params.index(name)
    written = []
    for argument in call.args:
        if isinstance(argument, nodes.Starred):
            break
        written.append(argument)
    return written[index] if index < len(written) else None


def _helper(function: nodes.FunctionDef, nesting: int) -> Source | None:
    """What every ``return`` of *function* builds its lazy query on, if they agree.

    Read from its own body (whatever the caller's depth), once per
    *nesting* level, which bounds helpers reading helpers (and recursive
    helpers): cached per level, the answer does not depend on which
    caller asked first (analysis.bounded_memo).
    """
    if nesting > _MAX_HELPER_NESTING:
        return None
    return _HELPERS.get(function, nesting, lambda: _read_helper(function, nesting))


def _read_helper(function: nodes.FunctionDef, nesting: int) -> Source | None:
    facts = Facts(function, None, [])
    found = set()
    for returned in own_nodes(function):
        if not isinstance(returned, nodes.Return):
            continue
        source = _source(facts, returned.value, 0, nesting=nesting + 1)
        if source is None or "." in source.key or source.key not in function.argnames():
            return None
        found.add(source)
    return found.pop() if len(found) == 1 else None
