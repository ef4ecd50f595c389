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

"""A syntactic pre-scan of a caller's file: which calls of a name may pass an unscoped context.

The callers-ward search (``callers``) asks, for a helper, every call of its
name across the project. Building a caller's module with astroid is most of
what that costs (the build infers, and imports what it infers from), and
most calls end the route at once: they sit in a ``with <m>.using(context):``
block on the context they pass, or at module level, or the file only
*defines* a function of that name. Python's own ``ast`` tells these apart
in a fraction of the time, so a file is handed to astroid only when one of
its calls may still be part of a route.

The test is conservative: a call is dropped only where the astroid side
would drop it too (``Facts.active`` on the caller's key, or a caller that
is no function). Anything this module cannot read is kept for astroid.
The sites are cached per file, with its modification time and size.
"""

from __future__ import annotations

import ast
import gc
import os
from collections import OrderedDict
from dataclasses import dataclass

from pylint_oslo_review.analysis import project

#: How many files' sites are kept (a bound on memory, not on the answer).
MAX_FILES = 2048


@dataclass(frozen=True)
class Site:  # pylint: disable=too-many-instance-attributes
    """One call of a name, as the source spells it."""

    line: int
    col: int
    #: In a function's own body (not a lambda, class body or module level).
    in_function: bool
    #: Not decidable here (a decorator, a default, ``*args``/``**kwargs``): astroid decides.
    unknown: bool
    #: The positional arguments' context keys (None: not a key this can follow).
    positional: tuple[str | None, ...]
    #: The keyword arguments' context keys.
    keywords: tuple[tuple[str, str | None], ...]
    #: The receiver's key in ``x.name(...)``.
    receiver: str | None
    #: ``x.name(...)`` on what is spelt as an instance (``self``, ``self.plugin``,
    #: ``super()``): a method is reached bound, its receiver fills ``self``.
    on_instance: bool
    #: The keys a ``with <m>.using(<key>):`` block around the call is open on.
    scoped: frozenset[str]


_FILES: OrderedDict[str, tuple[tuple[int, int], dict[str, list[Site]] | None]] = OrderedDict()


