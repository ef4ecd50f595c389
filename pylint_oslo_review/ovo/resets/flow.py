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

Only a field assignment (the property setter), or code that edits
``_changed_fields``, makes an object dirty again after
``obj_reset_changes()``. So a reset is redundant when, on every path that
reaches it, an earlier reset of the same object already covered it and
nothing since could have assigned a field of that object.

This module computes that with a forward "must" analysis over one function
body (the facts are in ``facts``). Anything it cannot see through (an
unknown callee that receives the object, an alias, a closure that assigns
it) counts as a change, so uncertainty only ever removes facts: a finding is
a certainty, a missed one is the price.

Callees resolved by inference are summarised (per function, cached): what
they do to each parameter and to each free variable they use (a closure
defined in the caller, as in placement's ``create()``). The typical finding
is ``self._from_db_object(ctx, self, db_obj)``, whose body ends with
``obj.obj_reset_changes()``, followed by ``self.obj_reset_changes()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from astroid import nodes

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.analysis.bounded_memo import BoundedMemo
from pylint_oslo_review.ovo.resets.facts import Reset, ResetCall, State, join, path_key, root

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

NONE = "none"
MODIFIES = "modifies"


@dataclass(frozen=True)
class Summary:
    """What calling a function does to the objects it can reach.

    ``effects`` maps a parameter or free-variable name to MODIFIES or to the
    Reset that holds for it on every normal exit; names absent from it are
    left alone (NONE). ``returns`` names the parameter that every ``return``
    statement returns, if any.
    """

    effects: dict[str, object]
    returns: str | None

    def effect(self, name: str) -> object:
        return self.effects.get(name, NONE)


#: Per function and depth (analysis.bounded_memo): a summary cut short
#: deep in a call chain is not the one a shallower caller gets.
_SUMMARIES: BoundedMemo[nodes.FunctionDef, Summary | None] = BoundedMemo()


def _same_project(function: nodes.FunctionDef, origin: nodes.NodeNG) -> bool:
    return function.root().name.split(".")[0] == origin.root().name.split(".")[0]


def summarize(function: nodes.FunctionDef, depth: int) -> Summary | None:
    """The summary of *function*, or None when it cannot be trusted."""
    if depth > _MAX_SUMMARY_DEPTH:
        return None
    # A recursive call is summarised one level deeper: the bound ends it.
    return _SUMMARIES.get(function, depth, lambda: _Analysis(function, depth=depth + 1).summary())


def redundant_resets(function: nodes.FunctionDef) -> dict[nodes.Call, tuple[str, Reset]]:
    """``obj_reset_changes()`` calls in *function* that every path makes redundant."""
    return _Analysis(function).redundant_resets()


@dataclass
class _Results:
    """What one walk over a function body records."""

    #: Each reset call: (receiver, covering fact) if redundant, else None.
    findings: dict[nodes.Call, tuple[str, Reset] | None] = field(default_factory=dict)
    #: Root names whose object may have been changed or rebound.
    touched: set[str] = field(default_factory=set)
    #: States at each normal exit of the function.
    exits: list[State] = field(default_factory=list)
    #: What each exit returns: a name, or None for anything else.
    returned: set[str | None] = field(default_factory=set)


class _Analysis:
    """One walk of the reset analysis over a function body."""

    def __init__(self, function: nodes.FunctionDef, depth: int = 0) -> None:
        self.function = function
        self.depth = depth
        self.results = _Results()
        self._loops: list[tuple[list[State], list[State]]] = []
        self._raise_points: list[list[State]] = []

    # -- results

    def run(self) -> None:
        end = self.block(self.function.body, State())
        if end.reachable:
            self.results.exits.append(end)
            self.results.returned.add(None)

    def summary(self) -> Summary | None:
        self.run()
        exit_state = join(self.results.exits)
        if not exit_state.reachable:
            return None
        effects: dict[str, object] = {}
        for name in self.results.touched | set(exit_state.facts):
            fact = exit_state.facts.get(name)
            effects[name] = fact if fact is not None else MODIFIES
        returned = self.results.returned
        return Summary(effects, next(iter(returned)) if len(returned) == 1 else None)

    def redundant_resets(self) -> dict[nodes.Call, tuple[str, Reset]]:
        self.run()
        return {call: found for call, found in self.results.findings.items() if found is not None}

    # -- state changes

    def _modify(self, state: State, key: str) -> None:
        """A field of the object at *key* may have been assigned."""
        state.facts.pop(key, None)
        self._child_changed(state, key)
        self.results.touched.add(root(key))

    def _kill(self, state: State, key: str) -> None:
        """The name or path *key* now refers to another, unknown object."""
        for other in list(state.facts):
            if other == key or other.startswith(key + "."):
                del state.facts[other]
        self._child_changed(state, key)
        if "." not in key:
            self.results.touched.add(key)

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

    def statement(self, node: nodes.NodeNG, state: State) -> State:
        for node_class, handler in _STATEMENTS:
            if isinstance(node, node_class):
                return handler(self, node, state)
        # A statement this analysis does not model: forget everything.
        state.facts.clear()
        return state

    def _expression_statement(self, node: nodes.Expr, state: State) -> State:
        self.expr(node.value, state)
        return state

    def _assignment(self, node: nodes.Assign, state: State) -> State:
        self.expr(node.value, state)
        for target in node.targets:
            self.assign(target, state, node.value)
        return state

    def _augmented_assignment(self, node: nodes.AugAssign | nodes.AnnAssign, state: State) -> State:
        if node.value is not None:
            self.expr(node.value, state)
            self.assign(node.target, state, node.value if isinstance(node, nodes.AnnAssign) else None)
        return state

    def _delete(self, node: nodes.Delete, state: State) -> State:
        for target in node.targets:
            self.assign(target, state, None)
        return state

    def _if(self, node: nodes.If, state: State) -> State:
        self.expr(node.test, state)
        return join([self.block(node.body, state.copy()), self.block(node.orelse, state.copy())])

    def _with(self, node: nodes.With, state: State) -> State:
        for item, variables in node.items:
            self.expr(item, state)
            if variables is not None:
                self.assign(variables, state, None)
        return self.block(node.body, state)

    def _return(self, node: nodes.Return, state: State) -> State:
        if node.value is not None:
            self.expr(node.value, state, returned=True)
        self.results.returned.add(path_key(node.value) if isinstance(node.value, nodes.Name) else None)
        self.results.exits.append(state.copy())
        return State(reachable=False)

    def _raise(self, node: nodes.Raise, state: State) -> State:
        for child in node.get_children():
            self.expr(child, state)
        return State(reachable=False)

    def _break(self, node: nodes.Break, state: State) -> State:  # pylint: disable=unused-argument
        if self._loops:
            self._loops[-1][0].append(state.copy())
        return State(reachable=False)

    def _continue(self, node: nodes.Continue, state: State) -> State:  # pylint: disable=unused-argument
        if self._loops:
            self._loops[-1][1].append(state.copy())
        return State(reachable=False)

    def _match(self, node: nodes.Match, state: State) -> State:
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

    def _definition(self, node: nodes.FunctionDef | nodes.ClassDef, state: State) -> State:
        self._kill(state, node.name)
        return state

    def _import(self, node: nodes.Import | nodes.ImportFrom, state: State) -> State:
        for name, alias in node.names:
            self._kill(state, (alias or name).split(".")[0])
        return state

    def _evaluate_children(self, node: nodes.NodeNG, state: State) -> State:
        for child in node.get_children():
            self.expr(child, state)
        return state

    def _nothing(self, node: nodes.NodeNG, state: State) -> State:  # pylint: disable=unused-argument
        return state

    def _loop(self, node: nodes.For | nodes.While, state: State) -> State:
        if isinstance(node, nodes.For):
            self.expr(node.iter, state)
        entry = state.copy()
        breaks: list[State] = []
        for _ in range(_MAX_LOOP_PASSES):
            end, breaks, continues = self._loop_body(node, entry)
            new_entry = join([state, end, *continues])
            if new_entry.facts == entry.facts:
                break
            entry = new_entry
        else:
            # No fixed point in a few passes: assume nothing, and look at the
            # body once more under that assumption so findings stay sound.
            entry = State(reachable=entry.reachable)
            _, breaks, _ = self._loop_body(node, entry)
        infinite = isinstance(node, nodes.While) and isinstance(node.test, nodes.Const) and bool(node.test.value)
        normal_exit = State(reachable=False) if infinite else entry.copy()
        if isinstance(node, nodes.While) and not infinite:
            self.expr(node.test, normal_exit)
        return join([self.block(node.orelse, normal_exit), *breaks])

    def _loop_body(self, node: nodes.For | nodes.While, entry: State) -> tuple[State, list[State], list[State]]:
        breaks: list[State] = []
        continues: list[State] = []
        self._loops.append((breaks, continues))
        body_state = entry.copy()
        if isinstance(node, nodes.For):
            self.assign(node.target, body_state, None)
        else:
            self.expr(node.test, body_state)
        end = self.block(node.body, body_state)
        self._loops.pop()
        return end, breaks, continues

    def _try(self, node: nodes.Try, state: State) -> State:
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
        if not node.finalbody:
            return after
        # Code after the statement runs only when the body or a handler
        # completed normally: continue from that state.
        continuation = self.block(node.finalbody, after.copy()) if after.reachable else after
        # Findings inside the finally block must also hold when it runs for
        # an exception; this pass is the last one to record them.
        self.block(node.finalbody, join([after, handler_entry]))
        return continuation

    # -- assignments

    def assign(self, target: nodes.NodeNG, state: State, value: nodes.NodeNG | None) -> None:
        if isinstance(target, (nodes.AssignName, nodes.DelName)):
            self._kill(state, target.name)
            returned = self._returned_fact(value) if isinstance(target, nodes.AssignName) else None
            if returned is not None:
                state.facts[target.name] = returned
        elif isinstance(target, (nodes.AssignAttr, nodes.DelAttr)):
            self._assign_attribute(target, state)
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

    def _assign_attribute(self, target: nodes.AssignAttr | nodes.DelAttr, state: State) -> None:
        self.expr(target.expr, state)
        owner = path_key(target.expr)
        if owner is None:
            self._unknown_effect(state)
            return
        self._kill(state, f"{owner}.{target.attrname}")
        if target.attrname == CHANGE_SET or not target.attrname.startswith("_"):
            self._modify(state, owner)

    def _returned_fact(self, value: nodes.NodeNG | None) -> Reset | None:
        """The fact for ``x = f(..., obj, ...)`` when f returns obj, reset."""
        if not isinstance(value, nodes.Call):
            return None
        summary = self._summary_of(calls.resolve(value))
        if summary is None or summary.returns is None:
            return None
        effect = summary.effect(summary.returns)
        if not isinstance(effect, Reset):
            return None
        return Reset(effect.fields, effect.recursive, frozenset({(value.lineno, _describe(value))}))

    # -- expressions

    def expr(self, node: nodes.NodeNG, state: State, maybe: bool = False, returned: bool = False) -> None:
        """Evaluate *node*; *maybe* when it may not run (``a and b``'s ``b``)."""
        if isinstance(node, nodes.Call):
            self.call(node, state, maybe)
        elif isinstance(node, (nodes.Name, nodes.Attribute)):
            self._reference(node, state, maybe, returned)
        elif isinstance(node, nodes.BoolOp):
            self.expr(node.values[0], state, maybe)
            for value in node.values[1:]:
                self.expr(value, state, True)
        elif isinstance(node, nodes.IfExp):
            self.expr(node.test, state, maybe)
            self.expr(node.body, state, True)
            self.expr(node.orelse, state, True)
        elif isinstance(node, (nodes.ListComp, nodes.SetComp, nodes.DictComp, nodes.GeneratorExp)):
            self._comprehension(node, state, maybe)
        elif isinstance(node, nodes.Lambda):
            # The lambda may run later, anywhere: whatever it can reach escapes.
            for name in node.nodes_of_class(nodes.Name):
                if name.name in state.roots():
                    self._kill(state, name.name)
        elif isinstance(node, nodes.NamedExpr):
            self.expr(node.value, state, maybe)
            self.assign(node.target, state, node.value)
        else:
            for child in node.get_children():
                self.expr(child, state, maybe)

    def _reference(self, node: nodes.Name | nodes.Attribute, state: State, maybe: bool, returned: bool) -> None:
        """A name or attribute read: it matters only when the object escapes."""
        if isinstance(node, nodes.Attribute):
            self.expr(node.expr, state, maybe)
        if returned or not escapes(node):
            return
        key = path_key(node)
        if isinstance(node, nodes.Name):
            if key in state.roots():
                self._kill(state, key)
            self._closure_escapes(key, state)
        elif key is not None:
            self._kill(state, key)

    def _comprehension(self, node: nodes.ComprehensionScope, state: State, maybe: bool) -> None:
        first, *rest = node.generators
        self.expr(first.iter, state, maybe)
        for child in node.get_children():
            if child is not first and not isinstance(child, nodes.Comprehension):
                self.expr(child, state, True)
        for generator in [first, *rest]:
            if generator is not first:
                self.expr(generator.iter, state, True)
            for condition in generator.ifs:
                self.expr(condition, state, True)
            self.assign(generator.target, state, None)

    def call(self, node: nodes.Call, state: State, maybe: bool) -> None:
        func = node.func
        receiver = path_key(func.expr) if isinstance(func, nodes.Attribute) else None
        if isinstance(func, nodes.Attribute):
            self.expr(func.expr, state, maybe)
        elif not isinstance(func, nodes.Name):
            self.expr(func, state, maybe)
        # Arguments that are plain object paths are handed to the callee;
        # anything else is evaluated first.
        for argument in _arguments(node):
            target = argument.value if isinstance(argument, nodes.Starred) else argument
            if path_key(target) is None:
                self.expr(target, state, maybe)
        method = func.attrname if isinstance(func, nodes.Attribute) else None
        if method == RESET and receiver:
            self._reset(node, receiver, state, maybe)
        elif method in READ_ONLY_METHODS and receiver:
            for argument in node.args:
                key = path_key(argument)
                if key is not None:
                    self._modify(state, key)
        else:
            if receiver is not None and receiver.endswith("." + CHANGE_SET):
                # obj._changed_fields.add('x'): change tracking edited by hand.
                self._modify(state, receiver.rsplit(".", 1)[0])
            self._handed_over(node, state, calls.resolve(node))

    def _reset(self, node: nodes.Call, key: str, state: State, maybe: bool) -> None:
        current = ResetCall.parse(node)
        prior = state.facts.get(key)
        recursive = True if current.recursive is None else current.recursive
        if prior is not None and prior.covers(current.fields, recursive):
            self.results.findings[node] = (key, prior)
        else:
            self.results.findings[node] = None
        if maybe:
            return
        fact = current.as_fact((node.lineno, f"{RESET}()"))
        if fact is not None:
            state.facts[key] = prior.then(fact) if prior is not None else fact

    # -- calls

    def _summary_of(self, resolved: calls.ResolvedCall | None) -> Summary | None:
        if resolved is None or not _same_project(resolved.function, self.function):
            return None
        return summarize(resolved.function, self.depth)

    def _handed_over(self, node: nodes.Call, state: State, resolved: calls.ResolvedCall | None) -> None:
        """Apply what a call does to the objects it receives or can reach."""
        handed = _handed_objects(node, resolved)
        if resolved is not None and resolved.function.root().name == "builtins":
            self._builtin_call(node, state, resolved.function.name, handed)
            return
        summary = self._summary_of(resolved)
        for key, param in handed:
            effect = summary.effect(param) if summary is not None and param is not None else MODIFIES
            self._apply(state, key, effect, node)
            self._closure_escapes(key, state)
        if summary is None:
            self._unknown_effect(state)
        elif _is_nested_in(resolved.function, self.function):
            # A closure reaches the caller's variables without receiving them.
            params = set(resolved.function.argnames())
            for name, effect in summary.effects.items():
                if name not in params and name in self.function.locals:
                    self._apply(state, name, effect, node)

    def _builtin_call(self, node: nodes.Call, state: State, name: str, handed: list[tuple[str, str | None]]) -> None:
        if name in _MUTATING_BUILTINS:
            for key, _ in handed:
                self._modify(state, key)
            return
        receiver = path_key(node.func.expr) if isinstance(node.func, nodes.Attribute) else None
        if receiver is not None:
            # lst.append(x), dct.update(y): an in-place change of that object.
            self._child_changed(state, receiver)

    def _closure_escapes(self, name: str, state: State) -> None:
        """A function defined here is handed on: it may run, and change what it uses."""
        for definition in self.function.locals.get(name, ()):
            if isinstance(definition, nodes.FunctionDef) and definition is not self.function:
                for used in definition.nodes_of_class(nodes.Name):
                    if used.name in state.roots():
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
        for other in list(state.facts):
            if other.startswith(key + "."):
                del state.facts[other]


_STATEMENTS = (
    (nodes.Expr, _Analysis._expression_statement),  # pylint: disable=protected-access
    (nodes.Assign, _Analysis._assignment),  # pylint: disable=protected-access
    ((nodes.AugAssign, nodes.AnnAssign), _Analysis._augmented_assignment),  # pylint: disable=protected-access
    (nodes.Delete, _Analysis._delete),  # pylint: disable=protected-access
    (nodes.If, _Analysis._if),  # pylint: disable=protected-access
    ((nodes.For, nodes.While), _Analysis._loop),  # pylint: disable=protected-access
    ((nodes.Try, nodes.TryStar), _Analysis._try),  # pylint: disable=protected-access
    (nodes.With, _Analysis._with),  # pylint: disable=protected-access
    (nodes.Return, _Analysis._return),  # pylint: disable=protected-access
    (nodes.Raise, _Analysis._raise),  # pylint: disable=protected-access
    (nodes.Break, _Analysis._break),  # pylint: disable=protected-access
    (nodes.Continue, _Analysis._continue),  # pylint: disable=protected-access
    (nodes.Match, _Analysis._match),  # pylint: disable=protected-access
    ((nodes.FunctionDef, nodes.ClassDef), _Analysis._definition),  # pylint: disable=protected-access
    ((nodes.Import, nodes.ImportFrom), _Analysis._import),  # pylint: disable=protected-access
    (nodes.Assert, _Analysis._evaluate_children),  # pylint: disable=protected-access
    ((nodes.Pass, nodes.Global, nodes.Nonlocal), _Analysis._nothing),  # pylint: disable=protected-access
)


def _arguments(node: nodes.Call) -> list[nodes.NodeNG]:
    return [*node.args, *(keyword.value for keyword in node.keywords or ())]


def _handed_objects(node: nodes.Call, resolved: calls.ResolvedCall | None) -> list[tuple[str, str | None]]:
    """(object path, parameter it binds to) for each object the call receives.

    The receiver of a method call binds to the method's first parameter.
    """
    handed: list[tuple[str, str | None]] = []
    func = node.func
    receiver = path_key(func.expr) if isinstance(func, nodes.Attribute) else None
    if receiver is not None:
        param = None
        if resolved is not None and resolved.implicit == 1 and resolved.function.type == "method":
            first = calls.first_positional(resolved.function)
            param = first.name if first is not None else None
        handed.append((receiver, param))
    by_argument = {id(arg): name for name, arg in resolved.arguments.items()} if resolved else {}
    for argument in _arguments(node):
        target = argument.value if isinstance(argument, nodes.Starred) else argument
        key = path_key(target)
        if key is not None:
            handed.append((key, by_argument.get(id(argument))))
    return handed


#: Parents under which a name is only read, never handed on.
_READING_PARENTS = (nodes.Compare, nodes.UnaryOp, nodes.BinOp, nodes.FormattedValue, nodes.Subscript, nodes.Expr)


def escapes(node: nodes.Name | nodes.Attribute) -> bool:
    """Whether the object named by *node* may be stored or handed on here."""
    parent = node.parent
    if isinstance(parent, (nodes.Attribute, nodes.AssignAttr, nodes.DelAttr)) and parent.expr is node:
        return False
    if isinstance(parent, (nodes.Call, nodes.Keyword, nodes.Starred)):
        # Calling it, or an argument: the call itself decides what happens.
        return False
    if isinstance(parent, _READING_PARENTS):
        return False
    if isinstance(parent, (nodes.If, nodes.While, nodes.Assert, nodes.IfExp)) and parent.test is node:
        return False
    if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is node:
        return False
    return True


def _is_nested_in(function: nodes.FunctionDef, outer: nodes.FunctionDef) -> bool:
    scope = function.parent.scope() if function.parent else None
    while scope is not None and not isinstance(scope, nodes.Module):
        if scope is outer:
            return True
        scope = scope.parent.scope() if scope.parent else None
    return False


def _describe(call: nodes.Call) -> str:
    text = call.func.as_string()
    return f"{text}(...)" if call.args or call.keywords else f"{text}()"
