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
"""How code spells the things it refers to, read from the AST alone."""

from __future__ import annotations

from astroid import nodes


def terminal_name(node: nodes.NodeNG | None) -> str | None:
    """The last name in a.b.c (c), c itself, or None.

    A call is read through to what it calls, so @register_if(False)
    reads as register_if.
    """
    if isinstance(node, nodes.Call):
        node = node.func
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Attribute):
        return node.attrname
    return None


def edit_distance(first: str, second: str) -> int:
    """Optimal string alignment distance: insertions, deletions,
    substitutions and swaps of adjacent letters each count one."""
    before = [0] * (len(second) + 1)
    row = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


def likely_misspelling(name: str, candidates) -> str | None:
    """The candidate *name* most likely misspells, if one is close enough.

    Close means at most two edits, and fewer than a third of the name: a
    typo, not a different word (``nmae`` is ``name``; ``private_key`` is not
    ``public_key``).
    """
    best_candidate, best_distance = None, 3
    for candidate in sorted(candidates):
        distance = edit_distance(name, candidate)
        if distance < best_distance and distance * 3 < len(name):
            best_candidate, best_distance = candidate, distance
    return best_candidate
