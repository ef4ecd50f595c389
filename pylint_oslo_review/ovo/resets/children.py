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

"""Which object fields certainly hold a changed child object at some point.

``obj_what_changed()`` (oslo_versionedobjects/base.py) lists, besides the
names in ``_changed_fields``, every field whose value is a
``VersionedObject`` with changes of its own; ``obj_reset_changes()``
without ``recursive=True`` clears only the parent's ``_changed_fields``.
So after ``obj.obj_reset_changes()`` the parent still reports a field whose
child object was changed and not reset. (A ``ListOfObjectsField`` holds a
list, which ``obj_what_changed()`` does not look into: only
``ObjectField`` fields matter, an ``ObjectListBase`` target included.)

A child is *certainly changed* at a point when a statement that runs on
every path to it (a preceding statement of its block or of an enclosing
block) changes it, and nothing that may run in between may have reset,
replaced or handed it on:

- ``obj.child.name = v``, ``name`` a field of the child's class (the
  setter records it);
- ``obj.child = Child(name=v, ...)``: ``VersionedObject.__init__`` sets
  each keyword through the setter (a class with its own ``__init__`` is
  not followed);
- ``obj.load_child(...)``, a method of the object's class (or a function
  resolved by inference that receives the object) whose every normal exit
  leaves the child certainly changed (summarised, a few calls deep).

A child built by ``obj_from_primitive()`` or passed in keeps the changes
its source had: unknown, so never a change here. Anything unclear (the
object or the child handed to a call, aliased, rebound, a statement in a
loop or a ``try`` run partly) only removes knowledge.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import astroid
from astroid import nodes
from astroid.const import Context
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.analysis.bounded_memo import BoundedMemo
from pylint_oslo_review.ovo.model import ancestry, field_types, fields
from pylint_oslo_review.ovo.resets import flow
from pylint_oslo_review.ovo.resets.facts import path_key, root
from pylint_oslo_review.spelling import terminal_name

_MAX_DEPTH = 3
#: Builtins that only look at what they are given.
_READING_BUILTINS = frozenset({"isinstance", "hasattr", "len", "repr", "str", "id", "type", "bool"})
_CHANGE_SET = "_changed_fields"
_ALL = None  # "every field" in a set of cleared fields


@dataclass(frozen=True)
class Change:
    """A statement that leaves the child in *field* certainly changed."""

    field: str
    line: int
    what: str


_OVO_PACKAGE = "oslo_versionedobjects"


def _is_oslo(klass: nodes.ClassDef) -> bool:
    return klass.root().name.startswith(_OVO_PACKAGE)


def _super_call(node: nodes.NodeNG, method: str) -> bool:
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == method
        and isinstance(node.func.expr, nodes.Call)
        and terminal_name(node.func.expr.func) == "super"
    )


def _delegates(method: nodes.FunctionDef, name: str) -> bool:
    """Whether an override starts from (calls) the base class's *name*."""
    return any(_super_call(call, name) for call in method.nodes_of_class(nodes.Call))


def _under_recursive_test(node: nodes.NodeNG, method: nodes.FunctionDef) -> bool:
    child, parent = node, node.parent
    while parent is not None and parent is not method:
        if (
            isinstance(parent, nodes.If)
            and child in parent.body
            and isinstance(parent.test, nodes.Name)
            and parent.test.name == "recursive"
        ):
            return True
        child, parent = parent, parent.parent
    return False


def _resets_children_only_if_recursive(method: nodes.FunctionDef) -> bool:
    """An ``obj_reset_changes`` override that resets children only when asked.

    nova's ``NovaObject.obj_reset_changes`` resets them under ``if
    recursive:``; ``Instance.obj_reset_changes`` passes ``recursive`` to
    ``super()``. Any other reset inside the override may reach a child.
    """
    if "recursive" not in method.argnames() and any(
        isinstance(call.func, nodes.Attribute) and call.func.attrname == flow.RESET
        for call in method.nodes_of_class(nodes.Call)
        if not _super_call(call, flow.RESET)
    ):
        return False
    for call in method.nodes_of_class(nodes.Call):
        if not (isinstance(call.func, nodes.Attribute) and call.func.attrname == flow.RESET):
            continue
        if _under_recursive_test(call, method):
            continue
        if _super_call(call, flow.RESET):
            recursive = _keyword_or_position(call, "recursive", 1)
            if recursive is None or (isinstance(recursive, nodes.Name) and recursive.name == "recursive"):
                continue
            if isinstance(recursive, nodes.Const) and recursive.value is False:
                continue
        return False
    return True


