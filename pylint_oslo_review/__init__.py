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

"""pylint-oslo-review: pylint for code built on oslo.versionedobjects and oslo.db.

Load it with ``pylint --load-plugins=pylint_oslo_review``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import astroid

from pylint_oslo_review import brain, compat, file_options
from pylint_oslo_review.analysis import project as project_tree
from pylint_oslo_review.augmentations import logging_adapters, mixin_attributes, protected_access
from pylint_oslo_review.checkers import CHECKERS
from pylint_oslo_review.enginefacade import call_sites
from pylint_oslo_review.oslo_config import project as oslo_config_project
from pylint_oslo_review.ovo.model import lookup, mixins
from pylint_oslo_review.reporters import register_reporters

if TYPE_CHECKING:
    from pylint.lint import PyLinter


def register(linter: PyLinter) -> None:
    """Install the astroid hooks, the checkers and the adjustments of pylint's checkers.

    Safe to call more than once on one linter, and again in every ``-j``
    worker (pylint re-registers plugins there). On a pylint outside the
    supported range it says so once on stderr, and loads all the same.
    """
    warning = compat.unsupported_warning()
    if warning is not None:
        compat.warn_once(warning)
    compat.name_modules_as_one_job_does()
    brain.register_transforms(astroid.MANAGER)
    # Files may have changed since an earlier run in this process (an IDE).
    lookup.clear_cache()
    oslo_config_project.clear_cache()
    project_tree.clear_cache()
    call_sites.clear_cache()
    mixins.clear_cache()
    registered = {type(checker) for checker in linter.get_checkers()}
    for checker_class in CHECKERS:
        if checker_class not in registered:
            linter.register_checker(checker_class(linter))
    protected_access.install(linter)
    mixin_attributes.install(linter)
    logging_adapters.install(linter)
    register_reporters(linter)


def load_configuration(linter: PyLinter) -> None:
    """pylint's hook after options are parsed: unusable file options stop the run."""
    file_options.check_at_startup(linter)
