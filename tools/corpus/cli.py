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

"""Command line of the corpus harness: ``python -m tools.corpus``.

Sub-commands: ``run`` (the default; lint and report), ``fetch`` (download
and unpack only), ``list`` (show the corpus), ``docs`` (rewrite
docs/corpus-results.rst from a saved report), ``consumer`` (the
consumer.py acceptance check) and ``fingerprint`` (static OVO fingerprints
against the recorded hashes).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import pathlib
import sys
import time

from tools.corpus import (
    config,
    consumer_check,
    fingerprint_check,
    plugin_info,
    profile_rc,
    reenable,
    sources,
    versions,
)
from tools.corpus.console_summary import render_summary
from tools.corpus.docs_results import DOCS_RESULTS, render_docs
from tools.corpus.harness import RunPlan, TimingPolicy, lint_target
from tools.corpus.markdown_report import render_markdown
from tools.corpus.report import REPORT_FORMAT, SourceLines, project_report, target_report
from tools.corpus.runner import PylintOptions

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
SUB_COMMANDS = ("run", "fetch", "list", "docs", "consumer", "reenable", "fingerprint")
DEFAULT_TIMEOUT = 3600.0


class UsageError(Exception):
    """A problem with the command line or the environment, not with a run."""


def main(argv: list[str] | None = None) -> int:
    """Parse *argv* and dispatch; return the process exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or (arguments[0] not in SUB_COMMANDS and arguments[0] not in ("-h", "--help")):
        arguments.insert(0, "run")
    options = build_parser().parse_args(arguments)
    try:
        return options.handler(options)
    except (UsageError, config.CorpusConfigError, sources.SourceError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one sub-parser per sub-command."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.corpus",
        description="Lint pinned OpenStack releases with and without "
        "pylint-oslo-review and report the difference.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="lint the corpus and write a report")
    _add_common(run)
    run.add_argument("--tree", action="store_true",
                     help="lint each whole package instead of the default targets")
    run.add_argument("--jobs", type=_positive_int, default=1, metavar="N",
                     help="pylint -j for the bare and plugin runs (default 1)")
    run.add_argument("--repeat", type=_positive_int, default=None, metavar="N",
                     help="bare/plugin pairs per target for the timing medians "
                     "(default: more pairs for small targets only, see corpus.toml)")
    run.add_argument("--no-parallel-check", dest="parallel_check", action="store_false",
                     help="skip the extra plugin run that compares -j1 with -j2")
    run.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                     help="kill a pylint run after this long; 0 for no limit "
                     f"(default {DEFAULT_TIMEOUT:.0f})")
    run.add_argument("--profile", metavar="NAME",
                     help="lint with the plugin's profile NAME as configuration "
                     "instead of the corpus rc_options (see reenable)")
    run.add_argument("--update-docs", action="store_true",
                     help=f"rewrite {DOCS_RESULTS} from this run's report")
    run.set_defaults(handler=command_run)

    fetch = commands.add_parser("fetch", help="download and unpack only")
    _add_common(fetch)
    fetch.set_defaults(handler=command_fetch)

    listing = commands.add_parser("list", help="show the corpus entries")
    _add_common(listing)
    listing.set_defaults(handler=command_list)

    consumer = commands.add_parser(
        "consumer", help="the acceptance check on placement 0.1.0's objects/consumer.py"
    )
    consumer.add_argument("--cache", metavar="DIR", help="the corpus cache directory")
    consumer.set_defaults(handler=command_consumer)

    again = commands.add_parser(
        "reenable", help="tabulate a project's disabled checks from a --profile report"
    )
    again.add_argument("--cache", metavar="DIR", help="the corpus cache directory")
    again.add_argument("--report", metavar="REPORT_JSON",
                       help="a report of 'run --profile' (default: <cache>/reports/latest)")
    again.add_argument("--project", default="neutron==29.0.0", metavar="NAME==VERSION",
                       help="the project whose pylintrc to read (default neutron==29.0.0)")
    again.set_defaults(handler=command_reenable)

    fingerprint = commands.add_parser(
        "fingerprint",
        help="static OVO fingerprints against each release's recorded object hashes "
        f"(default: {' and '.join(fingerprint_check.DEFAULT_PROJECTS)})",
    )
    _add_common(fingerprint)
    fingerprint.add_argument("--table-file", metavar="PATH",
                             help="the module that records the hashes, relative to the sdist "
                             "(default: <package>/tests/unit/objects/test_objects.py)")
    fingerprint.add_argument("--table-name", default="object_data", metavar="NAME",
                             help="the name of the recorded dict (default: object_data)")
    fingerprint.add_argument("--no-hooks", dest="use_hooks", action="store_false",
                             help="without the project hooks (to see what they are for)")
    fingerprint.set_defaults(handler=command_fingerprint)

    docs = commands.add_parser("docs", help=f"rewrite {DOCS_RESULTS} from a saved report")
    docs.add_argument("--cache", metavar="DIR", help="the corpus cache directory")
    docs.add_argument("--report", metavar="REPORT_JSON",
                      help="the report to render (default: <cache>/reports/latest)")
    docs.set_defaults(handler=command_docs)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--project", action="append", metavar="NAME",
                        help="a corpus entry, 'name' or 'name==version'; repeatable "
                        "(default: all)")
    parser.add_argument("--cache", metavar="DIR",
                        help=f"the corpus cache directory (default: "
                        f"${sources.CACHE_ENVIRONMENT_VARIABLE} or {sources.DEFAULT_CACHE})")
    parser.add_argument("--corpus", type=pathlib.Path, default=config.DEFAULT_CORPUS_FILE,
                        metavar="TOML", help="the corpus file (default: tools/corpus/corpus.toml)")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def progress(line: str) -> None:
    """Progress goes to stderr so that stdout holds only the summary."""
    print(line, file=sys.stderr, flush=True)


