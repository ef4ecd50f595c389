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

"""What differs between the pylint/astroid releases the plugin supports.

OpenStack projects lint with the pylint their gate pins (neutron
``pylint~=3.3``), so the plugin runs on pylint 3.3 with astroid 3.3 and on
pylint 4.0/4.1 with astroid 4.x. Every difference the plugin has to know
about is answered here, once, so that no checker tests a version:

- the supported range, and the one warning a run on another pylint gets
  (``unsupported_warning``);
- ``frame``: astroid 3.3 and 4.0 put a decorator expression in the frame of the
  function it decorates, astroid 4.3 (correctly: Python evaluates it there)
  in the enclosing one;
- ``known_options``: the profile may only set options, and name messages,
  that the installed pylint has (``max-positional-arguments`` and
  ``too-many-positional-arguments`` are new in pylint 3.3);
- ``name_modules_as_one_job_does``: pylint before pylint-dev/pylint#10929
  (pylint 3.3) names the modules of a ``-j N`` run without the package
  paths it adds to ``sys.path`` for ``-j1``, so the same file can be module
  ``orderpkg.b`` with ``-j1`` and ``test_fixtures.determinism.orderpkg.b``
  with ``-j2``, and every answer that depends on module names changes.

Two differences show in pylint's output and the plugin cannot change
them: the ``obj`` column of a message on a decorator, which pylint takes
from ``frame()`` (``DECORATORS_IN_DECORATED_FRAME``: astroid 3.3 and 4.0),
and an explicit ``end_col_offset=0``, which pylint 3.3 replaces with the
node's (``ZERO_END_COLUMN_REPLACED``). The functional tests allow exactly
these on the releases that have them (``tests/test_functional.py``).
"""

from __future__ import annotations

import inspect
import re
import sys

import astroid
import pylint
from pylint.lint import PyLinter
from astroid import nodes

#: The releases the plugin is tested on: from (major, minor) included to
#: (major, minor) excluded. requirements.txt declares the same range
#: (tests/test_compat.py checks it).
SUPPORTED_PYLINT = ((3, 3), (4, 2))


