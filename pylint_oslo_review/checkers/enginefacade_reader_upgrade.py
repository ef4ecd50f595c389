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

The reader is certain to start the transaction only when no caller we can
see calls its function inside a writer (a reader nested in a writer stays a
writer, and the inner writer then joins it fine).
"""

from __future__ import annotations

from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_mode, describe_path
from pylint_oslo_review.enginefacade import contexts
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.openings import may_share_transaction
from pylint_oslo_review.enginefacade.summaries import Facts, Transaction, transaction, upgrade_error


MSG = "enginefacade-reader-upgrade"


class EnginefacadeReaderUpgradeChecker(ScopeModelChecker):
    """Finds writer scopes entered inside a reader transaction on the same context."""

    name = "oslo-enginefacade-reader-upgrade"
    msgs = {
        "E9120": (
            "%s on '%s' inside the %s transaction that '%s' (line %s) started on it: "
            "oslo.db raises TypeError: %s",
            MSG,
            "A transaction keeps the mode of the scope that started it: a writer "
            "scope (or a reader, inside an async reader) entered on the same "
            "context and the same transaction manager, without .independent, "
            "joins it and oslo.db raises TypeError: Can't upgrade a READER "
            "transaction to a WRITER mid-transaction "
            "(oslo_db/sqlalchemy/enginefacade.py, _TransactionContext._writer). "
            "The inner scope may be in a called function; the message names "
            "the calls that lead to it. Open the writer first, or make the "
            "inner scope .independent if it must commit on its own.",
        ),
    }

    def check_scoped_function(self, facts: Facts) -> None:
        for opening in facts.blocks:
            current = transaction(facts.active(opening.block, opening.context))
            error = upgrade_error(current, opening.manager)
            if error is not None:
                what = f"'{opening.spelling}' opens a {describe_mode(opening.manager)} scope"
                self._report(facts, opening.node, what, opening.context, current, error, opening.manager)
        reported = set()
        for call, entry, context in self.analysis.callee_items(facts, lambda summary: summary.entries):
            current = transaction(facts.active(call.bound.call, context))
            error = upgrade_error(current, entry.manager)
            if error is None or call.bound.call in reported:
                continue
            reported.add(call.bound.call)  # one message per call
            path = (call.bound.function.name, *entry.path)
            mode = describe_mode(entry.manager)
            what = f"calling {describe_path(path)} opens a {mode} scope ('{entry.spelling}')"
            self._report(facts, call.bound.call, what, context, current, error, entry.manager)

    def _report(self, facts: Facts, node, what: str, context: str, current: Transaction, error: str, inner) -> None:
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
        self.add_message(
            MSG,
            node=node,
            args=(what, context, describe_mode(started.manager), started.spelling, started.node.lineno, error),
            confidence=INFERENCE,
        )
