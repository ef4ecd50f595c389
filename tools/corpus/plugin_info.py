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

"""Ask the plugin which messages are its own.

The report lists every message the plugin emits, so it needs the plugin's
symbols. They are read from the checkers that ``register()`` installs, not
from a list kept here, so a new checker is reported without touching the
harness.
"""

from __future__ import annotations

import importlib

PLUGIN_MODULE = "pylint_oslo_review"


def plugin_symbols(module_name: str = PLUGIN_MODULE) -> dict[str, str]:
    """Symbol -> message id of every message the plugin's checkers define."""
    # Imported here: pylint is slow to import and only the run needs it.
    from pylint.lint import PyLinter  # pylint: disable=import-outside-toplevel

    plugin = importlib.import_module(module_name)
    linter = PyLinter()
    plugin.register(linter)
    symbols = {}
    for checker in linter.get_checkers():
        if type(checker).__module__.startswith(module_name):
            for msg_id, definition in checker.msgs.items():
                symbols[definition[1]] = msg_id
    return dict(sorted(symbols.items()))
