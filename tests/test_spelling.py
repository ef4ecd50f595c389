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
"""Telling a typo from a different word."""

import pytest

from pylint_oslo_review.spelling import edit_distance, likely_misspelling


@pytest.mark.parametrize(
    ("first", "second", "distance"),
    [("name", "name", 0), ("nmae", "name", 1), ("naem", "name", 1), ("locaton", "location", 1),
     ("private_key", "public_key", 6), ("", "abc", 3), ("host", "hosts", 1)],
)
def test_edit_distance(first, second, distance):
    assert edit_distance(first, second) == distance


@pytest.mark.parametrize(
    ("name", "meant"),
    [("nmae", "name"), ("locaton", "location"), ("private_key", None), ("id_", None),
     ("scratch", None), ("hostnmae", "hostname")],
)
def test_likely_misspelling(name, meant):
    assert likely_misspelling(name, ["name", "location", "public_key", "id", "hostname"]) == meant
