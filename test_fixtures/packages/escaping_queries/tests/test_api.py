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

"""Tests call with made-up contexts: not what runs in the service."""
# pylint: disable=missing-docstring
from neutron_lib import context as n_context

from escaping_queries.objects import pools
from escaping_queries.objects.db import api as obj_db_api


def test_get_joined():
    admin = n_context.get_admin_context()
    return obj_db_api.get_joined(pools.Pool, admin, id=1)


def test_first_helper():
    return obj_db_api.first_helper(n_context.get_admin_context(), 'pools')
