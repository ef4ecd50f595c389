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

"""Backports: what ``obj_make_compatible`` does to an object's primitive.

``obj_make_compatible(self, primitive, target_version)`` rewrites the
``versioned_object.data`` dict of a newer object for an older receiver
(oslo_versionedobjects/base.py). Its keys are field names. A key that is no
field is a typo: the intended backport silently does not happen, or reading
it raises KeyError. Projects that document each version bump (nova's
``# Version 1.2: Added uuid field``) can also ask, as a convention, that
every added field is handled there.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import node_frame_class, only_required_for_messages
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo.model import ancestry, backport_hooks, declarations, registration, version_history
from pylint_oslo_review.ovo.model import fields as model
from pylint_oslo_review.spelling import terminal_name


UNKNOWN_KEY = "ovo-make-compatible-unknown-key"
UNHANDLED = "ovo-version-bump-unhandled"

_MAKE_COMPATIBLE = "obj_make_compatible"
_KEY_METHODS = frozenset({"pop", "get", "setdefault"})


def _string(node: nodes.NodeNG | None) -> str | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


def _loop_strings(name: nodes.Name) -> list[nodes.Const]:
    """For ``for key in ('a', 'b'): primitive.pop(key)``: the literal keys."""
    scope = name.scope()
    for definition in scope.locals.get(name.name, ()):
        loop = definition.parent
        literal = isinstance(loop, nodes.For) and isinstance(loop.iter, (nodes.List, nodes.Tuple))
        if literal and loop.target is definition:
            return [e for e in loop.iter.elts if _string(e) is not None]
    return []


def _key_nodes(key: nodes.NodeNG | None) -> list[nodes.Const]:
    if _string(key) is not None:
        return [key]
    if isinstance(key, nodes.Name):
        return _loop_strings(key)
    return []


def _is_store(subscript: nodes.Subscript) -> bool:
    statement = subscript.parent
    return isinstance(statement, nodes.Assign) and subscript in statement.targets


def primitive_keys(function: nodes.FunctionDef, primitive: str) -> Iterator[nodes.Const]:
    """String keys that *function* reads, tests or removes on its ``primitive``.

    Writing a key is not included: a backport may add the keys an older
    version had (nova's ``primitive['metadetails'] = {}``).
    """
    for node in function.nodes_of_class((nodes.Call, nodes.Subscript, nodes.Compare)):
        if isinstance(node, nodes.Call):
            func = node.func
            if (
                isinstance(func, nodes.Attribute)
                and func.attrname in _KEY_METHODS
                and isinstance(func.expr, nodes.Name)
                and func.expr.name == primitive
                and node.args
            ):
                yield from _key_nodes(node.args[0])
        elif isinstance(node, nodes.Subscript):
            if isinstance(node.value, nodes.Name) and node.value.name == primitive and not _is_store(node):
                yield from _key_nodes(node.slice)
        elif len(node.ops) == 1 and node.ops[0][0] in ("in", "not in"):
            container = node.ops[0][1]
            if isinstance(container, nodes.Name) and container.name == primitive:
                yield from _key_nodes(node.left)


def _raises_key_error(key: nodes.Const) -> bool:
    """``primitive['x']`` read or deleted raises; popped or tested it does not."""
    subscript = key.parent
    return isinstance(subscript, nodes.Subscript) and subscript.slice is key


_KEY_ERROR_HANDLERS = frozenset({"KeyError", "LookupError", "Exception", "BaseException"})


def _catches_key_error(node: nodes.NodeNG, function: nodes.FunctionDef) -> bool:
    """Whether *node* sits in a ``try`` body whose handlers catch KeyError."""
    child, parent = node, node.parent
    while parent is not None and parent is not function:
        if isinstance(parent, nodes.Try) and child in parent.body:
            for handler in parent.handlers:
                caught = handler.type
                if caught is None:
                    return True
                names = caught.elts if isinstance(caught, nodes.Tuple) else [caught]
                if any(isinstance(n, (nodes.Name, nodes.Attribute)) and terminal_name(n) in _KEY_ERROR_HANDLERS
                       for n in names):
                    return True
        child, parent = parent, parent.parent
    return False


def _guarded(key: nodes.Const, function: nodes.FunctionDef, primitive: str) -> bool:
    """Whether a KeyError on ``primitive[key]`` is ruled out by the code around it.

    Any other use of the same key on the primitive before it (``'x' in
    primitive``, ``.get('x')``, ``.pop('x')``, ``primitive['x'] = ...``), or a
    ``try`` that catches KeyError, means the author checked or handled it.
    """
    subscript = key.parent
    if _catches_key_error(subscript, function):
        return True
    position = (subscript.lineno or 0, subscript.col_offset or 0)
    for other in _key_uses(function, primitive):
        if other.value == key.value and other is not key:
            if (other.lineno or 0, other.col_offset or 0) <= position or _encloses_test(other, subscript):
                return True
    return False


def _encloses_test(other: nodes.Const, subscript: nodes.NodeNG) -> bool:
    """``x if 'k' in p else ...``-like forms: *other* in the test of an ancestor of *subscript*."""
    parent = subscript.parent
    while parent is not None:
        test = getattr(parent, "test", None)
        if isinstance(test, nodes.NodeNG) and other in test.nodes_of_class(nodes.Const):
            return True
        parent = parent.parent
    return False


def _key_uses(function: nodes.FunctionDef, primitive: str) -> Iterator[nodes.Const]:
    """Every string key used on *primitive*, writes included."""
    yield from primitive_keys(function, primitive)
    for node in function.nodes_of_class(nodes.Subscript):
        if isinstance(node.value, nodes.Name) and node.value.name == primitive and _is_store(node):
            yield from _key_nodes(node.slice)


class OvoMakeCompatibleChecker(BaseChecker):
    """Checks obj_make_compatible against the object's fields and history."""

    name = "oslo-ovo-make-compatible"
    msgs = {
        "W9215": (
            "obj_make_compatible() of '%s' uses the primitive key %r, which is not "
            "one of its fields: %s",
            UNKNOWN_KEY,
            "obj_make_compatible(self, primitive, target_version) edits the "
            "primitive's data dict, whose keys are field names "
            "(oslo_versionedobjects/base.py obj_to_primitive and "
            "obj_make_compatible). A key that is not a field never exists: a "
            "pop() or 'in' test does nothing, so the backport silently does not "
            "happen, and primitive[key] raises KeyError when it runs.",
        ),
        "C9216": (
            "Field '%s' was added to '%s' in version %s (comment at line %s) but "
            "its obj_make_compatible() never mentions it",
            UNHANDLED,
            "A convention, not a runtime failure: an older receiver ignores "
            "data keys it does not know (oslo_versionedobjects/base.py "
            "_obj_from_primitive), so a new field left in a backported "
            "primitive is dropped on arrival. Projects whose rule is to strip "
            "every added field in obj_make_compatible (nova asks for it when the "
            "field changes meaning) can enable this message; it reads the "
            "'# Version X.Y: Added <field> field' comments above VERSION, and "
            "stays silent on classes that backport elsewhere (a project "
            "obj_to_primitive, or a method taking a version that removes "
            "fields, such as ironic's convert_to_version).",
            {"default_enabled": False},
        ),
    }

    @only_required_for_messages(UNKNOWN_KEY)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        params = calls.positional_parameters(node)
        if node.name != _MAKE_COMPATIBLE or len(params) < 2:
            return
        klass = node_frame_class(node)
        found = model.model_of(klass) if klass is not None else None
        if found is None or not found.complete:
            return
        primitive = params[1].name
        for key in primitive_keys(node, primitive):
            if found.has_field(key.value):
                continue
            if _raises_key_error(key) and _guarded(key, node, primitive):
                continue
            consequence = (
                "it raises KeyError when this backport runs"
                if _raises_key_error(key)
                else "the backport silently does nothing for it"
            )
            self.add_message(UNKNOWN_KEY, node=key, args=(klass.name, key.value, consequence), confidence=INFERENCE)

    @only_required_for_messages(UNHANDLED)
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        if not registration.looks_registered(node) or not ancestry.is_versioned_object_class(node):
            return
        fields = set(declarations.declared_fields(node))
        if not fields or backport_hooks.backports_elsewhere(node):
            return
        make_compatible = [
            f for f in node.body if isinstance(f, nodes.FunctionDef) and f.name == _MAKE_COMPATIBLE
        ]
        handled: set[str] = set()
        for function in make_compatible:
            handled.update(c.value for c in function.nodes_of_class(nodes.Const) if isinstance(c.value, str))
        for line, version, name in version_history.added_fields(node, fields):
            if name not in handled:
                self.add_message(
                    UNHANDLED, node=node, line=line, end_lineno=line, col_offset=0, end_col_offset=0,
                    args=(name, node.name, version, line), confidence=HIGH,
                )
