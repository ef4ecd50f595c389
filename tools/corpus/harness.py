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

"""Lint one target bare and with the plugin, as the report needs it.

Per target: a bare/plugin pair whose messages are compared, more pairs for
timing only (alternating, so that a slow stretch of a shared machine hits
both sides), and a plugin run with a different ``-j`` whose messages must
match the first plugin run's.
"""

from __future__ import annotations

import dataclasses
import os
import pathlib
import sys
from collections.abc import Callable

from tools.corpus import crashes as crash_detection
from tools.corpus.pylint_output import Message, OutputParseError, parse_json2
from tools.corpus.runner import (
    Command,
    Measurement,
    PylintOptions,
    child_environment,
    run_measured,
)

BARE = "bare"
PLUGIN = "plugin"


@dataclasses.dataclass(frozen=True)
class TimingPolicy:
    """How many bare/plugin pairs a target gets."""

    repeat: int | None = None
    small_target_seconds: float = 20.0
    small_target_pairs: int = 3

    def pairs(self, first_bare_wall: float) -> int:
        """The total number of pairs, given how long the first bare run took.

        ``--repeat`` decides when given; otherwise small targets, whose
        ratios are the noisiest, get extra pairs and big ones a single
        pair, which keeps a full corpus run within half an hour on two
        cores.
        """
        if self.repeat is not None:
            return max(1, self.repeat)
        if first_bare_wall < self.small_target_seconds:
            return self.small_target_pairs
        return 1


@dataclasses.dataclass(frozen=True)
class RunPlan:
    """How to lint every target of one project.

    *pylint* holds the plugin run's options; the bare run is the same
    without the plugin.
    """

    project_key: str
    source_root: pathlib.Path
    python_path: tuple[pathlib.Path, ...]
    pylint: PylintOptions
    timing: TimingPolicy = TimingPolicy()
    parallel_check: bool = True
    timeout: float | None = None

    def options(self, variant: str, jobs: int) -> PylintOptions:
        """The options of a *variant* run with ``-j`` *jobs*."""
        if variant == PLUGIN:
            return dataclasses.replace(self.pylint, jobs=jobs)
        return dataclasses.replace(self.pylint, jobs=jobs, plugin=None, plugin_symbols=())


@dataclasses.dataclass(frozen=True)
class RunRecord:
    """One finished pylint process.

    *pair* numbers the bare/plugin timing pairs from 1; it is None for the
    parallel-check run.
    """

    variant: str
    pair: int | None
    jobs: int
    argv: tuple[str, ...]
    measurement: Measurement
    output: pathlib.Path
    stderr: pathlib.Path

    @property
    def label(self) -> str:
        """``bare-1``, ``plugin-1``, ... and ``plugin-j2`` for the -j check."""
        return f"{self.variant}-{self.pair}" if self.pair is not None else (
            f"{self.variant}-j{self.jobs}"
        )


@dataclasses.dataclass
class TargetResult:
    """Everything measured on one target."""

    target: str
    runs: list[RunRecord]
    bare_messages: list[Message]
    plugin_messages: list[Message]
    parallel_messages: list[Message] | None  # None: not run, or unreadable
    crashes: list[crash_detection.Crash]
    crash_reports: list[pathlib.Path]

    @property
    def parallel_jobs(self) -> int | None:
        """The ``-j`` of the parallel-check run, None if it did not run."""
        for run in self.runs:
            if run.pair is None:
                return run.jobs
        return None

    def pairs(self) -> list[tuple[RunRecord, RunRecord]]:
        """The (bare, plugin) timing pairs, in the order they ran."""
        bare = {run.pair: run for run in self.runs if run.variant == BARE}
        plugin = {run.pair: run for run in self.runs if run.variant == PLUGIN}
        return [
            (bare[index], plugin[index])
            for index in sorted(index for index in bare if index is not None)
            if index in plugin
        ]

    def add_crashes(self, run: RunRecord, found: list[crash_detection.Crash]) -> None:
        """Record crashes of *run* not already seen in a run of its variant.

        Timing repeats and the parallel check lint the same files again;
        the same astroid-error there is one crash, not three.
        """
        seen = {
            crash.identity for crash in self.crashes if crash.run.startswith(run.variant)
        }
        for crash in found:
            if crash.identity not in seen:
                seen.add(crash.identity)
                self.crashes.append(
                    dataclasses.replace(crash, run=run.label, target=self.target)
                )


def other_jobs(jobs: int) -> int:
    """The ``-j`` value the parallel check compares with."""
    return 2 if jobs == 1 else 1


def lint_target(
    plan: RunPlan,
    targets: tuple[str, ...],
    run_dir: pathlib.Path,
    progress: Callable[[str], None] = lambda line: None,
) -> TargetResult:
    """Run every pylint process of one target and collect the results.

    *targets* are the paths handed to pylint: one directory normally, the
    package for ``--tree``. The report calls the target by their names.
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    pylint_home = run_dir / "pylint-home"
    # pylint writes crash reports here but does not create the directory.
    pylint_home.mkdir(exist_ok=True)
    environment = child_environment(dict(os.environ), list(plan.python_path), pylint_home)
    result = TargetResult(
        target=" ".join(targets),
        runs=[],
        bare_messages=[],
        plugin_messages=[],
        parallel_messages=None,
        crashes=[],
        crash_reports=[],
    )

    def run(variant: str, pair: int | None, jobs: int) -> tuple[RunRecord, list[Message] | None]:
        argv = tuple(plan.options(variant, jobs).argv(targets, sys.executable))
        name = f"{variant}-{pair}" if pair is not None else f"{variant}-j{jobs}"
        output, stderr = run_dir / f"{name}.json", run_dir / f"{name}.stderr"
        measurement = run_measured(
            Command(argv, plan.source_root, environment), output, stderr, plan.timeout
        )
        record = RunRecord(variant, pair, jobs, argv, measurement, output, stderr)
        result.runs.append(record)
        progress(f"[{plan.project_key} {result.target}] {record.label}: {_describe(measurement)}")
        messages = _read_messages(output)
        result.add_crashes(
            record,
            crash_detection.find_crashes(
                measurement.returncode,
                messages,
                stderr.read_text(encoding="utf-8", errors="replace"),
                timed_out=measurement.timed_out,
            ),
        )
        return record, messages

    jobs = plan.pylint.jobs
    # An unreadable output is already a crash; its messages count as none.
    first_bare, bare_messages = run(BARE, 1, jobs)
    result.bare_messages = bare_messages or []
    _, plugin_messages = run(PLUGIN, 1, jobs)
    result.plugin_messages = plugin_messages or []
    for pair in range(2, plan.timing.pairs(first_bare.measurement.wall_seconds) + 1):
        run(BARE, pair, jobs)
        run(PLUGIN, pair, jobs)
    if plan.parallel_check:
        _, result.parallel_messages = run(PLUGIN, None, other_jobs(jobs))
    result.crash_reports = sorted(
        path for path in pylint_home.rglob("*crash*") if path.is_file()
    )
    return result


def _describe(measurement: Measurement) -> str:
    return (
        f"{measurement.wall_seconds:.1f} s wall, {measurement.cpu_seconds:.1f} s CPU, "
        f"{measurement.max_rss_kib / 1024:.0f} MiB, exit {measurement.returncode}"
        + (" (timed out)" if measurement.timed_out else "")
    )


def _read_messages(output: pathlib.Path) -> list[Message] | None:
    """The messages of one run, or None if its output is not json2."""
    try:
        return parse_json2(output.read_text(encoding="utf-8", errors="replace"))
    except OutputParseError:
        return None