def _keyword_or_position(call: nodes.Call, name: str, index: int) -> nodes.NodeNG | None:
    for keyword in call.keywords or ():
        if keyword.arg == name:
            return keyword.value
    return call.args[index] if len(call.args) > index else None


def _overrides(classdef: nodes.ClassDef, name: str) -> list[nodes.FunctionDef] | None:
    """The project's overrides of *name* along the lineage; None if one is not a function."""
    found = []
    for klass in ancestry.lineage(classdef):
        if _is_oslo(klass) or name not in klass.locals:
            continue
        value = klass.locals[name][0]
        if not isinstance(value, nodes.FunctionDef):
            return None
        found.append(value)
    return found


def reports_child_changes(classdef: nodes.ClassDef) -> bool:
    """Whether the class's obj_what_changed() lists changed children, and a
    plain obj_reset_changes() leaves them alone (base.py, or overrides
    that keep that behaviour)."""
    if ancestry.complete_mro(classdef) is None:
        return False
    what_changed = _overrides(classdef, "obj_what_changed")
    resets = _overrides(classdef, flow.RESET)
    if what_changed is None or resets is None:
        return False
    return all(_delegates(m, "obj_what_changed") for m in what_changed) and all(
        _resets_children_only_if_recursive(m) for m in resets
    )


def _records_changes(classdef: nodes.ClassDef) -> bool:
    """Whether the child's own changes show in its obj_what_changed()."""
    if ancestry.complete_mro(classdef) is None:
        return False
    what_changed = _overrides(classdef, "obj_what_changed")
    return what_changed is not None and all(_delegates(m, "obj_what_changed") for m in what_changed)


def object_fields(classdef: nodes.ClassDef) -> dict[str, nodes.ClassDef]:
    """The ``ObjectField`` fields of an OVO class, with their target class when known."""
    model = fields.model_of(classdef)
    if model is None:
        return {}
    found = {}
    for name, spec in model.fields.items():
        kind = spec.kind()
        if kind is None or kind[0] != "object" or spec.declaration.field is None:
            continue
        value = field_types.field_value(spec.declaration.field)
        target = value.classdef if value is not None else None
        if target is not None and ancestry.is_versioned_object_class(target) and _records_changes(target):
            found[name] = target
    return found


def _is_tracked_field(classdef: nodes.ClassDef, name: str) -> bool:
    """A field whose assignment goes through OVO's setter (no attribute shadows it)."""
    model = fields.model_of(classdef)
    if model is None or not model.has_field(name):
        return False
    return not any(
        name in _body_names(klass) for klass in ancestry.lineage(classdef) if not _is_oslo(klass)
    )


def _body_names(klass: nodes.ClassDef) -> set[str]:
    """Names a class body defines itself (not the attributes astroid is taught)."""
    found = set()
    for statement in klass.body:
        if isinstance(statement, (nodes.FunctionDef, nodes.ClassDef)):
            found.add(statement.name)
        elif isinstance(statement, (nodes.Assign, nodes.AnnAssign)):
            targets = statement.targets if isinstance(statement, nodes.Assign) else [statement.target]
            found.update(t.name for target in targets for t in target.nodes_of_class(nodes.AssignName))
    return found


def _plain_init(classdef: nodes.ClassDef) -> bool:
    """Whether ``Class(**kw)`` runs oslo's ``__init__`` (which sets each keyword)."""
    try:
        init = classdef.getattr("__init__")[0]
    except (astroid.AttributeInferenceError, IndexError):
        return False
    return init.root().name.startswith(_OVO_PACKAGE)


