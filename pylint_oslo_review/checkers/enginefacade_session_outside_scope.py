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

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis.suites import is_test_module
from pylint_oslo_review.checkers.scope_base import ScopeModelChecker, describe_path
from pylint_oslo_review.enginefacade import contexts
from pylint_oslo_review.enginefacade.contexts import Kind
from pylint_oslo_review.enginefacade.summaries import Facts, looks_like_context
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code
from pylint_oslo_review.spelling import terminal_name


MSG = "enginefacade-session-outside-scope"
NEUTRON_MSG = "enginefacade-implicit-writer-session"
POSSIBLE = "enginefacade-possible-session-outside-scope"
_REMOTABLE = frozenset({"remotable", "remotable_classmethod"})
_NEUTRON_PACKAGES = ("neutron", "neutron_lib")


def _imports_neutron(module: nodes.Module) -> bool:
    """Whether the module may pass neutron-lib contexts around (their session falls back)."""
    if module.name.split(".")[0] in _NEUTRON_PACKAGES:
        return True
    for node in module.nodes_of_class((nodes.Import, nodes.ImportFrom)):
        names = [node.modname] if isinstance(node, nodes.ImportFrom) else [name for name, _ in node.names]
        if any(name.split(".")[0] in _NEUTRON_PACKAGES for name in names):
            return True
    return False


def _is_remotable(function: nodes.FunctionDef) -> bool:
    decorators = function.decorators.nodes if function.decorators else []
    return any(terminal_name(d) in _REMOTABLE for d in decorators)


_RPC_TARGET = "oslo_messaging.target.Target"


def _is_rpc_endpoint_method(function: nodes.FunctionDef) -> bool:
    """A public method of a class whose ``target`` class attribute is an oslo.messaging Target.

    oslo.messaging's dispatcher calls an endpoint's methods with the
    context it deserialised from the message (``RPCDispatcher._do_dispatch``,
    ``serializer.deserialize_context``): a new object, with no scope open.
    """
    klass = function.parent
    if not isinstance(klass, nodes.ClassDef) or function.name.startswith("_"):
        return False
    if function.type != "method" or len(function.args.args or ()) < 2:
        return False
    for assignment in klass.locals.get("target", []):
        statement = assignment.parent
        if isinstance(statement, nodes.Assign) and isinstance(statement.value, nodes.Call):
            target = safe_infer(statement.value.func)
            if isinstance(target, nodes.ClassDef) and target.qname() == _RPC_TARGET:
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
            "%s outside any scope on '%s' (%s): neutron-lib hands out a session "
            "in no transaction; open a scope on it",
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
            "%s outside any scope on '%s' (%s): NoEngineContextEstablished unless "
            "a caller holds one; open a scope on it",
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
            return  # most functions: no need to follow their calls
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

    def _check(self, facts: Facts, node, context: str, expression, what: str) -> bool:
        fresh = contexts.fresh_context(facts.function, context)
        reason = f"a new context, line {fresh.line}" if fresh else self._unscoped_root(facts, context)
        if reason is None:
            return False
        kind = contexts.expression_kind(expression) if expression is not None else None
        if kind is None and fresh is not None:
            kind = fresh.kind
        if kind is None and not _imports_neutron(facts.function.root()):
            kind = Kind.RAISES
        if kind is None:
            return False
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
        if self.analysis.opens_scopes(function) or _is_remotable(function) or _is_rpc_endpoint_method(function):
            return True
        return any(_set_from_a_call(function, name) for name in function.locals)

    def _unscoped_root(self, facts: Facts, context: str) -> str | None:
        """Why no scope can be open on the parameter *context* here, or None when one may be."""
        function = facts.function
        if not facts.is_parameter_path(context):
            return None
        if _is_remotable(function):
            return "remotable: none over RPC"
        if _is_rpc_endpoint_method(function) and context == function.args.args[1].name:
            return "an RPC endpoint, given a new context"
        own = [o for o in facts.openings if o.context == context]
        if not own:
            return None
        if any(t is not None for t in self.analysis.caller_transactions(function, context)):
            return None
        return f"its scope at line {own[0].node.lineno} does not cover it"
