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

"""What a class body declares for oslo.versionedobjects, read from its AST.

``fields = {...}`` (also annotated), ``fields.update(OTHER)`` in the class
body, ``obj_extra_fields = [...]``, ``VERSION = '1.2'`` and the registry
decorators. Reading is syntactic; only ``fields.update(OTHER)`` infers its
argument. Shared by the brain (which declares the attributes) and the
checkers (which check them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import astroid
from astroid import nodes

from pylint_oslo_review.ovo.model import registration
from pylint_oslo_review.spelling import terminal_name

FIELDS = "fields"
EXTRA_FIELDS = "obj_extra_fields"
VERSION = "VERSION"


@dataclass(frozen=True)
class Declaration:
    """One field declared by a class body.

    ``field`` is the expression that builds the Field (usually a call);
    ``position`` the node to report on (the dict key, or the statement).
    """

    name: str
    field: nodes.NodeNG | None
    position: nodes.NodeNG


def class_level_values(classdef: nodes.ClassDef, name: str) -> list[nodes.NodeNG]:
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


def fields_literal(classdef: nodes.ClassDef) -> nodes.Dict | None:
    """The ``fields = {...}`` dict of the class body, if it has one."""
    if FIELDS not in classdef.locals:
        return None
    values = class_level_values(classdef, FIELDS)
    if values and isinstance(values[-1], nodes.Dict):
        return values[-1]
    return None


def unreadable_fields(classdef: nodes.ClassDef) -> nodes.NodeNG | None:
    """The value of a ``fields = <expression>`` that is no dict literal, if any.

    ``fields = helpers.make_fields()`` or ``fields = dict(Base.fields, ...)``
    (or a binding that is no plain assignment, given as its name node): the
    class has fields at runtime whose names the AST does not show.
    """
    if FIELDS not in classdef.locals or fields_literal(classdef) is not None:
        return None
    values = class_level_values(classdef, FIELDS)
    return values[-1] if values else classdef.locals[FIELDS][0]


def calls_a_field(value: nodes.NodeNG) -> bool:
    """``...Field(...)``: what building an OVO field looks like."""
    if not isinstance(value, nodes.Call):
        return False
    name = terminal_name(value.func)
    return bool(name) and name.endswith("Field")


def declares_fields(classdef: nodes.ClassDef) -> bool:
    """A ``fields`` dict literal with at least one ``...Field(...)`` value."""
    literal = fields_literal(classdef)
    return literal is not None and any(calls_a_field(v) for _, v in literal.items)


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
            and statement.value.func.expr.name == FIELDS
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


def declared_fields(classdef: nodes.ClassDef) -> dict[str, Declaration]:
    """The fields this class body declares itself, in declaration order."""
    declared: dict[str, Declaration] = {}
    literal = fields_literal(classdef)
    if literal is not None:
        for name, value, key in _dict_entries(literal):
            declared[name] = Declaration(name, value, key)
    for name, value, position in _updated_entries(classdef):
        declared.setdefault(name, Declaration(name, value, position))
    return declared


def extra_field_names(classdef: nodes.ClassDef) -> Iterator[tuple[str, nodes.NodeNG]]:
    """``obj_extra_fields`` names, with their string nodes."""
    for value in class_level_values(classdef, EXTRA_FIELDS):
        if isinstance(value, (nodes.List, nodes.Tuple)):
            for element in value.elts:
                if isinstance(element, nodes.Const) and isinstance(element.value, str):
                    yield element.value, element


def version_value(classdef: nodes.ClassDef) -> nodes.NodeNG | None:
    """The expression assigned to ``VERSION`` in the class body, if any."""
    values = class_level_values(classdef, VERSION)
    return values[-1] if values else None


def is_object_statement(classdef: nodes.ClassDef) -> bool:
    """A class statement written as an OVO object: fields declared, or registered."""
    return declares_fields(classdef) or registration.looks_registered(classdef)
