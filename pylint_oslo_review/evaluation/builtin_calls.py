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

"""The Python callables that constant folding may run on plain data.

OVO declarations compute their constants with a handful of builtins:
``tuple(sorted(HASH_METHODS.keys()))`` (nova/objects/fields.py),
``list(itertools.chain(...))`` (neutron-lib), ``set(...)``, ``frozenset``.
Running the real builtin on real data gives exactly the runtime value and
its repr. Only callables listed here run, and only on data (never on
anything of the analysed code), so folding cannot execute project code.

Iterators (``reversed``, ``zip``, ``itertools.chain``, ...) are kept as
:class:`IterValue`: their items can be consumed by ``tuple()`` or
``sorted()``, but their own repr (``<itertools.chain object at 0x...>``) is
never rendered.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from pylint_oslo_review.evaluation.values import CannotVerify

#: Results larger than this are refused: a declaration never needs them.
MAX_ITEMS = 100_000


class IterValue:
    """A one-shot iterator, materialised; only its items may be used."""

    __slots__ = ("items", "name")

    def __init__(self, items: list[Any], name: str) -> None:
        self.items = items
        self.name = name

    def __iter__(self):
        return iter(self.items)

    def __repr__(self) -> str:
        raise CannotVerify(f"the value is a {self.name} iterator, whose repr shows its address")

    __str__ = __repr__


def _iterator(name: str, function):
    def make(*args, **kwargs):
        return IterValue(list(function(*args, **kwargs)), name)

    return make


#: Builtin functions and types, by name.
BUILTINS: dict[str, Any] = {
    "tuple": tuple,
    "list": list,
    "set": set,
    "frozenset": frozenset,
    "dict": dict,
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "sorted": sorted,
    "len": len,
    "min": min,
    "max": max,
    "abs": abs,
    "sum": sum,
    "any": any,
    "all": all,
    "repr": repr,
    "range": range,
    "reversed": _iterator("reversed", reversed),
    "enumerate": _iterator("enumerate", enumerate),
    "zip": _iterator("zip", zip),
}

#: Library functions, by qualified name.
LIBRARY: dict[str, Any] = {
    "copy.copy": copy.copy,
    "copy.deepcopy": copy.deepcopy,
    "itertools.chain": _iterator("itertools.chain", itertools.chain),
}

#: Methods of data values that folding may call, per type.
_STR_METHODS = frozenset(
    {
        "upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit",
        "join", "format", "replace", "startswith", "endswith", "title",
        "capitalize",
    }
)
_SET_METHODS = frozenset(
    {"union", "intersection", "difference", "symmetric_difference", "copy", "issubset", "issuperset"}
)
METHODS: dict[type, frozenset[str]] = {
    str: _STR_METHODS,
    dict: frozenset({"keys", "values", "items", "copy", "get"}),
    list: frozenset({"copy", "index", "count"}),
    tuple: frozenset({"index", "count"}),
    set: _SET_METHODS,
    frozenset: _SET_METHODS,
}


def too_big(value: Any) -> bool:
    """Whether *value* is a container beyond :data:`MAX_ITEMS`."""
    try:
        return isinstance(value, (str, bytes, list, tuple, set, frozenset, dict, range)) and len(value) > MAX_ITEMS
    except TypeError:
        return False
