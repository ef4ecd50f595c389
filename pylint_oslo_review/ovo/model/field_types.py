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

"""The Python value that an OVO field holds (the brain turns it into inference).

A field's setter stores whatever the field type's ``coerce()`` returns
(base.py ``_make_class_properties``, fields.py ``Field.coerce``), so
``StringField`` values are ``str``, ``DateTimeField`` values are
``datetime.datetime``, ``ObjectField('X')`` values are instances of the
registered ``X``, and a nullable field may also hold ``None``. This is the
mapping of OVO 3.12's own ``AutoTypedField[T]`` annotations and its mypy
plugin.

Anything that cannot be established for certain (a project field type that
overrides ``coerce``, an object name that cannot be found) has no class;
``brain/ovo_fields.py`` infers it to ``Uninferable``, which keeps pylint
silent rather than wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

import astroid
from astroid import bases, nodes, util

from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, lookup

_F = names.OVO_FIELDS

#: Field *classes* whose value type depends on their arguments or is set in
#: ``__init__`` (fields.py: ObjectField, ListOfObjectsField, DateTimeField,
#: EnumField, ListOfEnumField set ``self.AUTO_TYPE``; a bare Field takes its
#: FieldType as first argument).
_OBJECT_FIELD = f"{_F}.ObjectField"
_LIST_OF_OBJECTS_FIELD = f"{_F}.ListOfObjectsField"
_PLAIN_FIELD = f"{_F}.Field"
_FIELD_CLASS_FIELD_TYPES = {
    f"{_F}.DateTimeField": f"{_F}.DateTime",
    f"{_F}.EnumField": f"{_F}.Enum",
    f"{_F}.StateMachine": f"{_F}.Enum",
    f"{_F}.ListOfEnumField": f"{_F}.List",
    _OBJECT_FIELD: f"{_F}.Object",
    _LIST_OF_OBJECTS_FIELD: f"{_F}.List",
}

#: FieldType classes -> the type of the value their coerce() returns.
_FIELD_TYPE_TYPES = {
    f"{_F}.String": "str",
    f"{_F}.SensitiveString": "str",
    f"{_F}.VersionPredicate": "str",
    f"{_F}.Enum": "str",
    f"{_F}.UUID": "str",
    f"{_F}.MACAddress": "str",
    f"{_F}.PCIAddress": "str",
    f"{_F}.Integer": "int",
    f"{_F}.NonNegativeInteger": "int",
    f"{_F}.Float": "float",
    f"{_F}.NonNegativeFloat": "float",
    f"{_F}.Boolean": "bool",
    f"{_F}.FlexibleBoolean": "bool",
    f"{_F}.DateTime": "datetime.datetime",
    f"{_F}.IPAddress": "netaddr.IPAddress",
    f"{_F}.IPV4Address": "netaddr.IPAddress",
    f"{_F}.IPV6Address": "netaddr.IPAddress",
    f"{_F}.IPV4AndV6Address": "netaddr.IPAddress",
    f"{_F}.IPNetwork": "netaddr.IPNetwork",
    f"{_F}.IPV4Network": "netaddr.IPNetwork",
    f"{_F}.IPV6Network": "netaddr.IPNetwork",
    f"{_F}.List": "list",
    f"{_F}.Dict": "dict",
    f"{_F}.Set": "set",
}
#: FieldTypes whose coerce() rules are known, including those whose value
#: type depends on arguments (Object: the named class).
_KNOWN_FIELD_TYPES = frozenset({*_FIELD_TYPE_TYPES, f"{_F}.Object"})

#: Scalar FieldTypes whose subclasses keep the value type even when they
#: override coerce() to validate (neutron-lib's RangeConstrainedInteger,
#: nova's InstancePowerState): the generic parameter of FieldType[T] is part
#: of their contract. Subclasses of other types that override coerce() may
#: return anything, so they are unknown.
_SCALAR_FIELD_TYPES = frozenset(
    f"{_F}.{name}" for name in ("String", "Enum", "Integer", "Float", "Boolean")
)

_UNKNOWN = None

def is_field_class(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef* is oslo.versionedobjects' Field or a subclass."""
    return any(c.qname() == names.FIELD for c in ancestry.lineage(classdef))


