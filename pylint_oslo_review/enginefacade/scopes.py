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

"""Decorators that open an enginefacade transaction scope, and their context.

oslo.db's ``_TransactionContextManager.__call__`` (enginefacade.py
L1143-1161) reads ``inspect.getfullargspec(fn)`` once, when it decorates:
the context is the positional parameter at index 1 if the first one is
literally named ``self`` or ``cls``, else at index 0. A missing index raises
``IndexError`` right then. At call time the context is taken from the
keyword of that name if it is truthy, else from that position.

Every modifier (``.reader``, ``.writer``, ``.independent``, ...) returns a
manager of the same class (``_clone``), so one rule covers every spelling.
Project wrappers follow their own rules: nova's ``pick_context_manager_*``
pass their first positional argument as the context, nova's
``select_db_reader_mode`` looks up the argument named ``context``.

Managers are recognised by inference first (an instance of the manager
class, whatever the variable is called), by configured names only when
inference gives nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from astroid import bases, nodes, util

from pylint.checkers.utils import safe_infer

from pylint_oslo_review.message_text import code
from pylint_oslo_review.spelling import terminal_name

MANAGER_CLASSES = frozenset(
    {
        "oslo_db.sqlalchemy.enginefacade._TransactionContextManager",
        "oslo_db.sqlalchemy.asyncio_facade._AsyncTransactionContextManager",
    }
)

#: Attributes of a manager that return another manager (enginefacade.py
#: L1043-1095, L1191-1194).
MODIFIERS = frozenset(
    {
        "reader",
        "writer",
        "independent",
        "savepoint",
        "connection",
        "allow_async",
        "async_",
    }
)


class ContextRule(enum.Enum):
    """Where a scope decorator finds the request context."""

    #: oslo.db's own rule: position 0, or 1 after a literal self/cls.
    ARGSPEC = "argspec"
    #: A wrapper(context, *args, **kwargs): the first positional argument.
    FIRST_POSITIONAL = "first-positional"
    #: A wrapper that binds the call and reads the argument named 'context'.
    NAMED_CONTEXT = "named-context"


@dataclass(frozen=True)
class ScopeDecorator:
    """A decorator that opens a transaction scope, as written in the source."""

    node: nodes.NodeNG
    rule: ContextRule

    @property
    def spelling(self) -> str:
        return "@" + code(self.node.as_string())


@dataclass(frozen=True)
class Spellings:
    """The names recognised when inference cannot tell (checker options)."""

    managers: frozenset[str]
    first_positional_wrappers: frozenset[str]
    named_context_wrappers: frozenset[str]

    @classmethod
    def from_config(cls, config) -> Spellings:
        """The spellings configured by enginefacade-missing-context's options."""
        return cls(
            managers=frozenset(config.enginefacade_manager_names),
            first_positional_wrappers=frozenset(config.enginefacade_first_argument_wrappers),
            named_context_wrappers=frozenset(config.enginefacade_named_context_wrappers),
        )

    def wrapper_rule(self, name: str | None) -> ContextRule | None:
        if name in self.first_positional_wrappers:
            return ContextRule.FIRST_POSITIONAL
        if name in self.named_context_wrappers:
            return ContextRule.NAMED_CONTEXT
        return None


def _strip_modifiers(node: nodes.NodeNG) -> nodes.NodeNG:
    while isinstance(node, nodes.Attribute) and node.attrname in MODIFIERS:
        node = node.expr
    return node


def is_manager_instance(value: nodes.NodeNG | None) -> bool:
    """Whether an inferred value is an enginefacade transaction manager."""
    if not isinstance(value, bases.Instance) or isinstance(value, bases.BoundMethod):
        return False
    proxied = value._proxied  # pylint: disable=protected-access
    if not isinstance(proxied, nodes.ClassDef):
        return False
    if proxied.qname() in MANAGER_CLASSES:
        return True
    return any(ancestor.qname() in MANAGER_CLASSES for ancestor in proxied.ancestors())


def _by_name(decorator: nodes.NodeNG, spellings: Spellings) -> ContextRule | None:
    rule = spellings.wrapper_rule(terminal_name(decorator))
    if rule is not None:
        return rule
    if terminal_name(_strip_modifiers(decorator)) in spellings.managers:
        return ContextRule.ARGSPEC
    return None


def _looks_possible(decorator: nodes.NodeNG) -> bool:
    """Cheap filter: only names and attribute chains can be scope decorators."""
    return isinstance(decorator, (nodes.Name, nodes.Attribute))


def _is_global_manager_module(value: nodes.NodeNG | None) -> bool:
    """oslo_db.sqlalchemy.enginefacade itself: ``enginefacade.reader`` is a manager."""
    return isinstance(value, nodes.Module) and value.name in _FACADE_MODULES


_FACADE_MODULES = frozenset(
    {"oslo_db.sqlalchemy.enginefacade", "oslo_db.sqlalchemy.asyncio_facade"}
)


def _known(value: nodes.NodeNG | None) -> bool:
    return value is not None and not isinstance(value, util.UninferableBase)


def scope_decorator(decorator: nodes.NodeNG, spellings: Spellings) -> ScopeDecorator | None:
    """The scope opened by *decorator*, or None if it does not open one.

    A chain of modifiers is folded by hand: every modifier of a manager is a
    manager (``_clone``), while astroid often loses track of them.
    """
    if not _looks_possible(decorator):
        return None
    receiver = _strip_modifiers(decorator)
    if receiver is not decorator:
        inferred = safe_infer(receiver)
        if is_manager_instance(inferred) or _is_global_manager_module(inferred):
            return ScopeDecorator(decorator, ContextRule.ARGSPEC)
        if _known(inferred):
            return None
        rule = _by_name(decorator, spellings)
        return ScopeDecorator(decorator, rule) if rule is not None else None
    inferred = safe_infer(decorator)
    if not _known(inferred):
        rule = _by_name(decorator, spellings)
    elif is_manager_instance(inferred):
        rule = ContextRule.ARGSPEC
    elif isinstance(inferred, nodes.FunctionDef):
        rule = spellings.wrapper_rule(inferred.name)
    else:
        rule = None
    return ScopeDecorator(decorator, rule) if rule is not None else None
