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

"""The short summary printed at the end of a run.

Enough to see at a glance whether the plugin removed noise, added any, or
crashed, and where the full report is; the details are in report.md.
"""

from __future__ import annotations

from tools.corpus import formatting


def render_summary(report: dict, report_path: str) -> str:
    """Plain text, one block per project."""
    lines = []
    for project in report["projects"]:
        summary = project["summary"]
        bare = sum(summary["totals"]["bare"].values())
        plugin = sum(summary["totals"]["plugin"].values())
        targets = ", ".join(target["target"] for target in project["targets"])
        lines.append(f"{project['key']} ({targets})")
        lines.append(
            f"  messages: bare {bare}, plugin {plugin} "
            f"(removed {summary['removed_total']}, added {summary['added_total']})"
        )
        changed = [count for count in summary["counts"] if count["difference"]]
        if changed:
            lines.append(
                "  changed: "
                + "; ".join(
                    f"{count['symbol']} {count['bare']} -> {count['plugin']}"
                    for count in changed
                )
            )
        lines.append(f"  plugin's own messages: {summary['plugin_message_count']}")
        crashes = summary["crash_count"]
        lines.append(f"  crashes: bare {crashes['bare']}, plugin {crashes['plugin']}")
        if crashes["bare"] or crashes["plugin"]:
            lines.append("  (a crashed run misses messages: its counts are incomplete)")
        for target in project["targets"]:
            timing = target["timing"]
            lines.append(
                f"  {target['target']}: CPU ratio {formatting.ratio(timing['cpu_ratio'])}, "
                f"wall ratio {formatting.ratio(timing['wall_ratio'])} "
                f"({timing['pairs']} pair{'s' if timing['pairs'] != 1 else ''}), "
                f"peak memory {formatting.mebibytes(timing['bare_max_rss_kib'])} -> "
                f"{formatting.mebibytes(timing['plugin_max_rss_kib'])} MiB "
                f"(ratio {formatting.ratio(timing['memory_ratio'])}); "
                + _parallel(target["parallel_check"])
            )
        lines.append("")
    lines.append(
        f"Run took {formatting.seconds(report['duration_seconds'])} s. Report: {report_path}"
    )
    return "\n".join(lines) + "\n"


def _parallel(check: dict | None) -> str:
    if check is None:
        return "parallel check not run"
    return formatting.parallel_result(check["status"], check["jobs"])
