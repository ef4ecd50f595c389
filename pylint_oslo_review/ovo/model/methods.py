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

"""The function objects a decorator chain builds, and the fixture's unwrap rule.

``ObjectVersionChecker`` hashes the signature of every remotable method's
implementation. It finds them by looking at the runtime objects
(fixture.py ``_find_remotable_method``): a ``classmethod`` is unwrapped to
its function; any function or method with a ``remotable`` attribute
(``hasattr``: a ``False`` value counts) is followed through
``original_fn``, with a "parent was remotable" flag; a classmethod on the
way clears the flag; the first callable reached with the flag set is the
implementation.

To apply that rule statically, a decorator chain is evaluated bottom-up into
models of the objects it builds: :class:`Plain` (a ``def``), :class:`Wrapper`
(a function made by a decorator, with its own ``__dict__`` and signature),
:class:`ClassMethodObj`, :class:`StaticMethodObj`, :class:`Opaque`
(anything without a ``remotable`` attribute: a property, an unknown
decorator on a plain function) and :class:`Unresolvable` (an unknown
decorator above a remotable layer: whether it keeps ``remotable`` is
unknowable). OVO's ``remotable`` and ``remotable_classmethod`` run
``functools.update_wrapper``, which copies the wrapped function's
``__dict__``, so a ``remotable`` already there wins; that is modelled too.

Project decorators (nova's ``serialize_args``) are models registered in
``pylint_oslo_review.ovo.model.hooks``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.evaluation.values import MISSING, CannotVerify


@dataclass(frozen=True)
class Signature:
    """A signature known without a ``def`` (OVO's own wrappers)."""

    args: tuple[str, ...]
    varargs: str | None = None
    keywords: str | None = None


@dataclass(eq=False)
class Plain:
    """The function object a ``def`` statement creates."""

    node: nodes.FunctionDef
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class Wrapper:
    """A function a decorator returns instead of the one it received."""

    label: str
    signature: Signature | None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class ClassMethodObj:
    """``classmethod(inner)``: no attributes of its own reach the fixture."""

    inner: Thing


@dataclass(eq=False)
class StaticMethodObj:
    """``staticmethod(inner)``; callable since Python 3.10."""

    inner: Thing


@dataclass(eq=False)
class BoundMethod:
    """What ``getattr(cls, name)`` gives for a classmethod; attributes come from the function."""

    inner: Thing


@dataclass(eq=False)
class Opaque:
    """Something without a ``remotable`` attribute (property, unknown decorator)."""

    label: str


@dataclass(eq=False)
class Unresolvable:
    """An object whose relation to a remotable layer cannot be known."""

    reason: str


Thing = Union[Plain, Wrapper, ClassMethodObj, StaticMethodObj, BoundMethod, Opaque, Unresolvable]
DecoratorModel = Callable[[Thing], Thing]

_FUNCTIONS = (Plain, Wrapper)


def attributes(thing: Thing) -> dict[str, Any] | None:
    """The ``__dict__`` attribute reads see, or None when there is none to model."""
    if isinstance(thing, _FUNCTIONS):
        return thing.attrs
    if isinstance(thing, BoundMethod):
        return attributes(thing.inner)
    return None


def has_attribute(thing: Thing, name: str) -> bool:
    found = attributes(thing)
    return found is not None and name in found


def carries_remotable(thing: Thing) -> bool:
    """Whether a remotable layer is (or may be) somewhere in *thing*."""
    if isinstance(thing, Unresolvable) or has_attribute(thing, "remotable"):
        return True
    if isinstance(thing, (ClassMethodObj, StaticMethodObj, BoundMethod)):
        return carries_remotable(thing.inner)
    return False


def is_callable(thing: Thing) -> bool | None:
    """``hasattr(thing, '__call__')``; None when unknown."""
    if isinstance(thing, (*_FUNCTIONS, BoundMethod, StaticMethodObj)):
        return True
    if isinstance(thing, ClassMethodObj):
        return False
    return None


def update_wrapper(wrapper: Wrapper, wrapped: Thing) -> Wrapper:
    """``functools.update_wrapper``: *wrapped*'s ``__dict__`` overrides."""
    wrapper.attrs.update(attributes(wrapped) or {})
    return wrapper


def remotable(fn: Thing) -> Thing:
    """oslo_versionedobjects.base.remotable (OVO 3.12)."""
    wrapper = Wrapper(
        "remotable", Signature(("first",), "args", "kwargs"), {"remotable": True, "original_fn": fn}
    )
    return update_wrapper(wrapper, fn)


def remotable_classmethod(fn: Thing) -> Thing:
    """oslo_versionedobjects.base.remotable_classmethod (deprecated in 3.10)."""
    wrapper = Wrapper(
        "remotable_classmethod", Signature(("cls",), "args", "kwargs"), {"remotable": True, "original_fn": fn}
    )
    return ClassMethodObj(update_wrapper(wrapper, fn))


#: The decorators every project gets, by qualified name.
CORE_DECORATORS: Mapping[str, DecoratorModel] = {
    f"{names.OVO_BASE}.remotable": remotable,
    f"{names.OVO_BASE}.remotable_classmethod": remotable_classmethod,
    "builtins.classmethod": ClassMethodObj,
    "builtins.staticmethod": StaticMethodObj,
}


def unknown_decorator(thing: Thing, label: str) -> Thing:
    """An unmodelled decorator: harmless on plain functions only."""
    if carries_remotable(thing):
        return Unresolvable(f"decorator {label} is applied to a remotable method and is not modelled")
    return Opaque(label)


def class_get(thing: Thing) -> Thing | None:
    """``getattr(cls, name)`` for a class attribute modelled as *thing*; None if not callable-like."""
    if isinstance(thing, ClassMethodObj):
        return BoundMethod(thing.inner)
    if isinstance(thing, StaticMethodObj):
        return thing.inner
    if isinstance(thing, Unresolvable):
        raise CannotVerify(thing.reason)
    if isinstance(thing, _FUNCTIONS):
        return thing
    return None


def find_implementation(thing: Thing, parent_was_remotable: bool = False) -> Thing | None:
    """fixture.py ``_find_remotable_method``, on models."""
    if isinstance(thing, Unresolvable):
        raise CannotVerify(thing.reason)
    if isinstance(thing, ClassMethodObj):
        return find_implementation(BoundMethod(thing.inner))
    if isinstance(thing, (*_FUNCTIONS, BoundMethod)) and has_attribute(thing, "remotable"):
        original = attributes(thing).get("original_fn", MISSING)
        if original is MISSING:
            raise CannotVerify("a remotable layer has no original_fn")
        return find_implementation(original, parent_was_remotable=True)
    if parent_was_remotable:
        return thing
    return None
