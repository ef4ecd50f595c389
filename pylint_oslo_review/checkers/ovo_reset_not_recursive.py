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

"""ovo-reset-not-recursive: a plain obj_reset_changes() that leaves a changed child.

``obj_reset_changes()`` without ``recursive=True`` clears only the object's
own ``_changed_fields``; ``obj_what_changed()`` still lists an
``ObjectField`` whose child object has changes (oslo_versionedobjects,
base.py). A loader that fills a child (``obj.instance.host = None``,
``obj.instance = Instance(uuid=...)``) and then resets the parent
non-recursively leaves the parent dirty: nova's ``BuildRequest``
(fixed in 61235cb959). Which children are certainly changed is decided by
``pylint_oslo_review.ovo.resets.children``; this module decides where it
asks and how a finding reads. Test modules are left alone: a test that
leaves a child changed does so on purpose (designate's
``test_obj_reset_changes_recursive`` asserts that the change stays).
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis.suites import is_test_module
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.message_text import code
from pylint_oslo_review.ovo.resets import children, flow
from pylint_oslo_review.ovo.resets.facts import UNKNOWN, ResetCall, path_key


MSG = "ovo-reset-not-recursive"


def _plain_resets(function: nodes.FunctionDef) -> list[nodes.Call]:
    """``obj.obj_reset_changes(...)`` statements of *function* that are not recursive."""
    found = []
    for statement in function.nodes_of_class(nodes.Expr, skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)):
        call = statement.value
        if (
            isinstance(call, nodes.Call)
            and isinstance(call.func, nodes.Attribute)
            and call.func.attrname == flow.RESET
            and path_key(call.func.expr) is not None
        ):
            parsed = ResetCall.parse(call)
            if parsed.recursive is False and parsed.fields is not UNKNOWN:
                found.append(call)
    return found


class OvoResetNotRecursiveChecker(BaseChecker):
    """Finds plain resets that leave a certainly changed child object behind."""

    name = "oslo-ovo-reset-not-recursive"
    msgs = {
        "W9218": (
            "obj_reset_changes() on '%s' is not recursive and '%s' holds an object "
            "changed at line %s (%s): '%s' stays in obj_what_changed(); pass "
            "recursive=True",
            MSG,
            "obj_what_changed() lists every ObjectField whose object has changes "
            "of its own, and obj_reset_changes() resets those only with "
            "recursive=True (oslo_versionedobjects/base.py). After a plain reset "
            "the object still reports the field: save() writes it again and the "
            "changes travel with it over RPC. Reported when the child's field "
            "was certainly assigned (or the child built with field keywords) on "
            "every path to the reset and nothing may have reset it since.",
        ),
    }

    @only_required_for_messages(MSG)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if is_test_module(node.root()):
            return
        for call in _plain_resets(node):
            self._check(node, call)

    visit_asyncfunctiondef = visit_functiondef

    def _check(self, function: nodes.FunctionDef, call: nodes.Call) -> None:
        key = path_key(call.func.expr)
        classdef = children.receiver_class(call.func.expr, function)
        if classdef is None or not children.reports_child_changes(classdef):
            return
        changed = children.changed_at(call.parent, key, classdef)
        if not changed:
            return
        reset_fields = ResetCall.parse(call).fields
        candidates = [
            change
            for name, change in sorted(changed.items())
            if reset_fields is None or name in reset_fields
        ]
        if not candidates:
            return
        change = min(candidates, key=lambda c: (c.line, c.field))
        self.add_message(
            MSG,
            node=call,
            args=(code(key), change.field, change.line, code(change.what), change.field),
            confidence=INFERENCE,
        )
