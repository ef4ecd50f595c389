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

"""Which nodes read an option of the global ``cfg.CONF``, and which option.

Three shapes name an option: an attribute read ``CONF.<group>.<name>``;
``CONF.set_override('name', value, group=...)`` and its siblings
(``set_default``, ``clear_override``, ``clear_default``); and a test
helper that hands its keywords to ``CONF.set_override`` (nova's
``self.flags(name=..., group=...)``, neutron's ``self.config(...)``).
Only the process-wide ``oslo_config.cfg.CONF`` is followed, through the
names and module attributes that hold it (``CONF = nova.conf.CONF``): a
``ConfigOpts()`` of one's own may hold anything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.oslo_config import names
from pylint_oslo_review.oslo_config.values import MAX_DEPTH, Resolver

_RESOLVER = Resolver()

_GLOBAL: WeakKeyDictionary = WeakKeyDictionary()
_HELPERS: WeakKeyDictionary = WeakKeyDictionary()


@dataclass(frozen=True)
class Read:
    """An option named by *node*: group None is DEFAULT; *modules* hold the CONF chain."""

    node: nodes.NodeNG
    group: str | None
    name: str
    form: str
    files: tuple[str, ...]


def conf_files(node: nodes.NodeNG) -> tuple[str, ...] | None:
    """The files that bind *node* to the global ``cfg.CONF``; None if it is not provably that."""
    if node not in _GLOBAL:
        _GLOBAL[node] = _conf_files(node, 0)
    return _GLOBAL[node]


def _conf_files(node: nodes.NodeNG, depth: int) -> tuple[str, ...] | None:
    if depth > MAX_DEPTH:
        return None
    if isinstance(node, nodes.Attribute) and node.attrname == "CONF":
        module = safe_infer(node.expr)
        if isinstance(module, nodes.Module) and module.name == names.CFG_MODULE:
            return ()
    if isinstance(node, nodes.Call) and node.root().name == names.CFG_MODULE:
        # ``CONF = ConfigOpts()`` in oslo_config/cfg.py itself.
        statement = node.parent
        if isinstance(statement, nodes.Assign) and [t.as_string() for t in statement.targets] == ["CONF"]:
            return ()
        return None
    if not isinstance(node, (nodes.Name, nodes.Attribute)):
        return None
    held = _RESOLVER.bindings(node, depth + 1)
    if not held:
        return None
    files: set[str] = set()
    for value in held:
        found = _conf_files(value, depth + 1)
        if found is None:
            return None
        files.update(found)
        path = getattr(value.root(), "file", None)
        if path and value.root().name != names.CFG_MODULE:
            files.add(os.path.abspath(path))
    return tuple(sorted(files))


def _conf_like(node: nodes.NodeNG) -> bool:
    """A cheap first test: the expression's last name is ``CONF``."""
    return (isinstance(node, nodes.Name) and node.name == "CONF") or (
        isinstance(node, nodes.Attribute) and node.attrname == "CONF"
    )


def attribute_read(node: nodes.Attribute) -> Read | None:
    """``CONF.<group>.<name>`` read (not assigned, not deleted) on the global CONF."""
    group_node = node.expr
    if not isinstance(group_node, nodes.Attribute) or not _conf_like(group_node.expr):
        return None
    files = conf_files(group_node.expr)
    if files is None:
        return None
    return Read(node, group_node.attrname, node.attrname, "this read", files)


def override_read(call: nodes.Call) -> Read | None:
    """``CONF.set_override('name', ..., group=...)`` and its siblings on the global CONF."""
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in names.OVERRIDE_GROUP_POSITION:
        return None
    if not _conf_like(func.expr) or any(isinstance(a, nodes.Starred) for a in call.args):
        return None
    if any(k.arg is None for k in call.keywords or []):
        return None
    name = _argument(call, 0, "name")
    if not isinstance(name, nodes.Const) or not isinstance(name.value, str):
        return None
    group = _single_group(_argument(call, names.OVERRIDE_GROUP_POSITION[func.attrname], "group"))
    if group is None:
        return None
    files = conf_files(func.expr)
    if files is None:
        return None
    return Read(call, group, name.value, func.attrname, files)


def helper_reads(call: nodes.Call) -> list[Read]:
    """``self.flags(name=..., group=...)``: a helper that passes its keywords to CONF.set_override."""
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in ("flags", "config"):
        return []
    if call.args or any(k.arg is None for k in call.keywords or []):
        return []
    group_keyword = next((k.value for k in call.keywords if k.arg == "group"), None)
    if group_keyword is None:
        return []
    group = _single_group(group_keyword)
    if group is None:
        return []
    function = safe_infer(func)
    for _ in range(2):  # BoundMethod -> UnboundMethod -> FunctionDef
        if isinstance(function, nodes.FunctionDef):
            break
        function = getattr(function, "_proxied", None)
    if not isinstance(function, nodes.FunctionDef):
        return []
    files = override_helper(function)
    if files is None:
        return []
    form = f"self.{func.attrname}()"
    return [Read(k, group, k.arg, form, files) for k in call.keywords if k.arg != "group"]


def override_helper(function: nodes.FunctionDef) -> tuple[str, ...] | None:
    """Whether *function* is ``def flags(self, **kw)`` that calls ``CONF.set_override(k, v, group)``."""
    if function not in _HELPERS:
        _HELPERS[function] = _override_helper(function)
    return _HELPERS[function]


def _override_helper(function: nodes.FunctionDef) -> tuple[str, ...] | None:
    kwarg = function.args.kwarg
    if not kwarg:
        return None
    for call in function.nodes_of_class(nodes.Call):
        func = call.func
        if (
            isinstance(func, nodes.Attribute)
            and func.attrname == "set_override"
            and _conf_like(func.expr)
            and call.args
            and isinstance(call.args[0], nodes.Name)
        ):
            files = conf_files(func.expr)
            if files is not None:
                path = getattr(function.root(), "file", None)
                return files + ((os.path.abspath(path),) if path else ())
    return None


def _single_group(node: nodes.NodeNG | None) -> str | None:
    """The one group name *node* holds (not DEFAULT); None otherwise."""
    groups = _RESOLVER.group_names(node)
    if groups is None or len(groups) != 1:
        return None
    (group,) = groups
    return group


def _argument(call: nodes.Call, position: int, keyword: str) -> nodes.NodeNG | None:
    value = next((k.value for k in call.keywords or [] if k.arg == keyword), None)
    if value is None and position < len(call.args):
        value = call.args[position]
    return value
