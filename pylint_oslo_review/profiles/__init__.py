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


"""The pylint configurations shipped with the plugin ("profiles").

Each profile is a pylintrc file in this package, installed with it, so a
project can build on it instead of copying it: ``pylint-oslo-review
--profile NAME`` applies the project's own configuration on top (see
``pylint_oslo_review.cli.profile_config``), and plain pylint can take the
file itself as ``--rcfile``.
"""

from __future__ import annotations

import pathlib

SUFFIX = ".pylintrc"
DIRECTORY = pathlib.Path(__file__).resolve().parent


class UnknownProfileError(ValueError):
    """No profile of that name is installed; the message lists those that are."""


def names() -> list[str]:
    """The installed profiles, sorted."""
    return sorted(path.name[: -len(SUFFIX)] for path in DIRECTORY.glob("*" + SUFFIX))


def profile_path(name: str) -> pathlib.Path:
    """The pylintrc of profile *name*."""
    if name in names():
        return DIRECTORY / (name + SUFFIX)
    raise UnknownProfileError(
        f"no profile named {name!r}; installed profiles: {', '.join(names())}"
    )
