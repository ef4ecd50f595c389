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

"""Tests of the corpus harness (tools/corpus) that need neither pylint runs
nor the network: a real corpus run takes many minutes, so everything that
decides what the report says is tested here on small, hand-written data.
"""

import io
import json
import pathlib
import re
import sys
import tarfile
import time

import pytest

from tools.corpus import cli, compare, config, crashes, sources, stats
from tools.corpus.docs_results import LICENCE_COMMENT, render_docs
from tools.corpus.harness import (
    RunPlan,
    RunRecord,
    TargetResult,
    TimingPolicy,
    lint_target,
    other_jobs,
)
from tools.corpus.markdown_report import code, render_markdown
from tools.corpus.console_summary import render_summary
from tools.corpus.pylint_output import Message, OutputParseError, parse_json2
from tools.corpus.report import (
    SourceLines,
    parallel_summary,
    project_report,
    target_report,
    timing_summary,
)
from tools.corpus.runner import (
    Command,
    Measurement,
    PylintOptions,
    child_environment,
    run_measured,
)


def _json2(*messages, **statistics):
    return json.dumps({"messages": list(messages), "statistics": statistics})


def _raw(path, line, symbol, message, msg_id, column=0, obj=""):
    # Every field pylint 4 writes, as it writes them.
    return {
        "type": "error", "symbol": symbol, "message": message, "messageId": msg_id,
        "confidence": "INFERENCE", "module": path[:-3].replace("/", "."), "obj": obj,
        "line": line, "column": column, "endLine": None, "endColumn": None,
        "path": path, "absolutePath": "/somewhere/" + path,
    }


def _message(path, line, symbol, text="m", msg_id="E1101", column=0):
    return Message(path, line, column, symbol, text, msg_id)


# --- pylint json2 output -------------------------------------------------


def test_parse_json2_reads_and_sorts_messages():
    text = _json2(
        _raw("pkg/b.py", 3, "no-member", "Instance of 'A' has no 'x' member", "E1101", 8, "A.f"),
        _raw("pkg/a.py", 10, "protected-access", "Access to a protected member _c", "W0212", 4),
        _raw("pkg/a.py", 2, "abstract-method", "Method 'save' is abstract", "W0223"),
        modulesLinted=2,
    )
    messages = parse_json2(text)
    assert messages == [
        Message("pkg/a.py", 2, 0, "abstract-method", "Method 'save' is abstract", "W0223"),
        Message("pkg/a.py", 10, 4, "protected-access", "Access to a protected member _c", "W0212"),
        Message("pkg/b.py", 3, 8, "no-member", "Instance of 'A' has no 'x' member", "E1101", "A.f"),
    ]
    assert [message.category for message in messages] == ["W", "W", "E"]
    assert messages[2].key == ("pkg/b.py", 3, 8, "no-member", "Instance of 'A' has no 'x' member")


def test_parse_json2_treats_missing_positions_as_zero():
    raw = _raw("pkg/a.py", 1, "parse-error", "error while code parsing: x", "F0010")
    raw["line"] = None
    raw["column"] = None
    assert parse_json2(_json2(raw)) == [
        Message("pkg/a.py", 0, 0, "parse-error", "error while code parsing: x", "F0010")
    ]


def test_parse_json2_accepts_no_messages():
    assert parse_json2(_json2()) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "************* Module pkg.a\n",
        json.dumps([{"symbol": "no-member"}]),
        json.dumps({"statistics": {}}),
        json.dumps({"messages": [{"symbol": "no-member"}]}),
        json.dumps({"messages": [{"path": "a.py", "symbol": "x", "line": "one"}]}),
    ],
)
def test_parse_json2_rejects_what_is_not_json2(text):
    with pytest.raises(OutputParseError):
        parse_json2(text)


# --- counting and diffing ------------------------------------------------

BARE = [
    _message("a.py", 1, "no-member", "Instance of 'A' has no 'x' member"),
    _message("a.py", 1, "no-member", "Instance of 'A' has no 'x' member"),
    _message("a.py", 5, "no-member", "Instance of 'A' has no 'y' member"),
    _message("a.py", 7, "protected-access", "Access to _context", "W0212"),
    _message("b.py", 2, "too-many-locals", "Too many local variables", "R0914"),
]
PLUGIN = [
    _message("a.py", 1, "no-member", "Instance of 'A' has no 'x' member"),
    _message("b.py", 2, "too-many-locals", "Too many local variables", "R0914"),
    _message("b.py", 9, "enginefacade-missing-context", "No context", "E9101"),
]


def test_symbol_counts_and_differences():
    counts = compare.symbol_counts(BARE, PLUGIN)
    assert [(c.symbol, c.bare, c.plugin, c.difference) for c in counts] == [
        ("enginefacade-missing-context", 0, 1, 1),
        ("no-member", 3, 1, -2),
        ("protected-access", 1, 0, -1),
        ("too-many-locals", 1, 1, 0),
    ]


def test_category_totals_lists_every_category():
    assert compare.category_totals(BARE) == {"F": 0, "E": 3, "W": 1, "R": 1, "C": 0, "I": 0}
    assert compare.category_totals([]) == {"F": 0, "E": 0, "W": 0, "R": 0, "C": 0, "I": 0}


