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

"""Field names that an OVO object does not have.

Reading an unknown attribute is pylint's own ``no-member`` (the brain gives
it the fields). What remains are the places where a field is named by a
string or written: some raise whatever the object holds
(``obj_attr_is_set('x')``, ``obj_set_defaults('x')``, ``obj.get('x')``),
``obj['x']`` raises unless a plain attribute ``x`` was set
(``VersionedObject.__init__`` sets every keyword, so ``Volume(ctx, **props)``
may have), others are silently ignored (``obj.x = 1`` and ``Obj(x=1)``
create a plain attribute that is never saved or serialised, ``obj_reset_changes(['x'])`` and
``'x' in obj`` do nothing). Only objects whose fields are completely known
are judged (see ``pylint_oslo_review.ovo.model.fields``).
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import node_frame_class, only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, fields, registration
from pylint_oslo_review.spelling import likely_misspelling


UNKNOWN = "ovo-unknown-field"
IGNORED = "ovo-unknown-field-ignored"
RESET_STRING = "ovo-reset-changes-string"

_DICT_COMPAT = f"{names.OVO_BASE}.VersionedObjectDictCompat"
_NAME_APIS = frozenset({"obj_attr_is_set", "obj_set_defaults", "get", "obj_reset_changes"})


def _string(node: nodes.NodeNG | None) -> str | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


def _strings(node: nodes.NodeNG | None) -> list[nodes.Const]:
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)):
        return [e for e in node.elts if _string(e) is not None]
    return []


def judged_model(expr: nodes.NodeNG) -> fields.ObjectModel | None:
    """The model of the registered OVO object *expr* refers to, when complete."""
    found = fields.model_of_value(safe_infer(expr))
    if found is None or not found.complete or not registration.looks_registered(found.classdef):
        return None
    return found


def _first_parameter(function: nodes.FunctionDef) -> str | None:
    arguments = [*(function.args.posonlyargs or ()), *(function.args.args or ())]
    return arguments[0].name if arguments else None


def _through_own_class(expr: nodes.NodeNG) -> bool:
    """Whether *expr* is a method's ``self``, or an object its ``cls`` built.

    Such a receiver may be an instance of a subclass with more fields, so a
    name missing from the class that defines the method proves nothing.
    """
    if not isinstance(expr, nodes.Name):
        return False
    function = expr.scope()
    if not isinstance(function, nodes.FunctionDef) or not isinstance(function.parent, nodes.ClassDef):
        return False
    first = _first_parameter(function)
    if first is None or function.type == "staticmethod":
        return False
    if expr.name == first:
        return True
    for assigned in function.locals.get(expr.name, ()):
        statement = assigned.parent
        value = getattr(statement, "value", None)
        if (
            isinstance(assigned, nodes.AssignName)
            and isinstance(value, nodes.Call)
            and isinstance(value.func, nodes.Name)
            and value.func.name == first
        ):
            return True
    return False


#: What each name API runs: these must all be oslo.versionedobjects' own
#: for its behaviour on an unknown name to be OVO's (designate overrides
#: obj_attr_is_set to answer False instead of raising).
_IMPLEMENTATIONS = {
    "obj_attr_is_set": ("obj_attr_is_set", "obj_fields"),
    "obj_set_defaults": ("obj_set_defaults",),
    "get": ("get", "obj_fields"),
    "obj_reset_changes": ("obj_reset_changes",),
    "in": ("__contains__", "obj_attr_is_set", "obj_fields"),
}


def _runs_ovo_code(found: fields.ObjectModel, api: str) -> bool:
    """Whether every method *api* relies on resolves to oslo.versionedobjects' own."""
    order = ancestry.lookup_order(found.classdef)
    for method in _IMPLEMENTATIONS[api]:
        owner = next((klass for klass in order if method in klass.locals), None)
        if owner is None or owner.root().name != names.OVO_BASE:
            return False
    return True


def _is_dict_compat(found: fields.ObjectModel) -> bool:
    return ancestry.derives_from(found.classdef, _DICT_COMPAT)


