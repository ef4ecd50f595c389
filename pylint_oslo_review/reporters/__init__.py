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


"""Output formats the plugin adds to pylint's ``--output-format``.

``sarif`` (SARIF 2.1.0) is what GitHub code scanning, GitLab and many
review tools read; pylint itself has no SARIF output (pylint issue #5493).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pylint_oslo_review.reporters.sarif import SarifReporter

if TYPE_CHECKING:
    from pylint.lint import PyLinter

REPORTERS = (SarifReporter,)


def register_reporters(linter: PyLinter) -> None:
    """Make ``--output-format=sarif`` available on *linter*.

    Registering is a dictionary assignment by name, so calling this again
    (pylint re-registers plugins in every ``-j`` worker) changes nothing.
    """
    for reporter_class in REPORTERS:
        linter.register_reporter(reporter_class)
