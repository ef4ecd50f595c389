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

"""The transaction manager of the depot database, and its queries."""

from oslo_db.sqlalchemy import enginefacade

from depot.db import models

context_manager = enginefacade.transaction_context()


@context_manager.reader
def crate_get(context, crate_id):
    """The row of one crate."""
    return context.session.query(models.CrateRow).filter_by(id=crate_id).one()


@context_manager.writer
def crate_create(context, values):
    """Store a new crate row."""
    row = models.CrateRow(**values)
    row.save(context.session)
    return row


def crates_purge(context, crate_ids):
    """Delete crates, one transaction each."""

    @context_manager.writer
    def _purge(crate_id):
        context.session.query(models.CrateRow).filter_by(id=crate_id).delete()

    for crate_id in crate_ids:
        _purge(crate_id)
