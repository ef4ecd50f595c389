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

"""enginefacade-missing-context: a transaction scope without its request context.

See ``pylint_oslo_review.enginefacade.scopes`` for where oslo.db looks for
the context, and docs/messages/enginefacade-missing-context for examples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import bases, nodes, util
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import HIGH, INFERENCE

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.enginefacade import context_evidence, context_use
from pylint_oslo_review.enginefacade.scopes import ContextRule, ScopeDecorator, Spellings, scope_decorator
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code

if TYPE_CHECKING:
    from pylint.lint import PyLinter

MSG = "enginefacade-missing-context"
POSSIBLE = "enginefacade-possible-missing-context"
_SELF_NAMES = ("self", "cls")
_NOT_DEFINED = "not defined"
_NOT_A_CONTEXT = frozenset(
    {"str", "bytes", "int", "float", "bool", "NoneType", "dict", "list", "tuple", "set", "frozenset"}
)


def _enclosing_function(node: nodes.FunctionDef) -> nodes.FunctionDef | None:
    scope = node.parent.scope() if node.parent else None
    while scope is not None and not isinstance(scope, nodes.Module):
        if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            return scope
        scope = scope.parent.scope() if scope.parent else None
    return None


def _when_decorated(node: nodes.FunctionDef) -> str:
    outer = _enclosing_function(node)
    if outer is None:
        return "at import"
    name = getattr(outer, "name", "<lambda>")
    return f"each time '{name}()' runs"


def _describe_value(type_name: str) -> str:
    return "None" if type_name == "NoneType" else f"a {type_name}"


def _builtin_type_name(value: nodes.NodeNG | None) -> str | None:
    """The builtin type of an inferred value that cannot act as a context."""
    if isinstance(value, nodes.Const):
        name = type(value.value).__name__
    elif isinstance(value, (nodes.List, nodes.ListComp)):
        name = "list"
    elif isinstance(value, (nodes.Dict, nodes.DictComp)):
        name = "dict"
    elif isinstance(value, nodes.Tuple):
        name = "tuple"
    elif isinstance(value, (nodes.Set, nodes.SetComp)):
        name = "set"
    elif isinstance(value, bases.Instance) and not isinstance(value, bases.BoundMethod):
        proxied = value._proxied  # pylint: disable=protected-access
        if not isinstance(proxied, nodes.ClassDef) or proxied.root().name != "builtins":
            return None
        name = proxied.name
    else:
        return None
    return name if name in _NOT_A_CONTEXT else None


def _escapes_from(function: nodes.FunctionDef, scope: nodes.NodeNG) -> bool:
    """Whether *function* is used in *scope* other than by calling it."""
    for name in scope.nodes_of_class(nodes.Name):
        if name.name != function.name:
            continue
        parent = name.parent
        if not (isinstance(parent, nodes.Call) and parent.func is name):
            return True
    return False


class EnginefacadeMissingContextChecker(BaseChecker):
    """Checks that enginefacade scope decorators can find the request context."""

    name = "oslo-enginefacade-missing-context"
    msgs = {
        "E9101": (
            "'%s' under '%s' %s",
            MSG,
            "An oslo.db enginefacade transaction scope (@<manager>.reader, "
            ".writer and their modifiers, or a project wrapper such as nova's "
            "pick_context_manager_writer) takes the request context from the "
            "decorated function's arguments: the first positional parameter, "
            "or the second when the first is named exactly self or cls "
            "(oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.__call__). Without such a parameter "
            "oslo.db raises IndexError while decorating, which for a function "
            "defined inside another happens each time the outer one runs. A "
            "parameter that receives something else makes oslo.db fail with "
            "AttributeError, or opens the transaction on an object that the "
            "body never uses as its context: the context was removed while "
            "the body still uses 'context' (then a module, an import, or "
            "nothing). A context put after another parameter, or taken from "
            "an enclosing function, is enginefacade-possible-missing-context.",
        ),
        "W9129": (
            "'%s' opens its transaction on '%s', but uses %s as its context: "
            "NoEngineContextEstablished unless a caller holds a scope on it; %s",
            POSSIBLE,
            "The scoped parameter is never used as a context, while the body "
            "works on another one: a later parameter, or a variable of the "
            "enclosing function (oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.__call__). The scope opens on the "
            "wrong object: AttributeError if it takes no attributes, else the "
            "body's context has no session unless a caller already holds a "
            "scope on it, where the work joins that transaction instead.",
        ),
    }
    options = (
        (
            "enginefacade-manager-names",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": (
                    "context_manager",
                    "main_context_manager",
                    "api_context_manager",
                    "placement_context_manager",
                    "_CTX_MANAGER",
                    "CONTEXT_READER",
                    "CONTEXT_WRITER",
                ),
                "help": "Names of enginefacade transaction managers, used to "
                "recognise '@<name>.reader', '@<name>.writer' and their "
                "modifiers when astroid cannot infer the manager.",
            },
        ),
        (
            "enginefacade-first-argument-wrappers",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": (
                    "pick_context_manager_reader",
                    "pick_context_manager_writer",
                    "pick_context_manager_reader_allow_async",
                ),
                "help": "Decorators that open a transaction scope on the "
                "first positional argument of every call (nova's "
                "pick_context_manager_* wrappers).",
            },
        ),
        (
            "enginefacade-context-names",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": ("context", "ctxt", "ctx"),
                "help": "How the project spells its request context: a "
                "name of these that the body of a scoped function uses as "
                "a context, while it is no parameter (a module, an import, "
                "nothing), shows the context parameter is missing.",
            },
        ),
        (
            "enginefacade-named-context-wrappers",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": ("select_db_reader_mode",),
                "help": "Decorators that open a transaction scope on the "
                "argument bound to a parameter named 'context' (nova's "
                "select_db_reader_mode).",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._spellings: Spellings | None = None
        self._context_names: frozenset[str] = frozenset()

    def open(self) -> None:
        self._spellings = Spellings.from_config(self.linter.config)
        self._context_names = frozenset(self.linter.config.enginefacade_context_names)

    @only_required_for_messages(MSG, POSSIBLE)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if node.decorators is None or isinstance(node, nodes.AsyncFunctionDef):
            return
        # Only the decorator right above the def sees the function's own
        # signature; what decorators below it do to the argspec is unknown.
        innermost = node.decorators.nodes[-1]
        scope = scope_decorator(innermost, self._spellings)
        if scope is None:
            return
        if scope.rule is ContextRule.NAMED_CONTEXT:
            self._check_named_context(node, scope)
            return
        params = calls.positional_parameters(node)
        if scope.rule is ContextRule.ARGSPEC:
            index = 1 if params and params[0].name in _SELF_NAMES else 0
        else:
            index = 0
        if index >= len(params):
            self._report_no_parameter(node, scope, params, index)
            return
        context = params[index].name
        if self._check_other_parameter_used(node, scope, context):
            return
        if self._check_misplaced_context(node, scope, params, index):
            return
        self._check_callers(node, scope, context)

    def _check_misplaced_context(self, node: nodes.FunctionDef, scope: ScopeDecorator, params, index: int) -> bool:
        """The scoped parameter is never a context, while the body works on one.

        Either a later parameter named like a context is used as one, or the
        body's ``context`` is no parameter at all (a module, an import,
        nothing): the context parameter was removed or put second.
        ``*args`` may carry the context: no verdict.
        """
        if node.args.vararg is not None:
            return False
        scoped = params[index].name
        if not context_evidence.never_a_context(node, scoped, self._context_names):
            return False
        for later in params[index + 1 :]:
            if not (later.name in self._context_names or context_use.looks_like_context_name(later.name)):
                continue
            use = context_evidence.first_context_use(node, later.name, self._context_names)
            if use is None or self._some_caller_passes(node, scoped, later.name):
                continue
            self._report_possible(node, params, index, f"'{later.name}'")
            return True
        free = context_evidence.free_context(node, self._context_names)
        if free is None:
            return False
        evidence = f"'{free.use.node.name}' (line {free.use.node.lineno})"
        self._report_removed(node, scope, params, index, evidence)
        return True

    def _report_possible(self, node, params, index: int, context: str) -> None:
        """The body works on another context than the scoped parameter.

        Not certain: the scope opens on any object that takes attributes,
        and the body's context has a session when a caller already holds a
        scope on it (tests/witnesses: the closure and get_object shapes).
        """
        if index == 1:
            fix = f"put the context right after '{params[0].name}'"
        elif node.is_method() and len(params) > 1:
            fix = f"name '{params[0].name}' self (oslo.db skips only self or cls)"
        else:
            fix = "make the context the first parameter"
        self.add_message(POSSIBLE, node=node, args=(node.name, params[index].name, context, fix), confidence=INFERENCE)

    def _report_removed(self, node, scope: ScopeDecorator, params, index: int, evidence: str) -> None:
        """The body's context is a module, class or function: the context parameter was removed."""
        where = f"right after '{params[0].name}'" if index == 1 else "as the first parameter"
        consequence = (
            f"opens its transaction on '{params[index].name}', not the body's {evidence}; "
            f"add the context {where}"
        )
        self.add_message(MSG, node=node, args=(node.name, scope.spelling, consequence), confidence=INFERENCE)

    def _report_no_parameter(self, node, scope: ScopeDecorator, params, index: int) -> None:
        after = f" after '{params[0].name}'" if index == 1 else ""
        if scope.rule is ContextRule.ARGSPEC:
            where = f"right after '{params[0].name}'" if index == 1 else "as the first parameter"
            consequence = (
                f"has no positional parameter{after} for the request context: "
                f"oslo.db raises IndexError {_when_decorated(node)}; add the context {where}"
            )
        else:
            consequence = (
                "has no positional parameter for the request context: every "
                "call raises TypeError; add the context as the first parameter"
            )
        self.add_message(MSG, node=node, args=(node.name, scope.spelling, consequence), confidence=HIGH)

    def _check_named_context(self, node: nodes.FunctionDef, scope: ScopeDecorator) -> None:
        names = {arg.name for arg in node.args.arguments}
        if "context" in names:
            return
        consequence = (
            "has no parameter named 'context': every call raises KeyError: "
            "'context'; name the request context parameter 'context'"
        )
        self.add_message(MSG, node=node, args=(node.name, scope.spelling, consequence), confidence=HIGH)

    def _check_other_parameter_used(self, node: nodes.FunctionDef, scope: ScopeDecorator, context: str) -> bool:
        """The body reads the session of another name and never uses *context*."""
        if context_use.may_be_used_as_context(node, context):
            return False
        for read in context_use.session_reads(node):
            if read.name == context:
                return False
        for read in context_use.session_reads(node):
            what = self._other_context(node, context, read.name)
            if what is None:
                continue
            if what == _NOT_DEFINED:
                self._report_other_context(node, scope, context, read)
            else:
                params = calls.positional_parameters(node)
                index = [param.name for param in params].index(context)
                self._report_possible(node, params, index, what)
            return True
        return False

    def _other_context(self, node: nodes.FunctionDef, context: str, name: str) -> str | None:
        """What *name* is when it is certainly not what the scope was opened on, or None.

        ``_NOT_DEFINED`` for a name defined nowhere (NameError: certain);
        else, for the W, the context the body uses instead.

        Another parameter is a different argument (unless a caller passes
        the same object twice). A name from an enclosing function is the
        same object only if every caller passes it, so all callers must be
        visible. A name defined nowhere fails anyway. A module global could
        be passed by callers in other modules: no verdict.
        """
        if name in node.argnames():
            if self._some_caller_passes(node, context, name):
                return None
            return f"'{name}'"
        if name in node.locals:
            return None  # a local alias: follow-up work for the scope model
        scope, assignments = node.parent.scope().lookup(name)
        if not assignments:
            return _NOT_DEFINED
        if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)):
            callers = calls.calls_to(node)
            if not callers or _escapes_from(node, scope) or self._some_caller_passes(node, context, name):
                return None
            return f"'{name}' from '{getattr(scope, 'name', '<lambda>')}()'"
        return None

    def _report_other_context(self, node, scope: ScopeDecorator, context: str, read) -> None:
        """The body reads the session of a name defined nowhere: NameError."""
        first = calls.positional_parameters(node)[0].name
        position = "second" if context != first else "first"
        hint = ""
        if context == first and len(node.args.args or ()) > 1 and node.is_method():
            hint = " (not named 'self')"
        consequence = (
            f"opens its transaction on '{context}'{hint} but reads "
            f"'{code(read.node.as_string())}' (line {read.node.lineno}), and "
            f"'{read.name}' is not defined (NameError); make the context the "
            f"{position} parameter"
        )
        self.add_message(MSG, node=node, args=(node.name, scope.spelling, consequence), confidence=INFERENCE)

    @staticmethod
    def _some_caller_passes(node: nodes.FunctionDef, context: str, other: str) -> bool:
        """Whether a caller passes, as *context*, the object the body calls *other*.

        For another parameter: the same expression for both. For a free name
        (a closure's variable): that very name.
        """
        for bound in calls.calls_to(node):
            given = bound.arguments.get(context)
            if given is None:
                continue
            same = bound.arguments.get(other)
            expected = same.as_string() if same is not None else other
            if given.as_string() == expected:
                return True
        return False

    def _check_callers(self, node: nodes.FunctionDef, scope: ScopeDecorator, context: str) -> None:
        for bound in calls.calls_to(node):
            argument = bound.arguments.get(context)
            if argument is None:
                continue
            value = safe_infer(argument)
            if value is None or isinstance(value, util.UninferableBase):
                continue
            type_name = _builtin_type_name(value)
            if type_name is None:
                continue
            consequence = (
                f"the call at line {bound.call.lineno} passes "
                f"{_describe_value(type_name)} as its context '{context}': "
                f"oslo.db raises AttributeError; pass the request context there"
            )
            self.add_message(MSG, node=node, args=(node.name, scope.spelling, consequence), confidence=INFERENCE)
            return
