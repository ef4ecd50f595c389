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

"""Common operations, given the object class: neutron's objects/db/api.py before c2786554ad."""
# pylint: disable=missing-docstring
from neutron_lib.db import api as db_api
from neutron_lib.db import model_query


def _get_filter_query(obj_cls, context, **kwargs):
    with obj_cls.db_context_reader(context):
        query = model_query.get_collection_query(context, obj_cls.db_model, kwargs)
        return query  # [enginefacade-query-escapes-scope]


def get_object(obj_cls, context, **kwargs):
    return _get_filter_query(obj_cls, context, **kwargs).first()


def update_objects(obj_cls, context, values, **kwargs):
    with obj_cls.db_context_writer(context):
        query = _get_filter_query(obj_cls, context, **kwargs)
        return query.update(values)


def _get_joined_query(obj_cls, context, **kwargs):
    """Every caller, here and in pools.py, holds a scope: it joins, the query runs in it."""
    with obj_cls.db_context_reader(context):
        return model_query.get_collection_query(context, obj_cls.db_model, kwargs)


def get_joined(obj_cls, context, **kwargs):
    return _get_joined_query(obj_cls, context, **kwargs).first()


def update_joined(obj_cls, context, values, **kwargs):
    with obj_cls.db_context_writer(context):
        return _get_joined_query(obj_cls, context, **kwargs).update(values)


def _get_locked_query(obj_cls, context, **kwargs):
    """db_lock returns no using(): not known to be a scope at all."""
    with obj_cls.db_lock(context):
        return model_query.get_collection_query(context, obj_cls.db_model, kwargs)


def get_locked(obj_cls, context, **kwargs):
    return _get_locked_query(obj_cls, context, **kwargs).first()


def update_locked(obj_cls, context, values, **kwargs):
    with obj_cls.db_context_writer(context):
        return _get_locked_query(obj_cls, context, **kwargs).update(values)


def _get_reader_query(context, model):
    """A scope of a known manager: rpc.py's new context reaches it with none."""
    with db_api.CONTEXT_READER.using(context):
        return model_query.query_with_hooks(context, model)  # [enginefacade-query-escapes-scope]


def first_reader(context, model):
    return _get_reader_query(context, model).first()


def count_reader(context, model):
    with db_api.CONTEXT_WRITER.using(context):
        return _get_reader_query(context, model).count()


def _get_helper_query(context, model):
    """Its unscoped caller is a helper that its own callers may give a scope."""
    with db_api.CONTEXT_READER.using(context):
        return model_query.query_with_hooks(context, model)


def first_helper(context, model):
    return _get_helper_query(context, model).first()


def count_helper(context, model):
    with db_api.CONTEXT_WRITER.using(context):
        return _get_helper_query(context, model).count()


def _get_refresh_query(context, model):
    """Its unscoped caller opens a scope of its own, but its module calls it inside one."""
    with db_api.CONTEXT_READER.using(context):
        return model_query.query_with_hooks(context, model)


def first_refresh(context, model):
    return _get_refresh_query(context, model).first()


def count_refresh(context, model):
    with db_api.CONTEXT_WRITER.using(context):
        return _get_refresh_query(context, model).count()
