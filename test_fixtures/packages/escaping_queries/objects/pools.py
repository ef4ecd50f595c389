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

"""An object whose callbacks call the common operations, as neutron's subnetpool.py."""
# pylint: disable=missing-docstring
from neutron_lib.db import api as db_api

from escaping_queries.objects import base
from escaping_queries.objects.db import api as obj_db_api


class Pool(base.NeutronDbObject):

    @classmethod
    def validate_rbac_policy_create(cls, resource, event, trigger, payload=None):
        context = payload.context
        db_obj = obj_db_api.get_object(cls, context.elevated(), id=payload.object_id)
        with db_api.CONTEXT_READER.using(context):
            return db_obj, resource, event, trigger

    @classmethod
    def validate_joined(cls, resource, event, trigger, payload=None):
        context = payload.context
        with db_api.CONTEXT_READER.using(context):
            db_obj = obj_db_api.get_joined(cls, context, id=payload.object_id)
        with db_api.CONTEXT_WRITER.using(context):
            return db_obj, resource, event, trigger

    @classmethod
    def validate_locked(cls, resource, event, trigger, payload=None):
        context = payload.context
        db_obj = obj_db_api.get_locked(cls, context, id=payload.object_id)
        with db_api.CONTEXT_READER.using(context):
            return db_obj, resource, event, trigger

    @classmethod
    def lookup(cls, context, model):
        """No scope here, none of its own: a caller may hold one."""
        return obj_db_api.first_helper(context, model)

    @classmethod
    def refresh(cls, context, model):
        found = obj_db_api.first_refresh(context, model)
        with db_api.CONTEXT_READER.using(context):
            return found

    @classmethod
    def refresh_all(cls, context, models):
        with db_api.CONTEXT_WRITER.using(context):
            return [cls.refresh(context, model) for model in models]
