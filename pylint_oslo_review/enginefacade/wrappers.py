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

"""What a manager decorator sees when another decorator sits below it.

``_TransactionContextManager.__call__`` runs ``inspect.getfullargspec`` on
whatever the decorator below it returned (enginefacade.py L1143-1150):

- a ``classmethod``, ``staticmethod`` or ``property`` object is not a
  function: ``TypeError: unsupported callable``;
- a ``functools.wraps`` wrapper is inspected as itself, since
  ``getfullargspec`` ignores ``__wrapped__`` (it honours only
  ``__signature__``): a ``wrapper(*args, **kwargs)`` has no ``args[0]`` and
  the decorator raises ``IndexError``. oslo.db's own wrapper is one of
  these, so is ``wrap_db_retry``'s and neutron-lib's
  ``retry_if_session_inactive``'s.

The decorator below is followed by inference to the function it returns;
anything else (a C function, a class instance with an unknown ``__call__``,
a library that copies the signature) is unknown, and unknown means silence.
"""

from __future__ import annotations

from dataclasses import dataclass

import astroid
from astroid import bases, nodes, util
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.enginefacade.scopes import ContextRule, Spellings, scope_decorator

#: Builtins whose objects inspect.getfullargspec rejects (verified: each
#: raises "TypeError: unsupported callable" under a manager).
DESCRIPTORS = frozenset({"builtins.classmethod", "builtins.staticmethod", "builtins.property"})

_SELF_NAMES = ("self", "cls")


@dataclass(frozen=True)
class Descriptor:
    """The decorator below returns a classmethod, staticmethod or property."""

    name: str


@dataclass(frozen=True)
class Wrapper:
    """The decorator below returns a function with these positional parameters."""

    parameters: tuple[str, ...]
    origin: str

    def context_index(self) -> int:
        """Where oslo.db looks for the context in this wrapper's argspec."""
        return 1 if self.parameters and self.parameters[0] in _SELF_NAMES else 0

    def hides_the_context(self) -> bool:
        return self.context_index() >= len(self.parameters)


def _is_functools_wraps(decorator: nodes.NodeNG) -> bool:
    if not isinstance(decorator, nodes.Call):
        return False
    inferred = safe_infer(decorator.func)
    return isinstance(inferred, nodes.FunctionDef) and inferred.qname() == "functools.wraps"


def _sets_signature(function: nodes.FunctionDef) -> bool:
    """``wrapper.__signature__ = ...`` anywhere: getfullargspec then sees it."""
    return any(node.attrname == "__signature__" for node in function.nodes_of_class(nodes.AssignAttr))


def _returned_wrapper(function: nodes.FunctionDef) -> nodes.FunctionDef | None:
    """The single nested ``functools.wraps`` function that *function* returns."""
    returned = set()
    for node in function.nodes_of_class(nodes.Return, skip_klass=(nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)):
        if not isinstance(node.value, nodes.Name):
            return None
        value = safe_infer(node.value)
        if not isinstance(value, nodes.FunctionDef) or value.parent is not function:
            return None
        returned.add(value)
    if len(returned) != 1:
        return None
    wrapper = returned.pop()
    decorators = wrapper.decorators.nodes if wrapper.decorators else []
    if len(decorators) != 1 or not _is_functools_wraps(decorators[0]):
        return None
    return wrapper


def _wrapper_from(function: nodes.FunctionDef, origin: str) -> Wrapper | None:
    if isinstance(function, nodes.AsyncFunctionDef):
        return None
    wrapper = _returned_wrapper(function)
    if wrapper is None or _sets_signature(function):
        return None
    parameters = list(wrapper.args.posonlyargs or ()) + list(wrapper.args.args or ())
    return Wrapper(tuple(p.name for p in parameters), origin)


def _decorating_function(value: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The function that does the decorating, for a value used as a decorator."""
    if isinstance(value, bases.BoundMethod):
        return None
    if isinstance(value, nodes.FunctionDef):
        return value
    if isinstance(value, bases.Instance):
        klass = value._proxied  # pylint: disable=protected-access
        if not isinstance(klass, nodes.ClassDef):
            return None
        try:
            call = klass.getattr("__call__")[0]
        except astroid.AttributeInferenceError:
            return None
        return call if isinstance(call, nodes.FunctionDef) else None
    return None


def applied(decorator: nodes.NodeNG, spellings: Spellings) -> Descriptor | Wrapper | None:
    """What *decorator* turns a function into, as far as getfullargspec cares."""
    scope = scope_decorator(decorator, spellings)
    if scope is not None and scope.rule is ContextRule.ARGSPEC:
        return Wrapper((), "oslo.db's own wrapper(*args, **kwargs)")
    value = safe_infer(decorator)
    if value is None or isinstance(value, util.UninferableBase):
        return None
    if isinstance(value, nodes.ClassDef) and value.qname() in DESCRIPTORS:
        return Descriptor(value.name)
    function = _decorating_function(value)
    if function is None or function.root().name == "builtins":
        return None
    return _wrapper_from(function, f"{function.qname()}'s wrapper")
