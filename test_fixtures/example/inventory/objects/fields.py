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

"""Field types of inventory objects: oslo's, plus the project's own."""

from oslo_versionedobjects import fields

BooleanField = fields.BooleanField
DateTimeField = fields.DateTimeField
DictOfStringsField = fields.DictOfStringsField
IntegerField = fields.IntegerField
ListOfObjectsField = fields.ListOfObjectsField
ListOfStringsField = fields.ListOfStringsField
ObjectField = fields.ObjectField
StringField = fields.StringField
UUIDField = fields.UUIDField


class RackState(fields.Enum):
    """The lifecycle of a rack."""

    ACTIVE = 'active'
    RETIRED = 'retired'
    ALL = (ACTIVE, RETIRED)

    def __init__(self):
        super().__init__(valid_values=RackState.ALL)


class RackStateField(fields.BaseEnumField):
    """A field holding a RackState value."""

    AUTO_TYPE = RackState()


class PowerCycles(fields.FieldType):
    """A count that arrives as an int or as a list of events; stored as is."""

    def coerce(self, obj, attr, value):
        return value


class PowerCyclesField(fields.AutoTypedField):
    """A field whose value type this plugin cannot know."""

    AUTO_TYPE = PowerCycles()
