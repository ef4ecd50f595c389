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

"""Crates: every kind of field repr, and remotable methods of every spelling."""

from oslo_versionedobjects import fields as ovo_fields

from warehouse import constants
from warehouse.objects import base
from warehouse.objects import fields

PRIORITIES = ['low', 'high']


@base.WarehouseObjectRegistry.register
class Dimensions(base.WarehouseObject):
    # Version 1.0: Initial version
    VERSION = '1.0'

    fields = {
        'width': ovo_fields.IntegerField(),
        'height': ovo_fields.IntegerField(),
    }


@base.WarehouseObjectRegistry.register
class Crate(base.WarehouseObject, base.AuditedMixin):
    # Version 1.0: Initial version
    # Version 1.1: Added material
    VERSION = '1.1'

    fields = {
        'id': ovo_fields.IntegerField(read_only=True),
        'uuid': ovo_fields.UUIDField(),
        'name': ovo_fields.StringField(nullable=True, default='unnamed'),
        'size': fields.SizeField(),
        'material': fields.MaterialField(nullable=True),
        'priority': ovo_fields.EnumField(PRIORITIES, default='low'),
        'state': ovo_fields.EnumField(valid_values=('new', 'sealed')),
        'handling': ovo_fields.ListOfEnumField(valid_values=['fragile', 'upright']),
        'label': fields.LabelField(nullable=True),
        'barcode': fields.BarcodeField(nullable=True),
        'weight': ovo_fields.FloatField(default=0.0),
        'tags': ovo_fields.SetOfIntegersField(default={3, 1, 2}),
        'extra': ovo_fields.DictOfStringsField(default={'b': '1', 'a': '2'}),
        'notes': ovo_fields.ListOfStringsField(default=[]),
        'dimensions': ovo_fields.ObjectField('Dimensions', default=Dimensions()),
        'contents': ovo_fields.ListOfObjectsField('Item', nullable=True),
        'raw': ovo_fields.Field(ovo_fields.String(), nullable=constants.DEFAULT_LIMIT > 10),
    }

    @base.remotable
    def save(self):
        pass

    @base.remotable
    def destroy(self, hard=False, reason=None):
        pass

    @classmethod
    @base.remotable
    def get_by_id(cls, context, crate_id, expected_attrs=('name', 'size')):
        pass

    @base.remotable_classmethod
    def get_all(cls, context, limit=constants.DEFAULT_LIMIT, marker=None):
        pass

    @classmethod
    def not_remote(cls, context):
        pass

    @staticmethod
    def helper(value, *args, **kwargs):
        return value

    @property
    def display_name(self):
        return self.name


@base.WarehouseObjectRegistry.register
class Item(base.WarehouseObject):
    # Version 1.0: Initial version
    VERSION = '1.0'

    fields = {
        'sku': ovo_fields.StringField(),
        'count': ovo_fields.NonNegativeIntegerField(default=1),
    }


@base.WarehouseObjectRegistry.register
class CrateList(base.ObjectListBase, base.WarehouseObject):
    # Version 1.0: Initial version
    # Version 1.1: Crate 1.1
    VERSION = '1.1'

    fields = {
        'objects': ovo_fields.ListOfObjectsField('Crate'),
    }
    child_versions = {
        '1.1': '1.1',
        '1.0': '1.0',
    }

    @base.remotable_classmethod
    def get_all(cls, context, *, sealed_only=False):
        pass
