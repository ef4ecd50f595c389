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

"""Every option a project registers, as one over-approximation per run.

oslo.config's global ``cfg.CONF`` holds what any module registered on it,
so the model takes the union of every registration call in the project's
source tree, whoever the receiver is (nova's ``nova/conf/__init__.py``
calls each conf module's ``register_opts(CONF)``, whose body registers on
its ``conf`` parameter; neutron's ``register_*_opts(cfg.CONF)`` helpers are
called from agents; tests register on ``cfg.CONF`` directly). Only files
whose text names a registration are parsed. What a call registers that
cannot be resolved is recorded as such:

- options unknown, group known: the group is *open* (anything may be in it);
- a group computed from a constant prefix (``'mdev_%s' % name``): every
  group of that prefix is open;
- options known, group unknown: their names are readable *anywhere*;
- both unknown: the registry is *open* entirely (the check says nothing);
- a call into a library (``ks_loading.register_auth_conf_options(conf,
  group)``, ``load_auth_from_conf_options``) opens every group it is given;
- ``import_opt`` counts as registering that name; ``import_group`` of a
  project module adds nothing the scan has not seen, of another module it
  opens the group.

A union is what the check needs: a name it lacks is one that no code of
the project registers anywhere, in any order.
"""

from __future__ import annotations

import collections
import os
import re
from dataclasses import dataclass, field

import astroid
from astroid import nodes
from pylint.checkers.utils import safe_infer

from pylint_oslo_review.analysis import project
from pylint_oslo_review.oslo_config import names
from pylint_oslo_review.oslo_config.definitions import OptDef
from pylint_oslo_review.oslo_config.values import MAX_DEPTH, Resolver

#: Text that a file must contain to take part in registration: a call of
#: a ConfigOpts registration method, or of a keystoneauth-style
#: ``*_conf_options(`` function. Other files are never parsed (a project
#: helper's callers are looked up by text when a parameter needs them).
_MENTIONS = re.compile(
    r"register_(cli_)?opts?\(|register_group\(|import_opt\(|import_group\(|_conf_options\("
)

#: Library calls that may register options into the groups they receive.
_LIBRARY_REGISTRATION = re.compile(r"^register_|^load_\w*from_conf_options$")

@dataclass
class Registry:
    """The union of a project's registrations (``None`` is the DEFAULT group)."""

    groups: dict[str | None, set[str]] = field(default_factory=lambda: collections.defaultdict(set))
    open_groups: set[str | None] = field(default_factory=set)
    anywhere: set[str] = field(default_factory=set)
    open_prefixes: set[str] = field(default_factory=set)
    open: bool = False

    def closed_group(self, group: str) -> bool:
        """Whether *group* is registered and everything registered in it is known."""
        return (
            not self.open
            and group in self.groups
            and group not in self.open_groups
            and not any(group.startswith(prefix) for prefix in self.open_prefixes)
        )

    def knows(self, group: str | None, name: str) -> bool:
        """Whether *name* may be registered in *group*."""
        return (
            self.open
            or group in self.open_groups
            or name in self.anywhere
            or name in self.groups.get(group, ())
            or (group is not None and any(group.startswith(prefix) for prefix in self.open_prefixes))
        )

    def names(self, group: str | None) -> list[str]:
        """The names registered in *group*, sorted."""
        return sorted(self.groups.get(group, ()))

    def merge(self, other: Registry) -> None:
        """Add what *other* registers."""
        for group, registered in other.groups.items():
            self.groups[group] |= registered
        self.open_groups |= other.open_groups
        self.anywhere |= other.anywhere
        self.open_prefixes |= other.open_prefixes
        self.open = self.open or other.open


def _parse(path: str, root: str) -> nodes.Module | None:
    return project.module(path, root) if _MENTIONS.search(project.text(path)) else None


def scan(root: str, tests: bool = True) -> Registry:
    """The registry of the project under *root* (a package directory or one file), with its tests or not."""
    registry = Registry()
    files = project.project_files(root, tests)
    if files is None:
        registry.open = True
        return registry
    modules = [module for module in (_parse(path, root) for path in files) if module is not None]
    calls_by_name: dict[str, list[nodes.Call]] = collections.defaultdict(list)
    for module in modules:
        for call in module.nodes_of_class(nodes.Call):
            name = project.called_name(call)
            if name:
                calls_by_name[name].append(call)
    resolver = Resolver(callers=project.ProjectCalls(files, root))
    project_roots = _roots(root)
    for name in sorted(calls_by_name):
        for call in calls_by_name[name]:
            _record(call, name, resolver, registry, project_roots)
    registry.groups.setdefault(None, set())
    return registry


def _roots(root: str) -> tuple[str, ...]:
    return (os.path.abspath(root),)


def _in_project(function: nodes.NodeNG, roots: tuple[str, ...]) -> bool:
    path = getattr(function.root(), "file", None)
    return bool(path) and any(os.path.abspath(path).startswith(r) for r in roots)


def _argument(call: nodes.Call, position: int, keyword: str) -> nodes.NodeNG | None:
    value = next((k.value for k in call.keywords or [] if k.arg == keyword), None)
    if value is None and position < len(call.args):
        value = call.args[position]
    return value


