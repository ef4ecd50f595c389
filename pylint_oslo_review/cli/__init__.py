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


"""``pylint-oslo-review``: pylint, plus what adopting a plugin needs.

It runs pylint in this process with the arguments it was given, adding
only what was asked for: a profile as the base configuration
(``--profile``), a baseline of accepted findings (``--baseline``, and the
``baseline create``/``baseline prune`` commands), and a filter to the lines
a change touched (``--changed-since``), or to what a change introduced
anywhere (``--new-since``). See ``arguments.USAGE`` and
docs/adoption.rst. Notes about what was hidden go to stderr, so stdout is
exactly what pylint's reporter wrote (json, sarif, ...).
"""

from __future__ import annotations

import collections
import contextlib
import pathlib
import sys
import tempfile
from collections.abc import Iterator

from pylint_oslo_review import profiles
from pylint_oslo_review.cli import arguments, new_since, profile_config, progress
from pylint_oslo_review.cli.baseline import (
    Baseline,
    BaselineCollector,
    BaselineError,
    BaselineMatcher,
    SourceLines,
    relative_path,
)
from pylint_oslo_review.cli.changed_lines import ChangedLines, GitError
from pylint_oslo_review.cli.filtering import FilteringReporter
from pylint_oslo_review.cli.runner import run_pylint

#: pylint's exit status for a command line it cannot run.
USAGE_ERROR = 32
#: pylint's exit status bit for a fatal message (a file it could not lint).
FATAL = 1
_ERRORS = (
    arguments.UsageError,
    profile_config.ConfigError,
    BaselineError,
    GitError,
    profiles.UnknownProfileError,
)


def main(argv: list[str] | None = None) -> int:
    """Run the command line *argv* (default: ``sys.argv[1:]``); return the exit status."""
    try:
        request = arguments.parse(list(sys.argv[1:] if argv is None else argv))
        if request.command == arguments.PROFILE_LIST:
            print("\n".join(profiles.names()))
            return 0
        if request.command == arguments.PROFILE_PATH:
            print(profiles.profile_path(request.operands[0]))
            return 0
        if request.wants_help:
            print(arguments.USAGE)
        session = _Session(request)
        with _pylint_arguments(request) as pylint_args:
            status = run_pylint(pylint_args, session.message_filter, progress.for_run())
        return session.finish(status)
    except _ERRORS as error:
        note(f"error: {error}")
        return USAGE_ERROR


def counted(number: int, noun: str) -> str:
    """'1 finding', '2 findings'."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _were(number: int) -> str:
    return "was" if number == 1 else "were"


def _occur(number: int) -> str:
    return "occurs" if number == 1 else "occur"


def note(text: str) -> None:
    """Tell the user something on stderr, away from the reporter's output.

    Notes start with the program name and hold no ``path:line:column:``,
    so Zuul never mistakes them for findings.
    """
    print(f"pylint-oslo-review: {text}", file=sys.stderr)


@contextlib.contextmanager
def _pylint_arguments(request: arguments.Request) -> Iterator[list[str]]:
    """pylint's command line; with a profile, a merged configuration file."""
    if request.profile is None:
        yield list(request.pylint_args)
        return
    profile = profiles.profile_path(request.profile)
    rcfile, rest = profile_config.split_rcfile(list(request.pylint_args))
    sources = [(f"profile {request.profile}", profile)]
    project = profile_config.project_config(rcfile)
    if project is not None:
        sources.append(("project", project))
    with tempfile.TemporaryDirectory(prefix="pylint-oslo-review-") as directory:
        merged = pathlib.Path(directory) / "pylintrc.toml"
        known = profile_config.KnownOptions.installed()
        merged.write_text(profile_config.merged_config(sources, known), encoding="utf-8")
        yield [f"--rcfile={merged}", *rest]


class _Session:
    """The filters of one run, and what to do with them afterwards."""

    def __init__(self, request: arguments.Request) -> None:
        self.request = request
        self.baseline: Baseline | None = None
        self.matcher: BaselineMatcher | None = None
        self.collector: BaselineCollector | None = None
        self.changed: ChangedLines | None = None
        self.baseline_file = pathlib.Path(request.baseline) if request.baseline else None
        stages: list = []
        if self.baseline_file is not None:
            root = self.baseline_file.resolve().parent
            if request.command == arguments.BASELINE_CREATE:
                self.collector = BaselineCollector(root, SourceLines())
                stages.append(self.collector)
            else:
                self.baseline = Baseline.load(self.baseline_file)
                self.matcher = BaselineMatcher(self.baseline, root, SourceLines())
                stages.append(self.matcher)
        if request.new_since:
            own = ["--profile", request.profile] if request.profile else []
            self.baseline = new_since.revision_baseline(request.new_since, own, list(request.pylint_args))
            self.matcher = BaselineMatcher(self.baseline, new_since.repository_root(), SourceLines())
            stages.append(self.matcher)
        if request.changed_since:
            self.changed = ChangedLines.since(request.changed_since)
            stages.append(self.changed)
        self.message_filter = FilteringReporter(stages) if stages else None

    def finish(self, status: int) -> int:
        """Act on the finished run (write the baseline, say what was hidden)."""
        if self.message_filter is None or not self.message_filter.finished:
            return status
        if self.collector is not None:
            self._write(self.collector.baseline, "wrote")
        if self.matcher is not None:
            self._report_baseline()
        if self.changed is not None and self.changed.hidden:
            hidden = self.changed.hidden
            note(f"{counted(hidden, 'finding')} on lines not changed since "
                 f"{self.request.changed_since} {_were(hidden)} not reported")
        if self.request.command == arguments.BASELINE_PRUNE:
            # Pruning succeeded: the findings it showed are not its business
            # (a run with --baseline fails on them), only a file pylint
            # could not lint or a usage error make it fail.
            return status & (FATAL | USAGE_ERROR)
        return status

    def _report_baseline(self) -> None:
        matcher = self.matcher
        if self.request.new_since:
            note(f"{matcher.matched} findings also present at {self.request.new_since} were not reported")
            return
        linted = {relative_path(path, matcher.root) for path in self.message_filter.linted_files}
        gone = matcher.unmatched(linted)
        if self.request.command == arguments.BASELINE_PRUNE:
            kept = Baseline((self.baseline.counts - collections.Counter(gone)).elements())
            self._write(kept, f"removed {counted(len(gone), 'finding')} that no longer "
                              f"{_occur(len(gone))}; wrote")
            return
        if matcher.matched:
            note(f"{counted(matcher.matched, 'finding')} listed in {self.baseline_file} "
                 f"{_were(matcher.matched)} not reported")
        if gone:
            note(f"{counted(len(gone), 'finding')} listed in {self.baseline_file} no longer "
                 f"{_occur(len(gone))}; "
                 "'pylint-oslo-review baseline prune' with the same arguments removes "
                 f"{'it' if len(gone) == 1 else 'them'}:")
            for finding in gone:
                print(f"    {finding.path}: {finding.symbol} in {finding.scope or '<module>'}: "
                      f"{finding.source}", file=sys.stderr)

    def _write(self, baseline: Baseline, verb: str) -> None:
        baseline.save(self.baseline_file)
        note(f"{verb} {counted(len(baseline), 'finding')} in "
             f"{counted(len(baseline.paths()), 'file')} to {self.baseline_file}")
