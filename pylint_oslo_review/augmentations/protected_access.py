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

"""Let OVO code use OVO's own protocol without protected-access.

oslo.versionedobjects has no public accessor for an object's request
context: object helpers attach it with ``obj._context = context`` (OVO does
the same in ``obj_make_list`` and ``_obj_from_primitive``), typically in a
``@staticmethod _from_db_object(context, obj, db_obj)`` whose ``obj`` pylint
cannot infer. pylint's ``protected-access`` then fires on the one idiom OVO
asks for.

This is one of the two places where the plugin changes what a pylint
checker reports rather than what astroid infers (``mixin_attributes`` is
the other), because ``protected-access`` is decided from names, not
inference. It is narrow: only the attributes in
``pylint_oslo_review.ovo.names.PROTOCOL_ATTRIBUTES`` (and ``_obj_<field>``),
only when the receiver is an OVO object or, when the receiver cannot be
inferred, when the access is written inside an OVO class (or a mixin
that only OVO classes use). The check wraps
the classes checker's per-attribute helper, not a ``visit_*`` method, so
pylint still skips the checker when its messages are disabled, and the
attribute name is compared before anything is inferred.

The same holds for the cross-object protocol: OVO projects build objects
from rows with underscore classmethods of the object classes
(``objects.Volume._from_db_object(context, Volume(), row)``,
``cls._get_expected_attrs(...)``), called from other object classes and
from the project's DB layer by design. Those calls are allowed when the
receiver is a versioned object class or instance, the name is one of
``ovo-cross-object-methods``, and the caller is an OVO class or a module of
one of ``ovo-cross-object-packages``; the same call from unrelated code (an
API controller) is still reported.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from astroid import nodes, util
from pylint.checkers import BaseChecker
from pylint.checkers.utils import node_frame_class, safe_infer

from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, mixins

if TYPE_CHECKING:
    from pylint.lint import PyLinter

_WRAPPED_METHOD = "_check_protected_attribute_access"
_MARKER = "pylint_oslo_review_wrapped"


def _is_protocol_attribute(attrname: str) -> bool:
    return attrname in names.PROTOCOL_ATTRIBUTES or attrname.startswith(
        names.PROTOCOL_ATTRIBUTE_PREFIX
    )


CROSS_OBJECT_METHODS = (
    "_from_db_object",
    "_from_db_object_list",
    "_get_expected_attrs",
    "_from_dict",
    "_to_dict",
)
CROSS_OBJECT_PACKAGES = ("objects", "db")


class ProtectedAccessOptions(BaseChecker):
    """The options of the protected-access adjustment (it has no messages of its own)."""

    name = "oslo-ovo-protected-access"
    msgs: dict = {}
    options = (
        (
            "ovo-cross-object-methods",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": CROSS_OBJECT_METHODS,
                "help": "Underscore methods of OVO classes that other object "
                "classes and the DB layer call by design; such calls are not "
                "protected-access there.",
            },
        ),
        (
            "ovo-cross-object-packages",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": CROSS_OBJECT_PACKAGES,
                "help": "Package names (any component of a module's dotted "
                "name) whose modules may call ovo-cross-object-methods of "
                "other OVO classes.",
            },
        ),
    )


def _is_object_class(klass: nodes.ClassDef | None) -> bool:
    """An OVO class, or a mixin only ever used beside one (``ovo.model.mixins``)."""
    if klass is None:
        return False
    return ancestry.is_versioned_object_class(klass) or mixins.view_of(klass) is not None


def _in_object_code(node: nodes.NodeNG, packages: frozenset[str]) -> bool:
    if _is_object_class(node_frame_class(node)):
        return True
    return not packages.isdisjoint(node.root().name.split("."))


@never_crash(default=False)
def is_cross_object_call(
    node: nodes.Attribute | nodes.AssignAttr, methods: frozenset[str], packages: frozenset[str]
) -> bool:
    """Whether *node* uses an OVO class's cross-object method from object or DB code."""
    if node.attrname not in methods or not _in_object_code(node, packages):
        return False
    receiver = safe_infer(node.expr)
    if isinstance(receiver, nodes.ClassDef):
        return ancestry.is_versioned_object_class(receiver)
    return ancestry.is_versioned_object(receiver)


@never_crash(default=False)
def is_ovo_protocol_access(node: nodes.Attribute | nodes.AssignAttr) -> bool:
    """Whether *node* reads or writes an OVO protocol attribute of an OVO object."""
    if not _is_protocol_attribute(node.attrname):
        return False
    receiver = safe_infer(node.expr)
    if receiver is not None and not isinstance(receiver, util.UninferableBase):
        return ancestry.is_versioned_object(receiver)
    return _is_object_class(node_frame_class(node))


def _cross_object_names(linter: PyLinter) -> tuple[frozenset[str], frozenset[str]]:
    config = linter.config
    return (
        frozenset(config.ovo_cross_object_methods),
        frozenset(config.ovo_cross_object_packages),
    )


def install(linter: PyLinter) -> None:
    """Register the options; wrap the classes checker's protected-access helper, once per checker."""
    if not any(isinstance(checker, ProtectedAccessOptions) for checker in linter.get_checkers()):
        linter.register_checker(ProtectedAccessOptions(linter))
    for checker in linter.get_checkers():
        original = getattr(checker, _WRAPPED_METHOD, None)
        if checker.name != "classes" or original is None:
            continue
        if getattr(original, _MARKER, False):
            continue

        @functools.wraps(original)
        def check(node, _original=original):
            if is_ovo_protocol_access(node):
                return None
            if node.attrname.startswith("_") and is_cross_object_call(node, *_cross_object_names(linter)):
                return None
            return _original(node)

        setattr(check, _MARKER, True)
        setattr(checker, _WRAPPED_METHOD, check)
