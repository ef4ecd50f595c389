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


"""ovo-bad-version, ovo-version-attribute-misspelt, ovo-version-spelling-mismatch: versions nobody reads.

Decided from one class statement: a VERSION that convert_version_to_tuple
cannot convert fails every obj_to_primitive(); a misspelt attribute is
ignored by the registry. A project's own object root (nova's NovaObject of
2013) reads the spelling its code reads; the subclasses that set another
are found in the project's tree (``ovo/model/root_version.py``).
"""

from __future__ import annotations

import re

from astroid import nodes
from pylint.checkers import BaseChecker
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import HIGH

from pylint_oslo_review.guard import never_crash
from pylint_oslo_review.ovo import names
from pylint_oslo_review.ovo.model import ancestry, declarations, protocol, registration, root_version

BAD_VERSION = "ovo-bad-version"
MISSPELT_VERSION = "ovo-version-attribute-misspelt"
SPELLING_MISMATCH = "ovo-version-spelling-mismatch"

#: oslo_utils.versionutils.convert_version_to_tuple: every part goes through int().
_VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
#: convert_version_to_tuple's pre-release suffix, removed before int().
_PRE_RELEASE = re.compile(r"(\d+)(a|alpha|b|beta|rc)\d+$")


def _looks_like_version_name(name: str) -> bool:
    """A spelling of VERSION other than VERSION itself: the misspelt attribute."""
    return name != "VERSION" and names.spells_version(name)


def _converts(text: str) -> bool:
    """Whether oslo_utils.versionutils.convert_version_to_tuple accepts *text*.

    It strips a trailing pre-release tag ('1.2rc1') and calls int() on every
    dot-separated part, so ' 1.0', '1' and '1.2.3.4' convert; '1.x', '' and
    '1..2' raise ValueError. The same computation is done here, on the string.
    """
    stripped = _PRE_RELEASE.sub(r"\1", text)
    try:
        tuple(int(part) for part in stripped.split("."))
    except ValueError:
        return False
    return True


def _string(node: nodes.NodeNG | None) -> str | None:
    if isinstance(node, nodes.Const) and isinstance(node.value, str):
        return node.value
    return None


class OvoVersionChecker(BaseChecker):
    """Checks the VERSION of OVO class statements."""

    name = "oslo-ovo-version"
    msgs = {
        "E9211": (
            "VERSION %r of '%s' is not a version oslo.versionedobjects can convert: "
            "every obj_to_primitive() of it raises ValueError",
            BAD_VERSION,
            "oslo.versionedobjects converts VERSION with int() on every part "
            "(oslo_utils.versionutils.convert_version_to_tuple), and "
            "obj_to_primitive (oslo_versionedobjects/base.py) compares the "
            "target version with VERSION on every call, so a '1.x' registers "
            "fine and then fails on every serialisation. Versions int() "
            "accepts ('1', '1.2rc1', '1.2.3.4') are not reported: nothing in "
            "oslo.versionedobjects fails on each use of them.",
        ),
        "W9212": (
            "'%s' is set on the registered object '%s', which defines no VERSION: "
            "oslo.versionedobjects reads only VERSION, so this object keeps "
            "version %s; rename it VERSION",
            MISSPELT_VERSION,
            "The registry and every compatibility check read the VERSION "
            "attribute (oslo_versionedobjects/base.py, VersionedObjectRegistry "
            "and obj_to_primitive). An attribute with another spelling is "
            "ignored: the object silently keeps its parent's version.",
        ),
        "W9221": (
            "'%s' reads its version as '%s', but %s subclasses set '%s' (%s): "
            "unread, each advertises %s; use one spelling",
            SPELLING_MISMATCH,
            "A project's own object base (not oslo.versionedobjects, which reads "
            "VERSION) advertises, registers and compares whatever attribute its "
            "code reads. When it reads one spelling and the classes derived from "
            "it in the project set another, their versions are never read: every "
            "object serialises and registers the base's version, and peers never "
            "backport (nova 99cbfb3492: NovaObject read 'version' = '1.0', every "
            "object set 'VERSION'). The subclasses are found in the project's tree "
            "on disk. Silent when the base's module also reads the other spelling.",
        ),
    }

    @only_required_for_messages(BAD_VERSION, MISSPELT_VERSION, SPELLING_MISMATCH)
    @never_crash
    def visit_classdef(self, node: nodes.ClassDef) -> None:
        # VersionedObject itself, not any versioned object (ancestry.is_versioned_object_class):
        # both messages are about what oslo.versionedobjects does with VERSION, and a project's
        # own base reads and parses its version with its own code (nova's NovaObject of 2013
        # read ``version`` and split it into exactly two parts).
        if declarations.is_object_statement(node) and ancestry.derives_from(node, names.VERSIONED_OBJECT):
            self._check_version(node)
        elif protocol.is_root(node):
            self._check_root_spelling(node)

    def _check_root_spelling(self, node: nodes.ClassDef) -> None:
        found = root_version.mismatch(node)
        if found is None:
            return
        path, line = found.subclasses[0]
        listed = f"{path}:{line}"
        if len(found.subclasses) > 1:
            listed += f" and {len(found.subclasses) - 1} more"
        value = found.assignment.parent.value.value
        self.add_message(
            SPELLING_MISMATCH, node=found.assignment,
            args=(node.name, found.read, len(found.subclasses), found.other, listed, repr(value)),
            confidence=HIGH,
        )

    def _check_version(self, node: nodes.ClassDef) -> None:
        value = declarations.version_value(node)
        text = _string(value)
        if text is not None and not _converts(text):
            self.add_message(BAD_VERSION, node=value, args=(text, node.name), confidence=HIGH)
        if value is not None or not registration.looks_registered(node):
            return
        for statement in node.body:
            if not isinstance(statement, nodes.Assign):
                continue
            for target in statement.targets:
                if (
                    isinstance(target, nodes.AssignName)
                    and _looks_like_version_name(target.name)
                    and _string(statement.value) is not None
                    and _VERSION.match(_string(statement.value))
                ):
                    inherited = self._inherited_version(node)
                    self.add_message(
                        MISSPELT_VERSION, node=target,
                        args=(target.name, node.name, inherited), confidence=HIGH,
                    )

    @staticmethod
    def _inherited_version(node: nodes.ClassDef) -> str:
        for ancestor in ancestry.lookup_order(node)[1:]:
            text = _string(declarations.version_value(ancestor))
            if text is not None:
                return repr(text)
        return "its inherited version"
