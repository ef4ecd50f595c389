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

"""A flush that fails inside a scope, and a handler that goes on with the session.

A failed ``Session.flush()`` rolls the session's transaction back and
leaves it deactivated: every further use raises ``PendingRollbackError``
("This Session's transaction has been rolled back due to a previous
exception during flush", sqlalchemy/orm/session.py,
``_raise_for_prerequisite_state``) until ``Session.rollback()``, which
only the scope may call. oslo.db turns the flush's ``IntegrityError`` into
``DBDuplicateEntry`` (oslo_db/sqlalchemy/exc_filters.py), so a project
catches that and looks the row up again, in the same scope: nova's
``compute_node_create`` until 2383cbb4a5.

Only flushes that are certain count: ``<session>.flush()`` and oslo.db's
``ModelBase.save(session)`` (``session.add(self); session.flush()``,
oslo_db/sqlalchemy/models.py) on the scope's session, with no other scope
(a savepoint) opened between the scope and the flush. ``session.execute()``
of a statement does not deactivate the session: it is not a flush.
"""

from __future__ import annotations

from dataclasses import dataclass

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.enginefacade.sessions import session_context
from pylint_oslo_review.spelling import terminal_name

_MODEL_SAVE = "oslo_db.sqlalchemy.models.ModelBase.save"
_LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical"})
_SIMPLE = (nodes.Return, nodes.Pass, nodes.Continue, nodes.Break, nodes.Assign, nodes.AugAssign, nodes.AnnAssign)
#: Exceptions a flush failure is seen as (oslo.db's translation, or anything).
_CATCHING = ("oslo_db.exception.DBError", "builtins.Exception", "builtins.BaseException")


@dataclass(frozen=True)
class Flush:
    """A call that flushes the session of a scope on *context*."""

    node: nodes.Call
    context: str
    what: str


def subtree(statements) -> list[nodes.NodeNG]:
    """The nodes of *statements*, not descending into nested functions or classes."""
    found = []
    stack = list(reversed(statements))
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
            continue
        stack.extend(reversed(list(node.get_children())))
    return found


def flush_of(facts, call: nodes.Call) -> Flush | None:
    """*call* as a certain flush of a scope's session, or None."""
    func = call.func
    if not isinstance(func, nodes.Attribute):
        return None
    if func.attrname == "flush" and not call.args:
        context = session_context(facts, func.expr)
        return Flush(call, context, f"{func.as_string()}()") if context else None
    if func.attrname == "save" and len(call.args) == 1 and not call.keywords:
        context = session_context(facts, call.args[0])
        if context is None:
            return None
        if _save_is_oslo_models(facts.function, func.expr):
            return Flush(call, context, f"{func.as_string()}()")
    return None


def _model_class(function: nodes.FunctionDef, receiver: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class *receiver* is an instance of: ``Model(...)``, a local set once from it, or inferred.

    Instantiating a declarative model often defeats inference; the class
    called does not.
    """
    if isinstance(receiver, nodes.Name):
        assignments = function.locals.get(receiver.name, [])
        values = [a.parent.value for a in assignments if isinstance(a.parent, nodes.Assign)]
        classes = {}
        for value in values:
            found = safe_infer(value.func) if isinstance(value, nodes.Call) else None
            if isinstance(found, nodes.ClassDef):
                classes[found.qname()] = found
        if len(classes) == 1:
            return next(iter(classes.values()))
    if isinstance(receiver, nodes.Call):
        found = safe_infer(receiver.func)
        return found if isinstance(found, nodes.ClassDef) else None
    found = safe_infer(receiver)
    return found._proxied if isinstance(found, astroid.Instance) else None


def _save_is_oslo_models(function: nodes.FunctionDef, receiver: nodes.NodeNG) -> bool:
    """Whether ``<receiver>.save`` is oslo.db's ``ModelBase.save`` (add, then flush)."""
    cls = _model_class(function, receiver)
    if cls is None:
        return False
    try:
        found = cls.getattr("save")
    except astroid.AstroidError:
        return False
    return bool(found) and isinstance(found[0], nodes.FunctionDef) and found[0].qname() == _MODEL_SAVE


def catches_flush_error(handler: nodes.ExceptHandler) -> bool:
    """Whether *handler* catches what a failed flush raises."""
    if handler.type is None:
        return True
    types = handler.type.elts if isinstance(handler.type, nodes.Tuple) else [handler.type]
    for expression in types:
        inferred = safe_infer(expression)
        if isinstance(inferred, nodes.ClassDef):
            names = {inferred.qname(), *(a.qname() for a in inferred.ancestors())}
            if inferred.qname() in _CATCHING or "oslo_db.exception.DBError" in names:
                return True
    return False


def first_flush(facts, statements) -> Flush | None:
    """The first certain flush in *statements*."""
    for node in subtree(statements):
        if isinstance(node, nodes.Call):
            found = flush_of(facts, node)
            if found is not None:
                return found
    return None


def may_finish(body: list[nodes.NodeNG]) -> bool:
    """Whether a handler's *body* visibly lets the exception go on some path.

    Its last statement returns, passes, assigns or logs; or it is oslo.utils'
    ``save_and_reraise_exception()`` block that sets ``reraise = False``; or
    an ``if`` one of whose branches does so (or falls through). Anything
    else (a raise, a call that may raise) is not known to finish.
    """
    if not body:
        return True
    last = body[-1]
    if isinstance(last, _SIMPLE):
        return True
    if isinstance(last, nodes.Expr) and isinstance(last.value, nodes.Call):
        return terminal_name(last.value.func) in _LOG_METHODS
    if isinstance(last, nodes.If):
        return may_finish(last.body) or may_finish(last.orelse)
    if isinstance(last, nodes.With):
        for expression, target in last.items:
            if isinstance(expression, nodes.Call) and terminal_name(expression.func) == "save_and_reraise_exception":
                return isinstance(target, nodes.AssignName) and _clears_reraise(last.body, target.name)
    return False


def _clears_reraise(body, name: str) -> bool:
    for node in subtree(body):
        if isinstance(node, nodes.Assign) and isinstance(node.value, nodes.Const) and node.value.value is False:
            for target in node.targets:
                if isinstance(target, nodes.AssignAttr) and target.attrname == "reraise" and target.expr.as_string() == name:
                    return True
    return False
