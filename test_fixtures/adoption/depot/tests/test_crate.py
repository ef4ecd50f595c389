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

"""Tests of depot.objects.crate."""

import unittest
from unittest import mock

from depot import context
from depot.objects import crate


class TestCrate(unittest.TestCase):

    def setUp(self):
        super().setUp()
        self.context = context.RequestContext('user', 'project')

    def _make_crate(self):
        self.crate = crate.Crate(self.context, label='spare parts')
        return self.crate

    @mock.patch.object(crate.db_api, 'crate_get')
    def test_get_by_UUID(self, mock_get):
        mock_get.return_value = {'id': 1, 'label': 'tools', 'weight_kg': 3}
        loaded = crate.Crate.get_by_id(self.context, 1)
        self.assertEqual('tools', loaded.label)

    def test_describe(self):
        self.assertIn('spare parts', self._make_crate().describe())
