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

"""Which classes and values are oslo.versionedobjects objects."""

from __future__ import annotations

from weakref import WeakKeyDictionary

import astroid
from astroid import bases, nodes

from pylint_oslo_review.ovo import names

_IS_OVO: WeakKeyDictionary[nodes.ClassDef, bool] = WeakKeyDictionary()


def is_versioned_object_class(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef* is VersionedObject or inherits from it."""
    cached = _IS_OVO.get(classdef)
    if cached is None:
        if classdef.qname() == names.VERSIONED_OBJECT:
            cached = True
        else:
            try:
                cached = any(
                    ancestor.qname() == names.VERSIONED_OBJECT
                    for ancestor in classdef.ancestors()
                )
            except astroid.AstroidError:
                cached = False
        _IS_OVO[classdef] = cached
    return cached


def is_versioned_object(value: nodes.NodeNG | None) -> bool:
    """Whether an inferred *value* is an instance of a VersionedObject class."""
    return (
        isinstance(value, bases.Instance)
        and not isinstance(value, bases.BoundMethod)
        and isinstance(value._proxied, nodes.ClassDef)  # pylint: disable=protected-access
        and is_versioned_object_class(value._proxied)  # pylint: disable=protected-access
    )
