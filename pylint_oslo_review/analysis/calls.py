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

"""Calls: which function a call reaches, and which argument each parameter gets.

Used by the checkers that follow an object or a context into a callee.
Only calls whose arguments can be bound exactly are bound; ``*args`` or
``**kwargs`` at the call site, or a callee that cannot be inferred to a
single function, give ``None`` and the caller stays silent.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes, util
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import db_backends


@dataclass(frozen=True)
class ResolvedCall:
    """A call, the function it reaches, and the arguments of each parameter."""

    call: nodes.Call
    function: nodes.FunctionDef
    #: Number of leading parameters filled implicitly (self / cls).
    implicit: int
    #: Parameter name -> argument node, for the arguments written in the call.
    arguments: dict[str, nodes.NodeNG]
    #: Parameter name -> argument node, for arguments given by position.
    positional: dict[str, nodes.NodeNG]


def positional_parameters(function: nodes.FunctionDef) -> list[nodes.AssignName]:
    """Parameters that a positional argument can fill, in order."""
    return list(function.args.posonlyargs or ()) + list(function.args.args or ())


def first_positional(function: nodes.FunctionDef) -> nodes.AssignName | None:
    """The parameter a method's receiver (or a first argument) binds to.

    None for ``def m(*args)`` or ``def m(**kwargs)``: the receiver then
    lands in ``args[0]``, which no parameter name stands for.
    """
    params = positional_parameters(function)
    return params[0] if params else None


def callee(call: nodes.Call) -> tuple[nodes.FunctionDef, int] | None:
    """The function that *call* reaches, and how many parameters are implicit.

    None when inference cannot tell, or fails.
    """
    try:
        return _callee(call)
    except astroid.AstroidError:
        return None


def _callee(call: nodes.Call) -> tuple[nodes.FunctionDef, int] | None:
    backend = db_backends.backend_function(call.func)
    if backend is not None:
        return backend, 0
    inferred = safe_infer(call.func)
    if inferred is None or isinstance(inferred, util.UninferableBase):
        return None
    if isinstance(inferred, bases.BoundMethod):
        function = inferred._proxied  # pylint: disable=protected-access
        if isinstance(function, bases.UnboundMethod):
            function = function._proxied  # pylint: disable=protected-access
        if not isinstance(function, nodes.FunctionDef):
            return None
        implicit = 0 if function.type == "staticmethod" else 1
        return function, implicit
    if isinstance(inferred, bases.UnboundMethod):
        function = inferred._proxied  # pylint: disable=protected-access
        if not isinstance(function, nodes.FunctionDef):
            return None
        implicit = 1 if function.type == "classmethod" else 0
        return function, implicit
    if isinstance(inferred, nodes.FunctionDef) and not isinstance(inferred, nodes.Lambda):
        return inferred, 0
    return None


def bind(call: nodes.Call, function: nodes.FunctionDef, implicit: int) -> ResolvedCall | None:
    """Bind the arguments written in *call* to *function*'s parameters."""
    if any(isinstance(arg, nodes.Starred) for arg in call.args):
        return None
    if any(keyword.arg is None for keyword in call.keywords or ()):
        return None
    params = positional_parameters(function)[implicit:]
    if len(call.args) > len(params) and function.args.vararg is None:
        return None
    positional = {param.name: arg for param, arg in zip(params, call.args)}
    arguments = dict(positional)
    known = {p.name for p in params} | {p.name for p in function.args.kwonlyargs or ()}
    for keyword in call.keywords or ():
        if keyword.arg in arguments:
            return None  # TypeError at runtime: not ours to report
        if keyword.arg not in known and function.args.kwarg is None:
            return None
        arguments[keyword.arg] = keyword.value
    return ResolvedCall(call, function, implicit, arguments, positional)


def bind_partially(call: nodes.Call, function: nodes.FunctionDef, implicit: int) -> ResolvedCall | None:
    """Bind what can be told of a call that passes ``*args`` or ``**kwargs``.

    The positional arguments written before the first starred one, and the
    named keywords: a parameter missing from the result may be filled by
    the starred arguments. For questions where a missed caller would turn
    into a false report.
    """
    params = positional_parameters(function)[implicit:]
    positional = {}
    for param, argument in zip(params, call.args):
        if isinstance(argument, nodes.Starred):
            break
        positional[param.name] = argument
    arguments = dict(positional)
    for keyword in call.keywords or ():
        if keyword.arg is not None:
            arguments[keyword.arg] = keyword.value
    return ResolvedCall(call, function, implicit, arguments, positional)


def resolve(call: nodes.Call) -> ResolvedCall | None:
    """Resolve and bind *call*, or None when either cannot be done exactly."""
    found = callee(call)
    return bind(call, *found) if found is not None else None


_CALLS_BY_NAME: WeakKeyDictionary[nodes.Module, dict[str, list[nodes.Call]]] = (
    WeakKeyDictionary()
)


def calls_by_name(module: nodes.Module) -> dict[str, list[nodes.Call]]:
    """Every call in *module*, indexed by the called name (``f`` or ``x.f``)."""
    index = _CALLS_BY_NAME.get(module)
    if index is None:
        index = {}
        for call in module.nodes_of_class(nodes.Call):
            func = call.func
            name = (
                func.name
                if isinstance(func, nodes.Name)
                else func.attrname if isinstance(func, nodes.Attribute) else None
            )
            if name is not None:
                index.setdefault(name, []).append(call)
        _CALLS_BY_NAME[module] = index
    return index


def calls_to(function: nodes.FunctionDef) -> list[ResolvedCall]:
    """The calls in *function*'s module that reach it, bound."""
    resolved = []
    for call in calls_by_name(function.root()).get(function.name, ()):
        bound = resolve(call)
        if bound is not None and bound.function is function:
            resolved.append(bound)
    return resolved


def possible_calls_to(function: nodes.FunctionDef, partial: bool = False) -> list[ResolvedCall]:
    """The calls in *function*'s module that reach it, or may.

    Besides the calls of ``calls_to``, those that inference cannot follow
    but are spelled as a call of *function*: ``f(...)`` for a module-level
    function, ``self.f(...)``/``cls.f(...)`` for a method (neutron's methods
    behind an uninferable decorator). For questions like "may a caller hold
    a scope?", where a missed caller would turn into a false report. With
    *partial*, calls passing ``*args``/``**kwargs`` too, bound as far as
    they can be (``bind_partially``).
    """
    binder = _bind_or_partially if partial else bind
    found = []
    for call in calls_by_name(function.root()).get(function.name, ()):
        bound = resolve(call)
        if bound is None and partial:
            reached = callee(call)
            if reached is not None and reached[0] is function:
                bound = bind_partially(call, *reached)
        if bound is None:
            bound = _bind_by_spelling(call, function, binder)
        if bound is not None and bound.function is function:
            found.append(bound)
    return found


def _bind_or_partially(call: nodes.Call, function: nodes.FunctionDef, implicit: int) -> ResolvedCall | None:
    return bind(call, function, implicit) or bind_partially(call, function, implicit)


def _bind_by_spelling(call: nodes.Call, function: nodes.FunctionDef, binder=bind) -> ResolvedCall | None:
    func = call.func
    if isinstance(func, nodes.Name) and not function.is_method():
        return binder(call, function, 0)
    if (
        isinstance(func, nodes.Attribute)
        and isinstance(func.expr, nodes.Name)
        and func.expr.name in ("self", "cls")
        and function.is_method()
    ):
        return binder(call, function, 0 if function.type == "staticmethod" else 1)
    return None