def command_list(options: argparse.Namespace) -> int:
    """Print the selected corpus entries and whether they are cached."""
    corpus = config.load_corpus(options.corpus)
    cache = sources.resolve_cache_dir(options.cache, dict(os.environ), REPO_ROOT)
    for project in corpus.select(options.project):
        root = sources.source_root(cache / "src", project)
        state = "unpacked" if root.is_dir() else "not fetched"
        extra = f" extra roots: {', '.join(project.extra_roots)}" if project.extra_roots else ""
        print(f"{project.key}: {', '.join(project.targets)} "
              f"(tree: {project.package}; {state}){extra}")
    return 0


def command_fetch(options: argparse.Namespace) -> int:
    """Download and unpack the selected entries and their extra roots."""
    corpus = config.load_corpus(options.corpus)
    cache = sources.resolve_cache_dir(options.cache, dict(os.environ), REPO_ROOT)
    for project in _with_extra_roots(corpus, corpus.select(options.project)):
        root = sources.ensure_source(project, cache)
        progress(f"{project.key}: {root}")
    return 0


def command_consumer(options: argparse.Namespace) -> int:
    """Run the consumer.py acceptance check (see consumer_check)."""
    return consumer_check.run(options.cache, REPO_ROOT)


def _load_report(options: argparse.Namespace) -> tuple[pathlib.Path, dict]:
    """The report of ``--report``, else the latest in the cache."""
    if options.report:
        path = pathlib.Path(options.report)
    else:
        cache = sources.resolve_cache_dir(options.cache, dict(os.environ), REPO_ROOT)
        path = cache / "reports" / "latest" / "report.json"
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot read report {path}: {error}") from error
    if not isinstance(report, dict) or report.get("format") != REPORT_FORMAT:
        raise UsageError(f"{path} is not a format-{REPORT_FORMAT} corpus report")
    return path, report


def command_reenable(options: argparse.Namespace) -> int:
    """Print the RST table of which disabled checks the profile re-enables."""
    path, report = _load_report(options)
    profile_name = report["run"].get("profile")
    if not profile_name:
        raise UsageError(f"{path} is not the report of a 'run --profile NAME'")
    project = next((p for p in report["projects"] if p["key"] == options.project), None)
    if project is None:
        raise UsageError(f"{path} has no project {options.project}")
    pylintrc = pathlib.Path(project["source_root"]) / ".pylintrc"
    try:
        project_disabled = profile_rc.disabled_names(pylintrc.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"cannot read {pylintrc}: {error}") from error
    profile_disabled = profile_rc.disabled_names(
        _profile_path(profile_name).read_text(encoding="utf-8")
    )
    table = reenable.rows(
        project_disabled,
        profile_disabled,
        reenable.project_counts(report, options.project),
        reenable.resolver(),
    )
    print(reenable.render(table), end="")
    return 0


