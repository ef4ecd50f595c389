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

"""Project hooks: runtime effects on OVO classes that the class body does not show.

The fingerprint is computed from what a class body and OVO's own code say.
Projects add behaviour around them that is just as real at runtime, and a
static analysis can only know about it if told. This module is that telling,
as data:

:class:`BasesHook`
    A base class whose metaclass creates each subclass with other bases.
    neutron's ``NeutronRbacObject`` is ``utils.with_metaclass(
    RbacNeutronMetaclass, NeutronDbObject)``; ``RbacNeutronMetaclass.__new__``
    (neutron/objects/rbac_db.py) builds every subclass with the bases
    ``(RbacNeutronDbObjectMixin, NeutronDbObject)``, so its metaclass is
    ``DeclarativeObject`` and the standard-attributes hook applies.
:class:`FieldsHook`
    A metaclass whose ``__init__`` changes ``fields`` of every class it
    creates (it runs after the class body and before the registry
    decorator). neutron's ``DeclarativeObject`` (neutron/objects/base.py)
    calls neutron-lib's ``add_standard_attributes(cls)`` when the class's
    ``db_model`` subclasses ``HasStandardAttributes``; that copies
    ``cls.fields`` and merges ``STANDARD_ATTRIBUTES`` into it
    (neutron_lib/objects/extensions/standardattributes.py). Without it the 18
    neutron objects with standard attributes do not match.
decorator models
    Method decorators that take part in the fixture's unwrap rule (see
    ``pylint_oslo_review.ovo.model.methods``): nova's ``serialize_args``
    (nova/objects/base.py) sets ``remotable`` (possibly ``False``) and
    ``original_fn`` on its wrapper and returns a ``classmethod`` when it
    wraps one.
registry methods
    Class decorators of a project registry other than ``register``,
    ``register_if`` and ``objectify``: nova's ``register_notification`` is
    ``register_if(False)`` (it merges fields, it does not register).

:data:`DEFAULT_HOOKS` holds the hooks for the projects we know. Another
project adds its own by building a :class:`ProjectHooks` (``DEFAULT_HOOKS.
extended(...)``) and passing it to ``pylint_oslo_review.fingerprint.fingerprinter``.
Each hook is keyed by qualified names, so it does nothing in a project that
does not have them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from astroid import nodes

from pylint_oslo_review.ovo.model import methods
from pylint_oslo_review.evaluation.values import ClassRef, Unknown, first_unknown, is_data

if TYPE_CHECKING:
    from pylint_oslo_review.evaluation.evaluator import Evaluator

#: What a registry class decorator does: enter the registry, or only merge fields.
REGISTER = "register"
MERGE = "merge"


#: abc's metaclass, in both of its implementations.
NEUTRAL_METACLASSES = frozenset({"abc.ABCMeta", "_py_abc.ABCMeta", "builtins.type"})


@dataclass(frozen=True)
class FieldsHook:
    """A metaclass ``__init__`` that replaces ``cls.fields``.

    *applies* says whether it acts on a class (True, False, or an Unknown
    when that cannot be told); *apply* returns the new ``fields`` dict from
    the one the class has when the metaclass runs.
    """

    name: str
    #: Qualified name of the metaclass.
    metaclass: str
    applies: Callable[[Evaluator, nodes.ClassDef], bool | Unknown]
    apply: Callable[[Evaluator, nodes.ClassDef, dict[str, Any]], dict[str, Any] | Unknown]


@dataclass(frozen=True)
class BasesHook:
    """A base class whose metaclass creates every subclass with other bases.

    *base* is the qualified name of the module-level name used as a base;
    *bases* are the qualified names of the classes a subclass really gets.
    """

    name: str
    base: str
    bases: tuple[str, ...]


@dataclass(frozen=True)
class ProjectHooks:
    """Everything project-specific that the fingerprint needs to know."""

    fields_hooks: tuple[FieldsHook, ...] = ()
    bases_hooks: tuple[BasesHook, ...] = ()
    #: Decorator qualified name -> model of what it builds.
    decorators: Mapping[str, methods.DecoratorModel] = field(default_factory=dict)
    #: Registry method qualified name -> REGISTER or MERGE.
    registry_methods: Mapping[str, str] = field(default_factory=dict)
    #: Metaclasses (qualified names) known to leave ``fields`` alone; any
    #: other metaclass that runs code at class creation needs a FieldsHook,
    #: or its classes cannot be verified.
    neutral_metaclasses: frozenset[str] = NEUTRAL_METACLASSES

    def extended(
        self,
        fields_hooks: tuple[FieldsHook, ...] = (),
        bases_hooks: tuple[BasesHook, ...] = (),
        decorators: Mapping[str, methods.DecoratorModel] | None = None,
        registry_methods: Mapping[str, str] | None = None,
    ) -> ProjectHooks:
        """These hooks plus more."""
        return ProjectHooks(
            (*self.fields_hooks, *fields_hooks),
            (*self.bases_hooks, *bases_hooks),
            {**self.decorators, **(decorators or {})},
            {**self.registry_methods, **(registry_methods or {})},
            self.neutral_metaclasses,
        )


def attribute_subclasses(attribute: str, base_class: str) -> Callable[[Evaluator, nodes.ClassDef], bool | Unknown]:
    """``bool(cls.<attribute> and issubclass(cls.<attribute>, <base_class>))``.

    The attribute is typically a SQLAlchemy model, whose declarative base
    (``declarative_base()``'s result) no analysis can resolve; the bases
    astroid can follow are searched, the others are taken not to be
    *base_class* (a mixin that projects list explicitly).
    """

    def applies(evaluator: Evaluator, classdef: nodes.ClassDef) -> bool | Unknown:
        value = evaluator.class_attribute(classdef, attribute)
        if isinstance(value, ClassRef):
            order = evaluator.mro(value.node)
            if order is None:
                order = (value.node, *value.node.ancestors())
            return any(klass.qname() == base_class for klass in order)
        if is_data(value):
            return False if not value else Unknown(f"{classdef.name}.{attribute} is not a class")
        return first_unknown(value) or Unknown(f"{classdef.name}.{attribute} is not a class")

    return applies


def merge_fields(qname: str) -> Callable[[Evaluator, nodes.ClassDef, dict[str, Any]], dict[str, Any] | Unknown]:
    """``cls.fields = cls.fields.copy(); cls.fields.update(<qname>)``."""

    def apply(evaluator: Evaluator, _classdef: nodes.ClassDef, current: dict[str, Any]) -> dict[str, Any] | Unknown:
        extra = evaluator.qualified(qname)
        if not isinstance(extra, dict):
            return first_unknown(extra) or Unknown(f"{qname} is not a dict")
        merged = dict(current)
        merged.update(extra)
        return merged

    return apply


NEUTRON_STANDARD_ATTRIBUTES = FieldsHook(
    name="neutron standard attributes",
    metaclass="neutron.objects.base.DeclarativeObject",
    applies=attribute_subclasses("db_model", "neutron_lib.db.standard_attr.HasStandardAttributes"),
    apply=merge_fields("neutron_lib.objects.extensions.standardattributes.STANDARD_ATTRIBUTES"),
)


NEUTRON_RBAC_BASES = BasesHook(
    name="neutron RBAC objects",
    base="neutron.objects.rbac_db.NeutronRbacObject",
    bases=("neutron.objects.rbac_db.RbacNeutronDbObjectMixin", "neutron.objects.base.NeutronDbObject"),
)


def nova_serialize_args(fn: methods.Thing) -> methods.Thing:
    """nova.objects.base.serialize_args (nova 18 to 34)."""
    wrapper = methods.Wrapper(
        "serialize_args",
        methods.Signature(("obj",), "args", "kwargs"),
        {"remotable": (methods.attributes(fn) or {}).get("remotable", False), "original_fn": fn},
    )
    is_callable = methods.is_callable(fn)
    if is_callable is None:
        return methods.Unresolvable("serialize_args is applied to something the analysis cannot model")
    if is_callable:
        return methods.update_wrapper(wrapper, fn)
    return methods.ClassMethodObj(wrapper)


DEFAULT_HOOKS = ProjectHooks(
    fields_hooks=(NEUTRON_STANDARD_ATTRIBUTES,),
    bases_hooks=(NEUTRON_RBAC_BASES,),
    decorators={"nova.objects.base.serialize_args": nova_serialize_args},
    registry_methods={"nova.objects.base.NovaObjectRegistry.register_notification": MERGE},
)
