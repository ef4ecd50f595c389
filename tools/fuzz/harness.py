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

"""Lint one file in this process, the plugin in strict mode, and catch crashes.

In-process, because a subprocess per mutant would spend its time parsing
oslo.db and oslo.versionedobjects again; astroid's cache keeps them.
pylint turns an exception in a checker into an ``astroid-error`` or
``fatal`` message and writes the traceback to a crash-report file; the
harness intercepts that report (``prepare_crash_report``) to keep the
traceback itself. With ``PYLINT_OSLO_REVIEW_STRICT`` set,
``guard.never_crash`` re-raises instead of hiding the bug, so every
exception in the plugin reaches that net.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import signal
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import astroid
from pylint.lint import Run, pylinter
from pylint.reporters import CollectingReporter

import pylint_oslo_review
from pylint_oslo_review.checkers import CHECKERS
from pylint_oslo_review.guard import STRICT_ENV

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "test_fixtures"
EMPTY_RC = FIXTURES / "empty.pylintrc"
#: What the functional fixtures import: the example project and stub packages.
IMPORT_PATHS = (FIXTURES / "example", FIXTURES / "packages")
_PLUGIN_DIR = str(Path(pylint_oslo_review.__file__).resolve().parent)


def plugin_symbols() -> list[str]:
    """Every message the plugin defines, default-off ones included."""
    return sorted({message[1] for checker in CHECKERS for message in checker.msgs.values()})


def options() -> list[str]:
    """pylint options: every plugin message, pylint's errors, and crashes."""
    return [
        f"--rcfile={EMPTY_RC}",
        "--persistent=n",
        "--load-plugins=pylint_oslo_review",
        "--jobs=1",
        "--disable=all",
        f"--enable={','.join(plugin_symbols())},E,astroid-error,fatal",
        "--disable=import-error",
        "--score=n",
    ]


@dataclasses.dataclass(frozen=True)
class Crash:
    """One exception that escaped into pylint while linting a file."""

    path: str
    #: astroid-error or fatal (pylint's messages), escaped (out of Run), timeout.
    kind: str
    exception: str
    #: The innermost frame in the plugin, or the innermost frame at all.
    where: str
    traceback: str

    @property
    def ours(self) -> bool:
        """Whether the plugin's code is on the stack (a timeout is not a crash)."""
        return self.kind != "timeout" and _PLUGIN_DIR in self.traceback

    @property
    def identity(self) -> tuple[str, str]:
        """What makes two crashes the same bug."""
        return (self.exception.split(":", 1)[0], self.where)


class MutantTimeout(BaseException):
    """Linting took too long (BaseException: pylint must not catch it)."""


def prepare() -> None:
    """Strict mode, and the import paths the fixtures need."""
    os.environ[STRICT_ENV] = "1"
    for path in IMPORT_PATHS:
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))


def lint(path: Path, timeout: float = 300.0) -> list[Crash]:
    """The crashes of one in-process pylint run on *path* (empty: none)."""
    caught: list[tuple[str, BaseException]] = []
    reporter = CollectingReporter()
    with _intercepting(caught), _deadline(timeout), contextlib.redirect_stdout(io.StringIO()):
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                Run([*options(), str(path)], reporter=reporter, exit=False)
            except MutantTimeout as error:
                caught.append(("timeout", error))
            except Exception as error:  # pylint: disable=broad-exception-caught
                caught.append(("escaped", error))
    _forget(path)
    crashes = [_crash(str(path), kind, error) for kind, error in caught]
    # A crash pylint turned into a message without a report (none known today).
    reported = {c.kind for c in crashes}
    for message in reporter.messages:
        if message.symbol in ("astroid-error", "fatal") and message.symbol not in reported:
            crashes.append(Crash(str(path), message.symbol, message.msg.split("\n", 1)[0], "", ""))
    return crashes


def crashes_without_plugin(path: Path) -> bool:
    """Whether pylint alone (no plugin, another process) also crashes on *path*.

    Then the bug is pylint's or astroid's, not this plugin's.
    """
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(str(p) for p in IMPORT_PATHS))
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n", "--disable=all",
         "--enable=E,astroid-error,fatal", "--score=n", str(path)],
        capture_output=True, text=True, check=False, env=env, timeout=600,
    )
    return "(astroid-error)" in result.stdout or "(fatal)" in result.stdout or "Traceback" in result.stderr


def _crash(path: str, kind: str, error: BaseException) -> Crash:
    frames = traceback.extract_tb(_innermost(error).__traceback__)
    ours = [frame for frame in frames if frame.filename.startswith(_PLUGIN_DIR)]
    frame = (ours or frames or [None])[-1]
    where = f"{os.path.relpath(frame.filename, ROOT)}:{frame.lineno} in {frame.name}" if frame else ""
    innermost = _innermost(error)
    return Crash(
        path=path,
        kind=kind,
        exception=f"{type(innermost).__name__}: {innermost}"[:300],
        where=where,
        traceback="".join(traceback.format_exception(error)),
    )


def _innermost(error: BaseException) -> BaseException:
    """The exception that started it (astroid wraps the original one)."""
    while error.__cause__ is not None:
        error = error.__cause__
    return error


@contextlib.contextmanager
def _intercepting(caught: list[tuple[str, BaseException]]) -> Iterator[None]:
    original = pylinter.prepare_crash_report

    def record(error, filepath, crash_file_path):  # pylint: disable=unused-argument
        kind = "astroid-error" if isinstance(error, astroid.AstroidError) else "fatal"
        caught.append((kind, error))
        return os.devnull

    pylinter.prepare_crash_report = record
    try:
        yield
    finally:
        pylinter.prepare_crash_report = original


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    def expire(signum, frame):  # pylint: disable=unused-argument
        raise MutantTimeout(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _forget(path: Path) -> None:
    """Drop the linted module from astroid's cache: the next mutant is another file."""
    target = str(path)
    for name, module in list(astroid.MANAGER.astroid_cache.items()):
        if getattr(module, "file", None) == target:
            del astroid.MANAGER.astroid_cache[name]