def test_diff_messages_is_a_multiset_difference():
    diff = compare.diff_messages(BARE, PLUGIN)
    assert diff.only_first == (
        ("a.py", 1, 0, "no-member", "Instance of 'A' has no 'x' member"),
        ("a.py", 5, 0, "no-member", "Instance of 'A' has no 'y' member"),
        ("a.py", 7, 0, "protected-access", "Access to _context"),
    )
    assert diff.only_second == (("b.py", 9, 0, "enginefacade-missing-context", "No context"),)
    assert not diff.identical


def test_diff_messages_counts_a_changed_text_as_removed_and_added():
    diff = compare.diff_messages(
        [_message("a.py", 3, "no-member", "has no 'x'")],
        [_message("a.py", 3, "no-member", "has no 'x'; maybe 'y'?")],
    )
    assert diff.only_first == (("a.py", 3, 0, "no-member", "has no 'x'"),)
    assert diff.only_second == (("a.py", 3, 0, "no-member", "has no 'x'; maybe 'y'?"),)


def test_merge_counts_adds_targets_up():
    merged = compare.merge_counts(
        [
            [compare.SymbolCount("no-member", 3, 1), compare.SymbolCount("unused-import", 1, 1)],
            [compare.SymbolCount("no-member", 2, 0), compare.SymbolCount("abstract-method", 4, 0)],
        ]
    )
    assert merged == [
        compare.SymbolCount("abstract-method", 4, 0),
        compare.SymbolCount("no-member", 5, 1),
        compare.SymbolCount("unused-import", 1, 1),
    ]


# --- ratios --------------------------------------------------------------


def test_median_ratio_of_an_odd_number_of_pairs():
    # Ratios 1.5, 1.25 and 2.0: the median is 1.5.
    assert stats.median_ratio([3.0, 5.0, 4.0], [2.0, 4.0, 2.0]) == 1.5


def test_median_ratio_of_an_even_number_of_pairs():
    # Ratios 1.0, 1.5, 2.0, 4.0: the median is (1.5 + 2.0) / 2.
    assert stats.median_ratio([2.0, 3.0, 4.0, 8.0], [2.0, 2.0, 2.0, 2.0]) == 1.75


def test_median_ratio_resists_one_outlier_pair():
    assert stats.median_ratio([11.0, 11.0, 90.0], [10.0, 10.0, 10.0]) == 1.1


@pytest.mark.parametrize(
    ("plugin", "bare"),
    [([], []), ([1.0], [1.0, 2.0]), ([1.0], [0.0])],
)
def test_median_ratio_is_none_without_meaningful_pairs(plugin, bare):
    assert stats.median_ratio(plugin, bare) is None


def test_peak_ratio_compares_the_peaks():
    assert stats.peak_ratio([300, 250], [200, 240]) == 1.25
    assert stats.peak_ratio([], [200]) is None
    assert stats.peak_ratio([100], [0]) is None


# --- crash detection -----------------------------------------------------


@pytest.mark.parametrize(
    ("status_code", "flags", "explained"),
    [
        (0, (), True),
        (6, ("error", "warning"), True),
        (14, ("error", "warning", "refactor"), True),
        (33, ("fatal", "usage error"), True),
        (63, ("fatal", "error", "warning", "refactor", "convention", "usage error"), True),
        (64, (), False),
        (120, (), False),
        (-9, (), False),
    ],
)
def test_decode_exit_status(status_code, flags, explained):
    status = crashes.decode_exit_status(status_code)
    assert status.flags == flags
    assert status.explained is explained


TRACEBACK_STDERR = """\
Exception on node <ClassDef.A l.1 at 0x7f> in file '/src/pkg/a.py'
Traceback (most recent call last):
  File "/venv/pylint/utils/ast_walker.py", line 87, in walk
    callback(astroid)
  File "/plugin/checkers/thing.py", line 42, in visit_classdef
    raise RuntimeError("boom")
    ^^^^^^^^^^^^^^^^^^^^^^^^^^
RuntimeError: boom

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/venv/pylint/lint/pylinter.py", line 947, in _check_file
    check_astroid_module(ast_node)
astroid.exceptions.AstroidError
"""


def test_find_tracebacks_summarises_each_traceback():
    assert crashes.find_tracebacks(TRACEBACK_STDERR) == [
        "RuntimeError: boom [at /plugin/checkers/thing.py:42]",
        "astroid.exceptions.AstroidError [at /venv/pylint/lint/pylinter.py:947]",
    ]
    assert not crashes.find_tracebacks("some warning\nanother line\n")


def test_find_tracebacks_survives_a_cut_off_stderr():
    cut = 'Traceback (most recent call last):\n  File "/x.py", line 1, in f\n'
    assert crashes.find_tracebacks(cut) == ["(truncated) [at /x.py:1]"]


def test_find_crashes_reports_f_messages_without_the_crash_file_name():
    fatal = Message(
        "pkg/a.py",
        1,
        0,
        "astroid-error",
        "pkg/a.py: Fatal error while checking 'pkg/a.py'. Please open an issue in our "
        "bug tracker so we address this. There is a pre-filled template that you can "
        "use in '/home/pylint-crash-2026-01-01-10-00-00.txt'.",
        "F0002",
    )
    found = crashes.find_crashes(1, [fatal, PLUGIN[0]], "")
    assert found == [
        crashes.Crash(
            "fatal-message",
            "astroid-error: pkg/a.py: Fatal error while checking 'pkg/a.py'.",
            "pkg/a.py",
            1,
        )
    ]


