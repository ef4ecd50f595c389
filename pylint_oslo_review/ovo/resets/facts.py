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

"""The facts of the reset analysis: what is known to be reset, where.

``obj_reset_changes(fields=None, recursive=False)`` (oslo_versionedobjects,
base.py) clears ``_changed_fields``: every name when ``fields`` is falsy (so
``[]`` too), else the given names; ``recursive=True`` also resets the child
objects. A :class:`Reset` records what an earlier call established for one
object; a :class:`State` maps objects, named by their access path
(``self``, ``obj``, ``self.flavor``), to those facts at one program point.
Facts only hold when they hold on every path, so joining states intersects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from astroid import nodes

#: The fields of a reset whose argument cannot be read (a variable, a string).
UNKNOWN = object()


@dataclass(frozen=True)
class Reset:
    """What is known to be reset on an object.

    ``fields`` is None when every field is reset. ``origins`` are the
    (line, description) of the resets that established the fact.
    """

    fields: frozenset[str] | None
    recursive: bool
    origins: frozenset[tuple[int, str]]
    #: Whether a child of the object may have been mutated in place since
    #: (``obj.tags.append(x)``). OVO does not track that, but classes that
    #: override obj_what_changed (nova's Instance) do.
    inplace: bool = False

    def covers(self, fields: frozenset[str] | None | object, recursive: bool) -> bool:
        """Whether this fact makes a reset of *fields* (or UNKNOWN) do nothing."""
        if recursive and not self.recursive:
            return False
        if self.fields is None:
            return True
        return fields is not None and fields is not UNKNOWN and fields <= self.fields

    def join(self, other: Reset) -> Reset | None:
        """What holds when either this fact or *other* holds."""
        if self.fields is None:
            joined = other.fields
        elif other.fields is None:
            joined = self.fields
        else:
            joined = self.fields & other.fields
        if joined is not None and not joined:
            return None
        return Reset(
            joined,
            self.recursive and other.recursive,
            self.origins | other.origins,
            self.inplace or other.inplace,
        )

    def then(self, later: Reset) -> Reset:
        """The fact after a second reset made while this one still holds."""
        if later.fields is None:
            if later.recursive or not self.recursive:
                return later
            return Reset(None, True, later.origins)
        if self.fields is None:
            return Reset(None, self.recursive and later.recursive, self.origins | later.origins, self.inplace)
        return Reset(
            self.fields | later.fields,
            self.recursive and later.recursive,
            self.origins | later.origins,
            self.inplace,
        )

    def child_changed(self) -> Reset:
        """A child object may have changed: recursive coverage is gone."""
        if self.inplace and not self.recursive:
            return self
        return Reset(self.fields, False, self.origins, True)


@dataclass
class State:
    """Facts holding at one program point, and whether the point is reachable."""

    facts: dict[str, Reset] = field(default_factory=dict)
    reachable: bool = True

    def copy(self) -> State:
        return State(dict(self.facts), self.reachable)

    def roots(self) -> set[str]:
        """The names at the start of every path that has a fact."""
        return {root(key) for key in self.facts}


def join(states: Iterable[State]) -> State:
    """Facts that hold on every reachable one of *states*."""
    reachable = [s for s in states if s.reachable]
    if not reachable:
        return State(reachable=False)
    facts = dict(reachable[0].facts)
    for state in reachable[1:]:
        for key in list(facts):
            other = state.facts.get(key)
            joined = facts[key].join(other) if other is not None else None
            if joined is None:
                del facts[key]
            else:
                facts[key] = joined
    return State(facts)


def path_key(node: nodes.NodeNG | None) -> str | None:
    """``self``, ``obj``, ``self.flavor``: the object an expression names, or None."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Attribute):
        parent = path_key(node.expr)
        return f"{parent}.{node.attrname}" if parent else None
    return None


def root(key: str) -> str:
    """The variable a path starts from."""
    return key.split(".", 1)[0]


def _literal_strings(node: nodes.NodeNG) -> frozenset[str] | None:
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)) and all(
        isinstance(e, nodes.Const) and isinstance(e.value, str) for e in node.elts
    ):
        return frozenset(e.value for e in node.elts)
    return None


@dataclass(frozen=True)
class ResetCall:
    """The arguments of one ``obj_reset_changes(...)`` call, as far as known.

    ``fields``: None for all fields, a set for the named ones, UNKNOWN for
    an argument that cannot be read. ``recursive``: True/False, or None
    when unknown.
    """

    fields: frozenset[str] | None | object
    recursive: bool | None

    @classmethod
    def parse(cls, call: nodes.Call) -> ResetCall:
        fields_arg = call.args[0] if call.args else None
        recursive_arg = call.args[1] if len(call.args) > 1 else None
        for keyword in call.keywords or ():
            if keyword.arg == "fields":
                fields_arg = keyword.value
            elif keyword.arg == "recursive":
                recursive_arg = keyword.value
        if fields_arg is None or (isinstance(fields_arg, nodes.Const) and fields_arg.value is None):
            fields = None
        else:
            names = _literal_strings(fields_arg)
            # base.py tests the truthiness of fields: [] resets everything.
            fields = UNKNOWN if names is None else (names or None)
        if recursive_arg is None:
            recursive = False
        elif isinstance(recursive_arg, nodes.Const) and isinstance(recursive_arg.value, bool):
            recursive = recursive_arg.value
        else:
            recursive = None
        return cls(fields, recursive)

    def as_fact(self, origin: tuple[int, str]) -> Reset | None:
        """What this reset establishes; None when nothing is known to be reset."""
        if self.fields is UNKNOWN:
            return None
        return Reset(self.fields, bool(self.recursive), frozenset({origin}))
