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

"""Change-tracking snapshots that ``obj_clone()`` does not carry to the clone.

``VersionedObject.obj_clone()`` is ``copy.deepcopy(self)``, and
``VersionedObject.__deepcopy__`` builds ``self.__class__()`` (``__init__``
with no arguments), then copies ``_context``, the set fields and
``_changed_fields``, nothing else (oslo_versionedobjects/base.py). A class
that tracks changes its own way keeps a private snapshot of a field
(nova's Instance: ``self._orig_metadata = dict(self.metadata)`` in
``obj_reset_changes``, compared with ``self.metadata`` in
``obj_what_changed``); the clone's snapshot is the one ``__init__`` makes
with no field set, so the clone reports the field changed where the
original does not, and its ``save()`` writes it (nova 9345ed40e8).

:func:`lost_snapshots` finds those snapshots, and only when all of this is
certain:

- the class's MRO is complete, derives from OVO's ``VersionedObject``, and
  the first class in it that defines ``obj_clone`` and the first that
  defines ``__deepcopy__`` are OVO's (an override anywhere may copy the
  snapshot: nova's fix);
- the class's own ``obj_what_changed``, or a method it calls on ``self``
  (``self.m()``, ``super().m()``, resolved in the MRO), compares
  ``self._x`` with ``self.<field>`` (``==`` or ``!=``), for a declared
  field;
- its ``obj_reset_changes`` (resolved the same way, with what it calls)
  assigns ``self._x`` a value that reads ``self.<field>``: a snapshot;
- its ``__init__`` (the same way) assigns ``self._x`` too, and can be
  called without arguments: so the clone has the attribute, with the value
  a bare object gets (without it the clone raises ``AttributeError``
  instead, a different consequence left alone);
- nothing makes the clone's value doubtful: no class in the MRO binds
  ``_x`` at class level, and the comparing methods never name ``'_x'`` in
  a string (``hasattr``, ``getattr``, ``__dict__``) nor read a private
  attribute other than in a snapshot comparison (``self._x is not None``,
  a flag such as ``self._tracking``: guards that may keep the clone
  right).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, protocol
from pylint_oslo_review.ovo.model import fields as field_model

#: Methods whose OVO implementation the clone's state depends on.
COPY_METHODS = ("obj_clone", "__deepcopy__")
WHAT_CHANGED = "obj_what_changed"
RESET = "obj_reset_changes"
INIT = "__init__"
#: How many methods one chain may visit (own method and its helpers).
_CHAIN_LIMIT = 16
_NESTED = (nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
_OVO_PACKAGE = "oslo_versionedobjects"


@dataclass(frozen=True)
class LostSnapshot:
    """A private snapshot of *field* that a clone does not get."""

    attribute: str
    field: str
    read: nodes.Attribute


_FOUND: WeakKeyDictionary[nodes.ClassDef, tuple[LostSnapshot, ...]] = WeakKeyDictionary()


def lost_snapshots(classdef: nodes.ClassDef) -> tuple[LostSnapshot, ...]:
    """The snapshots *classdef*'s own ``obj_what_changed`` relies on and a clone lacks."""
    cached = _FOUND.get(classdef)
    if cached is None:
        cached = tuple(_find(classdef))
        _FOUND[classdef] = cached
    return cached


def _find(classdef: nodes.ClassDef) -> Iterator[LostSnapshot]:
    own = _own_function(classdef, WHAT_CHANGED)
    if own is None or protocol.is_root(classdef) or _is_ovo(classdef):
        return
    mro = ancestry.complete_mro(classdef)
    if mro is None or not ancestry.derives_from(classdef, names.VERSIONED_OBJECT):
        return
    if not all(_defined_by_ovo(mro, name) for name in COPY_METHODS):
        return
    model = field_model.model_of(classdef)
    init = _resolve(mro, INIT, 0)
    reset = _resolve(mro, RESET, 0)
    if model is None or reset is None or not _callable_without_arguments(init):
        return
    reset_snapshots = _assigned(_chain(mro, reset), model, snapshot=True)
    init_assigned = _assigned(_chain(mro, init), model, snapshot=False) if init else {}
    comparing = _chain(mro, own)
    comparisons = [found for function in comparing for found in _compared_snapshots(function, model)]
    compared = {read for _, _, read in comparisons}
    seen = set()
    for attribute, field, read in comparisons:
        if (
            attribute in seen
            or field not in reset_snapshots.get(attribute, ())
            or attribute not in init_assigned
            or _doubtful(attribute, comparing, compared, mro)
        ):
            continue
        seen.add(attribute)
        yield LostSnapshot(attribute, field, read)


def _is_ovo(classdef: nodes.ClassDef) -> bool:
    return classdef.root().name.startswith(_OVO_PACKAGE)


