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

"""Whether a module is part of a project's test suite.

Some findings are about what production code does to a transaction or an
object; a test that builds the same shape on purpose (neutron's tests read
a fresh context's autonomous session to count rows or to simulate a
concurrent one) is no bug. OpenStack keeps its tests in a ``tests``
package (``nova.tests.unit``, ``neutron_lib.tests``), and test modules are
named ``test_*``, as unittest and pytest discover them.
"""

from __future__ import annotations

from astroid import nodes

_SUITE_PACKAGES = frozenset({"tests", "test"})


def is_test_module(module: nodes.Module) -> bool:
    """Whether *module* (by its qualified name) is in a test package or is a test module."""
    parts = module.name.split(".")
    return bool(_SUITE_PACKAGES.intersection(parts[:-1])) or parts[-1].startswith("test_")
