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

"""enginefacade-retry-inside-transaction: ``wrap_db_retry`` where a transaction is already open.

A function retried by ``oslo_db.api.wrap_db_retry(...)`` and called with a
context that has a scope open on it (the caller's decorator or ``with``
block, certainly open when the call runs) works in the caller's
transaction, and a retry re-runs it there, where it cannot succeed
(``enginefacade.retries``). Reported

- at the retry decorator, when a call in the function's own module runs it
  inside such a scope (directly, or through callers that pass the context
  on without a scope of their own);
- at the call, when the retried function is in another module (inferred,
  never linted: the answer does not depend on which files a run lints).

neutron-lib's ``retry_if_session_inactive(...)`` (``enginefacade.retries``)
is reported at the decorator when a caller anywhere in the project
(``enginefacade.callers``: inferred, or by name where the receiver is not
known, as ``self.l3plugin`` is) calls the function inside a scope on the
same context that it opened on a context no caller can hold a scope on
(``enginefacade.roots``: an RPC endpoint's, a new one), before anything
in that scope can have used the session (``enginefacade.first_in_scope``):
there the decorator's test finds the session inactive and retries. One
call deep only, and the first such caller in file order is named.

A warning: whether the retry matters depends on the errors the data
causes, and callers in other modules may call the same function outside
any scope, where its retry works.
"""

from __future__ import annotations

import os

from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review import compat
from pylint_oslo_review.analysis import calls, project
from pylint_oslo_review.analysis.suites import is_test_module
from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_mode
from pylint_oslo_review.enginefacade import callers, roots
from pylint_oslo_review.enginefacade.first_in_scope import runs_first
from pylint_oslo_review.enginefacade.liveness import live_active
from pylint_oslo_review.enginefacade.retries import inactive_retry_decorator, retry_decorator, runs_in
from pylint_oslo_review.enginefacade.summaries import MAX_DEPTH, Facts, map_context, transaction
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import LIMIT, code

MSG = "enginefacade-retry-inside-transaction"


def _mode_word(manager) -> str:
    """'WRITER ' for a known mode, nothing where the manager's mode is unknown."""
    mode = describe_mode(manager)
    return "" if mode == "mode-less" else f"{mode} "


def _first_call(call: nodes.Call, caller: nodes.FunctionDef, room: int) -> str:
    """Where the caller calls first in its transaction, in at most *room* characters if it can."""
    file = getattr(call.root(), "file", None) or "?"
    base = os.path.basename(file)
    where = os.path.relpath(file, os.path.dirname(project.project_root(file))) if file != "?" else base
    caller_name = code(caller.name, 32)
    candidates = (
        f"first in {caller_name}() at {where}:{call.lineno}",
        f"first in {caller_name}() at {base}:{call.lineno}",
        f"first at {where}:{call.lineno}",
        f"first at {base}:{call.lineno}",
        f"first in {caller_name}()",
    )
    return next((what for what in candidates if len(what) <= room), "first")