def test_find_crashes_on_a_clean_run_with_messages():
    assert not crashes.find_crashes(14, BARE, "")


def test_find_crashes_flags_what_messages_do_not_explain():
    found = crashes.find_crashes(1, None, TRACEBACK_STDERR)
    assert [(crash.kind, crash.detail) for crash in found] == [
        ("unreadable-output", "no json2 document"),
        ("traceback", "RuntimeError: boom [at /plugin/checkers/thing.py:42]"),
        ("traceback", "astroid.exceptions.AstroidError [at /venv/pylint/lint/pylinter.py:947]"),
    ]
    assert [c.kind for c in crashes.find_crashes(-9, [], "", timed_out=True)] == ["timeout", "exit-status"]
    assert [c.detail for c in crashes.find_crashes(32, [], "")] == [
        "pylint reported a usage error"
    ]
    assert [c.detail for c in crashes.find_crashes(1, [], "")] == [
        "fatal bit set without an F message"
    ]
    assert [c.detail for c in crashes.find_crashes(70, [], "")] == [
        "exit status 70 is not pylint's"
    ]


def test_repeated_runs_do_not_repeat_a_crash():
    result = _target_result("pkg", [], [], [])
    same = crashes.Crash("traceback", "ValueError: x")
    result.add_crashes(_record("plugin", 1, 1.0, 1.0, 1), [same])
    result.add_crashes(_record("plugin", 2, 1.0, 1.0, 1), [same])
    result.add_crashes(_record("plugin", None, 1.0, 1.0, 1, jobs=2), [same])
    result.add_crashes(_record("bare", 2, 1.0, 1.0, 1), [same])
    result.add_crashes(_record("plugin", 3, 1.0, 1.0, 1), [crashes.Crash("traceback", "KeyError")])
    assert [(c.run, c.target, c.detail) for c in result.crashes] == [
        ("plugin-1", "pkg", "ValueError: x"),
        ("bare-2", "pkg", "ValueError: x"),
        ("plugin-3", "pkg", "KeyError"),
    ]


# --- corpus.toml ---------------------------------------------------------


def test_the_shipped_corpus_loads():
    corpus = config.load_corpus()
    assert [project.key for project in corpus.projects] == [
        "openstack-placement==0.1.0", "nova==18.0.2", "nova==34.0.0",
        "openstack-placement==16.0.0", "neutron==29.0.0", "neutron-lib==5.0.1",
        # Added for the precision audit (docs/precision-audit.rst).
        "masakari==22.0.0", "openstack-cyborg==17.0.0", "zun==18.0.0",
        "python-watcher==17.0.0", "blazar==18.0.0", "designate==23.0.0", "ironic==39.0.0",
    ]
    neutron = corpus.get("neutron==29.0.0")
    assert neutron.targets == ("neutron/objects", "neutron/db")
    assert config.resolve_extra_roots(corpus, neutron) == [corpus.get("neutron-lib==5.0.1")]
    assert corpus.settings.rc_options == ("--disable=all", "--enable=E,W,R", "--disable=duplicate-code")
    assert corpus.settings.listing_cap == 300


def _corpus_data(**project_overrides):
    project = {"name": "nova", "version": "34.0.0", "package": "nova", "targets": ["nova/objects", "nova/db"]}
    project.update(project_overrides)
    neutron_lib = {
        "name": "neutron_lib", "version": "5.0.1", "package": "neutron_lib",
        "targets": ["neutron_lib/objects"], "rc_options": ["--enable=W"],
    }
    return {"settings": {"rc_options": ["--disable=all", "--enable=E"]}, "project": [project, neutron_lib]}


def test_parse_corpus_applies_defaults_and_overrides():
    corpus = config.parse_corpus(_corpus_data(extra_roots=["neutron-lib==5.0.1"]))
    nova, neutron_lib = corpus.projects
    assert corpus.rc_options_for(nova) == ("--disable=all", "--enable=E")
    assert corpus.rc_options_for(neutron_lib) == ("--enable=W",)
    assert corpus.settings.small_target_pairs == 3
    assert corpus.settings.small_target_seconds == 20.0
    assert config.resolve_extra_roots(corpus, nova) == [neutron_lib]


@pytest.mark.parametrize(
    ("overrides", "complaint"),
    [
        ({"targets": []}, "'targets' must not be empty"),
        ({"targets": ["/abs/path"]}, "must be a relative path"),
        ({"targets": ["../outside"]}, "must be a relative path"),
        ({"targets": ["nova/db", "nova/db/"]}, "lists a target twice"),
        ({"targets": "nova/db"}, "must be a list of non-empty strings"),
        ({"version": ""}, "needs a non-empty string 'version'"),
        ({"colour": "blue"}, "unknown fields: ['colour']"),
        ({"extra_roots": ["neutron-lib"]}, "must be 'name==version'"),
        ({"extra_roots": ["neutron-lib==9.9.9"]}, "is not a project of the corpus"),
        ({"extra_roots": ["nova==34.0.0"]}, "lists itself in extra_roots"),
        ({"name": "neutron-lib", "version": "5.0.1"}, "is listed more than once"),
    ],
)
def test_parse_corpus_rejects_mistakes(overrides, complaint):
    with pytest.raises(config.CorpusConfigError, match=re.escape(complaint)):
        config.parse_corpus(_corpus_data(**overrides))