class _Finder:
    """Finds the certainly changed children of the object at *key*."""

    def __init__(self, function: nodes.FunctionDef, key: str, classdef: nodes.ClassDef, depth: int) -> None:
        self.function = function
        self.key = key
        self.classdef = classdef
        self.children = object_fields(classdef)
        self.depth = depth
        self.aliases = self._aliases()

    def _aliases(self) -> set[str]:
        """Names that may refer to a child: ``x = obj.child`` or ``obj.child = x``."""
        found = set()
        for assign in self.function.nodes_of_class(nodes.Assign):
            for target in assign.targets:
                value_key = path_key(assign.value)
                target_key = path_key(target)
                if value_key is not None and value_key.startswith(self.key + "."):
                    found.update(n.name for n in target.nodes_of_class(nodes.AssignName))
                if target_key is not None and target_key.startswith(self.key + ".") and value_key is not None:
                    found.add(root(value_key))
        found.discard(root(self.key))
        return found

    # -- what a statement does

    def changes(self, statement: nodes.NodeNG) -> list[Change]:
        """The children that *statement*, run to its end, leaves certainly changed."""
        if isinstance(statement, (nodes.Assign, nodes.AugAssign)):
            targets = statement.targets if isinstance(statement, nodes.Assign) else [statement.target]
            found = []
            for target in targets:
                found.extend(self._assignment_change(target, statement))
            return found
        if isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Call):
            return self._call_changes(statement.value)
        return []

    def _assignment_change(self, target: nodes.NodeNG, statement: nodes.NodeNG) -> list[Change]:
        if not isinstance(target, nodes.AssignAttr):
            return []
        owner = path_key(target.expr)
        line = statement.lineno
        if owner is not None and owner.startswith(self.key + "."):
            name = owner[len(self.key) + 1:]
            child = self.children.get(name)
            if child is not None and _is_tracked_field(child, target.attrname):
                return [Change(name, line, f"{owner}.{target.attrname} = ...")]
            return []
        if owner == self.key and target.attrname in self.children and isinstance(statement, nodes.Assign):
            value = statement.value
            if isinstance(value, nodes.Call) and self._builds_changed(value):
                return [Change(target.attrname, line, f"{owner}.{target.attrname} = {value.func.as_string()}(...)")]
        return []

    @staticmethod
    def _builds_changed(call: nodes.Call) -> bool:
        klass = safe_infer(call.func)
        if not isinstance(klass, nodes.ClassDef) or not ancestry.is_versioned_object_class(klass):
            return False
        if not _plain_init(klass) or not _records_changes(klass):
            return False
        return any(keyword.arg is not None and _is_tracked_field(klass, keyword.arg) for keyword in call.keywords or ())

    def _call_changes(self, call: nodes.Call) -> list[Change]:
        if self.depth >= _MAX_DEPTH:
            return []
        found = self._method_changes(call)
        if found is None:
            found = self._function_changes(call)
        return found or []

    def _method_changes(self, call: nodes.Call) -> list[Change] | None:
        """``obj.method(...)``: the method's summary for its ``self``."""
        func = call.func
        if not (isinstance(func, nodes.Attribute) and path_key(func.expr) == self.key):
            return None
        try:
            method = self.classdef.getattr(func.attrname)[0]
        except (astroid.AttributeInferenceError, IndexError):
            return []
        if not isinstance(method, nodes.FunctionDef) or method.type != "method":
            return []
        first = calls.first_positional(method)
        if first is None or not _same_project(method, self.function):
            return []
        fields_changed = changed_on_exit(method, first.name, self.classdef, self.depth + 1)
        return [Change(name, call.lineno, f"{func.as_string()}()") for name in sorted(fields_changed)]

    def _function_changes(self, call: nodes.Call) -> list[Change]:
        """``helper(obj, ...)`` resolved by inference: its summary for that parameter."""
        bound = calls.resolve(call)
        if bound is None or not _same_project(bound.function, self.function):
            return []
        params = [name for name, argument in bound.arguments.items() if path_key(argument) == self.key]
        if len(params) != 1:
            return []
        fields_changed = changed_on_exit(bound.function, params[0], self.classdef, self.depth + 1)
        return [Change(name, call.lineno, f"{call.func.as_string()}()") for name in sorted(fields_changed)]

    def clears(self, node: nodes.NodeNG) -> set[str | None]:
        """Children that running (part of) *node* may reset, replace or hand on.

        ``_ALL`` (None) in the set stands for every child.
        """
        found: set[str | None] = set()
        for inner in _walk(node):
            if isinstance(inner, nodes.Call):
                if self._call_may_reach(inner):
                    found.add(_ALL)
            elif isinstance(inner, (nodes.AssignAttr, nodes.DelAttr)):
                owner = path_key(inner.expr)
                if owner == self.key and inner.attrname in self.children:
                    found.add(inner.attrname)
                elif owner is not None and owner.startswith(self.key + ".") and inner.attrname == _CHANGE_SET:
                    found.add(_ALL)
                elif owner is None and self._mentions(inner.expr):
                    found.add(_ALL)
            elif isinstance(inner, (nodes.AssignName, nodes.DelName)):
                if inner.name == root(self.key) or inner.name in self.aliases:
                    found.add(_ALL)
            elif isinstance(inner, nodes.Subscript) and self._reaches(path_key(inner.value)):
                if inner.ctx is not Context.Load:  # obj['child'] = x (VersionedObjectDictCompat)
                    found.add(_ALL)
            elif isinstance(inner, (nodes.Name, nodes.Attribute)) and self._reaches(path_key(inner)):
                if flow.escapes(inner) and not _is_call_argument(inner):
                    found.add(_ALL)
        return found

    def _reaches(self, key: str | None) -> bool:
        """Whether *key* may name the object, one of its children, or inside one.

        ``obj.created_at`` (a field that holds no object) does not; an
        attribute that is no field may be anything.
        """
        if key is None:
            return False
        if key == self.key or root(key) in self.aliases:
            return True
        if not key.startswith(self.key + "."):
            return False
        first = key[len(self.key) + 1:].split(".", 1)[0]
        return first in self.children or not self._is_field(first)

    def _is_field(self, name: str) -> bool:
        model = fields.model_of(self.classdef)
        return model is not None and model.has_field(name)

    def _mentions(self, node: nodes.NodeNG) -> bool:
        return any(self._reaches(path_key(n)) for n in node.nodes_of_class((nodes.Name, nodes.Attribute)))

    def _call_may_reach(self, call: nodes.Call) -> bool:
        func = call.func
        if isinstance(func, nodes.Attribute):
            receiver = path_key(func.expr)
            if self._reaches(receiver) and func.attrname not in flow.READ_ONLY_METHODS:
                return True
        elif not isinstance(func, nodes.Name):
            if self._mentions(func):
                return True
        arguments = [*call.args, *(keyword.value for keyword in call.keywords or ())]
        handed = any(
            self._reaches(path_key(a.value if isinstance(a, nodes.Starred) else a)) for a in arguments
        )
        if not handed:
            return False
        return not (isinstance(func, nodes.Name) and func.name in _READING_BUILTINS and _is_builtin(func))

    # -- the walk

    def changed_at(self, statement: nodes.NodeNG) -> dict[str, Change] | None:
        """The children certainly changed when *statement* starts (the function
        itself: at the end of its body); None if unknown."""
        found: dict[str, Change] = {}
        every = set(self.children)
        cleared: set[str] = set()
        for node, dominates in _before(statement, self.function):
            if node is None:
                return None
            if cleared >= every:
                break
            own = self.changes(node) if dominates else []
            for change in own:
                if change.field not in cleared and change.field not in found:
                    found[change.field] = change
            if own and isinstance(node, nodes.Expr):
                # A summarised call may have reset the other children.
                cleared |= every
                continue
            clears = self.clears(node)
            cleared |= every if _ALL in clears else {name for name in clears if name is not None}
        return found

