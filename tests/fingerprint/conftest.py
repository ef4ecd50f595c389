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
"""Helpers for the fingerprint tests: temporary packages astroid can import.

Each test writes its modules under a package with a unique name, so that
astroid's module cache (which the whole test session shares) never serves
a module of another test, and nothing has to be cleared.
"""

import itertools
import os
import textwrap

import astroid
import pytest

from pylint_oslo_review import brain

_NAMES = itertools.count()


@pytest.fixture(name="package")
def fixture_package(tmp_path, monkeypatch):
    """Write {module: source} into a fresh package; return a loader of its modules."""

    def write(files):
        name = f"fpkg_{os.getpid()}_{next(_NAMES)}"
        root = tmp_path / name
        root.mkdir()
        (root / "__init__.py").write_text("", encoding="utf-8")
        for module, source in files.items():
            (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        monkeypatch.syspath_prepend(str(tmp_path))
        brain.register_transforms(astroid.MANAGER)

        def load(module):
            return astroid.MANAGER.ast_from_module_name(f"{name}.{module}")

        load.name = name
        load.root = tmp_path
        return load

    return write
