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

"""Run one pylint process and measure what it alone cost.

``os.wait4`` returns the resource usage of the reaped child (and of the
children it reaped itself, i.e. pylint's ``-j`` workers), which
``resource.getrusage(RUSAGE_CHILDREN)`` would mix with every earlier run.
Output goes to files, not pipes: a pipe that nobody reads while we block
in wait4 would deadlock on a large json2 document.
"""

from __future__ import annotations

import dataclasses
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time


@dataclasses.dataclass(frozen=True)
class Measurement:
    """Exit status and cost of one finished process."""

    returncode: int
    wall_seconds: float
    cpu_seconds: float
    max_rss_kib: int
    timed_out: bool = False


@dataclasses.dataclass(frozen=True)
class PylintOptions:
    """The pylint options of a run, apart from what it lints."""

    rcfile: str
    rc_options: tuple[str, ...]
    jobs: int = 1
    plugin: str | None = None
    plugin_symbols: tuple[str, ...] = ()

    def argv(self, targets: tuple[str, ...], python: str = sys.executable) -> list[str]:
        """The command line; bare and plugin runs differ only in the tail.

        The plugin run also enables the plugin's own symbols, so that they
        are reported whatever categories the rc options enable; they do
        not exist in a bare run, which therefore cannot be given them.
        """
        command = [
            python,
            "-m",
            "pylint",
            f"--rcfile={self.rcfile}",
            "--persistent=n",
            "--output-format=json2",
            f"--jobs={self.jobs}",
            *self.rc_options,
        ]
        if self.plugin:
            command.append(f"--load-plugins={self.plugin}")
            if self.plugin_symbols:
                command.append("--enable=" + ",".join(self.plugin_symbols))
        command.extend(targets)
        return command


@dataclasses.dataclass(frozen=True)
class Command:
    """A process to run: its arguments, directory and environment."""

    argv: tuple[str, ...]
    cwd: pathlib.Path
    environment: dict[str, str]


def child_environment(
    base: dict[str, str],
    source_roots: list[pathlib.Path],
    pylint_home: pathlib.Path,
) -> dict[str, str]:
    """The environment of a pylint run.

    PYTHONPATH is the source roots, then whatever the caller already had
    (which is how a plugin checkout that is not installed stays
    importable). PYLINTHOME points at a per-run directory, so crash reports
    pylint writes land next to the run's output instead of in $HOME.
    """
    environment = dict(base)
    paths = [str(root) for root in source_roots]
    inherited = base.get("PYTHONPATH")
    if inherited:
        paths.extend(entry for entry in inherited.split(os.pathsep) if entry)
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    environment["PYLINTHOME"] = str(pylint_home)
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    return environment


def run_measured(
    command: Command,
    stdout_path: pathlib.Path,
    stderr_path: pathlib.Path,
    timeout: float | None = None,
) -> Measurement:
    """Run *command* to completion and measure it with ``os.wait4``.

    The child gets its own session, so that on timeout its whole process
    group (pylint and its ``-j`` workers) can be killed and nothing else.
    """
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(  # pylint: disable=consider-using-with
            command.argv,
            cwd=command.cwd,
            env=command.environment,
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,
        )
        status, usage, timed_out = _wait(process, timeout)
        wall = time.perf_counter() - started
    returncode = os.waitstatus_to_exitcode(status)
    # Tell Popen the child is reaped, or it would try to reap it again.
    process.returncode = returncode
    return Measurement(
        returncode=returncode,
        wall_seconds=wall,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        max_rss_kib=usage.ru_maxrss,
        timed_out=timed_out,
    )


def _wait(process: subprocess.Popen, timeout: float | None) -> tuple[int, object, bool]:
    """Reap *process* with wait4: (wait status, rusage, whether it timed out)."""
    expired = threading.Event()
    reaped = threading.Event()
    timer = None
    if timeout:
        timer = threading.Timer(timeout, _kill_group, (process.pid, expired, reaped))
        timer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
        reaped.set()
    finally:
        if timer is not None:
            timer.cancel()
        if not reaped.is_set():
            # Interrupted (Ctrl-C): the child is in its own session and did
            # not get the signal, so end it rather than leave it running.
            _kill_group(process.pid, expired, reaped)
            process.wait()
    return status, usage, expired.is_set()


def _kill_group(pid: int, expired: threading.Event, reaped: threading.Event) -> None:
    """SIGKILL the process group led by *pid*, unless it was already reaped."""
    if reaped.is_set():
        return
    expired.set()
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
