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
"""Rack tags: functions retried by oslo.db, each starting its own transaction."""

from oslo_db import api as oslo_db_api
from oslo_db import exception as db_exc
from sqlalchemy import text

from inventory.db.api import context_manager


@oslo_db_api.wrap_db_retry(max_retries=5, exception_checker=lambda exc: isinstance(exc, db_exc.DBDuplicateEntry))
@context_manager.writer
def ensure_tag(context, name):
    """The id of the tag *name*, created if missing; a duplicate is retried."""
    found = context.session.execute(text("SELECT id FROM tags WHERE name = :n"), {"n": name}).scalar()
    if found is None:
        found = context.session.execute(text("INSERT INTO tags (name) VALUES (:n)"), {"n": name}).lastrowid
    return found


@oslo_db_api.wrap_db_retry(max_retries=5, retry_on_deadlock=True)
@context_manager.writer.independent
def bump_counter(context, name):
    """Count a use of the tag *name*, in a transaction of its own."""
    context.session.execute(text("UPDATE tags SET uses = uses + 1 WHERE name = :n"), {"n": name})


def count_tags(context):
    """How many tags there are: a helper, inside its caller's scope."""
    return context.session.execute(text("SELECT count(*) FROM tags")).scalar()
