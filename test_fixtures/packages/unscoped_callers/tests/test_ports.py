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

"""A test calls a helper with a new context: the test's business."""
# pylint: disable=missing-docstring
from neutron_lib import context as n_context

from unscoped_callers.db import ports as ports_db


def test_count():
    assert ports_db.count_from_tests(n_context.get_admin_context()) == 0
