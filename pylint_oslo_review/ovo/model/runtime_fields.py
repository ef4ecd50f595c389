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

"""The ``fields`` dict a class has at runtime, after everything that changes it.

In order, as Python runs it (oslo_versionedobjects/base.py and the design
notes, section 2.1):

1. the class body: ``fields = {...}``, then any ``fields.update(X)`` or
   ``fields['x'] = ...`` later in the body (neutron/objects/stdattrs.py);
2. the metaclass: a project hook (``pylint_oslo_review.ovo.model.hooks``) may
   replace ``cls.fields``;
3. the registry decorators (``register``, ``register_if``, ``objectify``):
   ``_make_class_properties`` sets ``cls.fields = dict(cls.fields)`` and
   adds, for every class of ``cls.mro()[1:-1]`` that has a ``fields``
   attribute, each name it does not have yet. ``supercls.fields`` is an
   attribute lookup: for a class without its own ``fields`` it is the
   first one up *that class's* MRO, already merged if that class was
   decorated.

A class that defines no ``fields`` and is not changed by steps 2-3 simply
inherits the attribute. The values are field instances as
``pylint_oslo_review.evaluation.construction`` builds them (lazily).
"""

from __future__ import annotations

from typing import Any

from astroid import nodes

from pylint_oslo_review.ovo.model import registration
from pylint_oslo_review.evaluation import scopes
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.ovo.model.hooks import MERGE, REGISTER, ProjectHooks
from pylint_oslo_review.evaluation.values import Unknown, first_unknown, where

FIELDS = "fields"
#: Metaclass methods that run when a class statement executes.
_CLASS_CREATION = frozenset({"__new__", "__init__", "__prepare__"})

Fields = dict[str, Any]


