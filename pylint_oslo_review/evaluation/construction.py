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

"""What ``SomeClass(...)`` stores on the instance, read from ``__init__`` bodies.

A field's repr shows what its constructors stored: ``Field.__init__`` keeps
``_type``, ``_nullable``, ``_default``; ``AutoTypedField.__init__`` passes
``self.AUTO_TYPE``; ``EnumField.__init__`` first sets ``self.AUTO_TYPE =
Enum(valid_values=...)``; nova's ``BaseNovaEnum.__init__`` passes
``valid_values=self.__class__.ALL``; neutron's ``RuleTypeField`` sets
``self.AUTO_TYPE`` itself. Rather than hard-coding OVO's classes, the
constructor chain is interpreted the same way for OVO and for project
classes, so a change in either is followed.

The interpreter understands the statements such constructors are made of:
``self.x = expr``, local assignments, ``super().__init__(...)`` /
``super(C, self).__init__(...)`` / ``Base.__init__(self, ...)``, ``if``
on a value it can decide, docstrings, ``pass`` and ``return``. Validation
(``if ...: raise``, a ``try``/``for`` that only checks values, a call that
does not receive ``self``) stores nothing and is skipped: had it raised,
the project would not import. Any other statement makes the instance
unknown, with the reason.

Construction is lazy: an instance's class is known at once, but its
``__init__`` chain runs only when an attribute is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from astroid import nodes

from pylint_oslo_review.evaluation import scopes
from pylint_oslo_review.evaluation.values import ClassRef, ObjectRef, Unknown, first_unknown, is_data, where

if TYPE_CHECKING:
    from pylint_oslo_review.evaluation.evaluator import Env, Evaluator

_MAX_DEPTH = 25
#: Node kinds whose presence means a statement stores something.
_STORES = (
    nodes.Assign, nodes.AugAssign, nodes.AnnAssign, nodes.NamedExpr, nodes.Delete,
    nodes.Return, nodes.Global, nodes.Nonlocal, nodes.AssignAttr,
)


class _Return(Exception):
    """A ``return`` in the constructor being interpreted."""


class _Failure(Exception):
    """The constructor does something the interpreter does not follow."""

    def __init__(self, unknown: Unknown) -> None:
        super().__init__(unknown.reason)
        self.unknown = unknown


def instantiate(evaluator: Evaluator, cls: nodes.ClassDef, args: list[Any], kwargs: dict[str, Any]) -> ObjectRef:
    """A lazily built instance of *cls* called with *args* and *kwargs*."""

    def build(obj: ObjectRef) -> Unknown | None:
        order = evaluator.mro(cls)
        if order is None:
            return Unknown(evaluator.mro_problem(cls))
        try:
            run_init(evaluator, obj, order, 0, args, kwargs, 0)
        except _Failure as failure:
            return failure.unknown
        return None

    return ObjectRef(cls, build, has_arguments=bool(args or kwargs), render=evaluator.instance_renderer)


def own_method(klass: nodes.ClassDef, name: str) -> nodes.FunctionDef | Unknown | None:
    """The undecorated method *name* that *klass*'s body defines, if any."""
    definitions = scopes.body_facts(klass).definitions.get(name)
    if not definitions:
        return None
    last = definitions[-1]
    if any(d.conditional for d in definitions) or not isinstance(last.node, nodes.FunctionDef):
        return Unknown(f"{klass.qname()}.{name} is not a plain method")
    function = last.node
    if function.decorators is not None:
        return Unknown(f"{klass.qname()}.{name} is decorated")
    return function


def run_init(
    evaluator: Evaluator,
    obj: ObjectRef,
    order: tuple[nodes.ClassDef, ...],
    start: int,
    args: list[Any],
    kwargs: dict[str, Any],
    depth: int,
) -> None:
    """Run the first ``__init__`` of *order* from *start* on *obj*."""
    if depth > _MAX_DEPTH:
        raise _Failure(Unknown(f"constructor chain of {obj.cls.qname()} is too deep"))
    for index in range(start, len(order)):
        klass = order[index]
        if scopes.is_builtin(klass):
            # object.__init__ (or a builtin base): stores nothing we model.
            return
        init = own_method(klass, "__init__")
        if init is None:
            continue
        if isinstance(init, Unknown):
            raise _Failure(init)
        _Interpreter(evaluator, obj, _Frame(order, index, init, depth)).run(args, kwargs)
        return


