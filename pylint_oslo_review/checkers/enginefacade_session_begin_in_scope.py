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

A plain ``begin()`` is legal again once the scope's transaction has ended:
SQLAlchemy 2's ``Session.commit()``, ``rollback()`` and ``close()`` leave
the session with no transaction, and ``begin()`` then opens the next one
(autobegin starts one only at the next use). So a ``begin()`` that some path
reaches after a commit, rollback or close of that session (or after a call
we cannot see into that is handed the session or its context) is not
reported; ``begin(subtransactions=True)`` is a TypeError whatever the
state, and ``begin(nested=True)`` is a SAVEPOINT, legal in a transaction.
Verified on oslo.db 18.1.1 with SQLAlchemy 2.1.9 (sqlite, in memory).
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker
from pylint_oslo_review.enginefacade import sessions
from pylint_oslo_review.enginefacade.liveness import live_active
from pylint_oslo_review.enginefacade.openings import context_key, own_nodes
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code


MSG = "enginefacade-session-begin-in-scope"

#: Session methods after which the session has no transaction (SQLAlchemy 2).
_ENDS_TRANSACTION = frozenset({"commit", "rollback", "close"})


class EnginefacadeSessionBeginInScopeChecker(ScopeModelChecker):
    """Finds session.begin() on the session of an open enginefacade scope."""

    name = "oslo-enginefacade-session-begin-in-scope"
    msgs = {
        "E9124": (
            "'%s' in the scope opened at line %s: %s; to nest, use .savepoint "
            "or session.begin_nested()",
            MSG,
            "The session of an enginefacade scope is handed out with its "
            "transaction already begun (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContext._session calls session.begin()), and the "
            "facade commits or rolls it back when the outermost scope ends. "
            "The legacy 'with session.begin(subtransactions=True):' idiom "
            "raises TypeError with SQLAlchemy 2, and a plain session.begin() "
            "raises InvalidRequestError: A transaction is already begun on "
            "this Session. A plain begin() that a path reaches after a "
            "commit(), rollback() or close() of that session (or after a call "
            "handed the session or its context) opens the next transaction "
            "legally and is not reported, nor is begin(nested=True).",
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
            active = live_active(facts, call, context) if context else ()
            if not active or active[-1].manager.connection or expects_failure(call):
                continue
            keywords = {keyword.arg for keyword in call.keywords or ()}
            if "subtransactions" not in keywords and (
                _may_nest(call) or _may_have_ended(facts, node, call, context)
            ):
                continue
            error = (
                "SQLAlchemy 2 raises TypeError (no 'subtransactions' argument)"
                if "subtransactions" in keywords
                else "SQLAlchemy raises InvalidRequestError: A transaction is "
                "already begun on this Session"
            )
            opened = active[-1]
            self.add_message(
                MSG,
                node=call,
                args=(code(call.as_string()), opened.node.lineno, error),
                confidence=INFERENCE,
            )


def _may_nest(call: nodes.Call) -> bool:
    """``begin(nested=True)`` (or any value but a literal False): a SAVEPOINT, legal inside."""
    if any(keyword.arg is None for keyword in call.keywords or ()):
        return True  # begin(**options): unknown
    values = list(call.args) + [keyword.value for keyword in call.keywords or () if keyword.arg == "nested"]
    return any(not (isinstance(value, nodes.Const) and value.value is False) for value in values)


def _may_have_ended(facts, function: nodes.FunctionDef, begin: nodes.Call, context: str) -> bool:
    """Whether some path to *begin* may pass the end of the session's transaction.

    Any call that runs before *begin* in the function's text, or after it in
    a loop around both, and that ends a transaction (commit/rollback/close
    of that session; commit/rollback of a receiver we cannot name) or hands
    the session or its context to code we do not follow.
    """
    loops = _loops_around(begin, function)
    openings = [opening.node for opening in facts.blocks]
    before = True
    for node in own_nodes(function):
        if node is begin:
            before = False
            continue
        if any(node is opened or _inside_any(node, [opened]) for opened in openings):
            continue  # 'with MAIN.writer.using(context)' opens the scope, does not end it
        if not isinstance(node, nodes.Call) or not (before or _inside_any(node, loops)):
            continue
        if _ends_or_hands_over(facts, node, context):
            return True
    return False


def _ends_or_hands_over(facts, call: nodes.Call, context: str) -> bool:
    func = call.func
    if isinstance(func, nodes.Attribute):
        receiver = sessions.session_context(facts, func.expr)
        if func.attrname in _ENDS_TRANSACTION and receiver == context:
            return True
        if func.attrname in ("commit", "rollback") and receiver is None:
            return True  # whose transaction it ends is unknown: maybe this one
        if context_key(func.expr) == context:
            return True  # a method of the context itself
    arguments = list(call.args) + [keyword.value for keyword in call.keywords or ()]
    for argument in arguments:
        if isinstance(argument, nodes.Starred):
            argument = argument.value
        if sessions.session_context(facts, argument) == context or context_key(argument) == context:
            return True
    return False


def _loops_around(node: nodes.NodeNG, function: nodes.FunctionDef) -> list[nodes.NodeNG]:
    loops = []
    parent = node.parent
    while parent is not None and parent is not function:
        if isinstance(parent, (nodes.For, nodes.While)):
            loops.append(parent)
        parent = parent.parent
    return loops


def _inside_any(node: nodes.NodeNG, loops: list[nodes.NodeNG]) -> bool:
    parent = node.parent
    while parent is not None:
        if any(parent is loop for loop in loops):
            return True
        parent = parent.parent
    return False
