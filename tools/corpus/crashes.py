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

"""Recognise a pylint run that crashed rather than merely reported messages.

A plugin that raises inside astroid does not stop pylint: pylint turns the
exception into an F-category message (``astroid-error``, ``fatal``, ...)
and carries on. A crash outside that net shows as a Python traceback on
stderr and an exit status that pylint's message bits do not explain. All
three are looked for, because each hides a different kind of failure.
"""

from __future__ import annotations

import dataclasses
import re

from tools.corpus.pylint_output import Message

# pylint's exit status is a bit field (pylint.lint.run / the docs).
EXIT_FLAGS = (
    (1, "fatal"),
    (2, "error"),
    (4, "warning"),
    (8, "refactor"),
    (16, "convention"),
    (32, "usage error"),
)
_ALL_FLAGS = sum(bit for bit, _ in EXIT_FLAGS)
_TRACEBACK_START = "Traceback (most recent call last):"
_FRAME = re.compile(r'^\s+File "(?P<file>[^"]+)", line (?P<line>\d+)')
# astroid-error text ends with the path of a crash report named after the
# time, which would make one crash look new in every run.
_CRASH_REPORT_TAIL = re.compile(r"\s*Please open an issue in our bug tracker.*$", re.DOTALL)


@dataclasses.dataclass(frozen=True)
class ExitStatus:
    """What a pylint exit status says."""

    code: int
    flags: tuple[str, ...]
    explained: bool


@dataclasses.dataclass(frozen=True)
class Crash:
    """One sign that a run crashed, with where it happened.

    *run* and *target* are filled in by the caller, which knows them.
    """

    kind: str
    detail: str
    path: str = ""
    line: int = 0
    run: str = ""
    target: str = ""

    @property
    def identity(self) -> tuple[str, str, str, int]:
        """What makes a crash in a repeated run the same crash."""
        return (self.kind, self.detail, self.path, self.line)

    def to_dict(self) -> dict:
        """The JSON form used in report.json."""
        return dataclasses.asdict(self)


def decode_exit_status(code: int) -> ExitStatus:
    """Split *code* into pylint's flags; say whether the flags explain it.

    A negative code (killed by a signal) or one with bits beyond pylint's
    is not explained by messages.
    """
    if code < 0 or code & ~_ALL_FLAGS:
        return ExitStatus(code=code, flags=(), explained=False)
    flags = tuple(name for bit, name in EXIT_FLAGS if code & bit)
    return ExitStatus(code=code, flags=flags, explained=True)


def fatal_messages(messages: list[Message]) -> list[Message]:
    """The F-category messages: astroid-error, fatal, parse-error and kin."""
    return [message for message in messages if message.category == "F"]


def find_tracebacks(stderr: str) -> list[str]:
    """One summary per Python traceback on *stderr*.

    The summary is the exception line plus the innermost frame, which is
    what tells a plugin bug from a pylint or astroid one.
    """
    summaries = []
    lines = stderr.splitlines()
    index = 0
    while index < len(lines):
        if lines[index].strip() != _TRACEBACK_START:
            index += 1
            continue
        innermost = ""
        index += 1
        while index < len(lines) and (
            not lines[index] or lines[index][0].isspace()
        ):
            frame = _FRAME.match(lines[index])
            if frame:
                innermost = f"{frame['file']}:{frame['line']}"
            index += 1
        exception = lines[index].strip() if index < len(lines) else "(truncated)"
        summaries.append(f"{exception} [at {innermost}]" if innermost else exception)
        index += 1
    return summaries


def find_crashes(
    returncode: int,
    messages: list[Message] | None,
    stderr: str,
    timed_out: bool = False,
) -> list[Crash]:
    """Every sign of a crash in one run.

    *messages* is None when the output could not be parsed, which is itself
    a crash: pylint always writes a json2 document when it finishes.
    """
    found = []
    if timed_out:
        found.append(Crash("timeout", "killed after the time limit"))
    if messages is None:
        found.append(Crash("unreadable-output", "no json2 document"))
    fatal = fatal_messages(messages or [])
    for message in fatal:
        detail = _CRASH_REPORT_TAIL.sub("", message.message)
        found.append(
            Crash("fatal-message", f"{message.symbol}: {detail}", message.path, message.line)
        )
    status = decode_exit_status(returncode)
    if not status.explained:
        found.append(Crash("exit-status", f"exit status {returncode} is not pylint's"))
    elif "usage error" in status.flags:
        found.append(Crash("exit-status", "pylint reported a usage error"))
    elif "fatal" in status.flags and not fatal and messages is not None:
        found.append(Crash("exit-status", "fatal bit set without an F message"))
    for summary in find_tracebacks(stderr):
        found.append(Crash("traceback", summary))
    return found
