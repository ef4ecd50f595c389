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

"""Project field types, as nova's objects/fields.py defines them."""

from oslo_versionedobjects import fields

from warehouse import constants

# The OVO names the objects use, re-exported (nova does the same).
BaseEnumField = fields.BaseEnumField
Enum = fields.Enum
Field = fields.Field
FieldType = fields.FieldType
AutoTypedField = fields.AutoTypedField


class BaseWarehouseEnum(Enum):
    """An enum whose values are its class's ALL (nova's BaseNovaEnum)."""

    def __init__(self, **kwargs):
        super().__init__(valid_values=self.__class__.ALL)


class Size(BaseWarehouseEnum):
    SMALL, MEDIUM, LARGE = constants.SIZES

    ALL = constants.SIZES


class Material(BaseWarehouseEnum):
    ALL = tuple(sorted(constants.MATERIALS.keys()))


class SizeField(BaseEnumField):
    AUTO_TYPE = Size()


class MaterialField(BaseEnumField):
    AUTO_TYPE = Material()


class Barcode(FieldType):
    """A project FieldType: the repr shows its class name."""

    @staticmethod
    def coerce(obj, attr, value):
        return str(value)


class BarcodeField(AutoTypedField):
    AUTO_TYPE = Barcode()


class LabelField(AutoTypedField):
    """A plain Enum AUTO_TYPE: the repr does not show the valid values."""

    AUTO_TYPE = Enum(valid_values=['red', 'green'])
