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

"""Expressions: the value an expression has at import, from astroid's tree.

Literals become real Python values; operators run on data (``+`` of two
tuples, ``x is None``, ``not values``); f-strings are formatted. Names,
attributes and calls are left to the subclass (``definitions`` follows names
to the statements that bind them, ``evaluator`` decides which calls may
run). The result is never guessed: what cannot be computed is an
:class:`~pylint_oslo_review.evaluation.values.Unknown` with the reason.
"""

from __future__ import annotations

import abc
import operator
from dataclasses import dataclass, field
from typing import Any

import astroid
from astroid import nodes

from pylint_oslo_review.evaluation.values import CannotVerify, Unknown, first_unknown, is_data, where

_BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "|": operator.or_, "&": operator.and_,
    "^": operator.xor, "**": operator.pow, "<<": operator.lshift, ">>": operator.rshift,
}
_COMPARE = {
    "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
    ">": operator.gt, ">=": operator.ge,
    "in": lambda a, b: a in b, "not in": lambda a, b: a not in b,
}
_UNARY = {"-": operator.neg, "+": operator.pos, "~": operator.invert, "not": operator.not_}


@dataclass
class Env:
    """The local names of a function body being interpreted."""

    function: nodes.FunctionDef
    names: dict[str, Any] = field(default_factory=dict)


