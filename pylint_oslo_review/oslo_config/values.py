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

"""What the expressions handed to oslo.config calls hold, without running them.

Registration code passes option lists through names, imports,
concatenations and ``itertools.chain``, and group names as strings,
``OptGroup`` objects or their ``.name``; helpers take both as parameters
(``register_ksa_opts(conf, group, ...)``). :func:`bindings` finds the
expressions a name or attribute may hold (every assignment, the value of
an imported name, a parameter's arguments at the project's call sites, a
for-loop target's element), and the two evaluators fold them. ``None``
means unknown: callers treat it as "anything may be registered here".
Depth-bounded, so every cycle ends; a result depends on the node and the
depth only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.oslo_config import names
from pylint_oslo_review.oslo_config.definitions import OptDef, opt_definition

MAX_DEPTH = 8

#: A callable that lists the project's calls of a function by its name.
Callers = Callable[[str], Iterable[nodes.Call]]


def _no_callers(_name: str) -> Iterable[nodes.Call]:
    return ()


@dataclass(frozen=True)
class Resolver:
    """Evaluates expressions; *callers* says where a parameter gets its arguments."""

    callers: Callers = _no_callers

    # -- bindings ---------------------------------------------------------

    def bindings(self, node: nodes.NodeNG, depth: int) -> list[nodes.NodeNG] | None:
        """The expressions *node* (a Name or Attribute) may hold; None if unknown."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, nodes.Name):
            _scope, statements = node.lookup(node.name)
            return self._of_statements(node.name, statements, depth)
        if isinstance(node, nodes.Attribute):
            module = safe_infer(node.expr)
            if isinstance(module, nodes.Module):
                return self._of_statements(node.attrname, module.locals.get(node.attrname, []), depth)
        return None

    def _of_statements(self, name: str, statements, depth: int) -> list[nodes.NodeNG] | None:
        if not statements:
            return None
        found: list[nodes.NodeNG] = []
        for statement in statements:
            values = self._of_statement(name, statement, depth)
            if values is None:
                return None
            found.extend(values)
        return found

    def _of_statement(self, name: str, statement: nodes.NodeNG, depth: int) -> list[nodes.NodeNG] | None:
        if isinstance(statement, nodes.ImportFrom):
            real = next((orig for orig, alias in statement.names if (alias or orig) == name), None)
            if real is None or real == "*":
                return None
            try:
                module = statement.do_import_module(statement.modname)
            except astroid.AstroidError:
                return None
            found = module.locals.get(real)
            if not found:
                return None  # a submodule: never an option or a group
            return self._of_statements(real, found, depth + 1)
        if isinstance(statement, (nodes.Import, nodes.Module)):
            return [statement]
        if not isinstance(statement, nodes.AssignName):
            return None
        parent = statement.parent
        if isinstance(parent, nodes.Assign) and len(parent.targets) == 1 and parent.targets[0] is statement:
            return [parent.value]
        if isinstance(parent, nodes.AugAssign):
            return [parent.value]
        if isinstance(parent, nodes.Arguments):
            return self._arguments(statement, parent, depth)
        if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.target is statement:
            return self._elements(parent.iter, None, depth)
        if (
            isinstance(parent, nodes.Tuple)
            and isinstance(parent.parent, (nodes.For, nodes.Comprehension))
            and parent.parent.target is parent
        ):
            return self._elements(parent.parent.iter, parent.elts.index(statement), depth)
        if (
            isinstance(parent, nodes.Tuple)
            and isinstance(parent.parent, nodes.Assign)
            and parent.parent.targets == [parent]
            and not any(isinstance(e, nodes.Starred) for e in parent.elts)
        ):
            # group, opts = some_list_opts()[0]
            index = parent.elts.index(statement)
            literals = self.literals(parent.parent.value, depth + 1)
            if literals is None or any(len(lit.elts) != len(parent.elts) for lit in literals):
                return None
            return [lit.elts[index] for lit in literals]
        return None

    def literals(self, node: nodes.NodeNG, depth: int) -> list[nodes.List | nodes.Tuple] | None:
        """The list or tuple displays *node* may be: through names, ``[i]`` and functions' returns."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, (nodes.List, nodes.Tuple)):
            return [node]
        if isinstance(node, nodes.Subscript) and isinstance(node.slice, nodes.Const) and isinstance(node.slice.value, int):
            outer = self.literals(node.value, depth + 1)
            if outer is None:
                return None
            found: list[nodes.List | nodes.Tuple] = []
            for literal in outer:
                if not -len(literal.elts) <= node.slice.value < len(literal.elts):
                    return None
                inner = self.literals(literal.elts[node.slice.value], depth + 1)
                if inner is None:
                    return None
                found.extend(inner)
            return found
        if isinstance(node, nodes.Call):
            function = safe_infer(node.func)
            if not isinstance(function, nodes.FunctionDef) or function.is_generator():
                return None
            returns = [r.value for r in function.nodes_of_class(nodes.Return) if r.scope() is function]
            if not returns or any(value is None for value in returns):
                return None
            return self._literals_of(returns, depth)
        if isinstance(node, (nodes.Name, nodes.Attribute)):
            held = self.bindings(node, depth + 1)
            return None if held is None else self._literals_of(held, depth)
        return None

    def _literals_of(self, values, depth: int):
        found = []
        for value in values:
            literal = self.literals(value, depth + 1)
            if literal is None:
                return None
            found.extend(literal)
        return found

    def _elements(self, iterable: nodes.NodeNG, index: int | None, depth: int) -> list[nodes.NodeNG] | None:
        """What a for-loop over *iterable* binds (element *index* of each item)."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(iterable, (nodes.Name, nodes.Attribute)):
            held = self.bindings(iterable, depth + 1)
            if held is None:
                return None
            found: list[nodes.NodeNG] = []
            for value in held:
                items = self._elements(value, index, depth + 1)
                if items is None:
                    return None
                found.extend(items)
            return found
        if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
            if index is None:
                return list(iterable.elts)
            items = []
            for item in iterable.elts:
                if not isinstance(item, (nodes.Tuple, nodes.List)) or len(item.elts) <= index:
                    return None
                items.append(item.elts[index])
            return items
        if (
            isinstance(iterable, nodes.Call)
            and isinstance(iterable.func, nodes.Attribute)
            and iterable.func.attrname == "items"
            and isinstance(iterable.func.expr, nodes.Dict)
            and index is not None
            and index < 2
        ):
            return [pair[index] for pair in iterable.func.expr.items]
        return None

    def _arguments(self, param: nodes.AssignName, arguments: nodes.Arguments, depth: int) -> list[nodes.NodeNG] | None:
        """A parameter's values: its default and the arguments the project's callers pass."""
        function = arguments.parent
        if not isinstance(function, nodes.FunctionDef) or depth >= MAX_DEPTH - 2:
            return None  # callers cost parsing files: only when the rest of the chain has room
        positional = [arg.name for arg in (arguments.posonlyargs or []) + (arguments.args or [])]
        if function.is_method() and positional and positional[0] in ("self", "cls"):
            positional = positional[1:]
        found: list[nodes.NodeNG] = []
        default = _default_of(arguments, param.name)
        if default is not None:
            found.append(default)
        calls = list(self.callers(function.name))
        if not calls:
            return None
        for call in calls:
            if any(isinstance(arg, nodes.Starred) for arg in call.args) or any(
                keyword.arg is None for keyword in call.keywords or []
            ):
                return None
            value = next((k.value for k in call.keywords or [] if k.arg == param.name), None)
            if value is None and param.name in positional:
                position = positional.index(param.name)
                if position < len(call.args):
                    value = call.args[position]
            if value is not None:
                found.append(value)
            elif default is None:
                return None
        return found

    # -- group names ------------------------------------------------------

    def group_names(self, node: nodes.NodeNG | None, depth: int = 0) -> frozenset[str | None] | None:
        """The group names (None: DEFAULT) *node* may hold; None if unknown."""
        if node is None:
            return frozenset({None})
        if depth > MAX_DEPTH:
            return None
        if isinstance(node, nodes.Const) and (node.value is None or isinstance(node.value, str)):
            return frozenset({node.value})
        if isinstance(node, nodes.Call):
            callee = safe_infer(node.func)
            qname = callee.qname() if isinstance(callee, (nodes.ClassDef, nodes.FunctionDef)) else None
            if qname == names.OPT_GROUP_CLASS:
                found = self.group_names(_argument(node, 0, "name"), depth + 1)
                return None if found is None else (found - {None} or None)
            if qname == "builtins.getattr" and len(node.args) == 3 and not node.keywords:
                # getattr(group, 'name', group): a group or its name.
                attribute = node.args[1]
                if isinstance(attribute, nodes.Const) and attribute.value == "name":
                    return _union(self.group_names(node.args[0], depth + 1), self.group_names(node.args[2], depth + 1))
            return None
        if isinstance(node, nodes.IfExp):
            return _union(self.group_names(node.body, depth + 1), self.group_names(node.orelse, depth + 1))
        if isinstance(node, nodes.Attribute) and node.attrname == "name":
            inner = self.group_names(node.expr, depth + 1)
            if inner is not None:
                return inner
        held = self.bindings(node, depth + 1) if isinstance(node, (nodes.Name, nodes.Attribute)) else None
        if held is None:
            return None
        result: frozenset[str | None] | None = frozenset()
        for value in held:
            result = _union(result, self.group_names(value, depth + 1))
        return result

    # -- option lists -----------------------------------------------------

    def opt_defs(self, node: nodes.NodeNG | None, depth: int = 0) -> tuple[OptDef, ...] | None:
        """The options *node* (one option or a collection of them) holds; None if unknown."""
        if node is None or depth > MAX_DEPTH:
            return None
        if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)):
            return self._concat(node.elts, depth)
        if isinstance(node, nodes.Starred):
            return self.opt_defs(node.value, depth + 1)
        if isinstance(node, nodes.BinOp) and node.op == "+":
            return self._concat([node.left, node.right], depth)
        if isinstance(node, nodes.Call):
            return self._call_opts(node, depth)
        if isinstance(node, (nodes.Name, nodes.Attribute)):
            held = self.bindings(node, depth + 1)
            if held is None:
                return None
            return self._concat(held, depth)
        return None

    def _concat(self, parts: Iterable[nodes.NodeNG], depth: int) -> tuple[OptDef, ...] | None:
        found: list[OptDef] = []
        for part in parts:
            defs = self.opt_defs(part, depth + 1)
            if defs is None:
                return None
            found.extend(defs)
        return tuple(found)

    def _call_opts(self, call: nodes.Call, depth: int) -> tuple[OptDef, ...] | None:
        callee = safe_infer(call.func)
        if isinstance(callee, nodes.ClassDef) and _is_opt_class(callee):
            definition = opt_definition(call, callee, self)
            return None if definition is None else (definition,)
        qname = callee.qname() if isinstance(callee, (nodes.ClassDef, nodes.FunctionDef)) else None
        if qname in ("builtins.list", "builtins.tuple", "copy.deepcopy", "copy.copy", "builtins.sorted"):
            if len(call.args) == 1 and not call.keywords:
                return self.opt_defs(call.args[0], depth + 1)
            return None
        if qname in ("itertools.chain",) and not call.keywords:
            return self._concat(call.args, depth)
        return None


def _union(left, right):
    if left is None or right is None:
        return None
    return left | right


def _default_of(arguments: nodes.Arguments, name: str) -> nodes.NodeNG | None:
    try:
        return arguments.default_value(name)
    except astroid.NoDefault:
        return None


def _argument(call: nodes.Call, position: int, keyword: str) -> nodes.NodeNG | None:
    value = next((k.value for k in call.keywords or [] if k.arg == keyword), None)
    if value is None and position < len(call.args):
        value = call.args[position]
    return value


def _is_opt_class(classdef: nodes.ClassDef) -> bool:
    if classdef.qname() == names.OPT_CLASS:
        return True
    try:
        return any(base.qname() == names.OPT_CLASS for base in classdef.ancestors())
    except astroid.AstroidError:
        return False