class FieldMerger:
    """Computes ``cls.fields`` per class, with caching; see the module docstring."""

    def __init__(self, evaluator: Evaluator, hooks: ProjectHooks) -> None:
        self.evaluator = evaluator
        self.hooks = hooks
        self._own: dict[nodes.ClassDef, Fields | Unknown | None] = {}

    def fields(self, classdef: nodes.ClassDef) -> Fields | Unknown | None:
        """``classdef.fields``: its own dict, else the first one up its MRO."""
        order = self.evaluator.mro(classdef)
        if order is None:
            return Unknown(self.evaluator.mro_problem(classdef))
        for klass in order:
            own = self.own(klass)
            if own is not None:
                return own
        return None

    def inherited(self, classdef: nodes.ClassDef) -> Fields | Unknown | None:
        """``classdef.fields`` as seen before *classdef* sets its own."""
        order = self.evaluator.mro(classdef)
        if order is None:
            return Unknown(self.evaluator.mro_problem(classdef))
        for klass in order[1:]:
            own = self.own(klass)
            if own is not None:
                return own
        return None

    def own(self, classdef: nodes.ClassDef) -> Fields | Unknown | None:
        """``classdef.__dict__['fields']`` after creation and decoration, or None."""
        if classdef not in self._own:
            self._own[classdef] = Unknown(f"the fields of {classdef.qname()} depend on themselves")
            self._own[classdef] = self._compute_own(classdef)
        return self._own[classdef]

    def _compute_own(self, classdef: nodes.ClassDef) -> Fields | Unknown | None:
        if scopes.is_builtin(classdef):
            return None
        current = self._body_fields(classdef)
        if isinstance(current, Unknown):
            return current
        current = self._metaclass_hooks(classdef, current)
        if isinstance(current, Unknown):
            return current
        effects = registration.decorator_effects(self.evaluator, classdef, self.hooks)
        if isinstance(effects, Unknown):
            return effects
        if REGISTER in effects or MERGE in effects:
            return self._make_class_properties(classdef, current)
        return current

    def _body_fields(self, classdef: nodes.ClassDef) -> Fields | Unknown | None:
        definitions = scopes.body_facts(classdef).definitions.get(FIELDS)
        if not definitions:
            return None
        last = definitions[-1]
        if any(d.conditional for d in definitions) or not isinstance(last.node, nodes.AssignName):
            return Unknown(f"{classdef.qname()}.fields is not assigned once, unconditionally")
        value = self.evaluator.definition_value(last.node, FIELDS)
        if not isinstance(value, dict):
            return first_unknown(value) or Unknown(f"{classdef.qname()}.fields is not a dict")
        current = dict(value)
        assignment = last.node.statement()
        for statement in classdef.body:
            if (statement.lineno or 0) <= (assignment.lineno or 0):
                continue
            change = self._body_change(statement, current)
            if isinstance(change, Unknown):
                return change
        return current

    def _body_change(self, statement: nodes.NodeNG, current: Fields) -> Unknown | None:
        """Apply ``fields.update(X)`` / ``fields[k] = v``; Unknown for other changes."""
        update = _update_argument(statement)
        if update is not None:
            extra = self.evaluator.evaluate(update)
            if not isinstance(extra, dict):
                return first_unknown(extra) or Unknown(f"fields.update() of a non-dict at {where(statement)}")
            current.update(extra)
            return None
        item = _item_assignment(statement)
        if item is not None:
            key = self.evaluator.evaluate(item.targets[0].slice)
            if not isinstance(key, str):
                return first_unknown(key) or Unknown(f"fields key at {where(statement)} is not a string")
            current[key] = self.evaluator.evaluate(item.value)
            return None
        if scopes.changes_name(statement, FIELDS):
            return Unknown(f"fields is changed at {where(statement)} in a way the analysis does not follow")
        return None

    def _metaclass_hooks(self, classdef: nodes.ClassDef, current: Fields | None) -> Fields | Unknown | None:
        """Apply the hooks of *classdef*'s metaclass; Unknown for an unmodelled one."""
        metaclass = self.evaluator.metaclass(classdef)
        if metaclass is None or isinstance(metaclass, Unknown):
            return metaclass or current
        hooks = [hook for hook in self.hooks.fields_hooks if hook.metaclass == metaclass.qname()]
        if not hooks:
            problem = self._unmodelled(metaclass)
            return current if problem is None else Unknown(problem)
        for hook in hooks:
            applies = hook.applies(self.evaluator, classdef)
            if isinstance(applies, Unknown):
                return Unknown(f"cannot tell whether hook '{hook.name}' applies to {classdef.name}: {applies.reason}")
            if not applies:
                continue
            base = current if current is not None else self.inherited(classdef)
            if not isinstance(base, dict):
                return base if isinstance(base, Unknown) else Unknown(f"{classdef.name} has no fields for {hook.name}")
            current = hook.apply(self.evaluator, classdef, base)
            if isinstance(current, Unknown):
                return current
        return current

    def _unmodelled(self, metaclass: nodes.ClassDef) -> str | None:
        """Why a metaclass without hooks may change ``fields``; None if it cannot."""
        order = self.evaluator.mro(metaclass)
        if order is None:
            return self.evaluator.mro_problem(metaclass)
        for klass in order:
            if klass.qname() in self.hooks.neutral_metaclasses or scopes.is_builtin(klass):
                return None
            runs = _CLASS_CREATION & set(scopes.body_facts(klass).definitions)
            if runs:
                return (
                    f"metaclass {metaclass.qname()} runs {klass.name}.{min(runs)} when classes are "
                    "created, and no project hook says what it does to fields"
                )
        return None

    def _make_class_properties(self, classdef: nodes.ClassDef, current: Fields | None) -> Fields | Unknown:
        base = current if current is not None else self.inherited(classdef)
        if not isinstance(base, dict):
            return base if isinstance(base, Unknown) else Unknown(f"{classdef.name} has no fields attribute")
        merged = dict(base)
        order = self.evaluator.mro(classdef)
        for klass in order[1:-1]:
            inherited = self.fields(klass)
            if inherited is None:
                continue
            if isinstance(inherited, Unknown):
                return inherited
            for name, field in inherited.items():
                merged.setdefault(name, field)
        return merged


def _update_argument(statement: nodes.NodeNG) -> nodes.NodeNG | None:
    """X of a ``fields.update(X)`` statement."""
    if not (isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Call)):
        return None
    call = statement.value
    func = call.func
    on_fields = isinstance(func, nodes.Attribute) and isinstance(func.expr, nodes.Name) and func.expr.name == FIELDS
    if on_fields and func.attrname == "update" and len(call.args) == 1 and not call.keywords:
        return call.args[0]
    return None


def _item_assignment(statement: nodes.NodeNG) -> nodes.Assign | None:
    """A ``fields[key] = value`` statement."""
    if not (isinstance(statement, nodes.Assign) and len(statement.targets) == 1):
        return None
    target = statement.targets[0]
    if isinstance(target, nodes.Subscript) and isinstance(target.value, nodes.Name) and target.value.name == FIELDS:
        return statement
    return None