def _own_function(classdef: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
    found = classdef.locals.get(name)
    if not found or not isinstance(found[-1], nodes.FunctionDef):
        return None
    function = found[-1]
    return function if not function.decorators and function.args.args else None


def _defined_by_ovo(mro: tuple[nodes.ClassDef, ...], name: str) -> bool:
    """Whether the first class of *mro* that defines *name* is OVO's VersionedObject."""
    for klass in mro:
        if name in klass.locals:
            return klass.qname() == names.VERSIONED_OBJECT
    return False


def _resolve(mro: tuple[nodes.ClassDef, ...], name: str, start: int) -> nodes.FunctionDef | None:
    """The project method *name* found from ``mro[start]`` on; None at OVO's or for unknown shapes."""
    for klass in mro[start:]:
        if name in klass.locals:
            if _is_ovo(klass) or klass.qname() == "builtins.object":
                return None
            return _own_function(klass, name)
    return None


def _callable_without_arguments(init: nodes.FunctionDef | None) -> bool:
    """``cls()`` works: what ``__deepcopy__`` calls. No project ``__init__`` is OVO's, which does."""
    if init is None:
        return True
    arguments = init.args
    positional = [*(arguments.posonlyargs or []), *arguments.args][1:]
    if len(positional) > len(arguments.defaults or []):
        return False
    return all(default is not None for default in arguments.kw_defaults or [])


def _self_name(function: nodes.FunctionDef) -> str | None:
    arguments = [*(function.args.posonlyargs or []), *function.args.args]
    return arguments[0].name if arguments else None


def _is_self_attribute(node: nodes.NodeNG, self_name: str) -> bool:
    return isinstance(node, (nodes.Attribute, nodes.AssignAttr)) and (
        isinstance(node.expr, nodes.Name) and node.expr.name == self_name
    )


def _chain(mro: tuple[nodes.ClassDef, ...], start: nodes.FunctionDef) -> list[nodes.FunctionDef]:
    """*start* and the project methods it calls on ``self`` or ``super()``, transitively."""
    found = [start]
    index = 0
    while index < len(found) and len(found) < _CHAIN_LIMIT:
        function = found[index]
        index += 1
        self_name = _self_name(function)
        owner = function.parent.frame() if function.parent is not None else None
        for call in function.nodes_of_class(nodes.Call, skip_klass=_NESTED):
            target = _called_method(call, self_name, owner, mro)
            if target is not None and target not in found:
                found.append(target)
    return found


def _called_method(call: nodes.Call, self_name: str | None, owner: nodes.NodeNG | None,
                   mro: tuple[nodes.ClassDef, ...]) -> nodes.FunctionDef | None:
    func = call.func
    if not isinstance(func, nodes.Attribute) or self_name is None:
        return None
    if isinstance(func.expr, nodes.Name) and func.expr.name == self_name:
        return _resolve(mro, func.attrname, 0)
    if (
        isinstance(func.expr, nodes.Call)
        and isinstance(func.expr.func, nodes.Name)
        and func.expr.func.name == "super"
        and owner in mro
    ):
        return _resolve(mro, func.attrname, mro.index(owner) + 1)
    return None


def _assigned(functions: list[nodes.FunctionDef], model: field_model.ObjectModel,
              snapshot: bool) -> dict[str, frozenset[str]]:
    """Private attributes assigned on ``self`` in *functions*, with the fields their values read.

    With *snapshot*, only assignments whose value reads a field count.
    """
    found: dict[str, set[str]] = {}
    for function in functions:
        self_name = _self_name(function)
        if self_name is None:
            continue
        for assign in function.nodes_of_class(nodes.Assign, skip_klass=_NESTED):
            for target in assign.targets:
                if not _is_self_attribute(target, self_name) or not _is_private(target.attrname):
                    continue
                read = _fields_read(assign.value, self_name, model)
                if read or not snapshot:
                    found.setdefault(target.attrname, set()).update(read)
    return {name: frozenset(fields) for name, fields in found.items()}


def _is_private(name: str) -> bool:
    return (
        name.startswith("_")
        and not name.startswith("__")
        and name not in names.PROTOCOL_ATTRIBUTES
        and not name.startswith(names.PROTOCOL_ATTRIBUTE_PREFIX)
    )


def _fields_read(value: nodes.NodeNG, self_name: str, model: field_model.ObjectModel) -> set[str]:
    return {node.attrname for node in value.nodes_of_class(nodes.Attribute) if _is_field_read(node, self_name, model)}


def _compared_snapshots(
    function: nodes.FunctionDef, model: field_model.ObjectModel
) -> Iterator[tuple[str, str, nodes.Attribute]]:
    """``(attribute, field, read)`` for each ``self.<field> != self._x`` (or ``==``) in *function*."""
    self_name = _self_name(function)
    if self_name is None:
        return
    for compare in function.nodes_of_class(nodes.Compare, skip_klass=_NESTED):
        if len(compare.ops) != 1 or compare.ops[0][0] not in ("==", "!="):
            continue
        left, right = compare.left, compare.ops[0][1]
        for snapshot, field in ((left, right), (right, left)):
            if _is_snapshot_read(snapshot, self_name) and _is_field_read(field, self_name, model):
                yield snapshot.attrname, field.attrname, snapshot


def _is_snapshot_read(node: nodes.NodeNG, self_name: str) -> bool:
    return isinstance(node, nodes.Attribute) and _is_self_attribute(node, self_name) and _is_private(node.attrname)


def _is_field_read(node: nodes.NodeNG, self_name: str, model: field_model.ObjectModel) -> bool:
    return isinstance(node, nodes.Attribute) and _is_self_attribute(node, self_name) and model.has_field(node.attrname)


def _doubtful(attribute: str, comparing: list[nodes.FunctionDef], compared: set[nodes.Attribute],
              mro: tuple[nodes.ClassDef, ...]) -> bool:
    """A class-level binding, a string naming the attribute, or a read of it that is not a comparison.

    ``self._x is not None and ...`` or ``hasattr(self, '_x')`` may be what
    keeps a clone right; so may a flag (``self._tracking and ...``): any
    private attribute read other than a snapshot comparison is a doubt.
    """
    if any(attribute in klass.locals for klass in mro):
        return True
    for function in comparing:
        self_name = _self_name(function)
        for node in function.nodes_of_class((nodes.Const, nodes.Attribute), skip_klass=_NESTED):
            if isinstance(node, nodes.Const) and node.value == attribute:
                return True
            if (
                isinstance(node, nodes.Attribute)
                and _is_self_attribute(node, self_name)
                and _is_private(node.attrname)
                and node not in compared
                and not (isinstance(node.parent, nodes.Call) and node.parent.func is node)
            ):
                return True
    return False
