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

"""Where a function opens a transaction scope, on which context, with which manager.

A scope is opened by a decorator (``@cm.reader``, nova's
``pick_context_manager_writer``, neutron's ``@db_api.CONTEXT_READER``) for
the whole body, or by a ``with`` block for its body: ``with
cm.writer.using(context) as session:`` (enginefacade.py L1196-1198), or a
function returning such a block (neutron's ``self.db_context_writer(ctx)``,
neutron/objects/base.py, which returns ``CONTEXT_WRITER.using(context)``).

A context is named by its *key*: its source text, a name or a dotted chain
of attributes on a name (``context``, ``self.obj_context``). Scope state lives
on the context object (``context._enginefacade_context``, L1243-1252), so two
scopes interact only when they are opened on the same object; two spellings
of one object are the same only when they are the same text and the name is
never rebound. Anything else is a different, or an unknown, context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.enginefacade import managers
from pylint_oslo_review.enginefacade.chains import Manager, Mode
from pylint_oslo_review.enginefacade.context_use import looks_like_context_name
from pylint_oslo_review.enginefacade.scopes import ContextRule, Spellings, scope_decorator
from pylint_oslo_review.message_text import code

_SELF_NAMES = ("self", "cls")
#: nova's wrappers, when their body cannot be read: mode by name.
_WRAPPER_MODES = (
    ("_reader_allow_async", Mode.READER, True),
    ("_writer", Mode.WRITER, False),
    ("_reader", Mode.READER, False),
)


@dataclass(frozen=True)
class Opening:
    """A transaction scope that a function opens."""

    #: The decorator, or the expression of the ``with`` item.
    node: nodes.NodeNG
    manager: Manager
    #: Key of the context the scope is opened on (see the module docstring).
    context: str
    #: For a ``with`` block: the With node (the scope covers its body).
    block: nodes.With | None = None
    #: The ``as`` name of a ``with`` block, bound to the session.
    session_name: str | None = None

    @property
    def spelling(self) -> str:
        if self.block is None:
            return "@" + code(self.node.as_string())
        return f"with {code(self.node.as_string())}"


def context_key(node: nodes.NodeNG | None) -> str | None:
    """``context`` or ``self.obj_context``: a name and attributes, or None."""
    parts = []
    while isinstance(node, nodes.Attribute):
        parts.append(node.attrname)
        node = node.expr
    if not isinstance(node, nodes.Name):
        return None
    if not _assigned_at_most_once(node):
        return None
    return ".".join([node.name, *reversed(parts)])


def _assigned_at_most_once(name: nodes.Name) -> bool:
    scope = name.scope()
    if not isinstance(scope, nodes.FunctionDef):
        return True
    return len(scope.locals.get(name.name, ())) <= 1


def base_name(key: str) -> str:
    return key.split(".", 1)[0]


def own_nodes(function: nodes.FunctionDef) -> Iterator[nodes.NodeNG]:
    """The nodes of *function*'s body, not those of functions or classes in it.

    A nested function runs whenever it is called, maybe after the scopes
    around its definition have closed: it is analysed on its own.
    """
    stack = list(reversed(function.body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
            continue
        stack.extend(reversed(list(node.get_children())))


def _context_parameter(function: nodes.FunctionDef, rule: ContextRule) -> str | None:
    params = calls.positional_parameters(function)
    if rule is ContextRule.NAMED_CONTEXT:
        names = {arg.name for arg in function.args.arguments}
        return "context" if "context" in names else None
    index = 1 if rule is ContextRule.ARGSPEC and params and params[0].name in _SELF_NAMES else 0
    return params[index].name if index < len(params) else None


def _wrapper_manager(decorator: nodes.NodeNG) -> Manager | None:
    """The manager a ``pick_context_manager_*``-style wrapper opens.

    Read from the wrapper's body when it has the shape ``def wrapper(context,
    *args, **kwargs): ... with <manager>.using(context): return f(...)``;
    else from its name.
    """
    wrapper = safe_infer(decorator)
    if isinstance(wrapper, nodes.FunctionDef):
        if wrapper not in _WRAPPERS:
            _WRAPPERS[wrapper] = _read_wrapper(wrapper)
        if _WRAPPERS[wrapper] is not None:
            return _WRAPPERS[wrapper]
    name = wrapper.name if isinstance(wrapper, nodes.FunctionDef) else decorator.as_string()
    for suffix, mode, allow_async in _WRAPPER_MODES:
        if name.endswith(suffix):
            # One root for the family: they all pick the context's manager.
            return Manager(root=f"{name[: -len(suffix)]}(<context>)", mode=mode, allow_async=allow_async)
    return None


_WRAPPERS: WeakKeyDictionary[nodes.FunctionDef, Manager | None] = WeakKeyDictionary()


def _read_wrapper(wrapper: nodes.FunctionDef) -> Manager | None:
    """The manager of ``with <manager>.using(context)`` in *wrapper*'s inner function."""
    for inner in wrapper.body:
        if not isinstance(inner, nodes.FunctionDef) or not inner.args.args:
            continue
        context = inner.args.args[0].name
        for with_node in inner.nodes_of_class(nodes.With):
            for expression, _ in with_node.items:
                opened = _using_call(expression, context)
                if opened is not None:
                    return opened
    return None


