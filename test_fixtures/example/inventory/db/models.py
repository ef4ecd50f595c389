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

"""Database rows, kept as plain classes so the fixtures stay fast to lint."""


class RackRow:
    """One row of the racks table."""

    def __init__(self, **values):
        self.values = dict(values)

    def __getitem__(self, key):
        return self.values[key]

    def save(self, session):
        """Add the row to *session*."""
        session.add(self)


class ServerRow(RackRow):
    """One row of the servers table."""
