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

"""The remotable methods of a class, found the way the fixture finds them.

fixture.py ``_get_fingerprint`` walks ``dir(cls)`` (inherited names
included), keeps what ``getattr(cls, name)`` gives when it is a function,
a bound method or a classmethod, and applies ``_find_remotable_method``
(modelled in ``pylint_oslo_review.ovo.model.methods``). Statically, ``dir()``
is the union of the names the classes of the MRO bind in their bodies, and
``getattr`` takes the first class that binds the name; a class that a
registry decorator processed also holds one property per field
(base.py ``_make_class_properties``), which hides a method of the same
name.

Decorators are evaluated to their qualified names and applied bottom-up as
models (OVO's, builtins', and the project's from
``pylint_oslo_review.ovo.model.hooks``). An unknown decorator is harmless on a
plain function: the rule only follows objects with a ``remotable``
attribute, which only OVO's decorators (and the modelled project ones)
create. A class attribute bound to anything other than a ``def`` is followed
when it names a function; an expression the analysis cannot evaluate counts
as not remotable unless its source mentions ``remotable``.
"""

from __future__ import annotations

from astroid import nodes

from pylint_oslo_review.ovo.model import methods
from pylint_oslo_review.ovo.model import registration
from pylint_oslo_review.evaluation import scopes
from pylint_oslo_review.ovo.model.runtime_fields import FieldMerger
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.ovo.model.hooks import MERGE, REGISTER, ProjectHooks
from pylint_oslo_review.evaluation.values import CannotVerify, ClassRef, FunctionRef, Unknown, where

_LITERALS = (nodes.Const, nodes.List, nodes.Tuple, nodes.Dict, nodes.Set)


class MethodFinder:
    """Builds method models per definition and lists remotable methods per class."""

    def __init__(self, evaluator: Evaluator, hooks: ProjectHooks, merger: FieldMerger) -> None:
        self.evaluator = evaluator
        self.hooks = hooks
        self.merger = merger
        self._things: dict[nodes.NodeNG, methods.Thing] = {}
        self._properties: dict[nodes.ClassDef, tuple[str, ...]] = {}

    def remotable_methods(self, classdef: nodes.ClassDef) -> list[tuple[str, methods.Thing]]:
        """``(name, implementation)`` of every remotable method, sorted by name.

        Raises CannotVerify when some attribute's relation to a remotable
        layer cannot be known.
        """
        order = self.evaluator.mro(classdef)
        if order is None:
            raise CannotVerify(self.evaluator.mro_problem(classdef))
        seen: set[str] = set()
        found = []
        for klass in order:
            for name in self._names(klass):
                if name in seen:
                    continue
                seen.add(name)
                thing = methods.class_get(self._class_thing(klass, name))
                if thing is None:
                    continue
                implementation = methods.find_implementation(thing)
                if implementation is not None:
                    found.append((name, implementation))
        return sorted(found, key=lambda item: item[0])

    def _names(self, klass: nodes.ClassDef) -> list[str]:
        names = list(scopes.body_facts(klass).definitions)
        properties = self._field_properties(klass)
        return names + [name for name in properties if name not in names]

    def _field_properties(self, klass: nodes.ClassDef) -> tuple[str, ...]:
        """The field properties a registry decorator set on *klass* itself."""
        if klass not in self._properties:
            found: tuple[str, ...] = ()
            if not scopes.is_builtin(klass):
                effects = registration.decorator_effects(self.evaluator, klass, self.hooks)
                if not isinstance(effects, Unknown) and (REGISTER in effects or MERGE in effects):
                    fields = self.merger.own(klass)
                    found = tuple(fields) if isinstance(fields, dict) else ()
            self._properties[klass] = found
        return self._properties[klass]

    def _class_thing(self, klass: nodes.ClassDef, name: str) -> methods.Thing:
        if name in self._field_properties(klass):
            return methods.Opaque("field property")
        definitions = scopes.body_facts(klass).definitions.get(name, ())
        things = [self.definition_thing(d.node) for d in definitions]
        if not things:
            return methods.Opaque("not defined")
        if any(d.conditional for d in definitions) and any(methods.carries_remotable(t) for t in things):
            return methods.Unresolvable(f"{klass.qname()}.{name} is defined conditionally")
        return things[-1]

    def definition_thing(self, definition: nodes.NodeNG) -> methods.Thing:
        """The model of what *definition* binds."""
        if definition not in self._things:
            self._things[definition] = methods.Unresolvable(f"circular definition at {where(definition)}")
            self._things[definition] = self._build(definition)
        return self._things[definition]

    def _build(self, definition: nodes.NodeNG) -> methods.Thing:
        if isinstance(definition, nodes.FunctionDef):
            return self._decorated(definition)
        if isinstance(definition, nodes.AssignName):
            return self._assigned(definition)
        return methods.Opaque(type(definition).__name__)

    def _decorated(self, function: nodes.FunctionDef) -> methods.Thing:
        thing: methods.Thing = methods.Plain(function)
        if function.decorators is None:
            return thing
        for decorator in reversed(function.decorators.nodes):
            model, label = self._decorator_model(decorator)
            thing = model(thing) if model is not None else methods.unknown_decorator(thing, label)
        return thing

    def _decorator_model(self, decorator: nodes.NodeNG) -> tuple[methods.DecoratorModel | None, str]:
        label = decorator.as_string()
        target = decorator.func if isinstance(decorator, nodes.Call) else decorator
        value = self.evaluator.evaluate(target)
        if not isinstance(value, (ClassRef, FunctionRef)):
            return None, label
        qname = value.node.qname() + ("()" if isinstance(decorator, nodes.Call) else "")
        model = methods.CORE_DECORATORS.get(qname) or self.hooks.decorators.get(qname)
        return model, qname

    def _assigned(self, target: nodes.AssignName) -> methods.Thing:
        statement = target.statement()
        value_node = getattr(statement, "value", None)
        if value_node is None or isinstance(value_node, _LITERALS):
            return methods.Opaque("data")
        value = self.evaluator.definition_value(target, target.name)
        if isinstance(value, FunctionRef):
            return self.definition_thing(value.node)
        if isinstance(value, Unknown) and "remotable" in value_node.as_string():
            return methods.Unresolvable(f"cannot evaluate {value_node.as_string()!r} at {where(target)}")
        return methods.Opaque("value")
