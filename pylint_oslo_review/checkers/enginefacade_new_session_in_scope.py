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

"""enginefacade-new-session-in-scope: a second, legacy session inside a scope.

Before enginefacade, code asked for a session (``get_session()``); with it,
a scope hands out the session of its transaction. A session made inside a
scope with ``<manager>.writer.get_sessionmaker()()`` (enginefacade.py
L1009-1016), or a helper that returns one (neutron-lib's
``get_writer_session()``/``get_reader_session()``), is a separate session
with its own connection and transaction: its work is not committed or
rolled back with the scope's, and it waits on the rows the scope's
transaction has locked.

Helpers are recognised by inference (every ``return`` makes a session from
a sessionmaker), never by name alone: ``get_session()`` is also
keystoneauth's. Only calls of a name containing ``session`` are followed,
which keeps inference away from every other call in a scope.
"""

from __future__ import annotations


from astroid import nodes
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.analysis.bounded_memo import BoundedMemo
from pylint_oslo_review.checkers.scope_base import ScopeModelChecker
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.openings import Opening, own_nodes
from pylint_oslo_review.enginefacade.summaries import Facts
from pylint_oslo_review.message_text import code
from pylint_oslo_review.spelling import terminal_name


MSG = "enginefacade-new-session-in-scope"
_MAX_NESTING = 2
_FACTORIES: BoundedMemo[nodes.FunctionDef, bool] = BoundedMemo()


def makes_new_session(call: nodes.Call, nesting: int = 0) -> bool:
    """``x.get_sessionmaker()()``, or a call of a function that returns one."""
    func = call.func
    if isinstance(func, nodes.Call) and isinstance(func.func, nodes.Attribute):
        return func.func.attrname == "get_sessionmaker"
    if nesting >= _MAX_NESTING or "session" not in (terminal_name(call) or "").lower():
        # Inference decides; the name only spares it the calls that cannot
        # be session factories (get_session, get_writer_session, ...).
        return False
    found = calls.callee(call)
    if found is None:
        return False
    function = found[0]
    # Per nesting level (analysis.bounded_memo): the answer at the bound is
    # cut short, and a recursive factory ends there too.
    return _FACTORIES.get(function, nesting, lambda: _is_factory(function, nesting + 1))


def _is_factory(function: nodes.FunctionDef, nesting: int) -> bool:
    returns = [node for node in own_nodes(function) if isinstance(node, nodes.Return)]
    return bool(returns) and all(
        isinstance(returned.value, nodes.Call) and makes_new_session(returned.value, nesting)
        for returned in returns
    )


class EnginefacadeNewSessionInScopeChecker(ScopeModelChecker):
    """Finds new sessions made inside a transaction scope."""

    name = "oslo-enginefacade-new-session-in-scope"
    msgs = {
        "W9126": (
            "'%s' makes a new session inside the scope opened on '%s' at line %s: "
            "its work commits apart from the scope's and can wait on its locks; "
            "use %s.session",
            MSG,
            "A transaction scope gives its session as <context>.session (or "
            "the 'as' name of 'with ....using(context)'). A session made "
            "inside it from a sessionmaker "
            "(oslo_db/sqlalchemy/enginefacade.py, "
            "_TransactionContextManager.get_sessionmaker; neutron-lib's "
            "get_writer_session()) has its own connection and transaction: "
            "its changes are not part of the scope's and can block on the "
            "scope's row locks until the lock wait times out.",
        ),
    }

    def check_scoped_function(self, facts: Facts) -> None:
        for call in own_nodes(facts.function):
            if not isinstance(call, nodes.Call) or not makes_new_session(call):
                continue
            opened = _innermost_scope(facts, call)
            if opened is None:
                continue
            self.add_message(
                MSG,
                node=call,
                args=(code(call.as_string()), opened.context, opened.node.lineno, opened.context),
                confidence=INFERENCE,
            )


def _innermost_scope(facts: Facts, node: nodes.NodeNG) -> Opening | None:
    """The innermost known scope of the function open around *node*, on any context.

    A scope of unknown mode may be no scope at all (``with helper(ctx):``
    that inference cannot follow): not counted.
    """
    open_here = [
        opening
        for opening in facts.openings
        if opening.manager.mode is not Mode.NONE and opening in facts.active(node, opening.context)
    ]
    return max(open_here, key=_nesting_depth, default=None)


def _nesting_depth(opening: Opening) -> int:
    return 0 if opening.block is None else len(list(opening.block.node_ancestors()))
