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


"""The baseline: findings a project accepted, so that only new ones fail.

A finding is identified by what stays put when code around it changes:
its file, its message symbol and text, the function or class it is in
(pylint's ``obj``) and the text of its source line with whitespace
normalised. Line numbers are left out, so an edit above a finding does not
make it new again; numbers inside the message text ("line 48", "7/5")
are masked for the same reason. Editing the line itself, renaming the
enclosing function or moving the file does make it new: the reviewer of
that change sees it.

Matching tries the exact identity first, then the same identity without
the message text, which pylint and astroid upgrades sometimes reword.
Identical findings are counted, so a second copy of an accepted mistake
is still new.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import os
import pathlib
import re
from collections.abc import Iterable

from pylint.message import Message

from pylint_oslo_review import files

FORMAT_VERSION = 1
_NUMBER = re.compile(r"\b\d+\b")
_FIELDS = ("path", "symbol", "scope", "source", "message")


class BaselineError(Exception):
    """The baseline file cannot be read; the message says why."""


@dataclasses.dataclass(frozen=True, order=True)
class Finding:
    """The identity of one message, independent of line numbers."""

    path: str
    symbol: str
    scope: str
    source: str
    message: str

    @property
    def loose(self) -> tuple[str, str, str, str]:
        """The identity without the message text."""
        return (self.path, self.symbol, self.scope, self.source)


def normalise_source(line: str) -> str:
    """A source line with its indentation and runs of spaces made uniform."""
    return " ".join(line.split())


def normalise_message(text: str) -> str:
    """A message text with the numbers in it masked (line references, counts)."""
    return _NUMBER.sub("#", text)


class SourceLines:  # pylint: disable=too-few-public-methods
    """Reads the lines of linted files, each file once."""

    def __init__(self) -> None:
        self._files: dict[str, list[str]] = {}

    def line(self, path: str, number: int) -> str:
        """Line *number* (1-based) of the file at *path*; '' if there is none."""
        if path not in self._files:
            try:
                text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._files[path] = text.splitlines()
        lines = self._files[path]
        return lines[number - 1] if 0 < number <= len(lines) else ""


def relative_path(abspath: str, root: pathlib.Path) -> str:
    """*abspath* relative to *root*, with forward slashes ('' for no file)."""
    if not abspath:
        return ""
    return pathlib.Path(os.path.relpath(os.path.realpath(abspath), root)).as_posix()


def finding_of(message: Message, root: pathlib.Path, sources: SourceLines) -> Finding:
    """The identity of *message*; paths are relative to *root*."""
    source = sources.line(message.abspath, message.line) if message.abspath else ""
    return Finding(
        path=relative_path(message.abspath, root) or message.path,
        symbol=message.symbol,
        scope=message.obj,
        source=normalise_source(source),
        message=normalise_message(message.msg),
    )


class Baseline:
    """A multiset of findings, as stored in the baseline file."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self.counts: collections.Counter[Finding] = collections.Counter(findings)

    def __len__(self) -> int:
        return sum(self.counts.values())

    def paths(self) -> set[str]:
        """The files the baseline has findings in."""
        return {finding.path for finding in self.counts}

    @classmethod
    def load(cls, path: pathlib.Path) -> Baseline:
        """Read a baseline file written by :meth:`dumps`."""
        try:
            data = json.loads(files.read_text(str(path)))
        except files.UnusableFile as error:
            if error.missing:
                raise BaselineError(
                    f"{path} does not exist; write it with 'pylint-oslo-review baseline create'"
                ) from error
            raise BaselineError(f"cannot read the --baseline file: {error}") from error
        except ValueError as error:
            raise BaselineError(f"cannot read {path}: {error}") from error
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise BaselineError(f"{path} is not a version {FORMAT_VERSION} baseline file")
        baseline = cls()
        for entry in data.get("findings", []):
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(field), str) for field in _FIELDS
            ):
                raise BaselineError(f"{path}: malformed finding {entry!r}")
            count = entry.get("count", 1)
            if not isinstance(count, int) or count < 1:
                raise BaselineError(f"{path}: bad count in {entry!r}")
            baseline.counts[Finding(*(entry[field] for field in _FIELDS))] += count
        return baseline

    def dumps(self) -> str:
        """The file's text: JSON with one finding per line, sorted, for
        readable diffs in review."""
        rows = []
        for finding in sorted(self.counts):
            entry = dataclasses.asdict(finding)
            if self.counts[finding] > 1:
                entry["count"] = self.counts[finding]
            rows.append("    " + json.dumps(entry, ensure_ascii=False))
        findings = "[\n" + ",\n".join(rows) + "\n  ]" if rows else "[]"
        return (
            "{\n"
            '  "comment": "Findings accepted when this baseline was written: '
            'pylint-oslo-review reports only findings not listed here. '
            'See docs/adoption.rst of pylint-oslo-review.",\n'
            f'  "version": {FORMAT_VERSION},\n'
            f'  "findings": {findings}\n'
            "}\n"
        )

    def save(self, path: pathlib.Path) -> None:
        """Write the file, replacing it in one step."""
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(self.dumps(), encoding="utf-8")
        os.replace(temporary, path)


class BaselineMatcher:
    """Consumes baseline entries as messages arrive; keeps the new ones."""

    def __init__(self, baseline: Baseline, root: pathlib.Path, sources: SourceLines) -> None:
        self.root = root
        self.remaining: collections.Counter[Finding] = collections.Counter(baseline.counts)
        self.matched = 0
        self._sources = sources
        self._by_loose: dict[tuple, list[Finding]] = collections.defaultdict(list)
        for finding in sorted(baseline.counts):
            self._by_loose[finding.loose].append(finding)

    def keep(self, messages: list[Message]) -> list[Message]:
        """The messages of *messages* that the baseline does not account for.

        Exact matches are taken before loose ones, so that a reworded
        message cannot use up the entry of an unchanged one.
        """
        findings = [finding_of(message, self.root, self._sources) for message in messages]
        accounted = [self._take(finding) for finding in findings]
        for index, finding in enumerate(findings):
            if not accounted[index]:
                accounted[index] = self._take_loose(finding)
        self.matched += sum(accounted)
        return [message for message, done in zip(messages, accounted) if not done]

    def unmatched(self, linted_paths: set[str]) -> list[Finding]:
        """Entries of files linted in this run that matched no message.

        Files that were not linted (pre-commit passes only the changed
        ones) say nothing about their entries.
        """
        return sorted(
            finding
            for finding, count in self.remaining.items()
            for _ in range(count)
            if finding.path in linted_paths
        )

    def _take(self, finding: Finding) -> bool:
        if self.remaining[finding] > 0:
            self.remaining[finding] -= 1
            return True
        return False

    def _take_loose(self, finding: Finding) -> bool:
        for candidate in self._by_loose.get(finding.loose, ()):
            if self._take(candidate):
                return True
        return False


class BaselineCollector:  # pylint: disable=too-few-public-methods
    """Takes every finding for a new baseline.

    Fatal messages (a file pylint could not parse or find) are not
    findings about the code: they stay visible and out of the baseline.
    """

    def __init__(self, root: pathlib.Path, sources: SourceLines) -> None:
        self.root = root
        self.baseline = Baseline()
        self._sources = sources

    def keep(self, messages: list[Message]) -> list[Message]:
        """The fatal messages; the others go into the baseline."""
        kept = []
        for message in messages:
            if message.msg_id.startswith("F"):
                kept.append(message)
            else:
                self.baseline.counts[finding_of(message, self.root, self._sources)] += 1
        return kept
