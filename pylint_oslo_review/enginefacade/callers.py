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

"""Callers-ward: does an unscoped root reach a helper with no scope on the way?

A helper that reads ``context.session`` with no scope of its own relies on
its callers. The summaries (``summaries``) follow calls callee-ward, so a
root that calls the helper through calls inference can follow is reported
at its call. Neutron's helpers are mostly reached another way: an RPC
endpoint calls ``self.plugin.<helper>(context)`` on the plugin that
``directory.get_plugin()`` returns, an ML2 driver's ``*_postcommit`` passes
its ``PortContext``'s ``_plugin_context`` to a module function, and the
helper's module, the one being linted, holds none of these calls.

So this goes the other way, from the helper to its callers across the
project's non-test code (``analysis.project``: the tree on disk, so the
answer does not depend on which files a ``-j`` worker lints). A call is
the helper's when inference says so, or, when inference cannot tell what
the receiver is, when it calls a method of the helper's name with
arguments its signature binds (*by name*). At each call the context is
mapped to the caller's expression for it (through a local set once from
an attribute, ``plugin_context = context._plugin_context``); then

- a scope open there on it ends this route (the helper works there);
- a caller that is an unscoped root (``roots``) is the answer;
- a caller that passes on its own parameter is followed to its callers.

Routes are bounded (depth, files per name); the shortest is taken, the
first in file and line order among equals, so it is the same in every
run. (The shortest, because a longer one is likelier to pass a guard the
search cannot read: neutron 20's ``get_host_ha_router_count`` reaches the
DVR helpers only through ``list_router_ids_on_host(..., with_dvr=False)``,
which returns before them; ``get_router_ids`` reaches them one call
sooner, and does.)
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes, util
from pylint.checkers.utils import safe_infer

from pylint_oslo_review import compat
from pylint_oslo_review.analysis import calls, project
from pylint_oslo_review.enginefacade import call_sites, contexts
from pylint_oslo_review.enginefacade.openings import context_key
from pylint_oslo_review.enginefacade.roots import Root, root
from pylint_oslo_review.enginefacade.summaries import Analysis, Facts, map_context

#: Calls between the root and the helper, at most.
MAX_DEPTH = 8
#: A name called, where a route may pass, from more files than this is too common to follow.
MAX_FILES_PER_NAME = 12


@dataclass(frozen=True)
class Route:
    """An unscoped root reaching a helper: the root, and its call on the way."""

    root: Root
    #: The call in the root function (the first call of the route).
    call: nodes.Call
    caller: nodes.FunctionDef
    #: Calls from the root to the helper.
    hops: int
    #: Every call on the way was followed by inference, and the context
    #: passed as it is (no call matched by name, no alias, no copy): the
    #: summaries see this route from the root's side too.
    inferred: bool


def _same_function(a: nodes.FunctionDef, b: nodes.FunctionDef) -> bool:
    """One definition, whichever module object astroid built for its file."""
    return a is b or (
        a.name == b.name and a.lineno == b.lineno and getattr(a.root(), "file", None) == getattr(b.root(), "file", None)
    )


def _overridden_by(bound: calls.ResolvedCall, function: nodes.FunctionDef) -> bool:
    """``self.m(...)`` in a base class, reaching *function*, which overrides that ``m``.

    Inference binds a base class's ``self.m()`` to the base's own ``m``;
    on an instance of the subclass it runs the override.
    """
    target = bound.function
    func = bound.call.func
    if target.name != function.name or not function.is_method() or not target.is_method():
        return False
    if not (isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name) and func.expr.name == "self"):
        return False
    klass, base = function.parent, target.parent
    if not isinstance(klass, nodes.ClassDef) or not isinstance(base, nodes.ClassDef):
        return False
    try:
        return any(ancestor.qname() == base.qname() for ancestor in klass.ancestors())
    except (astroid.AstroidError, RecursionError):
        return False


def _bind_by_name(call: nodes.Call, function: nodes.FunctionDef) -> calls.ResolvedCall | None:
    """``x.helper(ctx, ...)`` that inference cannot follow, bound to *function*.

    The receiver is unknown (``self.plugin``, from ``directory.get_plugin()``),
    or an instance whose class does not have the method (a mixin's ``self``:
    the method comes from another mixin of the plugin class).
    """
    if not function.is_method() or not isinstance(call.func, nodes.Attribute):
        return None
    if function.name.startswith("__"):
        return None
    receiver = safe_infer(call.func.expr)
    if isinstance(receiver, bases.Instance) and not isinstance(receiver, bases.BoundMethod):
        try:
            receiver.getattr(function.name)
        except astroid.AttributeInferenceError:
            receiver = None  # a mixin's self: another mixin has the method
        except (astroid.AstroidError, RecursionError):
            return None
    if receiver is not None and not isinstance(receiver, util.UninferableBase):
        return None  # inference knows the receiver, and it is not the helper's
    return calls.bind(call, function, 0 if function.type == "staticmethod" else 1)


def calls_of(function: nodes.FunctionDef, key: str | None = None) -> list[tuple[calls.ResolvedCall, bool]] | None:
    """(bound call, by name) for the calls of *function* in its module and across its project.

    With *key*, only the calls that may pass *key* unscoped (the helper
    search): another module's file is parsed only when the pre-scan
    (``call_sites``) leaves it such a call. Without, every call (a retry
    called inside a caller's scope). None when too many files call the
    name to follow it.
    """
    found = [(bound, False) for bound in calls.possible_calls_to(function)]
    here = getattr(function.root(), "file", None)
    if not here:
        return found
    index = project.calls_in_project(project.project_root(here))
    if index is None:
        return found
    parameters = [p.name for p in calls.positional_parameters(function)]
    candidates = []
    for path in index.files_calling(function.name):
        if path == here:
            continue  # the module's own calls, above
        sites = call_sites.sites(path, function.name) if key is not None else None
        if sites is None:
            candidates.append((path, None))
            continue
        kept = {(s.line, s.col) for s in sites if call_sites.may_pass_unscoped(s, parameters, function.type, key)}
        if kept:
            candidates.append((path, kept))
    if len(candidates) > MAX_FILES_PER_NAME:
        return None
    for path, kept in candidates:
        for call in index.calls_in(path, function.name):
            if kept is not None and (call.lineno, call.col_offset) not in kept:
                continue
            bound = calls.resolve(call)
            if bound is not None:
                if _same_function(bound.function, function) or _overridden_by(bound, function):
                    found.append((bound, False))
                continue
            bound = _bind_by_name(call, function)
            if bound is not None:
                found.append((bound, True))
    return found


def _dealias(function: nodes.FunctionDef, key: str) -> str:
    """The expression a local context stands for, when it is set once from one.

    ``context._plugin_context`` for ``plugin_context = context._plugin_context``;
    ``context`` for ``admin_ctx = context.elevated()`` or
    ``get_elevated_context(context)`` (a copy sees the scopes open on the
    original, contexts.copied_context), and for ``context if
    context.is_admin else context.elevated()``.
    """
    if "." in key or key in function.argnames():
        return key
    assignments = function.locals.get(key, [])
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return key
    statement = assignments[0].parent
    if not isinstance(statement, nodes.Assign) or len(statement.targets) != 1:
        return key
    found = _original(statement.value)
    return found if found is not None else key


def _original(value: nodes.NodeNG) -> str | None:
    """The key of the context *value* is, or copies; for ``a if cond else b``, the one both are."""
    if isinstance(value, nodes.IfExp):
        body, orelse = _original(value.body), _original(value.orelse)
        return body if body is not None and body == orelse else None
    if isinstance(value, nodes.Call):
        value = contexts.copied_context(value)
    if not isinstance(value, (nodes.Attribute, nodes.Name)):
        return None
    return context_key(value)


def _caller_key(key: str, bound: calls.ResolvedCall) -> str | None:
    """The caller's expression for the callee's context *key*; a copy passed inline counts as its original."""
    mapped = map_context(key, bound)
    if mapped is not None:
        return mapped
    name, _, rest = key.partition(".")
    original = contexts.copied_context(bound.arguments.get(name))
    found = context_key(original) if original is not None else None
    return f"{found}.{rest}" if found and rest else found


_ROUTES: WeakKeyDictionary[nodes.FunctionDef, dict[tuple[str, int], Route | None]] = WeakKeyDictionary()


def route(analysis: Analysis, function: nodes.FunctionDef, key: str) -> Route | None:
    """The first unscoped root that reaches *function* with no scope on its context *key*.

    *analysis*'s cached openings tell which scopes are open at a call.
    """
    return _route(analysis, function, key, MAX_DEPTH)


def _route(analysis: Analysis, function: nodes.FunctionDef, key: str, remaining: int) -> Route | None:
    """:func:`route` within *remaining* calls; cached per (function, key, remaining).

    The answer is a function of the code alone (no budget shared between
    questions), so the cache cannot make it depend on what was asked first.
    """
    if remaining <= 0:
        return None
    known = _ROUTES.setdefault(function, {})
    if (key, remaining) not in known:
        known[(key, remaining)] = None  # a recursion back here finds nothing new
        known[(key, remaining)] = _search(analysis, function, key, remaining)
    return known[(key, remaining)]


def _search(analysis: Analysis, function: nodes.FunctionDef, key: str, remaining: int) -> Route | None:
    try:
        found = calls_of(function, key)
    except (astroid.AstroidError, RecursionError):
        return None
    best = None
    for bound, by_name in found or ():
        caller = compat.frame(bound.call)
        if not isinstance(caller, nodes.FunctionDef) or _same_function(caller, function):
            continue
        mapped = _caller_key(key, bound)
        if mapped is None:
            continue
        caller_key = _dealias(caller, mapped)
        inferred = not by_name and mapped == caller_key == map_context(key, bound)
        if Facts(caller, *analysis.openings(caller)).active(bound.call, caller_key):
            continue
        found_root = root(caller, caller_key)
        if found_root is not None:
            return Route(found_root, bound.call, caller, 1, inferred)  # none is shorter
        if caller_key.partition(".")[0] in caller.argnames():
            outer = _route(analysis, caller, caller_key, remaining - 1)
            if outer is not None and (best is None or outer.hops + 1 < best.hops):
                best = Route(outer.root, outer.call, outer.caller, outer.hops + 1, outer.inferred and inferred)
    return best
