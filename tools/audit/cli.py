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

"""Command line of the audit: ``python -m tools.audit run|diff|merge|report``.

run     lint each selected release's whole package (plugin messages only),
        store the messages under ``<cache>/messages/``.
diff    list stored messages without a verdict (new) and verdicts whose
        message is gone (removed); exit 1 if there is either. With
        ``--skeleton FILE`` also write the new ones as verdicts to fill in.
merge   add the filled-in verdicts of FILE to verdicts.json (with
        ``--cache``, also record which releases were linted, at which commit).
report  print docs/precision-audit.rst, generated from verdicts.json.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import pathlib
import subprocess
import sys

from tools.audit import diff as audit_diff
from tools.audit import lint, report, verdicts
from tools.audit.keys import record_key
from tools.corpus import config, sources

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
CACHE_ENVIRONMENT_VARIABLE = "PYLINT_OSLO_REVIEW_AUDIT"
DEFAULT_CACHE = "~/.cache/pylint-oslo-review/audit"


def main(argv: list[str] | None = None) -> int:
    """Parse *argv* and dispatch; return the exit status."""
    options = _parser().parse_args(argv)
    handler = {"run": _run, "diff": _diff, "merge": _merge, "report": _report}[options.command]
    return handler(options)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.audit", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "diff"):
        command = commands.add_parser(name)
        command.add_argument("--project", action="append", help="name or name==version; repeatable")
        command.add_argument("--cache", help=f"download/unpack/messages directory (${CACHE_ENVIRONMENT_VARIABLE})")
    commands.choices["diff"].add_argument(
        "--retire", action="store_true",
        help="move the verdicts whose message is gone to the 'gone' list of verdicts.json",
    )
    commands.choices["run"].add_argument("--timeout", type=float, default=3600.0, help="seconds per release")
    commands.choices["run"].add_argument("--nice", type=int, default=15, help="niceness of the lint processes")
    commands.choices["diff"].add_argument("--skeleton", help="write the new messages here as verdicts to fill in")
    commands.choices["diff"].add_argument(
        "--reword", action="store_true",
        help="carry a verdict over to the one new message at its place (same release, path, symbol, "
        "function and line) when only the message text changed, and save verdicts.json",
    )
    merge = commands.add_parser("merge")
    merge.add_argument("file", help="filled-in skeleton to add to verdicts.json")
    merge.add_argument("--cache", help="also record the stored runs' metadata (commit, messages, seconds)")
    commands.add_parser("report")
    return parser


def _cache(options: argparse.Namespace) -> pathlib.Path:
    chosen = options.cache or os.environ.get(CACHE_ENVIRONMENT_VARIABLE) or DEFAULT_CACHE
    return sources.resolve_cache_dir(chosen, {}, REPO_ROOT)


def _run(options: argparse.Namespace) -> int:
    corpus = config.load_corpus()
    cache = _cache(options)
    os.nice(options.nice)
    commit = _plugin_commit()
    versions = _versions()
    failed = 0
    for project in corpus.select(options.project):
        print(f"{project.key}: linting {project.package} ...", flush=True)
        result = lint.lint_release(corpus, project, cache, options.timeout)
        if result.returncode < 0 or result.returncode & 1 or result.returncode & 32:
            # pylint's exit bits: 1 fatal, 32 usage error; -1 is our timeout.
            print(f"{project.key}: FAILED (exit {result.returncode})\n{result.stderr_tail}", flush=True)
            failed += 1
            continue
        lint.write_messages(lint.messages_path(cache, project.key), result.records)
        meta = {"commit": commit, "messages": len(result.records), "wall_seconds": round(result.wall_seconds),
                "versions": versions,
                "modules": result.modules_linted}
        lint.messages_path(cache, project.key).with_suffix(".meta.json").write_text(
            json.dumps(meta, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"{project.key}: {len(result.records)} messages, {result.modules_linted} modules, "
              f"{result.wall_seconds:.0f} s", flush=True)
    return 1 if failed else 0


def _diff(options: argparse.Namespace) -> int:
    corpus = config.load_corpus()
    cache = _cache(options)
    data = verdicts.load()
    records, releases = [], set()
    for project in corpus.select(options.project):
        path = lint.messages_path(cache, project.key)
        if path.exists():
            records.extend(lint.read_messages(path))
            releases.add(project.key)
        else:
            print(f"{project.key}: no stored messages (run `python -m tools.audit run` first)")
    new, removed = audit_diff.compare(records, data["verdicts"], releases)
    if options.reword:
        new, removed = _reword(data, new, removed)
    for title, entries in (("new (no verdict)", new), ("removed (verdict, no message)", removed)):
        print(f"{len(entries)} {title}")
        for entry in entries:
            print("  " + audit_diff.describe(entry))
    if options.skeleton:
        skeleton = [{**record, "verdict": "", "reason": "", "shape": ""} for record in new]
        pathlib.Path(options.skeleton).write_text(json.dumps(skeleton, indent=1) + "\n", encoding="utf-8")
    if options.retire and removed:
        _retire(data, removed)
        return 1 if new else 0
    return 1 if new or removed else 0


def _reword(data: dict, new: list[dict], removed: list[dict]) -> tuple[list[dict], list[dict]]:
    """Give reworded messages their verdicts (audit_diff.reworded); the rest stays to judge."""
    pairs = audit_diff.reworded(new, removed)
    for record, entry in pairs:
        entry.update(message=record["message"], ordinal=record.get("ordinal", 0), msg_id=record["msg_id"])
    if pairs:
        verdicts.save(data)
        print(f"{len(pairs)} verdicts carried over to their reworded messages")
    carried = {id(record) for record, _ in pairs} | {id(entry) for _, entry in pairs}
    return [r for r in new if id(r) not in carried], [e for e in removed if id(e) not in carried]


def _retire(data: dict, removed: list[dict]) -> None:
    """Move verdicts whose message is gone to ``gone`` (a reworded message
    whose new text has a verdict at the same place is simply dropped)."""
    def place(entry):
        return (entry["release"], entry["path"], entry["symbol"], entry.get("obj", ""), entry["line"])

    ids = {id(entry) for entry in removed}
    kept = [entry for entry in data["verdicts"] if id(entry) not in ids]
    still_judged = {place(entry) for entry in kept}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            check=False).stdout.strip()
    data["verdicts"] = kept
    data.setdefault("gone", []).extend(
        {**entry, "gone_at": commit} for entry in removed if place(entry) not in still_judged
    )
    verdicts.save(data)


def _merge(options: argparse.Namespace) -> int:
    data = verdicts.load()
    known = verdicts.by_key(data)
    added = json.loads(pathlib.Path(options.file).read_text(encoding="utf-8"))
    for entry in added:
        entry.pop("column", None)
        if not entry.get("shape"):
            entry.pop("shape", None)
        known[record_key(entry)] = entry
    data["verdicts"] = list(known.values())
    if options.cache:
        for project in config.load_corpus().projects:
            meta = lint.messages_path(_cache(options), project.key).with_suffix(".meta.json")
            if meta.exists():
                data["releases"][project.key] = json.loads(meta.read_text(encoding="utf-8"))
    verdicts.save(data)
    verdicts.load()  # validates what was written
    print(f"{len(added)} verdicts merged; {len(data['verdicts'])} in total")
    return 0


def _report(options: argparse.Namespace) -> int:  # pylint: disable=unused-argument
    sys.stdout.write(report.render(verdicts.load(), config.load_corpus()))
    return 0


def _plugin_commit() -> str:
    """The last commit that changed the plugin itself (tools and docs do not count)."""
    completed = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "log", "-1", "--format=%h", "--", "pylint_oslo_review"],
        capture_output=True, text=True, check=False,
    )
    dirty = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "status", "--porcelain", "--", "pylint_oslo_review"],
        capture_output=True, text=True, check=False,
    ).stdout.strip()
    return (completed.stdout.strip() or "unknown") + ("+dirty" if dirty else "")


def _versions() -> str:
    """The versions that decide what the plugin sees, as one short string."""
    found = []
    for name in ("pylint", "astroid", "oslo.db", "oslo.versionedobjects"):
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} missing")
    return ", ".join(found)
