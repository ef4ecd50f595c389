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

"""What an inferred value is an instance of, for both framework models."""

from __future__ import annotations

from astroid import bases, nodes


def class_of(value: nodes.NodeNG | None) -> nodes.ClassDef | None:
    """The class of an inferred instance (not a bound method), None for anything else."""
    if isinstance(value, bases.Instance) and not isinstance(value, bases.BoundMethod):
        proxied = value._proxied  # pylint: disable=protected-access
        if isinstance(proxied, nodes.ClassDef):
            return proxied
    return None
