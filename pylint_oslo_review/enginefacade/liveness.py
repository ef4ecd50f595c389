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

"""Which of the scopes around a node are still open when the node runs.

``Facts.active`` reads the text: the scopes whose decorator or ``with``
block encloses a node. Two shapes run the node later, after those scopes
have closed:

- a synchronous manager decorating a generator function or an ``async
  def``: ``_TransactionContextManager.__call__`` wraps only the call,
  which returns the generator or coroutine before the body runs
  (oslo_db/sqlalchemy/enginefacade.py, ``with
  self._transaction_scope(context): return fn(*args, **kwargs)``);
- a generator expression: its body runs when it is consumed, maybe after
  the function returned and its scopes closed.

Whatever scope the node then runs in is the caller's business, unknown
here, so a check that needs an open scope must see none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes

if TYPE_CHECKING:
    from pylint_oslo_review.enginefacade.openings import Opening
    from pylint_oslo_review.enginefacade.summaries import Facts


def _runs_later(node: nodes.NodeNG, function: nodes.FunctionDef) -> bool:
    """Whether *node* sits in a generator expression of *function*."""
    parent = node.parent
    while parent is not None and parent is not function:
        if isinstance(parent, nodes.GeneratorExp):
            return True
        parent = parent.parent
    return False


def _decorator_is_live(facts: Facts, opening: Opening) -> bool:
    function = facts.function
    if opening.manager.asyncio:
        return True
    return not (isinstance(function, nodes.AsyncFunctionDef) or function.is_generator())


def live_active(facts: Facts, node: nodes.NodeNG, context: str) -> tuple[Opening, ...]:
    """The scopes on *context* around *node* that are certainly open when it runs."""
    if _runs_later(node, facts.function):
        return ()
    return tuple(
        opening
        for opening in facts.active(node, context)
        if opening.block is not None or _decorator_is_live(facts, opening)
    )