def command_fingerprint(options: argparse.Namespace) -> int:
    """Compare static fingerprints with the recorded hashes (see fingerprint_check)."""
    corpus = config.load_corpus(options.corpus)
    cache = sources.resolve_cache_dir(options.cache, dict(os.environ), REPO_ROOT)
    return fingerprint_check.run(
        corpus, cache, options.project, options.table_file, options.table_name, options.use_hooks
    )


def command_docs(options: argparse.Namespace) -> int:
    """Rewrite docs/corpus-results.rst from a saved report.json."""
    path, report = _load_report(options)
    try:
        target = write_docs(report)
    except (KeyError, TypeError) as error:
        raise UsageError(f"{path} is missing report data ({error!r})") from error
    progress(f"wrote {target}")
    return 0


def write_docs(report: dict) -> pathlib.Path:
    """Write the docs page for *report*; return its path."""
    target = REPO_ROOT / DOCS_RESULTS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_docs(report), encoding="utf-8")
    return target


def command_run(options: argparse.Namespace) -> int:
    """Lint the selected projects bare and with the plugin; write the report."""
    started_wall = time.perf_counter()
    started = _now()
    # Taken first: the checkout may change while the corpus is linted.
    recorded_versions = {
        "tools": versions.tool_versions(),
        "libraries": versions.library_versions(),
        "plugin_checkout": versions.plugin_checkout(REPO_ROOT),
    }
    corpus = config.load_corpus(options.corpus)
    selected = corpus.select(options.project)
    cache = sources.resolve_cache_dir(options.cache, dict(os.environ), REPO_ROOT)
    if options.profile is not None:
        _profile_path(options.profile)  # fail now on a name that does not exist
        if options.update_docs:
            raise UsageError(
                f"--update-docs renders {DOCS_RESULTS} from the default runs; "
                "a --profile run does not replace them"
            )
    try:
        own_symbols = plugin_info.plugin_symbols()
    except ImportError as error:
        raise UsageError(
            f"cannot import the plugin ({error}); run from tox -e corpus or "
            "put the checkout on PYTHONPATH"
        ) from error
    roots = _fetch_all(corpus, selected, cache)
    _check_targets(selected, roots, options.tree)

    report_dir = _new_report_dir(cache / "reports", started)
    rcfile = _write_rcfile(report_dir, options.profile)
    progress(f"report directory: {report_dir}")
    context = _RunContext(corpus, roots, options, report_dir, own_symbols, rcfile)
    projects = [_lint_project(context, project) for project in selected]
    report = {
        "format": REPORT_FORMAT,
        "started": started.isoformat(timespec="seconds"),
        "finished": _now().isoformat(timespec="seconds"),
        "duration_seconds": time.perf_counter() - started_wall,
        "command": ["python", "-m", "tools.corpus", *sys.argv[1:]],
        "run": {
            "mode": "whole package" if options.tree else "default targets",
            "jobs": options.jobs,
            "repeat": options.repeat,
            "parallel_check": options.parallel_check,
            "timeout_seconds": options.timeout or None,
            "profile": options.profile,
        },
        "settings": dataclasses.asdict(corpus.settings),
        "versions": recorded_versions,
        "plugin_symbols": own_symbols,
        "projects": projects,
    }
    _write_report(report, report_dir)
    _point_latest(cache / "reports", report_dir)
    print(render_summary(report, str(report_dir / "report.md")), end="")
    if options.update_docs:
        progress(f"wrote {write_docs(report)}")
    return 0


def _write_rcfile(report_dir: pathlib.Path, profile: str | None) -> pathlib.Path:
    """The rcfile of every run: empty, or the profile without its plugin."""
    if profile:
        rcfile = report_dir / f"profile-{profile}.pylintrc"
        rcfile.write_text(profile_rc.bare_profile_text(_profile_path(profile)), encoding="utf-8")
        return rcfile
    rcfile = report_dir / "empty-pylintrc"
    rcfile.write_text(
        "# Empty on purpose: an sdist's own pylint configuration must not\n"
        "# change what the corpus runs report.\n",
        encoding="utf-8",
    )
    return rcfile


