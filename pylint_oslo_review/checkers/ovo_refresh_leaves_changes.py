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

"""ovo-refresh-leaves-changes: fields copied from a fresh object stay "changed".

A refresh copies every field from an object just loaded
(``for f in self.fields: setattr(self, f, getattr(current, f))``). Each
copy goes through the field setter, which marks the field changed
(oslo_versionedobjects/base.py). Unless the method then calls
``obj_reset_changes()``, the object reports every refreshed field as
changed: the next ``save()`` writes them all back, possibly over what
another service wrote in between.
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import node_frame_class, only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis import calls
from pylint_oslo_review.message_text import code
from pylint_oslo_review.ovo.resets.facts import path_key
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo.model import ancestry
from pylint_oslo_review.ovo.model import fields
from pylint_oslo_review.spelling import terminal_name


MSG = "ovo-refresh-leaves-changes"
_FIELD_LISTS = frozenset({"fields", "obj_fields"})


def _copy_source(value: nodes.NodeNG, name: str) -> nodes.NodeNG | None:
    """``X`` of ``getattr(X, name)`` or ``X[name]``."""
    if (
        isinstance(value, nodes.Call)
        and terminal_name(value.func) == "getattr"
        and len(value.args) >= 2
        and isinstance(value.args[1], nodes.Name)
        and value.args[1].name == name
    ):
        return value.args[0]
    if isinstance(value, nodes.Subscript) and isinstance(value.slice, nodes.Name) and value.slice.name == name:
        return value.value
    return None


def _is_name(node: nodes.NodeNG, name: str) -> bool:
    return isinstance(node, nodes.Name) and node.name == name


def _copied_value(node: nodes.NodeNG, receiver: str, name: str) -> nodes.NodeNG | None:
    """The value of ``setattr(receiver, name, value)`` or ``receiver[name] = value``."""
    if isinstance(node, nodes.Call):
        args = node.args
        if terminal_name(node.func) == "setattr" and len(args) == 3 and path_key(args[0]) == receiver:
            return args[2] if _is_name(args[1], name) else None
        return None
    if isinstance(node, nodes.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if isinstance(target, nodes.Subscript) and path_key(target.value) == receiver:
            return node.value if _is_name(target.slice, name) else None
    return None


def _field_copies(loop: nodes.For, receiver: str) -> list[nodes.NodeNG]:
    """Sources copied into ``receiver.<loop variable>`` in the loop body."""
    if not isinstance(loop.target, nodes.AssignName):
        return []
    name = loop.target.name
    sources = []
    for node in loop.nodes_of_class((nodes.Call, nodes.Assign)):
        value = _copied_value(node, receiver, name)
        source = _copy_source(value, name) if value is not None else None
        if source is not None and path_key(source) != receiver:
            sources.append(source)
    return sources


def _statements_after(node: nodes.NodeNG, function: nodes.FunctionDef) -> list[nodes.NodeNG]:
    """The statements that may run after *node* in *function*, in source order."""
    after = []
    statement = node
    while statement is not function and statement.parent is not None:
        parent = statement.parent
        for field in ("body", "orelse", "handlers", "finalbody"):
            block = getattr(parent, field, None)
            if isinstance(block, list) and statement in block:
                after.extend(block[block.index(statement) + 1:])
        statement = parent
    return after


def _resets(statements: list[nodes.NodeNG], receiver: str) -> bool:
    for statement in statements:
        for call in statement.nodes_of_class(nodes.Call):
            if (
                isinstance(call.func, nodes.Attribute)
                and call.func.attrname == "obj_reset_changes"
                and path_key(call.func.expr) == receiver
            ):
                return True
    return False


class OvoRefreshLeavesChangesChecker(BaseChecker):
    """Finds field-copying loops that leave every copied field marked changed."""

    name = "oslo-ovo-refresh-leaves-changes"
    msgs = {
        "W9217": (
            "This loop copies the fields of '%s' into '%s' and nothing resets the "
            "changes: the next save() writes them all back; call "
            "%s.obj_reset_changes() after it",
            MSG,
            "Each field assignment goes through the setter, which adds the "
            "name to _changed_fields (oslo_versionedobjects/base.py "
            "_make_class_properties). A refresh or lazy load that copies the "
            "fields of a freshly loaded object must reset the changes, as "
            "VersionedObject's own obj_reset_changes() is meant for; otherwise "
            "obj_what_changed() lists every copied field and save() writes "
            "them all, possibly over a concurrent update.",
        ),
    }

    @only_required_for_messages(MSG)
    @never_crash
    def visit_for(self, node: nodes.For) -> None:
        if not (isinstance(node.iter, nodes.Attribute) and node.iter.attrname in _FIELD_LISTS):
            return
        function = node.scope()
        klass = node_frame_class(node)
        first = calls.first_positional(function) if isinstance(function, nodes.FunctionDef) else None
        if first is None or klass is None:
            return
        receiver = first.name
        if fields.model_of(klass) is None:
            return
        sources = [s for s in _field_copies(node, receiver) if ancestry.is_versioned_object(safe_infer(s))]
        if not sources or _resets(_statements_after(node, function), receiver):
            return
        self.add_message(
            MSG, node=node, confidence=INFERENCE,
            args=(code(sources[0].as_string()), receiver, receiver),
        )
