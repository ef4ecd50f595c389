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

"""Render report.json as report.md, the document a person reviews.

It lists every message of the plugin's own with the source line it points
at, and the messages that only one of the two runs reported, so each can
be judged without re-running anything. It quotes upstream code and so is
written to the cache directory only.
"""

from __future__ import annotations

import statistics

from tools.corpus import formatting


def code(text: str) -> str:
    """*text* as a Markdown code span, whatever backticks it contains."""
    fence = "`"
    while fence in text:
        fence += "`"
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def cell(text: str) -> str:
    """*text* made safe for a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict) -> str:
    """The whole report.md."""
    lines = ["# pylint-oslo-review corpus report", ""]
    lines += _header(report)
    lines += _overview(report)
    cap = report["settings"]["listing_cap"]
    for project in report["projects"]:
        lines += _project(project, cap)
    return "\n".join(lines).rstrip() + "\n"


def _header(report: dict) -> list[str]:
    versions = report["versions"]
    tools = ", ".join(
        f"{name} {version or 'NOT INSTALLED'}" for name, version in versions["tools"].items()
    )
    libraries = ", ".join(
        f"{name} {version or 'NOT INSTALLED'}"
        for name, version in versions["libraries"].items()
    )
    run = report["run"]
    repeat = run["repeat"] if run["repeat"] is not None else "auto"
    lines = [
        f"- Started {report['started']}, finished {report['finished']} "
        f"({formatting.seconds(report['duration_seconds'])} s)",
        f"- Mode: {run['mode']}; -j{run['jobs']}; timing pairs: {repeat}; "
        f"parallel check: {'on' if run['parallel_check'] else 'off'}"
        + (f"; profile: {run['profile']}" if run.get("profile") else ""),
        f"- Plugin checkout: {_checkout(versions.get('plugin_checkout') or {})}",
        f"- Tools: {tools}",
        f"- Libraries: {libraries}",
        "- Plugin symbols: "
        + ", ".join(code(symbol) for symbol in report["plugin_symbols"]),
        "",
    ]
    return lines


def _checkout(checkout: dict) -> str:
    if not checkout.get("commit"):
        return "unknown"
    return checkout["commit"] + (" with local changes" if checkout.get("modified") else "")


def _overview(report: dict) -> list[str]:
    lines = [
        "## Overview",
        "",
        "| project | bare | plugin | removed | added | plugin's own | "
        "crashes bare/plugin | -j check |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for project in report["projects"]:
        summary = project["summary"]
        bare = sum(summary["totals"]["bare"].values())
        plugin = sum(summary["totals"]["plugin"].values())
        crashes = summary["crash_count"]
        lines.append(
            f"| {project['key']} | {bare} | {plugin} | {summary['removed_total']} | "
            f"{summary['added_total']} | {summary['plugin_message_count']} | "
            f"{crashes['bare']}/{crashes['plugin']} | "
            f"{formatting.parallel_result(summary['parallel_status'])} |"
        )
    lines.append("")
    return lines


def _project(project: dict, cap: int) -> list[str]:
    summary = project["summary"]
    targets = project["targets"]
    lines = [
        f"## {project['key']}",
        "",
        f"- Source root: {code(project['source_root'])}",
        "- PYTHONPATH: " + ", ".join(code(path) for path in project["python_path"]),
        "- Targets: " + ", ".join(code(target["target"]) for target in targets),
        "- pylint options: " + " ".join(code(option) for option in project["rc_options"]),
        "",
        "### Messages per symbol",
        "",
        "| symbol | bare | plugin | difference |",
        "|---|---:|---:|---:|",
    ]
    for count in summary["counts"]:
        lines.append(
            f"| {count['symbol']} | {count['bare']} | {count['plugin']} | "
            f"{formatting.signed(count['difference'])} |"
        )
    lines += ["", "| totals | " + " | ".join(summary["totals"]["bare"]) + " |"]
    lines.append("|---|" + "---:|" * len(summary["totals"]["bare"]))
    for variant in ("bare", "plugin"):
        numbers = " | ".join(str(value) for value in summary["totals"][variant].values())
        lines.append(f"| {variant} | {numbers} |")
    lines += ["", f"### Messages of the plugin's own: {summary['plugin_message_count']}", ""]
    if not summary["plugin_message_count"]:
        lines.append("None.")
    for target in targets:
        for message in target["plugin_messages"]:
            lines.append(
                f"- {code(message['path'] + ':' + str(message['line']))} "
                f"{message['symbol']}: {message['message']}"
            )
            lines.append(f"  {code(message['source'])}")
    lines.append("")
    lines += _listing("Removed by the plugin (bare only)", targets, "removed", cap)
    lines += _listing("Added by the plugin (plugin only)", targets, "added", cap)
    lines += _crashes(targets)
    lines += _timing(targets)
    lines += _parallel(targets)
    return lines


def _listing(title: str, targets: list[dict], field: str, cap: int) -> list[str]:
    entries = [entry for target in targets for entry in target[field]]
    shown = entries[:cap]
    lines = [f"### {title}: {len(entries)}", ""]
    if len(entries) > len(shown):
        lines += [f"Listing the first {len(shown)}; {len(entries) - len(shown)} cut.", ""]
    for entry in shown:
        lines.append(
            f"- {code(entry['path'] + ':' + str(entry['line']))} "
            f"{entry['symbol']}: {entry['message']}"
        )
    lines.append("")
    return lines


def _crashes(targets: list[dict]) -> list[str]:
    crashes = [crash for target in targets for crash in target["crashes"]]
    lines = [f"### Crashes: {len(crashes)}", ""]
    if crashes:
        lines += ["A crashed run misses messages, so its counts above are incomplete.", ""]
    for crash in crashes:
        where = f" {code(crash['path'] + ':' + str(crash['line']))}" if crash["path"] else ""
        lines.append(
            f"- {crash['target']} ({crash['run']}) {crash['kind']}{where}: "
            f"{crash['detail']}"
        )
    for target in targets:
        for path in target["crash_reports"]:
            lines.append(f"- {target['target']}: pylint crash report {code(path)}")
    lines.append("")
    return lines


def _timing(targets: list[dict]) -> list[str]:
    lines = [
        "### Time and peak memory",
        "",
        "| target | pairs | bare CPU s | plugin CPU s | CPU ratio | bare wall s | "
        "plugin wall s | wall ratio | bare MiB | plugin MiB | memory ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for target in targets:
        timing = target["timing"]
        lines.append(
            f"| {target['target']} | {timing['pairs']} | "
            f"{_median(timing['bare_cpu_seconds'])} | {_median(timing['plugin_cpu_seconds'])} | "
            f"{formatting.ratio(timing['cpu_ratio'])} | "
            f"{_median(timing['bare_wall_seconds'])} | {_median(timing['plugin_wall_seconds'])} | "
            f"{formatting.ratio(timing['wall_ratio'])} | "
            f"{formatting.mebibytes(timing['bare_max_rss_kib'])} | "
            f"{formatting.mebibytes(timing['plugin_max_rss_kib'])} | "
            f"{formatting.ratio(timing['memory_ratio'])} |"
        )
    lines += ["", "Seconds are medians over the pairs; ratios are medians of per-pair ratios.", ""]
    return lines


def _parallel(targets: list[dict]) -> list[str]:
    lines = ["### Parallel check", ""]
    for target in targets:
        check = target["parallel_check"]
        if check is None:
            lines.append(f"- {target['target']}: not run")
            continue
        lines.append(
            f"- {target['target']}: "
            f"{formatting.parallel_result(check['status'], check['jobs'])}"
        )
        for side in ("only_serial", "only_parallel"):
            for entry in check[side]:
                lines.append(
                    f"  - {side.replace('_', ' ')}: "
                    f"{code(entry['path'] + ':' + str(entry['line']))} "
                    f"{entry['symbol']}: {cell(entry['message'])}"
                )
    lines.append("")
    return lines


def _median(values: list[float]) -> str:
    return formatting.seconds(statistics.median(values) if values else None)
