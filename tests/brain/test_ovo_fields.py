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
"""What reading an OVO field infers to."""

import astroid
import pytest
from astroid import bases, nodes, util

HEADER = '''
import datetime
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


class Stringish(fields.String):
    def coerce(self, obj, attr, value):
        return str(value).strip()


class Opaque(fields.FieldType):
    def coerce(self, obj, attr, value):
        return value


@base.VersionedObjectRegistry.register
class Other(base.VersionedObject):
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class Thing(base.VersionedObject, base.TimestampedObject):
    fields = {
        'name': fields.StringField(),
        'uuid': fields.UUIDField(),
        'count': fields.IntegerField(),
        'ratio': fields.FloatField(),
        'enabled': fields.BooleanField(),
        'when': fields.DateTimeField(),
        'state': fields.EnumField(['a', 'b']),
        'tags': fields.ListOfStringsField(),
        'meta': fields.DictOfStringsField(),
        'ids': fields.SetOfIntegersField(),
        'address': fields.IPAddressField(),
        'network': fields.IPNetworkField(),
        'other': fields.ObjectField('Other'),
        'others': fields.ListOfObjectsField('Other'),
        'missing': fields.ObjectField('NotAnywhere'),
        'stringish': fields.Field(Stringish()),
        'opaque': fields.Field(Opaque()),
        'maybe': fields.StringField(nullable=True),
    }
'''


def _values(expression):
    node = astroid.extract_node(HEADER + expression + "  #@")
    return list(node.infer())


def _qnames(values):
    return [
        "None" if isinstance(v, nodes.Const) and v.value is None
        else "Uninferable" if isinstance(v, util.UninferableBase)
        else v.pytype() if isinstance(v, bases.Instance)
        else type(v).__name__
        for v in values
    ]


@pytest.mark.usefixtures("fresh_astroid")
@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("name", ["builtins.str"]),
        ("uuid", ["builtins.str"]),
        ("count", ["builtins.int"]),
        ("ratio", ["builtins.float"]),
        ("enabled", ["builtins.bool"]),
        ("when", ["datetime.datetime"]),
        ("state", ["builtins.str"]),
        ("tags", ["builtins.list"]),
        ("meta", ["builtins.dict"]),
        ("ids", ["builtins.set"]),
        ("address", ["netaddr.ip.IPAddress"]),
        ("network", ["netaddr.ip.IPNetwork"]),
        ("other", [".Other"]),
        ("missing", ["Uninferable"]),
        ("stringish", ["builtins.str"]),
        ("opaque", ["Uninferable"]),
        ("maybe", ["builtins.str", "None"]),
        ("created_at", ["datetime.datetime", "None"]),
    ],
)
def test_field_value_types(field, expected):
    assert _qnames(_values(f"Thing().{field}")) == expected


@pytest.mark.usefixtures("fresh_astroid")
def test_list_of_objects_items_are_the_target_class():
    assert _qnames(_values("Thing().others[0]")) == [".Other"]
    assert _qnames(_values("Thing().others.pop()")) == [".Other"]
    (sliced,) = _values("Thing().others[1:]")
    assert sliced.name == "list"


@pytest.mark.usefixtures("fresh_astroid")
def test_assigned_values_do_not_replace_the_field_type():
    code = "thing = Thing()\nthing.count = '3'\nthing.name = None\n"
    assert _qnames(_values(code + "thing.count")) == ["builtins.int"]
    assert _qnames(_values(code + "thing.name")) == ["builtins.str"]


@pytest.mark.usefixtures("fresh_astroid")
def test_unknown_names_are_still_missing():
    thing = _values("Thing()")[0]
    with pytest.raises(astroid.AttributeInferenceError):
        thing.getattr("nmae")
    assert thing.getattr("name")


@pytest.mark.usefixtures("fresh_astroid")
def test_classes_that_are_not_ovo_objects_are_left_alone():
    node = astroid.extract_node('''
class TextField:
    pass

class Form:
    fields = {'name': TextField()}

Form().name  #@
''')
    with pytest.raises(astroid.InferenceError):
        next(node.infer())


@pytest.mark.usefixtures("fresh_astroid")
def test_fields_of_an_unknown_library_are_given_the_benefit_of_the_doubt():
    node = astroid.extract_node('''
from not_installed import fields

class Thing:
    fields = {'name': fields.StringField()}

Thing().name  #@
''')
    assert _qnames(node.inferred()) == ["Uninferable"]


@pytest.mark.usefixtures("fresh_astroid")
def test_object_list_indexing_gives_elements():
    node = astroid.extract_node('''
from inventory.objects import server
server.ServerList()[0]  #@
''')
    assert _qnames(node.inferred()) == ["inventory.objects.server.Server"]


@pytest.mark.usefixtures("fresh_astroid")
def test_object_field_found_in_another_module_of_the_package():
    node = astroid.extract_node('''
from inventory.objects import server
server.Server().rack  #@
''')
    assert _qnames(node.inferred()) == ["inventory.objects.rack.Rack", "None"]


@pytest.mark.usefixtures("fresh_astroid")
def test_plain_field_of_object_type_is_not_a_bare_object():
    node = astroid.extract_node(HEADER + "Thing2 = 1\n" + '''
@base.VersionedObjectRegistry.register
class Holder(base.VersionedObject):
    fields = {'other': fields.Field(fields.Object('Other'))}

Holder().other  #@
''')
    assert _qnames(node.inferred()) == ["Uninferable"]


def test_fields_built_by_a_call_are_unknown_not_missing():
    instance_attr = astroid.extract_node('''
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

def make():
    return {'size': fields.IntegerField()}

@base.VersionedObjectRegistry.register
class Built(base.VersionedObject):
    fields = make()

Built().size  #@
''')
    owner = instance_attr.expr.inferred()[0]
    assert owner.has_dynamic_getattr()
    assert instance_attr.inferred() == [util.Uninferable]


def test_fields_read_from_a_literal_stay_exact():
    instance_attr = astroid.extract_node('''
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

@base.VersionedObjectRegistry.register
class Exact(base.VersionedObject):
    fields = {'size': fields.IntegerField()}

Exact().sise  #@
''')
    owner = instance_attr.expr.inferred()[0]
    assert not owner.has_dynamic_getattr()
    with pytest.raises(astroid.InferenceError):
        instance_attr.inferred()
