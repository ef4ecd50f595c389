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

"""A cache for depth-bounded recursions that gives the same answer in any order.

The analyses that follow calls stop at a depth (or nesting) bound. A
function's result computed 3 calls deep is cut short there; cached under
the function alone, it was then handed to a checker that asked at depth
0, but only if some other function had reached it first. Which function
comes first depends on the order pylint lints the files in, and with
``-j N`` on which worker got which file: the same tree gave
``enginefacade-reader-upgrade`` in some runs and not in others. An
"in progress" set that cuts cycles has the same flaw: what is cut
depends on where the cycle was entered.

:class:`BoundedMemo` keys each result by the node *and* the level it was
computed at, and needs no cycle set: every recursive step goes one level
deeper, so the bound ends every cycle, and the result at a level is a
function of the node and the level only.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar
from weakref import WeakKeyDictionary

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class BoundedMemo(Generic[_K, _V]):
    """Results per (node, level); *compute* must only recurse to deeper levels."""

    def __init__(self) -> None:
        self._store: WeakKeyDictionary[_K, dict[int, _V]] = WeakKeyDictionary()

    def get(self, key: _K, level: int, compute: Callable[[], _V]) -> _V:
        """The cached result for (*key*, *level*), computed once."""
        by_level = self._store.get(key)
        if by_level is None:
            by_level = self._store[key] = {}
        if level not in by_level:
            by_level[level] = compute()
        return by_level[level]

    def clear(self) -> None:
        """Forget everything (files may have changed)."""
        self._store = WeakKeyDictionary()
