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

"""Astroid transforms that teach inference what the oslo libraries do.

Each module holds the hooks for one library and exposes ``TRANSFORMS``, a
tuple of ``(node class, transform, predicate)``. Predicates are syntactic
and cheap; transforms change the node in place and return it, so that other
plugins' transforms on the same node still run (astroid#809).
"""

from __future__ import annotations

import astroid

from pylint_oslo_review.brain import (
    async_identifiers,
    enginefacade,
    oslo_log,
    ovo_fields,
    ovo_methods,
    ovo_mixins,
    ovo_registry_names,
    sqlalchemy,
    type_checking_imports,
)

TRANSFORMS = (
    *type_checking_imports.TRANSFORMS,
    *ovo_registry_names.TRANSFORMS,
    *ovo_fields.TRANSFORMS,
    *ovo_methods.TRANSFORMS,
    *ovo_mixins.TRANSFORMS,
    *enginefacade.TRANSFORMS,
    *oslo_log.TRANSFORMS,
    *sqlalchemy.TRANSFORMS,
)


def register_transforms(manager: astroid.manager.AstroidManager) -> None:
    """Register every transform exactly once.

    pylint calls a plugin's ``register()`` again in each ``-j`` worker, and
    ``--clear-cache-post-run`` drops every plugin transform between runs;
    removing before adding makes both cases end with one copy of each.
    """
    for node_class, transform, predicate in TRANSFORMS:
        try:
            manager.unregister_transform(node_class, transform, predicate)
        except ValueError:
            pass
        manager.register_transform(node_class, transform, predicate)
    sqlalchemy.cache_eager_stubs(manager)
    async_identifiers.register(manager)
