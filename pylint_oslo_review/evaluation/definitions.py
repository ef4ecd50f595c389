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

"""Names: which statement binds a name, and the value it gives it.

A name is followed the way Python binds it: astroid's lookup finds the
binding statements of a name in its scope; ``scopes`` says which of a
body's statements wins (the last unconditional one) and whether the name
is changed in place later (then its value is not what the assignment
says). Imports lead to other modules, ``from pkg import sub`` to
submodules, class attributes to the first class of the MRO that binds them.
Local variables are known only inside a function body being interpreted
(``construction``).
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from typing import Any

import astroid
from astroid import nodes

from pylint_oslo_review.evaluation import builtin_calls, scopes
from pylint_oslo_review.evaluation.expressions import Env, ExpressionEvaluator
from pylint_oslo_review.evaluation.values import (
    MISSING,
    ClassRef,
    FunctionRef,
    ModuleRef,
    ObjectRef,
    PyCallable,
    Unknown,
    first_unknown,
    is_data,
    where,
)


class DefinitionEvaluator(ExpressionEvaluator):
    """Follows names, imports and attributes to their values.

    *class_attribute_hooks* answer ``Cls.<name>`` for names whose runtime
    value is not what the class body says (``fields``, which the registry
    decorators merge along the MRO). *value_overrides* give the value of a
    module-level name, by qualified name, when a project hook describes it
    better than its source.
    """

    def __init__(self) -> None:
        super().__init__()
        self._attributes: dict[tuple[nodes.NodeNG, str], Any] = {}
        self.class_attribute_hooks: dict[str, Callable[[nodes.ClassDef], Any]] = {}
        self.value_overrides: dict[str, Callable[[], Any]] = {}

    @abc.abstractmethod
    def mro(self, classdef: nodes.ClassDef) -> tuple[nodes.ClassDef, ...] | None:
        """``cls.__mro__``, None when unknown."""

    @abc.abstractmethod
    def mro_problem(self, classdef: nodes.ClassDef) -> str:
        """Why the MRO of *classdef* is unknown."""

    @abc.abstractmethod
    def import_module(self, modname: str) -> nodes.Module | Unknown:
        """The module *modname*."""

    def _eval_name(self, node: nodes.Name, env: Env | None) -> Any:
        scope, definitions = node.lookup(node.name)
        if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)) and not scopes.is_builtin(scope):
            if env is not None and scope is env.function:
                return env.names.get(node.name, Unknown(f"local variable {node.name!r} at {where(node)}"))
            return Unknown(f"{node.name!r} at {where(node)} is a local variable")
        if not definitions:
            return Unknown(f"name {node.name!r} at {where(node)} is not defined")
        if isinstance(scope, nodes.Module) and f"{scope.name}.{node.name}" in self.value_overrides:
            return self.module_attribute(scope, node.name)
        if isinstance(scope, (nodes.Module, nodes.ClassDef)) and not scopes.is_builtin(scope):
            mutated = scopes.body_facts(scope).mutations.get(node.name)
            if mutated is not None:
                return Unknown(f"{node.name!r} is changed in place at {scope.root().name}:{mutated}")
        return self._merge([self.definition_value(d, node.name) for d in definitions], node.name)

    def _merge(self, values: list[Any], name: str) -> Any:
        """One value for a name bound by several statements, if they agree."""
        first = values[0]
        for other in values[1:]:
            if other is first:
                continue
            if not (is_data(first) and is_data(other) and type(first) is type(other) and first == other):
                return Unknown(f"{name!r} has several definitions with different values")
        return first

    def definition_value(self, definition: nodes.NodeNG, name: str) -> Any:
        """The value that *definition* (a statement binding *name*) gives it."""
        if isinstance(definition, nodes.ClassDef):
            return ClassRef(definition)
        if isinstance(definition, nodes.FunctionDef):
            if scopes.is_builtin(definition) and definition.name in builtin_calls.BUILTINS:
                return PyCallable(definition.name, builtin_calls.BUILTINS[definition.name])
            return FunctionRef(definition)
        if isinstance(definition, nodes.Import):
            return self._import_value(definition, name)
        if isinstance(definition, nodes.ImportFrom):
            return self._import_from_value(definition, name)
        if isinstance(definition, nodes.AssignName):
            return self._assigned_value(definition)
        return Unknown(f"cannot follow {name!r} to {where(definition)}")

    def _assigned_value(self, target: nodes.AssignName) -> Any:
        path: list[int] = []
        node, parent = target, target.parent
        while isinstance(parent, (nodes.Tuple, nodes.List)):
            path.append(parent.elts.index(node))
            node, parent = parent, parent.parent
        if isinstance(parent, nodes.Assign) or (isinstance(parent, nodes.AnnAssign) and parent.value is not None):
            value = self.evaluate(parent.value)
        else:
            return Unknown(f"{target.name!r} at {where(target)} is not bound by a plain assignment")
        for index in reversed(path):
            if not isinstance(value, (tuple, list)) or index >= len(value):
                return first_unknown(value) or Unknown(f"cannot unpack the assignment at {where(parent)}")
            value = value[index]
        return value

    def _import_value(self, statement: nodes.Import, name: str) -> Any:
        for modname, alias in statement.names:
            if alias == name:
                return self._module(statement, modname)
            if alias is None and modname.split(".")[0] == name:
                return self._module(statement, name)
        return Unknown(f"cannot follow import of {name!r} at {where(statement)}")

    def _import_from_value(self, statement: nodes.ImportFrom, name: str) -> Any:
        module = self._module(statement, statement.modname)
        if isinstance(module, Unknown):
            return module
        for original, alias in statement.names:
            if original == "*" or (alias or original) == name:
                return self.module_attribute(module.node, name if original == "*" else original)
        return Unknown(f"cannot follow import of {name!r} at {where(statement)}")

    def _module(self, statement: nodes.Import | nodes.ImportFrom, modname: str) -> Any:
        try:
            return ModuleRef(statement.do_import_module(modname))
        except (astroid.AstroidError, SyntaxError, ImportError) as error:
            return Unknown(f"cannot import {modname} (at {where(statement)}; {error.__class__.__name__})")

    def attribute(self, value: Any, name: str) -> Any:
        """``value.name``."""
        if isinstance(value, Unknown):
            return value
        if isinstance(value, ModuleRef):
            return self.module_attribute(value.node, name)
        if isinstance(value, ClassRef):
            return self.class_attribute(value.node, name)
        if isinstance(value, ObjectRef):
            if name == "__class__":
                return ClassRef(value.cls)
            own = value.own(name, MISSING)
            return own if own is not MISSING else self.class_attribute(value.cls, name)
        if name in builtin_calls.METHODS.get(type(value), frozenset()):
            return PyCallable(f"{type(value).__name__}.{name}", getattr(value, name))
        return Unknown(f"unsupported attribute {name!r} of a {type(value).__name__}")

    def module_attribute(self, module: nodes.Module, name: str) -> Any:
        """``module.name`` after the module body ran."""
        key = (module, name)
        if key not in self._attributes:
            # A package importing its own submodule (``from pkg import sub`` in
            # pkg/__init__.py) finds the submodule: the attribute is not set yet.
            self._attributes[key] = self._submodule(module, name)
            self._attributes[key] = self._module_attribute(module, name)
        return self._attributes[key]

    def _submodule(self, module: nodes.Module, name: str) -> Any:
        if module.package:
            submodule = self.import_module(f"{module.name}.{name}")
            if isinstance(submodule, nodes.Module):
                return ModuleRef(submodule)
        return Unknown(f"{module.name} has no attribute {name!r}")

    def _module_attribute(self, module: nodes.Module, name: str) -> Any:
        override = self.value_overrides.get(f"{module.name}.{name}")
        if override is not None:
            return override()
        facts = scopes.body_facts(module)
        if name in facts.mutations:
            return Unknown(f"{module.name}.{name} is changed in place at line {facts.mutations[name]}")
        definitions = facts.definitions.get(name)
        if definitions:
            return self._body_value(definitions, f"{module.name}.{name}")
        for statement in module.body:
            if isinstance(statement, nodes.ImportFrom) and statement.names[0][0] == "*":
                source = self._module(statement, statement.modname)
                if isinstance(source, ModuleRef) and name in source.node.locals:
                    return self.module_attribute(source.node, name)
        # Names a brain declares on the package (the registry hook's
        # ``objects.<Name>``; not in the body), then submodules.
        declared = [
            d for d in module.locals.get(name, ())
            if isinstance(d, nodes.ImportFrom) and d.parent is module and d not in module.body
        ]
        if declared:
            return self.definition_value(declared[-1], name)
        return self._submodule(module, name)

    def _body_value(self, definitions: tuple[scopes.Definition, ...], label: str) -> Any:
        """The value of a name from its definitions in one body."""
        if all(not d.conditional for d in definitions):
            return self.definition_value(definitions[-1].node, definitions[-1].name)
        return self._merge([self.definition_value(d.node, d.name) for d in definitions], label)

    def class_attribute(self, classdef: nodes.ClassDef, name: str) -> Any:
        """``Cls.name``: the first class of the MRO that defines it."""
        hook = self.class_attribute_hooks.get(name)
        if hook is not None:
            return hook(classdef)
        if name == "__name__":
            return classdef.name
        key = (classdef, name)
        if key not in self._attributes:
            self._attributes[key] = self._class_attribute(classdef, name)
        return self._attributes[key]

    def _class_attribute(self, classdef: nodes.ClassDef, name: str) -> Any:
        order = self.mro(classdef)
        if order is None:
            return Unknown(self.mro_problem(classdef))
        for klass in order:
            found = self.own_class_attribute(klass, name)
            if found is not MISSING:
                return found
        return Unknown(f"{classdef.qname()} has no attribute {name!r}")

    def own_class_attribute(self, klass: nodes.ClassDef, name: str) -> Any:
        """*name* as *klass*'s own body defines it, or MISSING."""
        facts = scopes.body_facts(klass)
        definitions = facts.definitions.get(name)
        if not definitions:
            return MISSING
        label = f"{klass.qname()}.{name}"
        if name in facts.mutations:
            return Unknown(f"{label} is changed in place at line {facts.mutations[name]}")
        outer = klass.parent.scope() if klass.parent is not None else None
        if isinstance(outer, (nodes.Module, nodes.ClassDef)) and klass.name in scopes.body_facts(outer).mutations:
            line = scopes.body_facts(outer).mutations[klass.name]
            return Unknown(f"{klass.qname()} is changed after its definition, at line {line}")
        return self._body_value(definitions, label)
