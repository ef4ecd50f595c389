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

"""Build report.json: every number and listing of a corpus run, as data.

report.md, the stdout summary and docs/corpus-results.rst are all rendered
from this one dictionary, so they cannot disagree, and the docs can be
regenerated from a saved report without linting again.

The report quotes upstream source lines next to the plugin's messages so a
reader can judge them; it therefore lives in the cache directory only. The
docs renderer reads nothing but counts and ratios from it.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterable

from tools.corpus import compare, stats
from tools.corpus.harness import TargetResult
from tools.corpus.pylint_output import Message

REPORT_FORMAT = 1


class SourceLines:  # pylint: disable=too-few-public-methods
    """Reads lines of the linted files, each file once."""

    def __init__(self, root: pathlib.Path):
        self._root = root
        self._files: dict[str, list[str]] = {}

    def line(self, path: str, number: int) -> str:
        """Line *number* (1-based) of *path*, stripped; '' if unavailable."""
        if path not in self._files:
            try:
                text = (self._root / path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._files[path] = text.splitlines()
        lines = self._files[path]
        return lines[number - 1].strip() if 0 < number <= len(lines) else ""


def key_to_dict(key: compare.MessageKey, target: str | None = None) -> dict:
    """A compared message as JSON."""
    path, line, column, symbol, message = key
    entry = {
        "path": path,
        "line": line,
        "column": column,
        "symbol": symbol,
        "message": message,
    }
    if target is not None:
        entry["target"] = target
    return entry


def timing_summary(result: TargetResult) -> dict:
    """Per-run timings of a target and the ratios the report quotes."""
    pairs = result.pairs()
    bare_cpu = [bare.measurement.cpu_seconds for bare, _ in pairs]
    plugin_cpu = [plugin.measurement.cpu_seconds for _, plugin in pairs]
    bare_wall = [bare.measurement.wall_seconds for bare, _ in pairs]
    plugin_wall = [plugin.measurement.wall_seconds for _, plugin in pairs]
    bare_rss = [bare.measurement.max_rss_kib for bare, _ in pairs]
    plugin_rss = [plugin.measurement.max_rss_kib for _, plugin in pairs]
    return {
        "pairs": len(pairs),
        "bare_cpu_seconds": bare_cpu,
        "plugin_cpu_seconds": plugin_cpu,
        "bare_wall_seconds": bare_wall,
        "plugin_wall_seconds": plugin_wall,
        "bare_max_rss_kib": max(bare_rss, default=None),
        "plugin_max_rss_kib": max(plugin_rss, default=None),
        "cpu_ratio": stats.median_ratio(plugin_cpu, bare_cpu),
        "wall_ratio": stats.median_ratio(plugin_wall, bare_wall),
        "memory_ratio": stats.peak_ratio(plugin_rss, bare_rss),
    }


def parallel_summary(result: TargetResult, jobs: int) -> dict | None:
    """The -j comparison of a target, or None if it was skipped.

    Its status is "identical", "different", or "failed" when one of the two
    runs left no output to compare (the crash is reported separately).
    """
    if result.parallel_jobs is None:
        return None
    serial_unreadable = any(
        crash.run == "plugin-1" and crash.kind == "unreadable-output"
        for crash in result.crashes
    )
    if result.parallel_messages is None or serial_unreadable:
        return {
            "jobs": [jobs, result.parallel_jobs],
            "status": "failed",
            "only_serial": [],
            "only_parallel": [],
        }
    diff = compare.diff_messages(result.plugin_messages, result.parallel_messages)
    return {
        "jobs": [jobs, result.parallel_jobs],
        "status": "identical" if diff.identical else "different",
        "only_serial": [key_to_dict(key) for key in diff.only_first],
        "only_parallel": [key_to_dict(key) for key in diff.only_second],
    }


def target_report(
    result: TargetResult,
    jobs: int,
    plugin_symbols: Iterable[str],
    sources: SourceLines,
    report_dir: pathlib.Path,
) -> dict:
    """Everything about one target, as JSON."""
    own = set(plugin_symbols)
    diff = compare.diff_messages(result.bare_messages, result.plugin_messages)
    return {
        "target": result.target,
        "runs": [
            {
                "label": run.label,
                "variant": run.variant,
                "jobs": run.jobs,
                "returncode": run.measurement.returncode,
                "wall_seconds": run.measurement.wall_seconds,
                "cpu_seconds": run.measurement.cpu_seconds,
                "max_rss_kib": run.measurement.max_rss_kib,
                "timed_out": run.measurement.timed_out,
                "output": _relative(run.output, report_dir),
                "stderr": _relative(run.stderr, report_dir),
                "argv": list(run.argv),
            }
            for run in result.runs
        ],
        "timing": timing_summary(result),
        "counts": [
            {
                "symbol": count.symbol,
                "bare": count.bare,
                "plugin": count.plugin,
                "difference": count.difference,
            }
            for count in compare.symbol_counts(result.bare_messages, result.plugin_messages)
        ],
        "totals": {
            "bare": compare.category_totals(result.bare_messages),
            "plugin": compare.category_totals(result.plugin_messages),
        },
        "plugin_messages": [
            plugin_message_entry(message, sources)
            for message in result.plugin_messages
            if message.symbol in own
        ],
        "added": [key_to_dict(key, result.target) for key in diff.only_second],
        "removed": [key_to_dict(key, result.target) for key in diff.only_first],
        "parallel_check": parallel_summary(result, jobs),
        "crashes": [crash.to_dict() for crash in result.crashes],
        "crash_reports": [_relative(path, report_dir) for path in result.crash_reports],
    }


def plugin_message_entry(message: Message, sources: SourceLines) -> dict:
    """A message of the plugin's own, with the source line it points at."""
    entry = message.to_dict()
    entry["source"] = sources.line(message.path, message.line)
    return entry


