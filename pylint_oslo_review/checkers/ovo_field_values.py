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

"""What is stored in OVO fields: values the setter rejects, read-only fields
written twice, and in-place changes that change tracking never sees.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages, safe_infer
from pylint.interfaces import INFERENCE

from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.message_text import code
from pylint_oslo_review.ovo.resets.facts import path_key
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo.model import ancestry, coercion, field_types, fields, tracking
from pylint_oslo_review.spelling import terminal_name


MISMATCH = "ovo-field-type-mismatch"
READ_ONLY = "ovo-read-only-reassigned"
IN_PLACE = "ovo-inplace-mutation-untracked"

#: Methods that change a list, dict or set in place.
MUTATORS = frozenset({
    "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
    "update", "setdefault", "popitem", "add", "discard",
    "difference_update", "intersection_update", "symmetric_difference_update",
})
#: Calls after which in-place changes were expected to be sent or saved.
_PUBLISHING = frozenset({"save", "obj_get_changes", "obj_to_primitive", "create"})
_CONTAINER_KINDS = frozenset({"list", "dict", "set"})
#: Of those, the ones that reset the changes once they are saved.
_RESETTING = frozenset({"save", "create"})


def _assigned_value(node: nodes.AssignAttr) -> nodes.NodeNG | None:
    parent = node.parent
    if isinstance(parent, (nodes.Assign, nodes.AnnAssign)) and (
        isinstance(parent, nodes.AnnAssign) or node in parent.targets
    ):
        return parent.value
    return None


def _spec_for(receiver: nodes.NodeNG, name: str) -> fields.FieldSpec | None:
    found = fields.model_of_value(safe_infer(receiver))
    return _certain(found).get(name)


def _certain(found: fields.ObjectModel | None) -> dict[str, fields.FieldSpec]:
    """The field specs the setter certainly uses: none when a base cannot be
    known or a metaclass may redefine fields at class creation (neutron's
    DeclarativeObject makes 'description' nullable)."""
    return found.fields if found is not None and found.complete else {}


def _target(spec: fields.FieldSpec) -> coercion.Target:
    valid = spec.keyword("valid_values") or (spec.call.args[0] if spec.call and spec.call.args else None)
    valid_values = None
    is_enum = terminal_name(spec.call.func if spec.call else None) == "EnumField"
    if is_enum and isinstance(valid, (nodes.List, nodes.Tuple)):
        consts = [e.value for e in valid.elts if isinstance(e, nodes.Const)]
        if len(consts) == len(valid.elts):
            valid_values = tuple(consts)
    return coercion.Target(
        valid_values=valid_values,
        object_name=field_types.object_name(spec.call),
        subclasses=spec.flag("subclasses") is True,
    )


def _reads_object_state(node: nodes.NodeNG, depth: int = 0) -> bool:
    """Whether *node*'s value is read from an object's or a class's attribute.

    What inference finds there (``name = None`` in a class body) is one
    assignment among others that ``__init__``, another method, a caller or a
    subclass may make, so it is never certain. A local name bound to such a
    read, and a subscript of one, count too. Module attributes do not.
    """
    if depth > 3:
        return True
    if isinstance(node, nodes.Attribute):
        receiver = safe_infer(node.expr)
        return not isinstance(receiver, nodes.Module)
    if isinstance(node, nodes.Subscript):
        return _reads_object_state(node.value, depth + 1)
    if isinstance(node, nodes.Name):
        frame = node.frame()
        for assigned in frame.locals.get(node.name, ()) if not isinstance(frame, nodes.Module) else ():
            value = getattr(assigned.parent, "value", None)
            if isinstance(assigned, nodes.AssignName) and value is not None and _reads_object_state(value, depth + 1):
                return True
    return False


def _ovo_handles_none(field_class: nodes.ClassDef) -> bool:
    """Whether None meets OVO's own Field.__init__ and Field.coerce.

    A project field class that defines either may make the field nullable
    by default or map None to something else (fields.py Field.coerce
    rejects None only for non-nullable fields without a default).
    """
    order = ancestry.complete_mro(field_class)
    if order is None:
        return False
    return not any(
        ("__init__" in klass.locals or "coerce" in klass.locals)
        for klass in order
        if klass.root().name.split(".")[0] not in ("oslo_versionedobjects", "builtins")
    )


def _rejection(spec: fields.FieldSpec, value_node: nodes.NodeNG) -> str | None:
    """OVO's error for storing *value_node* in the field, when certain."""
    if _reads_object_state(value_node):
        return None
    value = coercion.describe(safe_infer(value_node))
    if value is None or spec.field_class is None:
        return None
    if value.type_name == "NoneType":
        if spec.nullable is False and spec.has_default is False and _ovo_handles_none(spec.field_class):
            return f"ValueError: Field `{spec.name}' cannot be None"
        return None
    field_type = field_types.field_type_name(spec.field_class, spec.call)
    if field_type is None:
        return None
    return coercion.rejection(field_type, value, _target(spec))