@pytest.mark.parametrize(
    ("settings", "complaint"),
    [
        ({"listing_cap": -1}, "listing_cap"),
        ({"small_target_pairs": 0}, "small_target_pairs"),
        ({"small_target_seconds": "ten"}, "small_target_seconds"),
        ({"rc_options": "--enable=E"}, "rc_options"),
        ({"verbose": True}, "unknown fields"),
    ],
)
def test_parse_corpus_rejects_bad_settings(settings, complaint):
    data = _corpus_data()
    data["settings"] = settings
    with pytest.raises(config.CorpusConfigError, match=complaint):
        config.parse_corpus(data)


def test_parse_corpus_needs_projects():
    with pytest.raises(config.CorpusConfigError, match="at least one"):
        config.parse_corpus({"settings": {}})


def test_load_corpus_reports_toml_syntax_errors(tmp_path):
    path = tmp_path / "corpus.toml"
    path.write_text("[[project]\nname = 1\n", encoding="utf-8")
    with pytest.raises(config.CorpusConfigError, match="corpus.toml"):
        config.load_corpus(path)


def test_select_by_name_and_by_pin():
    corpus = config.load_corpus()
    assert [p.key for p in corpus.select(None)] == [p.key for p in corpus.projects]
    assert [p.key for p in corpus.select(["nova"])] == ["nova==18.0.2", "nova==34.0.0"]
    # Corpus order, no repeats, PyPI name normalisation.
    assert [p.key for p in corpus.select(["Neutron_Lib==5.0.1", "nova==34.0.0", "nova"])] == [
        "nova==18.0.2", "nova==34.0.0", "neutron-lib==5.0.1"
    ]
    with pytest.raises(config.CorpusConfigError, match="matches nothing"):
        corpus.select(["nova==1.0.0"])


# --- cache and sdists ----------------------------------------------------


def test_cache_dir_precedence(tmp_path):
    repo = tmp_path / "repo"
    environ = {sources.CACHE_ENVIRONMENT_VARIABLE: str(tmp_path / "from-env")}
    assert sources.resolve_cache_dir(str(tmp_path / "opt"), environ, repo) == tmp_path / "opt"
    assert sources.resolve_cache_dir(None, environ, repo) == tmp_path / "from-env"
    assert sources.resolve_cache_dir(None, {}, repo) == (
        pathlib.Path("~/.cache/pylint-oslo-review/corpus").expanduser().resolve()
    )


def test_cache_dir_inside_the_repository_is_refused(tmp_path):
    with pytest.raises(sources.SourceError, match="inside the repository"):
        sources.resolve_cache_dir(str(tmp_path / "cache"), {}, tmp_path)


@pytest.mark.parametrize(
    ("filename", "release"),
    [
        ("openstack-placement-0.1.0.tar.gz", ("openstack-placement", "0.1.0")),
        ("openstack_placement-16.0.0.tar.gz", ("openstack-placement", "16.0.0")),
        ("neutron_lib-5.0.1.zip", ("neutron-lib", "5.0.1")),
        ("nova-34.0.0-py3-none-any.whl", None),
        ("README", None),
    ],
)
def test_sdist_release(filename, release):
    assert sources.sdist_release(filename) == release


def _sdist(path, top, files):
    with tarfile.open(path, "w:gz") as bundle:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(f"{top}/{name}")
            info.size = len(data)
            bundle.addfile(info, io.BytesIO(data))


def test_unpack_sdist_places_the_tree_under_a_stable_name(tmp_path):
    project = config.Project("openstack-placement", "16.0.0", "placement", ("placement",))
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    _sdist(
        downloads / "openstack_placement-16.0.0.tar.gz",
        "openstack_placement-16.0.0",
        {"placement/__init__.py": "", "setup.cfg": "[metadata]\n"},
    )
    (downloads / "openstack_placement-15.0.0.tar.gz").write_bytes(b"")
    archive = sources.find_sdist(downloads, project)
    assert archive == downloads / "openstack_placement-16.0.0.tar.gz"
    root = sources.unpack_sdist(archive, tmp_path / "src", project)
    assert root == tmp_path / "src" / "openstack-placement-16.0.0"
    assert (root / "placement" / "__init__.py").is_file()
    assert [entry.name for entry in (tmp_path / "src").iterdir()] == ["openstack-placement-16.0.0"]
    # Already unpacked: ensure_source neither downloads nor unpacks again.
    assert sources.ensure_source(project, tmp_path) == root