def _is_call_argument(node: nodes.NodeNG) -> bool:
    parent = node.parent
    if isinstance(parent, nodes.Starred):
        parent = parent.parent
    if isinstance(parent, nodes.Keyword):
        parent = parent.parent
    return isinstance(parent, nodes.Call) and parent.func is not node


def _is_builtin(name: nodes.Name) -> bool:
    value = safe_infer(name)
    return isinstance(value, nodes.FunctionDef) and value.root().name == "builtins" or (
        isinstance(value, nodes.ClassDef) and value.root().name == "builtins"
    )


def _walk(node: nodes.NodeNG) -> Iterator[nodes.NodeNG]:
    yield node
    yield from node.nodes_of_class(nodes.NodeNG)


def _same_project(function: nodes.FunctionDef, origin: nodes.NodeNG) -> bool:
    return function.root().name.split(".")[0] == origin.root().name.split(".")[0]


_DOMINATING_BLOCKS = ("body", "orelse", "finalbody")


def _before(statement: nodes.NodeNG, function: nodes.FunctionDef) -> Iterator[tuple[nodes.NodeNG | None, bool]]:
    """What may run before *statement* in *function*, nearest first.

    Pairs (node, dominates): a node that runs, to its end, on every path
    to *statement* dominates; other nodes (a loop body run in an earlier
    iteration, the part of a ``try`` that ran before its handler, a
    condition) may run in part. ``(None, False)`` ends the walk: a shape
    not followed.
    """
    if statement is function:  # the end of the body: every statement ran
        for previous in reversed(function.body):
            yield previous, True
        return
    node = statement
    while node is not function:
        parent = node.parent
        if parent is None:
            yield None, False
            return
        block_name = _block_of(parent, node)
        if block_name in _DOMINATING_BLOCKS:
            block = getattr(parent, block_name)
            for previous in reversed(block[: block.index(node)]):
                yield previous, True
        if parent is function:
            return
        yield from _around(parent, block_name)
        node = parent


