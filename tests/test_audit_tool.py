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
"""The precision-audit tool (tools/audit): keys, diff, verdict file, report.

No pylint run here: the lint step is the corpus harness's runner, tested in
test_corpus_tool.py.
"""

import json

import pytest

from tools.audit import diff, keys, report, verdicts
from tools.corpus import config


def _record(**overrides):
    record = {
        "release": "masakari==22.0.0", "path": "masakari/objects/x.py", "line": 10, "column": 4,
        "symbol": "ovo-unknown-field", "msg_id": "E9202", "obj": "Host.get",
        "message": "'nmae' is not a field (line 12)",
    }
    record.update(overrides)
    return record


def test_line_numbers_do_not_change_the_key():
    moved = _record(line=40, message="'nmae' is not a field (line 42)")
    assert keys.record_key(_record()) == keys.record_key(moved)
    assert keys.normalise_text("at lines 3, 4 and 9; line 7") == "at lines N; line N"


def test_identical_messages_in_one_function_get_ordinals():
    numbered = keys.number_duplicates([_record(line=20), _record(line=10), _record(line=30, obj="Other")])
    assert [(r["line"], r["ordinal"]) for r in numbered] == [(10, 0), (20, 1), (30, 0)]


def test_compare_lists_new_and_removed():
    judged = {**_record(ordinal=0), "verdict": "true", "reason": "r"}
    gone = {**_record(obj="Gone", ordinal=0), "verdict": "false", "reason": "r", "shape": "s"}
    elsewhere = {**_record(release="zun==18.0.0", ordinal=0), "verdict": "true", "reason": "r"}
    fresh = _record(symbol="ovo-bad-version", ordinal=0)
    new, removed = diff.compare(
        [_record(line=99, ordinal=0), fresh], [judged, gone, elsewhere], {"masakari==22.0.0"}
    )
    assert new == [fresh]
    assert removed == [gone]


def test_a_reworded_message_keeps_the_verdict_of_its_place_and_only_there():
    old = {**_record(ordinal=0, message="long old wording"), "verdict": "true", "reason": "r"}
    twice = {**_record(obj="Twice", ordinal=0, message="old"), "verdict": "true", "reason": "r"}
    reworded = _record(ordinal=0, message="short new wording")
    elsewhere = _record(line=11, ordinal=0, message="short new wording")
    first, second = _record(obj="Twice", ordinal=0, message="a"), _record(obj="Twice", ordinal=1, message="a")
    assert diff.reworded([reworded, first, second], [old, twice]) == [(reworded, old)]
    assert not diff.reworded([elsewhere], [old])


def test_verdict_file_is_validated(tmp_path):
    path = tmp_path / "v.json"
    entry = {**_record(), "verdict": "false", "reason": "r"}
    path.write_text(json.dumps({"verdicts": [entry]}), encoding="utf-8")
    with pytest.raises(verdicts.VerdictError, match="shape"):
        verdicts.load(path)
    entry["verdict"] = "maybe"
    path.write_text(json.dumps({"verdicts": [entry]}), encoding="utf-8")
    with pytest.raises(verdicts.VerdictError, match="one of"):
        verdicts.load(path)


def test_the_shipped_verdicts_load_and_cover_every_release_they_name():
    data = verdicts.load()
    assert set(entry["release"] for entry in data["verdicts"]) <= set(data["releases"])
    corpus = {project.key for project in config.load_corpus().projects}
    assert set(data["releases"]) <= corpus


def test_report_counts_precision_per_symbol():
    entries = [
        {**_record(), "verdict": "true", "reason": "typo", "show": True},
        {**_record(obj="B"), "verdict": "pointless", "reason": "assertRaises", "shape": "expected failure"},
    ]
    data = {"releases": {"masakari==22.0.0": {"commit": "abc", "wall_seconds": 3}}, "verdicts": entries}
    text = report.render(data, config.load_corpus())
    assert "ovo-unknown-field  1     0      1          2      50.0 %" in text
    assert "**expected failure** (1;" in text
    assert "typo" in text


def test_the_committed_document_is_the_generated_one():
    text = report.render(verdicts.load(), config.load_corpus())
    committed = (config.DEFAULT_CORPUS_FILE.parents[2] / "docs" / "precision-audit.rst").read_text(encoding="utf-8")
    assert committed == text, "run: python -m tools.audit report > docs/precision-audit.rst"


def test_lint_release_reports_only_plugin_messages_of_the_whole_package(tmp_path):
    # A release already unpacked in the cache is used as it is (no download).
    from tools.audit import lint  # pylint: disable=import-outside-toplevel

    project = config.Project(name="fake-service", version="1.0", package="fake", targets=("fake/objects",))
    corpus = config.Corpus(settings=config.load_corpus().settings, projects=(project,))
    package = tmp_path / "src" / "fake-service-1.0" / "fake" / "tests"
    package.mkdir(parents=True)
    (package.parent / "__init__.py").write_text("", encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    bad = config.DEFAULT_CORPUS_FILE.parents[2] / "docs" / "messages" / "ovo-reset-changes-string" / "bad.py"
    # Plus a line that plain pylint would report (bad continuation): not a plugin message.
    (package / "test_rack.py").write_text(bad.read_text(encoding="utf-8") + "\nunused = ( 1 )\n", encoding="utf-8")
    result = lint.lint_release(corpus, project, tmp_path, timeout=300)
    assert [(r["path"], r["line"], r["symbol"], r["ordinal"]) for r in result.records] == [
        ("fake/tests/test_rack.py", 16, "ovo-reset-changes-string", 0)
    ]
    assert result.modules_linted > 0
    lint.write_messages(lint.messages_path(tmp_path, project.key), result.records)
    assert lint.read_messages(lint.messages_path(tmp_path, project.key)) == result.records