def test_unpack_sdist_refuses_several_top_level_directories(tmp_path):
    project = config.Project("nova", "34.0.0", "nova", ("nova",))
    archive = tmp_path / "nova-34.0.0.tar.gz"
    with tarfile.open(archive, "w:gz") as bundle:
        for top in ("one", "two"):
            info = tarfile.TarInfo(f"{top}/x.py")
            bundle.addfile(info, io.BytesIO(b""))
    with pytest.raises(sources.SourceError, match="exactly one top-level"):
        sources.unpack_sdist(archive, tmp_path / "src", project)
    assert not sources.source_root(tmp_path / "src", project).exists()


# --- pylint command line and environment ---------------------------------


def test_bare_and_plugin_command_lines_differ_only_in_the_plugin():
    plan = _plan(
        pylint=PylintOptions(
            "/c/empty",
            ("--disable=all", "--enable=E"),
            jobs=1,
            plugin="pylint_oslo_review",
            plugin_symbols=("enginefacade-missing-context", "ovo-redundant-reset-changes"),
        )
    )
    common = ["py", "-m", "pylint", "--rcfile=/c/empty", "--persistent=n", "--output-format=json2"]
    rc_options = ["--disable=all", "--enable=E"]
    assert plan.options("bare", 1).argv(("nova/objects",), "py") == (
        common + ["--jobs=1"] + rc_options + ["nova/objects"]
    )
    assert plan.options("plugin", 2).argv(("nova/objects",), "py") == common + [
        "--jobs=2",
        *rc_options,
        "--load-plugins=pylint_oslo_review",
        "--enable=enginefacade-missing-context,ovo-redundant-reset-changes",
        "nova/objects",
    ]


def test_child_environment_puts_source_roots_first():
    environment = child_environment(
        {"PYTHONPATH": "/checkout", "HOME": "/root"},
        [pathlib.Path("/c/src/neutron-29.0.0"), pathlib.Path("/c/src/neutron-lib-5.0.1")],
        pathlib.Path("/c/run/pylint-home"),
    )
    assert environment["PYTHONPATH"] == "/c/src/neutron-29.0.0:/c/src/neutron-lib-5.0.1:/checkout"
    assert environment["PYLINTHOME"] == "/c/run/pylint-home"
    assert environment["HOME"] == "/root"
    assert child_environment({}, [pathlib.Path("/s")], pathlib.Path("/h"))["PYTHONPATH"] == "/s"


def _plan(**overrides):
    fields = {
        "project_key": "nova==34.0.0",
        "source_root": pathlib.Path("/src"),
        "python_path": (pathlib.Path("/src"),),
        "pylint": PylintOptions("/rc", ()),
    }
    fields.update(overrides)
    return RunPlan(**fields)


def test_timing_policy_gives_small_targets_more_pairs():
    assert _plan().timing.pairs(first_bare_wall=8.0) == 3
    assert _plan().timing.pairs(first_bare_wall=26.0) == 1
    assert TimingPolicy(repeat=5).pairs(first_bare_wall=26.0) == 5
    assert TimingPolicy(repeat=1).pairs(first_bare_wall=8.0) == 1
    assert TimingPolicy(small_target_seconds=30, small_target_pairs=2).pairs(26.0) == 2


def test_parallel_check_compares_with_the_other_job_count():
    assert other_jobs(1) == 2
    assert other_jobs(2) == 1
    assert other_jobs(4) == 1


# --- running and measuring processes (a stand-in for pylint) -------------


def test_run_measured_records_exit_status_and_output(tmp_path):
    script = "import sys; print('out'); print('err', file=sys.stderr); sys.exit(6)"
    measurement = run_measured(
        Command((sys.executable, "-c", script), tmp_path, {}),
        tmp_path / "out.txt",
        tmp_path / "err.txt",
    )
    assert measurement.returncode == 6
    assert not measurement.timed_out
    assert measurement.max_rss_kib > 0
    assert (tmp_path / "out.txt").read_text() == "out\n"
    assert (tmp_path / "err.txt").read_text() == "err\n"


def test_run_measured_kills_a_run_that_takes_too_long(tmp_path):
    started = time.monotonic()
    measurement = run_measured(
        Command((sys.executable, "-c", "import time; time.sleep(30)"), tmp_path, {}),
        tmp_path / "out.txt",
        tmp_path / "err.txt",
        timeout=0.5,
    )
    assert measurement.timed_out
    assert measurement.returncode == -9
    assert time.monotonic() - started < 10


FAKE_PYLINT = """\
import json, sys
args = sys.argv[1:]
plugin = any(arg.startswith("--load-plugins=") for arg in args)
messages = [{"path": "pkg/a.py", "line": 1, "column": 0, "symbol": "no-member",
             "message": "no x", "messageId": "E1101"}]
if plugin:
    messages = [{"path": "pkg/a.py", "line": 2, "column": 0,
                 "symbol": "enginefacade-missing-context", "message": "ctx",
                 "messageId": "E9101"}]
if "--jobs=2" in args:
    print("Traceback (most recent call last):", file=sys.stderr)
    print('  File "/plugin/x.py", line 5, in f', file=sys.stderr)
    print("KeyError: 'x'", file=sys.stderr)
    messages = []
print(json.dumps({"messages": messages, "statistics": {}}))
sys.exit(2)
"""


