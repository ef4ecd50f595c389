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

"""Which values an OVO field's setter rejects, for values known for certain.

Setting a field calls ``Field.coerce`` (oslo_versionedobjects/fields.py),
which maps ``None`` to the default or rejects it, then calls the field
type's ``coerce``. The rules below are those of OVO's own field types
(``String`` accepts int/float/str/datetime, ``DateTime`` str/datetime,
``List`` any iterable but str and mappings, ``Dict`` dicts, ``Set`` sets,
``Object`` objects of the named class, ``Integer``/``Float`` whatever
``int()``/``float()`` accept, ``Enum`` its valid values). Project field
types that override ``coerce`` are unknown and never judged.

A value is judged only when inference gives exactly one kind of value; the
caller passes what it inferred.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import bases, nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry

_F = names.OVO_FIELDS


@dataclass(frozen=True)
class Value:
    """What is known of a value: its Python type name, and more for some."""

    type_name: str
    #: The constant itself, for literals.
    constant: object = None
    #: For OVO objects: obj_name() and the names along its MRO.
    object_names: tuple[str, ...] = ()


def describe(value: nodes.NodeNG | None) -> Value | None:
    """The Value of an inferred node, or None for anything not certain."""
    if isinstance(value, nodes.Const):
        return Value(type(value.value).__name__, value.value)
    literal_types = {
        nodes.List: "list", nodes.ListComp: "list", nodes.Tuple: "tuple",
        nodes.Dict: "dict", nodes.DictComp: "dict", nodes.Set: "set", nodes.SetComp: "set",
    }
    for node_class, type_name in literal_types.items():
        if isinstance(value, node_class):
            return Value(type_name)
    if not isinstance(value, bases.Instance) or isinstance(value, bases.BoundMethod):
        return None
    proxied = value._proxied  # pylint: disable=protected-access
    if not isinstance(proxied, nodes.ClassDef):
        return None
    if proxied.root().name == "builtins":
        return Value(proxied.name)
    if proxied.qname() == "datetime.datetime":
        return Value("datetime")
    if ancestry.is_versioned_object_class(proxied):
        return Value("object", object_names=tuple(c.name for c in ancestry.lineage(proxied)))
    return None


def _converts(value: Value, convert) -> bool:
    """Whether int()/float() accepts *value* (unknown strings are given the benefit)."""
    if value.type_name in ("int", "float", "bool"):
        return True
    if value.type_name == "str" and isinstance(value.constant, str):
        try:
            convert(value.constant)
        except ValueError:
            return False
        return True
    return value.type_name not in ("list", "tuple", "dict", "set", "NoneType", "object", "datetime")


@dataclass(frozen=True)
class Target:
    """What a field accepts beyond its FieldType: enum values, object name."""

    valid_values: tuple[str, ...] | None = None
    object_name: str | None = None
    subclasses: bool = False


def _string_rule(value: Value, target: Target) -> str | None:
    if value.type_name not in ("int", "float", "str", "bool", "datetime"):
        return f"ValueError: A string is required in field ..., not a {value.type_name}"
    if (
        target.valid_values is not None
        and value.type_name == "str"
        and value.constant is not None
        and value.constant not in target.valid_values
    ):
        return f"ValueError: Field value {value.constant} is invalid"
    return None


def _number_rule(convert):
    def rule(value: Value, target: Target) -> str | None:  # pylint: disable=unused-argument
        if _converts(value, convert):
            return None
        return f"ValueError: {convert.__name__}() cannot convert a {value.type_name}"
    return rule


def _accepting(*type_names: str, required: str):
    def rule(value: Value, target: Target) -> str | None:  # pylint: disable=unused-argument
        if value.type_name in type_names:
            return None
        return f"ValueError: A {required} is required in field ..., not a {value.type_name}"
    return rule


def _list_rule(value: Value, target: Target) -> str | None:  # pylint: disable=unused-argument
    # List.coerce accepts any iterable but str and mappings.
    if value.type_name in ("str", "dict", "int", "float", "bool", "datetime"):
        return f"ValueError: A list is required in field ..., not a {value.type_name}"
    return None


def _object_rule(value: Value, target: Target) -> str | None:
    if not target.object_name:
        return None
    accepted = value.object_names if target.subclasses else value.object_names[:1]
    if value.type_name == "object" and target.object_name in accepted:
        return None
    shown = value.object_names[0] if value.type_name == "object" else value.type_name
    return f"ValueError: An object of type {target.object_name} is required in field ..., not a {shown}"


_RULES = {
    f"{_F}.String": _string_rule,
    f"{_F}.Enum": _string_rule,
    f"{_F}.Integer": _number_rule(int),
    f"{_F}.Float": _number_rule(float),
    f"{_F}.DateTime": _accepting("str", "datetime", required="datetime.datetime"),
    f"{_F}.List": _list_rule,
    f"{_F}.Dict": _accepting("dict", required="dict"),
    f"{_F}.Set": _accepting("set", required="set"),
    f"{_F}.Object": _object_rule,
}


def rejection(field_type: str, value: Value, target: Target = Target()) -> str | None:
    """Why a field of *field_type* rejects *value* (OVO's error), or None."""
    rule = _RULES.get(field_type)
    return rule(value, target) if rule is not None else None
