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

"""The filtering reporter: hidden messages leave the output, the exit
status, the counts and the score; kept ones reach every output format."""

import json

from pylint.interfaces import UNDEFINED
from pylint.message import Message
from pylint.reporters import CollectingReporter
from pylint.typing import MessageLocationTuple
from pylint.utils import LinterStats

from pylint_oslo_review.cli.filtering import FilteringReporter
from pylint_oslo_review.cli.runner import run_pylint
from tests.lint import EMPTY_RC


def message(module, msg_id, symbol):
    """A message of *module* (a file named after it)."""
    location = MessageLocationTuple(f"/p/{module}.py", f"{module}.py", module, "", 1, 0, None, None)
    return Message(msg_id, symbol, location, symbol, UNDEFINED)


class DropSymbol:  # pylint: disable=too-few-public-methods
    """A stage that hides one symbol and records the batches it saw."""

    def __init__(self, symbol):
        self.symbol = symbol
        self.batches = []

    def keep(self, messages):
        self.batches.append([m.symbol for m in messages])
        return [m for m in messages if m.symbol != self.symbol]


class FakeLinter:  # pylint: disable=too-few-public-methods
    """The linter state the reporter corrects, counted as pylint counts."""

    def __init__(self, messages):
        self.stats = LinterStats()
        self.msg_status = 0
        for msg in messages:
            self.stats.init_single_module(msg.module)
            self.stats.increase_single_message_count(msg.category, 1)
            self.stats.increase_single_module_message_count(msg.module, msg.category, 1)
            self.stats.by_msg[msg.symbol] = self.stats.by_msg.get(msg.symbol, 0) + 1
            self.msg_status |= {"E": 2, "W": 4, "C": 16}[msg.msg_id[0]]


def test_messages_are_filtered_per_file_and_uncounted():
    first = [message("a", "E1101", "no-member"), message("a", "C0301", "line-too-long")]
    second = [message("b", "E1101", "no-member"), message("b", "W0212", "protected-access")]
    linter = FakeLinter(first + second)
    stage = DropSymbol("no-member")
    inner = CollectingReporter()
    reporter = FilteringReporter([stage]).wrap(inner, status=0)
    reporter.linter = linter
    reporter.on_set_current_module("a", "/p/a.py")
    for msg in first:
        reporter.handle_message(msg)
    assert not inner.messages
    reporter.on_set_current_module("b", "/p/b.py")
    for msg in second:
        reporter.handle_message(msg)
    reporter.display_messages(None)
    assert stage.batches == [[], ["no-member", "line-too-long"], ["no-member", "protected-access"]]
    assert [(m.module, m.symbol) for m in inner.messages] == [("a", "line-too-long"), ("b", "protected-access")]
    assert inner.linter is linter
    assert (linter.stats.error, linter.stats.warning, linter.stats.convention) == (0, 1, 1)
    assert linter.stats.by_msg == {"line-too-long": 1, "protected-access": 1}
    assert linter.stats.by_module["a"]["error"] == 0
    assert linter.msg_status == 4 | 16
    assert reporter.hidden == 2
    assert reporter.finished
    assert reporter.linted_files == {"/p/a.py", "/p/b.py"}


def test_the_status_from_before_linting_is_kept():
    linter = FakeLinter([message("a", "E1101", "no-member")])
    reporter = FilteringReporter([DropSymbol("no-member")]).wrap(CollectingReporter(), status=32)
    reporter.linter = linter
    reporter.handle_message(message("a", "E1101", "no-member"))
    reporter.display_messages(None)
    assert linter.msg_status == 32


def test_pylint_exits_and_scores_as_if_hidden_messages_never_happened(tmp_path, capsys):
    target = tmp_path / "mod.py"
    target.write_text('"""Doc."""\nimport os\n', encoding="utf-8")
    options = [f"--rcfile={EMPTY_RC}", "--persistent=n", "--output-format=json2", str(target)]
    assert run_pylint(options) == 4
    shown = json.loads(capsys.readouterr().out)
    assert [m["symbol"] for m in shown["messages"]] == ["unused-import"]
    assert run_pylint(options, FilteringReporter([DropSymbol("unused-import")])) == 0
    hidden = json.loads(capsys.readouterr().out)
    assert hidden["messages"] == []
    assert hidden["statistics"]["messageTypeCount"]["warning"] == 0
    assert hidden["statistics"]["score"] == 10
    fail_on = [*options, "--fail-on=unused-import"]
    assert run_pylint(fail_on, FilteringReporter([DropSymbol("unused-import")])) == 0


def test_with_jobs_the_workers_messages_are_filtered_too(serial_run, parallel_run):
    def findings(output):
        return sorted(line for line in output.splitlines() if not line.startswith("*"))

    expected = [line for line in findings(serial_run.process.stdout) if "protected-access" not in line]
    assert len(expected) == 7
    assert findings(parallel_run.process.stdout) == expected
    assert parallel_run.process.stderr == (
        "pylint-oslo-review: 1 finding listed in baseline.json was not reported\n"
    )
    # Error, warning (attribute-defined-outside-init), refactor and convention remain.
    assert parallel_run.process.returncode == 2 | 4 | 8 | 16
