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

"""Checks on how OVO classes are declared: fields, VERSION, remotable methods.

Everything here is decided from one class statement (and what its names
infer to), when the module is imported: the failures these messages
predict happen at import, at registration or at the first remote call.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import astroid
from astroid import nodes, util
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry
from pylint_oslo_review.ovo.model import declarations
from pylint_oslo_review.ovo.model import field_types
from pylint_oslo_review.ovo.model import lookup
from pylint_oslo_review.spelling import terminal_name

if TYPE_CHECKING:
    from pylint.lint import PyLinter

BAD_VERSION = "ovo-bad-version"
MISSPELT_VERSION = "ovo-version-attribute-misspelt"
INVALID_FIELD = "ovo-invalid-field-definition"
UNKNOWN_TARGET = "ovo-objectfield-unknown-target"
SHADOWED = "ovo-field-shadowed"
REMOTABLE_MISUSE = "ovo-remotable-misuse"
REMOTABLE_CLASSMETHOD = "ovo-remotable-classmethod-deprecated"

#: oslo_utils.versionutils.convert_version_to_tuple: every part goes through int().
_VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
_FIELD_TYPE = f"{names.OVO_FIELDS}.FieldType"
_COMPOUND_FIELD_TYPE = f"{names.OVO_FIELDS}.CompoundFieldType"
_ENUM_FIELDS = frozenset({f"{names.OVO_FIELDS}.EnumField", f"{names.OVO_FIELDS}.ListOfEnumField"})
_OBJECT_FIELDS = frozenset({"ObjectField", "ListOfObjectsField"})


def _mro_qnames(classdef: nodes.ClassDef) -> set[str]:
    return {klass.qname() for klass in field_types._mro(classdef)}  # pylint: disable=protected-access


def _looks_like_version_name(name: str) -> bool:
    """``version``, ``Version``, ``VERISON``, ``VERSON``: VERSION misspelt."""
    if name == "VERSION":
        return False
    upper = name.upper()
    if upper == "VERSION" or sorted(upper) == sorted("VERSION"):
        return True
    return any(upper == "VERSION"[:i] + "VERSION"[i + 1:] for i in range(len("VERSION")))


def _version_failure(text: str) -> str:
    parts = text.split(".")
    if all(part.isdigit() for part in parts):
        return (
            "the object tests fail with IndexError "
            "(ObjectVersionChecker._test_object_compatibility reads version[1])"
        )
    return "oslo.versionedobjects raises ValueError when it compares versions (obj_to_primitive, backports)"


def _string(node: nodes.NodeNG | None) -> str | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


class OvoDefinitionsChecker(BaseChecker):
    """Checks OVO class statements."""

    name = "oslo-ovo-definitions"
    msgs = {
        "E9211": (
            "VERSION %r of '%s' is not 'X.Y' or 'X.Y.Z' of integers: %s",
            BAD_VERSION,
            "oslo.versionedobjects converts VERSION with int() on every part "
            "(oslo_utils.versionutils.convert_version_to_tuple, called from "
            "oslo_versionedobjects/base.py obj_to_primitive and the "
            "obj_make_compatible machinery), so '1.x' registers fine and then "
            "raises ValueError; a single part ('1') breaks the project's object "
            "tests (oslo_versionedobjects/fixture.py "
            "ObjectVersionChecker._test_object_compatibility reads version[1]).",
        ),
        "W9212": (
            "'%s' is set on the registered object '%s', which defines no VERSION: "
            "oslo.versionedobjects reads only VERSION, so this object keeps "
            "version %s; rename it VERSION",
            MISSPELT_VERSION,
            "The registry and every compatibility check read the VERSION "
            "attribute (oslo_versionedobjects/base.py, VersionedObjectRegistry "
            "and obj_to_primitive). An attribute with another spelling is "
            "ignored: the object silently keeps its parent's version.",
        ),
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
        "E9207": (
            "Field '%s' of '%s' refers to object %r, which no registered class "
            "defines: serialising the object raises UnregisteredSubobject "
            "(or UnsupportedObjectError on the receiving side); fix the name, "
            "or list the project that defines it in ovo-external-object-packages",
            UNKNOWN_TARGET,
            "ObjectField('Name') and ListOfObjectsField('Name') look the target "
            "up by obj_name() in the registry when an object tree is serialised "
            "or backported (oslo_versionedobjects/base.py obj_tree_get_versions, "
            "obj_class_from_name). The plugin searches the project's objects "
            "package and the packages named by ovo-external-object-packages.",
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
        "E9209": (
            "'%s' %s",
            REMOTABLE_MISUSE,
            "remotable (oslo_versionedobjects/base.py) takes the context from "
            "the object (self._context) or, for a classmethod, from the first "
            "argument or the keyword named exactly 'context'. Written above "
            "@classmethod it receives the class as 'self' (AttributeError), "
            "without a first parameter it has nothing to bind, and a call "
            "without a context argument fails with KeyError: 'context'.",
        ),
        "W9210": (
            "remotable_classmethod is deprecated since oslo.versionedobjects "
            "3.10.0 and warns when '%s' is defined; write @classmethod above "
            "@remotable",
            REMOTABLE_CLASSMETHOD,
            "oslo_versionedobjects/base.py remotable_classmethod emits "
            "DeprecationWarning at class definition and is due for removal. "
            "@classmethod over @remotable behaves the same.",
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

    # -- class statements

    @only_required_for_messages(
        BAD_VERSION, MISSPELT_VERSION, INVALID_FIELD, UNKNOWN_TARGET, SHADOWED
    )
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        declared = declarations.declared_fields(node)
        is_object = declarations.declares_fields(node) or declarations.is_registered(node)
        if not is_object or not ancestry.is_versioned_object_class(node):
            if declared and self._declares_fields_for_ovo(declared):
                self._check_fields(node, declared)
            return
        self._check_version(node)
        self._check_fields(node, declared)
        self._check_shadowing(node, declared)

    @staticmethod
    def _declares_fields_for_ovo(declared) -> bool:
        """A mixin (not a VersionedObject) whose fields are OVO fields."""
        for declaration in declared.values():
            if isinstance(declaration.field, nodes.Call):
                found = safe_infer(declaration.field.func)
                if isinstance(found, nodes.ClassDef):
                    return field_types.is_field_class(found) or _FIELD_TYPE in _mro_qnames(found)
        return False

    def _check_version(self, node: nodes.ClassDef) -> None:
        value = declarations.version_value(node)
        text = _string(value)
        if text is not None and not _VERSION.match(text):
            self.add_message(BAD_VERSION, node=value, args=(text, node.name, _version_failure(text)), confidence=HIGH)
        if value is not None or not declarations.is_registered(node):
            return
        for statement in node.body:
            if not isinstance(statement, nodes.Assign):
                continue
            for target in statement.targets:
                if (
                    isinstance(target, nodes.AssignName)
                    and _looks_like_version_name(target.name)
                    and _string(statement.value) is not None
                    and _VERSION.match(_string(statement.value))
                ):
                    inherited = self._inherited_version(node)
                    self.add_message(
                        MISSPELT_VERSION, node=target,
                        args=(target.name, node.name, inherited), confidence=HIGH,
                    )

    @staticmethod
    def _inherited_version(node: nodes.ClassDef) -> str:
        try:
            mro = node.mro()[1:]
        except (astroid.AstroidError, RecursionError):
            mro = []
        for ancestor in mro:
            text = _string(declarations.version_value(ancestor))
            if text is not None:
                return repr(text)
        return "its inherited version"

    def _check_fields(self, node: nodes.ClassDef, declared) -> None:
        for declaration in declared.values():
            problem = self._field_problem(declaration.field)
            if problem is not None:
                what, consequence = problem
                self.add_message(
                    INVALID_FIELD, node=declaration.position,
                    args=(declaration.name, node.name, what, consequence), confidence=INFERENCE,
                )
                continue
            self._check_target(node, declaration)

    def _field_problem(self, field: nodes.NodeNG | None) -> tuple[str, str] | None:
        """(what was written, what fails) for an invalid field definition."""
        if not isinstance(field, nodes.Call):
            return None
        func = safe_infer(field.func)
        if not isinstance(func, nodes.ClassDef):
            return None
        qnames = _mro_qnames(func)
        if _FIELD_TYPE in qnames and not field_types.is_field_class(func):
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
        if not isinstance(func, nodes.ClassDef) or _COMPOUND_FIELD_TYPE not in _mro_qnames(func):
            return None
        if not call.args:
            return None
        element = safe_infer(call.args[0])
        if isinstance(element, nodes.ClassDef) and _FIELD_TYPE in _mro_qnames(element):
            return (
                f"{func.name}({element.name}), a class as the element type",
                f"building the field raises TypeError; write {func.name}({element.name}())",
            )
        return None

    @staticmethod
    def _enum_problem(call: nodes.Call) -> tuple[str, str] | None:
        func = safe_infer(call.func)
        if not isinstance(func, nodes.ClassDef) or _ENUM_FIELDS.isdisjoint(_mro_qnames(func)):
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
        if not declarations.is_registered(node):
            return
        for statement in node.body:
            for name, what in _defined_names(statement):
                if name in declared or self._inherits_field(node, name):
                    self.add_message(SHADOWED, node=statement, args=(name, node.name, what), confidence=INFERENCE)

    @staticmethod
    def _inherits_field(node: nodes.ClassDef, name: str) -> bool:
        for ancestor in node.ancestors():
            if name in declarations.declared_fields(ancestor):
                return True
        return False

    # -- calls

    @only_required_for_messages(REMOTABLE_MISUSE)
    @never_crash
    def visit_call(self, node: nodes.Call) -> None:
        if node.args or any(k.arg in ("context", None) for k in node.keywords or ()):
            return
        if not isinstance(node.func, nodes.Attribute):
            return
        found = safe_infer(node.func)
        function = getattr(found, "_proxied", found)
        if not isinstance(function, nodes.FunctionDef) or not _is_remotable_classmethod(function):
            return
        given = ", ".join(f"{k.arg}=" for k in node.keywords) or "no argument"
        self.add_message(
            REMOTABLE_MISUSE, node=node, confidence=INFERENCE,
            args=(function.name, f"is a remotable classmethod called with {given}: remotable takes the "
                  f"context from the first positional argument or the keyword named exactly 'context', "
                  f"so this call fails with KeyError: 'context'"),
        )

    # -- methods

    @only_required_for_messages(REMOTABLE_MISUSE, REMOTABLE_CLASSMETHOD)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if node.decorators is None:
            return
        decorators = node.decorators.nodes
        spelled = [terminal_name(d) for d in decorators]
        if "remotable_classmethod" in spelled:
            decorator = decorators[spelled.index("remotable_classmethod")]
            if _is_deprecated_remotable_classmethod(decorator):
                self.add_message(REMOTABLE_CLASSMETHOD, node=decorator, args=(node.name,), confidence=INFERENCE)
        if "remotable" not in spelled or not _is_ovo_remotable(decorators[spelled.index("remotable")]):
            return
        position = spelled.index("remotable")
        if "classmethod" in spelled[:position] and len(node.args.posonlyargs or ()) + len(node.args.args or ()) < 2:
            self.add_message(
                REMOTABLE_MISUSE, node=node, confidence=HIGH,
                args=(node.name, "is a remotable classmethod without a context parameter: remotable "
                      "takes the context from the first argument after the class, or from the "
                      "keyword 'context', and every call fails with KeyError: 'context'; add "
                      "'context' after 'cls'"),
            )
        elif "classmethod" in spelled[position + 1:]:
            self.add_message(
                REMOTABLE_MISUSE, node=node, confidence=HIGH,
                args=(node.name, "has @remotable above @classmethod: remotable receives the class "
                      "as the object and fails with AttributeError ('...' object has no "
                      "attribute '_context'); put @classmethod above @remotable"),
            )
        elif not _takes_positional(node):
            self.add_message(
                REMOTABLE_MISUSE, node=node, confidence=HIGH,
                args=(node.name, "is @remotable but takes no positional parameter: remotable "
                      "passes the object (or, for a classmethod, the class and the context) "
                      "first, so every call fails with TypeError; add 'self'"),
            )


def _is_remotable_classmethod(function: nodes.FunctionDef) -> bool:
    if function.decorators is None:
        return False
    spelled = [terminal_name(d) for d in function.decorators.nodes]
    if "remotable_classmethod" in spelled:
        return True
    return "remotable" in spelled and "classmethod" in spelled[: spelled.index("remotable")]


def _takes_positional(node: nodes.FunctionDef) -> bool:
    return bool(node.args.posonlyargs or node.args.args or node.args.vararg)


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


def _is_ovo_remotable(decorator: nodes.NodeNG) -> bool:
    found = safe_infer(decorator)
    if found is None or isinstance(found, util.UninferableBase):
        return True  # spelled remotable: nova re-exports it
    return isinstance(found, nodes.FunctionDef) and found.root().name == names.OVO_BASE


def _is_deprecated_remotable_classmethod(decorator: nodes.NodeNG) -> bool:
    """OVO's remotable_classmethod, in a version that warns when applied."""
    found = safe_infer(decorator)
    if not isinstance(found, nodes.FunctionDef) or found.root().name != names.OVO_BASE:
        return False
    return any(
        terminal_name(call.func) == "warn"
        and any(isinstance(a, (nodes.Name, nodes.Attribute)) and terminal_name(a) == "DeprecationWarning"
                for a in [*call.args, *(k.value for k in call.keywords or ())])
        for call in found.nodes_of_class(nodes.Call)
    )


def register(linter: PyLinter) -> None:
    linter.register_checker(OvoDefinitionsChecker(linter))
