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

"""Lint one bug at its parent and at its fix, and judge both.

Each side gets a scratch tree of its own (removed afterwards), so the
parent's package never leaks into the fix's inference. A side is one file
at one commit: bugs in the same file at the same fix share its lint.
"""

from __future__ import annotations

import dataclasses
import pathlib
import subprocess
import tempfile
import time

from tools.bugzoo import extract, lint, match
from tools.bugzoo.corpus import Bug
from tools.bugzoo.report import Outcome


@dataclasses.dataclass(frozen=True)
class Side:
    """One file at one commit, as the plugin saw it."""

    messages: tuple = ()
    source: str = ""
    error: str = ""


def side_key(bug: Bug, which: str) -> tuple[str, str, str]:
    """What a lint depends on: repository, commit, path (bugs in one file share it)."""
    return (bug.repo, bug.parent if which == "parent" else bug.fix, bug.path)


def lint_side(git_dir: pathlib.Path, commit: str, path: str, symbols: list[str], tree: bool = True) -> Side:
    """Extract *path* at *commit* into a scratch tree of its own and lint it."""
    try:
        with tempfile.TemporaryDirectory(prefix="bugzoo-") as scratch:
            root = pathlib.Path(scratch)
            target = extract.extract(git_dir, commit, path, root, tree)
            source = target.read_text(encoding="utf-8", errors="replace")
            return Side(tuple(lint.lint(target, root, symbols)), source)
    except (extract.ExtractError, lint.LintError, subprocess.TimeoutExpired) as error:
        return Side(error=str(error) or type(error).__name__)


def judge(bug: Bug, parent: Side, fix: Side, plugin_symbols: list[str]) -> Outcome:
    """Found or missed at the parent, quiet or noisy at the fix (see match.noise)."""
    outcome = Outcome(bug)
    if parent.error or fix.error:
        outcome.error = parent.error or fix.error
        return outcome
    messages = list(parent.messages)
    span = match.locate(parent.source, bug.class_name, bug.function)
    if span is None:
        outcome.error = f"{bug.class_name}.{bug.function} not found in {bug.path} at the parent"
        return outcome
    outcome.parent_messages = match.within(messages, span)
    if bug.decidable != "no":
        outcome.found = (not bug.proposed) and match.found(messages, span, bug.symbol)
    fix_span = match.locate(fix.source, bug.class_name, bug.function)
    outcome.noise = match.noise(list(fix.messages), fix_span, set(plugin_symbols), bug.symbol)
    outcome.others = match.others(list(fix.messages), fix_span, set(plugin_symbols), bug.symbol)
    return outcome


def run_bug(bug: Bug, git_dir: pathlib.Path, symbols: list[str], tree: bool = True,
            plugin_symbols: list[str] | None = None) -> Outcome:
    """The outcome of one *bug*, linting both sides (the CLI shares sides between bugs)."""
    started = time.monotonic()
    parent = lint_side(git_dir, bug.parent, bug.path, symbols, tree)
    fix = lint_side(git_dir, bug.fix, bug.path, symbols, tree)
    outcome = judge(bug, parent, fix, symbols if plugin_symbols is None else plugin_symbols)
    outcome.seconds = time.monotonic() - started
    return outcome
