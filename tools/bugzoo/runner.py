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
parent's package never leaks into the fix's inference.
"""

from __future__ import annotations

import pathlib
import subprocess
import tempfile
import time

from tools.bugzoo import extract, lint, match
from tools.bugzoo.corpus import Bug
from tools.bugzoo.report import Outcome


def _side(git_dir: pathlib.Path, commit: str, bug: Bug, symbols: list[str], tree: bool):
    with tempfile.TemporaryDirectory(prefix="bugzoo-") as scratch:
        root = pathlib.Path(scratch)
        target = extract.extract(git_dir, commit, bug.path, root, tree)
        source = target.read_text(encoding="utf-8", errors="replace")
        messages = lint.lint(target, root, symbols)
    return messages, match.locate(source, bug.class_name, bug.function)


def run_bug(bug: Bug, git_dir: pathlib.Path, symbols: list[str], tree: bool = True) -> Outcome:
    """The outcome of *bug*: found or missed at the parent, quiet or noisy at the fix."""
    outcome = Outcome(bug)
    started = time.monotonic()
    try:
        messages, span = _side(git_dir, bug.parent, bug, symbols, tree)
        outcome.parent_messages = match.within(messages, span) if span else []
        if bug.decidable != "no":
            outcome.found = (not bug.proposed) and match.found(messages, span, bug.symbol)
        if span is None:
            outcome.error = f"{bug.class_name}.{bug.function} not found in {bug.path} at the parent"
        messages, span = _side(git_dir, bug.fix, bug, symbols, tree)
        outcome.noise = match.noise(messages, span, set(symbols), bug.symbol)
    except (extract.ExtractError, lint.LintError, subprocess.TimeoutExpired) as error:
        outcome.error = str(error) or type(error).__name__
    outcome.seconds = time.monotonic() - started
    return outcome
