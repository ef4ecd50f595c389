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
"""The bug corpus runner: parsing, extraction, matching and counting.

Everything runs on a tiny git repository made in a temporary directory;
no network, no OpenStack history.
"""

import subprocess
import textwrap

import pytest

from tools.bugzoo import cli, corpus, extract, lint, match, mirrors, report, runner

BUGGY = textwrap.dedent('''\
    from oslo_versionedobjects import base
    from oslo_versionedobjects import fields


    @base.VersionedObjectRegistry.register
    class Rack(base.VersionedObject):
        VERSION = '1.0'
        fields = {'name': fields.StringField()}

        def rename(self, name):
            self.name = name
            self.obj_reset_changes('name')
    ''')
FIXED = BUGGY.replace("obj_reset_changes('name')", "obj_reset_changes(['name'])")


def _git(repo, *arguments):
    return subprocess.run(["git", "-C", str(repo), *arguments], check=True, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture(name="history")
def _history(tmp_path):
    """A repository 'inventory' under mirrors/ with a bug and its fix; returns (mirrors, parent, fix)."""
    repo = tmp_path / "mirrors" / "inventory"
    (repo / "inventory" / "objects").mkdir(parents=True)
    (repo / "inventory" / "tests").mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "zoo@example.org")
    _git(repo, "config", "user.name", "zoo")
    (repo / "inventory" / "__init__.py").write_text("")
    (repo / "inventory" / "objects" / "rack.py").write_text(BUGGY)
    (repo / "inventory" / "objects" / "helper.py").write_text("X = 1\n")
    (repo / "inventory" / "tests" / "test_rack.py").write_text("")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "buggy")
    parent = _git(repo, "rev-parse", "HEAD")
    (repo / "inventory" / "objects" / "rack.py").write_text(FIXED)
    _git(repo, "commit", "-q", "-am", "Fix obj_reset_changes")
    return tmp_path / "mirrors", parent, _git(repo, "rev-parse", "HEAD")


def _record(parent, fix, **changes):
    fields = {"repo": "inventory", "fix": fix, "parent": parent, "path": "inventory/objects/rack.py",
              "class": "Rack", "function": "rename", "family": "change-tracking",
              "bug_class": "reset-changes-string", "expect": "ovo-reset-changes-string", "decidable": "local"}
    fields.update(changes)
    return "[[bug]]\n" + "".join(f'{key} = "{value}"\n' for key, value in fields.items() if value is not None)


def _only(bugs):
    assert len(bugs) == 1
    return bugs[0]


def test_the_committed_corpus_parses_and_is_big_enough():
    bugs = corpus.load_bugs()
    assert len(bugs) >= 40
    assert len({bug.ident for bug in bugs}) == len(bugs)
    assert all(len(bug.fix) == 40 and len(bug.parent) == 40 for bug in bugs)


def test_parse_bugs_reads_a_record():
    bug = _only(corpus.parse_bugs(_record("a" * 40, "b" * 40)))
    assert bug.class_name == "Rack"
    assert bug.ident == "inventory@bbbbbbbbbb:Rack.rename"
    assert not bug.proposed and bug.symbol == "ovo-reset-changes-string"
    proposed = _only(corpus.parse_bugs(_record("a", "b", expect="enginefacade-new-check*")))
    assert proposed.proposed and proposed.symbol == "enginefacade-new-check"


@pytest.mark.parametrize("changes", [
    {"decidable": "maybe"},
    {"decidable": "no"},
    {"expect": ""},
    {"class": "", "function": ""},
    {"path": None},
    {"colour": "blue"},
])
def test_parse_bugs_refuses_malformed_records(changes):
    with pytest.raises(corpus.CorpusError):
        corpus.parse_bugs(_record("a", "b", **changes))


def test_mirror_found_by_layout_and_commit(history, tmp_path):
    mirror_dir, parent, fix = history
    roots = mirrors.mirror_roots(None, {mirrors.MIRROR_ENVIRONMENT_VARIABLE: str(mirror_dir)})
    found = mirrors.find_mirror(roots, "inventory", fix)
    assert mirrors.has_commit(found, parent)
    bare = tmp_path / "bare" / "openstack+inventory" / "repo"
    subprocess.run(["git", "clone", "-q", "--bare", str(mirror_dir / "inventory"), str(bare)], check=True)
    assert mirrors.find_mirror([tmp_path / "bare"], "inventory", fix) == bare.resolve()
    with pytest.raises(mirrors.MirrorError, match="git clone https://opendev.org/openstack/nova"):
        mirrors.find_mirror(roots, "nova", fix)
    with pytest.raises(mirrors.MirrorError):
        mirrors.find_mirror(roots, "inventory", "0" * 40)


@pytest.mark.parametrize("tree", [False, True])
def test_extract_keeps_the_package_path(history, tmp_path, tree):
    mirror_dir, parent, _ = history
    git_dir = mirrors.git_dir(mirror_dir / "inventory")
    dest = tmp_path / ("tree" if tree else "file")
    target = extract.extract(git_dir, parent, "inventory/objects/rack.py", dest, tree)
    assert target.read_text() == BUGGY
    assert (dest / "inventory" / "objects" / "__init__.py").read_text() == ""
    assert (dest / "inventory" / "objects" / "helper.py").exists() == tree
    assert not (dest / "inventory" / "tests").exists()
    with pytest.raises(extract.ExtractError):
        extract.extract(git_dir, parent, "inventory/missing.py", dest, False)


