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

"""enginefacade-session-outside-scope: ``context.session`` where no scope can be open.

``<context>.session`` (``.connection``, ``.transaction``, ``.transaction_ctx``)
works only inside a transaction scope on that context; outside, oslo.db
raises ``NoEngineContextEstablished`` (enginefacade.py L1200-1240), and
neutron-lib's ``Context`` silently falls back to an autonomous writer
session (neutron_lib/context.py).

Most such reads are in helpers (``model_query(context, ...)``) that rely on
their caller's scope, and a function's callers are mostly out of sight (a
DB API is called from other modules, or over RPC). So a read, or a call to a
helper whose summary says it reads, is reported only where the absence of
any scope is certain, at an *unscoped root*:

1. the context is new, built in this very function (``get_admin_context()``
   or the context class itself): no caller can have a scope on it;
2. the function is an oslo.versionedobjects ``remotable`` method: it is
   called over RPC, or by the object's user, never from inside a scope; or
   a public method of an oslo.messaging endpoint, which the dispatcher
   calls with a context it has just deserialised;
3. the function opens scopes on this same context itself (so it is not
   written as a helper of a caller's scope), but not around this read, and
   no caller in its module calls it inside a scope.

Only the first is certain whatever the callers: a remotable method runs
locally when the object has no indirection API, and a caller in another
module may hold a scope on a context passed in (verified: a helper reading
``context.session`` runs inside its caller's scope, tests/witnesses). So
the error (E9122) is given for new contexts, and the other two roots get
``enginefacade-possible-session-outside-scope`` (W9128), which names the
condition.

``getattr(context, 'session', None)`` and ``hasattr`` are probes that
swallow the error (the exceptions subclass AttributeError): not reads.
"""

from __future__ import annotations

import os

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis.suites import is_test_module
from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_path
from pylint_oslo_review.analysis import project
from pylint_oslo_review.enginefacade import callers, contexts, roots
from pylint_oslo_review.enginefacade.contexts import Kind
from pylint_oslo_review.enginefacade.summaries import MAX_DEPTH, Facts, looks_like_context
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import LIMIT, code


MSG = "enginefacade-session-outside-scope"
#: The longest template's own text, with its quotes around the context: what
#: is read and the root that reaches it get the rest of message_text.LIMIT.
_TEMPLATE_TEXT = 100
NEUTRON_MSG = "enginefacade-implicit-writer-session"
POSSIBLE = "enginefacade-possible-session-outside-scope"
_NEUTRON_PACKAGES = ("neutron", "neutron_lib")


def _imports_neutron(module: nodes.Module) -> bool:
    """Whether the module passes neutron-lib contexts around (their session falls back)."""
    if module.name.split(".")[0] in _NEUTRON_PACKAGES:
        return True
    for node in module.nodes_of_class((nodes.Import, nodes.ImportFrom)):
        names = [node.modname] if isinstance(node, nodes.ImportFrom) else [name for name, _ in node.names]
        if any(name.split(".")[0] in _NEUTRON_PACKAGES for name in names):
            return True
    return False


def _set_from_a_call(function: nodes.FunctionDef, name: str) -> bool:
    """A local named or built like a context, set once from a call: maybe a new context."""
    assignments = function.locals[name]
    return (
        len(assignments) == 1
        and isinstance(assignments[0].parent, nodes.Assign)
        and isinstance(assignments[0].parent.value, nodes.Call)
        and looks_like_context(name, function)
    )


