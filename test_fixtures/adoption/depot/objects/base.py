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

"""Project-wide base classes of depot objects."""

from oslo_versionedobjects import base as ovo_base
from oslo_versionedobjects import fields as ovo_fields

remotable = ovo_base.remotable


class DepotObjectRegistry(ovo_base.VersionedObjectRegistry):
    """Makes every registered object available as depot.objects.<Name>."""

    def registration_hook(self, cls, index):
        # pylint: disable-next=import-outside-toplevel
        from depot import objects
        setattr(objects, cls.obj_name(), cls)


class DepotObject(ovo_base.VersionedObject):
    """Base class of every depot object."""

    OBJ_SERIAL_NAMESPACE = 'depot_object'
    OBJ_PROJECT_NAMESPACE = 'depot'


class DepotTimestampedObject:
    """Mixin for objects stored in the database: the timestamp columns."""

    fields = {
        'created_at': ovo_fields.DateTimeField(nullable=True),
        'updated_at': ovo_fields.DateTimeField(nullable=True),
    }
