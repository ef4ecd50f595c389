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
"""The TYPE_CHECKING star-import block no longer shadows submodules."""

import os
import sys

import astroid
import pytest
from astroid import nodes

PACKAGES = os.path.join(os.path.dirname(__file__), "..", "..", "test_fixtures", "packages")


@pytest.fixture(autouse=True)
def packages_on_path(fresh_astroid):  # pylint: disable=unused-argument
    sys.path.insert(0, os.path.abspath(PACKAGES))
    yield
    sys.path.remove(os.path.abspath(PACKAGES))


def _infer(code):
    return next(astroid.extract_node(code).infer())


def test_submodules_win_over_star_imported_names():
    fields_module = _infer("from typecheck_pkg.objects import fields\nfields #@")
    assert isinstance(fields_module, nodes.Module)
    assert fields_module.name == "typecheck_pkg.objects.fields"
    base_module = _infer("from typecheck_pkg.objects import base\nbase #@")
    assert base_module.name == "typecheck_pkg.objects.base"


def test_star_imported_classes_stay_available():
    gizmo = _infer("from typecheck_pkg import objects\nobjects.Gizmo #@")
    assert isinstance(gizmo, nodes.ClassDef)
    assert gizmo.qname() == "typecheck_pkg.objects.gizmo.Gizmo"


def test_other_star_imported_names_are_dropped():
    package = astroid.MANAGER.ast_from_module_name("typecheck_pkg.objects")
    assert "LOG" not in package.locals
    assert "logging" not in package.locals
    assert {"Gizmo", "Widget"} <= set(package.locals)


def test_classes_now_have_known_bases():
    widget = _infer("from typecheck_pkg.objects import widget\nwidget.Widget #@")
    ancestors = [a.qname() for a in widget.ancestors()]
    assert "typecheck_pkg.objects.base.ProjectObject" in ancestors
    assert "oslo_versionedobjects.base.VersionedObject" in ancestors


def test_modules_without_the_block_are_untouched():
    module = astroid.parse(
        "import typing\nif typing.TYPE_CHECKING:\n    from os.path import *\n",
        module_name="not_a_package",
    )
    assert "join" in module.locals
