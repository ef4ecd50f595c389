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

"""The static model of an OVO class: its merged fields and what is known of them.

At registration, ``_make_class_properties`` (base.py) takes the class's
``fields`` (its own, or the inherited attribute value) and adds every name
declared by a class further along the MRO, so the merged fields are the
first declaration of each name in MRO order. Each field's spec (nullable,
default, read_only, target object, valid values) is read from the
arguments of the call that builds it, when they are literals.

A model is *complete* only when every class of the MRO is known and
declares its fields as a literal: unknown bases, a dynamic ``fields`` or a
custom metaclass (neutron's ``DeclarativeObject`` adds standard attributes
and ``tenant_id``) may add names, so checks that report an unknown name
must stay silent on incomplete models.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry
from pylint_oslo_review.ovo.model import declarations
from pylint_oslo_review.ovo.model import field_types
from pylint_oslo_review.ovo.model import hooks

@dataclass(frozen=True)
class FieldSpec:
    """One merged field: where it is declared and what its call says."""

    name: str
    declaration: declarations.Declaration
    owner: nodes.ClassDef
    field_class: nodes.ClassDef | None
    call: nodes.Call | None

    def keyword(self, name: str) -> nodes.NodeNG | None:
        if self.call is None:
            return None
        for keyword in self.call.keywords or ():
            if keyword.arg == name:
                return keyword.value
        return None

    def flag(self, name: str) -> bool | None:
        """A boolean keyword of the call: its value, False if absent, None if unknown."""
        if self.call is None:
            return None
        value = self.keyword(name)
        if value is None:
            return False
        if isinstance(value, nodes.Const) and isinstance(value.value, bool):
            return value.value
        return None

    @property
    def nullable(self) -> bool | None:
        return self.flag("nullable")

    @property
    def read_only(self) -> bool | None:
        return self.flag("read_only")

    @property
    def has_default(self) -> bool | None:
        if self.call is None:
            return None
        return self.keyword("default") is not None

    def kind(self) -> tuple[str, str | None] | None:
        """What the field holds (see field_types.field_value_kind)."""
        if self.field_class is None:
            return None
        return field_types.field_value_kind(self.field_class, self.call)


@dataclass(frozen=True)
class ObjectModel:
    """The merged fields of an OVO class and whether they are all known."""

    classdef: nodes.ClassDef
    fields: dict[str, FieldSpec]
    extra_fields: frozenset[str]
    complete: bool

    def has_field(self, name: str) -> bool:
        return name in self.fields

    def knows(self, name: str) -> bool:
        """A field, an extra field, or any attribute of the class or its bases."""
        if name in self.fields or name in self.extra_fields:
            return True
        try:
            self.classdef.getattr(name)
        except astroid.AttributeInferenceError:
            return False
        return True


_MODELS: WeakKeyDictionary[nodes.ClassDef, ObjectModel | None] = WeakKeyDictionary()


def _field_class_of(declaration: declarations.Declaration) -> tuple[nodes.ClassDef | None, nodes.Call | None]:
    if declaration.field is None:
        return None, None
    return field_types.field_definition(declaration.field)


def _has_custom_metaclass(classdef: nodes.ClassDef) -> bool:
    metaclass = classdef.metaclass()
    return metaclass is not None and metaclass.qname() not in hooks.NEUTRAL_METACLASSES


def _build(classdef: nodes.ClassDef) -> ObjectModel | None:
    if not ancestry.is_versioned_object_class(classdef):
        return None
    mro = ancestry.complete_mro(classdef)
    complete = mro is not None and not _has_custom_metaclass(classdef)
    merged: dict[str, FieldSpec] = {}
    extra: set[str] = set()
    for klass in mro if mro is not None else ancestry.lineage(classdef):
        if klass.qname() in (names.VERSIONED_OBJECT, "builtins.object"):
            continue
        if declarations.FIELDS in klass.locals and declarations.fields_literal(klass) is None:
            if klass.root().name != names.OVO_BASE:
                complete = False
        for name, declaration in declarations.declared_fields(klass).items():
            if name not in merged:
                field_class, call = _field_class_of(declaration)
                merged[name] = FieldSpec(name, declaration, klass, field_class, call)
        extra.update(name for name, _ in declarations.extra_field_names(klass))
    return ObjectModel(classdef, merged, frozenset(extra), complete)


def model_of(classdef: nodes.ClassDef) -> ObjectModel | None:
    """The model of an OVO class (None for other classes), cached per class."""
    if classdef not in _MODELS:
        try:
            _MODELS[classdef] = _build(classdef)
        except (astroid.AstroidError, RecursionError):
            _MODELS[classdef] = None
    return _MODELS[classdef]


def model_of_value(value: nodes.NodeNG | None) -> ObjectModel | None:
    """The model of the class of an inferred OVO instance."""
    if not ancestry.is_versioned_object(value):
        return None
    return model_of(value._proxied)  # pylint: disable=protected-access