def sites(path: str, name: str) -> list[Site] | None:
    """The calls of *name* in the file at *path*, in line order; None when the file cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    stamp = (status.st_mtime_ns, status.st_size)
    cached = _FILES.get(path)
    if cached is None or cached[0] != stamp:
        cached = (stamp, _scan(project.text(path)))
        _FILES[path] = cached
        while len(_FILES) > MAX_FILES:
            _FILES.popitem(last=False)
    else:
        _FILES.move_to_end(path)
    found = cached[1]
    return None if found is None else found.get(name, [])


def clear_cache() -> None:
    """Forget every file (tests; pylint's clear-cache-post-run)."""
    _FILES.clear()


def _scan(source: str) -> dict[str, list[Site]] | None:
    """Every call's site, by called name.

    The collector is off meanwhile: the new tree's many objects would
    otherwise start full collections over astroid's much larger heap,
    which cost more than the parse.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        tree = ast.parse(source)
        parents = {}
        calls = []
        stack = [tree]
        while stack:
            node = stack.pop()
            for child in ast.iter_child_nodes(node):
                parents[child] = node
                stack.append(child)
            if isinstance(node, ast.Call):
                calls.append(node)
        functions: dict[ast.AST, _Function] = {}
        found: dict[str, list[Site]] = {}
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            name = _called_name(call)
            if name is not None:
                found.setdefault(name, []).append(_site(parents, functions, call))
        return found
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    finally:
        if enabled:
            gc.enable()


def may_pass_unscoped(site: Site, parameters: list[str], kind: str, key: str) -> bool:
    """Whether *site* may give a helper its context *key* outside a scope on it.

    *parameters* are the helper's positional parameters, *kind* its type
    (``function``, ``method``, ``classmethod``, ``staticmethod``). The
    argument that binds the key's parameter is the keyword of its name, or
    the one at its position less the implicit parameters (``calls.callee``:
    one for a bound method or a classmethod; when the spelling cannot tell,
    either), or the receiver for an implicit first parameter. A call whose
    every such argument is a key with a scope open on it ends its route.
    """
    if site.unknown:
        return True
    if not site.in_function:
        return False
    base, _, rest = key.partition(".")
    keywords = dict(site.keywords)
    if base in keywords:
        candidates = [keywords[base]]
    elif base in parameters:
        index = parameters.index(base)
        if kind in ("function", "staticmethod"):
            implicit = (0,)
        elif kind == "classmethod" or site.on_instance:
            implicit = (1,)
        else:
            implicit = (0, 1)
        candidates = [site.positional[index - i] for i in implicit if 0 <= index - i < len(site.positional)]
        if index == 0 and 1 in implicit:
            candidates.append(site.receiver)
    else:
        return True
    for candidate in candidates:
        if candidate is None or (f"{candidate}.{rest}" if rest else candidate) not in site.scoped:
            return True
    return False


def _site(parents: dict[ast.AST, ast.AST], functions: dict[ast.AST, _Function], call: ast.Call) -> Site:
    """Where *call* is: its function (the innermost definition), the ``with`` blocks around it there."""
    unknown = False
    withs = []
    child, node = call, parents.get(call)
    while node is not None and not isinstance(node, _SCOPES):
        if isinstance(node, ast.With) and child in node.body:
            withs.append(node)
        if isinstance(node, (ast.arguments, ast.keyword)) and isinstance(parents.get(node), _SCOPES):
            unknown = True  # a default, or a class keyword
        child, node = node, parents.get(node)
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and (
        child in node.decorator_list or child is getattr(node, "returns", None) or child in getattr(node, "bases", ())
    ):
        unknown = True  # a decorator, an annotation, a base: evaluated outside the body
    if isinstance(node, ast.arg) or isinstance(child, ast.arg):
        unknown = True
    function = None
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not unknown:
        function = functions.get(node)
        if function is None:
            function = functions[node] = _Function(node)
    key = function.key if function is not None else (lambda _node: None)
    scoped = frozenset().union(*(_using_keys(w, function) for w in withs)) if function is not None else frozenset()
    receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
    starred = any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords)
    return Site(
        line=call.lineno,
        col=call.col_offset,
        in_function=function is not None,
        unknown=unknown or starred,
        positional=tuple(key(a) for a in call.args),
        keywords=tuple((k.arg, key(k.value)) for k in call.keywords if k.arg is not None),
        receiver=key(receiver) if receiver is not None else None,
        on_instance=receiver is not None and _spelt_as_instance(receiver),
        scoped=scoped,
    )


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


class _Function:
    """What a function's own body binds: a key is one only on a name bound at most once (``context_key``)."""

    def __init__(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        arguments = node.args
        self.parameters = {
            a.arg
            for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]
            if a is not None
        }
        self.bindings: dict[str, int] = dict.fromkeys(self.parameters, 1)
        for child in _own_nodes(node.body):
            for bound in _bound_names(child):
                self.bindings[bound] = self.bindings.get(bound, 0) + 1

    def key(self, node: ast.AST) -> str | None:
        """``context`` or ``context._plugin_context`` as the caller's context key, or None.

        A plain name must be a parameter (a local set from elsewhere is
        followed through its assignment on the astroid side), bound once.
        """
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name) or self.bindings.get(node.id, 0) > 1:
            return None
        if not parts and node.id not in self.parameters:
            return None
        return ".".join([node.id, *reversed(parts)])


def _own_nodes(body: list[ast.stmt]):
    """The nodes of a body, not those inside nested functions, lambdas or classes (their names are)."""
    stack = list(body)
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, _SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(node))


def _bound_names(node: ast.AST) -> list[str]:  # pylint: disable=too-many-return-statements
    """Names *node* binds in its scope; counted generously (more is only less skipping)."""
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        return [node.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.ExceptHandler) and node.name:
        return [node.name]
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return list(node.names) * 2
    if isinstance(node, ast.arg):
        return [node.arg]  # a lambda's, in the body: generous
    if isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
        return [node.name]
    if isinstance(node, ast.MatchMapping) and node.rest:
        return [node.rest]
    return []


def _spelt_as_instance(receiver: ast.AST) -> bool:
    """``self``, ``self._core_plugin``, ``plugin``, ``super()``: not a class (``Cls``, ``cls``)."""
    if isinstance(receiver, ast.Call):
        return isinstance(receiver.func, ast.Name) and receiver.func.id == "super"
    if isinstance(receiver, ast.Attribute):
        name = receiver.attr
    elif isinstance(receiver, ast.Name):
        name = receiver.id
    else:
        return False
    return name != "cls" and name.lstrip("_")[:1].islower()


def _using_keys(node: ast.With, function: _Function) -> frozenset[str]:
    """The keys of ``<m>.using(<key>)`` items (``openings._with_item_opening``: any manager)."""
    found = set()
    for item in node.items:
        expression = item.context_expr
        if (
            isinstance(expression, ast.Call)
            and isinstance(expression.func, ast.Attribute)
            and expression.func.attr == "using"
            and len(expression.args) == 1
            and not expression.keywords
        ):
            key = function.key(expression.args[0])
            if key is not None:
                found.add(key)
    return frozenset(found)
