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

"""enginefacade-reader-upgrade: a writer scope entered inside a reader transaction.

oslo.db lets a scope join the transaction already open on the same context
(same root, not ``.independent``), but never changes its mode: a WRITER
inside a READER raises ``TypeError: Can't upgrade a READER transaction to a
WRITER mid-transaction`` (enginefacade.py L717-742). The inner scope is
often in a callee, or a callee's callee: the scope model
(``enginefacade.summaries``) follows the calls.

A reader nested in a caller's writer joins it and stays a writer, and the
inner writer then joins it fine (verified: tests/witnesses). So the failure
is certain (E) only where the reader surely starts the transaction: an
``.independent`` reader, or a scope on a context built in the function.
A reader on a context that comes from elsewhere fails only when no caller
holds a writer on it: that is a warning, with the condition in its text,
and silence when a caller in the module does hold one. Scopes that are no
longer open when the inner scope runs (the decorator of a generator
function, a generator expression) count as none (``liveness``).
"""

from __future__ import annotations

from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_mode, describe_path
from pylint_oslo_review.enginefacade import contexts
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.liveness import live_active
from pylint_oslo_review.enginefacade.openings import may_share_transaction
from pylint_oslo_review.enginefacade.summaries import Facts, Transaction, path_conditions, transaction, upgrade_error
from pylint_oslo_review.expected_failure import expects_failure


MSG = "enginefacade-reader-upgrade"
POSSIBLE = "enginefacade-possible-reader-upgrade"


class EnginefacadeReaderUpgradeChecker(ScopeModelChecker):
    """Finds writer scopes entered inside a reader transaction on the same context."""

    name = "oslo-enginefacade-reader-upgrade"
    msgs = {
        "E9120": (
            "%s on '%s' inside the %s transaction begun at line %s: "
            "oslo.db raises TypeError (%s); open that scope as %s",
            MSG,
            "A transaction keeps the mode of the scope that started it: a writer "
            "scope (or a reader, inside an async reader) entered on the same "
            "context and the same transaction manager, without .independent, "
            "joins it and oslo.db raises TypeError: Can't upgrade a READER "
            "transaction to a WRITER mid-transaction "
            "(oslo_db/sqlalchemy/enginefacade.py, _TransactionContext._writer). "
            "The inner scope may be in a called function; the message names "
            "the calls that lead to it. Reported as an error only where the "
            "outer scope surely starts the transaction: an .independent "
            "reader, or a context built in the function. Open the writer "
            "first, or make the inner scope .independent if it must commit on "
            "its own.",
        ),
        "W9127": (
            "%s on '%s' inside the %s scope of line %s: TypeError unless a "
            "caller holds %s; open that scope as %s",
            POSSIBLE,
            "As enginefacade-reader-upgrade, where the outer reader scope is "
            "opened on a context that comes from elsewhere (a parameter, an "
            "attribute): a caller holding a writer transaction on the same "
            "context and manager makes the reader join it, and the inner "
            "writer then joins too (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContext._reader keeps a WRITER mode). Silent when a "
            "caller in the module does so; callers in other modules are out of "
            "sight. Open the writer first, or make the inner scope "
            ".independent if it must commit on its own. The TypeError says "
            "\"Can't upgrade a READER transaction to a WRITER "
            "mid-transaction\" (or an ASYNC_READER one to a WRITER or READER).",
        ),
    }

    def check_scoped_function(self, facts: Facts) -> None:
        for opening in facts.blocks:
            current = transaction(live_active(facts, opening.block, opening.context))
            error = upgrade_error(current, opening.manager)
            if error is not None:
                what = f"'{opening.spelling}' opens a {describe_mode(opening.manager)} scope"
                self._report(facts, opening.node, what, opening.context, current, error, opening.manager)
        found = {}
        for call, entry, context in self.analysis.callee_items(facts, lambda summary: summary.entries):
            current = transaction(live_active(facts, call.bound.call, context))
            error = upgrade_error(current, entry.manager)
            if error is None:
                continue
            conditions = (*path_conditions(call.bound.call, facts.function), *entry.conditions)
            known = found.get(call.bound.call)
            if known is None or len(conditions) < len(known[4]):
                found[call.bound.call] = (call, entry, context, current, conditions, error)
        for call, entry, context, current, conditions, error in found.values():  # one message per call
            path = (call.bound.function.name, *entry.path)
            mode = describe_mode(entry.manager)
            what = f"calling {describe_path(path)} opens a {mode} scope"
            if conditions:
                what += f" ({', '.join(conditions)})"
            self._report(facts, call.bound.call, what, context, current, error, entry.manager, bool(conditions))

    def _report(
        self, facts: Facts, node, what: str, context: str, current: Transaction, error: str, inner,
        conditional: bool = False,
    ) -> None:
        if expects_failure(node):
            return
        started = current.started_by
        if contexts.wrapped_in_writer(facts.function, started.context) and not started.manager.independent:
            return  # neutron's metaclass runs it inside a writer
        if facts.is_parameter_path(started.context) and not started.manager.independent:
            joined_fine = {Mode.WRITER} if inner.mode is Mode.WRITER else {Mode.WRITER, Mode.READER}
            modes = {
                t.mode
                for t in self.analysis.caller_transactions(facts.function, started.context)
                if t is not None and may_share_transaction(t.root, started.manager.root)
            }
            if modes & (joined_fine | {Mode.NONE}):
                return  # a caller's transaction is already fit for the inner scope
        mode = describe_mode(started.manager)
        short = f"can't upgrade {mode} to {describe_mode(inner)}"
        fix = "a writer" if inner.mode is Mode.WRITER else "a reader"
        # A scope on only some data path fails only when that path runs: a warning.
        certain = not conditional and (
            started.manager.independent or contexts.fresh_context(facts.function, started.context)
        )
        if certain:
            self.add_message(
                MSG, node=node, args=(what, context, mode, started.node.lineno, short, fix),
                confidence=INFERENCE,
            )
        else:
            fit = "a writer" if inner.mode is Mode.WRITER else "a reader or writer"
            self.add_message(
                POSSIBLE, node=node,
                args=(what, context, mode, started.node.lineno, fit, fix),
                confidence=INFERENCE,
            )