def version_tuple(version: str) -> tuple[int, ...]:
    """The leading numbers of a version string: '4.2.0.dev0' -> (4, 2, 0)."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    return tuple(int(part) for part in match.group().split(".")) if match else ()


PYLINT_VERSION = version_tuple(pylint.__version__)
ASTROID_VERSION = version_tuple(astroid.__version__)


def _decorators_in_decorated_frame() -> bool:
    function = astroid.parse("@decorator\ndef function():\n    pass\n").body[0]
    return function.decorators.nodes[0].frame() is function


#: Whether astroid's ``frame()`` of a decorator expression is the decorated
#: function (astroid 3.3 and 4.0) rather than the enclosing scope (4.3).
DECORATORS_IN_DECORATED_FRAME = _decorators_in_decorated_frame()
#: Whether pylint's ``add_message`` takes ``end_col_offset=0`` as "not
#: given" and puts the node's end column instead (pylint before 4.0).
ZERO_END_COLUMN_REPLACED = PYLINT_VERSION < (4, 0)


def supported_range() -> str:
    """The supported range as a requirement specifier."""
    (low_major, low_minor), (high_major, high_minor) = SUPPORTED_PYLINT
    return f"pylint>={low_major}.{low_minor},<{high_major}.{high_minor}"


def unsupported_warning(pylint_version: str | None = None) -> str | None:
    """The warning for a run on *pylint_version* (the installed one), or None."""
    version = pylint.__version__ if pylint_version is None else pylint_version
    low, high = SUPPORTED_PYLINT
    if low <= version_tuple(version)[:2] < high:
        return None
    return (
        f"this is pylint {version} (astroid {astroid.__version__}), outside the "
        f"supported {supported_range()}: the plugin is loaded, but its results are "
        f"untested on this pylint; install a supported one: pip install '{supported_range()}'"
    )

_warned: set[str] = set()


def warn_once(text: str) -> None:
    """Print *text* on stderr once per process (pylint registers a plugin
    again in each ``-j`` worker and may load it more than once)."""
    if text in _warned:
        return
    _warned.add(text)
    print(f"pylint-oslo-review: warning: {text}", file=sys.stderr)


def frame(node: nodes.NodeNG) -> nodes.NodeNG:
    """``node.frame()`` as astroid 4 defines it, on every astroid.

    A decorator expression is evaluated in the scope that holds the
    decorated definition, so its frame is that scope's, not the decorated
    function's (astroid 3 says the latter).
    """
    found = node.frame()
    decorators = getattr(found, "decorators", None)
    if decorators is None or found.parent is None:
        return found
    current = node
    while current is not None and current is not found:
        if current is decorators:
            return found.parent.frame()
        current = current.parent
    return found

def known_options(linter) -> tuple[set[str], set[str]]:
    """The option names (without ``--``) and message names *linter* knows.

    Message names are the symbols and ids of every message definition,
    their old names, and pylint's message categories ("C", "all", ...) and
    checker names, which ``enable``/``disable`` also accept.
    """
    options = {
        action.dest.replace("_", "-")
        for action in linter._arg_parser._actions  # pylint: disable=protected-access
        if action.dest
    }
    options |= {
        option.lstrip("-")
        for action in linter._arg_parser._actions  # pylint: disable=protected-access
        for option in action.option_strings
    }
    messages = {"all", *"CRWEIF"}
    for definition in linter.msgs_store.messages:
        messages |= {definition.symbol, definition.msgid}
        messages |= {name for old in definition.old_names for name in old}
    messages |= {checker.name for checker in linter.get_checkers()}
    return options, messages


#: Whether pylint expands the files of every run, ``-j N`` included, under
#: the package paths it adds to ``sys.path`` (pylint-dev/pylint#10929, which
#: gave ``_iterate_file_descrs`` its ``extra_packages_paths`` parameter).
FILES_NAMED_UNDER_PACKAGE_PATHS = "extra_packages_paths" in inspect.signature(
    PyLinter._iterate_file_descrs  # pylint: disable=protected-access
).parameters


def name_modules_as_one_job_does() -> None:
    """Make pylint 3.3 name the modules of a ``-j N`` run as it does with ``-j1``.

    pylint 3.3 expands the files of a ``-j1`` run inside
    ``augmented_sys_path`` (the directories above each argument's top
    package come first on ``sys.path``), but those of a ``-j N`` run with the
    plain ``sys.path``. astroid takes a module's name from the first
    ``sys.path`` entry that holds the file, and accepts namespace packages,
    so with ``PYTHONPATH`` naming a directory above the checkout a module is
    named from there: its qualified names no longer match the ones its
    importers see, and analyses that compare modules (is this callee in the
    linted project?) answer differently. Wrapping the expansion in the same
    ``augmented_sys_path`` is what pylint 4.1 does. Idempotent; nothing to do
    on a pylint that has the fix.
    """
    if FILES_NAMED_UNDER_PACKAGE_PATHS:
        return
    linter_class = PyLinter
    original = linter_class._iterate_file_descrs  # pylint: disable=protected-access
    if getattr(original, "_names_as_one_job", False):
        return
    # pylint: disable-next=import-outside-toplevel
    from pylint.lint.expand_modules import discover_package_path
    from pylint.lint.utils import augmented_sys_path  # pylint: disable=import-outside-toplevel

    def _iterate_file_descrs(self, files_or_modules):
        paths = list(dict.fromkeys(
            discover_package_path(something, self.config.source_roots) for something in files_or_modules
        ))
        with augmented_sys_path(paths):
            items = list(original(self, files_or_modules))
        yield from items

    _iterate_file_descrs._names_as_one_job = True  # pylint: disable=protected-access
    linter_class._iterate_file_descrs = _iterate_file_descrs  # pylint: disable=protected-access