def _assigned_by_the_class(found: fields.ObjectModel, name: str) -> bool:
    """Whether the object's own code (any class of its MRO) sets ``self.<name>``."""
    for klass in ancestry.lineage(found.classdef):
        for assignment in klass.instance_attrs.get(name, ()):
            if node_frame_class(assignment) is klass:
                return True
    return False


def _inherits_ovo_init(found: fields.ObjectModel) -> bool:
    """Whether ``__init__`` is VersionedObject's, which sets every keyword."""
    for klass in ancestry.lookup_order(found.classdef):
        if "__init__" in klass.locals:
            return klass.root().name == names.OVO_BASE
    return False


class OvoFieldNamesChecker(BaseChecker):
    """Checks field names given as strings, keywords and assignment targets."""

    name = "oslo-ovo-field-names"
    msgs = {
        "E9202": (
            "%s names %r, which is not a field of '%s': %s",
            UNKNOWN,
            "oslo.versionedobjects looks field names up in the object's fields: "
            "obj_attr_is_set raises AttributeError for any other name, "
            "obj_set_defaults raises KeyError, and VersionedObjectDictCompat's "
            "get() raises AttributeError (oslo_versionedobjects/base.py), "
            "whatever the object holds. Receivers that may be a subclass with "
            "more fields (a method's self, an object its cls built) are not "
            "judged.",
        ),
        "W9203": (
            "%s names %r, which is not a field of '%s': %s",
            IGNORED,
            "oslo.versionedobjects does not reject unknown names everywhere: "
            "the constructor and plain attribute assignment create an ordinary "
            "attribute that is neither tracked, saved nor serialised (base.py "
            "VersionedObject.__init__ sets every keyword), obj_reset_changes "
            "ignores names it does not track and 'name in obj' is simply False. "
            "The code runs, and silently does not do what it says. Reading "
            "obj[name] (VersionedObjectDictCompat) is getattr(obj, name): it "
            "raises AttributeError unless a plain attribute of that name was "
            "set (a constructor keyword, an assignment, update()), so it is "
            "reported only for a likely typo of a field.",
        ),
        "W9204": (
            "obj_reset_changes() is given the string %r: it iterates the "
            "characters and resets none of the fields; pass a list: [%r]",
            RESET_STRING,
            "obj_reset_changes(fields) subtracts set(fields) from the changed "
            "field names (oslo_versionedobjects/base.py obj_reset_changes), so a "
            "string is taken character by character and nothing is reset.",
        ),
    }

    @only_required_for_messages(UNKNOWN, IGNORED, RESET_STRING)
    @never_crash
    def visit_call(self, node: nodes.Call) -> None:
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname in _NAME_APIS:
            self._check_name_api(node, func)
            return
        if node.keywords and isinstance(func, (nodes.Name, nodes.Attribute)):
            self._check_constructor(node)

    def _check_name_api(self, node: nodes.Call, func: nodes.Attribute) -> None:
        method = func.attrname
        if method == "obj_reset_changes":
            argument = node.args[0] if node.args else None
            for keyword in node.keywords or ():
                if keyword.arg == "fields":
                    argument = keyword.value
            if _string(argument) is not None:
                self.add_message(RESET_STRING, node=argument, args=(argument.value, argument.value),
                                 confidence=INFERENCE)
                return
            candidates = _strings(argument)
        elif method == "obj_set_defaults":
            candidates = [a for a in node.args if _string(a) is not None]
        else:
            candidates = [node.args[0]] if node.args and _string(node.args[0]) is not None else []
        if not candidates:
            return
        if _through_own_class(func.expr):
            return
        found = judged_model(func.expr)
        if found is None or (method == "get" and not _is_dict_compat(found)) or not _runs_ovo_code(found, method):
            return
        for candidate in candidates:
            name = candidate.value
            if method == "obj_set_defaults":
                if not found.has_field(name):
                    self._unknown(candidate, f"{method}()", name, found, "it raises KeyError")
            elif method == "obj_reset_changes":
                if not found.has_field(name):
                    self._ignored(candidate, "obj_reset_changes()", name, found,
                                  "there is nothing to reset, the call does nothing for it")
            elif not found.has_field(name) and name not in found.extra_fields:
                what = "obj_attr_is_set()" if method == "obj_attr_is_set" else "get()"
                self._unknown(candidate, what, name, found, "it raises AttributeError")

    def _check_constructor(self, node: nodes.Call) -> None:
        klass = safe_infer(node.func)
        if not isinstance(klass, nodes.ClassDef):
            return
        found = fields.model_of(klass)
        if found is None or not found.complete or not registration.looks_registered(klass):
            return
        if not _inherits_ovo_init(found):
            return
        for keyword in node.keywords:
            name = keyword.arg
            if name is None or name == "context" or name.startswith("_") or found.knows(name):
                continue
            meant = likely_misspelling(name, found.fields)
            if meant is not None:
                self._ignored(keyword, f"{klass.name}(...)", name, found,
                              f"the constructor stores it as a plain attribute, never saved or "
                              f"serialised; did you mean '{meant}'?")

    @only_required_for_messages(IGNORED)
    @never_crash
    def visit_assignattr(self, node: nodes.AssignAttr) -> None:
        name = node.attrname
        if name.startswith("_"):
            return
        klass = node_frame_class(node)
        found = judged_model(node.expr)
        if found is None or found.knows(name) or _assigned_by_the_class(found, name):
            return
        if klass is not None and klass in ancestry.lineage(found.classdef):
            return  # the class's own code: pylint's attribute-defined-outside-init
        meant = likely_misspelling(name, found.fields)
        if meant is not None:
            self._ignored(node, "this assignment", name, found,
                          f"it creates a plain attribute that is never saved or serialised; "
                          f"did you mean '{meant}'?")

    @only_required_for_messages(IGNORED)
    @never_crash
    def visit_compare(self, node: nodes.Compare) -> None:
        if len(node.ops) != 1 or node.ops[0][0] != "in" or _string(node.left) is None:
            return
        found = judged_model(node.ops[0][1])
        name = node.left.value
        if found is None or not _runs_ovo_code(found, "in"):
            return
        if not found.has_field(name) and name not in found.extra_fields:
            self._ignored(node.left, f"'{name}' in ...", name, found, "the test is always False")

    @only_required_for_messages(IGNORED)
    @never_crash
    def visit_subscript(self, node: nodes.Subscript) -> None:
        name = _string(node.slice)
        if name is None or name.startswith("_"):
            return
        found = judged_model(node.value)
        if found is None or not _is_dict_compat(found) or found.knows(name):
            return
        if isinstance(node.parent, nodes.Assign) and node in node.parent.targets:
            meant = likely_misspelling(name, found.fields)
            if meant is not None:
                self._ignored(node.slice, "obj[...] =", name, found,
                              f"it creates a plain attribute that is never saved or serialised; "
                              f"did you mean '{meant}'?")
        elif not isinstance(node.parent, nodes.Delete):
            # obj[name] is getattr(obj, name): it works when something set a
            # plain attribute of that name (Volume(ctx, **props) with a
            # non-field key, obj.x = ..., update()), which no module shows
            # for certain; only a likely typo of a field is worth a warning.
            meant = likely_misspelling(name, found.fields)
            if meant is not None:
                self._ignored(node.slice, "obj[...]", name, found,
                              f"it raises AttributeError unless a plain attribute of that name was set; "
                              f"did you mean '{meant}'?")

    def _unknown(self, node, what: str, name: str, found: fields.ObjectModel, consequence: str) -> None:
        if expects_failure(node):
            return
        self.add_message(UNKNOWN, node=node, args=(what, name, found.classdef.name, consequence),
                         confidence=INFERENCE)

    def _ignored(self, node, what: str, name: str, found: fields.ObjectModel, consequence: str) -> None:
        self.add_message(IGNORED, node=node, args=(what, name, found.classdef.name, consequence),
                         confidence=INFERENCE)