class EnginefacadeRetryInsideTransactionChecker(ScopeModelChecker):
    """Finds wrap_db_retry on functions that run inside a caller's transaction."""

    name = "oslo-enginefacade-retry-inside-transaction"
    msgs = {
        "W9132": (
            "Called %s in the %stransaction opened at line %s on '%s': %s "
            "retries '%s' inside that failed transaction; retry where the scope opens",
            MSG,
            "oslo_db.api.wrap_db_retry re-calls the function when it raises an "
            "expected error (oslo_db/api.py, wrap_db_retry.__call__). Inside a "
            "transaction its caller opened on the same context, the function's "
            "own scope joins it (enginefacade.py, _transaction_scope_impl) and "
            "the retry runs in the transaction the error happened in: rolled "
            "back by a deadlock or a lost connection, refused after any error "
            "on PostgreSQL, the same snapshot under MySQL's REPEATABLE READ. "
            "Reported at the decorator for callers in the module, at the call "
            "for a function in another module. neutron-lib's "
            "retry_if_session_inactive skips the retry only when the session has "
            "pending objects or a connection (is_session_active, neutron-lib "
            "2.21 on): reported at it when a caller in the project calls the "
            "function first thing in the outermost scope it opened. Silent for "
            ".independent or .savepoint inner scopes. Put the retry on the "
            "function that opens the outermost scope.",
        ),
    }

    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        decorator = retry_decorator(node)
        if decorator is not None:
            self._check_retried(node, decorator)
        inactive = inactive_retry_decorator(node)
        if inactive is not None and not is_test_module(node.root()):
            self._check_inactive_retried(node, *inactive)
        super().visit_functiondef(node)

    def _check_retried(self, function: nodes.FunctionDef, decorator: nodes.NodeNG) -> None:
        """The retried *function*: is it called inside a transaction in its module?"""
        facts = self.analysis.facts(function)
        if facts is None:
            return
        for parameter in calls.positional_parameters(function):
            found = self._scoped_call(facts, parameter.name, function, parameter.name, 0)
            if found is not None:
                call, current, key = found
                what = f"at line {call.lineno}"
                self._report(decorator, what, function.name, current, key)
                return

    def _check_inactive_retried(self, function: nodes.FunctionDef, decorator: nodes.Call, parameter: str) -> None:
        """``retry_if_session_inactive``: does a caller call *function* first thing in its new transaction?"""
        found = None
        for bound, _ in callers.calls_of(function) or ():
            caller = compat.frame(bound.call)
            key = map_context(parameter, bound)
            if key is None or not isinstance(caller, nodes.FunctionDef) or caller is function:
                continue
            caller_facts = Facts(caller, *self.analysis.openings(caller))
            current = transaction(live_active(caller_facts, bound.call, key))
            if current is None or roots.root(caller, key) is None:
                continue  # no scope, or one a caller's caller may have used already
            if runs_first(caller, current.started_by, bound.call, key):
                found = (bound.call, caller, current, key)
                break
        if found is None:
            return
        call, caller, current, key = found
        callee = self.analysis.facts(function)
        if callee is None or not runs_in(callee, parameter, current):
            return
        retry = "the decorator"
        started = current.started_by
        rest = self.msgs["W9132"][0] % ("", _mode_word(started.manager), started.node.lineno, key, retry, function.name)
        what = _first_call(call, caller, LIMIT - len(rest))
        self._report(decorator, what, function.name, current, key, retry)

    def _scoped_call(self, callee: Facts, parameter: str, function, context: str, depth: int):
        """The first call in the module that reaches *function* inside a transaction on *context*."""
        for bound in calls.possible_calls_to(function):
            caller = compat.frame(bound.call)
            key = map_context(context, bound)
            caller_facts = self.analysis.facts(caller) if isinstance(caller, nodes.FunctionDef) else None
            if key is None or caller_facts is None:
                continue
            current = transaction(live_active(caller_facts, bound.call, key))
            if current is not None:
                if runs_in(callee, parameter, current):
                    return bound.call, current, key
            elif caller_facts.is_parameter_path(key) and depth < MAX_DEPTH and caller is not function:
                found = self._scoped_call(callee, parameter, caller, key, depth + 1)
                if found is not None:
                    return found
        return None

    def check_scoped_function(self, facts: Facts) -> None:
        """A scoped caller: its calls to retried functions of other modules."""
        module = facts.function.root()
        for call in facts.context_calls:
            function = call.bound.function
            if function.root() is module or retry_decorator(function) is None:
                continue
            callee = self.analysis.facts(function, 1)
            if callee is None:
                continue
            for parameter, key in sorted(call.contexts.items()):
                current = transaction(live_active(facts, call.bound.call, key))
                if current is not None and runs_in(callee, parameter, current):
                    self._report(call.bound.call, "here", function.name, current, key)
                    break

    def _report(self, node, what: str, name: str, current, context: str, retry: str = "wrap_db_retry") -> None:
        if expects_failure(node) or is_test_module(node.root()):
            # A test that calls a retried function inside a writer does it on
            # purpose (placement's and nova's tests of the retry and of the
            # nesting): the audit's 3 findings in tests were all pointless.
            return
        started = current.started_by
        self.add_message(
            MSG, node=node,
            args=(what, _mode_word(started.manager), started.node.lineno, context, retry, name),
            confidence=INFERENCE,
        )
