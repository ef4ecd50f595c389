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

"""Crates: what the depot stores."""

import logging

from oslo_versionedobjects import fields

from depot.db import api as db_api
from depot.objects import base

LOG = logging.getLogger(__name__)


@base.DepotObjectRegistry.register
class Crate(base.DepotTimestampedObject, base.DepotObject):
    """A crate, with a label and a weight."""

    VERSION = '1.0'

    fields = {
        'id': fields.IntegerField(read_only=True),
        'label': fields.StringField(),
        'weight_kg': fields.IntegerField(default=0),
    }

    @staticmethod
    def _from_db_object(context, crate, db_crate):
        crate.id = db_crate['id']
        crate.label = db_crate['label']
        crate.weight_kg = db_crate['weight_kg']
        crate._context = context
        crate.obj_reset_changes()
        return crate

    @classmethod
    def get_by_id(cls, context, crate_id):
        """Load a crate."""
        return cls._from_db_object(context, cls(context), db_api.crate_get(context, crate_id))

    @base.remotable
    def create(self):
        db_crate = db_api.crate_create(self._context, self.obj_get_changes())
        self._from_db_object(self._context, self, db_crate)
        self.obj_reset_changes()

    def describe(self):
        """A one-line description."""
        return f'{self.lable}: {self.weight_kg} kg'

    def row_version(self, db_crate):
        """The version counter of the crate's row."""
        return db_crate._version

    def refresh(self):
        """Reload the crate, logging failures."""
        try:
            self._from_db_object(self._context, self, db_api.crate_get(self._context, self.id))
        except Exception:
            LOG.exception('Cannot reload crate %s', self.id)
