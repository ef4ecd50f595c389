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
"""--new-since: what a change introduced, also on lines it did not touch."""

import pytest

from pylint_oslo_review.cli import arguments
from tests.adoption.helpers import commit_all, git, review

LINT = ["--rcfile=/dev/null", "--disable=all",
        "--enable=undefined-variable,too-many-function-args,unused-import",
        "--output-format=parseable", "--score=n", "pkg"]


@pytest.fixture(name="repository")
def fixture_repository(tmp_path):
    """A package whose DB-style function loses its context parameter."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "api.py").write_text(
        "import os\n\n\ndef get_host(context, host):\n    return context.name, host\n"
    )
    (package / "caller.py").write_text(
        "from pkg import api\n\n\ndef show(ctx):\n    return api.get_host(ctx, 'h1')\n"
    )
    git(tmp_path, "init", "--quiet", "--initial-branch=master")
    commit_all(tmp_path, "Initial commit")
    api = package / "api.py"
    api.write_text(api.read_text().replace("def get_host(context, host):", "def get_host(host):"))
    return tmp_path


def _findings(output):
    return sorted(line.split(" ", 1)[0] + " " + line.split("(", 1)[1].split(")", 1)[0]
                  for line in output.splitlines() if line.startswith("pkg/"))


def test_new_since_reports_what_the_change_caused_on_unchanged_lines(repository):
    result = review(repository, "--new-since", "HEAD", *LINT)
    assert _findings(result.stdout) == [
        "pkg/api.py:5: undefined-variable",
        "pkg/caller.py:5: too-many-function-args",
    ]
    assert "1 findings also present at HEAD were not reported" in result.stderr


def test_changed_since_hides_them(repository):
    result = review(repository, "--changed-since", "HEAD", *LINT)
    assert _findings(result.stdout) == []


def test_new_since_of_a_commit_that_changed_nothing_reports_nothing_new(repository):
    commit_all(repository, "Drop the context")
    result = review(repository, "--new-since", "HEAD", *LINT)
    assert _findings(result.stdout) == []
    assert "3 findings also present at HEAD were not reported" in result.stderr


def test_new_since_a_revision_that_does_not_exist_is_a_usage_error(repository):
    result = review(repository, "--new-since", "no-such-revision", *LINT)
    assert result.returncode == 32
    assert "no-such-revision" in result.stderr


def test_new_since_with_a_baseline_is_refused():
    with pytest.raises(arguments.UsageError, match="without --baseline"):
        arguments.parse(["--new-since", "HEAD", "--baseline", "b.json", "pkg"])
    with pytest.raises(arguments.UsageError, match="--new-since does not apply"):
        arguments.parse(["baseline", "create", "--new-since", "HEAD", "pkg"])