@dataclass(frozen=True)
class _Frame:
    """The ``__init__`` being run: which class of the instance's MRO defines it."""

    order: tuple[nodes.ClassDef, ...]
    index: int
    function: nodes.FunctionDef
    depth: int


class _Interpreter:
    """Interprets one ``__init__`` body on the instance being built."""

    def __init__(self, evaluator: Evaluator, obj: ObjectRef, frame: _Frame) -> None:
        self.evaluator = evaluator
        self.obj = obj
        self.frame = frame
        self.function = frame.function
        self.self_name = ""
        self.env: Env | None = None

    def fail(self, what: str, node: nodes.NodeNG) -> _Failure:
        return _Failure(Unknown(f"{self.function.qname()} {what} at {where(node)}"))

    def run(self, args: list[Any], kwargs: dict[str, Any]) -> None:
        names = bind(self.evaluator, self.function, [self.obj, *args], kwargs)
        if isinstance(names, Unknown):
            raise _Failure(names)
        self.self_name = next(iter(names))
        self.env = self.evaluator.new_env(self.function, names)
        try:
            self.block(self.function.body)
        except _Return:
            pass

    def value(self, node: nodes.NodeNG) -> Any:
        return self.evaluator.evaluate(node, self.env)

    def block(self, statements: list[nodes.NodeNG]) -> None:
        for statement in statements:
            self.statement(statement)

    def statement(self, statement: nodes.NodeNG) -> None:
        if isinstance(statement, (nodes.Pass, nodes.Assert)) or _is_docstring(statement):
            return
        if isinstance(statement, nodes.Assign):
            value = self.value(statement.value)
            for target in statement.targets:
                self.store(target, value)
        elif isinstance(statement, nodes.AnnAssign):
            if statement.value is not None:
                self.store(statement.target, self.value(statement.value))
        elif isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Call):
            self.call(statement.value)
        elif isinstance(statement, nodes.If):
            self.branch(statement)
        elif isinstance(statement, nodes.Return):
            raise _Return()
        elif isinstance(statement, nodes.Raise):
            raise self.fail("raises", statement)
        elif isinstance(statement, (nodes.Try, nodes.For, nodes.While, nodes.With)) and self.inert(statement):
            return
        else:
            raise self.fail(f"has a statement the analysis does not follow ({statement.__class__.__name__})", statement)

    def store(self, target: nodes.NodeNG, value: Any) -> None:
        on_self = isinstance(target, nodes.AssignAttr) and isinstance(target.expr, nodes.Name)
        if on_self and target.expr.name == self.self_name:
            self.obj.attrs[target.attrname] = value
        elif isinstance(target, nodes.AssignName):
            self.env.names[target.name] = value
        else:
            raise self.fail("assigns to something other than self.<name> or a local", target)

    def branch(self, statement: nodes.If) -> None:
        test = self.value(statement.test)
        if is_data(test):
            self.block(statement.body if test else statement.orelse)
        elif not self.inert(statement):
            raise self.fail("branches on a value the analysis cannot compute", statement)

    def inert(self, statement: nodes.NodeNG) -> bool:
        """Whether *statement* only checks values (it stores nothing)."""
        if any(True for _ in statement.nodes_of_class(_STORES)):
            return False
        for call in statement.nodes_of_class(nodes.Call, skip_klass=nodes.Raise):
            if isinstance(call.func, nodes.Attribute) and call.func.attrname == "__init__":
                return False
            if self.mentions_self(call):
                return False
        return True

    def mentions_self(self, node: nodes.NodeNG) -> bool:
        return any(name.name == self.self_name for name in node.nodes_of_class(nodes.Name))

    def call(self, call: nodes.Call) -> None:
        start = self.init_start(call)
        if start is None:
            if self.mentions_self(call):
                raise self.fail("passes self to a call", call)
            return
        args = self.evaluator.elements(call.args, self.env)
        if isinstance(args, Unknown):
            raise _Failure(args)
        kwargs = self.keywords(call)
        if isinstance(call.func.expr, nodes.Call):
            run_init(self.evaluator, self.obj, self.frame.order, start, args, kwargs, self.frame.depth + 1)
        else:
            # Base.__init__(self, ...): the instance is passed explicitly.
            if not args or args[0] is not self.obj:
                raise self.fail("calls another class's __init__ on something else", call)
            run_init(self.evaluator, self.obj, self.frame.order, start, args[1:], kwargs, self.frame.depth + 1)

    def keywords(self, call: nodes.Call) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        for keyword in call.keywords or ():
            value = self.value(keyword.value)
            if keyword.arg is not None:
                kwargs[keyword.arg] = value
            elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
                kwargs.update(value)
            else:
                raise _Failure(first_unknown(value) or Unknown(f"cannot unpack keywords at {where(call)}"))
        return kwargs

    def init_start(self, call: nodes.Call) -> int | None:
        """Where in the MRO the ``__init__`` that *call* runs is looked up."""
        func = call.func
        if not (isinstance(func, nodes.Attribute) and func.attrname == "__init__"):
            return None
        receiver = func.expr
        if isinstance(receiver, nodes.Call) and isinstance(receiver.func, nodes.Name) and receiver.func.name == "super":
            if not receiver.args:
                return self.frame.index + 1
            anchor = self.value(receiver.args[0])
            return self.position(anchor, call) + 1
        return self.position(self.value(receiver), call)

    def position(self, anchor: Any, call: nodes.Call) -> int:
        if isinstance(anchor, ClassRef):
            for index, klass in enumerate(self.frame.order):
                if klass is anchor.node:
                    return index
        raise self.fail("calls an __init__ the analysis cannot place in the MRO", call)


