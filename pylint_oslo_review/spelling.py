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
"""How code spells the things it refers to, read from the AST alone."""

from __future__ import annotations

from astroid import nodes


def terminal_name(node: nodes.NodeNG | None) -> str | None:
    """The last name in a.b.c (c), c itself, or None.

    A call is read through to what it calls, so @register_if(False)
    reads as register_if.
    """
    if isinstance(node, nodes.Call):
        node = node.func
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Attribute):
        return node.attrname
    return None