def _defines_coerce(classdef: nodes.ClassDef) -> bool:
    return "coerce" in classdef.locals


def _field_type_qname(field_type: nodes.NodeNG) -> str | None:
    """The OVO FieldType whose coerce() an instance of a FieldType class uses."""
    if not isinstance(field_type, bases.Instance):
        return _UNKNOWN
    overridden = False
    for classdef in ancestry.lineage(field_type._proxied):
        qname = classdef.qname()
        if qname in _KNOWN_FIELD_TYPES:
            if overridden and qname not in _SCALAR_FIELD_TYPES and not any(
                c.qname() in _SCALAR_FIELD_TYPES for c in ancestry.lineage(classdef)
            ):
                return _UNKNOWN
            return qname
        if _defines_coerce(classdef):
            overridden = True
    return _UNKNOWN


def _safe_infer(node: nodes.NodeNG | None) -> nodes.NodeNG | None:
    if node is None:
        return None
    try:
        values = list(node.infer())
    except astroid.AstroidError:
        return None
    if len(values) != 1 or isinstance(values[0], util.UninferableBase):
        return None
    return values[0]


def _argument(
    call: nodes.Call | None, keyword: str, position: int | None = None
) -> nodes.NodeNG | None:
    """The argument given for *keyword* (or at *position*) in *call*."""
    if call is None:
        return None
    for kw in call.keywords or ():
        if kw.arg == keyword:
            return kw.value
    if position is not None and len(call.args) > position:
        return call.args[position]
    return None


def _object_name(call: nodes.Call | None) -> str | None:
    value = _safe_infer(_argument(call, "objtype", 0))
    if isinstance(value, nodes.Const) and isinstance(value.value, str):
        return value.value
    return None


def _auto_type(field_class: nodes.ClassDef) -> nodes.NodeNG | None:
    try:
        definitions = field_class.getattr("AUTO_TYPE")
    except astroid.AttributeInferenceError:
        return None
    for definition in definitions:
        if isinstance(definition, nodes.AssignName) and isinstance(
            definition.parent, nodes.Assign
        ):
            return _safe_infer(definition.parent.value)
    return None


def field_type_name(field_class: nodes.ClassDef, call: nodes.Call | None) -> str | None:
    """The qualified name of the OVO FieldType that coerces this field's values.

    ``oslo_versionedobjects.fields.String`` for a StringField, ``...List``
    for a ListOfObjectsField, ``...Object`` for an ObjectField; None when a
    project class may coerce differently.
    """
    for classdef in ancestry.lineage(field_class):
        qname = classdef.qname()
        if qname in _FIELD_CLASS_FIELD_TYPES:
            return _FIELD_CLASS_FIELD_TYPES[qname]
        if qname == _PLAIN_FIELD:
            return _field_type_qname(_safe_infer(_argument(call, "field_type", 0)))
        if _defines_coerce(classdef) and not qname.startswith(_F + "."):
            return None
        if "AUTO_TYPE" in classdef.locals:
            return _field_type_qname(_auto_type(classdef))
    return None


def field_value_kind(field_class: nodes.ClassDef, call: nodes.Call | None) -> tuple[str, str | None] | None:
    """Classify what a field of *field_class* holds.

    Returns ``("type", dotted type name)``, ``("object", obj_name)``,
    ``("list-of-objects", obj_name)`` or ``None`` when unknown.
    """
    qnames = {classdef.qname() for classdef in ancestry.lineage(field_class)}
    if _OBJECT_FIELD in qnames:
        return ("object", _object_name(call))
    if _LIST_OF_OBJECTS_FIELD in qnames:
        return ("list-of-objects", _object_name(call))
    type_name = field_type_name(field_class, call)
    kind = _FIELD_TYPE_TYPES.get(type_name) if type_name else None
    return ("type", kind) if kind else None


