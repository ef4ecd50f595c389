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

"""ovo-redundant-reset-changes: an obj_reset_changes() that repeats an earlier reset.

The analysis lives in ``pylint_oslo_review.ovo.resets.flow``; this module
only decides where it runs and how a finding reads. It is a refactoring
message: the second reset is harmless, it only hides the real one.
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo.model import ancestry, tracking
from pylint_oslo_review.ovo.resets import facts, flow


MSG = "ovo-redundant-reset-changes"


def _calls_reset(function: nodes.FunctionDef) -> bool:
    """Cheap pre-filter: does the body call obj_reset_changes at all?"""
    return any(
        isinstance(call.func, nodes.Attribute) and call.func.attrname == flow.RESET
        for statement in function.body
        for call in statement.nodes_of_class(nodes.Call, skip_klass=(nodes.FunctionDef, nodes.ClassDef))
    )


def _tracks_in_place_changes(call: nodes.Call) -> bool:
    """Whether the receiver's class may notice in-place changes of its fields.

    nova's Instance and Flavor override obj_what_changed/obj_reset_changes
    to compare snapshots of dict fields, so for them a reset after
    ``obj.metadata[k] = v`` does something. Unknown receivers may do so too.
    """
    receiver = safe_infer(call.func.expr)
    classdef = ancestry.class_of(receiver)
    return classdef is None or tracking.notices_in_place_changes(classdef)


def _origin(fact: facts.Reset) -> str:
    origins = sorted(fact.origins)
    if len(origins) == 1:
        line, what = origins[0]
        return f"{what} at line {line} already reset"
    lines = ", ".join(str(line) for line, _ in origins)
    return f"the resets at lines {lines} already reset"


class OvoRedundantResetChangesChecker(BaseChecker):
    """Finds obj_reset_changes() calls that every path makes redundant."""

    name = "oslo-ovo-redundant-reset-changes"
    msgs = {
        "R9201": (
            "obj_reset_changes() on '%s' is redundant: %s its changes on every "
            "path to here and no field was assigned since; remove this call",
            MSG,
            "oslo.versionedobjects records field assignments in "
            "_changed_fields and obj_reset_changes() clears them "
            "(oslo_versionedobjects/base.py, obj_reset_changes). Only a field "
            "assignment makes the object dirty again, so resetting an object "
            "that an earlier call already reset (often inside a helper such as "
            "_from_db_object) does nothing. The second call is harmless, but it "
            "suggests that the state after the first one was unclear; removing "
            "it keeps the one reset that matters visible. A full reset after a "
            "partial one, a recursive reset after a plain one, and a reset after "
            "any field assignment are not reported.",
        ),
    }

    @only_required_for_messages(MSG)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        if not _calls_reset(node):
            return
        findings = flow.redundant_resets(node)
        for call, (key, fact) in sorted(findings.items(), key=lambda item: (item[0].lineno, item[0].col_offset)):
            if fact.inplace and _tracks_in_place_changes(call):
                continue
            self.add_message(MSG, node=call, args=(key, _origin(fact)), confidence=INFERENCE)

    visit_asyncfunctiondef = visit_functiondef
