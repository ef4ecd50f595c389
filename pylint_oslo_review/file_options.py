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

"""The plugin's file-valued options fail loudly when the file is unusable.

A check that silently switches itself off because its input file is
missing, a directory, a FIFO or garbage looks exactly like a check that
found nothing. ``--ovo-recorded-hashes`` is the one file-valued option:

- set to an absolute path, it is checked when pylint loads the plugin's
  configuration: an unusable file stops pylint before it lints anything,
  with ``pylint: error: argument --ovo-recorded-hashes: <why>`` on stderr
  and exit status 32, as pylint itself does for an unreadable rcfile;
- set to a relative path (resolved per linted top-level package), it can
  only be checked when a package needs it: the checker then reports
  ``config-parse-error`` naming the option on each module that needed it.

Left at its default, a missing file is normal (the project records no
fingerprints there) and says nothing; the read stays bounded and never
blocks either way (:mod:`pylint_oslo_review.files`).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from pylint_oslo_review import files
from pylint_oslo_review.fingerprint import recorded_hashes

if TYPE_CHECKING:
    from pylint.lint import PyLinter

OPTION = "--ovo-recorded-hashes"
#: pylint's exit status for a command line it cannot run.
USAGE_ERROR = 32


def location_is_explicit(linter: PyLinter) -> bool:
    """Whether the user chose the recorded-hashes location."""
    return linter.config.ovo_recorded_hashes != recorded_hashes.DEFAULT_LOCATION


def is_loud(linter: PyLinter, problem: files.UnusableFile) -> bool:
    """Whether *problem* with the recorded-hashes file must be reported.

    Everything is, once the user set the location; with the default
    location only a file that exists but cannot be used, and only when
    the user named the table.
    """
    if location_is_explicit(linter):
        return True
    table_explicit = linter.config.ovo_recorded_hashes_table != recorded_hashes.DEFAULT_TABLE
    return table_explicit and not problem.missing


def describe(problem: files.UnusableFile) -> str:
    """The text a user sees: the option, the file, why, and what to do."""
    return (
        f"{OPTION}: {problem}; ovo-fingerprint-mismatch cannot compare fingerprints "
        f"(point the option at the module that records them, or set it empty to switch the check off)"
    )


def check_at_startup(linter: PyLinter) -> None:
    """Stop pylint on an explicit absolute location that cannot be used."""
    location = linter.config.ovo_recorded_hashes
    if not location or not os.path.isabs(location) or not location_is_explicit(linter):
        return
    try:
        recorded_hashes.load_table(location, linter.config.ovo_recorded_hashes_table)
    except files.UnusableFile as problem:
        print(f"pylint: error: argument {describe(problem)}", file=sys.stderr)
        sys.exit(USAGE_ERROR)