def object_name(call: nodes.Call | None) -> str | None:
    """The target name of ``ObjectField('X')``/``ListOfObjectsField('X')`` calls."""
    return _object_name(call)


def _is_nullable(call: nodes.Call | None) -> bool:
    """Whether the field may hold None; True when it cannot be told."""
    if call is None:
        return True
    value = _argument(call, "nullable")
    if value is None:
        return False
    return not (isinstance(value, nodes.Const) and value.value is False)


def _admits_subclasses(call: nodes.Call | None) -> bool:
    """``ObjectField('X', subclasses=True)``: the value may be any subclass of
    X, with fields X does not have (fields.py ``Object.coerce``); True when
    it cannot be told."""
    if call is None:
        return True
    value = _argument(call, "subclasses", 1)
    return not (value is None or (isinstance(value, nodes.Const) and value.value is False))


def _class_from_module(modname: str, name: str) -> nodes.ClassDef | None:
    """The class *name* of module *modname*, following re-exports (netaddr)."""
    try:
        module = astroid.MANAGER.ast_from_module_name(modname)
    except astroid.AstroidError:
        return None
    for definition in module.locals.get(name, ()):
        if isinstance(definition, nodes.ClassDef):
            return definition
    try:
        values = list(module.igetattr(name))
    except astroid.AstroidError:
        return None
    classes = [value for value in values if isinstance(value, nodes.ClassDef)]
    return classes[0] if len(classes) == 1 else None


def _class_of(dotted: str) -> nodes.ClassDef | None:
    modname, _, name = dotted.rpartition(".")
    return _class_from_module(modname or "builtins", name)


def field_definition(field_node: nodes.NodeNG) -> tuple[nodes.ClassDef | None, nodes.Call | None]:
    """The Field class and (when written inline) the call that builds it."""
    if isinstance(field_node, nodes.Call):
        func = _safe_infer(field_node.func)
        return (func if isinstance(func, nodes.ClassDef) else None), field_node
    value = _safe_infer(field_node)
    if isinstance(value, bases.Instance):
        return value._proxied, None
    return None, None


@dataclass(frozen=True)
class FieldValue:
    """What reading a field gives: an instance of ``classdef`` (``None``
    when that cannot be established), or with ``list_of`` a list of such
    instances; ``nullable`` fields may also give ``None``."""

    classdef: nodes.ClassDef | None
    list_of: bool = False
    nullable: bool = False


def field_value(field_node: nodes.NodeNG) -> FieldValue | None:
    """What reading a field declared as *field_node* gives (``None``: not a field)."""
    field_class, call = field_definition(field_node)
    if field_class is None or not is_field_class(field_class):
        return None
    kind = field_value_kind(field_class, call)
    classdef, list_of = None, False
    if kind is not None:
        what, detail = kind
        if what == "type" and detail:
            classdef = _class_of(detail)
        elif what == "object" and detail and not _admits_subclasses(call):
            classdef = lookup.find_object_class(detail, field_node)
        elif what == "list-of-objects" and _admits_subclasses(call):
            classdef = _class_of("list")
        elif what == "list-of-objects":
            target = lookup.find_object_class(detail, field_node) if detail else None
            classdef, list_of = (target, True) if target is not None else (_class_of("list"), False)
    return FieldValue(classdef, list_of, _is_nullable(call))


def list_item_class(field_node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of ``lst[i]`` for an ObjectListBase whose ``objects`` is *field_node*.

    Only for classes that really are ObjectListBase subclasses: their
    ``__getitem__`` returns ``self.objects[i]`` (base.py).
    """
    owner = field_node.frame()
    field_class, call = field_definition(field_node)
    if (
        not isinstance(owner, nodes.ClassDef)
        or field_class is None
        or not any(c.qname() == names.OBJECT_LIST_BASE for c in ancestry.lineage(owner))
    ):
        return None
    kind = field_value_kind(field_class, call)
    if kind is not None and kind[0] == "list-of-objects" and kind[1] and not _admits_subclasses(call):
        return lookup.find_object_class(kind[1], field_node)
    return None
