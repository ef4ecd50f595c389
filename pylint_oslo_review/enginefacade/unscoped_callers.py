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

"""Callers-ward: a caller, anywhere in the project, that calls a scope with none open.

A scope on a context passed in joins the caller's transaction when the
caller holds one, and starts its own when it does not; what escapes it
(a query returned unrun) is harmless in the first case only. The model
sees the callers in the function's module (``Analysis.caller_transactions``):
when one of them holds a scope, the function is taken to be called inside
one. neutron's ``objects/db/api.py`` ``_get_filter_query`` is such a
function: ``update_objects`` calls it inside a writer, while
``get_object`` calls it with none, and is called with none from other
modules (``subnetpool.py``'s ``validate_rbac_policy_create``).

So this follows the callers, as ``callers`` does for helpers, across the
project's non-test code, to a caller that holds no scope on the context
and that its own callers cannot have given one:

- an unscoped root (``roots.root``: a new context, a remotable method,
  an RPC endpoint, ...);
- a function that opens its own scope on that context elsewhere, not
  around the call (written to be called without one), that no caller in
  its module calls inside a scope.

Only calls that inference follows count (no call matched by name): a
missed caller loses a finding, a wrong one would make one up. A call in
another module is looked for in the files that name the callee's module
(an import of it), so a common name (``get_object``) stays cheap.

The scope may be opened by a class the function is given, ``with
obj_cls.db_context_reader(context):`` on a parameter ``obj_cls``; then
the route must also show what it is: the class the caller passes, whose
method returns ``<manager>.using(<context>)`` (``openings._using_wrapper``,
neutron's ``NeutronDbObject.db_context_reader``). Otherwise it is not known
to be a scope at all, and no route is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review import compat
from pylint_oslo_review.analysis import calls, project
from pylint_oslo_review.enginefacade import callers
from pylint_oslo_review.enginefacade.openings import _UNKNOWN_ROOT, Opening, _using_wrapper, base_name
from pylint_oslo_review.enginefacade.roots import root
from pylint_oslo_review.enginefacade.summaries import Analysis, Facts

#: Calls between the unscoped caller and the function, at most.
MAX_DEPTH = 6
#: Files naming the callee's module and calling its name, at most.
MAX_FILES = 24


@dataclass(frozen=True)
class Unscoped:
    """A caller that calls the function, through *hops* calls, with no scope on the context."""

    caller: nodes.FunctionDef
    #: Its call, the first of the route.
    call: nodes.Call
    #: Why it holds none: "its scope at line 128 does not cover it", a root's reason.
    reason: str
    hops: int


def maybe_no_scope(opening: Opening) -> bool:
    """``with something(context):`` that the model counts as a scope without knowing it is one.

    ``openings._unresolved_opening``: not ``.using()``, its callee unknown.
    """
    node = opening.node
    return (
        opening.block is not None
        and opening.manager.root.startswith(_UNKNOWN_ROOT)
        and isinstance(node, nodes.Call)
        and not (isinstance(node.func, nodes.Attribute) and node.func.attrname == "using")
    )


def class_parameter(function: nodes.FunctionDef, opening: Opening) -> str | None:
    """``obj_cls`` for ``with obj_cls.<method>(context):`` on a parameter ``obj_cls``, else None."""
    node = opening.node
    if not (
        opening.block is not None
        and isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and isinstance(node.func.expr, nodes.Name)
        and node.func.attrname != "using"
    ):
        return None
    name = node.func.expr.name
    return name if name in function.argnames() else None


def opens_on_class(expression: nodes.NodeNG, method: str) -> bool:
    """Whether the class (or instance) *expression* is has a *method* that returns ``<manager>.using(<arg>)``."""
    found = safe_infer(expression)
    if isinstance(found, bases.Instance) and not isinstance(found, bases.BoundMethod):
        found = found._proxied
    if not isinstance(found, nodes.ClassDef):
        return False
    try:
        defined = found.getattr(method)
    except (astroid.AstroidError, RecursionError):
        return False
    functions = [d for d in defined if isinstance(d, nodes.FunctionDef)]
    return len(functions) == 1 and _using_wrapper(functions[0]) is not None


_FOUND: WeakKeyDictionary[nodes.FunctionDef, dict[tuple, Unscoped | None]] = WeakKeyDictionary()


def unscoped_caller(
    analysis: Analysis, function: nodes.FunctionDef, key: str, klass: tuple[str, str] | None = None
) -> Unscoped | None:
    """The nearest caller that calls *function* with no scope open on its context *key*.

    *klass*, (parameter, method), when the scope is opened by a method of
    the class passed in that parameter: the route must bind it to a class
    whose method opens a scope. The nearest, then the first in module,
    file and line order: the same in every run.
    """
    return _nearest(analysis, function, key, klass, MAX_DEPTH)


def _nearest(analysis, function, key, klass, remaining) -> Unscoped | None:
    if remaining <= 0:
        return None
    known = _FOUND.setdefault(function, {})
    question = (key, klass, remaining)
    if question not in known:
        known[question] = None  # a recursion back here finds nothing new
        try:
            known[question] = _search(analysis, function, key, klass, remaining)
        except (astroid.AstroidError, RecursionError):
            known[question] = None
    return known[question]


def _search(analysis, function, key, klass, remaining) -> Unscoped | None:
    best = None
    for bound in _calls_of(function):
        caller = compat.frame(bound.call)
        if not isinstance(caller, nodes.FunctionDef) or callers._same_function(caller, function):
            continue
        keys = _caller_keys(caller, key, bound)
        facts = Facts(caller, *analysis.openings(caller))
        if not keys or any(facts.active(bound.call, k) for k in keys):
            continue  # not the context, or the scope joins this caller's transaction
        argument = bound.arguments.get(klass[0]) if klass else None
        if klass and argument is None:
            continue
        reason = _holds_none(analysis, facts, keys)
        if reason is not None:
            if klass is None or opens_on_class(argument, klass[1]):
                return Unscoped(caller, bound.call, reason, 1)  # none is nearer
            continue
        outer_klass = _outer_class(caller, argument, klass)
        if outer_klass is False:
            continue
        for outer_key in keys:
            if base_name(outer_key) not in caller.argnames():
                continue
            outer = _nearest(analysis, caller, outer_key, outer_klass, remaining - 1)
            if outer is not None and (best is None or outer.hops + 1 < best.hops):
                best = Unscoped(outer.caller, outer.call, outer.reason, outer.hops + 1)
    return best


def _caller_keys(caller: nodes.FunctionDef, key: str, bound: calls.ResolvedCall) -> list[str]:
    """The caller's spellings of the context: as passed, and what a local set from it stands for."""
    mapped = callers._caller_key(key, bound)
    return sorted({mapped, callers._dealias(caller, mapped)}) if mapped is not None else []