class EnginefacadeSessionOutsideScopeChecker(ScopeModelChecker):
    """Finds context.session read where no transaction scope can be open."""

    name = "oslo-enginefacade-session-outside-scope"
    msgs = {
        "E9122": (
            "%s outside any scope on '%s' (%s): oslo.db raises "
            "NoEngineContextEstablished; open a scope on it",
            MSG,
            "Reading <context>.session (or .connection, .transaction) needs a "
            "transaction scope open on that context (a @reader/@writer "
            "decorator or a 'with <manager>.reader.using(context)' block, here "
            "or in a caller); outside one, oslo.db raises "
            "NoEngineContextEstablished (oslo_db/sqlalchemy/enginefacade.py, "
            "_context_descriptor). Reported only where no scope can be open: "
            "a context built in the function, a remotable method, or a "
            "function that opens its own scopes on the context elsewhere and "
            "is never called inside one in its module. Reads in helpers are "
            "reported at such callers, naming the helper. An error only for a "
            "context built in the function; the other roots are "
            "enginefacade-possible-session-outside-scope.",
        ),
        "W9123": (
            "%s outside any scope on '%s' (%s): neutron-lib gives a session "
            "in no transaction; open a scope",
            NEUTRON_MSG,
            "neutron-lib's Context.session (neutron_lib/context.py) overrides "
            "the property of oslo.db's transaction_context_provider "
            "(oslo_db/sqlalchemy/enginefacade.py), which raises "
            "NoEngineContextEstablished outside a transaction scope: it falls back to "
            "db_api.get_writer_session() and caches that session on the "
            "context (after a scope that read it, the cached session is that "
            "scope's, already closed). The work then runs outside any "
            "enginefacade transaction: nothing commits or rolls it back with "
            "the surrounding operation. "
            "Reported where no scope can be open, as "
            "enginefacade-session-outside-scope, outside test modules.",
        ),
        "W9128": (
            "%s outside any scope on '%s' (%s): NoEngineContextEstablished "
            "unless a caller holds one; open a scope",
            POSSIBLE,
            "As enginefacade-session-outside-scope, at a root whose callers "
            "may still hold a scope: a remotable method (run locally, by the "
            "object's user, when there is no indirection API), a public method "
            "of an oslo.messaging endpoint (called locally too), or a function "
            "that opens its own scopes on the context elsewhere but not around "
            "the read, with no caller in its module calling it inside a scope "
            "(callers in other modules are out of sight). Outside every scope "
            "oslo.db raises NoEngineContextEstablished "
            "(oslo_db/sqlalchemy/enginefacade.py, _context_descriptor).",
        ),
    }

    @only_required_for_messages(MSG, NEUTRON_MSG, POSSIBLE)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if not self._may_be_unscoped_root(node):
            self._check_helper(node)
            return
        facts = self.analysis.facts(node)
        if facts is None:
            return
        for read in facts.reads:
            if not read.active and read.node.attrname != "transaction_ctx":
                what = f"'{code(read.node.as_string())}' is read"
                self._check(facts, read.node, read.context, read.node.expr, what)
        reported = set()
        for call, need, context in self.analysis.callee_items(facts, lambda summary: summary.needs):
            if call.bound.call in reported or facts.active(call.bound.call, context):
                continue
            argument = call.bound.arguments.get(need.context.partition(".")[0])
            what = f"{describe_path((call.bound.function.name, *need.path))} reads '{need.what}' (line {need.line})"
            if self._check(facts, call.bound.call, context, argument, what):
                reported.add(call.bound.call)  # one message per call

    def _check_helper(self, function: nodes.FunctionDef) -> None:
        """A helper with no scope of its own: report where a root reaches it with none.

        Its callers, across the project's modules, are followed back to an
        unscoped root (enginefacade/callers.py); each read, and each call
        of a callee that reads, is reported once, naming the root.
        """
        if not any(looks_like_context(name, function) for name in function.argnames()):
            return
        if is_test_module(function.root()):
            return
        # Its own reads and its direct callees' (asked one call short of
        # the bound): the readers deeper down are helpers of their own,
        # reported where a route reaches them.
        facts = self.analysis.facts(function, MAX_DEPTH - 1)
        if facts is None or not facts.summary.needs:
            return
        routes = {}
        for need in facts.summary.needs:
            if need.context not in routes:
                found = callers.route(self.analysis, function, need.context)
                if found is not None and found.inferred and found.root.checked_at_root and found.hops <= MAX_DEPTH:
                    found = None  # reported at the root's call (visit_functiondef's root branch)
                routes[need.context] = found
        for read in facts.reads:
            found = routes.get(read.context)
            if found is not None and not read.active:
                what = f"'{code(read.node.as_string())}' is read"
                self._check(facts, read.node, read.context, read.node.expr, what, _reached(found, what, read.context))
        reported = set()
        for call, need, context in self.analysis.callee_items(facts, lambda summary: summary.needs):
            found = routes.get(context)
            if found is None or call.bound.call in reported or facts.active(call.bound.call, context):
                continue
            argument = call.bound.arguments.get(need.context.partition(".")[0])
            what = f"{code(call.bound.function.name, 40)}() reads '{code(need.what, 24)}'"
            if self._check(facts, call.bound.call, context, argument, what, _reached(found, what, context)):
                reported.add(call.bound.call)

    def _check(self, facts: Facts, node, context: str, expression, what: str, reached: str | None = None) -> bool:
        fresh = None if reached else contexts.fresh_context(facts.function, context)
        own_scope = None if reached or fresh else self._own_scope_root(facts, context)
        reason = reached or (f"a new context, line {fresh.line}" if fresh else own_scope or self._unscoped_root(facts, context))
        if reason is None:
            return False
        kind = contexts.expression_kind(expression) if expression is not None else None
        if kind is None and fresh is not None:
            kind = fresh.kind
        if kind is None and _imports_neutron(facts.function.root()):
            if own_scope:
                # A read after the function's own scope, on a context of
                # unknown class: in neutron, the audit found only harmless
                # leftovers (context.session.rollback() after a failed
                # writer, a read whose session is discarded).
                return False
            # neutron's request contexts are neutron-lib's (its auth
            # middleware, RPC serializer and get_admin_context build them).
            kind = Kind.FALLBACK
        if kind is None:
            kind = Kind.RAISES
        if expects_failure(node):
            return False
        symbol = NEUTRON_MSG if kind is not Kind.RAISES else MSG if fresh else POSSIBLE
        if symbol == NEUTRON_MSG and is_test_module(facts.function.root()):
            # A test's fallback session is the test's own business (the
            # audit: rows counted, a concurrent session simulated).
            return False
        self.add_message(symbol, node=node, args=(what, context, reason), confidence=INFERENCE)
        return True

    def _may_be_unscoped_root(self, function: nodes.FunctionDef) -> bool:
        """A cheap test of what ``_unscoped_root`` and fresh contexts need."""
        if (
            self.analysis.opens_scopes(function)
            or roots.is_remotable(function)
            or roots.is_rpc_endpoint_method(function)
        ):
            return True
        return any(_set_from_a_call(function, name) for name in function.locals)

    def _unscoped_root(self, facts: Facts, context: str) -> str | None:
        """Why no scope can be open on the parameter *context* here, or None when one may be."""
        function = facts.function
        if not facts.is_parameter_path(context):
            return None
        if roots.is_remotable(function):
            return "remotable: none over RPC"
        if roots.is_rpc_endpoint_method(function) and context == function.args.args[1].name:
            return "an RPC endpoint, given a new context"
        return None

    def _own_scope_root(self, facts: Facts, context: str) -> str | None:
        """Why no scope is open on *context* in a function that opens its own elsewhere, or None.

        No caller in its module calls it inside a scope on that context.
        """
        function = facts.function
        if not facts.is_parameter_path(context) or roots.is_remotable(function):
            return None
        if roots.is_rpc_endpoint_method(function) and context == function.args.args[1].name:
            return None
        own = [o for o in facts.openings if o.context == context]
        if not own:
            return None
        if any(t is not None for t in self.analysis.caller_transactions(function, context)):
            return None
        return f"its scope at line {own[0].node.lineno} does not cover it"


def _reached(found: callers.Route, what: str, context: str) -> str:
    """How a root reaches a helper, for the message: its function, file and line, and why.

    The file is named from the project's top (neutron has many
    ``mech_driver.py``); shortened, when the message would be too long,
    to its base name, then to the function and its file, then the function.
    """
    caller = code(found.caller.name, 32)
    file = getattr(found.caller.root(), "file", "") or "?"
    path = os.path.basename(file)
    where = os.path.relpath(file, os.path.dirname(project.project_root(file))) if file != "?" else path
    for reason in (
        f"from {caller}() at {where}:{found.call.lineno}, {found.root.reason}",
        f"from {caller}() at {where}:{found.call.lineno}",
        f"from {caller}() at {path}:{found.call.lineno}, {found.root.reason}",
        f"from {caller}() at {path}:{found.call.lineno}",
        f"from {caller}() in {path}",
        f"from {caller}()",
    ):
        if len(what) + len(reason) + len(context) + _TEMPLATE_TEXT <= LIMIT:
            break
    return reason
