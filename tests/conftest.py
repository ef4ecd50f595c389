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
"""Shared test set-up.

The fixtures import the bundled example project ('inventory'), the way a
project's own code imports itself when pylint runs from its tox env.
"""

import os
import sys

import astroid
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test_fixtures")
EXAMPLE = os.path.join(FIXTURES, "example")
PACKAGES = os.path.join(FIXTURES, "packages")

for _path in (EXAMPLE, PACKAGES):
    if _path not in sys.path:
        sys.path.insert(0, _path)

# A bug in the plugin must fail the tests, not turn into silence
# (pylint_oslo_review.guard); subprocesses inherit this too.
os.environ["PYLINT_OSLO_REVIEW_STRICT"] = "1"


def pytest_addoption(parser):
    # pylint's LintModuleTest reads this option (pylint defines it in its
    # own conftest): each functional test then also runs with only its
    # annotated messages enabled, which catches visitors whose
    # only_required_for_messages list is incomplete.
    parser.addoption(
        "--minimal-messages-config",
        action="store_true",
        default=False,
        help="Run functional tests with only the messages they expect enabled.",
    )


@pytest.fixture(scope="module")
def fresh_astroid():
    """An astroid cache with this plugin's transforms and nothing else cached."""
    # pylint: disable-next=import-outside-toplevel
    from pylint_oslo_review import brain

    astroid.MANAGER.clear_cache()
    brain.register_transforms(astroid.MANAGER)
    yield astroid.MANAGER
    astroid.MANAGER.clear_cache()
