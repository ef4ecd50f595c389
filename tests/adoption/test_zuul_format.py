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

"""What Zuul makes of the output, and the Zuul jobs this repository defines."""

import configparser
import re

import yaml

from tests.adoption.helpers import FIXTURE, ROOT, ZUUL_LINE, docs_block, zuul_comments

CRATE = "depot/objects/crate.py"


def test_the_regular_expression_is_the_tox_roles():
    assert ZUUL_LINE.pattern == r"^(.*):(\d+):(\d+): (.*)$"


def test_every_finding_becomes_a_comment_on_its_line_with_a_relative_path(serial_run):
    # The package was given as an absolute path, as tox's {toxinidir}/depot gives it.
    output = serial_run.process
    comments = zuul_comments(output.stdout + output.stderr, FIXTURE)
    assert sorted((path, line, message.split(":")[0]) for path, line, message in comments) == [
        ("depot/db/api.py", 40, "W9129"),
        (CRATE, 49, "C0301"),
        (CRATE, 52, "C0116"),
        (CRATE, 55, "R9201"),
        (CRATE, 59, "E1101"),
        (CRATE, 63, "W0212"),
        (CRATE, 68, "C0301"),
        ("depot/tests/test_crate.py", 29, "W0201"),
    ]
    assert (CRATE, 59, "E1101: Instance of 'Crate' has no 'lable' member (no-member)") in comments
    # Nothing else in the output looks like a finding to Zuul.
    assert len([line for line in output.stdout.splitlines() if ZUUL_LINE.match(line)]) == 8


def test_zuul_drops_what_is_not_a_relative_path_of_a_project_file(tmp_path):
    (tmp_path / "a.py").write_text("", encoding="utf-8")
    output = "\n".join([
        "a.py:3:0: C0301: Line too long (80/79) (line-too-long)",
        "./a.py:4:1: W0611: Unused import os (unused-import)",
        f"{tmp_path}/a.py:5:0: absolute",
        ".tox/pylint/lib/x.py:1:0: inside tox",
        "missing.py:1:0: no such file",
        "  a.py:6:0: indented",
        "pylint-oslo-review: 2 findings listed in .pylint-baseline.json were not reported",
    ])
    assert zuul_comments(output, tmp_path) == [
        ("a.py", 3, "C0301: Line too long (80/79) (line-too-long)"),
        ("a.py", 4, "W0611: Unused import os (unused-import)"),
    ]


def _tox_environments(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return {section.removeprefix("testenv:") for section in parser.sections()}


def _jobs():
    return {
        entry["job"]["name"]: entry["job"]
        for entry in yaml.safe_load((ROOT / ".zuul.yaml").read_text(encoding="utf-8"))
        if "job" in entry
    }


def test_this_repositorys_jobs_run_environments_of_its_tox_ini():
    environments = _tox_environments((ROOT / "tox.ini").read_text(encoding="utf-8"))
    project = next(
        entry["project"]
        for entry in yaml.safe_load((ROOT / ".zuul.yaml").read_text(encoding="utf-8"))
        if "project" in entry
    )
    jobs = _jobs()
    for pipeline in ("check", "gate"):
        for job in project[pipeline]["jobs"]:
            name = job if isinstance(job, str) else next(iter(job))
            if name in jobs:
                assert jobs[name]["vars"]["tox_envlist"] in environments, name
            else:
                # openstack-zuul-jobs' tox jobs: openstack-tox-<environment>.
                match = re.fullmatch(r"openstack-tox-(pep8|cover|py3\d\d?)", name)
                assert match, name
                assert match.group(1) in environments or match.group(1).startswith("py3"), name
    assert {"pep8", "py3-pylint33", "cover"} <= environments


def test_the_job_for_other_projects_runs_the_documented_environment():
    job = _jobs()["pylint-oslo-review"]
    assert job["parent"] == "openstack-tox"
    assert job["vars"]["tox_envlist"] == "pylint"
    assert "pylint" in _tox_environments(docs_block("tox-environments"))
    documented = yaml.safe_load(docs_block("zuul-project"))
    assert documented == [{"project": {"check": {"jobs": ["pylint-oslo-review"]},
                                       "gate": {"jobs": ["pylint-oslo-review"]}}}]
