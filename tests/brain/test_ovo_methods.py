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
"""Remotable classmethods and the optional hooks of the OVO base classes."""

import astroid
import pytest

pytestmark = pytest.mark.usefixtures("fresh_astroid")


def test_remotable_classmethod_is_a_classmethod_even_when_uninferable():
    method = astroid.extract_node('''
from not_installed.objects import base

class Thing:
    @base.remotable_classmethod
    def get_by_id(cls, context, thing_id):  #@
        return cls
''')
    assert method.type == "classmethod"


def test_other_decorators_keep_their_kind():
    method = astroid.extract_node('''
from oslo_versionedobjects import base

class Thing(base.VersionedObject):
    @base.remotable
    def save(self):  #@
        pass
''')
    assert method.type == "method"


@pytest.mark.parametrize(
    ("module", "klass", "method"),
    [
        ("oslo_versionedobjects.base", "VersionedObject", "save"),
        ("oslo_versionedobjects.base", "VersionedObject", "obj_load_attr"),
        ("oslo_versionedobjects.fields", "FieldType", "get_schema"),
        ("oslo_versionedobjects.base", "VersionedObjectIndirectionAPI", "object_backport"),
    ],
)
def test_optional_hooks_are_not_abstract(module, klass, method):
    function = astroid.MANAGER.ast_from_module_name(module)[klass][method]
    assert not function.is_abstract(pass_is_abstract=False)


def test_real_abstract_methods_stay_abstract():
    base = astroid.MANAGER.ast_from_module_name("oslo_versionedobjects.base")
    assert base["VersionedObjectIndirectionAPI"]["object_action"].is_abstract(pass_is_abstract=False)
    function = astroid.extract_node('''
class Thing:
    def save(self):  #@
        raise NotImplementedError()
''')
    assert function.is_abstract(pass_is_abstract=False)