def project_summary(targets: list[dict]) -> dict:
    """Project-wide counts and totals of the target reports."""
    counts = compare.merge_counts(
        [
            [
                compare.SymbolCount(entry["symbol"], entry["bare"], entry["plugin"])
                for entry in target["counts"]
            ]
            for target in targets
        ]
    )
    totals = {"bare": {}, "plugin": {}}
    for target in targets:
        for variant in ("bare", "plugin"):
            for category, number in target["totals"][variant].items():
                totals[variant][category] = totals[variant].get(category, 0) + number
    crashes = [crash for target in targets for crash in target["crashes"]]
    checks = [target["parallel_check"] for target in targets]
    return {
        "counts": [
            {
                "symbol": count.symbol,
                "bare": count.bare,
                "plugin": count.plugin,
                "difference": count.difference,
            }
            for count in counts
        ],
        "totals": totals,
        "plugin_message_count": sum(len(target["plugin_messages"]) for target in targets),
        "crash_count": {
            "bare": sum(1 for crash in crashes if crash["run"].startswith("bare")),
            "plugin": sum(1 for crash in crashes if crash["run"].startswith("plugin")),
        },
        "added_total": sum(len(target["added"]) for target in targets),
        "removed_total": sum(len(target["removed"]) for target in targets),
        "parallel_status": compare.worst_parallel_status(
            [check["status"] if check else compare.NOT_RUN for check in checks]
        ),
    }


def project_report(
    project,
    source_root: pathlib.Path,
    python_path: list[pathlib.Path],
    rc_options: tuple[str, ...],
    targets: list[dict],
) -> dict:
    """One project's section of report.json."""
    return {
        "key": project.key,
        "name": project.name,
        "version": project.version,
        "source_root": str(source_root),
        "python_path": [str(path) for path in python_path],
        "rc_options": list(rc_options),
        "targets": targets,
        "summary": project_summary(targets),
    }


def _relative(path: pathlib.Path, base: pathlib.Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)
