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

from pylint_oslo_review.ovo import classes, names

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
    if classes.is_versioned_object_class(proxied):
        mro = [proxied, *proxied.ancestors()]
        return Value("object", object_names=tuple(c.name for c in mro))
    return None


def _int_like(value: Value, convert) -> bool:
    if value.type_name in ("int", "float", "bool"):
        return True
    if value.type_name == "str" and isinstance(value.constant, str):
        try:
            convert(value.constant)
        except ValueError:
            return False
        return True
    return value.type_name not in ("list", "tuple", "dict", "set", "NoneType", "object", "datetime")


def rejection(
    field_type: str,
    value: Value,
    valid_values: tuple[str, ...] | None = None,
    object_name: str | None = None,
    subclasses: bool = False,
) -> str | None:
    """Why a field of *field_type* rejects *value* (OVO's error), or None."""
    kind = value.type_name
    if field_type in (f"{_F}.String", f"{_F}.Enum"):
        if kind not in ("int", "float", "str", "bool", "datetime"):
            return f"ValueError: A string is required in field ..., not a {kind}"
        if field_type == f"{_F}.Enum" and valid_values is not None and kind == "str" \
                and value.constant is not None and value.constant not in valid_values:
            return f"ValueError: Field value {value.constant} is invalid"
        return None
    if field_type == f"{_F}.Integer" and not _int_like(value, int):
        return f"ValueError/TypeError: int() cannot convert a {kind}"
    if field_type == f"{_F}.Float" and not _int_like(value, float):
        return f"ValueError/TypeError: float() cannot convert a {kind}"
    if field_type == f"{_F}.DateTime" and kind not in ("str", "datetime"):
        return f"ValueError: A datetime.datetime is required in field ..., not a {kind}"
    if field_type == f"{_F}.List" and kind in ("str", "dict", "int", "float", "bool", "datetime"):
        return f"ValueError: A list is required in field ..., not a {kind}"
    if field_type == f"{_F}.Dict" and kind != "dict":
        return f"ValueError: A dict is required in field ..., not a {kind}"
    if field_type == f"{_F}.Set" and kind != "set":
        return f"ValueError: A set is required in field ..., not a {kind}"
    if field_type == f"{_F}.Object" and object_name:
        names_ = value.object_names if subclasses else value.object_names[:1]
        if kind != "object" or object_name not in names_:
            shown = value.object_names[0] if kind == "object" else kind
            return f"ValueError: An object of type {object_name} is required in field ..., not a {shown}"
    return None