def _around(parent: nodes.NodeNG, block_name: str | None) -> Iterator[tuple[nodes.NodeNG | None, bool]]:
    """What of the compound statement *parent* runs before its block *block_name*."""
    if isinstance(parent, (nodes.For, nodes.While)):
        for inner in parent.body:
            yield inner, False
        yield (parent.iter if isinstance(parent, nodes.For) else parent.test), False
    elif isinstance(parent, nodes.If):
        yield parent.test, False
    elif isinstance(parent, nodes.With):
        for item, _ in parent.items:
            yield item, False
    elif isinstance(parent, nodes.Try):
        if block_name == "orelse":
            for previous in reversed(parent.body):
                yield previous, True
        elif block_name in ("handlers", "finalbody"):
            for part in (parent.body, parent.handlers, parent.orelse if block_name == "finalbody" else []):
                for inner in part:
                    yield inner, False
    elif isinstance(parent, nodes.ExceptHandler):
        if parent.type is not None:
            yield parent.type, False
    else:
        yield None, False


def _block_of(parent: nodes.NodeNG, node: nodes.NodeNG) -> str | None:
    for name in ("body", "orelse", "finalbody", "handlers"):
        block = getattr(parent, name, None)
        if isinstance(block, list) and node in block:
            return name
    return None


def changed_at(statement: nodes.NodeNG, key: str, classdef: nodes.ClassDef) -> dict[str, Change] | None:
    """The ObjectField children of the object at *key* certainly changed when *statement* starts."""
    function = statement.scope()
    if not isinstance(function, nodes.FunctionDef):
        return None
    try:
        return _Finder(function, key, classdef, 0).changed_at(statement)
    except (astroid.AstroidError, RecursionError):
        return None


#: Per function, and per (depth, parameter, class) as the memo's level:
#: each level only asks deeper ones (analysis.bounded_memo).
_EXIT_SUMMARIES: BoundedMemo[nodes.FunctionDef, frozenset[str]] = BoundedMemo()


def changed_on_exit(function: nodes.FunctionDef, param: str, classdef: nodes.ClassDef, depth: int) -> frozenset[str]:
    """The children of the object passed as *param* that every normal exit leaves changed."""
    if depth > _MAX_DEPTH:
        return frozenset()
    level = (depth, param, classdef.qname())
    return _EXIT_SUMMARIES.get(function, level, lambda: _read_exits(function, param, classdef, depth))


def _read_exits(function: nodes.FunctionDef, param: str, classdef: nodes.ClassDef, depth: int) -> frozenset[str]:
    if function.is_generator() or isinstance(function, nodes.AsyncFunctionDef) or not function.body:
        return frozenset()
    if len(function.locals.get(param, ())) != 1:
        return frozenset()  # the parameter is rebound
    finder = _Finder(function, param, classdef, depth)
    if not finder.children:
        return frozenset()
    exits: list[dict[str, Change] | None] = []
    for node in function.nodes_of_class(nodes.Return, skip_klass=(nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
        exits.append(finder.changed_at(node))
    exits.append(finder.changed_at(function))
    result: set[str] | None = None
    for found in exits:
        names_found = set(found) if found is not None else set()
        result = names_found if result is None else result & names_found
    return frozenset(result or ())



def receiver_class(receiver: nodes.NodeNG, function: nodes.FunctionDef) -> nodes.ClassDef | None:
    """The OVO class of the object *receiver* names in *function*, or None.

    Inferred (``self``, a local built in the function); for a parameter
    that inference cannot follow (``_from_db_object(context, obj,
    db_obj)``, a static method), the class of what every call in the
    module passes to it, when they all pass an instance of one class.
    """
    value = safe_infer(receiver)
    if ancestry.is_versioned_object(value):
        return ancestry.class_of(value)
    if not isinstance(receiver, nodes.Name) or receiver.name not in function.argnames():
        return None
    if len(function.locals.get(receiver.name, ())) != 1:
        return None
    found = set()
    for bound in calls.possible_calls_to(function):
        argument = bound.arguments.get(receiver.name)
        passed = safe_infer(argument) if argument is not None else None
        if not ancestry.is_versioned_object(passed):
            return None
        found.add(ancestry.class_of(passed))
    return found.pop() if len(found) == 1 else None
