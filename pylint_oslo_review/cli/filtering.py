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


"""Hide messages from pylint's reporter, and from its exit status and score.

pylint has no hook to drop a message once a checker emitted it. This
reporter sits between the linter and the reporters ``--output-format``
chose, holds each file's messages until the next file starts, passes the
batch through the filters (the baseline, the changed lines) and forwards
what is left. With ``-j N`` the messages of the workers come back to the
main process one file at a time, through the same path.

pylint counted every message before it reached a reporter: its exit
status, ``--fail-on``, ``--fail-under`` and the score come from those
counts. So before pylint displays anything (and computes the score and
exit status from them), the hidden messages are taken back out of the
counts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from pylint.constants import MSG_TYPES, MSG_TYPES_STATUS

if TYPE_CHECKING:
    from pylint.lint import PyLinter
    from pylint.message import Message
    from pylint.reporters import BaseReporter, MultiReporter
    from pylint.reporters.ureports.nodes import Section
    from pylint.utils import LinterStats


class MessageStage(Protocol):  # pylint: disable=too-few-public-methods
    """One filter: given a file's messages, the ones to keep, in order."""

    def keep(self, messages: list[Message]) -> list[Message]:
        """The messages of *messages* to show."""


class FilteringReporter:
    """A reporter that forwards only the messages every stage keeps."""

    name = "pylint-oslo-review-filter"

    def __init__(self, stages: Sequence[MessageStage]) -> None:
        self.stages = tuple(stages)
        self.linted_files: set[str] = set()
        self.finished = False
        self._reporter: BaseReporter | MultiReporter | None = None
        self._pending: list[Message] = []
        self._hidden: list[Message] = []
        self._status = 0

    def wrap(self, reporter: BaseReporter | MultiReporter, status: int) -> FilteringReporter:
        """Filter in front of *reporter*; *status* is pylint's exit status
        from before linting (messages about the configuration)."""
        self._reporter = reporter
        self._status = status
        return self

    @property
    def reporter(self) -> BaseReporter | MultiReporter:
        """The reporter the kept messages go to."""
        assert self._reporter is not None, "wrap() a reporter first"
        return self._reporter

    @property
    def hidden(self) -> int:
        """How many messages the stages hid so far."""
        return len(self._hidden)

    @property
    def linter(self) -> PyLinter | None:
        """The linter, set by ``PyLinter.set_reporter``; the wrapped reporter's."""
        return getattr(self.reporter, "linter", None)

    @linter.setter
    def linter(self, linter: PyLinter) -> None:
        self.reporter.linter = linter

    @property
    def out(self):
        """The wrapped reporter's output stream."""
        return self.reporter.out

    @out.setter
    def out(self, output) -> None:
        self.reporter.out = output

    @property
    def path_strip_prefix(self) -> str:
        """What pylint strips from absolute paths: the wrapped reporter's."""
        return self.reporter.path_strip_prefix

    def handle_message(self, msg: Message) -> None:
        """Hold the message until its file is complete."""
        self._pending.append(msg)

    def on_set_current_module(self, module: str, filepath: str | None) -> None:
        """A new file starts: the previous one's messages are complete."""
        self._flush()
        if filepath:
            self.linted_files.add(os.path.realpath(filepath))
        self.reporter.on_set_current_module(module, filepath)

    def writeln(self, string: str = "") -> None:
        """Write through the wrapped reporter."""
        self.reporter.writeln(string)

    def display_messages(self, layout: Section | None) -> None:
        """The run is over: filter the last file, correct the counts, display."""
        self._flush()
        self._uncount()
        self.finished = True
        self.reporter.display_messages(layout)

    def display_reports(self, layout: Section) -> None:
        """pylint's reports and score, from the corrected counts."""
        self.reporter.display_reports(layout)

    def on_close(self, stats: LinterStats, previous_stats: LinterStats | None) -> None:
        """Pass pylint's end-of-run hook on."""
        self.reporter.on_close(stats, previous_stats)

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        kept = batch
        for stage in self.stages:
            kept = stage.keep(kept)
        kept_ids = {id(message) for message in kept}
        for message in batch:
            if id(message) in kept_ids:
                self._status |= MSG_TYPES_STATUS[message.msg_id[0]]
                self.reporter.handle_message(message)
            else:
                self._hidden.append(message)

    def _uncount(self) -> None:
        """Take the hidden messages out of the linter's counts and status."""
        linter = self.linter
        if linter is None:
            return
        for message in self._hidden:
            _uncount_message(linter.stats, message)
        linter.msg_status = self._status


def _uncount_message(stats: LinterStats, message: Message) -> None:
    category = MSG_TYPES[message.msg_id[0]]
    stats.increase_single_message_count(category, -1)
    module_counts = stats.by_module.get(message.module)
    if module_counts is not None and module_counts.get(category, 0) > 0:
        module_counts[category] -= 1
    remaining = stats.by_msg.get(message.symbol, 0) - 1
    if remaining > 0:
        stats.by_msg[message.symbol] = remaining
    else:
        stats.by_msg.pop(message.symbol, None)
