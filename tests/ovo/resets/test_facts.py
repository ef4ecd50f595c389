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
"""The lattice of reset facts."""

import astroid
import pytest

from pylint_oslo_review.ovo.resets.facts import UNKNOWN, Reset, ResetCall, State, join, path_key

ORIGIN = frozenset({(1, "obj_reset_changes()")})


def reset(fields=None, recursive=False):
    return Reset(frozenset(fields) if fields is not None else None, recursive, ORIGIN)


@pytest.mark.parametrize(
    ("prior", "fields", "recursive", "covered"),
    [
        (reset(), None, False, True),
        (reset(), frozenset({"a"}), False, True),
        (reset(), None, True, False),
        (reset(recursive=True), None, True, True),
        (reset(["a", "b"]), frozenset({"a"}), False, True),
        (reset(["a"]), frozenset({"a", "b"}), False, False),
        (reset(["a"]), None, False, False),
        (reset(), UNKNOWN, False, True),
        (reset(["a"]), UNKNOWN, False, False),
    ],
)
def test_covers(prior, fields, recursive, covered):
    assert prior.covers(fields, recursive) is covered


def test_join_keeps_what_holds_on_both_sides():
    assert reset().join(reset(["a"])).fields == frozenset({"a"})
    assert reset(["a", "b"]).join(reset(["b", "c"])).fields == frozenset({"b"})
    assert reset(["a"]).join(reset(["b"])) is None
    assert reset(recursive=True).join(reset()).recursive is False


def test_then_accumulates_partial_resets():
    assert reset(["a"]).then(reset(["b"])).fields == frozenset({"a", "b"})
    assert reset(recursive=True).then(reset()).recursive is True
    assert reset(["a"]).then(reset()).fields is None


def test_child_changed_drops_recursion_and_marks_in_place():
    changed = reset(recursive=True).child_changed()
    assert (changed.recursive, changed.inplace) == (False, True)


def test_state_join_needs_every_reachable_path():
    first = State({"self": reset(), "obj": reset()})
    second = State({"self": reset()})
    assert set(join([first, second]).facts) == {"self"}
    assert set(join([first, State(reachable=False)]).facts) == {"self", "obj"}
    assert not join([State(reachable=False)]).reachable


@pytest.mark.parametrize(
    ("code", "fields", "recursive"),
    [
        ("o.obj_reset_changes()", None, False),
        ("o.obj_reset_changes(None, True)", None, True),
        ("o.obj_reset_changes(fields=['a'], recursive=True)", frozenset({"a"}), True),
        ("o.obj_reset_changes([])", None, False),
        ("o.obj_reset_changes('name')", UNKNOWN, False),
        ("o.obj_reset_changes(names, recursive=flag)", UNKNOWN, None),
    ],
)
def test_parse(code, fields, recursive):
    parsed = ResetCall.parse(astroid.extract_node(code))
    assert (parsed.fields, parsed.recursive) == (fields, recursive)


def test_path_key():
    assert path_key(astroid.extract_node("self.flavor.projects")) == "self.flavor.projects"
    assert path_key(astroid.extract_node("get().flavor")) is None
