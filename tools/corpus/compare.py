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

"""Compare the messages of two pylint runs over the same files.

Messages are compared as multisets of (path, line, column, symbol, text):
pylint can legitimately report the same message twice at one position, and
a plugin that changes only a message's text (a better inferred type, say)
should show up as one removed and one added message.
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable

from tools.corpus.pylint_output import CATEGORIES, Message

MessageKey = tuple[str, int, int, str, str]

NOT_RUN = "not run"
# Parallel-check statuses, from best to worst.
PARALLEL_STATUSES = ("identical", NOT_RUN, "different", "failed")


@dataclasses.dataclass(frozen=True)
class SymbolCount:
    """How often one symbol was reported bare and with the plugin."""

    symbol: str
    bare: int
    plugin: int

    @property
    def difference(self) -> int:
        """Positive: the plugin added messages; negative: it removed some."""
        return self.plugin - self.bare


@dataclasses.dataclass(frozen=True)
class MessageDiff:
    """Messages found in only one of two runs, each sorted by position."""

    only_first: tuple[MessageKey, ...]
    only_second: tuple[MessageKey, ...]

    @property
    def identical(self) -> bool:
        """Whether both runs reported exactly the same messages."""
        return not self.only_first and not self.only_second


def count_by_symbol(messages: Iterable[Message]) -> collections.Counter:
    """Symbol -> number of messages."""
    return collections.Counter(message.symbol for message in messages)


def symbol_counts(
    bare: Iterable[Message], plugin: Iterable[Message]
) -> list[SymbolCount]:
    """Per-symbol counts of both runs, sorted by symbol."""
    bare_counts = count_by_symbol(bare)
    plugin_counts = count_by_symbol(plugin)
    symbols = sorted(set(bare_counts) | set(plugin_counts))
    return [
        SymbolCount(symbol, bare_counts[symbol], plugin_counts[symbol])
        for symbol in symbols
    ]


def category_totals(messages: Iterable[Message]) -> dict[str, int]:
    """Message-id letter -> number of messages, every category present."""
    totals = dict.fromkeys(CATEGORIES, 0)
    for message in messages:
        totals[message.category] = totals.get(message.category, 0) + 1
    return totals


def diff_messages(first: Iterable[Message], second: Iterable[Message]) -> MessageDiff:
    """The multiset difference of two runs' messages, both ways."""
    first_keys = collections.Counter(message.key for message in first)
    second_keys = collections.Counter(message.key for message in second)
    return MessageDiff(
        only_first=tuple(sorted((first_keys - second_keys).elements())),
        only_second=tuple(sorted((second_keys - first_keys).elements())),
    )


def merge_counts(per_target: Iterable[list[SymbolCount]]) -> list[SymbolCount]:
    """Add up the per-symbol counts of several targets of one project."""
    bare: collections.Counter = collections.Counter()
    plugin: collections.Counter = collections.Counter()
    for counts in per_target:
        for count in counts:
            bare[count.symbol] += count.bare
            plugin[count.symbol] += count.plugin
    return [
        SymbolCount(symbol, bare[symbol], plugin[symbol])
        for symbol in sorted(set(bare) | set(plugin))
    ]


def worst_parallel_status(statuses: Iterable[str]) -> str:
    """The status a set of targets shows as one: the worst of them."""
    found = list(statuses)
    if not found:
        return NOT_RUN
    return max(found, key=PARALLEL_STATUSES.index)
