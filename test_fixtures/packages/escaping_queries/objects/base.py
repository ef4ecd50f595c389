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

"""The object base class: its scopes are methods returning a manager's using(), as neutron's."""
# pylint: disable=missing-docstring
import contextlib

from neutron_lib.db import api as db_api

from escaping_queries.objects.db import api as obj_db_api


class NeutronDbObject:
    db_model = 'objects'

    @classmethod
    def db_context_writer(cls, context):
        return db_api.CONTEXT_WRITER.using(context)

    @classmethod
    def db_context_reader(cls, context):
        return db_api.CONTEXT_READER.using(context)

    @classmethod
    def db_lock(cls, context):
        return contextlib.nullcontext(context)

    @classmethod
    def get_object(cls, context, **kwargs):
        with cls.db_context_reader(context):
            return obj_db_api.get_object(cls, context, **kwargs)

    @classmethod
    def get_locked(cls, context, **kwargs):
        return obj_db_api.get_locked(cls, context, **kwargs)