def _is_docstring(statement: nodes.NodeNG) -> bool:
    return isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Const)


def bind(
    evaluator: Evaluator, function: nodes.FunctionDef, args: list[Any], kwargs: dict[str, Any]
) -> dict[str, Any] | Unknown:
    """Python's argument binding: parameter name -> value, in signature order."""
    arguments = function.args
    if arguments.args is None:
        return Unknown(f"the signature of {function.qname()} is unknown")
    positional = [*(arguments.posonlyargs or []), *arguments.args]
    if not positional:
        return Unknown(f"{function.qname()} takes no self")
    names: dict[str, Any] = dict(zip([p.name for p in positional], args))
    extra = list(args[len(positional):])
    if extra and arguments.vararg is None:
        return Unknown(f"too many arguments for {function.qname()}")
    extra_keywords = _bind_keywords(function, names, kwargs)
    if isinstance(extra_keywords, Unknown):
        return extra_keywords
    missing = _bind_defaults(evaluator, function, positional, names)
    if missing is not None:
        return missing
    if arguments.vararg is not None:
        names[arguments.vararg] = tuple(extra)
    if arguments.kwarg is not None:
        names[arguments.kwarg] = extra_keywords
    ordered = {p.name: names[p.name] for p in positional}
    ordered.update(names)
    return ordered


def _bind_keywords(
    function: nodes.FunctionDef, names: dict[str, Any], kwargs: dict[str, Any]
) -> dict[str, Any] | Unknown:
    """Bind *kwargs* into *names*; what is left for ``**kwargs``."""
    arguments = function.args
    accepted = {p.name for p in arguments.args} | {p.name for p in arguments.kwonlyargs}
    extra: dict[str, Any] = {}
    for key, value in kwargs.items():
        if key in accepted and key not in names:
            names[key] = value
        elif arguments.kwarg is not None and key not in names:
            extra[key] = value
        else:
            return Unknown(f"{function.qname()} does not accept the keyword {key!r}")
    return extra


def _bind_defaults(
    evaluator: Evaluator, function: nodes.FunctionDef, positional: list[nodes.AssignName], names: dict[str, Any]
) -> Unknown | None:
    """Fill unbound parameters from their defaults; the failure if one has none."""
    arguments = function.args
    with_defaults = positional[len(positional) - len(arguments.defaults):]
    defaults = {p.name: d for p, d in zip(with_defaults, arguments.defaults)}
    defaults.update({p.name: d for p, d in zip(arguments.kwonlyargs, arguments.kw_defaults) if d is not None})
    for parameter in [*positional, *arguments.kwonlyargs]:
        if parameter.name not in names:
            if parameter.name not in defaults:
                return Unknown(f"missing argument {parameter.name!r} for {function.qname()}")
            names[parameter.name] = evaluator.evaluate(defaults[parameter.name])
    return None
