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


"""``--changed-since REV``: keep findings on lines changed since a revision.

The changed lines are read from git: ``git diff REV`` compares the
revision with the working tree (commits since REV, staged and unstaged
changes alike), and files git does not track yet count as changed
throughout. Only added and modified lines count; a change that only
deletes lines marks none, so a finding it causes elsewhere stays hidden
(use a baseline to gate on those).

Messages that are about no file (a bad option, a module pylint cannot
find) are always kept, as are messages on files outside the repository.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess

from pylint.message import Message

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class GitError(Exception):
    """git could not answer; the message holds what it said."""


def _git(arguments: list[str], cwd: str) -> str:
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotePath=false", *arguments],
            cwd=cwd, capture_output=True, text=True, check=False,
        )
    except OSError as error:
        raise GitError(f"cannot run git: {error}") from error
    if result.returncode != 0:
        raise GitError(f"git {' '.join(arguments)}: {result.stderr.strip()}")
    return result.stdout


def parse_diff(text: str) -> dict[str, set[int]]:
    """{path: added or modified line numbers} of a ``git diff -U0`` output.

    Paths are as the diff gives them, relative to the repository root.
    """
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in text.splitlines():
        if line.startswith("+++ "):
            path = _diff_path(line[4:])
            current = None if path is None else changed.setdefault(path, set())
        elif current is not None:
            match = _HUNK.match(line)
            if match:
                start, count = int(match.group(1)), int(match.group(2) or "1")
                current.update(range(start, start + count))
    return changed


def _diff_path(text: str) -> str | None:
    """The new-side path of a ``+++`` line; None for a deleted file."""
    text = text.rstrip("\t")
    if text == "/dev/null":
        return None
    if text.startswith('"') and text.endswith('"'):
        # git quotes names with control characters, C-style.
        try:
            text = ast.literal_eval("b" + text).decode("utf-8", errors="replace")
        except (SyntaxError, ValueError):
            text = text[1:-1]
    return text[2:] if text.startswith("b/") else text


class ChangedLines:
    """Which lines of which files changed; the filter of ``--changed-since``."""

    def __init__(self, root: str, lines: dict[str, set[int]], new_files: set[str]) -> None:
        self.root = os.path.realpath(root)
        self._lines = {os.path.join(self.root, path): numbers for path, numbers in lines.items()}
        self._new_files = {os.path.join(self.root, path) for path in new_files}
        self.hidden = 0

    @classmethod
    def since(cls, revision: str, cwd: str = ".") -> ChangedLines:
        """The lines changed in the repository at *cwd* since *revision*."""
        root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
        diff = _git(
            ["diff", "--no-color", "--no-ext-diff", "--unified=0", "--find-renames",
             "--src-prefix=a/", "--dst-prefix=b/", revision, "--"],
            root,
        )
        untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
        return cls(root, parse_diff(diff), {name for name in untracked.split("\0") if name})

    def contains(self, abspath: str, line: int) -> bool:
        """Whether *line* of the file at *abspath* changed."""
        path = os.path.realpath(abspath)
        return path in self._new_files or line in self._lines.get(path, ())

    def keep(self, messages: list[Message]) -> list[Message]:
        """The messages on changed lines, and those about no file of the repository."""
        kept = []
        for message in messages:
            path = os.path.realpath(message.abspath) if message.abspath else ""
            in_repository = path.startswith(self.root + os.sep) and os.path.isfile(path)
            if not in_repository or self.contains(path, message.line):
                kept.append(message)
            else:
                self.hidden += 1
        return kept
