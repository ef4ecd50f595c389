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

"""enginefacade-error-caught-in-writer: a flush error caught inside its scope, and the session used on.

In a function's scope on a context, a ``try`` whose body flushes the
scope's session (``enginefacade.flush_errors``) and a handler that catches
what the flush raises (``DBDuplicateEntry`` or any ``DBError``,
``Exception``, a bare ``except``) and then uses the session of that same
scope again: its ``context.session``, the ``with`` block's session name,
or a call that passes the context to a function that reads or writes
through it or joins the transaction with a scope of its own. That use
raises ``PendingRollbackError`` whenever the flush failed.

A warning: the handler runs only when the data makes the flush fail.
"""

from __future__ import annotations

from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_path
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.flush_errors import catches_flush_error, first_flush, may_finish, subtree
from pylint_oslo_review.enginefacade.liveness import live_active
from pylint_oslo_review.enginefacade.openings import own_nodes
from pylint_oslo_review.enginefacade.summaries import Facts, transaction
from pylint_oslo_review.expected_failure import expects_failure

MSG = "enginefacade-error-caught-in-writer"


class EnginefacadeErrorCaughtInWriterChecker(ScopeModelChecker):
    """Finds handlers that use a session whose flush just failed in the same scope."""

    name = "oslo-enginefacade-error-caught-in-writer"
    msgs = {
        "W9130": (
            "If %s fails its flush (line %s), this except %s PendingRollbackError; "
            "catch the error outside the scope on '%s'",
            MSG,
            "A failed Session.flush() rolls the transaction back and deactivates the "
            "session: any further use raises PendingRollbackError until "
            "Session.rollback() (sqlalchemy/orm/session.py), which only the "
            "enginefacade scope may call. oslo.db raises the flush's "
            "IntegrityError as DBDuplicateEntry. Catching it inside the scope and "
            "then using the same session again (directly or in a called function "
            "that joins the transaction) fails whenever the flush did. Catch the "
            "error around the scope (a function with no scope calling one that "
            "has it), as nova's compute_node_create does since 2383cbb4a5.",
        ),
    }

    def check_scoped_function(self, facts: Facts) -> None:
        for node in own_nodes(facts.function):
            if isinstance(node, nodes.Try):
                self._check_try(facts, node)

    def _check_try(self, facts: Facts, node: nodes.Try) -> None:
        flush = first_flush(facts, node.body)
        if flush is None:
            return
        scopes = live_active(facts, flush.node, flush.context)
        if not scopes or scopes != live_active(facts, node, flush.context):
            return  # no scope, or a savepoint or another scope opened inside the try
        for handler in node.handlers:
            if not catches_flush_error(handler):
                continue
            if expects_failure(handler):
                continue
            use = self._session_use(facts, handler, flush.context, scopes[-1])
            if use is not None:
                what, line = use
                what = f"{what} (line {line}) on the same session, which raises"
            elif transaction(scopes).mode is Mode.WRITER and may_finish(handler.body):
                what = "lets the writer scope finish, and its commit raises"
            else:
                continue
            self.add_message(
                MSG, node=handler, args=(flush.what, flush.node.lineno, what, flush.context), confidence=INFERENCE,
            )

    def _session_use(self, facts: Facts, handler: nodes.ExceptHandler, context: str, scope):
        """The first use of the failed scope's session in *handler*: (what, line), or None."""
        inside = {id(n) for n in subtree(handler.body)}
        candidates = []
        for read in facts.reads:
            if id(read.node) in inside and read.context == context and read.active and read.active[-1] is scope:
                candidates.append((read.node.lineno, f"reads '{read.node.as_string()}'"))
        for opening in facts.blocks:
            if opening.session_name and opening is scope:
                for name in subtree(handler.body):
                    if isinstance(name, nodes.Name) and name.name == opening.session_name:
                        candidates.append((name.lineno, f"uses '{name.name}'"))
        for call in facts.context_calls:
            if id(call.bound.call) not in inside:
                continue
            active = live_active(facts, call.bound.call, context)
            if not active or active[-1] is not scope:
                continue
            callee = self.analysis.facts(call.bound.function, 1)
            if callee is None:
                continue
            for parameter, key in call.contexts.items():
                if key == context and self._uses(callee, parameter, scope):
                    candidates.append((call.bound.call.lineno, f"calls {describe_path((call.bound.function.name,))}"))
        if not candidates:
            return None
        line, what = min(candidates)
        return what, line

    @staticmethod
    def _uses(callee: Facts, parameter: str, scope) -> bool:
        """Whether *callee* works in the scope's transaction through *parameter*."""
        summary = callee.summary
        if any(need.context == parameter for need in (*summary.needs, *summary.write_needs)):
            return True
        root = scope.manager.root
        return any(
            entry.context == parameter and entry.manager.root == root and not entry.manager.independent
            and not entry.manager.savepoint
            for entry in summary.entries
        )
