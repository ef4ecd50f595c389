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

"""``ObjectVersionChecker`` fingerprints, computed without importing anything.

oslo.versionedobjects' test fixture (fixture.py ``_get_fingerprint``, OVO
3.12) hashes, for the newest registered class of each object name::

    "<VERSION>-" + md5(repr((sorted fields, sorted remotable method specs
                             [, OrderedDict(sorted(child_versions))])))

Projects record these strings (nova and neutron in
``<pkg>/tests/unit/objects/test_objects.py`` as ``object_data``) and their
``test_versions`` fails when a class changes without a VERSION bump. This
module computes the same strings from astroid's trees, in small steps:

- ``ovo.model.registration``: which classes a registry registers, under
  which name and VERSION (the newest wins);
- ``ovo.model.runtime_fields``: the merged ``fields`` dict of a class, and
  ``field_repr``: each field rendered as OVO renders it;
- ``ovo.model.remotable`` and ``ovo.model.methods``: the remotable methods
  the fixture's unwrap rule finds, and ``argspec``: their specs;
- ``evaluation``: the values of every expression involved (defaults, enum
  values, constants of other modules), computed without running anything;
- ``ovo.model.hooks``: the runtime effects of project code that the class
  bodies do not show (neutron's metaclasses, nova's ``serialize_args``).

A fingerprint is never guessed: when any input cannot be computed the
result is :class:`Unverifiable`, with the reason.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import astroid
from astroid import nodes

from pylint_oslo_review.ovo import names
from pylint_oslo_review.fingerprint import argspec
from pylint_oslo_review.fingerprint import field_repr
from pylint_oslo_review.ovo.model import registration
from pylint_oslo_review.evaluation import scopes
from pylint_oslo_review.ovo.model.runtime_fields import FieldMerger
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.ovo.model.hooks import DEFAULT_HOOKS, BasesHook, ProjectHooks
from pylint_oslo_review.ovo.model.remotable import MethodFinder
from pylint_oslo_review.evaluation.values import BasesStandIn, CannotVerify, ClassRef, ObjectRef, Unknown, first_unknown

CHILD_VERSIONS = "child_versions"


class _Text:
    """An already rendered repr, placed inside a structure that is repr'd."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def ordered_dict_repr(items: list[tuple[Any, Any]]) -> str:
    """fixture.py ``OsloOrderedDict.__repr__``: stable across Python 3.12's change."""
    if not items:
        return "OrderedDict()"
    return f"OrderedDict({items!r})"


def payload(fields: Iterable[tuple[str, str]], methods: Iterable[tuple[str, str]], child_versions: str | None) -> str:
    """``repr(relevant_data)`` from the rendered parts."""
    relevant: tuple[Any, ...] = (
        [(name, _Text(text)) for name, text in fields],
        [(name, _Text(text)) for name, text in methods],
    )
    if child_versions is not None:
        relevant += (_Text(child_versions),)
    return repr(relevant)


def digest(text: str) -> str:
    """The MD5 hex digest fixture.py computes of the payload."""
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class Fingerprint:
    """A computed fingerprint and what it was computed from."""

    obj_name: str
    version: str
    digest: str
    fields: tuple[field_repr.RenderedField, ...]
    #: (method name, repr of its spec)
    methods: tuple[tuple[str, str], ...]
    #: repr of the ordered child_versions, for ObjectListBase subclasses.
    child_versions: str | None

    @property
    def value(self) -> str:
        """``"<VERSION>-<md5>"``, as recorded in object_data."""
        return f"{self.version}-{self.digest}"

    def payload(self) -> str:
        return payload([(f.name, f.text) for f in self.fields], self.methods, self.child_versions)


@dataclass(frozen=True)
class Unverifiable:
    """An object whose fingerprint cannot be computed statically."""

    obj_name: str
    reason: str


Result = Fingerprint | Unverifiable


