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

"""``python -m tools.bugzoo run``: lint the corpus and print the verdicts.

Needs local git history of nova, neutron and placement (``--mirror`` or
``$PYLINT_OSLO_REVIEW_BUGZOO_MIRRORS``, see tools/bugzoo/mirrors.py) and
the oslo libraries plus neutron-lib importable (``tox -e bugzoo``).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import pathlib
import sys
import time

from tools.bugzoo import mirrors, report, runner
from tools.bugzoo.corpus import BUGS_FILE, load_bugs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.bugzoo", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="lint every bug at its parent and its fix")
    run.add_argument("--mirror", help="directory (or os.pathsep-separated list) holding the git histories")
    run.add_argument("--bugs", default=str(BUGS_FILE), help="the corpus file (default: %(default)s)")
    run.add_argument("--only", action="append", default=[],
                     help="run the bugs whose identifier or class contains this text (repeatable)")
    run.add_argument("--file-only", action="store_true",
                     help="extract only the file, not its package (faster, less inference)")
    run.add_argument("--jobs", type=int, default=1, help="bugs linted at once (default: 1)")
    run.add_argument("--details", action="store_true", help="one line per bug after the table")
    run.add_argument("--json", help="also write the outcomes to this file")
    commands.add_parser("list", help="print the corpus, one bug a line")
    return parser


def _selected(bugs, only):
    if not only:
        return bugs
    return [bug for bug in bugs if any(text in bug.ident or text in bug.bug_class for text in only)]


def enabled_symbols(bugs, plugin: list[str]) -> list[str]:
    """The plugin's symbols, and pylint's own that a bug expects.

    Some bugs are pylint's own messages once the plugin's brains let
    astroid see the oslo classes (``no-member`` for an undeclared field,
    ``arguments-differ`` for an override); they are enabled too.
    """
    expected = {bug.symbol for bug in bugs if bug.symbol and not bug.proposed}
    return sorted(set(plugin) | expected)


def _plugin_symbols() -> list[str]:
    from tools.corpus.plugin_info import plugin_symbols  # pylint: disable=import-outside-toplevel

    return sorted(plugin_symbols())


def _git_dirs(bugs, roots):
    git_dirs = {}
    for bug in bugs:
        if bug.repo not in git_dirs:
            git_dirs[bug.repo] = mirrors.find_mirror(roots, bug.repo, bug.fix)
    return git_dirs


def _lint_sides(bugs, git_dirs, symbols, arguments):
    """Lint every distinct (repository, commit, path) once: {key: (Side, seconds)}."""
    keys = sorted({runner.side_key(bug, which) for bug in bugs for which in ("parent", "fix")})

    def lint(key):
        repo, commit, path = key
        started = time.monotonic()
        side = runner.lint_side(git_dirs[repo], commit, path, symbols, tree=not arguments.file_only)
        return side, time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, arguments.jobs)) as pool:
        return dict(zip(keys, pool.map(lint, keys)))


def _write_json(path, outcomes):
    pathlib.Path(path).write_text(json.dumps([
        {"bug": outcome.bug.ident, "class": outcome.bug.bug_class, "verdict": outcome.verdict,
         "trap": outcome.trap, "error": outcome.error, "seconds": round(outcome.seconds, 1),
         "noise": [[message.line, message.symbol] for message in outcome.noise],
         "others_at_fix": [[message.line, message.symbol] for message in outcome.others],
         "parent": [[message.line, message.symbol] for message in outcome.parent_messages]}
        for outcome in outcomes], indent=1), encoding="utf-8")


def _run(arguments) -> int:
    bugs = _selected(load_bugs(pathlib.Path(arguments.bugs)), arguments.only)
    try:
        git_dirs = _git_dirs(bugs, mirrors.mirror_roots(arguments.mirror, dict(os.environ)))
    except mirrors.MirrorError as error:
        print(f"bugzoo: {error}", file=sys.stderr)
        return 2
    plugin = _plugin_symbols()
    symbols = enabled_symbols(bugs, plugin)
    sides = _lint_sides(bugs, git_dirs, symbols, arguments)
    outcomes = []
    for bug in bugs:
        (parent, parent_seconds), (fix, fix_seconds) = (sides[runner.side_key(bug, which)]
                                                        for which in ("parent", "fix"))
        outcome = runner.judge(bug, parent, fix, plugin)
        outcome.seconds = parent_seconds + fix_seconds
        outcomes.append(outcome)
    print(f"{len(bugs)} bugs, {len(sides)} file versions linted, "
          f"{sum(seconds for _, seconds in sides.values()):.0f}s of lint "
          f"({'file only' if arguments.file_only else 'with the package tree'})")
    print(report.format_table(report.table_rows(outcomes)))
    if arguments.details:
        print()
        print(report.format_details(outcomes))
    if arguments.json:
        _write_json(arguments.json, outcomes)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the exit status is 0 unless the corpus could not run."""
    arguments = _parser().parse_args(argv)
    if arguments.command == "list":
        for bug in load_bugs():
            print(f"{bug.bug_class:28} {bug.decidable:8} {bug.expect or '-':40} {bug.ident}")
        return 0
    return _run(arguments)
