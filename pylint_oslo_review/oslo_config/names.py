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

"""Qualified names of the oslo.config API the model recognises."""

from __future__ import annotations

CFG_MODULE = "oslo_config.cfg"
OPT_CLASS = "oslo_config.cfg.Opt"
OPT_GROUP_CLASS = "oslo_config.cfg.OptGroup"
DEPRECATED_OPT_CLASS = "oslo_config.cfg.DeprecatedOpt"

#: ConfigOpts methods that register options: the opts argument, the group.
REGISTER_OPTS = frozenset({"register_opt", "register_opts", "register_cli_opt", "register_cli_opts"})
REGISTER_GROUP = "register_group"
IMPORT_OPT = "import_opt"
IMPORT_GROUP = "import_group"

#: ConfigOpts methods that name an option: position of the group argument.
OVERRIDE_GROUP_POSITION = {
    "set_override": 2,
    "set_default": 2,
    "clear_override": 1,
    "clear_default": 1,
}

#: GroupAttr is a Mapping: these attributes exist on every group.
GROUP_ATTRIBUTES = frozenset(
    {"get", "items", "keys", "values"}
)
