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

"""A change-tracking object base recognised by what it is, not by its name.

oslo.versionedobjects was extracted (2014-15) from nova's own object base,
``nova/objects/base.py`` ``NovaObject``; before that, nova's objects derived
from that class and nothing of oslo. Its change tracking is the one OVO
kept: each field is a property whose setter adds the name to
``_changed_fields``, ``obj_what_changed()`` reads that set and
``obj_reset_changes()`` clears it. That protocol is what makes a class a
versioned object for the plugin's checks, so a class that starts it is a
*root* here, whatever its package:

- its own body defines ``obj_what_changed`` and ``obj_reset_changes`` and
  binds ``fields``, and no base of it defines those methods (it is where
  they start; a subclass that redefines them overrides them);
- its module installs the tracking setters: a function builds
  ``property(getter, setter, ...)`` from a nested setter that calls
  ``<obj>._changed_fields.add(...)`` (OVO's ``_make_class_properties``,
  nova's ``make_class_properties`` of 2013-14). Only module-level
  functions are read: both bases keep it there, and a registry method
  that does the same (designate's) serves classes that are
  VersionedObjects anyway.

Together they are the protocol; any one alone is not (designate
overrides ``obj_reset_changes``, mixins bind ``fields``). OVO's
``VersionedObject`` is a root by the same test, and no class of the
corpus releases other than it is one (docs/bugzoo.rst). A root's own
tracking methods are the protocol, not an override of it (``tracking``).
Nothing here says that a root behaves like OVO in anything else (field
coercion, version parsing, the registry); ``ancestry.is_versioned_object_class``
says which checks rely on that and how they make sure.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.spelling import terminal_name

#: What a root's own body defines.
TRACKING_METHODS = ("obj_what_changed", "obj_reset_changes")
FIELDS = "fields"
CHANGE_SET = "_changed_fields"

_ROOTS: WeakKeyDictionary[nodes.ClassDef, bool] = WeakKeyDictionary()
_INSTALLS_SETTERS: WeakKeyDictionary[nodes.Module, bool] = WeakKeyDictionary()


def is_root(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef* itself defines the change-tracking protocol (see module doc)."""
    cached = _ROOTS.get(classdef)
    if cached is None:
        cached = (
            all(isinstance(_own(classdef, name), nodes.FunctionDef) for name in TRACKING_METHODS)
            and FIELDS in classdef.locals
            and installs_tracking_setters(classdef.root())
            and _introduces_tracking(classdef)
        )
        _ROOTS[classdef] = cached
    return cached


def _introduces_tracking(classdef: nodes.ClassDef) -> bool:
    """No base defines the tracking methods: *classdef* is where they start.

    A subclass that redefines them overrides the protocol (nova's Flavor
    and Instance compare snapshots) even when it sits next to the setters.
    Every base must be known: an unknown one may be the real root.
    """
    for base in classdef.bases:
        if not isinstance(safe_infer(base), nodes.ClassDef):
            return False
    try:
        ancestors = list(classdef.ancestors())
    except (astroid.AstroidError, RecursionError):
        return False
    return not any(name in klass.locals for klass in ancestors for name in TRACKING_METHODS)


def _own(classdef: nodes.ClassDef, name: str) -> nodes.NodeNG | None:
    found = classdef.locals.get(name)
    return found[-1] if found else None


def installs_tracking_setters(module: nodes.Module) -> bool:
    """Whether a function of *module* makes fields properties whose setter records the change."""
    cached = _INSTALLS_SETTERS.get(module)
    if cached is None:
        cached = any(
            isinstance(statement, nodes.FunctionDef) and _builds_tracking_property(statement)
            for statement in module.body
        )
        _INSTALLS_SETTERS[module] = cached
    return cached


def _builds_tracking_property(function: nodes.FunctionDef) -> bool:
    setters = {
        nested.name for nested in function.nodes_of_class(nodes.FunctionDef)
        if nested is not function and _records_change(nested)
    }
    if not setters:
        return False
    return any(
        terminal_name(call.func) == "property"
        and isinstance(call.func, nodes.Name)
        and len(call.args) >= 2
        and isinstance(call.args[1], nodes.Name)
        and call.args[1].name in setters
        for call in function.nodes_of_class(nodes.Call)
    )


def _records_change(function: nodes.FunctionDef) -> bool:
    """``<obj>._changed_fields.add(...)`` somewhere in *function*."""
    return any(
        isinstance(call.func, nodes.Attribute)
        and call.func.attrname == "add"
        and isinstance(call.func.expr, nodes.Attribute)
        and call.func.expr.attrname == CHANGE_SET
        for call in function.nodes_of_class(nodes.Call)
    )
