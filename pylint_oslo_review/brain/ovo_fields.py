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

"""Astroid hooks for oslo.versionedobjects fields.

At runtime the registry decorators (``register``, ``register_if``,
``objectify``; base.py ``_make_class_properties``) turn every entry of a
class's ``fields`` dict, merged along the MRO, into a property that stores
the coerced value. astroid only sees a dict literal, so plain pylint reports
``no-member`` on every field read and ``attribute-defined-outside-init`` on
every field write.

This hook gives each class that declares fields one attribute per declared
field (and per ``obj_extra_fields`` name it does not define itself). Merging
along the MRO then comes for free from astroid's attribute lookup, which walks
the bases: a registered class sees the fields of its mixins
(``TimestampedObject``, ``NovaPersistentObject``) and of its registered
parents. An attribute's value is inferred lazily, only when a field is read,
by ``pylint_oslo_review.ovo.field_types``; a misspelt field is still
``no-member``.

The predicate is syntactic (a ``fields = {...}`` literal whose values call
something named ``*Field``); whether those calls really build
oslo.versionedobjects fields is checked, lazily, when a value is inferred:
anything else infers to ``Uninferable``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import astroid
from astroid import nodes, util

from pylint_oslo_review.brain import synthetic
from pylint_oslo_review.ovo import field_types
from pylint_oslo_review.spelling import terminal_name

_FIELDS = "fields"
#: ObjectListBase keeps its items in the ``objects`` field (base.py).
_LIST_ITEMS = "objects"
#: base.py VersionedObjectRegistry.register / register_if / objectify, and
#: nova's register_notification (a register_if(False) variant).
_REGISTRY_DECORATORS = frozenset(
    {"register", "register_if", "objectify", "register_notification"}
)


def _class_level_values(classdef: nodes.ClassDef, name: str) -> list[nodes.NodeNG]:
    """Values assigned to *name* in the class body (``x = v`` or ``x: T = v``)."""
    values = []
    for statement in classdef.body:
        if (
            isinstance(statement, nodes.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], nodes.AssignName)
            and statement.targets[0].name == name
        ):
            values.append(statement.value)
        elif (
            isinstance(statement, nodes.AnnAssign)
            and statement.value is not None
            and isinstance(statement.target, nodes.AssignName)
            and statement.target.name == name
        ):
            values.append(statement.value)
    return values


def _fields_literal(classdef: nodes.ClassDef) -> nodes.Dict | None:
    values = _class_level_values(classdef, _FIELDS)
    if values and isinstance(values[-1], nodes.Dict):
        return values[-1]
    return None


def _calls_a_field(value: nodes.NodeNG) -> bool:
    if not isinstance(value, nodes.Call):
        return False
    name = terminal_name(value.func)
    return bool(name) and name.endswith("Field")


def _is_list_of_objects(field: nodes.NodeNG | None) -> bool:
    return (
        isinstance(field, nodes.Call)
        and terminal_name(field.func) == "ListOfObjectsField"
    )


def _declares_fields(classdef: nodes.ClassDef) -> bool:
    if _FIELDS not in classdef.locals:
        return False
    literal = _fields_literal(classdef)
    return literal is not None and any(_calls_a_field(v) for _, v in literal.items)


def _declares_ovo_fields(classdef: nodes.ClassDef) -> bool:
    """Whether the ``*Field(...)`` calls build oslo.versionedobjects fields.

    Checked on the first such call only, once per class. When astroid cannot
    tell (the library is not installed), the class is given the benefit of
    the doubt: that only silences attribute checks on it.
    """
    literal = _fields_literal(classdef)
    call = next(v for _, v in literal.items if _calls_a_field(v))
    try:
        found = list(call.func.infer())
    except astroid.AstroidError:
        return True
    if len(found) != 1 or isinstance(found[0], util.UninferableBase):
        return True
    return isinstance(found[0], nodes.ClassDef) and field_types.is_field_class(found[0])


def _registry_decorated(classdef: nodes.ClassDef) -> bool:
    """Decorated like ``@SomeRegistry.register`` / ``register_if(...)``."""
    if classdef.decorators is None:
        return False
    for decorator in classdef.decorators.nodes:
        if isinstance(decorator, nodes.Call):
            decorator = decorator.func
        if isinstance(decorator, nodes.Attribute) and decorator.attrname in _REGISTRY_DECORATORS:
            return True
    return False


def _looks_like_ovo_class(classdef: nodes.ClassDef) -> bool:
    return _declares_fields(classdef) or _registry_decorated(classdef)


def _dict_entries(literal: nodes.Dict) -> Iterator[tuple[str, nodes.NodeNG, nodes.NodeNG]]:
    for key, value in literal.items:
        if isinstance(key, nodes.Const) and isinstance(key.value, str):
            yield key.value, value, key


def _updated_entries(classdef: nodes.ClassDef) -> Iterator[tuple[str, nodes.NodeNG, nodes.NodeNG]]:
    """Entries added in the class body by ``fields.update(OTHER)``.

    neutron's StandardAttribute object merges neutron-lib's
    STANDARD_ATTRIBUTES this way (neutron/objects/stdattrs.py).
    """
    for statement in classdef.body:
        if not (
            isinstance(statement, nodes.Expr)
            and isinstance(statement.value, nodes.Call)
            and isinstance(statement.value.func, nodes.Attribute)
            and statement.value.func.attrname == "update"
            and isinstance(statement.value.func.expr, nodes.Name)
            and statement.value.func.expr.name == _FIELDS
            and len(statement.value.args) == 1
        ):
            continue
        try:
            inferred = list(statement.value.args[0].infer())
        except astroid.AstroidError:
            continue
        if len(inferred) == 1 and isinstance(inferred[0], nodes.Dict):
            for name, value, _ in _dict_entries(inferred[0]):
                yield name, value, statement


def _extra_field_names(classdef: nodes.ClassDef) -> Iterator[tuple[str, nodes.NodeNG]]:
    for value in _class_level_values(classdef, "obj_extra_fields"):
        if isinstance(value, (nodes.List, nodes.Tuple)):
            for element in value.elts:
                if isinstance(element, nodes.Const) and isinstance(element.value, str):
                    yield element.value, element


def _field_values(field: nodes.NodeNG | None):
    if field is None:
        return synthetic.uninferable
    return functools.partial(field_types.infer_field_values, field)


def add_field_attributes(classdef: nodes.ClassDef) -> nodes.ClassDef:
    """Declare one attribute per OVO field on *classdef*.

    Assignments to fields are read back through that attribute too: astroid
    would otherwise answer ``obj.field`` with whatever was assigned to it
    anywhere, while OVO's setter coerces every value to the field's type.
    """
    if _declares_fields(classdef) and not _declares_ovo_fields(classdef):
        return classdef
    synthetic.read_fields_from_declarations(classdef)
    declared: dict[str, tuple[nodes.NodeNG | None, nodes.NodeNG]] = {}
    literal = _fields_literal(classdef)
    if literal is not None:
        for name, value, key in _dict_entries(literal):
            declared[name] = (value, key)
    for name, value, position in _updated_entries(classdef):
        declared.setdefault(name, (value, position))
    for name, position in _extra_field_names(classdef):
        declared.setdefault(name, (None, position))
    synthetic.add_attributes(
        classdef,
        (
            synthetic.AttributeSpec(name, position, _field_values(field))
            for name, (field, position) in declared.items()
        ),
    )
    objects = declared.get(_LIST_ITEMS)
    if objects is not None and _is_list_of_objects(objects[0]):
        synthetic.add_item_getter(
            classdef,
            objects[1],
            functools.partial(field_types.infer_list_items, objects[0]),
        )
    return classdef


TRANSFORMS = ((nodes.ClassDef, add_field_attributes, _looks_like_ovo_class),)
