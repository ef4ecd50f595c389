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
"""Database objects whose create/update a metaclass runs in a writer, as neutron's do."""

from neutron_lib.db import api as db_api


class NeutronDbObject:
    """Its metaclass (not modelled here) wraps create() and update() in
    'with self.db_context_writer(self.obj_context)'."""

    obj_context = None

    @classmethod
    def db_context_writer(cls, context):
        """A writer block on the context."""
        return db_api.CONTEXT_WRITER.using(context)

    @classmethod
    def db_context_reader(cls, context):
        """A reader block on the context."""
        return db_api.CONTEXT_READER.using(context)
