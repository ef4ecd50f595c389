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

"""Where a module or class body defines and modifies its names.

Static evaluation must know which statement gives a module constant or a
class attribute its value at the moment a class body runs. The body is read
statement by statement, the way it executes: the last unconditional
assignment wins; an assignment inside ``if``/``try``/``for`` makes the
value depend on something evaluation does not follow; and a later in-place
change (``ALL.append(x)``, ``D['k'] = v``, ``X += y``, ``Cls.attr = v``)
means the value is not what the assignment says.

A ``try``/``except ImportError`` guard is read as its ``try`` path: the
analysis reads the imported modules, so that path is the one taken (the
fallback in the handler is for environments without them).

Class bodies are read from ``ClassDef.body`` rather than ``locals``: the
plugin's own brains add synthetic attributes to ``locals`` that the runtime
class does not have in its body.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import nodes

#: Methods of list/dict/set that change the object they are called on.
MUTATING_METHODS = frozenset(
    {
        "append", "extend", "insert", "remove", "pop", "clear", "update",
        "add", "discard", "setdefault", "popitem", "sort", "reverse",
        "difference_update", "intersection_update",
        "symmetric_difference_update", "__setitem__", "__delitem__",
    }
)

_COMPOUND = (nodes.If, nodes.Try, nodes.For, nodes.While, nodes.With)
_SCOPES = (nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)


@dataclass(frozen=True)
class Definition:
    """One statement that binds a name in a module or class body."""

    name: str
    #: AssignName, FunctionDef, ClassDef, Import or ImportFrom.
    node: nodes.NodeNG
    #: True when the statement sits inside if/try/for/while/with.
    conditional: bool


@dataclass(frozen=True)
class BodyFacts:
    """The names a body binds (in source order) and where it changes them."""

    definitions: dict[str, tuple[Definition, ...]]
    #: name -> line of the first in-place change of that name in the body.
    mutations: dict[str, int]


_FACTS: WeakKeyDictionary[nodes.NodeNG, BodyFacts] = WeakKeyDictionary()


def body_facts(scope: nodes.Module | nodes.ClassDef) -> BodyFacts:
    """The definitions and in-place changes of names in *scope*'s own body."""
    facts = _FACTS.get(scope)
    if facts is None:
        collector = _Collector()
        collector.walk(scope.body, conditional=False)
        facts = BodyFacts(
            {name: tuple(found) for name, found in collector.definitions.items()},
            collector.mutations,
        )
        _FACTS[scope] = facts
    return facts


def changes_name(statement: nodes.NodeNG, name: str) -> bool:
    """Whether *statement* binds or changes *name* in place."""
    collector = _Collector()
    collector.walk([statement], conditional=False)
    return name in collector.mutations or name in collector.definitions


def c3_merge(sequences: list[list[nodes.ClassDef]]) -> list[nodes.ClassDef] | None:
    """Python's C3 linearisation of *sequences*; None when it has no solution."""
    sequences = [list(sequence) for sequence in sequences if sequence]
    result: list[nodes.ClassDef] = []
    while sequences:
        for sequence in sequences:
            head = sequence[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            return None
        result.append(head)
        sequences = [[c for c in sequence if c is not head] for sequence in sequences]
        sequences = [sequence for sequence in sequences if sequence]
    return result


def is_builtin(node: nodes.NodeNG) -> bool:
    """Whether *node* is defined in the builtins module."""
    return node.root().name == "builtins"


class _Collector:
    """Reads one body; see :func:`body_facts`."""

    def __init__(self) -> None:
        self.definitions: dict[str, list[Definition]] = {}
        self.mutations: dict[str, int] = {}

    def _define(self, name: str, node: nodes.NodeNG, conditional: bool) -> None:
        self.definitions.setdefault(name, []).append(Definition(name, node, conditional))

    def _mutate(self, name: str, node: nodes.NodeNG) -> None:
        self.mutations.setdefault(name, node.lineno or 0)

    def walk(self, statements: list[nodes.NodeNG], conditional: bool) -> None:
        for statement in statements:
            self._statement(statement, conditional)

    def _statement(self, statement: nodes.NodeNG, conditional: bool) -> None:
        if isinstance(statement, (nodes.FunctionDef, nodes.ClassDef)):
            self._define(statement.name, statement, conditional)
        elif isinstance(statement, (nodes.Import, nodes.ImportFrom)):
            for name, alias in statement.names:
                self._define(alias or name.split(".")[0], statement, conditional)
        elif isinstance(statement, _COMPOUND):
            self._compound(statement)
        else:
            self._simple(statement, conditional)

    def _compound(self, statement: nodes.NodeNG) -> None:
        if _is_import_guard(statement):
            # try: <imports> except ImportError: <fallback> [else: ...]: the
            # analysis reads the imported modules, so the try path is taken.
            self.walk([*statement.body, *statement.orelse], conditional=bool(statement.finalbody))
            return
        blocks: list[nodes.NodeNG] = []
        for field in ("body", "orelse", "finalbody"):
            blocks.extend(getattr(statement, field, None) or [])
        for handler in getattr(statement, "handlers", None) or []:
            blocks.extend(handler.body)
            if isinstance(handler.name, nodes.AssignName):
                self._define(handler.name.name, handler.name, True)
        in_blocks = {id(node) for node in blocks}
        for child in statement.get_children():
            # The test of an if, the target and iterable of a for, with items.
            if id(child) not in in_blocks and not isinstance(child, nodes.ExceptHandler):
                self._simple(child, True)
        self.walk(blocks, conditional=True)

    def _simple(self, statement: nodes.NodeNG, conditional: bool) -> None:
        for node in _own_nodes(statement):
            if isinstance(node, nodes.AssignName):
                if isinstance(node.parent, nodes.AnnAssign) and node.parent.value is None:
                    continue  # ``x: int`` alone binds nothing
                if isinstance(node.parent, nodes.AugAssign):
                    self._mutate(node.name, node)
                self._define(node.name, node, conditional)
            elif isinstance(node, (nodes.AssignAttr, nodes.DelAttr)) and isinstance(node.expr, nodes.Name):
                self._mutate(node.expr.name, node)
            elif isinstance(node, nodes.Subscript) and node.ctx != astroid.Context.Load:
                base = node.value
                if isinstance(base, nodes.Name):
                    self._mutate(base.name, node)
            elif (
                isinstance(node, nodes.Call)
                and isinstance(node.func, nodes.Attribute)
                and node.func.attrname in MUTATING_METHODS
                and isinstance(node.func.expr, nodes.Name)
            ):
                self._mutate(node.func.expr.name, node)


_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})


def _is_import_guard(statement: nodes.NodeNG) -> bool:
    """``try`` whose every handler catches only import failures."""
    if not isinstance(statement, nodes.Try) or not statement.handlers:
        return False
    for handler in statement.handlers:
        caught = handler.type.elts if isinstance(handler.type, nodes.Tuple) else [handler.type]
        if not caught or not all(isinstance(c, nodes.Name) and c.name in _IMPORT_ERRORS for c in caught):
            return False
    return True


def _own_nodes(statement: nodes.NodeNG):
    """Every node of *statement* outside nested functions, classes and lambdas."""
    stack = [statement]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in node.get_children() if not isinstance(child, _SCOPES))
