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

"""Managers spelt in ways oslo.db rejects or silently ignores.

- modifier chains that raise (``.writer.async_``, ``.independent.savepoint``)
  or lose a flag (``.savepoint.connection``): see
  ``pylint_oslo_review.enginefacade.chains``;
- ``with M.reader(ctx):``, where ``.using`` was forgotten: the manager's
  ``__call__`` treats the context as the function to decorate and raises
  ``TypeError: unsupported callable``;
- ``M.reader.using(ctx)`` as a statement: the context manager is built and
  dropped, no transaction is opened;
- ``async with`` on a sync manager's ``using()``, ``with`` on an asyncio
  facade manager's: the object does not support that protocol (TypeError).
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.enginefacade.chains import Folded, fold
from pylint_oslo_review.enginefacade.scopes import MODIFIERS
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code


INVALID = "enginefacade-invalid-modifier"
DROPPED = "enginefacade-modifier-dropped"
WITHOUT_USING = "enginefacade-scope-without-using"
NOT_ENTERED = "enginefacade-using-not-entered"
WRONG_WITH = "enginefacade-using-wrong-with"

#: A single modifier can only go wrong on a manager held in a variable
#: (``CONTEXT_WRITER.async_``); ``.connection``/``.reader``/``.writer``
#: alone are far too common on other objects to fold every one of them.
_RISKY_ALONE = frozenset({"async_", "allow_async", "savepoint", "independent"})


def _modifier_count(node: nodes.NodeNG) -> int:
    count = 0
    while isinstance(node, nodes.Attribute) and node.attrname in MODIFIERS:
        count += 1
        node = node.expr
    return count


def _module_variable(node: nodes.NodeNG) -> bool:
    """A name bound at module level (``SAVEPOINT_WRITER``), found without inference."""
    if not isinstance(node, nodes.Name):
        return False
    scope, _ = node.lookup(node.name)
    return isinstance(scope, nodes.Module)


def _within(node: nodes.NodeNG, chain: nodes.Attribute) -> bool:
    """Whether *node* is one of the attributes of *chain* itself."""
    current: nodes.NodeNG = chain
    while isinstance(current, nodes.Attribute):
        if current is node:
            return True
        current = current.expr
    return False


class EnginefacadeManagerUsageChecker(BaseChecker):
    """Checks modifier chains and ``using()`` blocks of enginefacade managers."""

    name = "oslo-enginefacade-manager-usage"
    msgs = {
        "E9106": (
            "evaluating '%s' raises %s; %s",
            INVALID,
            "Some modifier combinations are rejected by oslo.db "
            "(oslo_db/sqlalchemy/enginefacade.py): async_ and allow_async on "
            "a WRITER raise TypeError('Setting async on a WRITER makes no "
            "sense'), and a manager both independent and savepoint raises "
            "TypeError('setting savepoint and independent makes no sense.') "
            "in __init__. For a decorator this happens at import.",
        ),
        "W9107": (
            "'%s' loses .%s: %s; apply .%s last",
            DROPPED,
            "Every modifier builds a new manager with _clone(), which copies "
            "only independent, mode and connection "
            "(oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager._clone). A savepoint or allow_async "
            "followed by another modifier is silently dropped: no SAVEPOINT "
            "is emitted, or the function does not join an async reader "
            "transaction.",
        ),
        "E9108": (
            "'with %s' passes the context to the decorator: oslo.db raises "
            "TypeError: unsupported callable; use 'with %s.using(%s) as session:'",
            WITHOUT_USING,
            "A manager's __call__ is the decorator: 'with manager(context)' "
            "calls it with the context as the function to decorate (it runs "
            "inspect.getfullargspec on its argument); a transaction block is "
            "opened with .using(context) (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.using).",
        ),
        "W9109": (
            "'%s' builds a context manager and drops it: no transaction is "
            "opened; use 'with %s as session:'",
            NOT_ENTERED,
            ".using(context) returns a context manager "
            "(oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.using); only entering it with 'with' "
            "opens the transaction: the code below the call runs outside any.",
        ),
        "E9110": (
            "'%s' is %s on %s manager: TypeError, the object does not support "
            "the %s context manager protocol; use '%s'",
            WRONG_WITH,
            "A sync manager's using() returns a contextlib context manager, "
            "an asyncio facade manager's returns an async one "
            "(oslo_db/sqlalchemy/enginefacade.py and asyncio_facade.py, "
            "using()): each works only with its own kind of with statement.",
        ),
    }

    @only_required_for_messages(INVALID, DROPPED)
    @never_crash
    def visit_attribute(self, node: nodes.Attribute) -> None:
        if node.attrname not in MODIFIERS:
            return
        parent = node.parent
        if isinstance(parent, nodes.Attribute) and parent.attrname in MODIFIERS and parent.expr is node:
            return  # only the whole chain is folded
        if _modifier_count(node) < 2 and node.attrname not in _RISKY_ALONE and not _module_variable(node.expr):
            return
        folded = fold(node)
        if folded is None:
            return
        self._report_problems(node, folded)

    def _report_problems(self, chain: nodes.Attribute, folded: Folded) -> None:
        for problem in folded.problems:
            if not _within(problem.node, chain):
                continue  # reported where that variable is defined
            if problem.kind == "invalid":
                if expects_failure(chain):
                    continue
                self.add_message(
                    INVALID, node=chain, args=(code(chain.as_string()), problem.text, self._invalid_fix(problem.text)),
                    confidence=INFERENCE,
                )
            else:
                lost = problem.text.split(" after .", 1)[1].split(" ", 1)[0]
                self.add_message(
                    DROPPED, node=chain, args=(code(chain.as_string()), lost, problem.text, lost),
                    confidence=INFERENCE,
                )

    @staticmethod
    def _invalid_fix(text: str) -> str:
        if "async" in text:
            return "async applies to readers only: use .reader.async_ or .reader.allow_async"
        return "an independent transaction cannot be a savepoint: drop one of them"

    @only_required_for_messages(WITHOUT_USING, WRONG_WITH)
    @never_crash
    def visit_with(self, node: nodes.With) -> None:
        for expression, _ in node.items:
            if not isinstance(expression, nodes.Call):
                continue
            func = expression.func
            if isinstance(func, nodes.Attribute) and func.attrname == "using":
                self._check_with_kind(node, expression, func)
                continue
            if not isinstance(func, nodes.Attribute) or func.attrname not in MODIFIERS:
                continue
            if fold(func) is None:
                continue
            if expects_failure(expression):
                continue
            argument = expression.args[0].as_string() if expression.args else "context"
            self.add_message(
                WITHOUT_USING, node=expression, args=(code(expression.as_string()), code(func.as_string()), code(argument)),
                confidence=HIGH,
            )

    visit_asyncwith = visit_with

    def _check_with_kind(self, node: nodes.With, call: nodes.Call, using: nodes.Attribute) -> None:
        folded = fold(using.expr)
        if folded is None:
            return
        is_async_with = isinstance(node, nodes.AsyncWith)
        if is_async_with == folded.manager.asyncio or expects_failure(call):
            return
        if is_async_with:
            spelled, kind, protocol, fix = "'async with'", "a synchronous", "asynchronous", "with"
        else:
            spelled, kind, protocol, fix = "'with'", "an asyncio facade", "synchronous", "async with"
        self.add_message(
            WRONG_WITH, node=call, args=(code(call.as_string()), f"entered with {spelled}", kind, protocol, fix),
            confidence=HIGH,
        )

    @only_required_for_messages(NOT_ENTERED)
    @never_crash
    def visit_expr(self, node: nodes.Expr) -> None:
        call = node.value
        if not isinstance(call, nodes.Call):
            return
        func = call.func
        if not isinstance(func, nodes.Attribute) or func.attrname != "using":
            return
        if fold(func.expr) is None:
            return
        self.add_message(NOT_ENTERED, node=call, args=(code(call.as_string()), code(call.as_string())), confidence=HIGH)
