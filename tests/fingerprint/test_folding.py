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
"""Constant folding: values at import time, exact or Unknown with a reason."""

import pytest

from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.evaluation.values import ClassRef, ObjectRef, Unknown

CONSTANTS = '''
import itertools

A = (1, 2)
B = A + (3,)
D = {'y': 2, 'x': 1}
KEYS = tuple(sorted(D.keys()))
CHAINED = list(itertools.chain(D, ['z']))
NAME = f"v{A[0]}-{len(D)}"
PICK = 'yes' if 'x' in D else 'no'
NEGATIVE = -A[1]
EXCLUDED = {1, 2, 3} - {2}
A, FIRST = (A, 'first')

CHANGED = [1]
CHANGED.append(2)

try:
    import json as codec
except ImportError:
    codec = None

if len(A) > 1:
    BRANCH = 1
else:
    BRANCH = 2

if len(A) > 1:
    AGREED = 'same'
else:
    AGREED = 'same'


def helper():
    return 1


CALLED = helper()
SIDE_EFFECT = __import__('os').system('touch {marker}')


class Holder:
    ALL = ('p', 'q')
    FIRST = ALL[0]


class Moved:
    ALL = ('p',)


Moved.ALL = ('z',)


class Child(Holder):
    EXTRA = Holder.ALL + ('r',)
'''

USER = '''
from . import constants
from .constants import KEYS as RENAMED

VALUE = constants.B
ALSO = RENAMED
HOLDER = constants.Holder
MADE = constants.Holder()
'''


@pytest.fixture(name="modules")
def fixture_modules(package, tmp_path):
    marker = tmp_path / "executed"
    load = package({"constants": CONSTANTS.replace("{marker}", str(marker)), "user": USER})
    return Evaluator(), load("constants"), load("user"), marker


@pytest.mark.parametrize(
    "name, value",
    [
        ("A", (1, 2)),
        ("B", (1, 2, 3)),
        ("D", {"y": 2, "x": 1}),
        ("KEYS", ("x", "y")),
        ("CHAINED", ["y", "x", "z"]),
        ("NAME", "v1-2"),
        ("PICK", "yes"),
        ("NEGATIVE", -2),
        ("EXCLUDED", {1, 3}),
        ("FIRST", "first"),
        ("AGREED", "same"),
    ],
)
def test_values_are_folded_exactly(modules, name, value):
    evaluator, constants, _, _ = modules
    folded = evaluator.module_attribute(constants, name)
    assert folded == value
    assert type(folded) is type(value)


@pytest.mark.parametrize(
    "name, reason",
    [
        ("CHANGED", r"\.constants\.CHANGED is changed in place at line 16"),
        ("BRANCH", r"'fpkg_\w+\.constants\.BRANCH' has several definitions with different values"),
        ("CALLED", r"call to fpkg_\w+\.constants\.helper at fpkg_\w+\.constants:\d+"),
        ("SIDE_EFFECT", r"call to "),
    ],
)
def test_what_cannot_be_known_is_unknown(modules, name, reason):
    evaluator, constants, _, _ = modules
    folded = evaluator.module_attribute(constants, name)
    assert isinstance(folded, Unknown)
    assert pytest.importorskip("re").search(reason, folded.reason), folded.reason


def test_evaluation_never_runs_the_code(modules):
    evaluator, constants, _, marker = modules
    evaluator.module_attribute(constants, "SIDE_EFFECT")
    assert not marker.exists()


def test_an_import_guard_takes_the_try_path(modules):
    evaluator, constants, _, _ = modules
    codec = evaluator.module_attribute(constants, "codec")
    assert codec.node.name == "json"


def test_class_attributes_follow_the_mro(modules):
    evaluator, constants, _, _ = modules
    assert evaluator.class_attribute(constants["Child"], "FIRST") == "p"
    assert evaluator.class_attribute(constants["Child"], "EXTRA") == ("p", "q", "r")
    moved = evaluator.class_attribute(constants["Moved"], "ALL")
    assert isinstance(moved, Unknown) and "is changed after its definition" in moved.reason


def test_names_are_followed_across_modules(modules):
    evaluator, _, user, _ = modules
    assert evaluator.module_attribute(user, "VALUE") == (1, 2, 3)
    assert evaluator.module_attribute(user, "ALSO") == ("x", "y")
    holder = evaluator.module_attribute(user, "HOLDER")
    assert isinstance(holder, ClassRef) and holder.node.name == "Holder"
    assert repr(holder) == f"<class '{holder.node.qname()}'>"
    made = evaluator.module_attribute(user, "MADE")
    assert isinstance(made, ObjectRef) and made.cls is holder.node


def test_the_mro_is_pythons(modules):
    evaluator, constants, _, _ = modules
    assert [c.name for c in evaluator.mro(constants["Child"])] == ["Child", "Holder", "object"]