class Fingerprinter:
    """Computes fingerprints, caching every intermediate result.

    One instance per analysis run: it caches values of the trees it has
    seen, so build a new one when files may have changed.
    """

    def __init__(self, hooks: ProjectHooks = DEFAULT_HOOKS) -> None:
        self.hooks = hooks
        self.evaluator = Evaluator()
        self.merger = FieldMerger(self.evaluator, hooks)
        self.methods = MethodFinder(self.evaluator, hooks, self.merger)
        self.evaluator.class_attribute_hooks["fields"] = self._fields_attribute
        self.evaluator.instance_renderer = self._instance_repr
        for hook in hooks.bases_hooks:
            self.evaluator.value_overrides[hook.base] = functools.partial(self._stand_in, hook)
        self._results: dict[nodes.ClassDef, Result] = {}

    def _stand_in(self, hook: BasesHook) -> Any:
        classes = []
        for qname in hook.bases:
            value = self.evaluator.qualified(qname)
            if not isinstance(value, ClassRef):
                return first_unknown(value) or Unknown(f"hook '{hook.name}': {qname} is not a class")
            classes.append(value.node)
        return BasesStandIn(tuple(classes), hook.base)

    def _fields_attribute(self, classdef: nodes.ClassDef) -> Any:
        fields = self.merger.fields(classdef)
        return Unknown(f"{classdef.qname()} has no fields") if fields is None else fields

    def _instance_repr(self, obj: ObjectRef) -> str:
        """``VersionedObject.__repr__`` of a freshly built object (a field default)."""
        order = self.evaluator.mro(obj.cls) or ()
        if not any(klass.qname() == names.VERSIONED_OBJECT for klass in order):
            raise CannotVerify(f"an instance of {obj.cls.qname()} has no stable repr (it shows its address)")
        if obj.has_arguments:
            raise CannotVerify(f"the repr of a {obj.cls.name} built with arguments needs its field values")
        for klass in order:
            if klass.qname() == names.VERSIONED_OBJECT:
                break
            if "__init__" in scopes.body_facts(klass).definitions:
                raise CannotVerify(f"{klass.qname()}.__init__ may set fields of the {obj.cls.name} default")
        name = registration.obj_name(self.evaluator, obj.cls)
        fields = self.merger.fields(obj.cls)
        if isinstance(name, Unknown) or not isinstance(fields, dict):
            raise CannotVerify(f"cannot render a {obj.cls.name} default")
        return f"{name}({','.join(f'{field}=<?>' for field in sorted(fields))})"

    def fingerprint(self, classdef: nodes.ClassDef, obj_name: str | None = None) -> Result:
        """The fingerprint of *classdef*, registered as *obj_name* (default: its name)."""
        if classdef not in self._results:
            name = obj_name or classdef.name
            try:
                self._results[classdef] = self._compute(classdef, name)
            except CannotVerify as error:
                self._results[classdef] = Unverifiable(name, error.reason)
            except (astroid.AstroidError, RecursionError) as error:
                self._results[classdef] = Unverifiable(name, f"astroid cannot follow the class ({error!r:.200})")
        return self._results[classdef]

    def _compute(self, classdef: nodes.ClassDef, name: str) -> Fingerprint:
        version = registration.version(self.evaluator, classdef)
        if isinstance(version, Unknown):
            raise CannotVerify(version.reason)
        fields = self.merger.fields(classdef)
        if not isinstance(fields, dict):
            raise CannotVerify(fields.reason if isinstance(fields, Unknown) else f"{name} has no fields")
        specs = tuple(field_repr.describe(self.evaluator, key, fields[key]) for key in sorted(fields))
        methods = tuple(
            (method, repr(argspec.method_spec(self.evaluator, implementation)))
            for method, implementation in self.methods.remotable_methods(classdef)
        )
        child_versions = self._child_versions(classdef)
        text = payload([(f.name, f.text) for f in specs], methods, child_versions)
        return Fingerprint(name, version, digest(text), specs, methods, child_versions)

    def _child_versions(self, classdef: nodes.ClassDef) -> str | None:
        order = self.evaluator.mro(classdef) or ()
        if not any(CHILD_VERSIONS in scopes.body_facts(klass).definitions for klass in order):
            return None
        value = self.evaluator.class_attribute(classdef, CHILD_VERSIONS)
        if not isinstance(value, dict):
            unknown = first_unknown(value)
            raise CannotVerify(unknown.reason if unknown else f"{classdef.name}.child_versions is not a dict")
        return ordered_dict_repr(sorted(value.items()))

    def project(self, modules: Iterable[nodes.Module]) -> dict[str, Result]:
        """``get_hashes()`` for every object the modules register, by object name."""
        found = registration.registered_classes(self.evaluator, list(modules), self.hooks)
        results: dict[str, Result] = {}
        for name in sorted(found):
            chosen = registration.newest(found[name])
            if isinstance(chosen, Unknown):
                results[name] = Unverifiable(name, chosen.reason)
            else:
                results[name] = self.fingerprint(chosen.classdef, name)
        return results
