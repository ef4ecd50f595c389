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

"""Request contexts whose session falls back to a writer session, as neutron-lib's do."""

import copy

from oslo_db.sqlalchemy import enginefacade

from neutron_lib.db import api as db_api


class ContextBase:
    """A context without database access."""

    def __init__(self, user_id=None, is_admin=False):
        self.user_id = user_id
        self.is_admin = is_admin

    def elevated(self):
        """A copy of this context with the admin role."""
        context = copy.copy(self)
        context.is_admin = True
        return context


@enginefacade.transaction_context_provider
class ContextBaseWithSession(ContextBase):
    """A context with oslo.db's transaction attributes."""


class Context(ContextBaseWithSession):
    """Outside a scope, 'session' is an autonomous writer session."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._session = None

    @property
    def session(self):
        """The scope's session, else a writer session cached on the context."""
        if hasattr(super(), 'session'):
            self._session = super().session
        if self._session is None:
            self._session = db_api.get_writer_session()
        return self._session


def get_admin_context():
    """A new admin context (an elevated copy of one, as neutron-lib builds it)."""
    return Context(is_admin=True).elevated()
