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

"""Count the verdicts per bug class and print them.

Each bug has a verdict at the parent (found, missed, or n/a when no static
check can decide it) and one at the fix (quiet or noisy), or an error
when its file could not be linted.
"""

from __future__ import annotations

import collections
import dataclasses

from tools.bugzoo.corpus import Bug
from tools.bugzoo.match import Message


@dataclasses.dataclass
class Outcome:
    """What the plugin said about one bug."""

    bug: Bug
    found: bool | None = None          # None: not decidable, nothing expected
    noise: list[Message] = dataclasses.field(default_factory=list)
    others: list[Message] = dataclasses.field(default_factory=list)
    parent_messages: list[Message] = dataclasses.field(default_factory=list)
    error: str = ""
    seconds: float = 0.0

    @property
    def verdict(self) -> str:
        """``found``, ``missed``, ``n/a`` or ``error``."""
        if self.error:
            return "error"
        if self.found is None:
            return "n/a"
        return "found" if self.found else "missed"

    @property
    def trap(self) -> str:
        """``quiet``, ``noisy`` or ``error``."""
        if self.error:
            return "error"
        return "noisy" if self.noise else "quiet"


COLUMNS = ("family", "bug class", "decidable", "expected", "bugs", "found", "missed", "n/a", "error", "quiet", "noisy")


def table_rows(outcomes: list[Outcome]) -> list[tuple]:
    """One row per (family, class, decidability, expected symbol), then totals."""
    groups: dict[tuple, list[Outcome]] = collections.defaultdict(list)
    for outcome in outcomes:
        bug = outcome.bug
        groups[(bug.family, bug.bug_class, bug.decidable, bug.expect or "-")].append(outcome)
    rows = []
    for key in sorted(groups):
        rows.append((*key, *_counts(groups[key])))
    for decidable in ("local", "program", "no"):
        chosen = [outcome for outcome in outcomes if outcome.bug.decidable == decidable]
        if chosen:
            rows.append(("TOTAL", "", decidable, "", *_counts(chosen)))
    return rows


def _counts(outcomes: list[Outcome]) -> tuple[int, ...]:
    verdicts = collections.Counter(outcome.verdict for outcome in outcomes)
    traps = collections.Counter(outcome.trap for outcome in outcomes)
    return (len(outcomes), verdicts["found"], verdicts["missed"], verdicts["n/a"], verdicts["error"],
            traps["quiet"], traps["noisy"])


def format_table(rows: list[tuple], header: tuple = COLUMNS) -> str:
    """A plain-text table with aligned columns."""
    cells = [tuple(str(cell) for cell in row) for row in [header, *rows]]
    widths = [max(len(row[index]) for row in cells) for index in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def format_details(outcomes: list[Outcome]) -> str:
    """One line per bug: verdicts, then what made a trap noisy or a lint fail."""
    lines = []
    for outcome in outcomes:
        bug = outcome.bug
        line = f"{outcome.verdict:6} {outcome.trap:6} {bug.bug_class:28} {bug.ident}  ({outcome.seconds:.0f}s)"
        if outcome.error:
            line += f"\n         error: {outcome.error.splitlines()[-1] if outcome.error else ''}"
        for message in outcome.noise:
            line += f"\n         at fix: line {message.line} {message.symbol}"
        for message in outcome.others:
            line += f"\n         at fix, not counted: line {message.line} {message.symbol}"
        if outcome.found is False and outcome.parent_messages:
            said = ", ".join(sorted({message.symbol for message in outcome.parent_messages}))
            line += f"\n         at parent said instead: {said}"
        lines.append(line)
    return "\n".join(lines)
