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

"""The request context, with oslo.db's transaction attributes."""

from oslo_db.sqlalchemy import enginefacade


@enginefacade.transaction_context_provider
class RequestContext:
    """Who is asking, and (inside a transaction scope) their session."""

    def __init__(self, user_id=None, project_id=None):
        self.user_id = user_id
        self.project_id = project_id
