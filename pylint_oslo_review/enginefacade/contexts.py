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

"""What kind of request context an expression holds.

- A **fresh** context, built in the function (``get_admin_context()``, the
  context class called directly), has no transaction state yet
  (``_enginefacade_context`` is created lazily, enginefacade.py
  L1243-1252): no caller's scope can cover it. ``ctx.elevated()`` and
  copies are *not* fresh: they share the state of a context already used in
  a scope.
- neutron-lib's ``Context`` overrides ``session`` (neutron_lib/context.py):
  outside a scope it falls back to an autonomous writer session instead of
  raising.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import instances

#: Classes whose ``session`` falls back to ``db_api.get_writer_session()``.
_FALLBACK_SESSION_CLASSES = frozenset({"neutron_lib.context.Context"})
_PROVIDER_ATTRIBUTE = "transaction_ctx"
#: Context methods that return a copy of the context (oslo.context's, neutron-lib's).
_COPYING_METHODS = frozenset({"elevated"})


class Kind(enum.Enum):
    """How ``<context>.session`` behaves outside a scope."""

    #: raises NoEngineContextEstablished (oslo.db's provider properties)
    RAISES = "raises"
    #: neutron-lib: an implicit autonomous writer session
    FALLBACK = "fallback"


def class_kind(cls: nodes.ClassDef) -> Kind | None:
    """How *cls*'s ``session`` behaves outside a scope, or None if not a context class."""
    for klass in [cls, *cls.ancestors()]:
        if klass.qname() in _FALLBACK_SESSION_CLASSES:
            return Kind.FALLBACK
    try:
        cls.getattr(_PROVIDER_ATTRIBUTE)
    except astroid.AttributeInferenceError:
        return None
    return Kind.RAISES


def _annotation(name: nodes.NodeNG) -> nodes.NodeNG | None:
    """The annotation of the parameter *name* refers to (``context: Context``)."""
    if not isinstance(name, nodes.Name):
        return None
    function = name.scope()
    if not isinstance(function, nodes.FunctionDef):
        return None
    arguments = function.args
    for param, annotation in zip(arguments.args or (), arguments.annotations or ()):
        if param.name == name.name:
            return annotation
    return None


def expression_kind(expression: nodes.NodeNG) -> Kind | None:
    """The kind of the context *expression* infers to, or None when unknown.

    A parameter is known by its annotation, if it has one.
    """
    cls = instances.class_of(safe_infer(expression))
    if cls is None:
        annotation = _annotation(expression)
        inferred = safe_infer(annotation) if annotation is not None else None
        cls = inferred if isinstance(inferred, nodes.ClassDef) else None
    return class_kind(cls) if cls is not None else None


def _without_copies(value: nodes.NodeNG | None) -> nodes.NodeNG | None:
    """``Context(...).elevated()`` is as new as ``Context(...)`` (a copy of it).

    neutron-lib's ``get_admin_context()`` returns one.
    """
    while (
        isinstance(value, nodes.Call)
        and isinstance(value.func, nodes.Attribute)
        and value.func.attrname in _COPYING_METHODS
        and isinstance(value.func.expr, nodes.Call)
    ):
        value = value.func.expr
    return value


def _built_class(call: nodes.NodeNG) -> nodes.ClassDef | None:
    """The context class a call builds a new instance of, or None.

    The class itself, or a function whose every return builds one.
    """
    if not isinstance(call, nodes.Call):
        return None
    if isinstance(call.func, nodes.Attribute) and not isinstance(safe_infer(call.func.expr), nodes.Module):
        return None  # a method (ctx.elevated(), copy.copy(ctx) is a function though)
    function = safe_infer(call.func)
    if isinstance(function, nodes.ClassDef):
        return function if class_kind(function) is not None else None
    if not isinstance(function, nodes.FunctionDef) or function.is_method():
        return None
    returns = [r for r in function.nodes_of_class(nodes.Return) if r.scope() is function]
    built = set()
    for returned in returns:
        value = _without_copies(returned.value)
        cls = safe_infer(value.func) if isinstance(value, nodes.Call) else None
        if not isinstance(cls, nodes.ClassDef) or class_kind(cls) is None:
            return None
        built.add(cls)
    return built.pop() if len(built) == 1 else None


