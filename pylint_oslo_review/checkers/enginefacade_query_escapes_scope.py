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
"""

from __future__ import annotations

from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.openings import own_nodes
from pylint_oslo_review.enginefacade.queries import lazy_query_context
from pylint_oslo_review.enginefacade import transactions
from pylint_oslo_review.enginefacade.summaries import Facts, transaction
from pylint_oslo_review.message_text import code


MSG = "enginefacade-query-escapes-scope"
#: A scope joined by a caller's transaction of any mode leaves the session open.
_ANY_CALLER = frozenset(Mode)


class EnginefacadeQueryEscapesScopeChecker(ScopeModelChecker):
    """Finds queries returned, not yet run, from the scope whose session they use."""

    name = "oslo-enginefacade-query-escapes-scope"
    msgs = {
        "W9125": (
            "Returning the unrun query '%s' out of the scope opened on '%s' at "
            "line %s: it runs outside the transaction; run it inside (.all(), "
            ".first(), .one())",
            MSG,
            "A SQLAlchemy Query runs its SQL when it is iterated or asked for "
            "rows. The scope that started the transaction commits or rolls back "
            "and closes its session when the function (or the with block) is "
            "left (oslo_db/sqlalchemy/enginefacade.py, _TransactionContext._session). "
            "A query returned from inside it runs afterwards: SQLAlchemy begins a "
            "new transaction on the closed session, outside enginefacade, and its "
            "connection stays checked out until the session is garbage-collected. "
            "Reported when the scope certainly starts the transaction.",
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
            if current is None or not transactions.starts_transaction(
                self.analysis, facts, current, joined_by=_ANY_CALLER
            ):
                continue
            started = current.started_by
            self.add_message(
                MSG,
                node=returned,
                args=(code(returned.value.as_string()), context, started.node.lineno),
                confidence=INFERENCE,
            )


