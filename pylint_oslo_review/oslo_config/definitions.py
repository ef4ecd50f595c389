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

"""One ``cfg.*Opt(...)`` call: the name code reads it by, and its old names.

oslo.config keys an option by its ``dest`` (``dest=``, else the name with
dashes turned into underscores: ``StrOpt('my-opt')`` is ``CONF.my_opt``).
A deprecated name stays readable: ``ConfigOpts._track_deprecated_opts``
maps ``(deprecated_group or 'DEFAULT', deprecated name or dest)`` to the
option, and ``_get_opt_info`` falls back to that map. Any argument this
module cannot read makes the definition unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.oslo_config import names

if TYPE_CHECKING:
    from pylint_oslo_review.oslo_config.values import Resolver


@dataclass(frozen=True)
class OptDef:
    """An option: its dest, and the (group or None for DEFAULT, name) pairs it is also read by."""

    dest: str
    deprecated: tuple[tuple[str | None, str], ...] = ()


def _group(name: str | None) -> str | None:
    """The deprecated map keys the top level as 'DEFAULT'; the model as None."""
    return None if name == "DEFAULT" else name


def _keyword(call: nodes.Call, name: str) -> nodes.NodeNG | None:
    return next((k.value for k in call.keywords or [] if k.arg == name), None)


def _string(node: nodes.NodeNG | None, resolver: Resolver) -> str | None | bool:
    """The one string *node* holds (a constant, maybe by name), None for ``None`` or absent, False if unknown."""
    if node is None:
        return None
    found = resolver.group_names(node)
    if found is None or len(found) != 1:
        return False
    (value,) = found
    return value


def opt_definition(call: nodes.Call, classdef: nodes.ClassDef, resolver: Resolver) -> OptDef | None:
    """The option *call* (an instance of *classdef*, an Opt class) defines; None if unknown."""
    if any(k.arg is None for k in call.keywords or []) or any(isinstance(a, nodes.Starred) for a in call.args):
        return None
    # Opt itself takes (name, type, dest, ...); its subclasses take name then their own.
    if classdef.qname() == names.OPT_CLASS and len(call.args) > 2:
        return None
    name = _string(_keyword(call, "name") or (call.args[0] if call.args else None), resolver)
    dest = _string(_keyword(call, "dest"), resolver)
    if not name or dest is False:
        return None
    dest = (dest or name).replace("-", "_")
    deprecated = []
    old_name = _string(_keyword(call, "deprecated_name"), resolver)
    old_group_node = _keyword(call, "deprecated_group")
    if old_name is False:
        return None
    if old_name is not None or old_group_node is not None:
        groups = resolver.group_names(old_group_node)
        if groups is None:
            return None
        deprecated.extend((_group(group), (old_name or dest).replace("-", "_")) for group in sorted(groups, key=str))
    old_opts = _keyword(call, "deprecated_opts")
    if old_opts is not None:
        pairs = _deprecated_opts(old_opts, dest, resolver)
        if pairs is None:
            return None
        deprecated.extend(pairs)
    return OptDef(dest, tuple(deprecated))


def _deprecated_opts(node: nodes.NodeNG, dest: str, resolver: Resolver):
    """The pairs of a ``deprecated_opts=[cfg.DeprecatedOpt(name, group=...)]`` list."""
    if isinstance(node, (nodes.Name, nodes.Attribute)):
        held = resolver.bindings(node, 1)
        if held is None or len(held) != 1:
            return None
        node = held[0]
    if not isinstance(node, (nodes.List, nodes.Tuple)):
        return None
    pairs = []
    for item in node.elts:
        if not isinstance(item, nodes.Call):
            return None
        callee = safe_infer(item.func)
        if not isinstance(callee, nodes.ClassDef) or callee.qname() != names.DEPRECATED_OPT_CLASS:
            return None
        name = _string(_keyword(item, "name") or (item.args[0] if item.args else None), resolver)
        group_node = _keyword(item, "group") or (item.args[1] if len(item.args) > 1 else None)
        groups = resolver.group_names(group_node)
        if name is False or groups is None:
            return None
        pairs.extend((_group(group), (name or dest).replace("-", "_")) for group in sorted(groups, key=str))
    return pairs
