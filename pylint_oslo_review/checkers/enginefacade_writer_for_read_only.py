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

"""enginefacade-writer-for-read-only: a writer scope decorating a function that only reads.

A writer transaction commits, and inside a caller's reader it raises
``TypeError: Can't upgrade a READER transaction to a WRITER``; a reader
joins a caller's writer or reader alike (enginefacade.py, ``_writer`` /
``_reader``). Where the body provably only reads through the scope's
session (``enginefacade.read_only``), the reader does everything the
writer did. Nothing fails today: refactoring advice (R). A project that
configures ``synchronous_reader=False`` sends readers to a replica, where
a writer may be wanted for fresh rows; the message says so.
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from pylint_oslo_review.checkers.scope_base import ScopeModelChecker
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.read_only import only_reads
from pylint_oslo_review.guard import never_crash

MSG = "enginefacade-writer-for-read-only"


class EnginefacadeWriterForReadOnlyChecker(ScopeModelChecker):
    """Finds writer scope decorators on functions that only query."""

    name = "oslo-enginefacade-writer-for-read-only"
    msgs = {
        "R9131": (
            "'%s' only queries through '%s' but %s opens a writer: it commits a read, and raises "
            "TypeError inside a caller's reader; use the reader",
            MSG,
            "The body uses its context only as <context>.session.query(...) with "
            "read methods, changes no loaded row and passes neither the context nor "
            "the rows on. A writer scope commits, and entered inside a caller's "
            "reader it raises TypeError: Can't upgrade a READER transaction to a "
            "WRITER mid-transaction (oslo_db/sqlalchemy/enginefacade.py); a reader "
            "joins either. With synchronous_reader=False readers use the replica "
            "engine: there a writer may be meant to read fresh rows.",
        ),
    }

    @only_required_for_messages(MSG)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        decorator, blocks = self.analysis.openings(node)
        if decorator is None or blocks or decorator.manager.mode is not Mode.WRITER:
            return
        if isinstance(node, nodes.AsyncFunctionDef) or node.is_generator() or "." in decorator.context:
            return
        if decorator.context not in node.argnames():
            return
        if only_reads(node, decorator.context):
            self.add_message(
                MSG, node=decorator.node, args=(node.name, decorator.context, decorator.spelling),
                confidence=INFERENCE,
            )
