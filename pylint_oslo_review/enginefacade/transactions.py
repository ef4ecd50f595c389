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
"""Whether a scope certainly starts its own transaction.

A scope joins the transaction already open on its context when it has one
(oslo.db enginefacade ``_TransactionContextManager._transaction_scope``), so
what a scope may do, and what escapes it, depends on whether it started the
transaction or joined a caller's. The scope checks ask this module.
"""

from __future__ import annotations

from pylint_oslo_review.enginefacade import contexts
from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.openings import may_share_transaction
from pylint_oslo_review.enginefacade.summaries import Analysis, Facts, Transaction


def starts_transaction(
    analysis: Analysis, facts: Facts, current: Transaction, joined_by: frozenset[Mode]
) -> bool:
    """Whether the scope that started *current* certainly starts its transaction.

    It does when it is ``.independent``, or opened on a context built in
    the function; for a context passed in, when no caller in the module
    calls the function inside a transaction of the same root in one of
    the *joined_by* modes (or of a manager it cannot know, which may be
    any), and no metaclass runs it inside a writer.
    Callers in other modules are out of sight: a DB API function with a
    scope is taken to be an entry point.
    """
    started = current.started_by
    if started.manager.independent:
        return True
    if contexts.fresh_context(facts.function, started.context) is not None:
        return True
    if not facts.is_parameter_path(started.context):
        return False
    if contexts.wrapped_in_writer(facts.function, started.context):
        return False
    return not any(
        caller is not None
        and (caller.mode in joined_by or caller.mode is Mode.NONE)
        and may_share_transaction(caller.root, started.manager.root)
        for caller in analysis.caller_transactions(facts.function, started.context)
    )
