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

"""The manager a scope-opening expression uses, where chains.fold() stops.

``chains.fold()`` folds module-level managers (``cm.writer.independent``,
``CONTEXT_WRITER = cm.writer``, ``enginefacade.writer``). Real code also
reaches its manager through

- an *accessor* function: neutron-lib's ``get_context_manager()``
  (``CONTEXT_WRITER = get_context_manager().writer``) and nova's
  ``get_context_manager(context)``, which returns the context's cell manager
  or the main one. The accessor is the root: the same accessor gives the same
  root, and for nova's, only for the same context (a context targeted at a
  cell carries its own manager, so two different contexts may use two
  databases);
- a local variable (``ctxt_mgr = get_context_manager(context)`` in nova's
  ``pick_context_manager_*`` wrappers, then ``ctxt_mgr.writer.using(...)``).

Only the flags that decide how two scopes nest are tracked here: mode,
``independent`` and ``allow_async`` (enginefacade.py L717-742, L1106-1137).
Anything else gives None: an unknown manager opens no known scope.
"""

from __future__ import annotations

from dataclasses import replace

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.enginefacade import chains
from pylint_oslo_review.enginefacade.chains import Manager, Mode
from pylint_oslo_review.enginefacade.scopes import MODIFIERS, is_manager_instance

_MAX_DEPTH = 4
_MODES = {"writer": Mode.WRITER, "reader": Mode.READER, "async_": Mode.ASYNC_READER}


def _modify(manager: Manager, modifier: str) -> Manager:
    """One modifier, as ``_clone`` applies it (enginefacade.py L1048-1104).

    ``_clone`` keeps mode, independent and connection only, so a flag such as
    ``allow_async`` survives only as the last modifier.
    """
    kept = replace(manager, savepoint=False, allow_async=False)
    if modifier in _MODES:
        return replace(kept, mode=_MODES[modifier])
    if modifier == "independent":
        return replace(kept, independent=True)
    if modifier == "connection":
        return replace(kept, connection=True)
    if modifier == "allow_async":
        return replace(kept, allow_async=True)
    if modifier == "savepoint":
        return replace(kept, savepoint=True)
    return kept


def _split(expression: nodes.NodeNG) -> tuple[nodes.NodeNG, list[str]]:
    """The base of a modifier chain and its modifiers, innermost first."""
    modifiers = []
    while isinstance(expression, nodes.Attribute) and expression.attrname in MODIFIERS:
        modifiers.append(expression.attrname)
        expression = expression.expr
    return expression, modifiers[::-1]


def _returns_manager(function: nodes.FunctionDef) -> bool:
    """Whether *function* returns a manager (``return a or cm`` counts)."""
    for returned in function.nodes_of_class(nodes.Return):
        if returned.scope() is not function or returned.value is None:
            continue
        values = returned.value.values if isinstance(returned.value, nodes.BoolOp) else [returned.value]
        if any(is_manager_instance(safe_infer(value)) for value in values):
            return True
    try:
        return any(is_manager_instance(value) for value in function.infer_call_result(None))
    except astroid.AstroidError:
        return False


def _accessor_root(call: nodes.Call, context: str | None) -> Manager | None:
    """``get_context_manager()`` / ``get_context_manager(context)`` as a root."""
    function = safe_infer(call.func)
    if not isinstance(function, nodes.FunctionDef) or function.is_method():
        return None
    if call.keywords or not _returns_manager(function):
        return None
    if not call.args:
        return Manager(root=f"{function.qname()}()")
    if len(call.args) == 1 and context is not None and call.args[0].as_string() == context:
        return Manager(root=f"{function.qname()}(<context>)")
    return None


def local_value(name: nodes.Name) -> nodes.NodeNG | None:
    """The value of a function-local name assigned exactly once."""
    scope = name.scope()
    if not isinstance(scope, nodes.FunctionDef):
        return None
    assignments = scope.locals.get(name.name, [])
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return None
    statement = assignments[0].parent
    if isinstance(statement, nodes.Assign) and len(statement.targets) == 1:
        return statement.value
    return None


def _resolve(expression: nodes.NodeNG, context: str | None, depth: int) -> Manager | None:
    if depth > _MAX_DEPTH:
        return None
    folded = chains.fold(expression)
    if folded is not None and folded.manager.mode is not Mode.NONE:
        return folded.manager
    # chains.fold() gives up on accessors, and names a variable it cannot
    # fold after itself, without its mode: look further here.
    found = _resolve_further(expression, context, depth)
    if found is not None:
        return found
    return folded.manager if folded is not None else None


def _resolve_further(expression: nodes.NodeNG, context: str | None, depth: int) -> Manager | None:
    base, modifiers = _split(expression)
    manager = None
    if isinstance(base, nodes.Call):
        manager = _accessor_root(base, context)
    elif isinstance(base, nodes.Name) and local_value(base) is not None:
        manager = _resolve(local_value(base), context, depth + 1)
    elif isinstance(base, (nodes.Name, nodes.Attribute)):
        found = chains.module_level_value(base)
        if found is not None:
            manager = _resolve(found[1], None, depth + 1)
    if manager is None:
        return None
    for modifier in modifiers:
        manager = _modify(manager, modifier)
    return manager


def with_spelled_modifiers(manager: Manager, expression: nodes.NodeNG) -> Manager:
    """*manager* with the modifiers that end *expression* applied, as ``_clone`` does.

    For a manager whose root is unknown (a module astroid cannot read, such
    as a Python 2 sibling in an old tree): ``<root>.reader`` is a READER
    whatever the root is, since every modifier sets its flag on a clone.
    """
    if isinstance(expression, nodes.Call) and isinstance(expression.func, nodes.Attribute):
        if expression.func.attrname == "using":
            expression = expression.func.expr
    _, modifiers = _split(expression)
    for modifier in modifiers:
        manager = _modify(manager, modifier)
    return manager


def resolve(expression: nodes.NodeNG, context: str | None = None) -> Manager | None:
    """The manager *expression* evaluates to, or None when unknown.

    *context* is the source text of the context the scope is opened on: an
    accessor called with that same context gives a root that is the same for
    every scope opened on it.
    """
    try:
        return _resolve(expression, context, 0)
    except (astroid.AstroidError, RecursionError):
        return None
