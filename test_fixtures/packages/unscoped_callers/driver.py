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

"""An ML2 mechanism driver."""
# pylint: disable=missing-docstring
from neutron_lib.plugins.ml2 import api

from unscoped_callers.db import ports as ports_db


class PortDriver(api.MechanismDriver):

    def update_port_postcommit(self, context):
        plugin_context = context._plugin_context
        return self._count(plugin_context, context.current['network_id'])

    def _count(self, context, network_id):
        return ports_db.count_active_ports(context, network_id)  # [enginefacade-implicit-writer-session]

    def update_port_precommit(self, context):
        return ports_db.count_in_precommit(context._plugin_context)
