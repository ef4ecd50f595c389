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

"""enginefacade-write-in-reader: changes made in a transaction that never commits.

When the outermost scope on a context is a reader, oslo.db never commits
its session: ``_end_session_transaction`` commits only in WRITER mode
(enginefacade.py L746-752), then the session is closed, which discards the
changes. Nothing raises. The change may be made in a helper the context is
passed to: helpers' summaries (``enginefacade.summaries``) list the changes
they make in their caller's scope.

Reported only when the reader certainly started the transaction: it is
``.independent``, or it is opened on a context built in the function, or
no caller in the module calls the function inside a writer on that context
(a reader nested in a writer joins the writer, whose commit keeps the
change). ``session.flush()`` alone is not reported: code flushes in a reader
to make pending objects visible to its own queries, on purpose.
"""

from __future__ import annotations

from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_path
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade import transactions
from pylint_oslo_review.enginefacade.summaries import Facts, transaction


MSG = "enginefacade-write-in-reader"
_READERS = (Mode.READER, Mode.ASYNC_READER)
#: A reader called inside a caller's writer joins it: the writer commits.
_WRITER_CALLERS = frozenset({Mode.WRITER})


class EnginefacadeWriteInReaderChecker(ScopeModelChecker):
    """Finds database changes made in reader transactions, which never commit."""

    name = "oslo-enginefacade-write-in-reader"
    msgs = {
        "W9121": (
            "%s in the reader transaction begun on '%s' at line %s: oslo.db "
            "never commits a reader, the change is lost; use a writer scope",
            MSG,
            "oslo.db commits a session only when the scope that started its "
            "transaction is a writer (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContext._end_session_transaction); a reader's session "
            "is closed without commit, which silently discards every change "
            "made in it. Reported when the reader certainly starts the "
            "transaction: independent, on a context built in the function, or "
            "in a function that no caller in its module calls inside a writer.",
        ),
    }

    def check_scoped_function(self, facts: Facts) -> None:
        if not any(o.manager.mode in _READERS for o in facts.openings):
            return
        for write in facts.writes:
            self._check(facts, write.node, write.context, write.what)
        reported = set()
        for call, need, context in self.analysis.callee_items(facts, lambda summary: summary.write_needs):
            if call.bound.call in reported:
                continue
            path = describe_path((call.bound.function.name, *need.path))
            what = f"calling {path} makes a change ({need.what}, line {need.line})"
            if self._check(facts, call.bound.call, context, what):
                reported.add(call.bound.call)  # one message per call

    def _check(self, facts: Facts, node: nodes.NodeNG, context: str, what: str) -> bool:
        current = transaction(facts.active(node, context))
        if current is None or current.mode not in _READERS:
            return False
        if not transactions.starts_transaction(self.analysis, facts, current, joined_by=_WRITER_CALLERS):
            return False
        started = current.started_by
        self.add_message(
            MSG,
            node=node,
            args=(what, context, started.node.lineno),
            confidence=INFERENCE,
        )
        return True
