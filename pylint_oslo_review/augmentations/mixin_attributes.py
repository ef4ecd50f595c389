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

"""Attributes a mixin's users define in ``__init__`` are defined for the mixin too.

``attribute-defined-outside-init`` and ``access-member-before-definition``
are decided from the class's own definitions and its ancestors', not from
inference, so the mixin view (``pylint_oslo_review.ovo.model.mixins``)
cannot reach them: in cinder's ``CinderPersistentObject.obj_as_admin``,
``self._context = self._context.elevated()`` gets both, although every
class that uses the mixin is a VersionedObject, whose ``__init__`` sets
``_context``.

For a mixin that has a view, and only for the attributes that one of the
view's shared bases defines (a class attribute, or an assignment in one of
``defining-attr-methods``) or that every user declares as a field, the two
messages are dropped; every other attribute keeps them. The classes
checker's per-class helper is wrapped, so pylint still skips it when its
messages are disabled.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from astroid import nodes

from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo.model import ancestry, mixins

if TYPE_CHECKING:
    from pylint.lint import PyLinter

_WRAPPED_METHOD = "_check_attribute_defined_outside_init"
_MARKER = "pylint_oslo_review_wrapped_mixins"
_SYMBOLS = ("attribute-defined-outside-init", "access-member-before-definition")


def _defined_by(klass: nodes.ClassDef, attr: str, defining_methods: frozenset[str]) -> bool:
    if attr in klass.locals:
        return True
    return any(node.frame().name in defining_methods for node in klass.instance_attrs.get(attr, ()))


@never_crash(default=frozenset())
def shared_definitions(classdef: nodes.ClassDef, defining_methods: frozenset[str]) -> frozenset[str]:
    """The attribute names every user of the mixin *classdef* defines up front."""
    view = mixins.view_of(classdef)
    if view is None:
        return frozenset()
    classes = {klass for base in view.bases for klass in ancestry.lineage(base)}
    found = {
        attr
        for klass in classes
        if klass.root().name != "builtins"
        for attr in (*klass.locals, *klass.instance_attrs)
        if _defined_by(klass, attr, defining_methods)
    }
    return frozenset(found | set(view.shared_names))


def _attribute_of(symbol: str, args) -> str | None:
    if symbol == "attribute-defined-outside-init":
        return args if isinstance(args, str) else None
    if isinstance(args, tuple) and args and isinstance(args[0], str):
        return args[0]
    return None


def install(linter: PyLinter) -> None:
    """Wrap the classes checker's per-class attribute check, once per checker."""
    for checker in linter.get_checkers():
        original = getattr(checker, _WRAPPED_METHOD, None)
        if checker.name != "classes" or original is None or getattr(original, _MARKER, False):
            continue

        @functools.wraps(original)
        def check(cnode, _original=original, _checker=checker):
            defined = frozenset()
            if isinstance(cnode, nodes.ClassDef):
                defining = frozenset(linter.config.defining_attr_methods)
                defined = shared_definitions(cnode, defining)
            if not defined:
                return _original(cnode)
            add_message = _checker.add_message

            def filtered(msgid, *args, **kwargs):
                attr = _attribute_of(msgid, kwargs.get("args"))
                if msgid in _SYMBOLS and attr in defined:
                    return None
                return add_message(msgid, *args, **kwargs)

            own = vars(_checker).get("add_message")
            _checker.add_message = filtered
            try:
                return _original(cnode)
            finally:
                if own is None:
                    del _checker.add_message
                else:
                    _checker.add_message = own

        setattr(check, _MARKER, True)
        setattr(checker, _WRAPPED_METHOD, check)
