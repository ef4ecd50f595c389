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
"""The corpus tool's record of which library versions a run used."""

import pytest

from tools.corpus import versions


def test_requirement_names():
    text = (
        "# comment\n"
        "oslo.db>=17.0.0  # why\n"
        "-r other.txt\n"
        "\n"
        "SQLAlchemy\n"
        "os-vif[extra]>=1\n"
        'tomli; python_version < "3.11"\n'
        "oslo.db\n"
    )
    assert versions.requirement_names(text) == [
        ("oslo.db", False), ("SQLAlchemy", False), ("os-vif", False), ("tomli", True)
    ]


def test_library_versions_drops_absent_conditional_requirements(tmp_path):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text(
        "pytest\nno-such-distribution-xyz\n"
        'no-such-conditional-xyz; python_version < "3.0"\n',
        encoding="utf-8",
    )
    found = versions.library_versions(requirements)
    assert list(found) == ["pytest", "no-such-distribution-xyz"]
    assert found["pytest"] == pytest.__version__
    assert found["no-such-distribution-xyz"] is None
