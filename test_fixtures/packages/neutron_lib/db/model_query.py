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

"""Query builders that pass the query through registered hooks, as neutron-lib's do.

The hooks are looked up at run time, so no analysis can follow them; by
contract each returns the query it was given, refined.
"""

_HOOKS = {}


def query_with_hooks(context, model):
    """The query of *model* on the context's session, with the hooks applied."""
    query = context.session.query(model)
    for hook in _HOOKS.get(model, ()):
        query = hook(context, model, query)
    return query


def apply_filters(query, model, filters):
    """The query with *filters* applied (a result-filter hook may refine it)."""
    for key, value in (filters or {}).items():
        query = query.filter(getattr(model, key) == value)
    for hook in _HOOKS.get(model, ()):
        query = hook(query, filters)
    return query


def get_collection_query(context, model, filters=None):
    """The filtered query, not yet run."""
    return apply_filters(query_with_hooks(context, model), model, filters)


def get_collection(context, model, filters=None):
    """The rows: the query runs here."""
    return get_collection_query(context, model, filters).all()
