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
"""The fuzzer keeps working: a fixed handful of mutants, linted in strict mode.

The big run is ``tox -e fuzz`` (tools/fuzz); this only keeps the tool from
rotting and the mutants reproducible.
"""

import ast
import random
from pathlib import Path

import astroid

from tools.fuzz import cli, harness, mutations

ROOT = Path(__file__).resolve().parents[2]


def test_a_fixed_seed_gives_the_same_compiling_mutants():
    source = (ROOT / "test_fixtures/functional/ovo/ovo_redundant_reset_changes.py").read_text(encoding="utf-8")
    first = mutations.mutate(source, random.Random("7:3"))
    second = mutations.mutate(source, random.Random("7:3"))
    assert first == second and first is not None
    mutant, edits = first
    ast.parse(mutant)
    assert edits and all(edit.split(":", 1)[0] in mutations.MUTATORS for edit in edits)


def test_every_mutator_applies_to_a_real_fixture():
    source = (ROOT / "test_fixtures/functional/ovo/ovo_remotable.py").read_text(encoding="utf-8")
    for name, mutator in mutations.MUTATORS.items():
        assert mutator(ast.parse(source), random.Random(0)) is not None, name


def test_a_plugin_crash_is_caught_with_its_traceback(tmp_path, monkeypatch):
    from pylint_oslo_review.ovo.resets import flow  # pylint: disable=import-outside-toplevel

    def broken(*args, **kwargs):
        raise IndexError("planted")

    monkeypatch.setattr(flow, "_handed_objects", broken)
    harness.prepare()
    target = tmp_path / "planted_crash.py"
    target.write_text((ROOT / "test_fixtures/functional/ovo/ovo_redundant_reset_changes.py").read_text("utf-8"))
    crashes = harness.lint(target)
    assert crashes and crashes[0].ours
    assert crashes[0].exception == "IndexError: planted"
    assert crashes[0].where.startswith("pylint_oslo_review/ovo/resets/flow.py:")


def test_a_few_mutants_do_not_crash_the_plugin():
    astroid.MANAGER.clear_cache()
    summary = cli.run(seed=0, mutants=range(12))
    astroid.MANAGER.clear_cache()
    assert summary.linted >= 10
    assert not summary.crashes, cli.report(summary, confirm=False)
