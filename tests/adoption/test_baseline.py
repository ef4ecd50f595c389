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

"""Baseline matching: robust to edits around a finding, strict about the finding."""

import json
import os
from pathlib import Path

import pytest
from pylint.interfaces import UNDEFINED
from pylint.message import Message
from pylint.typing import MessageLocationTuple

from pylint_oslo_review.cli.baseline import (
    Baseline,
    BaselineCollector,
    BaselineError,
    BaselineMatcher,
    Finding,
    SourceLines,
    finding_of,
    normalise_message,
    normalise_source,
)


def message(path, line, symbol="no-member", text="Instance of 'Rack' has no 'nmae' member",
            obj="Rack.describe", msg_id="E1101"):
    """A pylint message on *line* of the file at *path*."""
    location = MessageLocationTuple(str(path), Path(path).name, "pkg.mod", obj, line, 4, None, None)
    return Message(msg_id, symbol, location, text, UNDEFINED)


@pytest.fixture(name="source")
def fixture_source(tmp_path):
    """A module whose line 3 has a finding."""
    path = tmp_path / "pkg" / "mod.py"
    path.parent.mkdir()
    path.write_text("class Rack:\n    def describe(self):\n        return self.nmae\n", encoding="utf-8")
    return path


def matcher_for(root, *messages):
    """A matcher whose baseline is the findings of *messages*."""
    collector = BaselineCollector(root, SourceLines())
    collector.keep(list(messages))
    return BaselineMatcher(collector.baseline, root, SourceLines())


def test_normalising_keeps_the_code_and_masks_numbers():
    assert normalise_source("        return  self.nmae   # x\n") == "return self.nmae # x"
    assert normalise_message("reset at line 48 (7/5) of x2") == "reset at line # (#/#) of x2"


def test_a_finding_is_its_file_symbol_scope_source_and_text(tmp_path, source):
    assert finding_of(message(source, 3), tmp_path, SourceLines()) == Finding(
        path="pkg/mod.py", symbol="no-member", scope="Rack.describe",
        source="return self.nmae", message="Instance of 'Rack' has no 'nmae' member",
    )


def test_lines_inserted_above_a_finding_do_not_make_it_new(tmp_path, source):
    matcher = matcher_for(tmp_path, message(source, 3))
    source.write_text("# a new first line\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    fresh = BaselineMatcher(Baseline(matcher.remaining.elements()), tmp_path, SourceLines())
    assert fresh.keep([message(source, 5)]) == []
    assert fresh.matched == 1


def test_editing_the_line_of_a_finding_makes_it_new(tmp_path, source):
    baseline = matcher_for(tmp_path, message(source, 3)).remaining
    source.write_text(source.read_text(encoding="utf-8").replace("self.nmae", "self.nmae or ''"),
                      encoding="utf-8")
    edited = message(source, 3)
    fresh = BaselineMatcher(Baseline(baseline.elements()), tmp_path, SourceLines())
    assert fresh.keep([edited]) == [edited]


def test_a_second_copy_of_an_accepted_finding_is_new(tmp_path, source):
    matcher = matcher_for(tmp_path, message(source, 3))
    first, second = message(source, 3), message(source, 3)
    assert matcher.keep([first, second]) == [second]


def test_a_reworded_message_still_matches_on_the_same_line(tmp_path, source):
    matcher = matcher_for(tmp_path, message(source, 3))
    reworded = message(source, 3, text="'Rack' object has no attribute 'nmae'")
    assert matcher.keep([reworded]) == []


def test_exact_matches_are_taken_before_loose_ones(tmp_path, source):
    text_a, text_b = "Instance of 'Rack' has no 'a' member", "Instance of 'Rack' has no 'b' member"
    matcher = matcher_for(tmp_path, message(source, 3, text=text_a))
    reworded_elsewhere = message(source, 3, text=text_b)
    exact = message(source, 3, text=text_a)
    # The exact one takes the entry although it comes second in the batch.
    assert matcher.keep([reworded_elsewhere, exact]) == [reworded_elsewhere]


def test_another_scope_or_symbol_is_new(tmp_path, source):
    matcher = matcher_for(tmp_path, message(source, 3))
    other_scope = message(source, 3, obj="Shelf.describe")
    other_symbol = message(source, 3, symbol="protected-access", msg_id="W0212")
    assert matcher.keep([other_scope, other_symbol]) == [other_scope, other_symbol]


def test_unmatched_entries_are_removable_only_in_linted_files(tmp_path, source):
    other = tmp_path / "pkg" / "other.py"
    other.write_text("x = 1\n", encoding="utf-8")
    matcher = matcher_for(tmp_path, message(source, 3), message(other, 1, obj=""))
    assert matcher.keep([]) == []
    assert [finding.path for finding in matcher.unmatched({"pkg/mod.py"})] == ["pkg/mod.py"]
    assert matcher.unmatched(set()) == []


def test_the_collector_keeps_fatal_messages_out_of_the_baseline(tmp_path, source):
    collector = BaselineCollector(tmp_path, SourceLines())
    fatal = message(source, 1, symbol="parse-error", msg_id="F0010", text="cannot parse")
    assert collector.keep([message(source, 3), fatal]) == [fatal]
    assert [finding.symbol for finding in collector.baseline.counts] == ["no-member"]


def test_the_file_round_trips_one_finding_per_line(tmp_path):
    finding = Finding("pkg/a.py", "no-member", "A.f", "return self.x", "Instance of 'A' has no 'x' member")
    other = Finding("pkg/a.py", "fixme", "", "# TODO", "TODO")
    baseline = Baseline([finding, finding, other])
    path = tmp_path / "baseline.json"
    baseline.save(path)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[4:7] == [
        '    {"path": "pkg/a.py", "symbol": "fixme", "scope": "", "source": "# TODO", '
        '"message": "TODO"},',
        '    {"path": "pkg/a.py", "symbol": "no-member", "scope": "A.f", "source": '
        '"return self.x", "message": "Instance of \'A\' has no \'x\' member", "count": 2}',
        "  ]",
    ]
    assert json.loads(text)["version"] == 1
    assert Baseline.load(path).counts == baseline.counts
    assert Baseline().dumps().endswith('"findings": []\n}\n')


@pytest.mark.parametrize(
    "text, complaint",
    [
        ("not json", "cannot read"),
        ('{"version": 2, "findings": []}', "is not a version 1 baseline file"),
        ('{"version": 1, "findings": [{"path": "a"}]}', "malformed finding"),
        ('{"version": 1, "findings": [{"path": "a", "symbol": "s", "scope": "", "source": "",'
         ' "message": "", "count": 0}]}', "bad count"),
    ],
)
def test_a_bad_file_is_refused(tmp_path, text, complaint):
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match=complaint):
        Baseline.load(path)


def test_a_missing_file_says_how_to_create_it(tmp_path):
    with pytest.raises(BaselineError, match="write it with 'pylint-oslo-review baseline create'"):
        Baseline.load(tmp_path / "nothing.json")


@pytest.mark.parametrize("kind", ["directory", "fifo", "device"])
def test_a_file_that_is_not_regular_is_refused_without_blocking(tmp_path, kind):
    path = tmp_path / "baseline.json"
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    with pytest.raises(BaselineError, match=r"--baseline file: .* (is a directory|is not a regular file)"):
        Baseline.load(path)
