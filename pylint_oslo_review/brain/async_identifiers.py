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

"""Read modules written before Python 3.7 that use ``async`` as a name.

oslo.db's ``.async_`` modifier was spelled ``.async`` until Python 3.7 made
``async`` a keyword; nova up to Queens opened its slave reader with
``get_context_manager(context).async`` (nova/db/sqlalchemy/api.py,
``select_db_reader_mode``). Such a module does not parse: astroid gives up
on the whole module, and every call into it (the ``pick_context_manager_*``
functions of old nova) is out of sight.

This failed-import hook, asked only after the normal build has failed,
rebuilds the module from its source with each ``async`` used as a name
spelled ``async_`` (the name oslo.db gave it). ``async def``/``async
with``/``async for`` stay keywords. Token positions, not text search, say
what is renamed, so strings and comments are untouched. Any other syntax
error still makes the module unknown. The renamed module serves imports
only: linting the file itself still reports pylint's syntax-error, in any
order of the run.
"""

from __future__ import annotations

import io
import tokenize

import astroid
from astroid import modutils
from astroid.builder import AstroidBuilder
from astroid.exceptions import AstroidBuildingError

_KEYWORD_USES = frozenset({"def", "with", "for"})
#: (module name, file) -> (the source read, the module built from it).
_BUILT: dict[tuple[str, str], tuple[str, astroid.nodes.Module]] = {}


def renamed_source(source: str) -> str | None:
    """*source* with ``async`` names spelled ``async_``; None when there are none."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return None
    spots = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string != "async":
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.type == tokenize.NAME and following.string in _KEYWORD_USES:
            continue
        spots.append(token.start)
    if not spots:
        return None
    lines = source.splitlines(keepends=True)
    for row, column in sorted(spots, reverse=True):
        line = lines[row - 1]
        lines[row - 1] = line[: column + len("async")] + "_" + line[column + len("async"):]
    return "".join(lines)


def build_with_renamed_async(modname: str) -> astroid.nodes.Module:
    """The module *modname* built from its renamed source, or AstroidBuildingError."""
    try:
        path = modutils.file_from_modpath(modname.split("."))
    except ImportError as error:
        raise AstroidBuildingError(modname=modname) from error
    if not path or not path.endswith(".py"):
        raise AstroidBuildingError(modname=modname)
    try:
        with open(path, encoding="utf-8") as stream:
            source = stream.read()
    except (OSError, UnicodeDecodeError) as error:
        raise AstroidBuildingError(modname=modname) from error
    known = _BUILT.get((modname, path))
    if known is not None and known[0] == source:
        return known[1]
    renamed = renamed_source(source)
    if renamed is None:
        raise AstroidBuildingError(modname=modname)
    manager = astroid.MANAGER
    try:
        module = AstroidBuilder(manager).string_build(renamed, modname, path)
    except (astroid.AstroidError, SyntaxError, ValueError) as error:
        raise AstroidBuildingError(modname=modname) from error
    finally:
        # Kept out of astroid's cache: pylint linting this very file would
        # take the renamed module from there, but only when some import had
        # built it first (an order-dependent run). Linted, it is still a
        # syntax error; imported, it is this copy.
        if manager.astroid_cache.get(modname) is not None and manager.astroid_cache[modname].file == path:
            del manager.astroid_cache[modname]
    _BUILT[(modname, path)] = (source, module)
    return module


def register(manager: astroid.manager.AstroidManager) -> None:
    """Install the hook once (pylint registers plugins again in each worker)."""
    if build_with_renamed_async not in manager._failed_import_hooks:  # pylint: disable=protected-access
        manager.register_failed_import_hook(build_with_renamed_async)
