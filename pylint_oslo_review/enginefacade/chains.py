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

"""What a manager expression is at runtime: ``cm.writer.independent`` folded.

Every modifier property of ``_TransactionContextManager`` returns
``self._clone(...)`` (oslo_db/sqlalchemy/enginefacade.py L1043-1104), and
``_clone`` copies only ``independent``, ``mode`` and ``connection``: a
``savepoint`` or ``allow_async`` is silently lost when another modifier
follows it. ``async_``/``allow_async`` raise TypeError on a WRITER, and a
manager that is both ``savepoint`` and ``independent`` raises TypeError in
``__init__``. astroid infers every chain to the same class and loses all of
this, so chains are folded here by hand, following variables (``CONTEXT_WRITER
= get_context_manager().writer``) back to the ``transaction_context()`` call
that created their root.

A manager's *root* tells whether two scopes can share a transaction: scopes
of different roots (nova's main and API databases, the global
``enginefacade.writer`` and a project's own manager) never do.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

import astroid
from astroid import nodes, util
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.enginefacade.scopes import MODIFIERS, is_manager_instance

_FACADES = {
    "oslo_db.sqlalchemy.enginefacade": False,
    "oslo_db.sqlalchemy.asyncio_facade": True,
}
_ROOT_FACTORIES = frozenset({f"{module}.transaction_context" for module in _FACADES})
_MAX_DEPTH = 6


class Mode(enum.Enum):
    """A manager's transaction mode (enginefacade.py _WRITER, _READER, _ASYNC_READER)."""

    NONE = "none"
    WRITER = "writer"
    READER = "reader"
    ASYNC_READER = "async_reader"


@dataclass(frozen=True)
class Manager:
    """The flags of a manager, as far as they are known."""

    root: str
    mode: Mode = Mode.NONE
    independent: bool = False
    savepoint: bool = False
    connection: bool = False
    allow_async: bool = False
    asyncio: bool = False


@dataclass(frozen=True)
class Problem:
    """Something wrong with a chain: ``invalid`` raises, ``dropped`` loses a flag."""

    kind: str
    node: nodes.NodeNG
    text: str


@dataclass(frozen=True)
class Folded:
    """A folded manager expression and the problems met on the way."""

    manager: Manager
    problems: tuple[Problem, ...] = field(default=())


def _apply(folded: Folded, modifier: str, node: nodes.Attribute) -> Folded:
    manager = folded.manager
    problems = list(folded.problems)
    if modifier in ("async_", "allow_async") and manager.mode is Mode.WRITER:
        problems.append(Problem("invalid", node, "TypeError('Setting async on a WRITER makes no sense')"))
    kept = {"independent": manager.independent, "mode": manager.mode, "connection": manager.connection}
    dropped = [name for name in ("savepoint", "allow_async") if getattr(manager, name) and name != modifier]
    if dropped:
        problems.append(Problem(
            "dropped", node,
            f".{modifier} after .{dropped[0]} builds a new manager without {dropped[0]}",
        ))
    changes = {
        "writer": {"mode": Mode.WRITER},
        "reader": {"mode": Mode.READER},
        "async_": {"mode": Mode.ASYNC_READER},
        "allow_async": {"allow_async": True},
        "independent": {"independent": True},
        "savepoint": {"savepoint": True},
        "connection": {"connection": True},
    }.get(modifier, {})
    updated = replace(manager, **{"savepoint": False, "allow_async": False, **kept, **changes})
    if updated.savepoint and updated.independent:
        problems.append(Problem("invalid", node, "TypeError('setting savepoint and independent makes no sense.')"))
    return Folded(updated, tuple(problems))


def _is_async_manager(instance: nodes.NodeNG) -> bool:
    klass = instance._proxied  # pylint: disable=protected-access
    return any(
        c.qname() == "oslo_db.sqlalchemy.asyncio_facade._AsyncTransactionContextManager"
        for c in (klass, *klass.ancestors())
    )


def _qualified(node: nodes.NodeNG) -> str:
    return f"{node.root().name}.{node.as_string()}"


