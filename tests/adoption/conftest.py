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

"""Lint results of the fixture project that several test modules check.

Each run of the command on the whole fixture costs seconds, so the runs
are shared: one with ``-j 1``, and one with ``-j 2`` and a baseline, each
writing pylint's text output and a SARIF log at once.
"""

import json
import shutil

import pytest

from tests.adoption.helpers import FIXTURE, review

#: One old finding of the fixture, as a baseline file records it.
BASELINED = {
    "path": "depot/objects/crate.py",
    "symbol": "protected-access",
    "scope": "Crate.row_version",
    "source": "return db_crate._version",
    "message": "Access to a protected member _version of a client class",
}


class LintRun:  # pylint: disable=too-few-public-methods
    """A finished run: the project it ran in, its output and its SARIF log."""

    def __init__(self, project, process, sarif):
        self.project = project
        self.process = process
        self.sarif = json.loads(sarif.read_text(encoding="utf-8"))


@pytest.fixture(scope="session", name="serial_run")
def fixture_serial_run(tmp_path_factory):
    """The fixture linted with ``-j 1``, given as an absolute path (as tox's
    {toxinidir}/depot gives it)."""
    sarif = tmp_path_factory.mktemp("serial") / "depot.sarif"
    process = review(FIXTURE, "--profile", "openstack", f"--output-format=text,sarif:{sarif}",
                     str(FIXTURE / "depot"))
    return LintRun(FIXTURE, process, sarif)


@pytest.fixture(scope="session", name="parallel_run")
def fixture_parallel_run(tmp_path_factory):
    """A copy of the fixture linted with ``-j 2`` and a baseline of BASELINED."""
    project = tmp_path_factory.mktemp("parallel") / "depot"
    shutil.copytree(FIXTURE, project)
    (project / "baseline.json").write_text(
        json.dumps({"version": 1, "findings": [BASELINED]}), encoding="utf-8"
    )
    sarif = project.parent / "depot.sarif"
    process = review(project, "--profile", "openstack", "--baseline", "baseline.json", "-j", "2",
                     f"--output-format=text,sarif:{sarif}", "depot")
    return LintRun(project, process, sarif)
