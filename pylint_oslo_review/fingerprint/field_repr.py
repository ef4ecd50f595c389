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

"""``repr()`` of an OVO field, exactly as oslo.versionedobjects writes it.

The fingerprint hashes ``repr((sorted fields, ...))``, so each field's repr
must be reproduced character for character (oslo_versionedobjects/fields.py,
OVO 3.12):

- ``Field.__repr__``: ``<FieldType class>(default=<str(default)>,nullable=<nullable>)``;
  a ``set`` default prints as ``set([a,b])``, its items' ``str()`` sorted;
- ``BaseEnumField.__repr__``: ``<FieldType class>(default=...,nullable=...,valid_values=...)``,
  with the Enum type's ``valid_values`` (tuple and list print differently);
- ``ListOfEnumField.__repr__``: ``List(default=...,nullable=...,valid_values=...)``,
  with the values the field itself kept.

Which of the three applies is decided the way Python does: the first class
of the field's MRO that defines ``__repr__``. A project field class with its
own ``__repr__`` cannot be verified. The formatting below is OVO's own code
path applied to the folded values, so ``str()`` of a string default is
unquoted, a dict default keeps its insertion order, and the unspecified
default prints as ``<class 'oslo_versionedobjects.fields.UnspecifiedDefault'>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.evaluation import scopes
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.evaluation.values import MISSING, CannotVerify, ObjectRef

_F = names.OVO_FIELDS
FIELD_REPR = f"{_F}.Field"
ENUM_FIELD_REPR = f"{_F}.BaseEnumField"
LIST_OF_ENUM_FIELD_REPR = f"{_F}.ListOfEnumField"
ENUM_TYPE = f"{_F}.Enum"
OBJECT_TYPE = f"{_F}.Object"
COMPOUND_TYPE = f"{_F}.CompoundFieldType"


@dataclass(frozen=True)
class RenderedField:  # pylint: disable=too-many-instance-attributes  # a plain record
    """What the fingerprint sees of one field, plus what a reader wants to know."""

    name: str
    #: The field's repr, as hashed.
    text: str
    #: The FieldType class name (String, Enum subclass, List, Object, ...).
    type_name: str
    nullable: str
    default: str
    read_only: bool | None
    #: The object name of an ObjectField / ListOfObjectsField, else None.
    target: str | None
    #: ``str()`` of an enum field's valid values (tuple or list), else None.
    valid_values: str | None = None


def _repr_owner(evaluator: Evaluator, cls: nodes.ClassDef) -> str:
    order = evaluator.mro(cls)
    if order is None:
        raise CannotVerify(evaluator.mro_problem(cls))
    for klass in order:
        if "__repr__" in scopes.body_facts(klass).definitions:
            return klass.qname()
    return "builtins.object"


def _is_a(evaluator: Evaluator, cls: nodes.ClassDef, qname: str) -> bool:
    order = evaluator.mro(cls) or ()
    return any(klass.qname() == qname for klass in order)


def _attribute(obj: ObjectRef, name: str) -> Any:
    value = obj.own(name, MISSING)
    if value is MISSING:
        raise CannotVerify(f"the {obj.cls.name} field has no {name} after its constructor ran")
    return value


def _field_type(field: ObjectRef) -> ObjectRef:
    field_type = _attribute(field, "_type")
    if not isinstance(field_type, ObjectRef):
        # Renders the Unknown's reason, or says what the type was.
        raise CannotVerify(f"the FieldType of a {field.cls.name} is not an instance ({field_type!r})")
    return field_type


def _format_default(default: Any) -> str:
    if isinstance(default, set):
        # fields.py Field.__repr__: the py27/py35 compatible set rendering.
        return f"set([{','.join(sorted([str(v) for v in default]))}])"
    return str(default)


def _keyword_repr(type_name: str, nullable: Any, default: Any, valid_values: Any) -> str:
    """BaseEnumField / ListOfEnumField: the keywords sorted, ``k=v`` each."""
    arguments = {"nullable": nullable, "default": default, "valid_values": valid_values}
    return f"{type_name}({','.join([f'{k}={v}' for k, v in sorted(arguments.items())])})"


def render(evaluator: Evaluator, field: Any) -> str:
    """The runtime ``repr(field)``; raises CannotVerify when it cannot be known."""
    if not isinstance(field, ObjectRef):
        raise CannotVerify(f"a fields entry is not a Field instance ({field!r})")
    if not _is_a(evaluator, field.cls, FIELD_REPR):
        raise CannotVerify(f"{field.cls.qname()} is not an oslo.versionedobjects Field")
    owner = _repr_owner(evaluator, field.cls)
    field_type = _field_type(field)
    type_name = field_type.cls.name
    nullable = _attribute(field, "_nullable")
    default = _attribute(field, "_default")
    if owner == FIELD_REPR:
        return f"{type_name}(default={_format_default(default)},nullable={nullable})"
    if owner == ENUM_FIELD_REPR:
        if not _is_a(evaluator, field_type.cls, ENUM_TYPE):
            raise CannotVerify(f"{field.cls.qname()} has a non-Enum AUTO_TYPE")
        return _keyword_repr(type_name, nullable, default, _attribute(field_type, "_valid_values"))
    if owner == LIST_OF_ENUM_FIELD_REPR:
        return _keyword_repr(type_name, nullable, default, _attribute(field, "_valid_values"))
    raise CannotVerify(f"{owner}.__repr__ is not one of oslo.versionedobjects' field reprs")


def _target(evaluator: Evaluator, field_type: ObjectRef) -> str | None:
    """The object name an Object (or List(Object)) field type points to."""
    if _is_a(evaluator, field_type.cls, COMPOUND_TYPE):
        element = field_type.own("_element_type", MISSING)
        inner = element.own("_type", MISSING) if isinstance(element, ObjectRef) else MISSING
        return _target(evaluator, inner) if isinstance(inner, ObjectRef) else None
    if _is_a(evaluator, field_type.cls, OBJECT_TYPE):
        target = field_type.own("_obj_name", MISSING)
        return target if isinstance(target, str) else None
    return None


def describe(evaluator: Evaluator, name: str, field: Any) -> RenderedField:
    """The :class:`RenderedField` of field *name*; raises CannotVerify like :func:`render`."""
    text = render(evaluator, field)
    field_type = _field_type(field)
    read_only = field.own("_read_only", MISSING)
    return RenderedField(
        name=name,
        text=text,
        type_name=field_type.cls.name,
        nullable=str(_attribute(field, "_nullable")),
        default=_format_default(_attribute(field, "_default")),
        read_only=read_only if isinstance(read_only, bool) else None,
        target=_target(evaluator, field_type),
        valid_values=_valid_values(evaluator, field, field_type),
    )


def _valid_values(evaluator: Evaluator, field: ObjectRef, field_type: ObjectRef) -> str | None:
    """The valid values an enum field keeps (ListOfEnumField) or its Enum type has."""
    kept = field.own("_valid_values", MISSING)
    if kept is MISSING and _is_a(evaluator, field_type.cls, ENUM_TYPE):
        kept = field_type.own("_valid_values", MISSING)
    try:
        return None if kept is MISSING else str(kept)
    except CannotVerify:
        return None
