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

"""The transaction-scope model of a function, and what callers can rely on.

For each function, computed once and cached:

- its **openings**: the scope its decorator opens around the body, and its
  ``with ... using(ctx)`` blocks (``openings``);
- the **session reads** (``ctx.session``, ``.connection``, ``.transaction``,
  ``.transaction_ctx``) and the **calls** that pass a context on, each with
  the scopes open around it on that context;
- its **summary**, in terms of its parameters, for its callers:

  - *entries*: "opens a WRITER scope (root R) on parameter ``context``",
    for scopes opened while no scope of its own on that context is open
    (directly, or in a callee it passes the context to);
  - *needs*: "reads ``context.session`` where only a caller's scope can
    make it work".

What happens when scopes nest follows oslo.db: a scope joins the
transaction open on the same context when it has the same root and is not
``independent``; otherwise it starts its own (``_transaction_scope_impl``,
enginefacade.py L1106-1137), and the mode of a joined transaction is the
mode of the scope that started it (``_writer``/``_reader``, L717-742).

Calls are followed by inference (``analysis.calls``), in the module and
across modules, to a bounded depth; a call that cannot be resolved or bound
contributes nothing (silence, never a guess). Besides the calls that pass
a context as an argument: ``obj.save()`` after ``obj._context = context``
(an object that carries the context, oslo.versionedobjects' protocol),
and ``obj_make_list(context, list, Item, rows)`` as the
``Item._from_db_object`` it runs (``ovo.model.make_list``). A call of a
forwarder (``return IMPL.f(context, x)``) costs no depth. Entries lifted
through calls keep the ``if`` tests on their way (``conditions``): a
scope on only some data path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from weakref import WeakKeyDictionary

import astroid
from astroid import nodes

from pylint_oslo_review import compat
from pylint_oslo_review.analysis import calls, db_backends
from pylint_oslo_review.analysis.bounded_memo import BoundedMemo
from pylint_oslo_review.enginefacade import openings as opening_finder
from pylint_oslo_review.enginefacade import sessions
from pylint_oslo_review.enginefacade.chains import Manager, Mode
from pylint_oslo_review.enginefacade.context_use import SCOPED_ATTRIBUTES, looks_like_context_name
from pylint_oslo_review.enginefacade.openings import Opening, context_key
from pylint_oslo_review.enginefacade.scopes import Spellings
from pylint_oslo_review.ovo.model import make_list
from pylint_oslo_review.ovo.resets.children import receiver_class
from pylint_oslo_review.spelling import terminal_name

#: How many calls deep a summary follows callees (a forwarder's call is free).
MAX_DEPTH = 5
#: Functions given ``context.session`` to ask whether a transaction is open:
#: neutron-lib's ``db_api.is_session_active(context.session)`` probes, on
#: purpose, outside any scope (neutron/db/provisioning_blocks.py).
_SESSION_PROBES = frozenset({"is_session_active"})


@dataclass(frozen=True)
class Transaction:
    """The transaction on a context at some point: who started it, in which mode."""

    root: str
    mode: Mode
    #: The opening that started it (the outermost one that did not join).
    started_by: Opening


@dataclass(frozen=True)
class Entry:
    """A scope a function opens on (an attribute of) one of its parameters."""

    #: The context, relative to the function's parameters: ``context``,
    #: ``self.obj_context``.
    context: str
    manager: Manager
    #: The callees from the function to the opener, outermost first.
    path: tuple[str, ...]
    #: How the opener spells the scope.
    spelling: str
    #: The tests that decide whether the path to the opener runs, outermost
    #: first (``if 'uuid' not in service``): empty when it runs whenever
    #: the function does.
    conditions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Need:
    """Something done through ``<context>.session`` that relies on a caller's scope.

    A read of the session (it raises outside a scope), or a change made
    through it (it commits only if the caller's transaction is a writer).
    """

    context: str
    path: tuple[str, ...]
    #: What is done, as written (``ctx.session``, ``session.add()``), and its line.
    what: str
    line: int


@dataclass(frozen=True)
class ScopedRead:
    """A read of ``<context>.session`` (or another scoped attribute, on any
    dotted context such as ``self.context``) with the scopes open at it: what
    the scope checks need. ``context_use.session_reads`` answers the simpler
    question of the decorator checks: on which plain names a body reads them."""

    node: nodes.Attribute
    context: str
    active: tuple[Opening, ...]


@dataclass(frozen=True)
class ContextCall:
    """A resolved call that passes a context to one of the callee's parameters."""

    bound: calls.ResolvedCall
    #: callee's parameter -> the caller's context key passed to it.
    contexts: dict[str, str]


@dataclass(frozen=True)
class Summary:
    """What a function does to the contexts its callers pass it."""

    #: Scopes it opens on them (while no scope of its own is open on them).
    entries: tuple[Entry, ...] = ()
    #: Session reads that rely on the caller's scope.
    needs: tuple[Need, ...] = ()
    #: Changes made in the caller's scope.
    write_needs: tuple[Need, ...] = ()


@dataclass
class Facts:
    """Everything the checks need about one function."""

    function: nodes.FunctionDef
    decorator: Opening | None
    blocks: list[Opening]
    reads: list[ScopedRead] = field(default_factory=list)
    context_calls: list[ContextCall] = field(default_factory=list)
    writes: list[sessions.Write] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    #: ``obj._context = context`` at the top of the body: ``obj._context``
    #: -> (``context``, the line from which on it holds).
    aliases: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def openings(self) -> list[Opening]:
        return ([self.decorator] if self.decorator else []) + self.blocks

    def active(self, node: nodes.NodeNG, context: str) -> tuple[Opening, ...]:
        """The scopes on *context* open around *node*, outermost first."""
        found = []
        child = node
        parent = node.parent
        while parent is not None and parent is not self.function:
            if isinstance(parent, nodes.With) and child in parent.body:
                found.extend(o for o in self.blocks if o.block is parent and o.context == context)
            child, parent = parent, parent.parent
        found.reverse()
        if self.decorator is not None and self.decorator.context == context:
            found.insert(0, self.decorator)
        return tuple(found)

    def resolve_alias(self, key: str, node: nodes.NodeNG) -> str:
        """*key*, or the context it was set to before *node* (``obj._context = context``)."""
        found = self.aliases.get(key)
        if found is not None and node.lineno is not None and node.lineno > found[1]:
            return found[0]
        return key

    def is_parameter_path(self, key: str) -> bool:
        return opening_finder.base_name(key) in self.function.argnames()


def transaction(active: tuple[Opening, ...]) -> Transaction | None:
    """The transaction the innermost of *active* scopes works in."""
    current = None
    for opening in active:
        manager = opening.manager
        if current is None or manager.independent or manager.root != current.root:
            current = Transaction(manager.root, manager.mode, opening)
    return current


def upgrade_error(current: Transaction | None, manager: Manager) -> str | None:
    """oslo.db's TypeError when *manager* is entered in *current*, or None.

    enginefacade.py L717-742: a WRITER cannot join a READER or ASYNC_READER
    transaction, a READER (without allow_async) cannot join an ASYNC_READER.
    """
    if current is None or manager.independent or manager.root != current.root:
        return None
    if current.mode is Mode.READER and manager.mode is Mode.WRITER:
        return "Can't upgrade a READER transaction to a WRITER mid-transaction"
    if current.mode is Mode.ASYNC_READER:
        if manager.mode is Mode.WRITER:
            return "Can't upgrade an ASYNC_READER transaction to a WRITER mid-transaction"
        if manager.mode is Mode.READER and not manager.allow_async:
            return "Can't upgrade an ASYNC_READER transaction to a READER mid-transaction"
    return None


def map_context(key: str, bound: calls.ResolvedCall) -> str | None:
    """The caller's key for the callee's context *key*, through the call's arguments."""
    name, _, rest = key.partition(".")
    argument = bound.arguments.get(name)
    if argument is None:
        params = calls.positional_parameters(bound.function)
        if bound.implicit and params and params[0].name == name and isinstance(bound.call.func, nodes.Attribute):
            argument = bound.call.func.expr  # the receiver, for self/cls
        else:
            return None
    caller_key = context_key(argument)
    if caller_key is None:
        return None
    return f"{caller_key}.{rest}" if rest else caller_key


def looks_like_context(key: str, function: nodes.FunctionDef) -> bool:
    """A cheap test, before any inference: is *key* named, or built, like a context?

    ``context``, ``ctxt``, ``self.obj_context``; or a local set from a call
    of something named like a context (``admin = get_admin_context()``).
    """
    if looks_like_context_name(key.rsplit(".", 1)[-1]):
        return True
    if "." in key:
        return False
    assignments = function.locals.get(key, [])
    if len(assignments) != 1 or not isinstance(assignments[0].parent, nodes.Assign):
        return False
    value = assignments[0].parent.value
    return isinstance(value, nodes.Call) and looks_like_context_name(terminal_name(value.func))


class Analysis:
    """Facts and summaries of functions, cached for the whole run."""

    def __init__(self, spellings: Spellings) -> None:
        self.spellings = spellings
        #: The depth-independent part: openings, reads, calls, writes.
        self._bodies: WeakKeyDictionary[nodes.FunctionDef, Facts] = WeakKeyDictionary()
        #: With the summary, per depth: a summary computed deep in a call
        #: chain is cut short by MAX_DEPTH, and must not be what a
        #: shallower question gets (the answer would depend on which
        #: function the run happened to analyse first).
        self._facts: BoundedMemo[nodes.FunctionDef, Facts | None] = BoundedMemo()
        self._openings: WeakKeyDictionary[nodes.FunctionDef, tuple[Opening | None, list[Opening]]] = (
            WeakKeyDictionary()
        )

    def facts(self, function: nodes.FunctionDef, depth: int = 0) -> Facts | None:
        """The facts and summary of *function* seen *depth* calls deep; None past the bound.

        A recursive call reaches the function again one level deeper, so
        the bound ends cycles too, whatever function they were entered by.
        """
        if depth > MAX_DEPTH:
            return None
        return self._facts.get(function, depth, lambda: self._summarised(function, depth))

    def _summarised(self, function: nodes.FunctionDef, depth: int) -> Facts:
        body = self._body(function)
        try:
            summary = Summary(self._entries(body, depth), self._needs(body, depth), self._write_needs(body, depth))
        except (astroid.AstroidError, RecursionError):
            summary = Summary()
        return replace(body, summary=summary)

    def _body(self, function: nodes.FunctionDef) -> Facts:
        found = self._bodies.get(function)
        if found is None:
            try:
                found = self._compute(function)
            except (astroid.AstroidError, RecursionError):
                found = Facts(function, None, [])
            self._bodies[function] = found
        return found

    def openings(self, function: nodes.FunctionDef) -> tuple[Opening | None, list[Opening]]:
        """The scope *function*'s decorators open, and its ``with`` blocks; cached.

        Much cheaper than ``facts()``, which follows every call that passes
        a context: checks that need a scope in the function ask this first.
        """
        found = self._openings.get(function)
        if found is None:
            try:
                found = (
                    opening_finder.decorator_opening(function, self.spellings),
                    opening_finder.with_openings(function),
                )
            except (astroid.AstroidError, RecursionError):
                found = (None, [])
            self._openings[function] = found
        return found

    def opens_scopes(self, function: nodes.FunctionDef) -> bool:
        decorator, blocks = self.openings(function)
        return decorator is not None or bool(blocks)

    def _compute(self, function: nodes.FunctionDef) -> Facts:
        decorator, blocks = self.openings(function)
        facts = Facts(function, decorator, list(blocks), aliases=_context_aliases(function))
        for node in opening_finder.own_nodes(function):
            if isinstance(node, nodes.Attribute) and node.attrname in SCOPED_ATTRIBUTES:
                self._collect_read(facts, node)
            elif isinstance(node, nodes.Call):
                self._collect_call(facts, node)
                write = sessions.write(facts, node)
                if write is not None:
                    facts.writes.append(write)
        return facts

    @staticmethod
    def _collect_read(facts: Facts, node: nodes.Attribute) -> None:
        if isinstance(node.parent, nodes.Call) and node.parent.func is node:
            return  # session.connection(): a method, not a context attribute
        if isinstance(node.parent, nodes.Call) and terminal_name(node.parent.func) in _SESSION_PROBES:
            return
        key = context_key(node.expr)
        if key is None or key.rsplit(".", 1)[-1] in SCOPED_ATTRIBUTES:
            return
        if not looks_like_context(key, facts.function):
            return
        facts.reads.append(ScopedRead(node, key, facts.active(node, key)))

    @staticmethod
    def _collect_call(facts: Facts, node: nodes.Call) -> None:
        # Cheap filter before inference: some argument looks like a context.
        keys = [context_key(arg) for arg in [*node.args, *(k.value for k in node.keywords or ())]]
        carried = _carries_context(facts, node)
        if not carried and not any(key is not None and looks_like_context(key, facts.function) for key in keys):
            return
        bound = calls.resolve(node)
        if bound is None and carried:
            bound = _resolve_on_object(facts.function, node)
        if bound is None:
            bound = make_list.item_call(node)
        if bound is None:
            return
        contexts = {}
        for param, argument in bound.arguments.items():
            key = context_key(argument)
            if key is not None and looks_like_context(key, facts.function):
                contexts[param] = key
        if contexts or carried:
            facts.context_calls.append(ContextCall(bound, contexts))

    def _entries(self, facts: Facts, depth: int) -> tuple[Entry, ...]:
        entries = []
        for opening in facts.openings:
            if opening.manager.independent or not facts.is_parameter_path(opening.context):
                continue
            if opening.block is not None and facts.active(opening.block, opening.context):
                continue
            conditions = path_conditions(opening.block, facts.function) if opening.block is not None else ()
            entries.append(Entry(opening.context, opening.manager, (), opening.spelling, conditions))
        lifted = self._through_calls(facts, depth, lambda summary: summary.entries, with_calls=True)
        return (*entries, *(_under(entry, facts.function, call) for entry, call in lifted))

    def _needs(self, facts: Facts, depth: int) -> tuple[Need, ...]:
        own = [
            Need(read.context, (), read.node.as_string(), read.node.lineno)
            for read in facts.reads
            if not read.active and facts.is_parameter_path(read.context)
        ]
        return (*own, *self._through_calls(facts, depth, lambda summary: summary.needs))

    def _write_needs(self, facts: Facts, depth: int) -> tuple[Need, ...]:
        own = [
            Need(write.context, (), write.what, write.node.lineno)
            for write in facts.writes
            if facts.is_parameter_path(write.context) and not facts.active(write.node, write.context)
        ]
        return (*own, *self._through_calls(facts, depth, lambda summary: summary.write_needs))

    def _through_calls(self, facts: Facts, depth: int, items_of, with_calls: bool = False) -> list:
        """The callees' summary items (*items_of* a Summary) that become *facts*' own.

        An item on a callee's parameter is the caller's when the caller
        passes one of its own parameters there, with no scope of its own
        open on it around the call: its context and path are restated
        from the caller's side. With *with_calls*, (item, call node) pairs.
        """
        lifted = []
        for call, item, key in self.callee_items(facts, items_of, depth + 1):
            if facts.is_parameter_path(key) and not facts.active(call.bound.call, key):
                if call.bound.function is facts.function or facts.function.name in item.path:
                    continue  # a recursion back into this function: its own items say it
                path = (call.bound.function.name, *item.path)
                restated = replace(item, context=key, path=path)
                lifted.append((restated, call.bound.call) if with_calls else restated)
        return lifted

    def callee_items(self, facts: Facts, items_of, depth: int = 0) -> Iterator[tuple[ContextCall, object, str]]:
        """(call, item, the caller's context) for the summary items of *facts*' callees.

        *items_of* picks the items of a Summary (``lambda s: s.entries``);
        the item's context is restated as the caller's key for it.
        """
        for call in facts.context_calls:
            function = call.bound.function
            callee = self.facts(function, depth - 1 if is_forwarder(function) else depth)
            for item in items_of(callee.summary) if callee is not None else ():
                key = map_context(item.context, call.bound)
                if key is not None:
                    yield call, item, facts.resolve_alias(key, call.bound.call)

    def caller_transactions(
        self, function: nodes.FunctionDef, context: str, depth: int = 0
    ) -> list[Transaction | None]:
        """The transactions on *context* that the visible callers call *function* in.

        Only calls in *function*'s module are visible. A caller that passes
        the context on from its own parameter without a scope is followed to
        its callers in turn; a caller at the end of that chain contributes
        None (no transaction that we know of). A call that may pass the
        context in ``*args``/``**kwargs`` contributes a transaction of
        unknown root and mode when the caller has a scope or callers of its
        own: it may pass it inside one.
        """
        found: list[Transaction | None] = []
        for bound in calls.possible_calls_to(function, partial=True):
            caller = compat.frame(bound.call)  # a comprehension is part of its function
            key = map_context(context, bound)
            caller_facts = self.facts(caller) if isinstance(caller, nodes.FunctionDef) else None
            if key is None and caller_facts is not None and _may_pass_hidden(bound, context):
                found.append(_hidden_transaction(caller_facts, bound.call))
                continue
            if key is None or caller_facts is None:
                found.append(None)
                continue
            active = caller_facts.active(bound.call, key)
            if active:
                found.append(transaction(active))
            elif caller_facts.is_parameter_path(key) and depth < MAX_DEPTH:
                outer = self.caller_transactions(caller, key, depth + 1)
                found.extend(outer or [None])
            else:
                found.append(None)
        return found


_MAX_CONDITION = 60


def path_conditions(node: nodes.NodeNG, function: nodes.FunctionDef) -> tuple[str, ...]:
    """The ``if`` tests (and except clauses) that *node* in *function* runs under, outermost first.

    Loops are not counted: a loop body that runs is the usual case, and
    one that does not (an empty list) does no harm.
    """
    found = []
    child, parent = node, node.parent
    while parent is not None and parent is not function:
        if isinstance(parent, (nodes.If, nodes.IfExp)) and child is not parent.test:
            branch = parent.body if isinstance(parent, nodes.If) else [parent.body]
            found.append(("if " if child in branch else "unless ") + _short(parent.test))
        elif isinstance(parent, nodes.ExceptHandler) and child is not parent.type:
            found.append("on " + (_short(parent.type) if parent.type is not None else "an exception"))
        child, parent = parent, parent.parent
    return tuple(reversed(found))


def _short(node: nodes.NodeNG) -> str:
    text = " ".join(node.as_string().split())
    return text if len(text) <= _MAX_CONDITION else text[: _MAX_CONDITION - 3] + "..."


def _under(entry: Entry, function: nodes.FunctionDef, call: nodes.Call) -> Entry:
    """*entry*, lifted through *call*, with the tests the call runs under added."""
    outer = path_conditions(call, function)
    return replace(entry, conditions=(*outer, *entry.conditions)) if outer else entry


_FORWARDERS: WeakKeyDictionary[nodes.FunctionDef, bool] = WeakKeyDictionary()


def _forwarded(function: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """The backend function *function* only passes its parameters on to: ``return IMPL.f(context, x)``.

    Only a call through an oslo.db backend object (``analysis.db_backends``):
    a project helper that passes the context on to another is a call like
    any other (the helper search reports the reader, not each pass-through).
    """
    body = [s for s in function.body if not (isinstance(s, nodes.Expr) and isinstance(s.value, nodes.Const))]
    if len(body) != 1 or not isinstance(body[0], nodes.Return) or not isinstance(body[0].value, nodes.Call):
        return None
    call = body[0].value
    if db_backends.backend_function(call.func) is None:
        return None
    passed = [*call.args, *(k.value for k in call.keywords or ())]
    if not all(isinstance(a, nodes.Name) and a.name in function.argnames() for a in passed):
        return None
    bound = calls.resolve(call)
    return bound.function if bound is not None and bound.function is not function else None


def is_forwarder(function: nodes.FunctionDef) -> bool:
    """Whether a call of *function* costs no depth: it forwards to a function that is not one.

    Old nova's nova/db/api.py is a module of such forwarders to the
    backend (``analysis.db_backends``); counting them would halve how far
    a summary sees into the database API. A forwarder to a forwarder
    counts, so a cycle of them still ends at the bound.
    """
    found = _FORWARDERS.get(function)
    if found is None:
        try:
            target = _forwarded(function)
            found = target is not None and _forwarded(target) is None
        except (astroid.AstroidError, RecursionError):
            found = False
        _FORWARDERS[function] = found
    return found


def _context_aliases(function: nodes.FunctionDef) -> dict[str, tuple[str, int]]:
    """``obj._context = context`` statements of the body's top level, by target key.

    An object that keeps the context its methods open scopes on
    (oslo.versionedobjects' ``_context``): nova's ``Service._from_db_object``
    sets ``service._context = context``, then calls ``service.save()``. Only
    a target set once in the function, by a statement of the body itself
    (not under an ``if`` or a loop), to a context passed as a plain name.
    """
    counts: dict[str, int] = {}
    for node in opening_finder.own_nodes(function):
        if isinstance(node, nodes.AssignAttr):
            key = context_key(node.expr)
            if key is not None:
                counts[f"{key}.{node.attrname}"] = counts.get(f"{key}.{node.attrname}", 0) + 1
    found = {}
    for statement in function.body:
        if not (isinstance(statement, nodes.Assign) and len(statement.targets) == 1):
            continue
        target = statement.targets[0]
        if not (isinstance(target, nodes.AssignAttr) and isinstance(target.expr, nodes.Name)):
            continue
        value = context_key(statement.value)
        key = f"{target.expr.name}.{target.attrname}"
        if value is None or counts.get(key) != 1 or not looks_like_context(value, function):
            continue
        if opening_finder.base_name(value) == target.expr.name:
            continue
        found[key] = (value, statement.lineno)
    return found


def _carries_context(facts: Facts, call: nodes.Call) -> bool:
    """Whether *call* is a method call on an object that was given a context (``obj.save()``)."""
    func = call.func
    if not (facts.aliases and isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name)):
        return False
    prefix = func.expr.name + "."
    return any(key.startswith(prefix) and call.lineno > line for key, (_, line) in facts.aliases.items())


def _resolve_on_object(function: nodes.FunctionDef, call: nodes.Call) -> calls.ResolvedCall | None:
    """``obj.save()`` on a parameter inference cannot follow, by the object's class.

    The class is the one every call of *function* in its module passes
    (``children.receiver_class``: ``cls._from_db_object(context, cls(),
    row)``); the method is that class's own, a plain method.
    """
    klass = receiver_class(call.func.expr, function)
    if klass is None:
        return None
    try:
        found = next((c.locals[call.func.attrname] for c in klass.mro() if call.func.attrname in c.locals), [])
    except (astroid.AstroidError, RecursionError):
        return None
    if len(found) != 1 or not isinstance(found[0], nodes.FunctionDef) or found[0].type != "method":
        return None
    return calls.bind(call, found[0], 1)


def _may_pass_hidden(bound: calls.ResolvedCall, context: str) -> bool:
    """Whether the parameter of *context* is not written out in a call with starred arguments."""
    call = bound.call
    starred = any(isinstance(a, nodes.Starred) for a in call.args) or any(
        k.arg is None for k in call.keywords or ()
    )
    return starred and opening_finder.base_name(context) not in bound.arguments


def _hidden_transaction(caller: Facts, call: nodes.Call) -> Transaction | None:
    """What a call hiding the context in ``*args``/``**kwargs`` may run in."""
    scoped = any(opening.block is None or _inside(call, opening.block) for opening in caller.openings)
    called = caller.function.name in calls.calls_by_name(caller.function.root())
    if not (scoped or called):
        return None
    opening = Opening(call, opening_finder.unknown_manager(call), "<hidden>")
    return Transaction(opening.manager.root, opening.manager.mode, opening)


def _inside(node: nodes.NodeNG, block: nodes.With) -> bool:
    """Whether *node* is in the body of the ``with`` *block*."""
    child, parent = node, node.parent
    while parent is not None:
        if parent is block:
            return child in block.body
        child, parent = parent, parent.parent
    return False


_ANALYSES: dict[Spellings, Analysis] = {}


def analysis_for(spellings: Spellings) -> Analysis:
    """The shared analysis for these spellings (one per configuration)."""
    found = _ANALYSES.get(spellings)
    if found is None:
        found = _ANALYSES[spellings] = Analysis(spellings)
    return found


def analysis_for_linter(linter) -> Analysis:
    """The analysis configured by the enginefacade spelling options.

    The options belong to the enginefacade-missing-context checker
    (``enginefacade-manager-names`` and the wrapper lists); options are
    global in pylint, so every enginefacade checker reads the same ones.
    """
    return analysis_for(Spellings.from_config(linter.config))