def _body_nodes(function: nodes.FunctionDef) -> Iterator[nodes.NodeNG]:
    """Every node of *function*'s own body, in source order."""
    found = []
    for statement in function.body:
        found.extend(statement.nodes_of_class(
            (nodes.Call, nodes.AssignAttr, nodes.AssignName, nodes.Subscript, nodes.DelAttr),
            skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda),
        ))
    return iter(sorted(found, key=lambda n: (n.lineno or 0, n.col_offset or 0)))


def _exclusive(first: nodes.NodeNG, second: nodes.NodeNG) -> bool:
    """Whether the two nodes are in branches that never both run."""
    ancestors = {}
    node, child = first, None
    while node is not None:
        ancestors[id(node)] = child
        child, node = node, node.parent
    node, child = second, None
    while node is not None and id(node) not in ancestors:
        child, node = node, node.parent
    if node is None:
        return False
    first_child = ancestors[id(node)]
    if isinstance(node, nodes.If):
        return (first_child in node.body) != (child in node.body)
    if isinstance(node, nodes.IfExp):
        return first_child is not child and node.test not in (first_child, child)
    if isinstance(node, nodes.Match):
        return first_child is not child
    return False


class OvoFieldValuesChecker(BaseChecker):
    """Checks the values stored in OVO fields."""

    name = "oslo-ovo-field-values"
    msgs = {
        "E9205": (
            "Field '%s' of '%s' cannot hold this value: the setter raises %s",
            MISMATCH,
            "Setting a field runs the field's coerce() (oslo_versionedobjects/"
            "fields.py Field.coerce and the FieldType's coerce): None is "
            "rejected unless the field is nullable or has a default, and each "
            "type accepts only what it can convert (a String takes numbers, "
            "strings and datetimes; a List any iterable but a string or "
            "mapping; a Dict only dicts; a Set only sets; an ObjectField only "
            "objects of the named class). Only values whose type is certain are "
            "judged.",
        ),
        "W9206": (
            "Read-only field '%s' of '%s' is set again here (first at line %s) with "
            "a value that may differ: oslo.versionedobjects raises ReadOnlyFieldError",
            READ_ONLY,
            "A field declared read_only=True can be set once; setting it again "
            "to a different value raises ReadOnlyFieldError: Cannot modify "
            "readonly field (oslo_versionedobjects/base.py, the field setter). "
            "Setting the same value again is allowed, so two assignments of the "
            "same expression are not reported, nor assignments in branches that "
            "never both run.",
        ),
        "W9214": (
            "'%s' changes field '%s' of '%s' in place, untracked: '%s' (line %s) "
            "follows and it is not %s; assign the field (%s = ...)",
            IN_PLACE,
            "Change tracking records field assignments only (the property "
            "setter, oslo_versionedobjects/base.py): obj.tags.append(x) or "
            "obj.metadata[k] = v leaves the field out of obj_what_changed(), so "
            "save() does not write it and obj_get_changes() does not send it. "
            "Classes that override obj_what_changed to notice such changes "
            "(nova's Instance and Flavor) are not reported.",
        ),
    }

    @only_required_for_messages(MISMATCH)
    @never_crash
    def visit_assignattr(self, node: nodes.AssignAttr) -> None:
        value = _assigned_value(node)
        if value is None:
            return
        spec = _spec_for(node.expr, node.attrname)
        if spec is not None:
            self._check_value(node, spec, value)

    @only_required_for_messages(MISMATCH)
    @never_crash
    def visit_call(self, node: nodes.Call) -> None:
        if not node.keywords or not isinstance(node.func, (nodes.Name, nodes.Attribute)):
            return
        klass = safe_infer(node.func)
        if not isinstance(klass, nodes.ClassDef):
            return
        specs = _certain(fields.model_of(klass))
        for keyword in node.keywords:
            spec = specs.get(keyword.arg)
            if spec is not None:
                self._check_value(keyword.value, spec, keyword.value)

    def _check_value(self, node: nodes.NodeNG, spec: fields.FieldSpec, value: nodes.NodeNG) -> None:
        error = _rejection(spec, value)
        if error is not None and not expects_failure(node):
            self.add_message(MISMATCH, node=node, args=(spec.name, spec.owner.name, error), confidence=INFERENCE)

    @only_required_for_messages(READ_ONLY, IN_PLACE)
    @never_crash
    def visit_functiondef(self, node: nodes.FunctionDef) -> None:
        events = list(_body_nodes(node))
        self._check_read_only(events)
        self._check_in_place(events)

    visit_asyncfunctiondef = visit_functiondef

    # -- read-only fields set twice

    def _check_read_only(self, events: list[nodes.NodeNG]) -> None:
        first_write: dict[tuple[str, str], tuple[nodes.NodeNG, nodes.NodeNG]] = {}
        for event in events:
            if isinstance(event, nodes.AssignName):
                for key in [k for k in first_write if k[0] == event.name]:
                    del first_write[key]
                self._record_constructor(event, first_write)
                continue
            if not isinstance(event, nodes.AssignAttr):
                continue
            value = _assigned_value(event)
            owner = path_key(event.expr)
            spec = _spec_for(event.expr, event.attrname) if value is not None and owner else None
            if spec is None or spec.read_only is not True:
                continue
            key = (owner, event.attrname)
            if key in first_write:
                earlier, earlier_value = first_write[key]
                if not _exclusive(earlier, event) and not _same_value(earlier_value, value):
                    self.add_message(
                        READ_ONLY, node=event, confidence=INFERENCE,
                        args=(event.attrname, spec.owner.name, earlier.lineno),
                    )
                elif _exclusive(earlier, event):
                    continue  # keep the first branch as the reference
            first_write[key] = (event, value)

    @staticmethod
    def _record_constructor(target: nodes.AssignName, first_write) -> None:
        """``x = Obj(ctx, id=1)`` sets read-only fields too."""
        statement = target.parent
        if not (isinstance(statement, nodes.Assign) and isinstance(statement.value, nodes.Call)):
            return
        klass = safe_infer(statement.value.func)
        found = fields.model_of(klass) if isinstance(klass, nodes.ClassDef) else None
        if found is None:
            return
        for keyword in statement.value.keywords or ():
            spec = found.fields.get(keyword.arg)
            if spec is not None and spec.read_only is True:
                first_write[(target.name, keyword.arg)] = (statement, keyword.value)

    # -- in-place changes that are never tracked

    def _check_in_place(self, events: list[nodes.NodeNG]) -> None:
        pending: dict[tuple[str, str], nodes.NodeNG] = {}
        # Fields assigned since the object's last reset: they are in
        # _changed_fields, and obj_get_changes() reads their current value,
        # in-place changes included (nova's Aggregate metadata assigned,
        # then updated, then create()).
        changed: set[tuple[str, str]] = set()
        for event in events:
            mutated = _in_place_change(event)
            if mutated is not None:
                if mutated not in changed:
                    pending.setdefault(mutated, event)
                continue
            for owner, field in _assignments(event):
                for key in [k for k in pending if k[0] == owner and field in (k[1], "*")]:
                    del pending[key]
                if field == "*":
                    changed -= {k for k in changed if k[0] == owner}
                else:
                    changed.add((owner, field))
            if isinstance(event, nodes.AssignName):
                for key in [k for k in pending if k[0] == event.name]:
                    del pending[key]
                changed -= {k for k in changed if k[0] == event.name}
                changed |= {(event.name, field) for field in _constructed_fields(event)}
            published = _published(event)
            if published is None:
                continue
            for key in [k for k in pending if k[0] == published]:
                self._report_in_place(pending.pop(key), key, event)
            if event.func.attrname in _RESETTING:
                changed -= {k for k in changed if k[0] == published}

    def _report_in_place(self, change: nodes.NodeNG, key: tuple[str, str], publish: nodes.Call) -> None:
        owner, field = key
        spec = _field_spec(change)
        if spec is None:
            return
        found = fields.model_of_value(safe_infer(_receiver(change)))
        if found is None or tracking.notices_in_place_changes(found.classdef):
            return
        method = publish.func.attrname
        effect = "saved" if method in ("save", "create") else "sent"
        self.add_message(
            IN_PLACE, node=change, confidence=INFERENCE,
            args=(code(change.as_string().split("\n")[0]), field, found.classdef.name,
                  f"{owner}.{method}()", publish.lineno, effect, f"{owner}.{field}"),
        )


