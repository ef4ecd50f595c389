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
"""Provider attributes, and scoped functions that keep their signature."""

import astroid
import pytest
from astroid import util

pytestmark = pytest.mark.usefixtures("fresh_astroid")


@pytest.mark.parametrize("name", ["session", "connection", "transaction", "transaction_ctx"])
def test_provider_attributes_exist_and_are_not_followed(name):
    node = astroid.extract_node(f'''
from oslo_db.sqlalchemy import enginefacade

@enginefacade.transaction_context_provider
class Context:
    pass

Context().{name}  #@
''')
    assert [type(v) for v in node.inferred()] == [type(util.Uninferable)]


def test_plain_classes_get_nothing():
    node = astroid.extract_node('''
class Context:
    pass

Context().session  #@
''')
    with pytest.raises(astroid.InferenceError):
        next(node.infer())


def test_decorated_function_keeps_its_signature_and_result():
    call = astroid.extract_node('''
from oslo_db.sqlalchemy import enginefacade

MANAGER = enginefacade.transaction_context()

@MANAGER.reader
def get_name(context, name_id):
    return str(name_id)

get_name  #@
''')
    function = next(call.infer())
    assert function.argnames() == ["context", "name_id"]


@pytest.mark.parametrize("expression", [
    "MANAGER.reader",
    "MANAGER.writer.independent",
    "enginefacade.reader",
    "enginefacade.writer.savepoint",
])
def test_a_manager_called_plainly_is_callable(expression, tmp_path):
    """pylint infers the modifier property without its instance and got the
    abstract base: E1102 not-callable on ``MANAGER.reader(fn)``."""
    from tests.lint import lint  # pylint: disable=import-outside-toplevel

    module = tmp_path / "plain_calls.py"
    module.write_text(
        "from oslo_db.sqlalchemy import enginefacade\n"
        "MANAGER = enginefacade.transaction_context()\n"
        "def _count(context):\n"
        "    return context\n"
        f"count = {expression}(_count)\n",
        encoding="utf-8",
    )
    assert [m.symbol for m in lint([module], "--disable=all", "--enable=not-callable")] == []


def test_the_abstract_manager_gets_a_call_and_the_concrete_one_keeps_its_own():
    abstract, concrete = astroid.extract_node('''
from oslo_db.sqlalchemy import enginefacade

enginefacade._AbstractTransactionContextManager  #@
enginefacade._TransactionContextManager  #@
''')
    abstract, concrete = next(abstract.infer()), next(concrete.infer())
    assert [m.argnames() for m in abstract.locals["__call__"]] == [["self", "fn"]]
    assert abstract.instantiate_class().callable()
    assert concrete.getattr("__call__")[0].root().name == "oslo_db.sqlalchemy.enginefacade"
    assert concrete.getattr("__call__")[0].lineno > abstract.lineno
