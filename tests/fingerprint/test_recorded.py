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
"""Reading recorded hashes, comparing and explaining, and the corpus report."""

import pathlib

import pytest

from pylint_oslo_review.fingerprint import fingerprinter as fp
from pylint_oslo_review.fingerprint import diff
from pylint_oslo_review.fingerprint import recorded_hashes
from pylint_oslo_review.fingerprint.field_repr import RenderedField
from tools.corpus import config, fingerprint_check

FIXTURE = pathlib.Path(__file__).resolve().parents[2] / "test_fixtures" / "fingerprint"

TABLE = '''
import os

other = {'A': '1.0-0'}
object_data = {
    'Alpha': '1.0-aaaa',
    'Beta': "1.2-bbbb",
    'Computed': os.getenv('X'),
    42: '1.0-cccc',
}
object_data_v2: dict = {'Gamma': '2.0-dddd'}
'''


def test_parse_table_reads_string_entries_only():
    assert recorded_hashes.parse_table(TABLE) == {"Alpha": "1.0-aaaa", "Beta": "1.2-bbbb"}
    assert recorded_hashes.parse_table(TABLE, "object_data_v2") == {"Gamma": "2.0-dddd"}
    assert recorded_hashes.parse_table(TABLE, "missing") is None
    assert recorded_hashes.parse_table("object_data = {") is None


def test_read_table_follows_changes_of_the_file(tmp_path):
    path = tmp_path / "test_objects.py"
    path.write_text("object_data = {'A': '1.0-a'}\n", encoding="utf-8")
    assert recorded_hashes.read_table(str(path)) == {"A": "1.0-a"}
    path.write_text("object_data = {'A': '1.1-b', 'B': '1.0-c'}\n", encoding="utf-8")
    pathlib.os.utime(path, (1, 1))
    assert recorded_hashes.read_table(str(path)) == {"A": "1.1-b", "B": "1.0-c"}
    assert recorded_hashes.read_table(str(tmp_path / "absent.py")) is None


@pytest.mark.parametrize("version, bumped", [("1.0", "1.1"), ("1.9", "1.10"), ("2.3.1", "2.4"), ("x", "x + 1 minor")])
def test_next_version(version, bumped):
    assert diff.next_version(version) == bumped


def _field(name, text):
    return RenderedField(name, text, "String", "False", "x", False, None)


def _fingerprint(fields, methods=(), version="1.0"):
    rendered = tuple(_field(n, t) for n, t in fields)
    text = fp.payload([(f.name, f.text) for f in rendered], methods, None)
    return fp.Fingerprint("Obj", version, fp.digest(text), rendered, tuple(methods), None)


def test_the_payload_is_the_fixtures_tuple_repr():
    result = _fingerprint([("a", "String(default=x,nullable=False)")], [("save", "ArgSpec(args=['self'])")])
    assert result.payload() == "([('a', String(default=x,nullable=False))], [('save', ArgSpec(args=['self']))])"
    assert fp.payload([], [], fp.ordered_dict_repr([])) == "([], [], OrderedDict())"
    assert fp.ordered_dict_repr([("1.1", "1.0")]) == "OrderedDict([('1.1', '1.0')])"


def test_compare_and_explain():
    old = _fingerprint([("a", "A()")], [("save", "S")])
    added_field = _fingerprint([("a", "A()"), ("b", "B()")], [("save", "S")])
    added_method = _fingerprint([("a", "A()")], [("load", "L"), ("save", "S")])
    changed = _fingerprint([("a", "A2()")], [("save", "S")])
    results = {
        "Same": old, "Field": added_field, "Method": added_method, "Changed": changed,
        "Unknown": fp.Unverifiable("Unknown", "no idea"), "New": old,
    }
    recorded = {name: old.value for name in ("Same", "Field", "Method", "Changed", "Unknown", "Gone")}
    verdicts = {v.obj_name: (v.status, v.detail) for v in diff.compare(results, recorded)}
    assert verdicts == {
        "Changed": (
            "mismatch", "its fields or remotable method signatures changed without a VERSION bump; bump to 1.1"
        ),
        "Field": ("mismatch", "field 'b' was added without a VERSION bump; bump to 1.1"),
        "Gone": ("not found", "no registered class has this name"),
        "Method": ("mismatch", "remotable method 'load' was added without a VERSION bump; bump to 1.1"),
        "New": ("unrecorded", ""),
        "Same": ("match", ""),
        "Unknown": ("cannot verify", "no idea"),
    }


def test_the_corpus_check_on_the_fixture_project():
    project = config.Project(name="warehouse", version="0", package="warehouse", targets=("warehouse/objects",))
    result = fingerprint_check.check_project(project, [FIXTURE], None, "object_data")
    lines = fingerprint_check.render(result)
    assert lines[0].startswith(
        "warehouse==0: 5 / 5 objects match the recorded hashes "
        "(warehouse/tests/unit/objects/test_objects.py object_data; "
    )
    assert len(lines) == 1 and result.passed


def test_the_corpus_report_lists_every_problem():
    verdicts = (
        diff.Verdict("B", "unrecorded", None, "1.0-b"),
        diff.Verdict("A", "mismatch", "1.0-x", "1.0-y", "field 'f' was added"),
        diff.Verdict("C", "cannot verify", "1.0-c", None, "cannot import cursive"),
        diff.Verdict("D", "match", "1.0-d", "1.0-d"),
        diff.Verdict("E", "not found", "1.0-e", None, "no registered class has this name"),
    )
    result = fingerprint_check.ProjectResult("p==1", "t.py object_data", verdicts, 1.25)
    assert (result.matched, result.total, result.passed) == (1, 4, False)
    assert fingerprint_check.render(result) == [
        "p==1: 1 / 4 objects match the recorded hashes (t.py object_data; 1.2 s)",
        "  mismatch       A: recorded 1.0-x, computed 1.0-y: field 'f' was added",
        "  cannot verify  C: cannot import cursive",
        "  not found      E: recorded 1.0-e, no registered class has this name",
        "  unrecorded     B: computed 1.0-b, not in the table",
    ]


def test_object_modules_lists_the_objects_package():
    assert fingerprint_check.object_modules(FIXTURE, "warehouse") == [
        "warehouse.objects", "warehouse.objects.base", "warehouse.objects.crate",
        "warehouse.objects.fields", "warehouse.objects.shelf",
    ]


def test_the_command_line_has_the_fingerprint_sub_command():
    # pylint: disable-next=import-outside-toplevel
    from tools.corpus import cli

    options = cli.build_parser().parse_args(
        ["fingerprint", "--project", "nova==34.0.0", "--table-name", "hashes", "--no-hooks"]
    )
    assert options.handler is cli.command_fingerprint
    assert (options.project, options.table_file, options.table_name, options.use_hooks) == (
        ["nova==34.0.0"], None, "hashes", False,
    )
    assert "fingerprint" in cli.SUB_COMMANDS
    assert fingerprint_check.DEFAULT_PROJECTS == ("nova==34.0.0", "neutron==29.0.0")
