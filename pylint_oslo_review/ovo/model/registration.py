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

"""Which classes a registry decorator registers, under which name and VERSION.

base.py ``VersionedObjectRegistry``: ``register`` and ``register_if(True)``
put the class into the registry under ``obj_name()`` (the class name unless
overridden) and merge its fields; ``register_if(False)`` and ``objectify``
only merge the fields. For one name the registry keeps the classes newest
VERSION first (``_register_class``), and the fixture fingerprints the first.
Registries are recognised by what they are (a subclass of
``VersionedObjectRegistry``), so nova's ``NovaObjectRegistry``, neutron's
``NeutronObjectRegistry`` and any other count, whatever they are imported as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model.hooks import DEFAULT_HOOKS, MERGE, REGISTER, ProjectHooks
from pylint_oslo_review.evaluation import scopes
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.evaluation.values import ClassRef, FunctionRef, Unknown, first_unknown, is_data, where

REGISTRY = f"{names.OVO_BASE}.VersionedObjectRegistry"
#: The decorators of VersionedObjectRegistry itself (base.py).
_REGISTER, _REGISTER_IF, _OBJECTIFY = "register", "register_if", "objectify"
_PRERELEASE = re.compile(r"(\d+)(a|alpha|b|beta|rc)\d+$")


@dataclass(frozen=True)
class Candidate:
    """A class that a registry decorator registers."""

    obj_name: str
    classdef: nodes.ClassDef
    version: str


def version_key(text: str) -> tuple[int, ...] | None:
    """oslo_utils.versionutils.convert_version_to_tuple, or None if it would raise."""
    try:
        return tuple(int(part) for part in _PRERELEASE.sub("\\1", text).split("."))
    except ValueError:
        return None


def _spellings(hooks: ProjectHooks) -> frozenset[str]:
    """Names a registry class decorator is spelled with: OVO's and the hooks'."""
    return frozenset({_REGISTER, _REGISTER_IF, _OBJECTIFY, *(q.rpartition(".")[2] for q in hooks.registry_methods)})


def registry_decorators(classdef: nodes.ClassDef, hooks: ProjectHooks = DEFAULT_HOOKS) -> list[nodes.NodeNG]:
    """``@X.register``, ``@X.register_if(...)``, ... on *classdef*, read from the AST alone.

    Each of them runs ``_make_class_properties`` (even ``register_if(False)``:
    base.py), so a class with one has a property for every merged field.
    Whether ``X`` really is a registry is left to :func:`decorator_effects`.
    """
    if classdef.decorators is None:
        return []
    spellings = _spellings(hooks)
    return [
        decorator
        for decorator in classdef.decorators.nodes
        if isinstance(func := decorator.func if isinstance(decorator, nodes.Call) else decorator, nodes.Attribute)
        and func.attrname in spellings
    ]


def looks_registered(classdef: nodes.ClassDef, hooks: ProjectHooks = DEFAULT_HOOKS) -> bool:
    """Cheap syntactic test: a decorator spelled like a registry method."""
    return bool(registry_decorators(classdef, hooks))


def _registering_pattern(hooks: ProjectHooks) -> re.Pattern[str]:
    methods = sorted({_REGISTER, *(q.rpartition(".")[2] for q, e in hooks.registry_methods.items() if e == REGISTER)})
    return re.compile(
        rf"^@[\w.]+\.(?:{'|'.join(methods)}|register_if\(\s*True\s*\))[ \t]*\n(?:@.*\n)*class[ \t]+(\w+)",
        re.MULTILINE,
    )


_REGISTERING = _registering_pattern(DEFAULT_HOOKS)


def registered_names_in_source(text: str) -> list[str]:
    """Classes that a module's source puts into a registry, by a text scan.

    For scans of files that are not parsed (the objects package's
    ``register_all()`` modules): a class right below ``@X.register`` or
    ``@X.register_if(True)``, possibly among other decorators.
    """
    return _REGISTERING.findall(text)


def _is_registry(evaluator: Evaluator, value: Any) -> bool:
    if not isinstance(value, ClassRef):
        return False
    return any(klass.qname() == REGISTRY for klass in evaluator.mro(value.node) or ())


def decorator_effects(
    evaluator: Evaluator, classdef: nodes.ClassDef, hooks: ProjectHooks
) -> tuple[str, ...] | Unknown:
    """REGISTER / MERGE for each registry decorator of *classdef*, bottom-up."""
    if not looks_registered(classdef, hooks):
        return ()
    effects = []
    for decorator in reversed(classdef.decorators.nodes):
        func = decorator.func if isinstance(decorator, nodes.Call) else decorator
        if not isinstance(func, nodes.Attribute):
            continue
        receiver = evaluator.evaluate(func.expr)
        if not _is_registry(evaluator, receiver):
            if isinstance(receiver, Unknown) and func.attrname in (_REGISTER, _REGISTER_IF, _OBJECTIFY):
                return Unknown(f"cannot tell which registry decorates {classdef.name}: {receiver.reason}")
            continue
        effect = _effect(evaluator, decorator, func.attrname, receiver, hooks)
        if isinstance(effect, Unknown):
            return effect
        effects.append(effect)
    return tuple(effects)


def _effect(
    evaluator: Evaluator,
    decorator: nodes.NodeNG,
    method: str,
    registry: ClassRef,
    hooks: ProjectHooks,
) -> str | Unknown:
    is_call = isinstance(decorator, nodes.Call)
    if method == _REGISTER and not is_call:
        return REGISTER
    if method == _OBJECTIFY and not is_call:
        return MERGE
    if method == _REGISTER_IF and is_call and len(decorator.args) == 1 and not decorator.keywords:
        condition = evaluator.evaluate(decorator.args[0])
        if is_data(condition):
            return REGISTER if condition else MERGE
        return first_unknown(condition) or Unknown(f"cannot decide register_if at {where(decorator)}")
    target = evaluator.class_attribute(registry.node, method)
    if isinstance(target, FunctionRef) and not is_call:
        effect = hooks.registry_methods.get(target.node.qname())
        if effect is not None:
            return effect
        return Unknown(f"registry method {target.node.qname()} is not modelled")
    return Unknown(f"registry decorator at {where(decorator)} is not modelled")


def obj_name(evaluator: Evaluator, classdef: nodes.ClassDef) -> str | Unknown:
    """``cls.obj_name()``: the class name unless a class overrides the method."""
    for klass in evaluator.mro(classdef) or (classdef,):
        if "obj_name" in scopes.body_facts(klass).definitions:
            if klass.qname() == names.VERSIONED_OBJECT:
                return classdef.name
            return Unknown(f"{klass.qname()} overrides obj_name()")
    return classdef.name


def version(evaluator: Evaluator, classdef: nodes.ClassDef) -> str | Unknown:
    """``cls.VERSION`` as a string."""
    value = evaluator.class_attribute(classdef, "VERSION")
    if isinstance(value, str):
        return value
    return first_unknown(value) or Unknown(f"{classdef.name}.VERSION is not a string")


def _module_classes(module: nodes.Module) -> list[nodes.ClassDef]:
    return [
        definition.node
        for found in scopes.body_facts(module).definitions.values()
        for definition in found
        if isinstance(definition.node, nodes.ClassDef)
    ]


def registered_classes(
    evaluator: Evaluator, modules: list[nodes.Module], hooks: ProjectHooks
) -> dict[str, list[Candidate | Unknown]]:
    """Every class the modules register, by object name (unsorted).

    A class whose registration cannot be decided is listed under its class
    name as an Unknown: the name may be registered, so its fingerprint
    cannot be verified.
    """
    found: dict[str, list[Candidate | Unknown]] = {}
    for module in modules:
        for classdef in sorted(_module_classes(module), key=lambda c: c.lineno or 0):
            effects = decorator_effects(evaluator, classdef, hooks)
            if isinstance(effects, Unknown):
                found.setdefault(classdef.name, []).append(effects)
                continue
            if REGISTER not in effects:
                continue
            name = obj_name(evaluator, classdef)
            if isinstance(name, Unknown):
                found.setdefault(classdef.name, []).append(name)
                continue
            found.setdefault(name, []).append(_candidate(evaluator, name, classdef))
    return found


def _candidate(evaluator: Evaluator, name: str, classdef: nodes.ClassDef) -> Candidate | Unknown:
    text = version(evaluator, classdef)
    if isinstance(text, Unknown):
        return text
    if version_key(text) is None:
        return Unknown(f"{name}.VERSION {text!r} is not a dotted number")
    return Candidate(name, classdef, text)


def newest(candidates: list[Candidate | Unknown]) -> Candidate | Unknown:
    """The class the registry lists first: the highest VERSION."""
    unknown = [c for c in candidates if isinstance(c, Unknown)]
    if unknown:
        return unknown[0]
    ordered = sorted(candidates, key=lambda c: version_key(c.version), reverse=True)
    if len(ordered) > 1 and version_key(ordered[0].version) == version_key(ordered[1].version):
        places = " and ".join(where(c.classdef) for c in ordered[:2])
        return Unknown(f"registered twice with VERSION {ordered[0].version} ({places}): import order decides")
    return ordered[0]