def _profile_path(name: str | None) -> pathlib.Path | None:
    """The plugin's profile *name*, or None when the run uses none."""
    if name is None:
        return None
    # Imported here: importing the plugin imports pylint, which only runs need.
    from pylint_oslo_review import profiles# pylint: disable=import-outside-toplevel

    try:
        return profiles.profile_path(name)
    except profiles.UnknownProfileError as error:
        raise UsageError(str(error)) from error


def _check_targets(
    selected: list[config.Project], roots: dict[str, pathlib.Path], tree: bool
) -> None:
    """Fail before linting anything if a target is missing from its sdist."""
    for project in selected:
        for target in _targets(project, tree):
            if not (roots[project.key] / target).exists():
                raise UsageError(f"{project.key}: target {target} does not exist")


def _fetch_all(
    corpus: config.Corpus, selected: list[config.Project], cache: pathlib.Path
) -> dict[str, pathlib.Path]:
    """Source root of every selected entry and of the extra roots they need."""
    roots = {}
    for project in _with_extra_roots(corpus, selected):
        roots[project.key] = sources.ensure_source(project, cache)
        progress(f"{project.key}: {roots[project.key]}")
    return roots


@dataclasses.dataclass(frozen=True)
class _RunContext:
    """What every project of one ``run`` shares."""

    corpus: config.Corpus
    roots: dict[str, pathlib.Path]
    options: argparse.Namespace
    report_dir: pathlib.Path
    own_symbols: dict[str, str]
    rcfile: pathlib.Path


def _lint_project(context: _RunContext, project: config.Project) -> dict:
    """Lint every target of *project*; return its section of the report."""
    corpus, options = context.corpus, context.options
    root = context.roots[project.key]
    python_path = [root] + [
        context.roots[extra.key] for extra in config.resolve_extra_roots(corpus, project)
    ]
    plan = RunPlan(
        project_key=project.key,
        source_root=root,
        python_path=tuple(python_path),
        pylint=PylintOptions(
            rcfile=str(context.rcfile),
            rc_options=() if options.profile else corpus.rc_options_for(project),
            jobs=options.jobs,
            plugin=plugin_info.PLUGIN_MODULE,
            plugin_symbols=tuple(context.own_symbols),
        ),
        timing=TimingPolicy(
            repeat=options.repeat,
            small_target_seconds=corpus.settings.small_target_seconds,
            small_target_pairs=corpus.settings.small_target_pairs,
        ),
        parallel_check=options.parallel_check,
        timeout=options.timeout or None,
    )
    lines = SourceLines(root)
    target_reports = []
    for target in _targets(project, options.tree):
        run_dir = context.report_dir / "runs" / _slug(project.key) / _slug(target)
        result = lint_target(plan, (target,), run_dir, progress)
        target_reports.append(
            target_report(
                result, options.jobs, context.own_symbols, lines, context.report_dir
            )
        )
    return project_report(
        project, root, python_path, plan.pylint.rc_options, target_reports
    )


def _write_report(report: dict, report_dir: pathlib.Path) -> None:
    (report_dir / "report.json").write_text(
        json.dumps(report, indent=2) + "\n", encoding="utf-8"
    )
    (report_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")


def _with_extra_roots(
    corpus: config.Corpus, selected: list[config.Project]
) -> list[config.Project]:
    """*selected* plus every entry they need on PYTHONPATH, without repeats."""
    needed = []
    for project in selected:
        for candidate in [project, *config.resolve_extra_roots(corpus, project)]:
            if candidate not in needed:
                needed.append(candidate)
    return needed


def _targets(project: config.Project, tree: bool) -> tuple[str, ...]:
    return (project.package,) if tree else project.targets


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def _new_report_dir(reports: pathlib.Path, started: datetime.datetime) -> pathlib.Path:
    """A fresh directory named after the start time (suffixed if taken)."""
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    reports.mkdir(parents=True, exist_ok=True)
    candidate, suffix = reports / stamp, 1
    while True:
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:
            suffix += 1
            candidate = reports / f"{stamp}-{suffix}"


def _point_latest(reports: pathlib.Path, report_dir: pathlib.Path) -> None:
    """Make ``reports/latest`` a symlink to the newest report directory."""
    latest = reports / "latest"
    temporary = reports / f".latest-{os.getpid()}"
    try:
        temporary.symlink_to(report_dir.name, target_is_directory=True)
        os.replace(temporary, latest)
    except OSError as error:
        progress(f"could not update {latest}: {error}")
