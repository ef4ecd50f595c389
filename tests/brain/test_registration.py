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
"""register_transforms() can run any number of times."""

import astroid

from pylint_oslo_review import brain


def _count(manager):
    return sum(
        len([t for t in manager._transform.transforms[node_class] if t[0] is transform])  # pylint: disable=protected-access
        for node_class, transform, _ in brain.TRANSFORMS
    )


def test_transforms_are_registered_once():
    manager = astroid.MANAGER
    brain.register_transforms(manager)
    brain.register_transforms(manager)
    assert _count(manager) == len(brain.TRANSFORMS)


def test_transforms_come_back_after_a_cache_clear():
    manager = astroid.MANAGER
    manager.clear_cache()
    assert _count(manager) == 0
    brain.register_transforms(manager)
    assert _count(manager) == len(brain.TRANSFORMS)
