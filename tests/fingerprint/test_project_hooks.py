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
"""Project hooks: metaclass effects the class body does not show.

The module below reproduces, in a few lines of our own, the two neutron
shapes the default hooks describe: a metaclass that merges extra fields
when db_model subclasses a mixin (DeclarativeObject and the
standard attributes), and a with_metaclass base whose metaclass creates
subclasses with other bases (NeutronRbacObject). The same hook
classes, pointed at this module, must make the static fingerprints equal to
the fixture's; without them the result is a mismatch or "cannot verify".
"""

import pytest
from oslo_versionedobjects import fixture

from pylint_oslo_review.ovo.model import hooks as project_hooks
from pylint_oslo_review.fingerprint.fingerprinter import Fingerprint, Fingerprinter, Unverifiable

SOURCE = '''
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

EXTRA = {
    'revision': fields.IntegerField(),
    'description': fields.StringField(nullable=True),
}


class Model:
    pass


class HasExtra:
    pass


class ExtendedModel(HasExtra, Model):
    pass


class AddsExtra(type):
    def __init__(cls, name, bases, dct):
        super().__init__(name, bases, dct)
        model = getattr(cls, 'db_model', None)
        if model and issubclass(model, HasExtra):
            cls.fields = cls.fields.copy()
            cls.fields.update(EXTRA)


class DbObject(base.VersionedObject, metaclass=AddsExtra):
    db_model = None
    fields = {'id': fields.IntegerField()}


class Mixin:
    fields = {'shared': fields.BooleanField(default=False)}


class Rewriting(type):
    def __new__(mcs, name, bases, dct):
        return type(name, (Mixin,) + bases, dct)


def with_metaclass(meta, *bases):
    class metaclass(meta):
        __call__ = type.__call__
        __init__ = type.__init__

        def __new__(cls, name, this_bases, d):
            if this_bases is None:
                return type.__new__(cls, name, (), d)
            return meta(name, bases, d)

    return metaclass('temporary_class', None, {})


RewrittenBase = with_metaclass(Rewriting, DbObject)


@base.VersionedObjectRegistry.register_if(False)
class Plain(DbObject):
    VERSION = '1.0'
    db_model = Model
    fields = {'name': fields.StringField()}


@base.VersionedObjectRegistry.register_if(False)
class Extended(DbObject):
    VERSION = '1.1'
    db_model = ExtendedModel
    fields = {'name': fields.StringField()}


@base.VersionedObjectRegistry.register_if(False)
class Rewritten(RewrittenBase):
    VERSION = '1.2'
    db_model = ExtendedModel
    fields = {'name': fields.StringField()}
'''

NAMES = ("Plain", "Extended", "Rewritten")


@pytest.fixture(scope="module", name="runtime")
def fixture_runtime():
    namespace = {}
    exec(compile(SOURCE, "<meta>", "exec"), namespace)  # pylint: disable=exec-used
    classes = {name: [namespace[name]] for name in NAMES}
    return fixture.ObjectVersionChecker(classes).get_hashes()


def _hooks(module):
    return project_hooks.ProjectHooks(
        fields_hooks=(
            project_hooks.FieldsHook(
                name="extra fields",
                metaclass=f"{module}.AddsExtra",
                applies=project_hooks.attribute_subclasses("db_model", f"{module}.HasExtra"),
                apply=project_hooks.merge_fields(f"{module}.EXTRA"),
            ),
        ),
        bases_hooks=(
            project_hooks.BasesHook(
                name="rewritten bases",
                base=f"{module}.RewrittenBase",
                bases=(f"{module}.Mixin", f"{module}.DbObject"),
            ),
        ),
    )


@pytest.fixture(name="module")
def fixture_module(package):
    return package({"meta": SOURCE})("meta")


@pytest.mark.parametrize("name", NAMES)
def test_with_the_hooks_the_fingerprint_is_the_fixtures(runtime, module, name):
    result = Fingerprinter(_hooks(module.name)).fingerprint(module[name])
    assert isinstance(result, Fingerprint), result
    assert result.value == runtime[name]


def test_the_hooks_change_the_fields(module):
    fields = Fingerprinter(_hooks(module.name)).fingerprint(module["Rewritten"]).fields
    assert [field.name for field in fields] == ["description", "id", "name", "revision", "shared"]
    fields = Fingerprinter(_hooks(module.name)).fingerprint(module["Plain"]).fields
    assert [field.name for field in fields] == ["id", "name"]


def test_without_the_fields_hook_the_metaclass_makes_it_unverifiable(module):
    result = Fingerprinter(project_hooks.ProjectHooks()).fingerprint(module["Extended"])
    assert isinstance(result, Unverifiable)
    assert result.reason == (
        f"metaclass {module.name}.AddsExtra runs AddsExtra.__init__ when classes are created, "
        "and no project hook says what it does to fields"
    )


def test_a_metaclass_wrongly_declared_neutral_misses_the_extra_fields(runtime, module):
    hooks = project_hooks.ProjectHooks(
        neutral_metaclasses=project_hooks.NEUTRAL_METACLASSES | {f"{module.name}.AddsExtra"}
    )
    result = Fingerprinter(hooks).fingerprint(module["Extended"])
    assert isinstance(result, Fingerprint)
    assert [field.name for field in result.fields] == ["id", "name"]
    assert result.value != runtime["Extended"]
    assert Fingerprinter(hooks).fingerprint(module["Plain"]).value == runtime["Plain"]


def test_without_the_bases_hook_the_rewritten_class_cannot_be_verified(module):
    result = Fingerprinter(project_hooks.ProjectHooks()).fingerprint(module["Rewritten"])
    assert isinstance(result, Unverifiable)
    expected = f"base RewrittenBase of {module.name}.Rewritten: call to {module.name}.with_metaclass"
    assert result.reason.startswith(expected)


def test_the_default_hooks_are_keyed_by_qualified_names():
    hooks = project_hooks.DEFAULT_HOOKS
    assert [hook.metaclass for hook in hooks.fields_hooks] == ["neutron.objects.base.DeclarativeObject"]
    assert [hook.base for hook in hooks.bases_hooks] == ["neutron.objects.rbac_db.NeutronRbacObject"]
    assert set(hooks.decorators) == {"nova.objects.base.serialize_args"}
    extended = hooks.extended(registry_methods={"x.Registry.mark": project_hooks.MERGE})
    assert extended.registry_methods["x.Registry.mark"] == project_hooks.MERGE
    assert extended.fields_hooks == hooks.fields_hooks