def test_lint_target_runs_pairs_then_the_parallel_check(tmp_path, monkeypatch):
    fake = tmp_path / "fake_pylint.py"
    fake.write_text(FAKE_PYLINT, encoding="utf-8")
    launcher = tmp_path / "python"
    launcher.write_text(f'#!/bin/sh\nshift 2\nexec "{sys.executable}" "{fake}" "$@"\n')
    launcher.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(launcher))
    plan = _plan(
        source_root=tmp_path,
        pylint=PylintOptions("/rc", (), plugin="pylint_oslo_review"),
        timing=TimingPolicy(repeat=2),
    )
    lines = []
    result = lint_target(plan, ("pkg",), tmp_path / "run", lines.append)
    labels = ["bare-1", "plugin-1", "bare-2", "plugin-2", "plugin-j2"]
    assert [run.label for run in result.runs] == labels
    assert [line.split(":")[0] for line in lines] == [f"[nova==34.0.0 pkg] {label}" for label in labels]
    assert [m.symbol for m in result.bare_messages] == ["no-member"]
    assert [m.symbol for m in result.plugin_messages] == ["enginefacade-missing-context"]
    assert result.parallel_messages == []
    assert result.parallel_jobs == 2
    assert len(result.pairs()) == 2
    assert [(c.run, c.kind, c.detail) for c in result.crashes] == [
        ("plugin-j2", "traceback", "KeyError: 'x' [at /plugin/x.py:5]")
    ]
    assert (tmp_path / "run" / "plugin-j2.stderr").is_file()
    check = parallel_summary(result, 1)
    assert check["status"] == "different"
    assert [entry["symbol"] for entry in check["only_serial"]] == ["enginefacade-missing-context"]


# --- from results to report ----------------------------------------------


def _record(variant, pair, cpu, wall, rss, jobs=1, returncode=0):
    label = f"{variant}-{pair}" if pair is not None else f"{variant}-j{jobs}"
    return RunRecord(
        variant=variant,
        pair=pair,
        jobs=jobs,
        argv=("python", "-m", "pylint"),
        measurement=Measurement(returncode, wall, cpu, rss),
        output=pathlib.Path(f"/r/runs/{label}.json"),
        stderr=pathlib.Path(f"/r/runs/{label}.stderr"),
    )


def _target_result(target, bare, plugin, parallel, runs=None):
    return TargetResult(
        target=target,
        runs=list(runs or []),
        bare_messages=bare,
        plugin_messages=plugin,
        parallel_messages=parallel,
        crashes=[],
        crash_reports=[],
    )


RUNS = [
    _record("bare", 1, cpu=10.0, wall=11.0, rss=200 * 1024),
    _record("plugin", 1, cpu=12.0, wall=13.2, rss=220 * 1024),
    _record("bare", 2, cpu=10.0, wall=10.0, rss=201 * 1024),
    _record("plugin", 2, cpu=15.0, wall=12.5, rss=230 * 1024),
    _record("bare", 3, cpu=8.0, wall=8.0, rss=199 * 1024),
    _record("plugin", 3, cpu=8.8, wall=10.0, rss=225 * 1024),
    _record("plugin", None, cpu=20.0, wall=12.0, rss=240 * 1024, jobs=2),
]


def test_run_labels_and_parallel_jobs():
    pairs = ["bare-1", "plugin-1", "bare-2", "plugin-2", "bare-3", "plugin-3"]
    assert [run.label for run in RUNS] == pairs + ["plugin-j2"]
    assert _target_result("t", [], [], None, RUNS).parallel_jobs == 2
    assert _target_result("t", [], [], None, RUNS[:6]).parallel_jobs is None


def test_timing_summary_pairs_runs_and_takes_median_ratios():
    timing = timing_summary(_target_result("nova/objects", [], [], None, RUNS))
    # CPU ratios 1.2, 1.5, 1.1 -> 1.2; wall ratios 1.2, 1.25, 1.25 -> 1.25.
    assert timing["pairs"] == 3
    assert timing["cpu_ratio"] == pytest.approx(1.2)
    assert timing["wall_ratio"] == pytest.approx(1.25)
    # The -j2 run is not a timing pair; memory compares peaks: 230 / 201.
    assert timing["plugin_max_rss_kib"] == 230 * 1024
    assert timing["memory_ratio"] == pytest.approx(230 / 201)
    assert timing["bare_cpu_seconds"] == [10.0, 10.0, 8.0]


def test_parallel_summary_reports_identical_runs():
    result = _target_result("t", [], PLUGIN, list(reversed(PLUGIN)), RUNS)
    assert parallel_summary(result, 1) == {
        "jobs": [1, 2],
        "status": "identical",
        "only_serial": [],
        "only_parallel": [],
    }


def test_parallel_summary_reports_the_difference():
    result = _target_result("t", [], PLUGIN, PLUGIN[:2] + [PLUGIN[0]], RUNS)
    check = parallel_summary(result, 1)
    assert (check["jobs"], check["status"]) == ([1, 2], "different")
    assert check["only_serial"] == [
        {"path": "b.py", "line": 9, "column": 0, "symbol": "enginefacade-missing-context", "message": "No context"}
    ]
    assert check["only_parallel"] == [
        {"path": "a.py", "line": 1, "column": 0, "symbol": "no-member", "message": "Instance of 'A' has no 'x' member"}
    ]
    assert parallel_summary(_target_result("t", [], PLUGIN, None), 1) is None


