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


"""Progress of a long run, on stderr, for a person watching a terminal.

A run over nova's ``objects`` and ``db`` takes minutes and pylint prints
nothing until a module has messages. When stderr is a terminal and the run
is not in CI, a line ``pylint-oslo-review: 37/120 modules checked, 45 s``
goes to stderr every ``interval`` seconds, starting after the first
interval, so short runs print nothing extra. Whole lines, never ``\\r``:
the reporter's own lines on stdout may share the terminal.

pylint names the module it turns to with ``set_current_module``: once per
file while it builds the ASTs and once when it checks it with one job;
once per file whose results come back from a worker with ``-j N``. So a
file is checked when it is named for the second time with one job, and
each time it is named with several.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TextIO

#: Environment variables that say the run is in CI (Zuul sets ZUUL_*,
#: GitHub and GitLab set CI).
_CI_VARIABLES = ("CI", "ZUUL_PROJECT", "BUILD_ID", "TF_BUILD")


def wanted(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to show progress: stderr is a terminal and the run is not in CI.

    The linter drops it again for output formats meant for machines
    (``cli/runner.py``).
    """
    if any(environ.get(name) for name in _CI_VARIABLES):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Counts checked modules and says so every *interval* seconds."""

    def __init__(
        self,
        interval: float = 10.0,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = interval
        self.stream = stream
        self.clock = clock
        self.total: int | None = None
        self.jobs = 1
        self.checked = 0
        self._named: set[str] = set()
        self._started = clock()
        self._next = self._started + interval
        #: A worker's copy (see __getstate__): counts nothing, says nothing.
        self.inert = False

    def __getstate__(self) -> dict:
        """pylint -j N pickles the linter for its workers: their copy stays silent."""
        return {"interval": self.interval, "inert": True}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["interval"])  # pylint: disable=unnecessary-dunder-call
        self.inert = state["inert"]

    def start(self, total: int | None, jobs: int) -> None:
        """A run over *total* modules (``None``: unknown) with *jobs* processes begins."""
        self.total = total
        self.jobs = jobs
        self._started = self.clock()
        self._next = self._started + self.interval

    def named(self, filepath: str | None) -> None:
        """pylint turned to *filepath* (see the module docstring)."""
        if filepath is None or self.inert:
            return
        if self.jobs == 1 and filepath not in self._named:
            self._named.add(filepath)
            return
        self.checked += 1
        now = self.clock()
        if now >= self._next:
            self._next = now + self.interval
            self._say(now)

    def line(self, now: float) -> str:
        """The progress line at time *now*."""
        done = f"{self.checked}/{self.total}" if self.total else str(self.checked)
        noun = "module" if (self.total or self.checked) == 1 else "modules"
        return f"pylint-oslo-review: {done} {noun} checked, {now - self._started:.0f} s"

    def _say(self, now: float) -> None:
        stream = self.stream if self.stream is not None else sys.stderr
        print(self.line(now), file=stream, flush=True)


def for_run(environ: Mapping[str, str] | None = None) -> Progress | None:
    """A Progress for this process's stderr, or None where it is not wanted."""
    environ = os.environ if environ is None else environ
    return Progress() if wanted(sys.stderr, environ) else None
