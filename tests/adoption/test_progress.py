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

"""Progress lines on stderr: when they appear, and what they count."""

import io
from pathlib import Path

import pytest

from pylint_oslo_review.cli import progress
from pylint_oslo_review.cli.progress import Progress
from pylint_oslo_review.cli.runner import run_pylint
from tests.lint import EMPTY_RC

EXAMPLE = Path(__file__).resolve().parents[2] / "test_fixtures" / "example" / "inventory"
EXAMPLE_MODULES = len(list(EXAMPLE.rglob("*.py")))


class Clock:  # pylint: disable=too-few-public-methods
    """A clock that advances by *step* seconds each time it is read."""

    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self):
        return True


def test_one_job_counts_a_module_when_it_is_named_the_second_time():
    stream = io.StringIO()
    shown = Progress(interval=0.0, stream=stream, clock=Clock(1.0))
    shown.start(2, jobs=1)
    for path in ("a.py", "b.py", "a.py", "b.py"):  # ASTs first, then the checks
        shown.named(path)
    assert stream.getvalue().splitlines() == [
        "pylint-oslo-review: 1/2 modules checked, 1 s",
        "pylint-oslo-review: 2/2 modules checked, 2 s",
    ]


def test_several_jobs_count_every_result_and_a_missing_path_counts_nothing():
    stream = io.StringIO()
    shown = Progress(interval=0.0, stream=stream, clock=Clock(1.0))
    shown.start(None, jobs=2)
    for path in ("a.py", None, "b.py"):
        shown.named(path)
    assert stream.getvalue().splitlines() == [
        "pylint-oslo-review: 1 module checked, 1 s",
        "pylint-oslo-review: 2 modules checked, 2 s",
    ]


def test_nothing_is_said_before_the_first_interval_has_passed():
    stream = io.StringIO()
    shown = Progress(interval=10.0, stream=stream, clock=Clock(4.0))
    shown.start(3, jobs=2)
    for path in ("a.py", "b.py", "c.py"):  # at 12, 16 and 20 s, started at 8
        shown.named(path)
    assert stream.getvalue().splitlines() == ["pylint-oslo-review: 3/3 modules checked, 12 s"]


@pytest.mark.parametrize(
    ("stream", "environ", "expected"),
    [
        (Terminal(), {}, True),
        (io.StringIO(), {}, False),
        (Terminal(), {"CI": "true"}, False),
        (Terminal(), {"ZUUL_PROJECT": "openstack/nova"}, False),
        (Terminal(), {"CI": ""}, True),
    ],
)
def test_progress_is_wanted_only_on_a_terminal_outside_ci(stream, environ, expected):
    assert progress.wanted(stream, environ) is expected


def _lint_example(tmp_path, *options):
    stream = io.StringIO()
    shown = Progress(interval=0.0, stream=stream, clock=Clock(1.0))
    # The report goes to a file: with -j 2 pylint pickles the linter, and
    # pytest's capture of stdout cannot be pickled.
    report = tmp_path / "report.txt"
    status = run_pylint(
        [f"--rcfile={EMPTY_RC}", "--disable=all", "--enable=no-member", f"--output={report}", *options,
         str(EXAMPLE)],
        progress=shown,
    )
    return status, stream.getvalue().splitlines()


@pytest.mark.parametrize("jobs", ["--jobs=1", "--jobs=2"])
def test_a_text_run_counts_every_module_of_the_tree(jobs, tmp_path):
    _status, lines = _lint_example(tmp_path, jobs)
    assert len(lines) == EXAMPLE_MODULES
    assert lines[-1].startswith(
        f"pylint-oslo-review: {EXAMPLE_MODULES}/{EXAMPLE_MODULES} modules checked, "
    )


def test_a_machine_format_gets_no_progress(tmp_path):
    _status, lines = _lint_example(tmp_path, "--jobs=1", "--output-format=json")
    assert not lines
