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

"""Constant folding across modules: the value an expression has at import.

A field's ``default=``, ``nullable=`` and ``valid_values`` are expressions
over module constants, class attributes and a few builtins, often in other
modules (``arch.ALL``, ``lib_constants.VALID_ETHERTYPES``,
``tuple(sorted(signature_utils.HASH_METHODS.keys()))``). The
:class:`Evaluator` computes them from astroid's trees: literals and
operators (``expressions``), names and attributes (``definitions``), and,
here, the classes themselves (MRO and metaclass, computed as Python does
from bases that are evaluated like any other expression) and calls: only
the whitelisted builtins of ``builtin_calls`` run, on data, and calling a
class builds a lazy instance (``construction``).

Anything else evaluates to :class:`~pylint_oslo_review.evaluation.values.Unknown`
with the reason; evaluation itself never raises and never runs project code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import astroid
from astroid import nodes

from pylint_oslo_review.evaluation import builtin_calls, construction, scopes
from pylint_oslo_review.evaluation.definitions import DefinitionEvaluator
from pylint_oslo_review.evaluation.expressions import Env
from pylint_oslo_review.evaluation.values import (
    BasesStandIn,
    CannotVerify,
    ClassRef,
    FunctionRef,
    ObjectRef,
    PyCallable,
    Unknown,
    first_unknown,
    is_data,
    where,
)

__all__ = ["Env", "Evaluator"]

_TYPE_TESTS = ("builtins.isinstance", "builtins.issubclass")


class Evaluator(DefinitionEvaluator):
    """Evaluates expressions of the analysed code; caches per node.

    *instance_renderer* renders instances whose repr the runtime defines (a
    VersionedObject used as a default); other instances never render.
    """

    def __init__(self) -> None:
        super().__init__()
        self._mros: dict[nodes.ClassDef, tuple[tuple[nodes.ClassDef, ...] | None, str]] = {}
        self.instance_renderer: Callable[[ObjectRef], str] | None = None

    # -- classes ------------------------------------------------------------

    def mro(self, classdef: nodes.ClassDef) -> tuple[nodes.ClassDef, ...] | None:
        """``cls.__mro__``, or None when a base cannot be resolved.

        Computed with C3 from bases resolved like any other expression. A
        subscripted base (``AutoTypedField[datetime.datetime]``,
        ``Generic[T]``) stands for its class, as ``__mro_entries__`` makes it
        at runtime; astroid's own ``mro()`` gives up on some of them.
        """
        if classdef not in self._mros:
            self._mros[classdef] = (None, f"{classdef.qname()} inherits from itself")
            self._mros[classdef] = self._linearise(classdef)
        return self._mros[classdef][0]

    def _linearise(self, classdef: nodes.ClassDef) -> tuple[tuple[nodes.ClassDef, ...] | None, str]:
        bases = self._bases(classdef)
        if isinstance(bases, str):
            return None, bases
        linearised = [self.mro(base) for base in bases]
        for base, order in zip(bases, linearised):
            if order is None:
                return None, self.mro_problem(base)
        merged = scopes.c3_merge([*[list(order) for order in linearised], bases])
        if merged is None:
            return None, f"no consistent MRO for {classdef.qname()}"
        return (classdef, *merged), ""

    def mro_problem(self, classdef: nodes.ClassDef) -> str:
        """Why :meth:`mro` of *classdef* is None."""
        self.mro(classdef)
        return self._mros[classdef][1]

    def _bases(self, classdef: nodes.ClassDef) -> list[nodes.ClassDef] | str:
        """The classes a class statement's bases evaluate to, or why not."""
        if classdef.qname() == "builtins.object":
            return []
        if not classdef.bases:
            found = self.import_module("builtins")
            return found.reason if isinstance(found, Unknown) else [found["object"]]
        bases = []
        for base in classdef.bases:
            expression = base.value if isinstance(base, nodes.Subscript) else base
            value = self.evaluate(expression)
            if isinstance(value, BasesStandIn):
                bases.extend(value.classes)
            elif isinstance(value, ClassRef):
                bases.append(value.node)
            else:
                reason = value.reason if isinstance(value, Unknown) else f"it is a {type(value).__name__}"
                return f"base {expression.as_string()} of {classdef.qname()}: {reason}"
        return bases

    def metaclass(self, classdef: nodes.ClassDef) -> nodes.ClassDef | Unknown | None:
        """The metaclass Python picks: the most derived of the explicit one and the bases'.

        None means ``type``.
        """
        candidates: list[nodes.ClassDef] = []
        # astroid keeps ``metaclass=`` apart from the other class keywords.
        explicit = getattr(classdef, "_metaclass", None)
        if explicit is not None:
            value = self.evaluate(explicit)
            if not isinstance(value, ClassRef):
                return first_unknown(value) or Unknown(f"the metaclass of {classdef.qname()} is not a class")
            candidates.append(value.node)
        bases = self._bases(classdef)
        for base in bases if isinstance(bases, list) else ():
            found = self.metaclass(base)
            if isinstance(found, Unknown):
                return found
            if found is not None:
                candidates.append(found)
        winner = None
        for candidate in candidates:
            if winner is None or winner in (self.mro(candidate) or ()):
                winner = candidate
            elif candidate not in (self.mro(winner) or ()):
                return Unknown(f"metaclass conflict in {classdef.qname()}")
        return winner

    # -- calls --------------------------------------------------------------

    def call(self, function: Any, args: list[Any], kwargs: dict[str, Any], node: nodes.NodeNG) -> Any:
        """``function(*args, **kwargs)`` when folding may run it."""
        if isinstance(function, PyCallable):
            return self.apply(function.name, function.function, args, kwargs)
        if not isinstance(function, (ClassRef, FunctionRef)):
            return first_unknown(function) or Unknown(f"call to a {type(function).__name__} at {where(node)}")
        qname = function.node.qname()
        if qname in _TYPE_TESTS and len(args) == 2 and not kwargs:
            return self._isinstance(function.node.name, args[0], args[1])
        library = builtin_calls.LIBRARY.get(qname)
        if library is not None and all(is_data(v) for v in [*args, *kwargs.values()]):
            return self.apply(qname, library, args, kwargs)
        if isinstance(function, ClassRef):
            if scopes.is_builtin(function.node):
                builtin = builtin_calls.BUILTINS.get(function.node.name)
                if builtin is None:
                    return Unknown(f"call to builtin {function.node.name} at {where(node)}")
                return self.apply(function.node.name, builtin, args, kwargs)
            return construction.instantiate(self, function.node, args, kwargs)
        return Unknown(f"call to {qname} at {where(node)}")

    def _isinstance(self, name: str, value: Any, classes: Any) -> Any:
        """``isinstance`` / ``issubclass`` decided on the MRO of analysed classes."""
        if name == "issubclass":
            order = self.mro(value.node) if isinstance(value, ClassRef) else None
        elif isinstance(value, ObjectRef):
            order = self.mro(value.cls)
        elif is_data(value) and not isinstance(value, ClassRef):
            builtins = self.import_module("builtins")
            order = tuple(builtins.locals[c.__name__][0] for c in type(value).__mro__ if c.__name__ in builtins.locals)
        else:
            order = None
        wanted = classes if isinstance(classes, tuple) else (classes,)
        if order is None or not all(isinstance(c, ClassRef) for c in wanted):
            return first_unknown(value) or first_unknown(classes) or Unknown(f"cannot decide {name}()")
        return any(c.node in order for c in wanted)

    def apply(self, name: str, function: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Any:
        """Run a whitelisted Python callable on evaluated arguments."""
        for value in [*args, *kwargs.values()]:
            unknown = first_unknown(value)
            if unknown is not None:
                return unknown
        try:
            result = function(*args, **kwargs)
        except (CannotVerify, TypeError, ValueError, KeyError, IndexError, AttributeError,
                ZeroDivisionError, OverflowError) as error:
            return Unknown(f"{name} fails on these values ({error.__class__.__name__})")
        if builtin_calls.too_big(result):
            return Unknown(f"{name} gives a value too large to fold")
        return result

    def qualified(self, qname: str) -> Any:
        """The value of ``package.module.NAME`` given by its qualified name."""
        modname, _, name = qname.rpartition(".")
        module = self.import_module(modname)
        if isinstance(module, Unknown):
            return module
        return self.module_attribute(module, name)

    def import_module(self, modname: str) -> nodes.Module | Unknown:
        """The module *modname*, as astroid finds it on the path."""
        try:
            return astroid.MANAGER.ast_from_module_name(modname)
        except (astroid.AstroidError, SyntaxError, ImportError) as error:
            return Unknown(f"cannot import {modname} ({error.__class__.__name__})")

    def new_env(self, function: nodes.FunctionDef, names: dict[str, Any]) -> Env:
        """The environment in which *function*'s body is interpreted."""
        return Env(function, names)
