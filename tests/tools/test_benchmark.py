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
"""tools/benchmark: the cases, the interleaving and the ratio arithmetic (no timing)."""

import pathlib

from tools.benchmark import cases as benchmark_cases
from tools.benchmark import cli


def test_every_ratio_names_runs_of_its_case():
    for case in benchmark_cases.cases(pathlib.Path("/src"), pathlib.Path("/scratch")).values():
        labels = {run.label for run in case.runs}
        for ratio in case.ratios:
            assert {ratio.numerator, ratio.denominator} <= labels


def test_the_small_modules_are_the_issues_eleven_and_four_lines(tmp_path):
    benchmark_cases.write_small_modules(tmp_path)
    assert len((tmp_path / "sa_model.py").read_text().splitlines()) == 11
    assert len((tmp_path / "trivial.py").read_text().splitlines()) == 4


def test_a_ratio_is_the_median_of_the_per_round_ratios():
    case = benchmark_cases.cases(pathlib.Path("/src"), pathlib.Path("/scratch"))["nova-db"]
    cpu = {"nova-db-bare": [10.0, 10.0, 10.0], "nova-db-plugin": [5.0, 9.0, 30.0]}
    [(ratio, value)] = cli.ratios(case, cpu)
    assert ratio.target == 0.7
    assert value == 0.9


def test_rounds_interleave_and_rotate_the_runs(monkeypatch, tmp_path):
    order = []
    monkeypatch.setattr(cli, "_measure", lambda run, options, work, index: order.append(run.label) or 1.0)
    case = benchmark_cases.cases(pathlib.Path("/src"), tmp_path)["small"]
    cpu = cli.run_case(case, 2, None, None, tmp_path, progress=lambda line: None)
    assert order == [
        "trivial-bare", "sqlalchemy-bare", "sqlalchemy-plugin",
        "sqlalchemy-bare", "sqlalchemy-plugin", "trivial-bare",
    ]
    assert cpu == {"trivial-bare": [1.0, 1.0], "sqlalchemy-bare": [1.0, 1.0], "sqlalchemy-plugin": [1.0, 1.0]}