def _outer_class(caller: nodes.FunctionDef, argument: nodes.NodeNG | None, klass: tuple[str, str] | None):
    """What the caller's callers must show of the class: its parameter, None when shown here, False when not a scope."""
    if klass is None:
        return None
    if isinstance(argument, nodes.Name) and argument.name in caller.argnames():
        return (argument.name, klass[1])
    return None if opens_on_class(argument, klass[1]) else False


def _holds_none(analysis: Analysis, facts: Facts, keys: list[str]) -> str | None:
    """Why no scope can be open on the context (one of its *keys*) where *facts*' function calls, or None."""
    function = facts.function
    for key in keys:
        found = root(function, key)
        if found is not None:
            return found.reason
    own = [o for o in facts.openings if o.context in keys]
    if not own:
        return None
    for key in keys:
        if facts.is_parameter_path(key) and any(t is not None for t in analysis.caller_transactions(function, key)):
            return None
    if not any(facts.is_parameter_path(key) or root(function, key) for key in keys):
        return None  # a local we cannot follow: it may be given a scope some other way
    return f"its scope at line {own[0].node.lineno} does not cover it"


def _calls_of(function: nodes.FunctionDef) -> list[calls.ResolvedCall]:
    """The calls inference follows to *function*: in its module, and in the files importing it."""
    found = _bound_calls(function.root(), function)
    here = getattr(function.root(), "file", None)
    if not here:
        return found
    index = project.calls_in_project(project.project_root(here))
    if index is None:
        return found
    module_name = function.root().name
    package, _, last = module_name.rpartition(".")
    files = [
        path
        for path in index.files_calling(function.name)
        if path != here and _names_module(project.text(path), module_name, package, last)
    ]
    if len(files) > MAX_FILES:
        return found
    for path in files:
        parsed = project.module(path, project.project_root(here))
        if parsed is None:
            continue
        found.extend(_bound_calls(parsed, function))
    return found


def _bound_calls(module: nodes.Module, function: nodes.FunctionDef) -> list[calls.ResolvedCall]:
    found = []
    for call in calls.calls_by_name(module).get(function.name, ()):
        bound = _bound(call, function)
        if bound is not None:
            found.append(bound)
    return found


def _names_module(text: str, module_name: str, package: str, last: str) -> bool:
    """Whether *text* may import the module: it spells its dotted name, or its package and its name."""
    if module_name in text:
        return True
    return bool(package) and f"from {package} import {last}" in text


def _bound(call: nodes.Call, function: nodes.FunctionDef) -> calls.ResolvedCall | None:
    """*call* bound to *function* when inference says it reaches it (``**kwargs`` bound as far as they can be)."""
    reached = calls.callee(call)
    if reached is None or not callers._same_function(reached[0], function):
        return None
    return calls.bind(call, *reached) or calls.bind_partially(call, *reached)
