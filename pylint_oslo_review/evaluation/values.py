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

"""The values that static evaluation of OVO declarations produces.

An OVO fingerprint is the MD5 of ``repr()`` of real Python values: field
defaults, ``valid_values``, method defaults. The evaluator
(``pylint_oslo_review.evaluation.evaluator``) therefore produces real Python values
(``str``, ``int``, ``tuple``, ``dict``, ...) wherever the source allows it, so
that ``str()``/``repr()`` give exactly what the runtime gives. What is not
plain data is wrapped in one of the classes below, whose ``repr`` is the
runtime's when the runtime's is stable (a class prints its qualified name)
and otherwise raises :class:`CannotVerify`: an address in a repr changes
with every process, and a value we could not compute must never be guessed.

Nothing here imports or runs the code being analysed.
"""

from __future__ import annotations

from collections.abc import Callable, ItemsView, KeysView, ValuesView
from typing import Any

from astroid import nodes

#: How deep :func:`first_unknown` looks into nested containers.
_MAX_DEPTH = 12
#: Containers whose items evaluation looks into (dict views included:
#: ``valid_values=d.keys()`` is a real ``dict_keys``).
_SEQUENCES = (list, tuple, set, frozenset, KeysView, ValuesView, ItemsView)


#: "Not defined here", as opposed to a value that is None.
MISSING = object()


class CannotVerify(Exception):
    """Some input of a fingerprint cannot be computed statically."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def where(node: nodes.NodeNG | None) -> str:
    """``module:line`` of *node*, for reasons that point at the source."""
    if node is None:
        return "?"
    return f"{node.root().name}:{node.lineno}"


class _Shared:
    """Copies of a reference are the reference (``copy.deepcopy`` of a default)."""

    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Unknown(_Shared):
    """A value that could not be computed; rendering it raises CannotVerify."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        raise CannotVerify(self.reason)

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        raise CannotVerify(self.reason)


class ClassRef(_Shared):
    """A class of the analysed code (or of a library it uses)."""

    __slots__ = ("node",)

    def __init__(self, node: nodes.ClassDef) -> None:
        self.node = node

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ClassRef) and other.node is self.node

    def __hash__(self) -> int:
        return hash(id(self.node))

    def __repr__(self) -> str:
        # type.__repr__: "<class 'module.QualifiedName'>"; builtins omit it.
        qname = self.node.qname()
        if qname.startswith("builtins."):
            qname = qname[len("builtins."):]
        return f"<class '{qname}'>"

    __str__ = __repr__


class BasesStandIn(_Shared):
    """A base class expression that stands for other bases (a project hook).

    ``class X(NeutronRbacObject)`` creates X with the bases
    ``(RbacNeutronDbObjectMixin, NeutronDbObject)``: neutron's metaclass
    rewrites them. Used anywhere but in a class's bases, it is unknown.
    """

    __slots__ = ("classes", "label")

    def __init__(self, classes: tuple[nodes.ClassDef, ...], label: str) -> None:
        self.classes = classes
        self.label = label

    def __repr__(self) -> str:
        raise CannotVerify(f"{self.label} is only modelled as a base class")

    __str__ = __repr__


class ModuleRef(_Shared):
    """A module; its repr holds a file path, so it never renders."""

    __slots__ = ("node",)

    def __init__(self, node: nodes.Module) -> None:
        self.node = node

    def __repr__(self) -> str:
        raise CannotVerify(f"the value is the module {self.node.name}")

    __str__ = __repr__


class FunctionRef(_Shared):
    """A function or method; its repr holds an address, so it never renders."""

    __slots__ = ("node",)

    def __init__(self, node: nodes.FunctionDef) -> None:
        self.node = node

    def __repr__(self) -> str:
        raise CannotVerify(f"the value is the function {self.node.qname()}")

    __str__ = __repr__


class PyCallable(_Shared):
    """A builtin or a method of a data value that evaluation may call."""

    __slots__ = ("name", "function")

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        self.name = name
        self.function = function

    def __repr__(self) -> str:
        raise CannotVerify(f"the value is the callable {self.name}")

    __str__ = __repr__


class ObjectRef(_Shared):
    """An instance of an analysed class, built lazily.

    Only what a fingerprint reads is ever computed: the class of a FieldType
    is known at once, its ``__init__`` runs (statically, see
    ``pylint_oslo_review.evaluation.construction``) only when an attribute such as
    ``_valid_values`` is needed. *builder* fills the attributes, or returns
    an :class:`Unknown` that every attribute read then returns.
    """

    __slots__ = ("cls", "attrs", "has_arguments", "_builder", "_failure", "_building", "_render")

    def __init__(
        self,
        cls: nodes.ClassDef,
        builder: Callable[[ObjectRef], Unknown | None] | None = None,
        has_arguments: bool = False,
        render: Callable[[ObjectRef], str] | None = None,
    ) -> None:
        self.cls = cls
        self.attrs: dict[str, Any] = {}
        self.has_arguments = has_arguments
        self._builder = builder
        self._failure: Unknown | None = None
        self._building = False
        self._render = render

    def build(self) -> Unknown | None:
        """Run the constructor once; the failure, if it could not be followed."""
        builder, self._builder = self._builder, None
        if builder is not None:
            self._building = True
            try:
                self._failure = builder(self)
            finally:
                self._building = False
        return self._failure

    def own(self, name: str, default: Any = None) -> Any:
        """The instance attribute *name*, *default* when it was never set.

        While the constructor runs, reads see what it has set so far, as
        ``self.AUTO_TYPE`` does in ``AutoTypedField.__init__``.
        """
        if not self._building:
            failure = self.build()
            if failure is not None:
                return failure
        return self.attrs.get(name, default)

    def __repr__(self) -> str:
        if self._render is not None:
            return self._render(self)
        raise CannotVerify(
            f"an instance of {self.cls.qname()} has no stable repr (it shows its address)"
        )

    __str__ = __repr__


def first_unknown(value: Any, depth: int = 0) -> Unknown | None:
    """The first :class:`Unknown` inside *value* (itself or in a container)."""
    if isinstance(value, Unknown):
        return value
    if depth > _MAX_DEPTH:
        return Unknown("the value is nested too deeply")
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, _SEQUENCES):
        items = list(value)
    else:
        return None
    for item in items:
        found = first_unknown(item, depth + 1)
        if found is not None:
            return found
    return None


def is_data(value: Any, depth: int = 0) -> bool:
    """Whether *value* is plain Python data that builtins may safely handle."""
    if value is None or isinstance(value, (bool, int, float, complex, str, bytes, range)):
        return True
    if depth > _MAX_DEPTH:
        return False
    if isinstance(value, dict):
        return all(is_data(k, depth + 1) and is_data(v, depth + 1) for k, v in value.items())
    if isinstance(value, _SEQUENCES):
        return all(is_data(item, depth + 1) for item in value)
    return isinstance(value, ClassRef)
