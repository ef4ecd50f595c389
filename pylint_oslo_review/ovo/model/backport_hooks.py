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

"""Whether a project backports an object's fields somewhere else than obj_make_compatible.

``obj_make_compatible`` is OVO's backport hook, but projects add their own:
ironic's serializer calls ``IronicObject.convert_to_version(target_version)``
before ``obj_to_primitive``, which dispatches to each class's
``_convert_to_version`` and removes new fields with ``delattr``; other
projects override ``obj_to_primitive`` itself. Such a hook is recognised by
what it does, not by its name:

- a project class of the object's MRO overrides ``obj_to_primitive``; or
- a method of the object's MRO (OVO's own classes excepted) takes a
  parameter naming a version (``target_version``, ``version``, ``target``)
  and removes something (``del``, ``.pop()``, ``.popitem()``,
  ``delattr()``), itself or through the methods it calls on ``self``,
  ``cls`` or ``super()``, resolved in the object's own MRO (so a base's
  dispatcher reaches the subclass's override); or
- ``obj_make_compatible`` removes keys it computes (``for name in
  new_fields: primitive.pop(name)``), which no string comparison can check.

What such a hook covers is not decidable statically, so the whole class
counts as handled. When the MRO is not fully known, an unseen base may have
a hook: that counts as handled too.
"""

from __future__ import annotations

from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry

_REMOVERS = frozenset({"pop", "popitem"})
_MAKE_COMPATIBLE = "obj_make_compatible"


def _is_project_class(klass: nodes.ClassDef) -> bool:
    module = klass.root().name
    return module != "builtins" and module.split(".")[0] != names.OVO_BASE.split(".", maxsplit=1)[0]


def _methods(order: tuple[nodes.ClassDef, ...]) -> dict[str, nodes.FunctionDef]:
    """Method name -> the definition the object's MRO finds first (project classes only)."""
    found: dict[str, nodes.FunctionDef] = {}
    for klass in order:
        if not _is_project_class(klass):
            continue
        for statement in klass.body:
            if isinstance(statement, nodes.FunctionDef) and statement.name not in found:
                found[statement.name] = statement
    return found


def _names_a_version(function: nodes.FunctionDef) -> bool:
    arguments = [*(function.args.posonlyargs or ()), *(function.args.args or ()), *(function.args.kwonlyargs or ())]
    return any("version" in a.name.lower() or a.name.lower().startswith("target") for a in arguments)


def _removals(function: nodes.FunctionDef) -> list[nodes.NodeNG]:
    found: list[nodes.NodeNG] = list(function.nodes_of_class(nodes.Delete))
    for call in function.nodes_of_class(nodes.Call):
        func = call.func
        if isinstance(func, nodes.Attribute) and func.attrname in _REMOVERS:
            found.append(call)
        elif isinstance(func, nodes.Name) and func.name == "delattr":
            found.append(call)
    return found


def _self_calls(function: nodes.FunctionDef) -> list[str]:
    """Names of the methods *function* calls on self, cls or super()."""
    called = []
    for call in function.nodes_of_class(nodes.Call):
        func = call.func
        if not isinstance(func, nodes.Attribute):
            continue
        receiver = func.expr
        on_self = isinstance(receiver, nodes.Name) and receiver.name in ("self", "cls")
        on_super = isinstance(receiver, nodes.Call) and isinstance(receiver.func, nodes.Name) and (
            receiver.func.name == "super")
        if on_self or on_super:
            called.append(func.attrname)
    return called


def _removes(function: nodes.FunctionDef, methods: dict[str, nodes.FunctionDef], seen: set[str]) -> bool:
    if _removals(function):
        return True
    for name in _self_calls(function):
        if name in methods and name not in seen:
            seen.add(name)
            if _removes(methods[name], methods, seen):
                return True
    return False


def _computed_key_removal(function: nodes.FunctionDef) -> bool:
    for removal in _removals(function):
        if isinstance(removal, nodes.Call):
            key = removal.args[0] if removal.args else None
        else:
            targets = [t for t in removal.targets if isinstance(t, nodes.Subscript)]
            key = targets[0].slice if targets else None
        if key is not None and not _literal_key(key):
            return True
    return False


def _literal_key(key: nodes.NodeNG) -> bool:
    """A string, or a loop variable over a literal tuple or list of strings."""
    if isinstance(key, nodes.Const):
        return isinstance(key.value, str)
    if not isinstance(key, nodes.Name):
        return False
    for definition in key.scope().locals.get(key.name, ()):
        loop = definition.parent
        literal = isinstance(loop, nodes.For) and isinstance(loop.iter, (nodes.List, nodes.Tuple))
        if literal and loop.target is definition:
            return all(isinstance(e, nodes.Const) and isinstance(e.value, str) for e in loop.iter.elts)
    return False


def backports_elsewhere(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef*'s backports may happen outside what obj_make_compatible names."""
    order = ancestry.complete_mro(classdef)
    if order is None:
        return True
    methods = _methods(order)
    if "obj_to_primitive" in methods:
        return True
    for name, function in methods.items():
        if name == _MAKE_COMPATIBLE:
            if _computed_key_removal(function):
                return True
            continue
        if _names_a_version(function) and _removes(function, methods, {name}):
            return True
    return False
