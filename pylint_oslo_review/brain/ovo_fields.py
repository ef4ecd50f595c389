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
by ``pylint_oslo_review.ovo.model.field_types``; a misspelt field is still
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
from astroid import bases, nodes, util

from pylint_oslo_review.brain import synthetic
from pylint_oslo_review.ovo.model import declarations, field_types
from pylint_oslo_review.spelling import terminal_name

#: ObjectListBase keeps its items in the ``objects`` field (base.py).
_LIST_ITEMS = "objects"


def _is_list_of_objects(field: nodes.NodeNG | None) -> bool:
    return (
        isinstance(field, nodes.Call)
        and terminal_name(field.func) == "ListOfObjectsField"
    )


def _declares_ovo_fields(classdef: nodes.ClassDef) -> bool:
    """Whether the ``*Field(...)`` calls build oslo.versionedobjects fields.

    Checked on the first such call only, once per class. When astroid cannot
    tell (the library is not installed), the class is given the benefit of
    the doubt: that only silences attribute checks on it.
    """
    literal = declarations.fields_literal(classdef)
    call = next(v for _, v in literal.items if declarations.calls_a_field(v))
    try:
        found = list(call.func.infer())
    except astroid.AstroidError:
        return True
    if len(found) != 1 or isinstance(found[0], util.UninferableBase):
        return True
    return isinstance(found[0], nodes.ClassDef) and field_types.is_field_class(found[0])


def _looks_like_ovo_class(classdef: nodes.ClassDef) -> bool:
    return declarations.is_object_statement(classdef)


def _infer_field_values(field: nodes.NodeNG) -> Iterator[nodes.NodeNG]:
    """What reading the field declared as *field* returns, as the model says."""
    value = field_types.field_value(field)
    if value is None or value.classdef is None:
        yield util.Uninferable
    elif value.list_of:
        yield synthetic.typed_list_instance(value.classdef)
    else:
        yield bases.Instance(value.classdef)
    if value is not None and value.nullable:
        yield nodes.Const(None)


def _infer_list_items(field: nodes.NodeNG) -> Iterator[nodes.NodeNG]:
    """What ``lst[i]`` returns for the ObjectListBase whose ``objects`` is *field*."""
    target = field_types.list_item_class(field)
    yield bases.Instance(target) if target is not None else util.Uninferable


def _field_values(field: nodes.NodeNG | None):
    if field is None:
        return synthetic.uninferable
    return functools.partial(_infer_field_values, field)


def add_field_attributes(classdef: nodes.ClassDef) -> nodes.ClassDef:
    """Declare one attribute per OVO field on *classdef*.

    Assignments to fields are read back through that attribute too: astroid
    would otherwise answer ``obj.field`` with whatever was assigned to it
    anywhere, while OVO's setter coerces every value to the field's type.
    """
    if declarations.declares_fields(classdef) and not _declares_ovo_fields(classdef):
        return classdef
    synthetic.read_fields_from_declarations(classdef)
    declared = {
        name: (declaration.field, declaration.position)
        for name, declaration in declarations.declared_fields(classdef).items()
    }
    for name, position in declarations.extra_field_names(classdef):
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
            functools.partial(_infer_list_items, objects[0]),
        )
    return classdef


TRANSFORMS = ((nodes.ClassDef, add_field_attributes, _looks_like_ovo_class),)
