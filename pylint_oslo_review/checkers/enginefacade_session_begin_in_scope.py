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

"""enginefacade-session-begin-in-scope: legacy ``session.begin()`` on a facade session.

Before enginefacade, DB code did ``session = get_session()`` then ``with
session.begin(subtransactions=True):``. A facade scope's session has already
begun its transaction (``self.session.begin()`` in
``_TransactionContext._session``, enginefacade.py L826-832), so with
SQLAlchemy 2 a second ``begin()`` raises ``InvalidRequestError: A
transaction is already begun on this Session.``, and ``subtransactions=``
no longer exists (``TypeError``). Nesting is done with a ``.savepoint``
scope or ``session.begin_nested()``.
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker
from pylint_oslo_review.enginefacade import sessions
from pylint_oslo_review.enginefacade.openings import own_nodes
from pylint_oslo_review.guard import never_crash


MSG = "enginefacade-session-begin-in-scope"


class EnginefacadeSessionBeginInScopeChecker(ScopeModelChecker):
    """Finds session.begin() on the session of an open enginefacade scope."""

    name = "oslo-enginefacade-session-begin-in-scope"
    msgs = {
        "E9124": (
            "'%s' on the session of the scope that '%s' (line %s) opened: its "
            "transaction has already begun, SQLAlchemy raises %s; use a "
            ".savepoint scope or session.begin_nested() to nest",
            MSG,
            "The session of an enginefacade scope is handed out with its "
            "transaction already begun (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContext._session calls session.begin()), and the "
            "facade commits or rolls it back when the outermost scope ends. "
            "The legacy 'with session.begin(subtransactions=True):' idiom "
            "raises TypeError with SQLAlchemy 2, and a plain session.begin() "
            "raises InvalidRequestError: A transaction is already begun on "
            "this Session.",
        ),
    }

    @only_required_for_messages(MSG)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        facts = None
        for call in own_nodes(node):
            if not (
                isinstance(call, nodes.Call)
                and isinstance(call.func, nodes.Attribute)
                and call.func.attrname == "begin"
            ):
                continue
            facts = facts or self.analysis.facts(node)
            if facts is None:
                return
            context = sessions.session_context(facts, call.func.expr)
            active = facts.active(call, context) if context else ()
            if not active or active[-1].manager.connection:
                continue
            keywords = {keyword.arg for keyword in call.keywords or ()}
            error = (
                "TypeError: Session.begin() got an unexpected keyword argument 'subtransactions'"
                if "subtransactions" in keywords
                else "InvalidRequestError: A transaction is already begun on this Session"
            )
            opened = active[-1]
            self.add_message(
                MSG,
                node=call,
                args=(call.as_string(), opened.spelling, opened.node.lineno, error),
                confidence=INFERENCE,
            )
