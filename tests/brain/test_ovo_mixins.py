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
"""self in a mixin only ever used beside a VersionedObject base: what it infers to."""

import textwrap

import astroid
import pytest
from astroid import bases, nodes

from pylint_oslo_review.ovo.model import lookup, mixins

pytestmark = pytest.mark.usefixtures("fresh_astroid")

MIXIN = '''
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


class PersistentObject:
    fields = {'deleted': fields.BooleanField(default=False)}

    def describe(self):
        return self  #@

    @classmethod
    def build(cls):
        return cls  #@

    @staticmethod
    def convert(obj):
        return obj
'''

USERS = '''
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from {package}.objects import common


@base.VersionedObjectRegistry.register
class Volume(common.PersistentObject, base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {{'id': fields.IntegerField(), 'size': fields.IntegerField(), 'label': fields.StringField()}}


@base.VersionedObjectRegistry.register
class Snapshot(common.PersistentObject, base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {{'id': fields.IntegerField()}}

    @property
    def label(self):
        return str(self.id)
'''


def _project(tmp_path, monkeypatch, users, package):
    objects = tmp_path / package / "objects"
    objects.mkdir(parents=True)
    (tmp_path / package / "__init__.py").write_text("")
    (objects / "__init__.py").write_text("")
    (objects / "common.py").write_text(MIXIN)
    (objects / "users.py").write_text(textwrap.dedent(users.format(package=package)))
    monkeypatch.syspath_prepend(str(tmp_path))
    lookup.clear_cache()
    mixins.clear_cache()
    module = astroid.MANAGER.ast_from_module_name(f"{package}.objects.common")
    method = module["PersistentObject"]["describe"]
    return module, method.body[0].value, module["PersistentObject"]["build"].body[0].value


def _only(node):
    values = list(node.infer())
    assert len(values) == 1
    return values[0]


def test_self_infers_to_the_view_with_the_shared_bases_and_fields(tmp_path, monkeypatch):
    _, self_name, _ = _project(tmp_path, monkeypatch, USERS, "mixview_a")
    value = _only(self_name)
    assert isinstance(value, bases.Instance)
    for name in ("obj_name", "obj_what_changed", "obj_reset_changes", "_context", "__getitem__", "id", "deleted", "label"):
        assert value.getattr(name), name
    # 'size' is declared by Volume only.
    with pytest.raises(astroid.AttributeInferenceError):
        value.getattr("size")


def test_cls_infers_to_the_view_class(tmp_path, monkeypatch):
    _, _, cls_name = _project(tmp_path, monkeypatch, USERS, "mixview_b")
    value = _only(cls_name)
    assert isinstance(value, nodes.ClassDef)
    assert value.getattr("obj_name")


def test_the_model_lists_users_and_common_bases(tmp_path, monkeypatch):
    module, _, _ = _project(tmp_path, monkeypatch, USERS, "mixview_c")
    view = mixins.view_of(module["PersistentObject"])
    assert [user.name for user in view.users] == ["Volume", "Snapshot"]
    assert [klass.qname() for klass in view.bases] == [
        "oslo_versionedobjects.base.VersionedObject",
        "oslo_versionedobjects.base.VersionedObjectDictCompat",
    ]
    assert view.shared_names == ("id", "label")


PLAIN_USE = USERS + '''

class Fake(common.PersistentObject):
    pass
'''

REGISTERED_PLAIN_USE = USERS + '''

@base.VersionedObjectRegistry.register
class Odd(common.PersistentObject):
    pass
'''

NO_USERS = '''
from oslo_versionedobjects import base
'''


@pytest.mark.parametrize(
    ("users", "package"),
    [(PLAIN_USE, "mixview_d"), (REGISTERED_PLAIN_USE, "mixview_e"), (NO_USERS, "mixview_f")],
)
def test_no_view_when_some_use_lacks_the_base(tmp_path, monkeypatch, users, package):
    module, self_name, _ = _project(tmp_path, monkeypatch, users, package)
    assert mixins.view_of(module["PersistentObject"]) is None
    value = _only(self_name)
    assert value._proxied is module["PersistentObject"]  # pylint: disable=protected-access


def test_no_view_outside_an_objects_package():
    module = astroid.parse(MIXIN)
    assert mixins.view_of(module["PersistentObject"]) is None


def test_the_view_does_not_depend_on_which_module_was_built_first(tmp_path, monkeypatch):
    objects = tmp_path / "mixview_g" / "objects"
    objects.mkdir(parents=True)
    (tmp_path / "mixview_g" / "__init__.py").write_text("")
    (objects / "__init__.py").write_text("")
    (objects / "common.py").write_text(MIXIN)
    (objects / "users.py").write_text(USERS.format(package="mixview_g"))
    monkeypatch.syspath_prepend(str(tmp_path))
    mixins.clear_cache()
    users = astroid.MANAGER.ast_from_module_name("mixview_g.objects.users")
    mixin = users["Volume"].ancestors().__next__()
    assert mixin.name == "PersistentObject"
    view = mixins.view_of(mixin)
    assert [user.name for user in view.users] == ["Volume", "Snapshot"]


def test_through_a_user_self_and_cls_are_that_user(tmp_path, monkeypatch):
    """Volume.build() returns Volume, not the view (designate's ZoneAttributeList.from_list)."""
    _project(tmp_path, monkeypatch, USERS, "mixview_g")
    statements = astroid.parse(
        "from mixview_g.objects.users import Volume\nVolume.build()\nVolume(None).describe()\n"
    ).body
    assert _only(statements[1].value).qname() == "mixview_g.objects.users.Volume"
    described = _only(statements[2].value)
    assert isinstance(described, bases.Instance)
    assert described.qname() == "mixview_g.objects.users.Volume"
