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

"""The base of the checkers that read the transaction-scope model.

The model (``enginefacade.summaries``) is computed once per function and
shared by all of them, so the checkers only decide what to report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers import BaseChecker

from pylint_oslo_review.enginefacade.chains import Manager, Mode
from pylint_oslo_review.enginefacade.summaries import Analysis, Facts, analysis_for_linter
from pylint_oslo_review.guard import never_crash

if TYPE_CHECKING:
    from pylint.lint import PyLinter


def describe_mode(manager: Manager) -> str:
    return {Mode.WRITER: "WRITER", Mode.READER: "READER", Mode.ASYNC_READER: "ASYNC_READER"}.get(
        manager.mode, "mode-less"
    )


def describe_path(path: tuple[str, ...]) -> str:
    """``a() -> b()``: the calls from a function to where something happens."""
    return " -> ".join(f"{name}()" for name in path)


class ScopeModelChecker(BaseChecker):
    """A checker that reads the shared transaction-scope model."""

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self.analysis: Analysis | None = None

    def open(self) -> None:
        # The spelling options are read when the run starts, not at import.
        self.analysis = analysis_for_linter(self.linter)

    # pylint runs a checker only while one of its messages is enabled, so
    # the visitor needs no only_required_for_messages of its own.
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if not self.analysis.opens_scopes(node):
            return  # most functions: no need to follow their calls
        facts = self.analysis.facts(node)
        if facts is not None and facts.openings:
            self.check_scoped_function(facts)

    def check_scoped_function(self, facts: Facts) -> None:
        """Check a function that opens at least one scope (for the checkers that need one)."""
