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


"""Field definitions oslo.versionedobjects rejects or silently overrides.

ovo-invalid-field-definition, ovo-objectfield-unknown-target and
ovo-field-shadowed, decided from one class statement (and what its names
infer to): the failures happen at registration, when the field is built or
when an object tree is serialised.
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, declarations, field_types, lookup, registration
from pylint_oslo_review.spelling import terminal_name

INVALID_FIELD = "ovo-invalid-field-definition"
UNKNOWN_TARGET = "ovo-objectfield-unknown-target"
SHADOWED = "ovo-field-shadowed"

_FIELD_TYPE = f"{names.OVO_FIELDS}.FieldType"
_COMPOUND_FIELD_TYPE = f"{names.OVO_FIELDS}.CompoundFieldType"
_ENUM_FIELDS = frozenset({f"{names.OVO_FIELDS}.EnumField", f"{names.OVO_FIELDS}.ListOfEnumField"})
_OBJECT_FIELDS = frozenset({"ObjectField", "ListOfObjectsField"})


class OvoFieldDefinitionsChecker(BaseChecker):
    """Checks the fields declared by OVO class statements."""

    name = "oslo-ovo-field-definitions"
    msgs = {
        "E9208": (
            "Field '%s' of '%s' is declared with %s: %s",
            INVALID_FIELD,
            "A fields entry must be a Field instance (fields.StringField(), "
            "fields.Field(fields.String())), compound field types take FieldType "
            "instances, and enum fields need valid values. Otherwise "
            "oslo.versionedobjects raises when the class is registered or the "
            "field is built (oslo_versionedobjects/base.py "
            "_make_class_properties: ObjectFieldInvalid; fields.py "
            "CompoundFieldType and Enum).",
        ),
        "W9207": (
            "Field '%s' of '%s' refers to object %r, which no registered class "
            "defines: its version tree raises UnregisteredSubobject; fix the name "
            "or list its package in ovo-external-object-packages",
            UNKNOWN_TARGET,
            "ObjectField('Name') and ListOfObjectsField('Name') look the target "
            "up by obj_name() in the registry only when the object's version "
            "tree is built (oslo_versionedobjects/base.py obj_tree_get_versions: "
            "remotable calls through an indirection API, "
            "VersionedObjectSerializer._do_backport; fixture.py "
            "ObjectVersionChecker); building, using and serialising the object "
            "locally work, so the failure depends on the deployment: a warning. "
            "The plugin searches the project's objects package and the packages "
            "named by ovo-external-object-packages. Off by default: on the "
            "audited releases every finding was a test or notification object "
            "whose version tree is never built (docs/precision-audit.rst).",
            {"default_enabled": False},
        ),
        "W9213": (
            "'%s' of '%s' is also a declared field: registering the class "
            "replaces this %s with the field's property, so it is never used",
            SHADOWED,
            "At registration oslo.versionedobjects sets a property for every "
            "field on the class (oslo_versionedobjects/base.py "
            "_make_class_properties, setattr(cls, name, property(...))), "
            "overwriting a method, property or attribute of the same name "
            "defined in the class body.",
        ),
    }
    options = (
        (
            "ovo-external-object-packages",
            {
                "type": "csv",
                "metavar": "<packages>",
                "default": ("os_vif.objects",),
                "help": "Packages of other projects whose registered objects "
                "this project's ObjectField targets may name (they share the "
                "registry at runtime). A package that cannot be found makes "
                "ovo-objectfield-unknown-target stay silent.",
            },
        ),
    )

    @only_required_for_messages(INVALID_FIELD, UNKNOWN_TARGET, SHADOWED)
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        declared = declarations.declared_fields(node)
        if not declarations.is_object_statement(node) or not ancestry.is_versioned_object_class(node):
            if declared and self._declares_fields_for_ovo(declared):
                self._check_fields(node, declared)
            return
        self._check_fields(node, declared)
        self._check_shadowing(node, declared)

    @staticmethod
    def _declares_fields_for_ovo(declared) -> bool:
        """A mixin (not a VersionedObject) whose fields are OVO fields."""
        for declaration in declared.values():
            if isinstance(declaration.field, nodes.Call):
                found = safe_infer(declaration.field.func)
                if isinstance(found, nodes.ClassDef):
                    return field_types.is_field_class(found) or _FIELD_TYPE in ancestry.qnames(found)
        return False

    def _check_fields(self, node: nodes.ClassDef, declared) -> None:
        registered = registration.looks_registered(node)
        for declaration in declared.values():
            problem = self._field_problem(declaration.field, registered)
            if problem is not None:
                if expects_failure(declaration.position):
                    continue
                what, consequence = problem
                self.add_message(
                    INVALID_FIELD, node=declaration.position,
                    args=(declaration.name, node.name, what, consequence), confidence=INFERENCE,
                )
                continue
            self._check_target(node, declaration)

    def _field_problem(self, field: nodes.NodeNG | None, registered: bool) -> tuple[str, str] | None:
        """(what was written, what fails) for an invalid field definition.

        A FieldType where a Field belongs fails only when a registry
        decorator processes this class (_make_class_properties); on an
        unregistered base, a registered subclass may redeclare the name.
        Bad compound and enum types fail when the class body runs.
        """
        if not isinstance(field, nodes.Call):
            return None
        func = safe_infer(field.func)
        if not isinstance(func, nodes.ClassDef):
            return None
        qnames = ancestry.qnames(func)
        if _FIELD_TYPE in qnames and not field_types.is_field_class(func):
            if not registered:
                return None
            return (
                f"the field type {func.name}() instead of a Field",
                f"registration raises ObjectFieldInvalid; use fields.Field({func.name}()) "
                f"or the matching ...Field class",
            )
        for call in field.nodes_of_class(nodes.Call):
            problem = self._compound_problem(call) or self._enum_problem(call)
            if problem is not None:
                return problem
        return None

    @staticmethod
    def _compound_problem(call: nodes.Call) -> tuple[str, str] | None:
        func = safe_infer(call.func)
        if not isinstance(func, nodes.ClassDef) or _COMPOUND_FIELD_TYPE not in ancestry.qnames(func):
            return None
        if not call.args:
            return None
        element = safe_infer(call.args[0])
        if isinstance(element, nodes.ClassDef) and _FIELD_TYPE in ancestry.qnames(element):
            return (
                f"{func.name}({element.name}), a class as the element type",
                f"building the field raises TypeError; write {func.name}({element.name}())",
            )
        return None

    @staticmethod
    def _enum_problem(call: nodes.Call) -> tuple[str, str] | None:
        func = safe_infer(call.func)
        if not isinstance(func, nodes.ClassDef) or _ENUM_FIELDS.isdisjoint(ancestry.qnames(func)):
            return None
        values = call.args[0] if call.args else None
        for keyword in call.keywords or ():
            if keyword.arg == "valid_values":
                values = keyword.value
        if isinstance(values, (nodes.List, nodes.Tuple, nodes.Set)) and not values.elts:
            return (
                "no valid values",
                "building the field raises EnumRequiresValidValuesError; list the valid values",
            )
        return None

    def _check_target(self, node: nodes.ClassDef, declaration) -> None:
        field = declaration.field
        if not isinstance(field, nodes.Call) or terminal_name(field.func) not in _OBJECT_FIELDS:
            return
        func = safe_infer(field.func)
        if not isinstance(func, nodes.ClassDef) or not field_types.is_field_class(func):
            return
        kind = field_types.field_value_kind(func, field)
        if kind is None or kind[0] not in ("object", "list-of-objects") or not kind[1]:
            return
        target = kind[1]
        if lookup.find_object_class(target, node) is not None:
            return
        if not lookup.search_is_complete(node) or self._defined_externally(target):
            return
        self.add_message(
            UNKNOWN_TARGET, node=field.args[0] if field.args else field,
            args=(declaration.name, node.name, target), confidence=INFERENCE,
        )

    def _defined_externally(self, target: str) -> bool:
        """Whether *target* may be an object of another project (or we cannot tell)."""
        for package in self.linter.config.ovo_external_object_packages:
            index = lookup.package_class_index(package)
            if index is None or target in index:
                return True
        return False

    def _check_shadowing(self, node: nodes.ClassDef, declared) -> None:
        if not registration.looks_registered(node):
            return
        for statement in node.body:
            for name, what in _defined_names(statement):
                if name in declared or self._inherits_field(node, name):
                    self.add_message(SHADOWED, node=statement, args=(name, node.name, what), confidence=INFERENCE)

    @staticmethod
    def _inherits_field(node: nodes.ClassDef, name: str) -> bool:
        for ancestor in ancestry.ancestors(node):
            if name in declarations.declared_fields(ancestor):
                return True
        return False


def _defined_names(statement: nodes.NodeNG) -> list[tuple[str, str]]:
    if isinstance(statement, nodes.FunctionDef):
        decorated = statement.decorators is not None and any(
            terminal_name(d) in ("property", "cached_property") for d in statement.decorators.nodes
        )
        return [(statement.name, "property" if decorated else "method")]
    if isinstance(statement, nodes.Assign):
        return [
            (target.name, "class attribute")
            for target in statement.targets
            if isinstance(target, nodes.AssignName) and target.name not in _CLASS_CONFIGURATION
        ]
    return []


#: Class attributes OVO itself reads; never fields.
_CLASS_CONFIGURATION = frozenset({
    "fields", "VERSION", "obj_extra_fields", "OBJ_SERIAL_NAMESPACE", "OBJ_PROJECT_NAMESPACE",
    "obj_relationships", "child_versions",
})
