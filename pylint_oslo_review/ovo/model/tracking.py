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

"""Change tracking: whether an object class may notice in-place changes.

oslo.versionedobjects records a change only when a field is assigned (the
property setter adds the name to ``_changed_fields``; base.py). A class
that overrides ``obj_what_changed`` or ``obj_reset_changes`` changes what
counts as a change: nova's Instance and Flavor compare snapshots of their
dict fields, so ``inst.metadata[k] = v`` is seen there. Such a class (or
one whose ancestry is unknown) may therefore notice in-place changes, and
checks about untracked changes must stay silent on it. The base that
defines the protocol (OVO's own classes, or a project's pre-oslo base,
``protocol.is_root``) overrides nothing.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from astroid import nodes

from pylint_oslo_review.ovo.model import ancestry, protocol

#: Methods through which a class changes what counts as a change.
TRACKING_METHODS = ("obj_what_changed", "obj_reset_changes")
_OVO_PACKAGE = "oslo_versionedobjects"

_NOTICES: WeakKeyDictionary[nodes.ClassDef, bool] = WeakKeyDictionary()


def notices_in_place_changes(classdef: nodes.ClassDef) -> bool:
    """Whether *classdef* may see changes made inside a field's value."""
    cached = _NOTICES.get(classdef)
    if cached is None:
        cached = any(
            not klass.root().name.startswith(_OVO_PACKAGE)
            and not protocol.is_root(klass)
            and any(name in klass.locals for name in TRACKING_METHODS)
            for klass in ancestry.lineage(classdef)
        )
        _NOTICES[classdef] = cached
    return cached
