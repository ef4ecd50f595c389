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
"""Purging deleted rows. This module contains deliberate mistakes."""

from inventory.db import api as db_api


@db_api.context_manager.writer
def purge_deleted_racks():
    """Forgot the context: oslo.db raises IndexError at import."""


@db_api.context_manager.writer
def purge_rack(context, rack_id):
    """Correct: the context comes first."""
    context.session.query('racks').filter_by(id=rack_id).delete()


def purge_servers(context, server_ids):
    """The nested function's first parameter is not the context."""

    @db_api.context_manager.writer
    def _purge(ids):
        for server_id in ids:
            context.session.query('servers').filter_by(id=server_id).delete()

    _purge(server_ids)