def _record(call: nodes.Call, name: str, resolver: Resolver, registry: Registry, roots) -> None:
    """Add what *call* may register to *registry*."""
    is_method = isinstance(call.func, nodes.Attribute)
    recognised = name in names.REGISTER_OPTS or name in (names.REGISTER_GROUP, names.IMPORT_OPT, names.IMPORT_GROUP)
    if not recognised and not _LIBRARY_REGISTRATION.search(name):
        return
    callee = safe_infer(call.func)
    if isinstance(callee, (nodes.FunctionDef, astroid.BoundMethod)):
        function = callee._proxied if isinstance(callee, astroid.BoundMethod) else callee
        if function.root().name != names.CFG_MODULE:
            if _in_project(function, roots):
                return  # a project helper: its body is scanned like any code
            _open_given_groups(call, resolver, registry)
            return
    elif not is_method or not recognised:
        # Unknown callee: a library function, or an unresolvable helper.
        _open_given_groups(call, resolver, registry)
        return
    if any(isinstance(a, nodes.Starred) for a in call.args) or any(k.arg is None for k in call.keywords or []):
        registry.open = True
        return
    if name in names.REGISTER_OPTS:
        defs = resolver.opt_defs(_argument(call, 0, "opts" if name.endswith("s") else "opt"))
        group_node = _argument(call, 1, "group")
        groups = resolver.group_names(group_node)
        prefix = _constant_prefix(group_node) if groups is None else None
        if prefix:
            registry.open_prefixes.add(prefix)
        else:
            _register(registry, defs, groups)
    elif name == names.REGISTER_GROUP:
        for group in resolver.group_names(_argument(call, 0, "group")) or ():
            registry.groups.setdefault(group, set())
    elif name == names.IMPORT_OPT:
        opt = _argument(call, 0, "name")
        groups = resolver.group_names(_argument(call, 2, "group"))
        if isinstance(opt, nodes.Const) and isinstance(opt.value, str):
            _register(registry, (_plain(opt.value),), groups)
        else:
            _register(registry, None, groups)
    elif name == names.IMPORT_GROUP:
        groups = resolver.group_names(_argument(call, 0, "group"))
        if groups is None:
            registry.open = True
        elif _project_module(_argument(call, 1, "module_str"), roots):
            # It imports a module of the project, whose registrations the
            # scan has already seen.
            for group in groups:
                registry.groups.setdefault(group, set())
        else:
            registry.open_groups |= groups


def _project_module(node: nodes.NodeNG | None, roots: tuple[str, ...]) -> bool:
    """Whether *node* is the dotted name of a module of the project at *roots*."""
    if not isinstance(node, nodes.Const) or not isinstance(node.value, str):
        return False
    return any(
        os.path.isdir(root) and node.value.split(".", 1)[0] == os.path.basename(root) for root in roots
    )


def _plain(dest: str) -> OptDef:
    return OptDef(dest)


def _register(registry: Registry, defs, groups) -> None:
    if defs is None and groups is None:
        registry.open = True
    elif defs is None:
        registry.open_groups |= groups
        for group in groups:
            registry.groups.setdefault(group, set())
    elif groups is None:
        for definition in defs:
            registry.anywhere.add(definition.dest)
            registry.anywhere.update(name for _group, name in definition.deprecated)
    else:
        for group in groups:
            registered = registry.groups.setdefault(group, set())
            for definition in defs:
                registered.add(definition.dest)
                for old_group, old_name in definition.deprecated:
                    # Readable in the old group; counted in the option's own
                    # group too, where oslo.config would look it up first.
                    registry.groups.setdefault(old_group, set()).add(old_name)
                    registered.add(old_name)


def _open_given_groups(call: nodes.Call, resolver: Resolver, registry: Registry) -> None:
    """A library call may register into every group it is handed."""
    registers = (project.called_name(call) or "").startswith("register")
    for argument in [*call.args, *(k.value for k in call.keywords or [])]:
        if isinstance(argument, nodes.Starred) or _names_a_config(argument):
            continue
        # Registration helpers get their group from their callers
        # (register_ksa_opts(conf, group)); loading calls only by name: a
        # group computed far away (nova's get_ksa_adapter) is left to the
        # library option names (the checker's oslo-config-library-options).
        groups = resolver.group_names(argument, depth=2 if registers else MAX_DEPTH - 4)
        if groups:
            registry.open_groups |= {g for g in groups if g is not None}


def _names_a_config(node: nodes.NodeNG) -> bool:
    """``conf``, ``CONF``, ``self.conf``, ``cfg.CONF``: the ConfigOpts, not a group."""
    name = node.name if isinstance(node, nodes.Name) else getattr(node, "attrname", None)
    return name in ("conf", "CONF", "cfg", "config")


def _constant_prefix(node: nodes.NodeNG | None) -> str | None:
    """The constant start of a computed string: ``'mdev_%s' % x``, ``f'mdev_{x}'``, ``'a_' + x``."""
    text = None
    if isinstance(node, nodes.BinOp) and node.op in ("%", "+") and isinstance(node.left, nodes.Const):
        text = node.left.value
    elif isinstance(node, nodes.JoinedStr) and node.values and isinstance(node.values[0], nodes.Const):
        text = node.values[0].value
    elif (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == "format"
        and isinstance(node.func.expr, nodes.Const)
    ):
        text = node.func.expr.value
    if not isinstance(text, str):
        return None
    prefix = re.split(r"[%{]", text, maxsplit=1)[0]
    return prefix or None
