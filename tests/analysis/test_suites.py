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
"""Test modules are known by their qualified name; the one message that is
pointless there (neutron's fallback session, a retry nested on purpose, a
child left changed on purpose) stays quiet in them."""

import textwrap

import astroid
import pytest

from pylint_oslo_review.analysis.suites import is_test_module
from tests.lint import lint


@pytest.mark.parametrize("name, expected", [
    ("neutron_lib.tests.unit.test_context", True),
    ("nova.tests.functional.regressions.helpers", True),
    ("neutron.tests.common.test_db_base_plugin_v2", True),
    ("test_ports", True),
    ("neutron.db.l3_db", False),
    ("nova.objects.tests_helper", False),
    ("nova.tests", False),
    ("designate.storage.sqlalchemy", False),
])
def test_test_modules_are_known_by_name(name, expected):
    assert is_test_module(astroid.parse("", module_name=name)) is expected


_BODY = textwrap.dedent("""\
    from neutron_lib import context as n_context


    def count_ports():
        ctx = n_context.get_admin_context()
        return ctx.session.query('ports').count()
""")


def test_the_fallback_session_is_reported_in_code_and_not_in_tests(tmp_path):
    package = tmp_path / "portsvc"
    (package / "tests").mkdir(parents=True)
    for init in (package / "__init__.py", package / "tests" / "__init__.py"):
        init.write_text("", encoding="utf-8")
    (package / "cleanup.py").write_text(_BODY, encoding="utf-8")
    (package / "tests" / "test_ports.py").write_text(_BODY, encoding="utf-8")
    messages = lint([package], "--disable=all", "--enable=enginefacade-implicit-writer-session")
    assert [(m.module, m.line) for m in messages] == [("portsvc.cleanup", 6)]


_RETRIED = textwrap.dedent("""\
    from oslo_db import api as oslo_db_api
    from oslo_db.sqlalchemy import enginefacade

    MAIN = enginefacade.transaction_context()


    @oslo_db_api.wrap_db_retry(max_retries=3)
    def _ensure(ctx, uuid):
        return ctx.session.execute('SELECT 1').fetchone()


    @MAIN.writer
    def ensure_all(context, uuids):
        return [_ensure(context, uuid) for uuid in uuids]
""")


def test_a_retry_inside_a_writer_is_reported_in_code_and_not_in_tests(tmp_path):
    package = tmp_path / "aggsvc"
    (package / "tests").mkdir(parents=True)
    for init in (package / "__init__.py", package / "tests" / "__init__.py"):
        init.write_text("", encoding="utf-8")
    (package / "aggregates.py").write_text(_RETRIED, encoding="utf-8")
    (package / "tests" / "test_aggregates.py").write_text(_RETRIED, encoding="utf-8")
    messages = lint([package], "--disable=all", "--enable=enginefacade-retry-inside-transaction")
    assert [(m.module, m.line) for m in messages] == [("aggsvc.aggregates", 7)]


_RESET = textwrap.dedent("""\
    from oslo_versionedobjects import base
    from oslo_versionedobjects import fields


    @base.VersionedObjectRegistry.register
    class Child(base.VersionedObject):
        fields = {'name': fields.StringField()}


    @base.VersionedObjectRegistry.register
    class Parent(base.VersionedObject):
        fields = {'child': fields.ObjectField('Child')}


    def build():
        parent = Parent(child=Child())
        parent.child.name = 'x'
        parent.obj_reset_changes()
        return parent
""")


def test_a_plain_reset_with_a_changed_child_is_reported_in_code_and_not_in_tests(tmp_path):
    """designate's test_obj_reset_changes_recursive leaves the child changed on purpose."""
    package = tmp_path / "objsvc"
    (package / "tests").mkdir(parents=True)
    for init in (package / "__init__.py", package / "tests" / "__init__.py"):
        init.write_text("", encoding="utf-8")
    (package / "objects.py").write_text(_RESET, encoding="utf-8")
    (package / "tests" / "test_objects.py").write_text(_RESET.replace("Child", "TChild").replace("Parent", "TParent"),
                                                       encoding="utf-8")
    messages = lint([package], "--disable=all", "--enable=ovo-reset-not-recursive")
    assert [(m.module, m.line) for m in messages] == [("objsvc.objects", 18)]