class ExpressionEvaluator(abc.ABC):
    """Evaluates expressions; caches the values of module and class level ones."""

    def __init__(self) -> None:
        self._cache: dict[nodes.NodeNG, Any] = {}
        self._active: set[int] = set()

    @abc.abstractmethod
    def _eval_name(self, node: nodes.Name, env: Env | None) -> Any:
        """The value of a name."""

    @abc.abstractmethod
    def attribute(self, value: Any, name: str) -> Any:
        """``value.name``."""

    @abc.abstractmethod
    def call(self, function: Any, args: list[Any], kwargs: dict[str, Any], node: nodes.NodeNG) -> Any:
        """``function(*args, **kwargs)``."""

    @abc.abstractmethod
    def apply(self, name: str, function: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        """Run a Python callable on evaluated arguments."""

    def evaluate(self, node: nodes.NodeNG | None, env: Env | None = None) -> Any:
        """The value of *node*, or an Unknown saying why it has none."""
        if node is None:
            return Unknown("missing expression")
        if env is None and node in self._cache:
            return self._cache[node]
        if id(node) in self._active:
            return Unknown(f"circular definition at {where(node)}")
        self._active.add(id(node))
        try:
            value = self._dispatch(node, env)
        except (astroid.AstroidError, RecursionError) as error:
            value = Unknown(f"astroid cannot follow {where(node)}: {error.__class__.__name__}")
        finally:
            self._active.discard(id(node))
        if env is None:
            self._cache[node] = value
        return value

    def _dispatch(self, node: nodes.NodeNG, env: Env | None) -> Any:
        handler = getattr(self, f"_eval_{node.__class__.__name__.lower()}", None)
        if handler is None:
            return Unknown(f"unsupported expression {node.as_string()!r} at {where(node)}")
        return handler(node, env)

    def _eval_const(self, node: nodes.Const, _env: Env | None) -> Any:
        return node.value

    def elements(self, elements: list[nodes.NodeNG], env: Env | None) -> list[Any] | Unknown:
        """The values of *elements* (a call's arguments, a display), ``*x`` unpacked."""
        values: list[Any] = []
        for element in elements:
            if isinstance(element, nodes.Starred):
                value = self.evaluate(element.value, env)
                if isinstance(value, Unknown):
                    return value
                try:
                    values.extend(value)
                except TypeError:
                    return Unknown(f"cannot unpack {element.as_string()!r} at {where(element)}")
            else:
                values.append(self.evaluate(element, env))
        return values

    def _eval_tuple(self, node: nodes.Tuple, env: Env | None) -> Any:
        values = self.elements(node.elts, env)
        return values if isinstance(values, Unknown) else tuple(values)

    def _eval_list(self, node: nodes.List, env: Env | None) -> Any:
        return self.elements(node.elts, env)

    def _eval_set(self, node: nodes.Set, env: Env | None) -> Any:
        values = self.elements(node.elts, env)
        return values if isinstance(values, Unknown) else self.apply("set", set, [values], {})

    def _eval_dict(self, node: nodes.Dict, env: Env | None) -> Any:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.items:
            if isinstance(key_node, nodes.DictUnpack):
                value = self.evaluate(value_node, env)
                if not isinstance(value, dict):
                    return first_unknown(value) or Unknown(f"cannot unpack a dict at {where(node)}")
                result.update(value)
                continue
            key = self.evaluate(key_node, env)
            if isinstance(key, Unknown):
                return key
            try:
                result[key] = self.evaluate(value_node, env)
            except TypeError:
                return Unknown(f"unhashable dict key at {where(key_node)}")
        return result

    def _eval_attribute(self, node: nodes.Attribute, env: Env | None) -> Any:
        return self.attribute(self.evaluate(node.expr, env), node.attrname)

    def _eval_call(self, node: nodes.Call, env: Env | None) -> Any:
        function = self.evaluate(node.func, env)
        if isinstance(function, Unknown):
            return function
        args = self.elements(node.args, env)
        if isinstance(args, Unknown):
            return args
        kwargs: dict[str, Any] = {}
        for keyword in node.keywords or ():
            value = self.evaluate(keyword.value, env)
            if keyword.arg is not None:
                kwargs[keyword.arg] = value
            elif isinstance(value, dict) and all(isinstance(k, str) for k in value):
                kwargs.update(value)
            else:
                return first_unknown(value) or Unknown(f"cannot unpack **{keyword.value.as_string()} at {where(node)}")
        return self.call(function, args, kwargs, node)

    def _eval_binop(self, node: nodes.BinOp, env: Env | None) -> Any:
        left, right = self.evaluate(node.left, env), self.evaluate(node.right, env)
        function = _BINARY.get(node.op)
        if function is None:
            return Unknown(f"unsupported operator {node.op} at {where(node)}")
        if node.op in ("*", "**", "<<") and any(isinstance(v, int) and abs(v) > 10_000 for v in (left, right)):
            return Unknown(f"refusing a large {node.op} at {where(node)}")
        return self.apply(node.op, function, [left, right], {})

    def _eval_unaryop(self, node: nodes.UnaryOp, env: Env | None) -> Any:
        operand = self.evaluate(node.operand, env)
        if not is_data(operand):
            # An instance's truth or negation is its class's business.
            return first_unknown(operand) or Unknown(f"cannot decide {node.as_string()!r} at {where(node)}")
        return self.apply(node.op, _UNARY[node.op], [operand], {})

    def _eval_boolop(self, node: nodes.BoolOp, env: Env | None) -> Any:
        value: Any = None
        for operand in node.values:
            value = self.evaluate(operand, env)
            if not is_data(value):
                return first_unknown(value) or Unknown(f"cannot decide {node.as_string()!r} at {where(node)}")
            if bool(value) == (node.op == "or"):
                return value
        return value

    def _eval_compare(self, node: nodes.Compare, env: Env | None) -> Any:
        left = self.evaluate(node.left, env)
        for op, right_node in node.ops:
            right = self.evaluate(right_node, env)
            if op in ("is", "is not"):
                # Identity is decidable against the singletons None/True/False.
                unknown = first_unknown(left) or first_unknown(right)
                singleton = any(v is None or isinstance(v, bool) for v in (left, right))
                if unknown is not None or not singleton:
                    return unknown or Unknown(f"cannot decide {node.as_string()!r} at {where(node)}")
                outcome = (left is right) == (op == "is")
            elif not (is_data(left) and is_data(right)):
                # Instances compare as their class's __eq__ and friends say.
                return first_unknown(left) or first_unknown(right) or Unknown(
                    f"cannot decide {node.as_string()!r} at {where(node)}"
                )
            else:
                outcome = self.apply(op, _COMPARE[op], [left, right], {})
                if not isinstance(outcome, bool):
                    return outcome if isinstance(outcome, Unknown) else Unknown(f"cannot decide {op}")
            if not outcome:
                return False
            left = right
        return True

    def _eval_ifexp(self, node: nodes.IfExp, env: Env | None) -> Any:
        test = self.evaluate(node.test, env)
        if not is_data(test):
            return first_unknown(test) or Unknown(f"cannot decide {node.test.as_string()!r} at {where(node)}")
        return self.evaluate(node.body if test else node.orelse, env)

    def _eval_subscript(self, node: nodes.Subscript, env: Env | None) -> Any:
        value = self.evaluate(node.value, env)
        index = self.evaluate(node.slice, env)
        return self.apply("[]", operator.getitem, [value, index], {})

    def _eval_slice(self, node: nodes.Slice, env: Env | None) -> Any:
        parts = [None if part is None else self.evaluate(part, env) for part in (node.lower, node.upper, node.step)]
        return self.apply("slice", slice, parts, {})

    def _eval_joinedstr(self, node: nodes.JoinedStr, env: Env | None) -> Any:
        pieces = []
        for part in node.values:
            value = self.evaluate(part, env)
            if not isinstance(value, str):
                return first_unknown(value) or Unknown(f"cannot format {node.as_string()!r}")
            pieces.append(value)
        return "".join(pieces)

    def _eval_formattedvalue(self, node: nodes.FormattedValue, env: Env | None) -> Any:
        value = self.evaluate(node.value, env)
        spec = "" if node.format_spec is None else self.evaluate(node.format_spec, env)
        conversion = {115: str, 114: repr, 97: ascii}.get(node.conversion)
        try:
            if conversion is not None:
                value = conversion(value)
            return format(value, spec)
        except (CannotVerify, TypeError, ValueError) as error:
            return Unknown(f"cannot format at {where(node)}: {error}")
