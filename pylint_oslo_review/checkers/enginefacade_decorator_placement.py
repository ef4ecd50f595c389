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

"""Scope decorators placed where oslo.db cannot apply them.

- over ``@classmethod``/``@staticmethod``/``@property``: ``TypeError:
  unsupported callable`` at import (oslo.db's usage docs warn about it);
- over a decorator whose wrapper hides the signature (another manager,
  ``wrap_db_retry(...)``, ``retry_if_session_inactive()``): ``IndexError``
  at import, see ``pylint_oslo_review.enginefacade.wrappers``;
- a sync manager right above a generator function or an ``async def``: the
  wrapper returns the generator or coroutine object and closes the scope
  before the body runs, so the body's ``context.session`` raises
  ``NoEngineContextEstablished``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.enginefacade import context_use
from pylint_oslo_review.enginefacade.chains import fold
from pylint_oslo_review.enginefacade.scopes import ContextRule, Spellings, scope_decorator
from pylint_oslo_review.enginefacade.wrappers import Descriptor, Wrapper, applied
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code

if TYPE_CHECKING:
    from pylint.lint import PyLinter

OVER_DESCRIPTOR = "enginefacade-over-descriptor"
OVER_WRAPPER = "enginefacade-over-signature-hiding-wrapper"
SCOPE_CLOSES = "enginefacade-scope-closes-before-body"


def _when(node: nodes.FunctionDef) -> str:
    outer = node.parent.scope() if node.parent else None
    while outer is not None and not isinstance(outer, nodes.Module):
        if isinstance(outer, (nodes.FunctionDef, nodes.Lambda)):
            return f"each time '{getattr(outer, 'name', '<lambda>')}()' runs"
        outer = outer.parent.scope() if outer.parent else None
    return "at import"


class EnginefacadeDecoratorPlacementChecker(BaseChecker):
    """Checks where scope decorators sit in a decorator stack."""

    name = "oslo-enginefacade-decorator-placement"
    msgs = {
        "E9102": (
            "'%s' is applied to a %s object: oslo.db raises TypeError: unsupported "
            "callable %s; put '@%s' above '%s' instead",
            OVER_DESCRIPTOR,
            "An enginefacade manager used as a decorator inspects the function "
            "it decorates with inspect.getfullargspec "
            "(oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.__call__). A classmethod, staticmethod "
            "or property object is not a function, so the decoration fails. "
            "Decorate the function first and wrap the result: the descriptor "
            "goes on top.",
        ),
        "E9103": (
            "'%s' sits on %s, whose wrapper has %s: oslo.db raises "
            "IndexError %s; put it right above the def",
            OVER_WRAPPER,
            "inspect.getfullargspec does not follow __wrapped__, so a manager "
            "placed above a functools.wraps wrapper(*args, **kwargs) sees no "
            "positional parameter and fails with IndexError when it decorates "
            "(oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.__call__). oslo.db's own wrapper, "
            "wrap_db_retry's and neutron-lib's retry_if_session_inactive's are "
            "such wrappers. Wrappers that copy the signature into "
            "__signature__ (nova's pick_context_manager_*) are fine, so the "
            "other fix is to have the wrapper set __signature__.",
        ),
        "W9104": (
            "'%s' is %s under '%s': the scope closes before the body runs, "
            "so '%s' is outside it; %s",
            SCOPE_CLOSES,
            "A synchronous enginefacade manager opens its transaction around "
            "the call of the decorated function (oslo_db/sqlalchemy/"
            "enginefacade.py, _TransactionContextManager.__call__: 'with "
            "self._transaction_scope(context): return fn(...)'). Calling a "
            "generator function or an async def only creates the generator or "
            "coroutine object, which the call returns at once: the scope "
            "closes then, and is gone when the body finally "
            "runs: the session is the one of a scope the caller holds, or "
            "there is none (NoEngineContextEstablished; neutron-lib's Context "
            "falls back to an autonomous writer session).",
        ),
    }

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._spellings: Spellings | None = None

    def open(self) -> None:
        self._spellings = Spellings.from_config(self.linter.config)

    @only_required_for_messages(OVER_DESCRIPTOR, OVER_WRAPPER, SCOPE_CLOSES)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if node.decorators is None:
            return
        decorators = node.decorators.nodes
        for above, below in zip(decorators, decorators[1:]):
            scope = scope_decorator(above, self._spellings)
            if scope is None or scope.rule is not ContextRule.ARGSPEC:
                continue
            result = applied(below, self._spellings)
            if expects_failure(above):
                continue
            if isinstance(result, Descriptor):
                self.add_message(
                    OVER_DESCRIPTOR, node=above,
                    args=(scope.spelling, result.name, _when(node), result.name, scope.spelling),
                    confidence=HIGH,
                )
            elif isinstance(result, Wrapper) and result.hides_the_context():
                self._report_hidden_signature(node, above, below, result)
        self._check_scope_closes(node, decorators[-1])

    visit_asyncfunctiondef = visit_functiondef

    def _report_hidden_signature(self, node, above, below, wrapper: Wrapper) -> None:
        if wrapper.parameters:
            shape = f"only '{wrapper.parameters[0]}' as positional parameter"
        else:
            shape = "no positional parameter"
        self.add_message(
            OVER_WRAPPER, node=above,
            args=("@" + code(above.as_string()), "@" + code(below.as_string(), 36), shape, _when(node)),
            confidence=INFERENCE,
        )

    def _check_scope_closes(self, node: nodes.FunctionDef, innermost: nodes.NodeNG) -> None:
        is_async = isinstance(node, nodes.AsyncFunctionDef)
        if not is_async and not node.is_generator():
            return
        scope = scope_decorator(innermost, self._spellings)
        if scope is None:
            return
        folded = fold(innermost)
        if folded is not None and folded.manager.asyncio:
            return
        params = calls.positional_parameters(node)
        read = self._first_scoped_read(node, params, scope.rule)
        if read is None:
            return
        kind = "an async def" if is_async else "a generator"
        if is_async:
            fix = "use oslo.db's asyncio facade, or make it synchronous"
        else:
            fix = "return a list, or open '.using(context)' inside it"
        self.add_message(
            SCOPE_CLOSES, node=node,
            args=(node.name, kind, scope.spelling, code(read.as_string()), fix),
            confidence=HIGH,
        )

    @staticmethod
    def _first_scoped_read(node, params, rule: ContextRule) -> nodes.Attribute | None:
        """The first ``<context>.session``-style read of the scoped parameter."""
        if rule is ContextRule.NAMED_CONTEXT:
            context = "context"
        else:
            index = 1 if rule is ContextRule.ARGSPEC and params and params[0].name in ("self", "cls") else 0
            if index >= len(params):
                return None
            context = params[index].name
        for read in context_use.session_reads(node):
            if read.name == context:
                return read.node
        return None
