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

"""Where a function closes the connection of an open scope's transaction.

A scope's transaction lives on one SQLAlchemy ``Connection``: the one its
session holds (``session.connection()`` returns it, SQLAlchemy
``SessionTransaction._connection_for_bind``), or the one a ``.connection``
scope yields (``<context>.connection``, the ``as`` name of ``with
<manager>.connection.using(context)``; enginefacade.py
``_TransactionContext._connection``, which takes it from the session when
one is open). ``Connection.__exit__`` is ``close()``, and ``close()``
rolls the transaction back and returns the connection to the pool: the
facade is left holding a closed connection that it still means to commit
or roll back, and to use.

This module only finds the shapes: a ``with`` item or a ``.close()`` on
such a connection, with the scope that owns it. The checker says what
that breaks (it depends on the transaction's mode: see
``checkers.enginefacade_connection_closed``). Like ``sessions``, it reads
spellings only (``<session>.connection()``, ``<context>.connection``), and
lets the scope model say which context, hence which transaction, they
belong to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from astroid import nodes

from pylint_oslo_review.enginefacade import sessions
from pylint_oslo_review.enginefacade.liveness import live_active
from pylint_oslo_review.enginefacade.managers import local_value
from pylint_oslo_review.enginefacade.openings import Opening, context_key, own_nodes

if TYPE_CHECKING:
    from pylint_oslo_review.enginefacade.summaries import Facts

_MAX_DEPTH = 2


@dataclass(frozen=True)
class Origin:
    """Where a scope's connection is taken: which context, and how."""

    context: str
    #: A node whose open scopes are the ones the connection was taken in.
    node: nodes.NodeNG
    #: True for the connection of a ``.connection`` scope (``<context>.connection``
    #: or the ``as`` name); False for ``<session>.connection()``.
    of_connection_scope: bool
    #: The ``with ... as`` block whose name the session or connection is:
    #: its transaction, not one opened inside it, is the one closed.
    owner: Opening | None = None


@dataclass(frozen=True)
class Closing:
    """A ``with`` item or ``.close()`` on the connection of an open scope."""

    #: What is reported: the ``with`` item's expression, or the ``close()`` call.
    node: nodes.NodeNG
    #: The statement that closes (the With node, or the call).
    site: nodes.NodeNG
    origin: Origin
    #: The scopes on the context open where the connection was taken, outermost first.
    active: tuple[Opening, ...]


def origin(facts: Facts, expression: nodes.NodeNG, depth: int = 0) -> Origin | None:
    """The scope connection *expression* is, or None when it cannot be shown to be one."""
    if isinstance(expression, nodes.Call):
        func = expression.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "connection"):
            return None
        named = sessions.named_opening(facts, func.expr) if isinstance(func.expr, nodes.Name) else None
        if named is not None and named.manager.connection:
            return None  # a Connection has no connection() method
        context = sessions.session_context(facts, func.expr)
        return Origin(context, expression, False, named) if context else None
    if isinstance(expression, nodes.Attribute) and expression.attrname == "connection":
        context = context_key(expression.expr)
        return Origin(context, expression, True) if context else None
    if not isinstance(expression, nodes.Name) or depth > _MAX_DEPTH:
        return None
    named = sessions.named_opening(facts, expression)
    if named is not None:
        if not named.manager.connection or not named.block.body:
            return None  # the session, not a connection
        return Origin(named.context, named.block.body[0], True, named)
    value = local_value(expression)
    return origin(facts, value, depth + 1) if value is not None else None


def _closing_at(facts: Facts, node: nodes.NodeNG, site: nodes.NodeNG, expression: nodes.NodeNG) -> Closing | None:
    found = origin(facts, expression)
    if found is None:
        return None
    taken_in = live_active(facts, found.node, found.context)
    if found.owner is not None:
        if found.owner not in taken_in:
            return None
        taken_in = taken_in[: taken_in.index(found.owner) + 1]
    still_open = live_active(facts, site, found.context)
    # The transaction the connection was taken in must still be open where
    # it is closed: a connection closed after its scope ended is harmless.
    if not taken_in or still_open[: len(taken_in)] != taken_in:
        return None
    return Closing(node, site, found, taken_in)


def closings(facts: Facts) -> list[Closing]:
    """The ``with`` items and ``.close()`` calls on a connection of an open scope."""
    found = []
    for node in own_nodes(facts.function):
        if isinstance(node, nodes.With):
            for expression, _ in node.items:
                closing = _closing_at(facts, expression, node, expression)
                if closing is not None:
                    found.append(closing)
        elif (
            isinstance(node, nodes.Call)
            and isinstance(node.func, nodes.Attribute)
            and node.func.attrname == "close"
            and not node.args
            and not node.keywords
        ):
            closing = _closing_at(facts, node, node, node.func.expr)
            if closing is not None:
                found.append(closing)
    return found