def _named_wrapper_manager(decorator: nodes.NodeNG) -> Manager | None:
    """The manager of a wrapper that finds the context by name, read from its body.

    nova's ``select_db_reader_mode`` (nova/db/sqlalchemy/api.py, later
    nova/db/main/api.py) picks ``get_context_manager(context).reader``, or
    ``.async_`` when ``use_slave`` is true, into one local and enters
    ``with reader_mode.using(context)``. Every value of that local must
    give the same root: the scope then shares the transaction of the
    ``pick_context_manager_*`` scopes on the same context. Either reader
    mode makes a writer fail; it counts as a READER (the lesser claim).
    Old nova reaches it through a forwarder in nova/db/api.py
    (``return IMPL.select_db_reader_mode(f)``), followed here.
    """
    wrapper = safe_infer(decorator)
    for _ in range(2):
        if not isinstance(wrapper, nodes.FunctionDef):
            return None
        forwarded = _forwarded_to(wrapper)
        if forwarded is None:
            break
        wrapper = forwarded
    if not isinstance(wrapper, nodes.FunctionDef):
        return None
    if wrapper not in _NAMED_WRAPPERS:
        _NAMED_WRAPPERS[wrapper] = _read_named_wrapper(wrapper)
    return _NAMED_WRAPPERS[wrapper]


_NAMED_WRAPPERS: WeakKeyDictionary[nodes.FunctionDef, Manager | None] = WeakKeyDictionary()


