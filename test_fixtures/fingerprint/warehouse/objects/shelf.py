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

"""Shelves: fields.update() in a class body, register_if(False), two versions."""

from oslo_versionedobjects import fields

from warehouse.objects import base

COMMON = {
    'location': fields.StringField(),
    'capacity': fields.IntegerField(default=10),
}


@base.WarehouseObjectRegistry.register_if(False)
class ShelfBase(base.WarehouseObject):
    """Merged, not registered: its subclasses inherit its merged fields."""

    fields = {
        'id': fields.IntegerField(),
    }
    fields.update(COMMON)

    @base.remotable
    def inspect(self, deep=True):
        pass


@base.WarehouseObjectRegistry.register
class Shelf(ShelfBase):
    # Version 1.0: Initial version
    VERSION = '1.0'

    fields = {
        'name': fields.StringField(),
    }


@base.WarehouseObjectRegistry.register
class Shelf(ShelfBase):  # noqa: F811 - a newer version of the same object
    # Version 1.1: Added levels
    VERSION = '1.1'

    fields = {
        'name': fields.StringField(),
        'levels': fields.IntegerField(nullable=True),
    }
