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

"""Synthetic attributes on astroid classes, with lazily inferred values.

Both oslo libraries add attributes to classes at runtime with ``setattr``
(OVO's registry for fields, enginefacade's ``transaction_context_provider``
for ``session`` and friends). The brains declare them in the class's locals
as ``name = <value>`` class attributes whose value is computed only when the
attribute is read. They are not part of the class body, so pylint's
checkers never visit them; and they are not functions, so they do not count
as methods (``too-many-public-methods``, ``too-few-public-methods``).
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes
from astroid.builder import AstroidBuilder
from astroid.inference_tip import inference_tip

_PLACEHOLDER = "__synthetic_attribute_value__"

ValueFunction = Callable[[], Iterator[nodes.NodeNG]]


@dataclass(frozen=True)
class AttributeSpec:
    """One attribute to declare: its name, where it is declared, its values."""

    name: str
    position: nodes.NodeNG
    values: ValueFunction


def _infer_placeholder(node: nodes.Name, context=None) -> Iterator[nodes.NodeNG]:  # pylint: disable=unused-argument
    values = getattr(node, "synthetic_values", None)
    if values is None:
        return iter((astroid.Uninferable,))
    return _infer_placeholder_values(values)


def _infer_placeholder_values(values: ValueFunction) -> Iterator[nodes.NodeNG]:
    try:
        # Materialised here so that a failure surfaces inside this guard.
        return iter(list(values()))
    except Exception:  # pylint: disable=broad-exception-caught
        # Never crash pylint on a shape we did not foresee: an attribute we
        # cannot type is simply unknown.
        return iter((astroid.Uninferable,))


_placeholder_tip = inference_tip(_infer_placeholder)


def uninferable() -> Iterator[nodes.NodeNG]:
    """A value function for attributes whose type we do not model."""
    yield astroid.Uninferable


def is_valid_attribute_name(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


def add_attributes(classdef: nodes.ClassDef, specs: Iterable[AttributeSpec]) -> None:
    """Declare *specs* on *classdef*, skipping names the class defines itself."""
    wanted = [
        spec
        for spec in specs
        if spec.name not in classdef.locals and is_valid_attribute_name(spec.name)
    ]
    if not wanted:
        return
    source = "".join(f"{spec.name} = {_PLACEHOLDER}\n" for spec in wanted)
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    assignments = builder.string_build(source).body
    for spec, assignment in zip(wanted, assignments):
        assignment.parent = classdef
        for node in (assignment, *assignment.get_children()):
            node.lineno = spec.position.lineno
            node.col_offset = spec.position.col_offset
            node.end_lineno = spec.position.end_lineno
            node.end_col_offset = spec.position.end_col_offset
        target = assignment.targets[0]
        target.synthetic_values = spec.values
        assignment.value.synthetic_values = spec.values
        _placeholder_tip(assignment.value)
        classdef.locals[spec.name] = [target]


def synthetic_values(classdef: nodes.ClassDef, name: str) -> ValueFunction | None:
    """The value function of a synthetic attribute *name* seen from *classdef*."""
    try:
        definitions = classdef.getattr(name)
    except astroid.AttributeInferenceError:
        return None
    if definitions:
        return getattr(definitions[0], "synthetic_values", None)
    return None


class _PropertyFirstAttrs(dict):
    """``ClassDef.instance_attrs`` that hides the names of synthetic attributes.

    astroid answers ``obj.x`` from the values assigned to ``obj.x`` anywhere
    (recorded in ``instance_attrs`` of the class the receiver inferred to),
    and only falls back to the class's own attributes when there are none.
    For a synthetic attribute that is wrong: the runtime setter stores a
    coerced value. Hiding those names makes every read go through the
    attribute of the most derived class. The decision is taken when a name is
    looked up, after every transform has run, so it does not depend on the
    order in which modules were built.
    """

    def __init__(self, owner: nodes.ClassDef, attrs: dict) -> None:
        super().__init__(attrs)
        self._owner = owner
        self._hidden: dict[str, bool] = {}

    def _is_hidden(self, name) -> bool:
        hidden = self._hidden.get(name)
        if hidden is None:
            hidden = synthetic_values(self._owner, name) is not None
            self._hidden[name] = hidden
        return hidden

    def __contains__(self, name) -> bool:
        return super().__contains__(name) and not self._is_hidden(name)

    def __getitem__(self, name):
        if self._is_hidden(name):
            raise KeyError(name)
        return super().__getitem__(name)

    def get(self, name, default=None):
        return default if name not in self else super().__getitem__(name)

    def keys(self):
        return [name for name in super().keys() if not self._is_hidden(name)]

    def __iter__(self):
        return iter(self.keys())

    def items(self):
        return [(name, dict.__getitem__(self, name)) for name in self.keys()]

    def values(self):
        return [value for _, value in self.items()]


def read_fields_from_declarations(classdef: nodes.ClassDef) -> None:
    """Make reads of ``obj.x`` use the declared synthetic attribute ``x``, not assignments."""
    if not isinstance(classdef.instance_attrs, _PropertyFirstAttrs):
        classdef.instance_attrs = _PropertyFirstAttrs(classdef, classdef.instance_attrs)


def _infer_item(node: nodes.Name, context=None) -> Iterator[nodes.NodeNG]:
    """``obj[i]`` gives an element; ``obj[a:b]`` an object of the same class."""
    call = context.callcontext if context is not None else None
    if call is not None and call.args and isinstance(call.args[0], nodes.Slice):
        return iter((bases.Instance(node.item_owner),))
    return _infer_placeholder_values(node.synthetic_values)


_item_tip = inference_tip(_infer_item)


def add_item_getter(classdef: nodes.ClassDef, position: nodes.NodeNG, element_values: ValueFunction) -> None:
    """Declare ``__getitem__`` on *classdef* returning *element_values* items."""
    if "__getitem__" in classdef.locals:
        return
    source = "def __getitem__(self, index):\n    return __item__\n"
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    method = builder.string_build(source).body[0]
    method.parent = classdef
    method.lineno = position.lineno
    method.col_offset = position.col_offset
    placeholder = method.body[0].value
    placeholder.synthetic_values = element_values
    placeholder.item_owner = classdef
    _item_tip(placeholder)
    classdef.locals["__getitem__"] = [method]


def add_method(classdef: nodes.ClassDef, source: str, position: nodes.NodeNG) -> None:
    """Declare the method defined by *source* on *classdef* (in the locals,
    not the body), unless the class defines that name itself."""
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    method = builder.string_build(source).body[0]
    if method.name in classdef.locals:
        return
    method.parent = classdef
    method.lineno = position.lineno
    method.col_offset = position.col_offset
    classdef.locals[method.name] = [method]


def add_unknown_attributes(classdef: nodes.ClassDef, position: nodes.NodeNG) -> None:
    """Say that *classdef*'s instances have attributes nobody can name.

    A synthetic ``__getattr__`` (in the locals, not the body) returning an
    unknown value: pylint then reports no ``no-member`` on instances, and
    every such read infers to nothing, which is what the plugin knows.
    """
    if "__getattr__" in classdef.locals or "__getattribute__" in classdef.locals:
        return
    source = "def __getattr__(self, name):\n    return __unknown__\n"
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    method = builder.string_build(source).body[0]
    method.parent = classdef
    method.lineno = position.lineno
    method.col_offset = position.col_offset
    classdef.locals["__getattr__"] = [method]


_TYPED_LIST_MODULE = "pylint_oslo_review_typed_list"
_TYPED_LIST_SOURCE = """
import builtins
class list(builtins.list):
    def __getitem__(self, index):
        return __element__
    def pop(self, index=-1):
        return __element__
