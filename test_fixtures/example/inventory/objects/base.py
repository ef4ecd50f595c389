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

"""Project-wide base classes and decorators for inventory objects."""

from oslo_versionedobjects import base as ovo_base
from oslo_versionedobjects import fields as ovo_fields

remotable = ovo_base.remotable
remotable_classmethod = ovo_base.remotable_classmethod
ObjectListBase = ovo_base.ObjectListBase


class InventoryObjectRegistry(ovo_base.VersionedObjectRegistry):
    """Makes every registered object available as inventory.objects.<Name>."""

    def registration_hook(self, cls, index):
        # pylint: disable-next=import-outside-toplevel
        from inventory import objects
        setattr(objects, cls.obj_name(), cls)


class InventoryObject(ovo_base.VersionedObject):
    """Base class of every inventory object."""

    OBJ_SERIAL_NAMESPACE = 'inventory_object'
    OBJ_PROJECT_NAMESPACE = 'inventory'


class InventoryPersistentObject:
    """Mixin for objects stored in the database: the timestamp columns."""

    fields = {
        'created_at': ovo_fields.DateTimeField(nullable=True),
        'updated_at': ovo_fields.DateTimeField(nullable=True),
        'deleted': ovo_fields.BooleanField(default=False),
    }
