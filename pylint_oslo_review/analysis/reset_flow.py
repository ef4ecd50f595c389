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

"""Which OVO objects have had their changes reset, on every path, since they changed.

``obj_reset_changes(fields=None, recursive=False)`` (base.py) clears the
object's ``_changed_fields`` (all of them, or the given names), and with
``recursive=True`` also the changes of its child objects. Only a field
assignment (the property setter), or code that touches ``_changed_fields``,
makes an object dirty again. So a reset is redundant when, on every path
that reaches it, an earlier reset of the same object already covered it and
nothing since could have assigned a field of that object.

This module computes that with a forward "must" analysis over one function
body. Objects are named by their access path (``self``, ``obj``,
``self.flavor``). Anything the analysis cannot see through (an unknown
callee that receives the object, an alias, a closure that assigns it) counts
as a change, so uncertainty only ever removes facts: a finding is a
certainty, a missed one is the price.

Callees resolved by inference are summarised (per function, cached): what
they do to each parameter and to each free variable they use (a closure
defined in the caller, as in placement's ``create()``). The typical finding
is ``self._from_db_object(ctx, self, db_obj)``, whose body ends with
``obj.obj_reset_changes()``, followed by ``self.obj_reset_changes()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from astroid import nodes

from pylint_oslo_review.analysis import calls

RESET = "obj_reset_changes"
CHANGE_SET = "_changed_fields"

#: VersionedObject methods that never assign a field of the object.
READ_ONLY_METHODS = frozenset(
    {
        "obj_what_changed",
        "obj_get_changes",
        "obj_attr_is_set",
        "obj_to_primitive",
        "obj_name",
        "obj_clone",
        "get",
        "keys",
        "values",
        "items",
    }
)
#: Builtins that change an object's attributes; every other builtin reads.
_MUTATING_BUILTINS = frozenset({"setattr", "delattr", "exec", "eval"})
_MAX_SUMMARY_DEPTH = 3
_MAX_LOOP_PASSES = 4


@dataclass(frozen=True)
class Reset:
    """What is known to be reset on an object.

    ``fields`` is None when every field is reset. ``origins`` describes the
    resets that established the fact, for messages.
    """

    fields: frozenset[str] | None
    recursive: bool
    origins: frozenset[tuple[int, str]]
    #: Whether a child of the object may have been mutated in place since
    #: (``obj.tags.append(x)``). OVO does not track that, but classes that
    #: override obj_what_changed (nova's Instance) do.
    inplace: bool = False

    def covers(self, fields: frozenset[str] | None | object, recursive: bool) -> bool:
        """Whether this fact makes a reset of *fields* (or UNKNOWN) do nothing."""
        if recursive and not self.recursive:
            return False
        if self.fields is None:
            return True
        return fields is not None and fields is not UNKNOWN and fields <= self.fields

    def join(self, other: Reset) -> Reset | None:
        if self.fields is None:
            joined = other.fields
        elif other.fields is None:
            joined = self.fields
        else:
            joined = self.fields & other.fields
        if joined is not None and not joined:
            return None
        return Reset(
            joined,
            self.recursive and other.recursive,
            self.origins | other.origins,
            self.inplace or other.inplace,
        )

    def then(self, later: Reset) -> Reset:
        """The fact after a second reset made while this one still holds."""
        if later.fields is None:
            return later if later.recursive or not self.recursive else Reset(None, True, later.origins)
        if self.fields is None:
            return Reset(None, self.recursive and later.recursive, self.origins | later.origins, self.inplace)
        return Reset(
            self.fields | later.fields,
            self.recursive and later.recursive,
            self.origins | later.origins,
            self.inplace,
        )

    def child_changed(self) -> Reset:
        """A child object may have changed: recursive coverage is gone."""
        if self.inplace and not self.recursive:
            return self
        return Reset(self.fields, False, self.origins, True)


@dataclass
class State:
    """Facts holding at one program point, and whether the point is reachable."""

    facts: dict[str, Reset] = field(default_factory=dict)
    reachable: bool = True

    def copy(self) -> State:
        return State(dict(self.facts), self.reachable)


def join(states: Iterable[State]) -> State:
    """Facts that hold on every reachable one of *states*."""
    reachable = [s for s in states if s.reachable]
    if not reachable:
        return State(reachable=False)
    facts = dict(reachable[0].facts)
    for state in reachable[1:]:
        for key in list(facts):
            other = state.facts.get(key)
            joined = facts[key].join(other) if other is not None else None
            if joined is None:
                del facts[key]
            else:
                facts[key] = joined
    return State(facts)


def path_key(node: nodes.NodeNG | None) -> str | None:
    """``self``, ``obj``, ``self.flavor``: the object an expression names, or None."""
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Attribute):
        parent = path_key(node.expr)
        return f"{parent}.{node.attrname}" if parent else None
    return None


def _root(key: str) -> str:
    return key.split(".", 1)[0]


def _literal_strings(node: nodes.NodeNG) -> frozenset[str] | None:
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)) and all(
        isinstance(e, nodes.Const) and isinstance(e.value, str) for e in node.elts
    ):
        return frozenset(e.value for e in node.elts)
    return None


#: The fields of a reset whose argument cannot be read (a variable, a string).
UNKNOWN = object()


@dataclass(frozen=True)
class ResetCall:
    """The arguments of one ``obj_reset_changes(...)`` call, as far as known.

    ``fields``: None for all fields, a set for the named ones, UNKNOWN for
    an argument that cannot be read. ``recursive``: True/False, or None
    when unknown.
    """

    fields: frozenset[str] | None | object
    recursive: bool | None

    @classmethod
    def parse(cls, call: nodes.Call) -> ResetCall:
        fields_arg = call.args[0] if call.args else None
        recursive_arg = call.args[1] if len(call.args) > 1 else None
        for keyword in call.keywords or ():
            if keyword.arg == "fields":
                fields_arg = keyword.value
            elif keyword.arg == "recursive":
                recursive_arg = keyword.value
        if fields_arg is None or (isinstance(fields_arg, nodes.Const) and fields_arg.value is None):
            fields = None
        else:
            names = _literal_strings(fields_arg)
            if names is None:
                fields = UNKNOWN
            else:
                # base.py tests the truthiness of fields: [] resets everything.
                fields = names or None
        if recursive_arg is None:
            recursive = False
        elif isinstance(recursive_arg, nodes.Const) and isinstance(recursive_arg.value, bool):
            recursive = recursive_arg.value
        else:
            recursive = None
        return cls(fields, recursive)

    def as_fact(self, origin: tuple[int, str]) -> Reset | None:
        """What this reset establishes; None when nothing is known to be reset."""
        if self.fields is UNKNOWN:
            return None
        return Reset(self.fields, bool(self.recursive), frozenset({origin}))


# ---------------------------------------------------------------- summaries

NONE = "none"
MODIFIES = "modifies"


@dataclass(frozen=True)
class Summary:
    """What calling a function does to the objects it can reach.

    ``effects`` maps a parameter or free-variable name to NONE, MODIFIES or
    the Reset that holds for it on every normal exit. Names absent from it
    are not touched. ``returns`` names the parameter every ``return``
    statement returns, if any.
    """

    effects: dict[str, object]
    returns: str | None

    def effect(self, name: str) -> object:
        return self.effects.get(name, NONE)


_UNKNOWN_SUMMARY = None
_SUMMARIES: WeakKeyDictionary[nodes.FunctionDef, Summary | None] = WeakKeyDictionary()
_IN_PROGRESS: set[nodes.FunctionDef] = set()


def _same_project(function: nodes.FunctionDef, origin: nodes.NodeNG) -> bool:
    return function.root().name.split(".")[0] == origin.root().name.split(".")[0]


def summarize(function: nodes.FunctionDef, depth: int) -> Summary | None:
    """The summary of *function*, or None when it cannot be trusted."""
    if function in _SUMMARIES:
        return _SUMMARIES[function]
    if depth > _MAX_SUMMARY_DEPTH or function in _IN_PROGRESS:
        return _UNKNOWN_SUMMARY
    _IN_PROGRESS.add(function)
    try:
        analysis = _Analysis(function, depth=depth + 1)
        summary = analysis.summary()
    finally:
        _IN_PROGRESS.discard(function)
    _SUMMARIES[function] = summary
    return summary


def clear_cache() -> None:
    _SUMMARIES.clear()


# ----------------------------------------------------------------- analysis

Report = Callable[[nodes.Call, str, Reset], None]


class _Analysis:
    """One pass of the reset analysis over a function body."""

    def __init__(self, function: nodes.FunctionDef, depth: int = 0, report: Report | None = None) -> None:
        self.function = function
        self.depth = depth
        self.report = report
        self.findings: dict[nodes.Call, tuple[str, Reset] | None] = {}
        self.touched: set[str] = set()
        self.exits: list[State] = []
        self.returned: set[str | None] = set()
        self._loops: list[tuple[list[State], list[State]]] = []
        self._raise_points: list[list[State]] = []

    # -- results

    def run(self) -> State:
        end = self.block(self.function.body, State())
        if end.reachable:
            self.exits.append(end)
            self.returned.add(None)
        return end

    def summary(self) -> Summary | None:
        self.run()
        exit_state = join(self.exits)
        if not exit_state.reachable:
            return _UNKNOWN_SUMMARY
        effects: dict[str, object] = {}
        for name in self.touched | set(exit_state.facts):
            fact = exit_state.facts.get(name)
            effects[name] = fact if fact is not None else MODIFIES
        returns = None
        if len(self.returned) == 1:
            returns = next(iter(self.returned))
        return Summary(effects, returns)

    def redundant_resets(self) -> dict[nodes.Call, tuple[str, Reset]]:
        self.run()
        return {call: found for call, found in self.findings.items() if found is not None}

    # -- state changes

    def _modify(self, state: State, key: str) -> None:
        """A field of the object at *key* may have been assigned."""
        state.facts.pop(key, None)
        self._child_changed(state, key)
        self.touched.add(_root(key))

    def _kill(self, state: State, key: str) -> None:
        """The name or path *key* now refers to another, unknown object."""
        for other in list(state.facts):
            if other == key or other.startswith(key + "."):
                del state.facts[other]
        self._child_changed(state, key)
        if "." not in key:
            self.touched.add(key)

    @staticmethod
    def _child_changed(state: State, key: str) -> None:
        """The object at *key* changed: so did a child of each object above it."""
        parts = key.split(".")
        for end in range(1, len(parts)):
            prefix = ".".join(parts[:end])
            if prefix in state.facts:
                state.facts[prefix] = state.facts[prefix].child_changed()

    @staticmethod
    def _unknown_effect(state: State) -> None:
        """Something may have changed any child object through an alias."""
        for key, fact in list(state.facts.items()):
            state.facts[key] = fact.child_changed()

    # -- statements

    def block(self, statements: list[nodes.NodeNG], state: State) -> State:
        for statement in statements:
            if not state.reachable:
                break
            self._may_raise_here(state)
            state = self.statement(statement, state)
            self._may_raise_here(state)
        return state

    def _may_raise_here(self, state: State) -> None:
        """Record *state* for every enclosing ``except``: any statement may raise."""
        if state.reachable:
            for collector in self._raise_points:
                collector.append(state.copy())

    def statement(self, node: nodes.NodeNG, state: State) -> State:  # noqa: C901  # pylint: disable=too-many-return-statements,too-many-branches
        if isinstance(node, nodes.Expr):
            self.expr(node.value, state)
        elif isinstance(node, nodes.Assign):
            self.expr(node.value, state)
            for target in node.targets:
                self.assign(target, state, node.value)
        elif isinstance(node, (nodes.AugAssign, nodes.AnnAssign)):
            if node.value is not None:
                self.expr(node.value, state)
                self.assign(node.target, state, node.value if isinstance(node, nodes.AnnAssign) else None)
        elif isinstance(node, nodes.Delete):
            for target in node.targets:
                self.assign(target, state, None)
        elif isinstance(node, nodes.If):
            self.expr(node.test, state)
            return join([self.block(node.body, state.copy()), self.block(node.orelse, state.copy())])
        elif isinstance(node, (nodes.For, nodes.While)):
            return self.loop(node, state)
        elif isinstance(node, (nodes.Try, nodes.TryStar)):
            return self.try_(node, state)
        elif isinstance(node, nodes.With):
            for item, variables in node.items:
                self.expr(item, state)
                if variables is not None:
                    self.assign(variables, state, None)
            return self.block(node.body, state)
        elif isinstance(node, nodes.Return):
            if node.value is not None:
                self.expr(node.value, state, returned=True)
            self.returned.add(path_key(node.value) if isinstance(node.value, nodes.Name) else None)
            self.exits.append(state.copy())
            return State(reachable=False)
        elif isinstance(node, nodes.Raise):
            for child in node.get_children():
                self.expr(child, state)
            return State(reachable=False)
        elif isinstance(node, nodes.Break):
            if self._loops:
                self._loops[-1][0].append(state.copy())
            return State(reachable=False)
        elif isinstance(node, nodes.Continue):
            if self._loops:
                self._loops[-1][1].append(state.copy())
            return State(reachable=False)
        elif isinstance(node, nodes.Match):
            self.expr(node.subject, state)
            branches = [state.copy()]
            for case in node.cases:
                branch = state.copy()
                for name in case.pattern.nodes_of_class(nodes.AssignName):
                    self._kill(branch, name.name)
                if case.guard is not None:
                    self.expr(case.guard, branch)
                branches.append(self.block(case.body, branch))
            return join(branches)
        elif isinstance(node, (nodes.FunctionDef, nodes.ClassDef)):
            self._kill(state, node.name)
        elif isinstance(node, (nodes.Import, nodes.ImportFrom)):
            for name, alias in node.names:
                self._kill(state, (alias or name).split(".")[0])
        elif isinstance(node, nodes.Assert):
            for child in node.get_children():
                self.expr(child, state)
        elif isinstance(node, (nodes.Pass, nodes.Global, nodes.Nonlocal)):
            pass
        else:
            # A statement this analysis does not model: forget everything.
            state.facts.clear()
        return state

    def loop(self, node: nodes.For | nodes.While, state: State) -> State:
        if isinstance(node, nodes.For):
            self.expr(node.iter, state)
        entry = state.copy()
        breaks: list[State] = []
        for _ in range(_MAX_LOOP_PASSES):
            breaks, continues = [], []
            self._loops.append((breaks, continues))
            body_state = entry.copy()
            if isinstance(node, nodes.For):
                self.assign(node.target, body_state, None)
            else:
                self.expr(node.test, body_state)
            end = self.block(node.body, body_state)
            self._loops.pop()
            new_entry = join([state, end, *continues])
            if new_entry.facts == entry.facts:
                break
            entry = new_entry
        else:
            # No fixed point in a few passes: assume nothing, and look at the
            # body once more under that assumption so findings stay sound.
            entry = State(reachable=entry.reachable)
            breaks, continues = [], []
            self._loops.append((breaks, continues))
            body_state = entry.copy()
            if isinstance(node, nodes.For):
                self.assign(node.target, body_state, None)
            self.block(node.body, body_state)
            self._loops.pop()
        infinite = isinstance(node, nodes.While) and isinstance(node.test, nodes.Const) and bool(node.test.value)
        normal_exit = State(reachable=False) if infinite else entry.copy()
        if isinstance(node, nodes.While) and not infinite:
            self.expr(node.test, normal_exit)
        after_else = self.block(node.orelse, normal_exit)
        return join([after_else, *breaks])

    def try_(self, node: nodes.Try, state: State) -> State:
        points = [state.copy()]
        self._raise_points.append(points)
        try:
            current = self.block(node.body, state.copy())
        finally:
            self._raise_points.pop()
        current = self.block(node.orelse, current)
        handler_entry = join(points)
        outcomes = [current]
        for handler in node.handlers:
            branch = handler_entry.copy()
            if handler.name is not None:
                self.assign(handler.name, branch, None)
            outcomes.append(self.block(handler.body, branch))
        after = join(outcomes)
        if node.finalbody:
            # Code after the statement runs only when the body or a handler
            # completed normally: continue from that state.
            continuation = self.block(node.finalbody, after.copy()) if after.reachable else after
            # Findings inside the finally block must also hold when it runs
            # for an exception; this pass is the last one to record them.
            self.block(node.finalbody, join([after, handler_entry]))
            return continuation
        return after

    # -- assignments

    def assign(self, target: nodes.NodeNG, state: State, value: nodes.NodeNG | None) -> None:
        if isinstance(target, nodes.AssignName):
            self._kill(state, target.name)
            returned = self._returned_fact(value, state)
            if returned is not None:
                state.facts[target.name] = returned
        elif isinstance(target, (nodes.AssignAttr, nodes.Attribute)):
            self.expr(target.expr, state)
            owner = path_key(target.expr)
            if owner is None:
                self._unknown_effect(state)
                return
            self._kill(state, f"{owner}.{target.attrname}")
            if target.attrname == CHANGE_SET or not target.attrname.startswith("_"):
                self._modify(state, owner)
        elif isinstance(target, nodes.Subscript):
            self.expr(target.value, state)
            self.expr(target.slice, state)
            owner = path_key(target.value)
            if owner is not None:
                # VersionedObjectDictCompat: obj['name'] = x sets the field.
                self._modify(state, owner)
            else:
                self._unknown_effect(state)
        elif isinstance(target, (nodes.Tuple, nodes.List)):
            for element in target.elts:
                self.assign(element, state, None)
        elif isinstance(target, nodes.Starred):
            self.assign(target.value, state, None)
        elif isinstance(target, nodes.DelName):
            self._kill(state, target.name)
        elif isinstance(target, nodes.DelAttr):
            owner = path_key(target.expr)
            if owner is not None:
                self._modify(state, owner)
            else:
                self._unknown_effect(state)

    def _returned_fact(self, value: nodes.NodeNG | None, state: State) -> Reset | None:
        """The fact for ``x = f(..., obj, ...)`` when f returns obj, reset."""
        if not isinstance(value, nodes.Call):
            return None
        resolved = calls.resolve(value)
        if resolved is None or not _same_project(resolved.function, self.function):
            return None
        summary = summarize(resolved.function, self.depth)
        if summary is None or summary.returns is None:
            return None
        effect = summary.effect(summary.returns)
        if not isinstance(effect, Reset):
            return None
        return Reset(effect.fields, effect.recursive, frozenset({(value.lineno, _describe(value))}))

    # -- expressions

    def expr(self, node: nodes.NodeNG, state: State, maybe: bool = False, returned: bool = False) -> None:  # noqa: C901  # pylint: disable=too-many-branches
        if isinstance(node, nodes.Call):
            self.call(node, state, maybe)
        elif isinstance(node, nodes.Name):
            if not returned and _escapes(node):
                if node.name in _roots(state):
                    self._kill(state, node.name)
                self._closure_escapes(node.name, state)
        elif isinstance(node, nodes.Attribute):
            self.expr(node.expr, state, maybe)
            key = path_key(node)
            if key is not None and not returned and _escapes(node):
                self._kill(state, key)
        elif isinstance(node, nodes.BoolOp):
            self.expr(node.values[0], state, maybe)
            for value in node.values[1:]:
                self.expr(value, state, True)
        elif isinstance(node, nodes.IfExp):
            self.expr(node.test, state, maybe)
            self.expr(node.body, state, True)
            self.expr(node.orelse, state, True)
        elif isinstance(node, (nodes.ListComp, nodes.SetComp, nodes.DictComp, nodes.GeneratorExp)):
            first, *rest = node.generators
            self.expr(first.iter, state, maybe)
            for child in node.get_children():
                if child is not first:
                    self.expr(child, state, True)
            for generator in rest:
                self.expr(generator, state, True)
        elif isinstance(node, nodes.Comprehension):
            self.expr(node.iter, state, True)
            for condition in node.ifs:
                self.expr(condition, state, True)
            self.assign(node.target, state, None)
        elif isinstance(node, nodes.Lambda):
            # The lambda may run later, anywhere: whatever it can reach escapes.
            for name in node.nodes_of_class(nodes.Name):
                if name.name in _roots(state):
                    self._kill(state, name.name)
        elif isinstance(node, nodes.NamedExpr):
            self.expr(node.value, state, maybe)
            self.assign(node.target, state, node.value)
        else:
            for child in node.get_children():
                self.expr(child, state, maybe)

    def call(self, node: nodes.Call, state: State, maybe: bool) -> None:
        func = node.func
        receiver_key = path_key(func.expr) if isinstance(func, nodes.Attribute) else None
        if isinstance(func, nodes.Attribute):
            self.expr(func.expr, state, maybe)
        elif not isinstance(func, nodes.Name):
            self.expr(func, state, maybe)
        # Arguments that are plain object paths are handed to the callee;
        # anything else is evaluated first.
        for argument in [*node.args, *(k.value for k in node.keywords or ())]:
            target = argument.value if isinstance(argument, nodes.Starred) else argument
            if path_key(target) is None:
                self.expr(target, state, maybe)
        if isinstance(func, nodes.Attribute) and func.attrname == RESET and receiver_key:
            self._reset(node, receiver_key, state, maybe)
            return
        if receiver_key is not None and receiver_key.endswith("." + CHANGE_SET):
            # obj._changed_fields.add('x'): change tracking edited by hand.
            self._modify(state, receiver_key.rsplit(".", 1)[0])
        if isinstance(func, nodes.Attribute) and func.attrname in READ_ONLY_METHODS and receiver_key:
            for argument in node.args:
                key = path_key(argument)
                if key is not None:
                    self._modify(state, key)
            return
        self._handed_over(node, state, resolved=calls.resolve(node), skip_receiver=False)

    def _reset(self, node: nodes.Call, key: str, state: State, maybe: bool) -> None:
        current = ResetCall.parse(node)
        prior = state.facts.get(key)
        recursive = True if current.recursive is None else current.recursive
        if prior is not None and prior.covers(current.fields, recursive):
            self.findings[node] = (key, prior)
        else:
            self.findings[node] = None
        if maybe:
            return
        fact = current.as_fact((node.lineno, f"{RESET}()"))
        if fact is not None:
            state.facts[key] = prior.then(fact) if prior is not None else fact

    def _handed_over(self, node: nodes.Call, state: State, resolved, skip_receiver: bool) -> None:
        """Apply what a call does to the objects it receives or can reach."""
        func = node.func
        handed: list[tuple[str, str | None]] = []  # (path key, parameter name)
        if isinstance(func, nodes.Attribute) and not skip_receiver:
            receiver = path_key(func.expr)
            if receiver is not None:
                param = None
                if resolved is not None and resolved.implicit == 1 and resolved.function.type == "method":
                    param = calls.positional_parameters(resolved.function)[0].name
                handed.append((receiver, param))
        if resolved is not None:
            by_argument = {id(arg): name for name, arg in resolved.arguments.items()}
        else:
            by_argument = {}
        for argument in [*node.args, *(k.value for k in node.keywords or ())]:
            key = path_key(argument)
            if key is not None:
                handed.append((key, by_argument.get(id(argument))))
            elif isinstance(argument, nodes.Starred) and path_key(argument.value):
                handed.append((path_key(argument.value), None))
        summary = None
        builtin = resolved is not None and resolved.function.root().name == "builtins"
        if resolved is not None and not builtin and _same_project(resolved.function, self.function):
            summary = summarize(resolved.function, self.depth)
        if builtin:
            if resolved.function.name in _MUTATING_BUILTINS:
                for key, _ in handed:
                    self._modify(state, key)
            elif isinstance(func, nodes.Attribute) and path_key(func.expr):
                # lst.append(x), dct.update(y): an in-place change of that object.
                self._child_changed(state, path_key(func.expr))
            return
        for key, param in handed:
            effect = summary.effect(param) if summary is not None and param is not None else MODIFIES
            self._apply(state, key, effect, node)
            self._closure_escapes(key, state)
        if summary is None:
            self._unknown_effect(state)
            return
        # Names the callee reaches without receiving them: a closure's free
        # variables (the caller's own locals, such as 'self').
        if _is_nested_in(resolved.function, self.function):
            params = {a.name for a in resolved.function.args.arguments}
            for name, effect in summary.effects.items():
                if name not in params and name in _names_defined_in(self.function):
                    self._apply(state, name, effect, node)

    def _closure_escapes(self, name: str, state: State) -> None:
        """A function defined here is handed on: it may run, and change what it uses."""
        for definition in self.function.locals.get(name, ()):
            if isinstance(definition, (nodes.FunctionDef, nodes.Lambda)) and definition is not self.function:
                for used in definition.nodes_of_class(nodes.Name):
                    if used.name in _roots(state):
                        self._modify(state, used.name)

    def _apply(self, state: State, key: str, effect: object, node: nodes.Call) -> None:
        if effect == NONE:
            # The callee leaves the object's own fields alone, but may still
            # change its children.
            if key in state.facts:
                state.facts[key] = state.facts[key].child_changed()
            return
        if isinstance(effect, Reset):
            self._kill(state, key)
            state.facts[key] = Reset(effect.fields, effect.recursive, frozenset({(node.lineno, _describe(node))}))
            return
        self._modify(state, key)
        self._kill_children(state, key)

    def _kill_children(self, state: State, key: str) -> None:
        for other in list(state.facts):
            if other.startswith(key + "."):
                del state.facts[other]


def _roots(state: State) -> set[str]:
    return {_root(key) for key in state.facts}


#: Parents under which a name is only read, never handed on.
_READING_PARENTS = (nodes.Compare, nodes.UnaryOp, nodes.BinOp, nodes.FormattedValue, nodes.Subscript)


def _escapes(node: nodes.Name | nodes.Attribute) -> bool:
    """Whether the object named by *node* may be stored or handed on here."""
    parent = node.parent
    if isinstance(parent, (nodes.Attribute, nodes.AssignAttr, nodes.DelAttr)) and parent.expr is node:
        return False
    if isinstance(parent, (nodes.Call, nodes.Keyword, nodes.Starred)):
        # Calling it, or an argument: the call itself decides what happens.
        return False
    if isinstance(parent, _READING_PARENTS):
        return False
    if isinstance(parent, (nodes.If, nodes.While, nodes.Assert)) and parent.test is node:
        return False
    if isinstance(parent, nodes.IfExp) and parent.test is node:
        return False
    if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is node:
        return False
    if isinstance(parent, nodes.Expr):
        return False
    return True


def _is_nested_in(function: nodes.FunctionDef, outer: nodes.FunctionDef) -> bool:
    scope = function.parent.scope() if function.parent else None
    while scope is not None:
        if scope is outer:
            return True
        if isinstance(scope, nodes.Module):
            return False
        scope = scope.parent.scope() if scope.parent else None
    return False


def _names_defined_in(function: nodes.FunctionDef) -> set[str]:
    return set(function.locals)


def _describe(call: nodes.Call) -> str:
    text = call.func.as_string()
    return f"{text}(...)" if call.args or call.keywords else f"{text}()"


def redundant_resets(function: nodes.FunctionDef) -> dict[nodes.Call, tuple[str, Reset]]:
    """``obj_reset_changes()`` calls in *function* that every path makes redundant."""
    return _Analysis(function).redundant_resets()
