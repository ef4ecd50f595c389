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

"""enginefacade-query-escapes-scope: a query returned out of the scope it was built in.

A ``Query`` runs when it is iterated, not when it is built. Returned from
inside the scope that started the transaction, it outlives the scope: the
scope commits or rolls back and closes the session on the way out
(``_TransactionContext._session``, enginefacade.py L825-841), and the
caller's iteration then makes SQLAlchemy begin a new transaction on that
closed session: outside the enginefacade transaction, on a connection that
nothing commits, rolls back or returns to the pool until the session is
garbage-collected.

Reported when the scope certainly starts the transaction
(``enginefacade.transactions.starts_transaction``): returned from a scope that joined
a caller's transaction, the query still runs inside that transaction.
When callers in the module call the function inside their scopes, it is
reported only for a caller found across the project that calls it with
none (``enginefacade.unscoped_callers``), named in the message: the
query escapes on that route.
"""

from __future__ import annotations

import os

from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis import project
from pylint_oslo_review.checkers.scope_base import ScopeModelChecker
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.openings import own_nodes
from pylint_oslo_review.enginefacade.queries import lazy_query_context
from pylint_oslo_review.enginefacade import contexts, transactions, unscoped_callers
from pylint_oslo_review.enginefacade.summaries import Facts, Transaction, transaction
from pylint_oslo_review.message_text import LIMIT, code


MSG = "enginefacade-query-escapes-scope"
#: A scope joined by a caller's transaction of any mode leaves the session open.
_ANY_CALLER = frozenset(Mode)


class EnginefacadeQueryEscapesScopeChecker(ScopeModelChecker):
    """Finds queries returned, not yet run, from the scope whose session they use."""

    name = "oslo-enginefacade-query-escapes-scope"
    msgs = {
        "W9125": (
            "Returning the unrun query '%s' out of the scope on '%s' at line "
            "%s%s: it runs outside the transaction; run it inside (.all(), .first())",
            MSG,
            "A SQLAlchemy Query runs its SQL when it is iterated or asked for "
            "rows. The scope that started the transaction commits or rolls back "
            "and closes its session when the function (or the with block) is "
            "left (oslo_db/sqlalchemy/enginefacade.py, _TransactionContext._session). "
            "A query returned from inside it runs afterwards: SQLAlchemy begins a "
            "new transaction on the closed session, outside enginefacade, and its "
            "connection stays checked out until the session is garbage-collected. "
            "Reported when the scope certainly starts the transaction: no caller "
            "in the module calls the function inside a scope, or a caller "
            "found across the project calls it with none (named in the "
            "message: the query escapes when called from there).",
        ),
    }

    def check_scoped_function(self, facts: Facts) -> None:
        for returned in own_nodes(facts.function):
            if not isinstance(returned, nodes.Return) or returned.value is None:
                continue
            context = lazy_query_context(facts, returned.value)
            if context is None:
                continue
            current = transaction(facts.active(returned, context))
            if current is None:
                continue
            if transactions.starts_transaction(self.analysis, facts, current, joined_by=_ANY_CALLER):
                route = ""
            else:
                route = self._unscoped_route(facts, current)
                if route is None:
                    continue
            args = (code(returned.value.as_string()), context, current.started_by.node.lineno)
            self.add_message(MSG, node=returned, args=(*args, self._shortened(route, args)), confidence=INFERENCE)

    def _unscoped_route(self, facts: Facts, current: Transaction) -> list[str] | None:
        """`` (from f() at pkg/m.py:12, why)``, longest first: a caller across the project that calls with no scope.

        Asked when callers in the module call the function inside scopes.
        A scope opened by a class the function is given (``obj_cls.
        db_context_reader(context)``) counts only when the caller's class
        is known to open one.
        """
        started = current.started_by
        function = facts.function
        if not facts.is_parameter_path(started.context) or contexts.wrapped_in_writer(function, started.context):
            return None
        klass = None
        if unscoped_callers.maybe_no_scope(started):
            # with obj_cls.db_context_reader(context): a scope only if the class's method opens one
            parameter = unscoped_callers.class_parameter(function, started)
            if parameter is None:
                return None
            klass = (parameter, started.node.func.attrname)
        found = unscoped_callers.unscoped_caller(self.analysis, function, started.context, klass)
        if found is None:
            return None
        return _describe(found)

    def _shortened(self, route: str | list[str], args: tuple) -> str:
        """The longest naming of the route that keeps the message within message_text.LIMIT."""
        if isinstance(route, str):
            return route
        template = self.msgs["W9125"][0]
        for text in route:
            if len(template % (*args, text)) <= LIMIT:
                return text
        return route[-1]


def _describe(found: unscoped_callers.Unscoped) -> list[str]:
    """How to name the caller, longest first."""
    caller = code(found.caller.name, 32)
    file = getattr(found.caller.root(), "file", "") or "?"
    path = os.path.basename(file)
    where = os.path.relpath(file, os.path.dirname(project.project_root(file))) if file != "?" else path
    line = found.call.lineno
    return [
        f" (from {caller}() at {where}:{line}, {found.reason})",
        f" (from {caller}() at {where}:{line})",
        f" (from {caller}() at {path}:{line})",
        f" (from {caller}())",
    ]