def test_parallel_summary_fails_when_a_run_left_no_output():
    unreadable = _target_result("t", [], PLUGIN, None, RUNS)
    assert parallel_summary(unreadable, 1)["status"] == "failed"
    serial_crashed = _target_result("t", [], [], PLUGIN, RUNS)
    serial_crashed.add_crashes(RUNS[1], [crashes.Crash("unreadable-output", "no json2 document")])
    assert parallel_summary(serial_crashed, 1)["status"] == "failed"


def test_worst_parallel_status():
    assert compare.worst_parallel_status(["identical", "identical"]) == "identical"
    assert compare.worst_parallel_status(["identical", "different"]) == "different"
    assert compare.worst_parallel_status(["different", "failed", "identical"]) == "failed"
    assert compare.worst_parallel_status(["not run", "not run"]) == "not run"
    assert compare.worst_parallel_status([]) == "not run"


def test_source_lines_reads_the_linted_file(tmp_path):
    (tmp_path / "b.py").write_text("import os\n\n    ctx = None  # here\n", encoding="utf-8")
    lines = SourceLines(tmp_path)
    assert lines.line("b.py", 3) == "ctx = None  # here"
    assert lines.line("b.py", 9) == ""
    assert lines.line("missing.py", 1) == ""


def _report(tmp_path):
    """A report as cli.command_run builds it, from hand-made results."""
    (tmp_path / "b.py").write_text("\n" * 8 + "session.query(Thing)\n", encoding="utf-8")
    own = ["enginefacade-missing-context", "ovo-redundant-reset-changes"]
    result = _target_result("nova/objects", BARE, PLUGIN, list(PLUGIN), RUNS)
    result.add_crashes(RUNS[1], [crashes.Crash("traceback", "ValueError: x [at /p.py:3]")])
    target = target_report(result, 1, own, SourceLines(tmp_path), pathlib.Path("/r"))
    project = project_report(
        config.Project("nova", "34.0.0", "nova", ("nova/objects",)),
        tmp_path,
        [tmp_path],
        ("--disable=all", "--enable=E,W,R"),
        [target],
    )
    return {
        "format": 1,
        "started": "2026-01-02T03:04:05+00:00",
        "finished": "2026-01-02T03:34:05+00:00",
        "duration_seconds": 1800.0,
        "command": ["python", "-m", "tools.corpus", "run"],
        "run": {
            "mode": "default targets", "jobs": 1, "repeat": None, "parallel_check": True, "timeout_seconds": 3600.0
        },
        "settings": {
            "rc_options": ["--disable=all", "--enable=E,W,R"], "key_symbols": ["no-member", "protected-access"],
            "listing_cap": 2, "small_target_seconds": 20.0, "small_target_pairs": 3,
        },
        "versions": {
            "tools": {"python": "3.11.7", "pylint": "4.1.4", "astroid": "4.3.4", "pylint-oslo-review": "0.1.0"},
            "libraries": {"oslo.db": "18.1.1", "os-traits": None},
            "plugin_checkout": {
                "commit": "f100c0186783590a77efcb6fd1c87a869e276a94",
                "modified": False,
            },
        },
        "plugin_symbols": {"enginefacade-missing-context": "E9101", "ovo-redundant-reset-changes": "R9201"},
        "projects": [project],
    }


def test_project_summary_adds_up_the_targets(tmp_path):
    summary = _report(tmp_path)["projects"][0]["summary"]
    assert summary["totals"] == {
        "bare": {"F": 0, "E": 3, "W": 1, "R": 1, "C": 0, "I": 0},
        "plugin": {"F": 0, "E": 2, "W": 0, "R": 1, "C": 0, "I": 0},
    }
    assert summary["plugin_message_count"] == 1
    assert summary["crash_count"] == {"bare": 0, "plugin": 1}
    assert (summary["removed_total"], summary["added_total"]) == (3, 1)
    assert summary["parallel_status"] == "identical"


def test_plugin_messages_carry_their_source_line(tmp_path):
    target = _report(tmp_path)["projects"][0]["targets"][0]
    assert target["plugin_messages"] == [
        {"path": "b.py", "line": 9, "column": 0, "symbol": "enginefacade-missing-context",
         "message": "No context", "msg_id": "E9101", "obj": "", "source": "session.query(Thing)"}
    ]
    assert target["runs"][0]["output"] == "runs/bare-1.json"


def test_report_json_round_trips(tmp_path):
    report = _report(tmp_path)
    assert json.loads(json.dumps(report)) == report


