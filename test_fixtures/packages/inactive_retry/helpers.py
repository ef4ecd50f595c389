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

"""A helper that opens a writer on a context its callers pass in."""
# pylint: disable=missing-docstring
from neutron_lib.db import api as db_api


def mark_subnets(plugin, context, subnet_ids):
    with db_api.CONTEXT_WRITER.using(context):
        for subnet_id in subnet_ids:
            plugin.update_subnet_status(context, subnet_id, 'ACTIVE')
