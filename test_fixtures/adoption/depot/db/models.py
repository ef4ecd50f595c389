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

"""Database rows, kept as plain classes so the fixture stays fast to lint."""


class CrateRow:
    """One row of the crates table."""

    def __init__(self, **values):
        self.values = dict(values)
        self._version = 0

    def __getitem__(self, key):
        return self.values[key]

    def save(self, session):
        """Add the row to *session*."""
        session.add(self)
