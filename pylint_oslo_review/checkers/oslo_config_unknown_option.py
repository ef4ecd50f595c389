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

"""Reads of oslo.config options that no registration of the project defines.

``CONF.<group>.<name>`` for a name the group does not hold raises
``cfg.NoSuchOptError`` (``GroupAttr.__getattr__`` -> ``ConfigOpts._get``
-> ``_get_opt_info``, oslo_config/cfg.py), as do ``set_override`` and its
siblings and the test helpers built on them. The model
(``pylint_oslo_review.oslo_config``) gives the union of every
registration in the project; a group is checked only when the project
registers it, every registration into it is resolved, and no library is
handed it. The DEFAULT group and groups the project does not register
are never checked: libraries register there (oslo.log, oslo.messaging,
oslo.service), out of the project's sight.
"""

from __future__ import annotations

import difflib
from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import HIGH

from pylint_oslo_review import message_text
from pylint_oslo_review.expected_failure import expects_failure
from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.oslo_config import names, reads
from pylint_oslo_review.oslo_config.project import registry_for

UNKNOWN_OPTION = "oslo-config-unknown-option"

#: Groups that libraries register (and fill) themselves.
LIBRARY_GROUPS = (
    "audit_middleware_notifications",
    "barbican",
    "barbican_service_user",
    "castellan",
    "cors",
    "database",
    "healthcheck",
    "key_manager",
    "keystone_authtoken",
    "os_vif_linux_bridge",
    "os_vif_ovs",
    "oslo_concurrency",
    "oslo_limit",
    "oslo_messaging_amqp",
    "oslo_messaging_kafka",
    "oslo_messaging_notifications",
    "oslo_messaging_rabbit",
    "oslo_middleware",
    "oslo_policy",
    "oslo_reports",
    "oslo_versionedobjects",
    "privsep",
    "profiler",
    "profiler_jaeger",
    "profiler_otlp",
    "ssl",
    "vault",
)

#: keystoneauth's session, adapter and auth plugin options: registered into
#: a project's group by ks_loading calls, some only when a plugin loads.
LIBRARY_OPTIONS = (
    "auth_section",
    "auth_type",
    "auth_url",
    "cafile",
    "certfile",
    "collect_timing",
    "connect_retries",
    "connect_retry_delay",
    "default_domain_id",
    "default_domain_name",
    "domain_id",
    "domain_name",
    "endpoint_override",
    "insecure",
    "keyfile",
    "max_version",
    "min_version",
    "password",
    "project_domain_id",
    "project_domain_name",
    "project_id",
    "project_name",
    "region_name",
    "retriable_status_codes",
    "service_name",
    "service_type",
    "split_loggers",
    "status_code_retries",
    "status_code_retry_delay",
    "system_scope",
    "tenant_id",
    "tenant_name",
    "timeout",
    "token",
    "trust_id",
    "user_domain_id",
    "user_domain_name",
    "user_id",
    "username",
    "valid_interfaces",
    "version",
)

#: Quoted names are cut so that the message stays within message_text.LIMIT.
_NAME_LIMIT = 36
_GROUP_LIMIT = 24

#: Exceptions whose handler means the code expects an unknown option.
_HANDLED = frozenset({"NoSuchOptError", "NoSuchGroupError", "AttributeError", "Error", "Exception", "BaseException"})


class OsloConfigUnknownOptionChecker(BaseChecker):
    """Reads of options that the project's registration does not define."""

    name = "oslo-config-unknown-option"
    msgs = {
        "E9401": (
            "Option '%s' is not registered in [%s]: %s raises cfg.NoSuchOptError; %s",
            UNKNOWN_OPTION,
            "oslo.config's ConfigOpts looks an option up by its dest in the "
            "group's registered options (and the deprecated names mapped to "
            "them); a name no register_opt(s) call put there raises "
            "NoSuchOptError (oslo_config/cfg.py, _get_opt_info). Checked only "
            "for groups the project registers itself, fully resolved.",
        ),
    }
    options = (
        (
            "oslo-config-library-groups",
            {
                "type": "csv",
                "metavar": "<groups>",
                "default": LIBRARY_GROUPS,
                "help": "Option groups that libraries register: reads in them are never checked.",
            },
        ),
        (
            "oslo-config-library-options",
            {
                "type": "csv",
                "metavar": "<names>",
                "default": LIBRARY_OPTIONS,
                "help": "Option names that libraries may register into any group (keystoneauth's).",
            },
        ),
    )

    def open(self) -> None:
        self._library_groups = frozenset(self.linter.config.oslo_config_library_groups)
        self._library_options = frozenset(self.linter.config.oslo_config_library_options)

    @only_required_for_messages(UNKNOWN_OPTION)
    @never_crash
    def visit_attribute(self, node: nodes.Attribute) -> None:
        read = reads.attribute_read(node)
        if read is not None:
            self._check(read, node)

    @only_required_for_messages(UNKNOWN_OPTION)
    @never_crash
    def visit_call(self, node: nodes.Call) -> None:
        read = reads.override_read(node)
        if read is not None:
            self._check(read, node)
        for read in reads.helper_reads(node):
            self._check(read, node)

    def _check(self, read: reads.Read, node: nodes.NodeNG) -> None:
        group, name = read.group, read.name
        if group is None or group in self._library_groups or name.startswith("_"):
            return
        if name in names.GROUP_ATTRIBUTES or name in self._library_options:
            return
        path = getattr(node.root(), "file", None)
        if not path:
            return
        registry = registry_for(path, read.files)
        if not registry.closed_group(group) or registry.knows(group, name):
            return
        if group in registry.names(None):
            return  # also a DEFAULT option the project registers: a DictOpt's value, say
        if _handled(node) or expects_failure(node):
            return
        close = difflib.get_close_matches(name, registry.names(group), n=1)
        fix = f"did you mean '{_cut(close[0])}'?" if close else "register it in that group or fix the name"
        args = (_cut(name), message_text.code(group, _GROUP_LIMIT), read.form, fix)
        self.add_message(UNKNOWN_OPTION, node=read.node, args=args, confidence=HIGH)


def _cut(name: str) -> str:
    return message_text.code(name, _NAME_LIMIT)


def _handled(node: nodes.NodeNG) -> bool:
    """Whether a ``try`` around *node* in its function catches what the read raises."""
    current = node
    while current is not None and not isinstance(current, (nodes.FunctionDef, nodes.Module, nodes.Lambda)):
        parent = current.parent
        if isinstance(parent, nodes.Try) and current in parent.body:
            for handler in parent.handlers:
                if handler.type is None:
                    return True
                caught = handler.type.elts if isinstance(handler.type, nodes.Tuple) else [handler.type]
                if any(_last_name(c) in _HANDLED for c in caught):
                    return True
        current = parent
    return False


def _last_name(node: nodes.NodeNG) -> str | None:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Attribute):
        return node.attrname
    return None

