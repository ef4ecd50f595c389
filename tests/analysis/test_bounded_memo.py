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
"""BoundedMemo: a depth-bounded answer does not depend on who asked first."""

import astroid

from pylint_oslo_review.analysis.bounded_memo import BoundedMemo

CHAIN = {"a": "b", "b": "c", "c": "d", "d": None}
BOUND = 2


def _reach(memo, nodes, name, depth):
    """How far the chain goes from *name*, looking at most BOUND calls deep."""
    if depth > BOUND:
        return None

    def compute():
        callee = CHAIN[name]
        if callee is None:
            return (name,)
        further = _reach(memo, nodes, callee, depth + 1)
        return (name, *(further or ("...",)))

    return memo.get(nodes[name], depth, compute)


def _nodes():
    module = astroid.parse("def a(): pass\ndef b(): pass\ndef c(): pass\ndef d(): pass\n")
    return module, {name: module[name] for name in CHAIN}


def test_the_answer_at_depth_zero_is_the_same_whoever_asked_first():
    module, nodes = _nodes()
    memo = BoundedMemo()
    assert _reach(memo, nodes, "a", 0) == ("a", "b", "c", "...")  # b and c were reached deep
    assert _reach(memo, nodes, "b", 0) == ("b", "c", "d")
    fresh = BoundedMemo()
    assert _reach(fresh, nodes, "b", 0) == ("b", "c", "d")
    assert module  # keeps the nodes (weak keys) alive


def test_each_level_is_computed_once():
    _, nodes = _nodes()
    memo = BoundedMemo()
    calls = []
    assert memo.get(nodes["a"], 0, lambda: calls.append(0) or "x") == "x"
    assert memo.get(nodes["a"], 0, lambda: calls.append(1) or "y") == "x"
    assert memo.get(nodes["a"], 1, lambda: None) is None
    assert memo.get(nodes["a"], 1, lambda: "z") is None
    assert calls == [0]
