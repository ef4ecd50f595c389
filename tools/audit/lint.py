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

"""Lint one release's whole package with only the plugin's messages.

The corpus harness compares bare and plugin runs of a few targets; the
audit needs something simpler: every message the plugin can emit (the
off-by-default ones too) over the whole tree, unit tests included, because
that is what a project sees when it turns the plugin on. Downloading,
unpacking and running pylint are the corpus harness's own code.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import tempfile

from tools.corpus import config, plugin_info, sources
from tools.corpus.pylint_output import parse_json2
from tools.corpus.runner import Command, PylintOptions, child_environment, run_measured

from tools.audit.keys import number_duplicates


@dataclasses.dataclass(frozen=True)
class LintResult:
    """The messages of one release and what the run cost."""

    release: str
    records: list[dict]
    wall_seconds: float
    returncode: int
    modules_linted: int
    stderr_tail: str


def plugin_options(symbols: dict[str, str], rcfile: pathlib.Path, jobs: int = 1) -> PylintOptions:
    """Every plugin symbol enabled, everything else disabled."""
    return PylintOptions(
        rcfile=str(rcfile),
        rc_options=("--disable=all",),
        jobs=jobs,
        plugin=plugin_info.PLUGIN_MODULE,
        plugin_symbols=tuple(symbols),
    )


def lint_release(
    corpus: config.Corpus,
    project: config.Project,
    cache: pathlib.Path,
    timeout: float | None = None,
) -> LintResult:
    """Fetch *project* (and its extra roots) and lint its whole package."""
    root = sources.ensure_source(project, cache)
    extra = [sources.ensure_source(other, cache) for other in config.resolve_extra_roots(corpus, project)]
    symbols = plugin_info.plugin_symbols()
    with tempfile.TemporaryDirectory(prefix="audit-") as scratch:
        scratch_path = pathlib.Path(scratch)
        rcfile = scratch_path / "empty-pylintrc"
        rcfile.write_text("", encoding="utf-8")
        command = Command(
            argv=tuple(plugin_options(symbols, rcfile).argv((project.package,))),
            cwd=root,
            environment=child_environment(dict(os.environ), [root, *extra], scratch_path),
        )
        measurement = run_measured(command, scratch_path / "out.json", scratch_path / "err.txt", timeout)
        output = "" if measurement.timed_out else (scratch_path / "out.json").read_text(encoding="utf-8")
        stderr_tail = (scratch_path / "err.txt").read_text(encoding="utf-8", errors="replace")[-2000:]
    return LintResult(
        release=project.key,
        records=number_duplicates(_records(project.key, output, symbols)),
        wall_seconds=measurement.wall_seconds,
        returncode=-1 if measurement.timed_out else measurement.returncode,
        modules_linted=json.loads(output).get("statistics", {}).get("modulesLinted", 0) if output else 0,
        stderr_tail=stderr_tail,
    )


def _records(release: str, output: str, symbols: dict[str, str]) -> list[dict]:
    """The plugin's messages in a json2 *output*, as audit records."""
    return [
        {
            "release": release,
            "path": message.path,
            "line": message.line,
            "column": message.column,
            "symbol": message.symbol,
            "msg_id": message.msg_id,
            "obj": message.obj,
            "message": message.message,
        }
        for message in (parse_json2(output) if output else [])
        if message.symbol in symbols
    ]


def messages_path(cache: pathlib.Path, release: str) -> pathlib.Path:
    """Where the messages of *release* are stored between ``run`` and ``diff``."""
    return cache / "messages" / f"{release.replace('==', '-')}.jsonl"


def write_messages(path: pathlib.Path, records: list[dict]) -> None:
    """One JSON object per line, in position order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, sort_keys=True) + "\n")


def read_messages(path: pathlib.Path) -> list[dict]:
    """The records ``write_messages`` wrote."""
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]
