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

"""oslo.db's retry decorator, and whether a retry can start a new transaction.

``oslo_db.api.wrap_db_retry(...)`` re-calls the decorated function when it
raises an expected error (``__call__``'s ``while True: try: return
f(*args, **kwargs)``, oslo_db/api.py). It knows nothing of transactions:
when the function runs inside a transaction its caller opened on the same
context, its own scope joins that transaction (same root, not
``.independent``, enginefacade.py ``_transaction_scope_impl``) and the
retry runs again in the transaction the error happened in. That
transaction cannot give a different answer: a deadlock or a lost
connection has already rolled it back on the server, PostgreSQL refuses
every statement after an error, and MySQL's REPEATABLE READ re-reads the
same snapshot (placement's fix a6f0285778, "Retry new transaction on
failure"). A ``.savepoint`` scope rolls back only to its savepoint, and an
``.independent`` one (or one of another root) starts its own transaction:
a retry of those can work.

neutron-lib's ``retry_if_session_inactive`` means to be nesting-safe: it
calls the function without the retry when ``is_session_active(context.session)``
(neutron_lib/db/api.py). Since neutron-lib 2.21 (sessions without
autocommit) that test does not ask whether a scope is open: it asks whether
the transaction has pending objects (2.21, 3.0) or a connection (3.1 on,
``session.get_transaction()._connections``). A scope that has just opened
has neither, so a call made before the scope has run anything on the
session is retried inside it (neutron 31a15fdd6d removed the decorator
from ``update_floatingip_status``, called first thing in l3_rpc's writer).
Older neutron-libs tested ``context.session.is_active``, true inside any
scope of an autocommit session: their decorator is not recognised.
"""

from __future__ import annotations

from astroid import bases, nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.enginefacade.openings import _UNKNOWN_ROOT
from pylint_oslo_review.enginefacade.summaries import Facts, Transaction

_RETRY_CLASS = "oslo_db.api.wrap_db_retry"
_INACTIVE_RETRY = "neutron_lib.db.api.retry_if_session_inactive"
_SESSION_TEST = "is_session_active"


def retry_decorator(function: nodes.FunctionDef) -> nodes.NodeNG | None:
    """The ``@wrap_db_retry(...)`` decorator of *function* (or a name bound to one), or None."""
    for decorator in function.decorators.nodes if function.decorators else ():
        inferred = safe_infer(decorator)
        if isinstance(inferred, bases.Instance) and inferred.pytype() == _RETRY_CLASS:
            return decorator
    return None


def inactive_retry_decorator(function: nodes.FunctionDef) -> tuple[nodes.Call, str] | None:
    """``@retry_if_session_inactive(...)`` on *function*, and the parameter it reads the context from.

    Only neutron-lib's, and only one that tests the session with
    ``is_session_active`` (2.21 on): see the module docstring.
    """
    for decorator in function.decorators.nodes if function.decorators else ():
        if not isinstance(decorator, nodes.Call) or _called_name(decorator) != _INACTIVE_RETRY.rpartition(".")[2]:
            continue  # a spelling test first: inference of every decorator costs
        inferred = safe_infer(decorator.func)
        if not isinstance(inferred, nodes.FunctionDef) or inferred.qname() != _INACTIVE_RETRY:
            continue
        if not any(_called_name(call) == _SESSION_TEST for call in inferred.nodes_of_class(nodes.Call)):
            return None
        parameter = _context_var_name(decorator)
        if parameter is None or parameter not in function.argnames():
            return None
        return decorator, parameter
    return None


def _called_name(call: nodes.Call) -> str | None:
    func = call.func
    if isinstance(func, nodes.Name):
        return func.name
    return func.attrname if isinstance(func, nodes.Attribute) else None


def _context_var_name(decorator: nodes.Call) -> str | None:
    """The decorator's ``context_var_name`` (``'context'`` unless given), or None when not a literal."""
    given = [*decorator.args[:1], *(k.value for k in decorator.keywords or () if k.arg == "context_var_name")]
    if not given:
        return "context"
    if len(given) == 1 and isinstance(given[0], nodes.Const) and isinstance(given[0].value, str):
        return given[0].value
    return None


def runs_in(callee: Facts, parameter: str, current: Transaction) -> bool:
    """Whether *callee*, given the context *parameter* inside *current*, works in that transaction.

    It does when it uses the caller's session (its summary needs a scope or
    writes through it) or opens scopes that all join *current*: the same
    known root, neither ``.independent`` nor ``.savepoint``. A scope that
    may start its own transaction makes the answer no (silence).
    """
    entries = [e for e in callee.summary.entries if e.context == parameter]
    for entry in entries:
        manager = entry.manager
        if manager.independent or manager.savepoint or manager.root != current.root:
            return False
        if manager.root.startswith(_UNKNOWN_ROOT):
            return False
    if entries:
        return True
    uses = [*callee.summary.needs, *callee.summary.write_needs]
    return any(need.context == parameter for need in uses)
