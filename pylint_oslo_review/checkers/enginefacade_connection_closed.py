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

"""enginefacade-connection-closed: a scope's connection closed under the facade.

``with context.session.connection() as conn:`` reads like "borrow a
connection", but ``Connection.__exit__`` is ``close()`` (SQLAlchemy
engine/base.py), and ``close()`` rolls back the transaction on it and
returns it to the pool. The connection is the one the scope's transaction
lives on (the session holds it until the facade commits or rolls back), so
the facade is left with a closed connection. What that breaks, measured
with oslo.db 18.1.1 and SQLAlchemy 2.1.9 on sqlite (in memory and on a
file):

- a WRITER transaction: its commit, at the end of the outermost scope,
  raises ``InvalidRequestError: This transaction is inactive`` (or
  ``ResourceClosedError`` when a flush is pending), and everything it wrote
  was rolled back by the ``close()``: every execution fails. A writer only
  ever joins a writer, so a caller's scope changes nothing;
- a ``.connection`` scope in the transaction (``with
  <manager>.connection.using(context)``, whose connection this is, or
  under which the session was made): the scope restores
  ``connection.info`` on exit (``_TransactionContext._add_context``) and
  raises ``ResourceClosedError: This Connection is closed``, whatever the
  mode: every execution fails;
- a READER transaction: the next use of the session in that transaction
  raises ``ResourceClosedError``; with nothing after, the reader's end is
  quiet (``SessionTransaction.close`` skips a closed transaction). A
  reader scope on a context passed in joins the caller's transaction when
  one is open (nova's ``_refresh_from_db``, 2016, called under writers):
  a warning, with that condition.

Not reported: a connection of the caller's own (``engine.connect()``), a
``session.connection()`` used without ``with``/``close()``, a connection
closed after its scope ended, asyncio facade scopes, scopes of unknown
mode, closes in an ``except`` block (the scope then ends with the error,
and a rollback, anyway), and functions that commit, roll back or close the
session themselves (the facade then ends a new transaction, and
``rollback()`` after the close makes it work).
"""

from __future__ import annotations

from dataclasses import replace

from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_mode
from pylint_oslo_review.enginefacade import connections, sessions
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.openings import Opening, own_nodes, spelled_manager
from pylint_oslo_review.enginefacade.summaries import Facts, transaction
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code

MSG = "enginefacade-connection-closed"
POSSIBLE_MSG = "enginefacade-possible-connection-closed"

#: Session methods that end its transaction: the facade then ends another one.
_ENDS_TRANSACTION = frozenset({"commit", "rollback", "close"})
_READERS = (Mode.READER, Mode.ASYNC_READER)


class EnginefacadeConnectionClosedChecker(ScopeModelChecker):
    """Finds ``with``/``close()`` on the connection of an open scope's transaction."""

    name = "oslo-enginefacade-connection-closed"
    msgs = {
        "E9136": (
            "'%s' closes the %s's connection (opened at line %s): %s; use it without with/close()",
            MSG,
            "Connection.__exit__ is close() (SQLAlchemy engine/base.py), which "
            "rolls back the transaction on the connection and returns it to the "
            "pool. A scope's session keeps its transaction on that connection "
            "until the facade ends it (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContext._session and _end_session_transaction): a "
            "WRITER's commit then raises InvalidRequestError: This transaction "
            "is inactive, with every write rolled back; a .connection scope "
            "raises ResourceClosedError when it restores connection.info on exit "
            "(_add_context). Not reported when the function commits, rolls back "
            "or closes the session itself.",
        ),
        "W9137": (
            "'%s' closes the %s scope's connection (opened at line %s): the session's next use, "
            "here or by a caller, raises ResourceClosedError; don't close it",
            POSSIBLE_MSG,
            "Connection.__exit__ is close() (SQLAlchemy engine/base.py): the "
            "session of the scope keeps a closed connection. A READER's own end "
            "does not notice (oslo_db/sqlalchemy/enginefacade.py closes the "
            "session, and SessionTransaction.close skips a closed transaction), "
            "but its next query, or anything a caller does in the transaction "
            "the reader joined (a caller's writer then fails at commit), raises "
            "ResourceClosedError: This Connection is closed.",
        ),
    }

    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if not any(
            isinstance(child, nodes.Attribute) and child.attrname == "connection" for child in own_nodes(node)
        ):
            return  # every shape reads '.connection': no need for the model
        super().visit_functiondef(node)

    def check_scoped_function(self, facts: Facts) -> None:
        for closing in connections.closings(facts):
            self._check(facts, closing)

    def _check(self, facts: Facts, closing: connections.Closing) -> None:
        active = tuple(replace(opening, manager=spelled_manager(opening)) for opening in closing.active)
        if any(opening.manager.asyncio for opening in active):
            return
        current = transaction(active)
        if current is None:
            return
        in_transaction = active[active.index(current.started_by) :]
        connection_scope = next((o for o in in_transaction if o.manager.connection), None)
        session_scope = next((o for o in in_transaction if not o.manager.connection), None)
        if (connection_scope if closing.origin.of_connection_scope else session_scope) is None:
            return  # that attribute raises ContextNotRequestedError before anything closes
        if _ends_session_transaction(facts, closing.origin.context) or _in_handler(closing.site, facts):
            return
        what = _spelling(closing)
        if connection_scope is not None or current.mode is Mode.WRITER:
            if expects_failure(closing.site):
                return
            if current.mode is Mode.WRITER:
                scope, failure = (
                    "WRITER transaction",
                    "its commit raises InvalidRequestError, writes are lost",
                )
            else:
                scope, failure = ".connection scope", "the scope raises ResourceClosedError on exit"
            opened: Opening = current.started_by if current.mode is Mode.WRITER else connection_scope
            self.add_message(
                MSG, node=closing.node, args=(what, scope, opened.node.lineno, failure), confidence=INFERENCE
            )
        elif current.mode in _READERS:
            self.add_message(
                POSSIBLE_MSG,
                node=closing.node,
                args=(what, describe_mode(current.started_by.manager), current.started_by.node.lineno),
                confidence=INFERENCE,
            )


#: Quoted code is cut shorter than message_text.CODE_LIMIT: the texts are long.
_CODE_LIMIT = 36


def _spelling(closing: connections.Closing) -> str:
    if closing.node is closing.site:
        return code(closing.node.as_string(), _CODE_LIMIT)  # conn.close()
    return "with " + code(closing.node.as_string(), _CODE_LIMIT)


def _in_handler(node: nodes.NodeNG, facts: Facts) -> bool:
    """In an ``except`` block: the scope ends with an error, maybe on purpose."""
    parent = node.parent
    while parent is not None and parent is not facts.function:
        if isinstance(parent, nodes.ExceptHandler):
            return True
        parent = parent.parent
    return False


def _ends_session_transaction(facts: Facts, context: str) -> bool:
    """Whether the function commits, rolls back or closes a session that may be the scope's."""
    for call in own_nodes(facts.function):
        if not (isinstance(call, nodes.Call) and isinstance(call.func, nodes.Attribute)):
            continue
        name = call.func.attrname
        if name not in _ENDS_TRANSACTION:
            continue
        if name == "close" and connections.origin(facts, call.func.expr) is not None:
            continue  # a connection's close(): what this check reports, not the session's
        receiver = sessions.session_context(facts, call.func.expr)
        if receiver == context:
            return True
        if name != "close" and receiver is None:
            return True  # whose transaction it ends is unknown: maybe this one
    return False