EXPECTED_DOCS = LICENCE_COMMENT + """\

==============
Corpus results
==============

Counts of pylint messages on pinned OpenStack releases, linted without
(bare) and with the plugin; ``docs/corpus.rst`` explains the runs. Ratios
are plugin over bare: CPU time is the median of per-pair ratios, memory
the ratio of peak resident sizes.

:Date: 2026-01-02
:Duration: 30 min
:Mode: default targets, -j1, timing pairs auto
:pylint options: ``--disable=all --enable=E,W,R``
:Python: 3.11.7
:pylint: 4.1.4
:astroid: 4.3.4
:pylint-oslo-review: 0.1.0 (commit f100c0186783)
:Libraries: oslo.db 18.1.1, os-traits not installed

nova 34.0.0
===========

Targets: ``nova/objects``.

.. list-table::
   :header-rows: 1

   * - Message
     - Bare
     - Plugin
   * - ``no-member``
     - 3
     - 1
   * - ``protected-access``
     - 1
     - 0
   * - ``enginefacade-missing-context``
     - 0
     - 1
   * - ``ovo-redundant-reset-changes``
     - 0
     - 0
   * - E / W / R total
     - 3 / 1 / 1
     - 2 / 0 / 1
   * - Crashes
     - 0
     - 1

.. list-table::
   :stub-columns: 1

   * - Plugin messages
     - 1
   * - Removed / added messages
     - 3 / 1
   * - CPU-time ratio
     - ``nova/objects`` 1.20
   * - Peak memory ratio
     - ``nova/objects`` 1.14
   * - Parallel check
     - -j1 vs -j2: identical
"""


def test_docs_table_is_numbers_only(tmp_path):
    rendered = render_docs(_report(tmp_path))
    assert rendered == EXPECTED_DOCS
    # Nothing the plugin found in upstream code reaches the docs.
    for leak in ("session.query", "No context", "b.py", "Instance of", str(tmp_path)):
        assert leak not in rendered


def test_docs_say_when_the_checkout_had_local_changes(tmp_path):
    report = _report(tmp_path)
    report["versions"]["plugin_checkout"]["modified"] = True
    assert ":pylint-oslo-review: 0.1.0 (commit f100c0186783 with local changes)\n" in (
        render_docs(report)
    )
    report["versions"]["plugin_checkout"] = {"commit": None, "modified": None}
    assert ":pylint-oslo-review: 0.1.0\n" in render_docs(report)


def test_markdown_report_lists_findings_with_source_and_cap(tmp_path):
    rendered = render_markdown(_report(tmp_path))
    assert "- `b.py:9` enginefacade-missing-context: No context\n  `session.query(Thing)`" in rendered
    assert "### Removed by the plugin (bare only): 3\n\nListing the first 2; 1 cut." in rendered
    assert "| no-member | 3 | 1 | -2 |" in rendered
    assert "- nova/objects (plugin-1) traceback: ValueError: x [at /p.py:3]" in rendered
    assert "| nova/objects | 3 | 10.0 | 12.0 | 1.20 | 10.0 | 12.5 | 1.25 | 201 | 230 | 1.14 |" in rendered
    assert "- Libraries: oslo.db 18.1.1, os-traits NOT INSTALLED" in rendered


def test_console_summary(tmp_path):
    summary = render_summary(_report(tmp_path), "/c/report.md")
    assert summary.splitlines() == [
        "nova==34.0.0 (nova/objects)",
        "  messages: bare 5, plugin 3 (removed 3, added 1)",
        "  changed: enginefacade-missing-context 0 -> 1; no-member 3 -> 1; protected-access 1 -> 0",
        "  plugin's own messages: 1",
        "  crashes: bare 0, plugin 1",
        "  (a crashed run misses messages: its counts are incomplete)",
        "  nova/objects: CPU ratio 1.20, wall ratio 1.25 (3 pairs), peak memory 201 -> 230 MiB "
        "(ratio 1.14); -j1 vs -j2: identical",
        "",
        "Run took 1800.0 s. Report: /c/report.md",
    ]


def test_code_span_survives_backticks():
    assert code("x = 1") == "`x = 1`"
    assert code("a `b` c") == "``a `b` c``"
    assert code("`b`") == "`` `b` ``"


# --- command line --------------------------------------------------------


def test_cli_list_shows_the_selected_entries(tmp_path, capsys):
    assert cli.main(["list", "--cache", str(tmp_path), "--project", "neutron"]) == 0
    assert capsys.readouterr().out == (
        "neutron==29.0.0: neutron/objects, neutron/db (tree: neutron; not fetched) "
        "extra roots: neutron-lib==5.0.1\n"
    )


def test_cli_run_is_the_default_and_reports_bad_selections(tmp_path, capsys):
    assert cli.main(["--cache", str(tmp_path), "--project", "nova==0.0.1"]) == 2
    assert "matches nothing in the corpus" in capsys.readouterr().err
    assert not (tmp_path / "reports").exists()


def test_cli_docs_refuses_what_is_not_a_report(tmp_path, capsys):
    assert cli.main(["docs", "--report", str(tmp_path / "missing.json")]) == 2
    (tmp_path / "old.json").write_text('{"format": 0}', encoding="utf-8")
    assert cli.main(["docs", "--report", str(tmp_path / "old.json")]) == 2
    (tmp_path / "partial.json").write_text('{"format": 1}', encoding="utf-8")
    assert cli.main(["docs", "--report", str(tmp_path / "partial.json")]) == 2
    assert capsys.readouterr().err.count("error: ") == 3


def test_cli_refuses_a_cache_inside_the_repository(capsys):
    assert cli.main(["list", "--cache", str(cli.REPO_ROOT / "cache")]) == 2
    assert "inside the repository" in capsys.readouterr().err


# --- versions ------------------------------------------------------------
