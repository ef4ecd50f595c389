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

"""Astroid hooks for mixins only ever used beside a VersionedObject base.

Inside a method of such a mixin (``pylint_oslo_review.ovo.model.mixins``),
``self`` is at runtime an instance of one of the VersionedObject classes
that use it. astroid infers it as an instance of the mixin alone, so pylint
reports ``no-member`` on ``self.obj_name()``, ``self._context`` or a field.

Here ``self`` (and ``cls`` in a classmethod) infers to a *view* of the
mixin: a class that derives from the mixin and then from the bases every
user shares (the project base, ``VersionedObject``, a dict-compat mixin),
with one unknown-valued attribute per field that every user declares. A
name no user has in common is still ``no-member``. When the model has no
view (some use lacks the base, the users cannot all be seen), inference is
astroid's own.

The predicate is syntactic (the first parameter of a method, read in that
method's own body); the model is asked only when such a name is inferred.
"""

from __future__ import annotations

from collections.abc import Iterator
from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes
from astroid.builder import AstroidBuilder
from astroid.inference_tip import inference_tip

from pylint_oslo_review.brain import synthetic
from pylint_oslo_review.ovo.model import mixins

_VIEW_MODULE = "pylint_oslo_review_mixin_view"
_VIEW_CLASSES: WeakKeyDictionary[nodes.ClassDef, nodes.ClassDef | None] = WeakKeyDictionary()


_NESTED_SCOPES = (nodes.Lambda, nodes.GeneratorExp, nodes.ListComp, nodes.SetComp, nodes.DictComp)


def _method_of(node: nodes.Name) -> nodes.FunctionDef | None:
    """The method whose first parameter *node* names (read there or in a nested comprehension)."""
    scope = node.scope()
    while isinstance(scope, _NESTED_SCOPES) and not isinstance(scope, nodes.FunctionDef):
        scope = scope.parent.scope()
    if not isinstance(scope, nodes.FunctionDef) or not isinstance(scope.parent, nodes.ClassDef):
        return None
    arguments = scope.args.posonlyargs or scope.args.args
    if not arguments or arguments[0].name != node.name:
        return None
    return scope


_IN_OBJECTS: WeakKeyDictionary[nodes.Module, bool] = WeakKeyDictionary()


def _module_in_objects_package(module: nodes.Module) -> bool:
    if module not in _IN_OBJECTS:
        _IN_OBJECTS[module] = mixins.module_in_objects_package(module)
    return _IN_OBJECTS[module]


def _looks_like_first_parameter(node: nodes.Name) -> bool:
    # Only modules of an objects package get the tip: a tip on every 'self'
    # of every library changes how astroid infers some of them (oslo.db's
    # enginefacade properties), even when it falls back to the default.
    return (
        node.name in ("self", "cls")
        and _method_of(node) is not None
        and _module_in_objects_package(node.root())
    )


def _infer_base(node: nodes.Name, context=None) -> Iterator[nodes.NodeNG]:  # pylint: disable=unused-argument
    return iter((node.view_base,))


_base_tip = inference_tip(_infer_base)


def _build_view_class(view: mixins.MixinView) -> nodes.ClassDef | None:
    mixin = view.mixin
    chain = (mixin, *view.bases)
    placeholders = ", ".join(f"__view_base_{index}__" for index in range(len(chain)))
    builder = AstroidBuilder(astroid.MANAGER, apply_transforms=False)
    module = builder.string_build(f"class {mixin.name}({placeholders}):\n    pass\n", modname=_VIEW_MODULE)
    classdef = module.body[0]
    for placeholder, base in zip(classdef.bases, chain):
        placeholder.view_base = base
        _base_tip(placeholder)
    classdef.parent = mixin.parent
    for node in (classdef, *classdef.bases, *classdef.body):
        node.lineno, node.col_offset = mixin.lineno, mixin.col_offset
        node.end_lineno, node.end_col_offset = mixin.end_lineno, mixin.end_col_offset
    try:
        classdef.mro()
    except (astroid.AstroidError, RecursionError):
        return None
    missing = []
    for name in view.shared_names:
        try:
            classdef.getattr(name)
        except astroid.AttributeInferenceError:
            missing.append(name)
    synthetic.add_attributes(
        classdef, (synthetic.AttributeSpec(name, mixin, synthetic.uninferable) for name in missing)
    )
    return classdef


def view_class(mixin: nodes.ClassDef) -> nodes.ClassDef | None:
    """The class ``self`` is seen as inside *mixin*'s methods, or None."""
    if mixin not in _VIEW_CLASSES:
        view = mixins.view_of(mixin)
        _VIEW_CLASSES[mixin] = _build_view_class(view) if view is not None else None
    return _VIEW_CLASSES[mixin]


def _infer_first_parameter(node: nodes.Name, context=None) -> Iterator[nodes.NodeNG]:  # pylint: disable=unused-argument
    method = _method_of(node)
    # The file test first: it infers nothing, and most classes stop there.
    if method is None or not mixins.in_objects_package(method.parent):
        raise astroid.UseInferenceDefault
    if method.type not in ("method", "classmethod"):
        raise astroid.UseInferenceDefault
    bound = getattr(context, "boundnode", None)
    bound_class = bound if isinstance(bound, nodes.ClassDef) else getattr(bound, "_proxied", None)
    if isinstance(bound_class, nodes.ClassDef) and bound_class is not method.parent:
        # Reached through a user (ZoneAttributeList.from_list(...)): self or
        # cls is that class, which astroid's own inference gives.
        raise astroid.UseInferenceDefault
    if node.lookup(node.name)[1] != [method.args.posonlyargs[0] if method.args.posonlyargs else method.args.args[0]]:
        # Rebound in the body: whatever it was assigned.
        raise astroid.UseInferenceDefault
    classdef = view_class(method.parent)
    if classdef is None:
        raise astroid.UseInferenceDefault
    if method.type == "classmethod":
        return iter((classdef,))
    return iter((bases.Instance(classdef),))


_first_parameter_tip = inference_tip(_infer_first_parameter)


def add_mixin_view(node: nodes.Name) -> nodes.Name:
    """Let ``self`` in a mixin's method infer to the mixin's view, when there is one."""
    if node._explicit_inference is None:  # pylint: disable=protected-access
        _first_parameter_tip(node)
    return node


TRANSFORMS = ((nodes.Name, add_mixin_view, _looks_like_first_parameter),)
