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

"""ovo-clone-loses-tracking: a change-tracking snapshot that obj_clone() leaves behind.

A class whose ``obj_what_changed`` compares a field with a private
snapshot (nova's Instance, ``self.metadata != self._orig_metadata``) and
that inherits OVO's ``obj_clone``: the clone gets the fields but the
snapshot a bare object starts with, so it reports the field changed and
its ``save()`` writes the (possibly stale) value back (nova 9345ed40e8).
What is certain is decided by ``pylint_oslo_review.ovo.model.clone_state``;
this module says where and how a finding reads. Test modules are left
alone, as by the other change-tracking checks.
"""

from __future__ import annotations

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from pylint_oslo_review.analysis.suites import is_test_module
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo.model import ancestry, clone_state


MSG = "ovo-clone-loses-tracking"


class OvoCloneLosesTrackingChecker(BaseChecker):
    """Finds private change-tracking snapshots that the inherited obj_clone() does not copy."""

    name = "oslo-ovo-clone-loses-tracking"
    msgs = {
        "W9219": (
            "obj_clone() does not copy 'self.%s', the snapshot of '%s' compared here: "
            "a clone may report '%s' changed and save() it; copy it in an obj_clone() override",
            MSG,
            "VersionedObject.obj_clone() is copy.deepcopy(self), and "
            "VersionedObject.__deepcopy__ calls the class with no arguments and "
            "copies only _context, the set fields and _changed_fields "
            "(oslo_versionedobjects/base.py). A private snapshot that "
            "obj_reset_changes() takes and obj_what_changed() compares with the "
            "field is, in the clone, the one __init__ makes with no field set: "
            "whenever the field's value differs from that, the clone reports the "
            "field changed although the original does not, and the clone's save() "
            "writes it, over whatever changed in the database since (nova "
            "9345ed40e8). Reported when the class inherits OVO's obj_clone and "
            "__deepcopy__, its reset assigns the snapshot from the field, its "
            "__init__ assigns it too, and nothing guards the read.",
        ),
    }

    @only_required_for_messages(MSG)
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        if is_test_module(node.root()) or not ancestry.is_versioned_object_class(node):
            return
        for lost in clone_state.lost_snapshots(node):
            self.add_message(
                MSG,
                node=lost.read,
                args=(lost.attribute, lost.field, lost.field),
                confidence=INFERENCE,
            )
