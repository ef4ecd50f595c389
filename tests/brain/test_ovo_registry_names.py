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
"""Names that the registration hook sets on the objects package."""

import os
import sys

import astroid
import pytest
from astroid import nodes

PACKAGES = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "test_fixtures", "packages"))


@pytest.fixture(autouse=True)
def packages_on_path(fresh_astroid):  # pylint: disable=unused-argument
    sys.path.insert(0, PACKAGES)
    yield
    sys.path.remove(PACKAGES)


def test_registered_classes_are_package_attributes():
    node = astroid.extract_node("from registry_pkg import objects\nobjects.Gadget #@")
    (value,) = node.inferred()
    assert isinstance(value, nodes.ClassDef)
    assert value.qname() == "registry_pkg.objects.gadget.Gadget"
    node = astroid.extract_node("from registry_pkg import objects\nobjects.GadgetList #@")
    assert node.inferred()[0].qname() == "registry_pkg.objects.gadget.GadgetList"


@pytest.mark.parametrize("name", ["Gadgett", "NotRegistered", "Hidden", "Thing"])
def test_other_names_are_still_missing(name):
    package = astroid.MANAGER.ast_from_module_name("registry_pkg.objects")
    assert name not in package.locals
