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

"""Ancestry of a class as astroid infers it, computed once per class and run.

Two questions, answered here and nowhere else for inference-based code:

- *what does a class derive from* (:func:`lineage`, :func:`qnames`,
  :func:`derives_from`): every class astroid can reach from the bases, in
  any order; unknown bases are simply missing, so a ``True`` answer is
  certain and a ``False`` one is not;
- *in which order are attributes looked up* (:func:`complete_mro`): the C3
  linearisation, but only when every base of every class in it is known,
  because a missing base may declare what a check looks for.

The static evaluator (``pylint_oslo_review.evaluation``) has its own
``Evaluator.mro``: the exact runtime ``__mro__`` with project hooks applied
(neutron's metaclass rewriting bases), for values that must be exact, such
as fingerprints. Inference-based code never uses it, and it never uses this.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import instances
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import protocol

_LINEAGE: WeakKeyDictionary[nodes.ClassDef, tuple[nodes.ClassDef, ...]] = WeakKeyDictionary()
_QNAMES: WeakKeyDictionary[nodes.ClassDef, frozenset[str]] = WeakKeyDictionary()
_OBJECT_CLASSES: WeakKeyDictionary[nodes.ClassDef, bool] = WeakKeyDictionary()
_COMPLETE_MRO: WeakKeyDictionary[nodes.ClassDef, tuple[nodes.ClassDef, ...] | None] = WeakKeyDictionary()


def lineage(classdef: nodes.ClassDef) -> tuple[nodes.ClassDef, ...]:
    """*classdef* and every ancestor astroid can resolve (not in MRO order)."""
    cached = _LINEAGE.get(classdef)
    if cached is None:
        try:
            cached = (classdef, *classdef.ancestors())
        except (astroid.AstroidError, RecursionError):
            cached = (classdef,)
        _LINEAGE[classdef] = cached
    return cached


def ancestors(classdef: nodes.ClassDef) -> tuple[nodes.ClassDef, ...]:
    """The resolvable ancestors of *classdef*, without itself."""
    return lineage(classdef)[1:]


def qnames(classdef: nodes.ClassDef) -> frozenset[str]:
    """Qualified names of *classdef* and its resolvable ancestors."""
    cached = _QNAMES.get(classdef)
    if cached is None:
        cached = frozenset(klass.qname() for klass in lineage(classdef))
        _QNAMES[classdef] = cached
    return cached


def derives_from(classdef: nodes.ClassDef, qname: str) -> bool:
    """Whether *classdef* is the class *qname* or certainly inherits from it."""
    return qname in qnames(classdef)


def complete_mro(classdef: nodes.ClassDef) -> tuple[nodes.ClassDef, ...] | None:
    """The MRO of *classdef* when every class in it has known bases, else None."""
    if classdef in _COMPLETE_MRO:
        return _COMPLETE_MRO[classdef]
    try:
        mro = tuple(classdef.mro())
    except (astroid.AstroidError, RecursionError):
        mro = None
    if mro is not None and not all(_has_known_bases(klass) for klass in mro):
        mro = None
    _COMPLETE_MRO[classdef] = mro
    return mro


def lookup_order(classdef: nodes.ClassDef) -> tuple[nodes.ClassDef, ...]:
    """The MRO when it is complete, else the best order astroid can give."""
    mro = complete_mro(classdef)
    if mro is not None:
        return mro
    try:
        return tuple(classdef.mro())
    except (astroid.AstroidError, RecursionError):
        return lineage(classdef)


def _has_known_bases(classdef: nodes.ClassDef) -> bool:
    return all(isinstance(safe_infer(base), nodes.ClassDef) for base in classdef.bases)


def is_versioned_object_class(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef* is a versioned object: what every OVO check applies to.

    A VersionedObject or a subclass, or a class derived from a project's own
    base with the same change-tracking protocol (``protocol.is_root``: nova's
    ``NovaObject`` of 2013-14, from which oslo.versionedobjects was
    extracted). The checks whose premise is oslo.versionedobjects' own code,
    not the protocol, check that they run it: the field checks resolve OVO's
    field classes, the name APIs and ``__init__`` must be OVO's
    (ovo_field_names), and the VERSION checks (ovo_version) ask for
    ``derives_from(classdef, names.VERSIONED_OBJECT)``, because a home-grown
    base reads and parses its version with its own code.
    """
    cached = _OBJECT_CLASSES.get(classdef)
    if cached is None:
        cached = derives_from(classdef, names.VERSIONED_OBJECT) or any(
            protocol.is_root(klass) for klass in lineage(classdef)
        )
        _OBJECT_CLASSES[classdef] = cached
    return cached


def is_versioned_object(value: nodes.NodeNG | None) -> bool:
    """Whether an inferred *value* is an instance of a VersionedObject class."""
    return (
        isinstance(value, bases.Instance)
        and not isinstance(value, bases.BoundMethod)
        and isinstance(value._proxied, nodes.ClassDef)  # pylint: disable=protected-access
        and is_versioned_object_class(value._proxied)  # pylint: disable=protected-access
    )


def class_of(value: nodes.NodeNG | None) -> nodes.ClassDef | None:
    """The class of an inferred instance, None for anything else."""
    return instances.class_of(value)