def _receiver(change: nodes.NodeNG) -> nodes.NodeNG:
    """``obj`` of ``obj.field.append(x)`` or ``obj.field[k] = v``."""
    container = change.func.expr if isinstance(change, nodes.Call) else change.value
    return container.expr


def _container(change: nodes.NodeNG) -> nodes.NodeNG | None:
    if isinstance(change, nodes.Call) and isinstance(change.func, nodes.Attribute):
        if change.func.attrname in MUTATORS:
            return change.func.expr
        return None
    if isinstance(change, nodes.Subscript) and isinstance(change.parent, (nodes.Assign, nodes.Delete, nodes.AugAssign)):
        if isinstance(change.parent, nodes.Assign) and change not in change.parent.targets:
            return None
        if isinstance(change.parent, nodes.AugAssign) and change is not change.parent.target:
            return None
        return change.value
    return None


def _field_spec(change: nodes.NodeNG) -> fields.FieldSpec | None:
    container = _container(change)
    if not isinstance(container, nodes.Attribute):
        return None
    spec = _spec_for(container.expr, container.attrname)
    if spec is None:
        return None
    kind = spec.kind()
    if kind is None or not (kind[0] == "list-of-objects" or kind[1] in _CONTAINER_KINDS):
        return None
    return spec


def _in_place_change(event: nodes.NodeNG) -> tuple[str, str] | None:
    container = _container(event)
    if not isinstance(container, nodes.Attribute):
        return None
    owner = path_key(container.expr)
    if owner is None or _field_spec(event) is None:
        return None
    return (owner, container.attrname)


