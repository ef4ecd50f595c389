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


"""Run pylint in this process, with a filtering reporter in front.

pylint builds its linter, reads the configuration and picks the reporters
all inside ``pylint.lint.Run``; the only point where the final reporter is
known and no message about the code has been reported yet is the start of
``PyLinter.check``. The linter class is the documented way in
(``Run.LinterClass``), so the filter is installed there.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Sequence

from pylint.lint import PyLinter, Run
from pylint.lint.expand_modules import expand_modules
from pylint.reporters.text import TextReporter

from pylint_oslo_review.cli.filtering import FilteringReporter
from pylint_oslo_review.cli.progress import Progress


class FilteringLinter(PyLinter):
    """A PyLinter that reports through a FilteringReporter, if it has one."""

    def __init__(
        self,
        *args,
        message_filter: FilteringReporter | None = None,
        progress: Progress | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.oslo_review_filter = message_filter
        self.oslo_review_progress = progress

    def check(self, files_or_modules: Sequence[str]) -> None:
        """Lint as pylint does, after putting the filter in front of the reporter."""
        if not isinstance(self.reporter, TextReporter):
            # json, sarif, several reporters: output for machines, no progress.
            self.oslo_review_progress = None
        if self.oslo_review_progress is not None:
            self.oslo_review_progress.start(_count_modules(self, files_or_modules), self.config.jobs)
        if self.oslo_review_filter is not None:
            self.set_reporter(self.oslo_review_filter.wrap(self.reporter, self.msg_status))
        super().check(files_or_modules)

    def set_current_module(self, modname: str, filepath: str | None = None) -> None:
        """Turn to *modname* as pylint does, and count it for the progress line."""
        super().set_current_module(modname, filepath)
        if self.oslo_review_progress is not None:
            self.oslo_review_progress.named(filepath)


def _count_modules(linter: PyLinter, files_or_modules: Sequence[str]) -> int | None:
    """How many modules pylint will lint, as its own expansion finds them; None if unknown."""
    try:
        found, _errors = expand_modules(
            files_or_modules,
            linter.config.source_roots,
            linter.config.ignore,
            linter.config.ignore_patterns,
            linter._ignore_paths,  # pylint: disable=protected-access
        )
    except Exception:  # pylint: disable=broad-exception-caught
        # Only the progress line's total depends on it.
        return None
    return sum(1 for description in found.values() if not description["isignored"]) or None


class _FilteredRun(Run):  # pylint: disable=too-few-public-methods
    """pylint's Run with FilteringLinter as the linter class."""

    def __init__(
        self, args: Sequence[str], message_filter: FilteringReporter | None, progress: Progress | None
    ) -> None:
        self.LinterClass = functools.partial(  # pylint: disable=invalid-name
            FilteringLinter, message_filter=message_filter, progress=progress
        )
        super().__init__(args)


def run_pylint(
    args: Sequence[str],
    message_filter: FilteringReporter | None = None,
    progress: Progress | None = None,
) -> int:
    """Run pylint on *args*; return its exit status (it never returns otherwise)."""
    try:
        _FilteredRun(list(args), message_filter, progress)
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    else:
        status = 0
    # pylint closes the files of "--output-format=FORMAT:FILE" when its
    # reporter is collected, and the linter and reporter refer to each
    # other: collect them now, or a caller in this process reads an
    # unflushed file.
    gc.collect()
    return status
