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

"""The pre-commit hooks: a manifest pre-commit accepts, running our command."""

import configparser

import pytest
import yaml

from tests.adoption.helpers import ROOT, docs_block

clientlib = pytest.importorskip("pre_commit.clientlib")


def _console_scripts():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "setup.cfg", encoding="utf-8")
    return dict(
        (name.strip(), target.strip())
        for name, _, target in (
            line.partition("=") for line in parser["entry_points"]["console_scripts"].splitlines()
        )
        if name.strip()
    )


def test_the_console_script_is_the_cli():
    assert _console_scripts() == {"pylint-oslo-review": "pylint_oslo_review.cli:main"}


def test_the_manifest_is_valid_and_declares_what_each_hook_needs():
    hooks = {hook["id"]: hook for hook in clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert sorted(hooks) == ["pylint-oslo-review", "pylint-oslo-review-system"]
    for hook in hooks.values():
        assert hook["entry"] in _console_scripts()
        assert hook["args"] == ["--profile=openstack"]
        assert hook["types"] == ["python"]
        assert hook["require_serial"] is True
    # "system" works with every pre-commit 3 and 4; 4.4 and later call it
    # "unsupported" and translate the old name.
    raw = {hook["id"]: hook for hook in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert raw["pylint-oslo-review-system"]["language"] == "system"
    assert hooks["pylint-oslo-review-system"]["language"] in ("system", "unsupported")
    assert hooks["pylint-oslo-review"]["language"] == "python"
    assert hooks["pylint-oslo-review"]["additional_dependencies"] == [
        "oslo.db", "oslo.versionedobjects",
    ]


def test_the_documented_configuration_is_valid_and_uses_a_hook_of_ours(tmp_path):
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(docs_block("pre-commit-config"), encoding="utf-8")
    repository = clientlib.load_config(str(config))["repos"][0]
    assert repository["repo"] == "https://opendev.org/openstack/pylint-oslo-review"
    assert [hook["id"] for hook in repository["hooks"]] == ["pylint-oslo-review-system"]
    assert "--profile=openstack" in repository["hooks"][0]["args"]
