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

"""Astroid hooks for oslo.versionedobjects methods.

``remotable_classmethod`` (base.py) wraps the function in ``classmethod``.
astroid only recognises a classmethod-returning decorator when it can infer
it, which fails through re-exports such as ``nova.objects.base`` (and, in
nova, through the ``TYPE_CHECKING`` star imports), so the method is taken
for an instance method: ``no-self-argument`` on its ``cls`` and
``no-value-for-parameter`` at every call. Its kind is set explicitly here.
``remotable`` keeps the decorated function's signature and kind (its
wrapper passes every argument through), which astroid already gets right.

Some methods of the OVO base classes raise ``NotImplementedError`` although a
subclass only needs them when they are called (``save``, ``obj_load_attr``;
see ``pylint_oslo_review.ovo.names.OPTIONAL_HOOKS``). astroid reports such a
method as abstract, so pylint prints ``abstract-method`` for nearly every OVO
class. Those hooks are marked as not abstract.
"""

from __future__ import annotations

from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.spelling import terminal_name


def _looks_like_remotable_classmethod(node: nodes.FunctionDef) -> bool:
    return node.decorators is not None and any(
        terminal_name(d) == names.REMOTABLE_CLASSMETHOD
        for d in node.decorators.nodes
    )


def make_classmethod(node: nodes.FunctionDef) -> nodes.FunctionDef:
    """Record that the decorated function is a classmethod."""
    # FunctionDef.type is a cached property: setting it stores the answer.
    node.type = "classmethod"
    return node


def _qualified_method_name(node: nodes.FunctionDef) -> str | None:
    classdef = node.parent
    if not isinstance(classdef, nodes.ClassDef):
        return None
    return f"{classdef.qname()}.{node.name}"


def _looks_like_optional_hook(node: nodes.FunctionDef) -> bool:
    # Cheap test first: only a handful of method names qualify.
    if node.name not in _OPTIONAL_HOOK_NAMES:
        return False
    return _qualified_method_name(node) in names.OPTIONAL_HOOKS


def _never_abstract(pass_is_abstract=True, any_raise_is_abstract=False) -> bool:  # pylint: disable=unused-argument
    return False


def mark_not_abstract(node: nodes.FunctionDef) -> nodes.FunctionDef:
    """Make ``FunctionDef.is_abstract()`` answer False for an optional hook."""
    node.is_abstract = _never_abstract
    return node


_OPTIONAL_HOOK_NAMES = frozenset(qname.rsplit(".", 1)[1] for qname in names.OPTIONAL_HOOKS)

TRANSFORMS = (
    (nodes.FunctionDef, make_classmethod, _looks_like_remotable_classmethod),
    (nodes.FunctionDef, mark_not_abstract, _looks_like_optional_hook),
)
