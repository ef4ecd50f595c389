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
"""The static repr of every kind of field is oslo.versionedobjects' own repr.

Each expression is evaluated twice: statically by the plugin, from astroid's
tree, and at runtime by Python with the real oslo.versionedobjects (this
test's own code, never a linted project's). The two reprs must be equal
character for character, since the fingerprint hashes them.
"""

import pytest
from oslo_versionedobjects import fields as ovo_fields

from pylint_oslo_review.fingerprint import field_repr
from pylint_oslo_review.evaluation.evaluator import Evaluator
from pylint_oslo_review.evaluation.values import CannotVerify

PRELUDE = '''
import datetime

from oslo_versionedobjects import fields

LIMIT = 10
CHOICES = {'b': 2, 'a': 1}


class Colour(fields.Enum):
    ALL = ('red', 'green')

    def __init__(self, **kwargs):
        super().__init__(valid_values=self.__class__.ALL)


class ColourField(fields.BaseEnumField):
    AUTO_TYPE = Colour()


class Plain(fields.FieldType):
    pass


class PlainEnumField(fields.AutoTypedField):
    AUTO_TYPE = fields.Enum(valid_values=['x', 'y'])


class ChosenField(fields.BaseEnumField):
    def __init__(self, **kwargs):
        self.AUTO_TYPE = fields.Enum(valid_values=tuple(sorted(CHOICES.keys())))
        super().__init__(**kwargs)


class Verbose(fields.StringField):
    def __repr__(self):
        return 'Verbose'


def compute():
    return 1
'''

#: Every spelling the fingerprint must render; see oslo_versionedobjects/fields.py.
EXPRESSIONS = [
    "fields.StringField()",
    "fields.StringField(nullable=True)",
    "fields.StringField(default='abc')",
    "fields.StringField(read_only=True)",
    "fields.StringField(default=None, nullable=True)",
    "fields.SensitiveStringField()",
    "fields.IntegerField(default=0)",
    "fields.IntegerField(nullable=1)",
    "fields.IntegerField(default=LIMIT * 2)",
    "fields.NonNegativeIntegerField(default=-0)",
    "fields.FloatField(default=1.5)",
    "fields.BooleanField(default=False)",
    "fields.FlexibleBooleanField()",
    "fields.UUIDField()",
    "fields.MACAddressField(nullable=True)",
    "fields.IPAddressField()",
    "fields.IPV6NetworkField()",
    "fields.DateTimeField()",
    "fields.DateTimeField(tzinfo_aware=False, nullable=True)",
    "fields.EnumField(['a', 'b'])",
    "fields.EnumField(('a', 'b'), default='a')",
    "fields.EnumField(valid_values=['a', 'b'], nullable=True)",
    "fields.StateMachine(['on', 'off'])",
    "fields.ListOfEnumField(valid_values=['x', 'y'])",
    "fields.ListOfEnumField(['x'], default=['x'])",
    "fields.ObjectField('Other')",
    "fields.ObjectField('Other', subclasses=True, nullable=True)",
    "fields.ListOfObjectsField('Other', default=[])",
    "fields.ListOfStringsField(default=['a'])",
    "fields.ListOfIntegersField()",
    "fields.ListOfListsOfStringsField()",
    "fields.ListOfDictOfNullableStringsField()",
    "fields.DictOfStringsField(default={'b': '1', 'a': '2'})",
    "fields.DictOfNullableStringsField()",
    "fields.DictOfIntegersField(default=dict(CHOICES))",
    "fields.SetOfIntegersField(default={3, 1, 2})",
    "fields.SetOfIntegersField(default=set())",
    "fields.SetOfStringsField(default=frozenset({'b', 'a'}))",
    "fields.Field(fields.String(), default='x')",
    "fields.Field(Plain(), nullable=True)",
    "fields.Field(fields.List(fields.Integer()), default=(1, 2))",
    "ColourField()",
    "ColourField(default='red', nullable=True)",
    "PlainEnumField()",
    "ChosenField()",
]


def _name(expression):
    return f"F{EXPRESSIONS.index(expression)}"


@pytest.fixture(scope="module", name="runtime")
def fixture_runtime():
    namespace = {}
    exec(compile(PRELUDE, "<prelude>", "exec"), namespace)  # pylint: disable=exec-used
    return namespace


@pytest.fixture(name="static")
def fixture_static(package):
    source = PRELUDE + "".join(f"F{index} = {expression}\n" for index, expression in enumerate(EXPRESSIONS))
    source += "BAD_REPR = Verbose()\nBAD_DEFAULT = fields.IntegerField(default=compute())\n"
    source += "ADDRESS_DEFAULT = fields.Field(Plain(), default=Plain())\n"
    module = package({"declarations": source})("declarations")
    evaluator = Evaluator()
    return lambda name: (evaluator, evaluator.module_attribute(module, name))


@pytest.mark.parametrize("index", range(len(EXPRESSIONS)), ids=EXPRESSIONS)
def test_static_repr_is_the_runtime_repr(index, runtime, static):
    evaluator, field = static(f"F{index}")
    expected = repr(eval(EXPRESSIONS[index], runtime))  # pylint: disable=eval-used
    assert field_repr.render(evaluator, field) == expected


def test_tuple_and_list_valid_values_differ(runtime, static):
    as_list = field_repr.render(*static(_name("fields.EnumField(['a', 'b'])")))
    as_tuple = field_repr.render(*static(_name("fields.EnumField(('a', 'b'), default='a')")))
    assert "valid_values=['a', 'b']" in as_list
    assert "valid_values=('a', 'b')" in as_tuple
    assert isinstance(runtime["fields"].EnumField, type)


def test_a_project_repr_cannot_be_verified(static):
    with pytest.raises(CannotVerify, match=r"\.Verbose\.__repr__ is not one of"):
        field_repr.render(*static("BAD_REPR"))


def test_a_computed_default_cannot_be_verified(static):
    with pytest.raises(CannotVerify, match=r"call to fpkg_\w+\.declarations\.compute at"):
        field_repr.render(*static("BAD_DEFAULT"))


def test_an_instance_default_has_no_stable_repr(static):
    with pytest.raises(CannotVerify, match=r"an instance of fpkg_\w+\.declarations\.Plain has no stable repr"):
        field_repr.render(*static("ADDRESS_DEFAULT"))


def test_describe_reports_the_spec(static):
    evaluator, field = static(_name("fields.ObjectField('Other', subclasses=True, nullable=True)"))
    spec = field_repr.describe(evaluator, "other", field)
    assert (spec.type_name, spec.nullable, spec.read_only, spec.target) == ("Object", "True", False, "Other")
    evaluator, field = static(_name("fields.ListOfObjectsField('Other', default=[])"))
    spec = field_repr.describe(evaluator, "others", field)
    assert (spec.type_name, spec.default, spec.target) == ("List", "[]", "Other")
    evaluator, field = static(_name("fields.StringField(read_only=True)"))
    spec = field_repr.describe(evaluator, "name", field)
    assert (spec.read_only, spec.valid_values) == (True, None)
    evaluator, field = static(_name("ColourField(default='red', nullable=True)"))
    spec = field_repr.describe(evaluator, "colour", field)
    assert (spec.type_name, spec.default, spec.valid_values) == ("Colour", "red", "('red', 'green')")
    evaluator, field = static(_name("fields.ListOfEnumField(['x'], default=['x'])"))
    assert field_repr.describe(evaluator, "flags", field).valid_values == "['x']"


def test_the_runtime_agrees_that_read_only_is_invisible():
    assert repr(ovo_fields.StringField(read_only=True)) == repr(ovo_fields.StringField())