def test_locate_spans_decorators_and_classes():
    source = textwrap.dedent('''\
        import x


        @x.deco
        @x.other
        def top(context):
            return 1


        class Thing:
            def method(self):
                pass
        ''')
    assert match.locate(source, "", "top") == (3, 7)
    assert match.locate(source, "Thing", "method") == (10, 12)
    assert match.locate(source, "Thing", "") == (9, 12)
    assert match.locate(source, "Thing", "top") is None
    assert match.locate(source, "", "method") is None
    assert match.locate("print 'python 2'\n", "", "top") is None


def test_found_and_noise_look_only_at_the_function():
    wanted, other, advice = (match.Message(5, "wanted", msg_id="W1"), match.Message(6, "other", msg_id="E2"),
                             match.Message(7, "advice", msg_id="R3"))
    far = match.Message(20, "wanted", msg_id="W1")
    messages = [wanted, far, other, advice]
    assert match.found(messages, (4, 8), "wanted")
    assert not match.found(messages, (9, 15), "wanted")
    assert not match.found(messages, None, "wanted")
    # the bug's own symbol makes noise; the plugin's other errors and warnings are listed apart
    assert match.noise(messages, (4, 8), {"other", "advice"}, "wanted") == [wanted]
    assert match.others(messages, (4, 8), {"other", "advice"}, "wanted") == [other]
    # a bug that expects nothing: any error or warning of the plugin, never its advice
    assert match.noise(messages, (4, 8), {"other", "advice"}, "") == [other]
    # pylint's own messages enabled for other bugs do not count
    assert match.noise(messages, (4, 8), {"advice"}, "") == []
    assert match.others(messages, None, {"other"}, "wanted") == []
    # the function is gone at the fix: only the expected symbol, anywhere
    assert match.noise(messages, None, {"other", "wanted"}, "wanted") == [wanted, far]


def test_parse_report_reads_json2():
    text = ('{"messages": [{"line": 3, "symbol": "s", "message": "m", "type": "warning", "messageId": "W9"}],'
            ' "statistics": {}}')
    assert lint.parse_report(text) == [match.Message(3, "s", "m", "W9")]
    with pytest.raises(lint.LintError):
        lint.parse_report("not json")


def test_table_counts_per_class_and_totals():
    def bug(bug_class, decidable, expect):
        return corpus.Bug("r", "f" * 40, "p" * 40, "a.py", "fn", bug_class, "fam", expect, decidable)

    outcomes = [
        report.Outcome(bug("one", "local", "s"), found=True, others=[match.Message(2, "t", msg_id="E1")]),
        report.Outcome(bug("one", "local", "s"), found=False, noise=[match.Message(1, "s", msg_id="W1")]),
        report.Outcome(bug("two", "no", ""), found=None),
        report.Outcome(bug("two", "no", ""), error="boom"),
    ]
    rows = report.table_rows(outcomes)
    assert rows[0] == ("fam", "one", "local", "s", 2, 1, 1, 0, 0, 1, 1)
    assert rows[1] == ("fam", "two", "no", "-", 2, 0, 0, 1, 1, 1, 0)
    assert rows[2] == ("TOTAL", "", "local", "", 2, 1, 1, 0, 0, 1, 1)
    text = report.format_table(rows)
    assert text.splitlines()[0].split()[:3] == ["family", "bug", "class"]
    details = report.format_details(outcomes)
    assert "at fix: line 1 s" in details and "at fix, not counted: line 2 t" in details


def test_run_bug_finds_the_bug_and_the_fix_stays_quiet(history):
    mirror_dir, parent, fix = history
    git_dir = mirrors.git_dir(mirror_dir / "inventory")
    bug = _only(corpus.parse_bugs(_record(parent, fix)))
    symbols = ["ovo-reset-changes-string", "ovo-unknown-field"]
    outcome = runner.run_bug(bug, git_dir, symbols, tree=False)
    assert (outcome.verdict, outcome.trap) == ("found", "quiet"), outcome.error
    missing = _only(corpus.parse_bugs(_record(parent, fix, function="gone")))
    assert runner.run_bug(missing, git_dir, symbols, tree=False).verdict == "error"
    broken = runner.judge(bug, runner.Side(error="pylint crashed"), runner.Side(), symbols)
    assert (broken.verdict, broken.error) == ("error", "pylint crashed")


def test_enabled_symbols_add_pylints_own_expected_ones():
    def bug(expect):
        return corpus.Bug("r", "f" * 40, "p" * 40, "a.py", "fn", "c", "fam", expect, "local")

    bugs = [bug("no-member"), bug("plugin-one"), bug("future-check*")]
    assert cli.enabled_symbols(bugs, ["plugin-one", "plugin-two"]) == ["no-member", "plugin-one", "plugin-two"]
