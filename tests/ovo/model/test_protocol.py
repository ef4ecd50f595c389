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
"""Which classes start the change-tracking protocol (ovo.model.protocol)."""

import textwrap

import astroid
import pytest

from pylint_oslo_review.ovo.model import ancestry, protocol, tracking

#: The shape of nova's NovaObject of 2013-14, written for Python 3.
INSTALLER = '''
def make_class_properties(cls):
    for name in cls.fields:
        def getter(self, name=name):
            return getattr(self, '_' + name)

        def setter(self, value, name=name):
            self._changed_fields.add(name)
            setattr(self, '_' + name, value)

        setattr(cls, name, property(getter, setter))
'''
BASE = '''
class ProjectObject(object):
    fields = {}

    def obj_what_changed(self):
        return set(self._changed_fields)

    def obj_reset_changes(self, fields=None):
        self._changed_fields.clear()
'''


def _classes(source):
    module = astroid.parse(textwrap.dedent(source))
    return {node.name: node for node in module.nodes_of_class(astroid.nodes.ClassDef)}


def test_oslo_versionedobjects_base_is_a_root_by_the_same_test():
    module = astroid.MANAGER.ast_from_module_name("oslo_versionedobjects.base")
    assert protocol.is_root(module["VersionedObject"])
    assert not protocol.is_root(module["ObjectListBase"])


def test_a_project_base_with_the_protocol_is_a_root_and_its_subclasses_are_versioned_objects():
    classes = _classes(INSTALLER + BASE + '''
class Flavor(ProjectObject):
    fields = {'id': None}

class SnapshotFlavor(ProjectObject):
    fields = {'id': None}

    def obj_what_changed(self):
        return super().obj_what_changed() | {'id'}

    def obj_reset_changes(self, fields=None):
        super().obj_reset_changes(fields)
''')
    assert protocol.is_root(classes["ProjectObject"])
    assert ancestry.is_versioned_object_class(classes["Flavor"])
    assert not protocol.is_root(classes["Flavor"])
    # It redefines the tracking methods next to the setters: an override, not a root.
    assert not protocol.is_root(classes["SnapshotFlavor"])
    assert not tracking.notices_in_place_changes(classes["Flavor"])
    assert tracking.notices_in_place_changes(classes["SnapshotFlavor"])


@pytest.mark.parametrize(
    ("installer", "base"),
    [
        # nova's Instance and Flavor of the corpus releases: both methods and
        # fields, in a module that installs no setters.
        ("", BASE),
        # The setter records nothing.
        (INSTALLER.replace("self._changed_fields.add(name)", "pass"), BASE),
        # The properties are built without the recording setter.
        (INSTALLER.replace("property(getter, setter)", "property(getter)"), BASE),
        # No fields.
        (INSTALLER, BASE.replace("fields = {}", "other = {}")),
        # Only one of the tracking methods (designate overrides obj_reset_changes).
        (INSTALLER, BASE.replace("def obj_what_changed", "def what_changed")),
        # A base that cannot be resolved may be the real root.
        (INSTALLER, BASE.replace("ProjectObject(object)", "ProjectObject(unknown.Base)")),
    ],
    ids=["no-setters", "setter-records-nothing", "no-setter-property", "no-fields", "one-method", "unknown-base"],
)
def test_look_alikes_are_not_roots(installer, base):
    classes = _classes(installer + base + "\nclass Child(ProjectObject):\n    fields = {'id': None}\n")
    assert not protocol.is_root(classes["ProjectObject"])
    assert not ancestry.is_versioned_object_class(classes["Child"])
