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

"""The command line: which arguments are ours, and pylint's untouched."""

import pytest

from pylint_oslo_review.cli import arguments
from pylint_oslo_review.cli.arguments import Request, UsageError, parse


def test_everything_else_goes_to_pylint_in_order():
    argv = ["-j", "2", "--disable=C", "--msg-template", "{path}:{line}", "pkg", "other.py"]
    assert parse(argv) == Request(command=arguments.LINT, pylint_args=tuple(argv))


def test_our_options_are_taken_out_in_both_spellings():
    request = parse(["--profile", "openstack", "-j2", "--baseline=b.json",
                     "--changed-since", "HEAD~1", "pkg"])
    assert request == Request(
        command=arguments.LINT, profile="openstack", baseline="b.json",
        changed_since="HEAD~1", pylint_args=("-j2", "pkg"),
    )


def test_a_double_dash_ends_our_options():
    request = parse(["--profile=openstack", "--", "--baseline", "x"])
    assert request.profile == "openstack"
    assert request.baseline is None
    assert request.pylint_args == ("--", "--baseline", "x")


def test_baseline_commands_default_the_file():
    assert parse(["baseline", "create", "pkg"]) == Request(
        command=arguments.BASELINE_CREATE, baseline=".pylint-baseline.json", pylint_args=("pkg",)
    )
    assert parse(["baseline", "prune", "--baseline", "b.json", "pkg"]).baseline == "b.json"


def test_profile_commands_take_their_operands():
    assert parse(["profile", "path", "openstack"]) == Request(
        command=arguments.PROFILE_PATH, operands=("openstack",)
    )
    assert parse(["profile", "list"]) == Request(command=arguments.PROFILE_LIST)


def test_help_is_noticed_and_still_passed_on():
    request = parse(["--help"])
    assert request.wants_help
    assert request.pylint_args == ("--help",)


@pytest.mark.parametrize(
    "argv, complaint",
    [
        (["--baseline"], "--baseline needs a value"),
        (["--profile="], "--profile needs a non-empty value"),
        (["baseline", "create", "--changed-since", "HEAD"], "--changed-since does not apply"),
        (["baseline", "update"], "use one of: baseline create, baseline prune"),
        (["profile"], "use one of: profile path, profile list"),
        (["profile", "path"], "usage: pylint-oslo-review profile path NAME"),
        (["profile", "list", "extra"], "usage: pylint-oslo-review profile list"),
    ],
)
def test_mistakes_are_usage_errors(argv, complaint):
    with pytest.raises(UsageError, match=complaint):
        parse(argv)