"""

_TYPED_LISTS: WeakKeyDictionary[nodes.ClassDef, nodes.ClassDef] = WeakKeyDictionary()


def _infer_element(node: nodes.Name, context=None) -> Iterator[nodes.NodeNG]:
    """An item of a typed list: the element, or the list itself for a slice."""
    call = context.callcontext if context is not None else None
    if call is not None and call.args and isinstance(call.args[0], nodes.Slice):
        return iter((bases.Instance(node.typed_list),))
    return iter((bases.Instance(node.element_class),))


_element_tip = inference_tip(_infer_element)


def typed_list_instance(element_class: nodes.ClassDef) -> bases.Instance:
    """An instance of ``list`` whose items are instances of *element_class*.

    astroid has no generic types; a private subclass of ``list`` named
    ``list`` carries the element type through ``lst[i]`` and ``lst.pop()``.
    """
    typed_list = _TYPED_LISTS.get(element_class)
    if typed_list is None:
        builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
        module = builder.string_build(_TYPED_LIST_SOURCE, modname=_TYPED_LIST_MODULE)
        typed_list = module.body[-1]
        for placeholder in typed_list.nodes_of_class(nodes.Name):
            if placeholder.name == "__element__":
                placeholder.element_class = element_class
                placeholder.typed_list = typed_list
                _element_tip(placeholder)
        _TYPED_LISTS[element_class] = typed_list
    return bases.Instance(typed_list)