def _returned_copy(function: nodes.FunctionDef) -> str | None:
    """The parameter whose ``elevated()`` copy *function* returns, or None.

    ``def get_elevated_context(context): admin = context.elevated(); ...;
    return admin`` (neutron/common/utils.py).
    """
    returns = [r for r in function.nodes_of_class(nodes.Return) if r.scope() is function]
    if len(returns) != 1 or returns[0].value is None:
        return None
    value = returns[0].value
    if isinstance(value, nodes.Name):
        assignments = function.locals.get(value.name, [])
        if len(assignments) != 1 or not isinstance(assignments[0].parent, nodes.Assign):
            return None
        value = assignments[0].parent.value
    if (
        isinstance(value, nodes.Call)
        and isinstance(value.func, nodes.Attribute)
        and value.func.attrname in _COPYING_METHODS
        and isinstance(value.func.expr, nodes.Name)
        and value.func.expr.name in function.argnames()
    ):
        return value.func.expr.name
    return None


def copied_context(call: nodes.NodeNG) -> nodes.NodeNG | None:
    """The context that *call* copies (``ctx.elevated()``, ``get_elevated_context(ctx)``), or None.

    A copy shares the original's transaction state once a scope has been
    opened on it (``copy.copy`` keeps its ``_enginefacade_context``): a
    scope a caller holds on the original covers the copy.
    """
    if not isinstance(call, nodes.Call):
        return None
    if isinstance(call.func, nodes.Attribute) and call.func.attrname in _COPYING_METHODS and not call.args:
        return call.func.expr
    function = safe_infer(call.func)
    if not isinstance(function, nodes.FunctionDef) or function.is_method():
        return None
    param = _returned_copy(function)
    if param is None or any(isinstance(a, nodes.Starred) for a in call.args):
        return None
    names = [p.name for p in function.args.args or ()]
    position = names.index(param)
    if position < len(call.args):
        return call.args[position]
    return next((k.value for k in call.keywords or () if k.arg == param), None)


@dataclass(frozen=True)
class FreshContext:
    """A context built in the function: no caller's scope can be open on it."""

    line: int
    kind: Kind


def fresh_context(function: nodes.FunctionDef, key: str) -> FreshContext | None:
    """Where and of which kind *key*, a local of *function*, is set to a new context."""
    if "." in key:
        return None
    assignments = function.locals.get(key, [])
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return None
    statement = assignments[0].parent
    if not isinstance(statement, nodes.Assign) or len(statement.targets) != 1:
        return None
    cls = _built_class(statement.value)
    return FreshContext(statement.lineno, class_kind(cls)) if cls is not None else None


#: neutron's DeclarativeObject metaclass wraps these methods of every
#: NeutronDbObject with a db_model in ``with self.db_context_writer(
#: self.obj_context)`` (neutron/objects/base.py, _guarantee_rw_subtransaction).
_NEUTRON_WRITER_WRAPPED = ("create", "update")
_NEUTRON_DB_OBJECT = "neutron.objects.base.NeutronDbObject"


def wrapped_in_writer(function: nodes.FunctionDef, context: str) -> bool:
    """Whether a metaclass runs *function* inside a writer scope on *context*."""
    if function.name not in _NEUTRON_WRITER_WRAPPED or context != "self.obj_context":
        return False
    cls = function.parent.frame() if function.parent else None
    if not isinstance(cls, nodes.ClassDef):
        return False
    return any(ancestor.qname() == _NEUTRON_DB_OBJECT for ancestor in [cls, *cls.ancestors()])
