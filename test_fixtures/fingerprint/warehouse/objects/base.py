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

"""The project's registry, base object and mixins, as nova spells them."""

from oslo_versionedobjects import base as ovo_base
from oslo_versionedobjects import fields

remotable = ovo_base.remotable
remotable_classmethod = ovo_base.remotable_classmethod
ObjectListBase = ovo_base.ObjectListBase


class WarehouseObjectRegistry(ovo_base.VersionedObjectRegistry):
    """The project's registry."""


class WarehouseObject(ovo_base.VersionedObject):
    """Base of every warehouse object."""

    OBJ_SERIAL_NAMESPACE = 'warehouse_object'
    OBJ_PROJECT_NAMESPACE = 'warehouse'


class AuditedMixin:
    """Fields every stored object has (like NovaPersistentObject)."""

    fields = {
        'created_at': fields.DateTimeField(nullable=True),
        'updated_at': fields.DateTimeField(nullable=True, tzinfo_aware=False),
        'deleted': fields.BooleanField(default=False),
    }
