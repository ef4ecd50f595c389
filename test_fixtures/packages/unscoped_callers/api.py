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

"""An API controller: each request brings the context the auth middleware built."""
# pylint: disable=missing-docstring
from neutron import wsgi

from unscoped_callers import plugins


class PortsController(wsgi.Controller):

    def index(self, request):
        return self._count(request)

    def _count(self, request):
        return plugins.get_plugin().get_port_count(request.context)

    def routers(self, request):
        return self._routers(request)

    def _routers(self, request):
        return plugins.get_plugin().get_router_count(request.context)