def _assignments(event: nodes.NodeNG) -> list[tuple[str, str]]:
    """Fields marked changed by *event*: assignments and manual tracking."""
    if isinstance(event, (nodes.AssignAttr, nodes.DelAttr)):
        owner = path_key(event.expr)
        if owner is not None:
            return [(owner, event.attrname)]
        return []
    if isinstance(event, nodes.Call) and isinstance(event.func, nodes.Attribute):
        receiver = path_key(event.func.expr)
        if receiver is not None and receiver.endswith("._changed_fields"):
            owner = receiver.rsplit(".", 1)[0]
            return [(owner, arg.value) for arg in event.args if isinstance(arg, nodes.Const)]
        if event.func.attrname == "obj_reset_changes" and receiver is not None:
            return [(receiver, "*")]
        if terminal_name(event.func) == "setattr" and event.args:
            owner = path_key(event.args[0])
            if owner and len(event.args) > 1 and isinstance(event.args[1], nodes.Const):
                return [(owner, event.args[1].value)]
    return []


def _constructed_fields(target: nodes.AssignName) -> list[str]:
    """Fields set by keyword in ``x = Obj(ctx, metadata={...})``: the
    constructor assigns them, so they are changed."""
    statement = target.parent
    if not (isinstance(statement, nodes.Assign) and isinstance(statement.value, nodes.Call)):
        return []
    return [keyword.arg for keyword in statement.value.keywords or () if keyword.arg is not None]


def _published(event: nodes.NodeNG) -> str | None:
    if isinstance(event, nodes.Call) and isinstance(event.func, nodes.Attribute):
        if event.func.attrname in _PUBLISHING:
            return path_key(event.func.expr)
    return None


def _same_value(first: nodes.NodeNG | None, second: nodes.NodeNG | None) -> bool:
    if first is None or second is None:
        return False
    if isinstance(first, nodes.Const) and isinstance(second, nodes.Const):
        return first.value == second.value
    return first.as_string() == second.as_string()
