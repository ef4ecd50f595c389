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

"""The stdlib pre-scan of a caller's file (enginefacade/call_sites.py): which calls astroid must see."""

import textwrap

from pylint_oslo_review.enginefacade import call_sites

SOURCE = '''
from neutron_lib.db import api as db_api

helper(context)


class Endpoint:
    helper(context)

    def scoped(self, context, ids):
        with db_api.CONTEXT_READER.using(context):
            return self.plugin.helper(context, ids)

    def unscoped(self, context, ids):
        return self.plugin.helper(context, ids)

    def other_context(self, context, admin, ids):
        with db_api.CONTEXT_READER.using(admin):
            return self.plugin.helper(context, ids)

    def keyword(self, context):
        with db_api.CONTEXT_READER.using(context):
            return self.plugin.helper(ids=[], context=context)

    def rebound(self, context):
        context = context.elevated()
        with db_api.CONTEXT_READER.using(context):
            return self.plugin.helper(context, [])

    def local(self, context):
        admin = context.elevated()
        with db_api.CONTEXT_READER.using(admin):
            return self.plugin.helper(admin, [])

    def starred(self, context, *args):
        with db_api.CONTEXT_READER.using(context):
            return self.plugin.helper(context, *args)

    def nested(self, context):
        with db_api.CONTEXT_READER.using(context):
            def later():
                return self.plugin.helper(context, [])
            return later

    def in_lambda(self, context):
        return lambda: self.plugin.helper(context, [])

    def on_class(self, context):
        with db_api.CONTEXT_READER.using(context):
            return Mixin.helper(self, context, [])

    @decorate(helper(context))
    def decorated(self, context):
        pass


def helper(context, ids=None):
    del ids
    return context.session
'''


def _kept(tmp_path, parameters=("self", "context", "ids"), kind="method"):
    path = tmp_path / "callers.py"
    path.write_text(textwrap.dedent(SOURCE))
    sites = call_sites.sites(str(path), "helper")
    return [s.line for s in sites if call_sites.may_pass_unscoped(s, list(parameters), kind, "context")]


def test_only_calls_that_may_pass_the_context_outside_a_scope_on_it_are_kept(tmp_path):
    # module level and class body (no caller function), the scoped call, the
    # keyword call, the lambda: dropped; the rest astroid decides.
    assert _kept(tmp_path) == [15, 19, 28, 33, 37, 42, 50, 52]


def test_a_function_helper_binds_by_position_without_a_receiver(tmp_path):
    assert 12 not in _kept(tmp_path, ("context", "ids"), "function")


def test_the_scan_follows_the_file_as_it_changes(tmp_path):
    path = tmp_path / "callers.py"
    path.write_text("def f(context):\n    helper(context)\n")
    assert [s.line for s in call_sites.sites(str(path), "helper")] == [2]
    path.write_text("def f(context):\n\n    helper(context)\n    helper(context)\n")
    assert [s.line for s in call_sites.sites(str(path), "helper")] == [3, 4]


def test_a_file_python_cannot_parse_is_left_to_astroid(tmp_path):
    path = tmp_path / "broken.py"
    path.write_text("def f(:\n")
    assert call_sites.sites(str(path), "helper") is None