def _imported_value(statement: nodes.ImportFrom, name: str) -> tuple[str, nodes.NodeNG] | None:
    """``from pkg.api import MANAGER``: the value assigned in ``pkg.api``, keyed there.

    One manager object, whichever module names it: its root must not
    depend on the module that imported it (scopes opened in two modules on
    the same imported manager join one transaction).
    """
    try:
        module = statement.do_import_module(statement.modname)
    except astroid.AstroidError:
        return None
    real = statement.real_name(name)
    assignments = module.locals.get(real, [])
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return None
    value = assignments[0].parent
    if not isinstance(value, nodes.Assign) or not isinstance(value.scope(), nodes.Module):
        return None
    return f"{module.name}.{real}", value.value


def module_level_value(name_node: nodes.NodeNG) -> tuple[str, nodes.NodeNG] | None:
    """(qualified name, value) of a module-level name assigned exactly once.

    For a Name (``CONTEXT_WRITER``) or a module attribute (``api.X``).
    """
    if isinstance(name_node, nodes.Name):
        try:
            _, assignments = name_node.lookup(name_node.name)
        except astroid.AstroidError:
            return None
        key = f"{name_node.root().name}.{name_node.name}"
        if len(assignments) == 1 and isinstance(assignments[0], nodes.ImportFrom):
            return _imported_value(assignments[0], name_node.name)
    elif isinstance(name_node, nodes.Attribute):
        module = safe_infer(name_node.expr)
        if not isinstance(module, nodes.Module):
            return None
        assignments = module.locals.get(name_node.attrname, [])
        key = f"{module.name}.{name_node.attrname}"
    else:
        return None
    if len(assignments) != 1 or not isinstance(assignments[0], nodes.AssignName):
        return None
    statement = assignments[0].parent
    if not isinstance(statement, nodes.Assign) or not isinstance(statement.scope(), nodes.Module):
        return None
    return key, statement.value


def _fold_definition(name_node: nodes.NodeNG, depth: int) -> Folded | None:
    """Fold the expression a Name or module attribute was assigned."""
    found = module_level_value(name_node)
    if found is None:
        return None
    key, value = found
    return _fold(value, depth + 1, key)


def _fold_base(node: nodes.NodeNG, depth: int, name: str | None) -> Folded | None:
    inferred = safe_infer(node)
    if isinstance(inferred, nodes.Module) and inferred.name in _FACADES:
        return Folded(Manager(root=f"{inferred.name}:global", asyncio=_FACADES[inferred.name]))
    if isinstance(node, nodes.Call):
        func = safe_infer(node.func)
        if isinstance(func, nodes.FunctionDef) and func.qname() in _ROOT_FACTORIES:
            asyncio = func.root().name.endswith("asyncio_facade")
            return Folded(Manager(root=name or _qualified(node), asyncio=asyncio))
        if is_manager_instance(inferred):
            # get_context_manager(): one root per accessor; nova's takes the
            # context, so the same context gives the same root.
            return Folded(Manager(root=_qualified(node), asyncio=_is_async_manager(inferred)))
        return None
    if isinstance(node, (nodes.Name, nodes.Attribute)):
        folded = _fold_definition(node, depth)
        if folded is not None:
            return folded
        if is_manager_instance(inferred):
            return Folded(Manager(root=_qualified(node), asyncio=_is_async_manager(inferred)))
    return None


def _fold(node: nodes.NodeNG, depth: int, name: str | None = None) -> Folded | None:
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, nodes.Attribute) and node.attrname in MODIFIERS:
        base = _fold(node.expr, depth, name)
        return _apply(base, node.attrname, node) if base is not None else None
    return _fold_base(node, depth, name)


def fold(node: nodes.NodeNG) -> Folded | None:
    """The manager *node* evaluates to, or None if it is not (known to be) one."""
    try:
        return _fold(node, 0)
    except (astroid.AstroidError, RecursionError):
        return None


def is_manager_value(node: nodes.NodeNG) -> bool:
    """Whether *node* infers to a manager, whatever its flags."""
    inferred = safe_infer(node)
    return inferred is not None and not isinstance(inferred, util.UninferableBase) and is_manager_instance(inferred)