def _forwarded_to(function: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """The function *function* hands its one parameter to: ``return IMPL.f(f)``."""
    body = [s for s in function.body if not (isinstance(s, nodes.Expr) and isinstance(s.value, nodes.Const))]
    if len(body) != 1 or not isinstance(body[0], nodes.Return) or not isinstance(body[0].value, nodes.Call):
        return None
    call = body[0].value
    params = function.argnames()
    if len(params) != 1 or len(call.args) != 1 or call.keywords:
        return None
    if not (isinstance(call.args[0], nodes.Name) and call.args[0].name == params[0]):
        return None
    bound = calls.resolve(call)
    return bound.function if bound is not None else None


def _read_named_wrapper(wrapper: nodes.FunctionDef) -> Manager | None:
    for inner in wrapper.body:
        if not isinstance(inner, nodes.FunctionDef):
            continue
        for with_node in inner.nodes_of_class(nodes.With):
            for expression, _ in with_node.items:
                manager = _local_using(expression, inner)
                if manager is not None:
                    return manager
    return None


def _local_using(expression: nodes.NodeNG, inner: nodes.FunctionDef) -> Manager | None:
    """``<local>.using(<name>)``, every assignment of *local* one root and a reader mode."""
    if not (
        isinstance(expression, nodes.Call)
        and isinstance(expression.func, nodes.Attribute)
        and expression.func.attrname == "using"
        and isinstance(expression.func.expr, nodes.Name)
        and len(expression.args) == 1
        and isinstance(expression.args[0], nodes.Name)
        and not expression.keywords
    ):
        return None
    local, context = expression.func.expr.name, expression.args[0].name
    found = []
    for assigned in inner.locals.get(local, []):
        statement = assigned.parent
        if not (isinstance(assigned, nodes.AssignName) and isinstance(statement, nodes.Assign)):
            return None
        found.append(managers.resolve(statement.value, context))
    if not found or any(m is None for m in found) or len({m.root for m in found}) != 1:
        return None
    if not {m.mode for m in found} <= {Mode.READER, Mode.ASYNC_READER}:
        return None
    if any(m.independent for m in found):
        return None
    return Manager(root=found[0].root, mode=Mode.READER)


def _using_call(expression: nodes.NodeNG, context: str) -> Manager | None:
    """``<manager>.using(<context>)``: the manager, when it is known."""
    if not (
        isinstance(expression, nodes.Call)
        and isinstance(expression.func, nodes.Attribute)
        and expression.func.attrname == "using"
        and len(expression.args) == 1
        and not expression.keywords
        and expression.args[0].as_string() == context
    ):
        return None
    return managers.resolve(expression.func.expr, context)


def decorator_opening(function: nodes.FunctionDef, spellings: Spellings) -> Opening | None:
    """The scope *function*'s decorators open around its body, if known."""
    if function.decorators is None:
        return None
    found = []
    for decorator in function.decorators.nodes:
        scope = scope_decorator(decorator, spellings)
        if scope is not None:
            found.append(scope)
    if len(found) != 1:
        return None  # none, or stacked scopes: not a shape this analysis knows
    scope = found[0]
    context = _context_parameter(function, scope.rule)
    if context is None:
        return None
    if scope.rule is ContextRule.ARGSPEC:
        manager = managers.resolve(scope.node)
    elif scope.rule is ContextRule.FIRST_POSITIONAL:
        manager = _wrapper_manager(scope.node)
    else:
        # nova's select_db_reader_mode: .reader, or .async_ with use_slave.
        manager = _named_wrapper_manager(scope.node) or Manager(
            root=f"{scope.node.as_string()}(<context>)", mode=Mode.READER
        )
    if manager is None:
        manager = unknown_manager(scope.node)
    return Opening(scope.node, manager, context)


def _using_wrapper(function: nodes.FunctionDef) -> tuple[str, Manager] | None:
    """A function whose body is ``return <manager>.using(<parameter>)``.

    neutron's ``db_context_writer``/``db_context_reader`` classmethods.
    """
    if len(function.body) != 1 or not isinstance(function.body[0], nodes.Return):
        return None
    value = function.body[0].value
    if not (isinstance(value, nodes.Call) and value.args and isinstance(value.args[0], nodes.Name)):
        return None
    parameter = value.args[0].name
    if parameter not in function.argnames():
        return None
    manager = _using_call(value, parameter)
    return (parameter, manager) if manager is not None else None


def _with_item_opening(expression: nodes.NodeNG, target, block: nodes.With) -> Opening | None:
    if not isinstance(expression, nodes.Call):
        return None
    session_name = target.name if isinstance(target, nodes.AssignName) else None
    func = expression.func
    if isinstance(func, nodes.Attribute) and func.attrname == "using":
        if len(expression.args) != 1 or expression.keywords:
            return None
        context = context_key(expression.args[0])
        if context is None:
            return None
        manager = managers.resolve(func.expr, expression.args[0].as_string()) or unknown_manager(expression)
        return Opening(expression, manager, context, block, session_name)
    bound = calls.resolve(expression)
    if bound is None:
        return _unresolved_opening(expression, block, session_name)
    wrapped = _using_wrapper(bound.function)
    if wrapped is None:
        return None
    parameter, manager = wrapped
    context = context_key(bound.arguments.get(parameter))
    if context is None:
        return None
    return Opening(expression, manager, context, block, session_name)


def _unresolved_opening(expression: nodes.Call, block: nodes.With, session_name: str | None) -> Opening | None:
    """``with something(context):`` that cannot be followed: maybe a scope.

    It may open a transaction on the context (a project helper like
    neutron's ``db_context_writer``, reached through an uninferable
    receiver): counted as a scope of unknown mode and root, so that nothing
    inside it is reported as unscoped, and nothing is compared with it.
    """
    for argument in expression.args:
        context = context_key(argument)
        if context is not None and looks_like_context_name(context.rsplit(".", 1)[-1]):
            return Opening(expression, unknown_manager(expression), context, block, session_name)
    return None


_UNKNOWN_ROOT = "<unknown: "


def unknown_manager(node: nodes.NodeNG) -> Manager:
    """A scope whose manager is unknown: no mode, and a root equal to no other."""
    return Manager(root=f"{_UNKNOWN_ROOT}{node.as_string()} at line {node.lineno}>")


def spelled_manager(opening: Opening) -> Manager:
    """The opening's manager; when its root is unknown, with the flags its chain spells.

    ``@db_api.api_context_manager.reader`` recognised by the configured
    manager name, in a tree where ``db_api`` cannot be read: the root stays
    unknown (equal to no other), the mode is the modifier's. The model keeps
    such scopes mode-less; a check that needs the mode asks here.
    """
    manager = opening.manager
    if manager.mode is not Mode.NONE or not manager.root.startswith(_UNKNOWN_ROOT):
        return manager
    return managers.with_spelled_modifiers(manager, opening.node)


def may_share_transaction(root: str, other: str) -> bool:
    """Whether scopes of these roots may work in one transaction.

    They do when the roots are the same; an unknown root may be any.
    """
    return root == other or root.startswith(_UNKNOWN_ROOT) or other.startswith(_UNKNOWN_ROOT)


def with_openings(function: nodes.FunctionDef) -> list[Opening]:
    """The ``with ... using(context)`` blocks of *function*'s own body."""
    found = []
    for node in own_nodes(function):
        if isinstance(node, nodes.With):
            for expression, target in node.items:
                opening = _with_item_opening(expression, target, node)
                if opening is not None:
                    found.append(opening)
    return found
