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
"""The transaction-scope model: openings, entries and needs of functions."""

import astroid
import pytest

from pylint_oslo_review.enginefacade.chains import Mode
from pylint_oslo_review.enginefacade.scopes import Spellings
from pylint_oslo_review.enginefacade.summaries import Analysis, transaction, upgrade_error

CODE = '''
import functools
from oslo_db.sqlalchemy import enginefacade

main = enginefacade.transaction_context()
api = enginefacade.transaction_context()
CONTEXT_WRITER = main.writer


def get_context_manager(context):
    return getattr(context, 'db_connection', None) or main


def pick_writer(func):
    @functools.wraps(func)
    def wrapper(context, *args, **kwargs):
        ctxt_mgr = get_context_manager(context)
        with ctxt_mgr.writer.using(context):
            return func(context, *args, **kwargs)
    return wrapper


@main.writer
def touch(context, rack_id):
    context.session.query('racks').update({})


@main.writer.independent
def log(context):
    context.session.add(1)


def helper(ctx):
    touch(ctx, 1)
    return ctx.session.query('racks').all()


@pick_writer
def picked(context):
    return context


@main.reader
def scoped(context):
    helper(context)
    with api.writer.using(context) as session:
        session.add(1)


class Store:
    @classmethod
    def db_context_writer(cls, context):
        return CONTEXT_WRITER.using(context)

    def save(self):
        with self.db_context_writer(self.obj_context):
            pass
        log(self.obj_context)


def add_row(ctx, row):
    ctx.session.add(row)


def add_through(context, row):
    add_row(context, row)
'''

SPELLINGS = Spellings(frozenset(), frozenset({"pick_writer"}), frozenset())


@pytest.fixture(name="functions", scope="module")
def _functions():
    module = astroid.parse(CODE, "scoped_module")
    return {f.name: f for f in module.nodes_of_class(astroid.nodes.FunctionDef)}


def _entries(facts):
    return [(e.context, e.manager.root, e.manager.mode, e.path, e.spelling) for e in facts.summary.entries]


def test_decorators_open_on_the_context_parameter(functions):
    facts = Analysis(SPELLINGS).facts(functions["touch"])
    assert (facts.decorator.context, facts.decorator.manager.mode) == ("context", Mode.WRITER)
    assert _entries(facts) == [("context", "scoped_module.main", Mode.WRITER, (), "@main.writer")]
    assert facts.summary.needs == ()


def test_independent_scopes_are_no_entry(functions):
    assert Analysis(SPELLINGS).facts(functions["log"]).summary.entries == ()


def test_a_helper_passes_entries_and_needs_to_its_callers(functions):
    facts = Analysis(SPELLINGS).facts(functions["helper"])
    assert _entries(facts) == [("ctx", "scoped_module.main", Mode.WRITER, ("touch",), "@main.writer")]
    assert [(n.context, n.path, n.what) for n in facts.summary.needs] == [("ctx", (), "ctx.session")]


def test_wrappers_are_read_from_their_body(functions):
    facts = Analysis(SPELLINGS).facts(functions["picked"])
    assert _entries(facts) == [
        ("context", "scoped_module.get_context_manager(<context>)", Mode.WRITER, (), "@pick_writer")
    ]


def test_a_scoped_function_needs_nothing_and_enters_its_own_scope(functions):
    facts = Analysis(SPELLINGS).facts(functions["scoped"])
    assert facts.summary.needs == ()
    assert _entries(facts) == [("context", "scoped_module.main", Mode.READER, (), "@main.reader")]
    block = facts.blocks[0]
    assert (block.context, block.session_name, block.manager.root) == ("context", "session", "scoped_module.api")


def test_blocks_through_a_using_wrapper_and_attribute_contexts(functions):
    facts = Analysis(SPELLINGS).facts(functions["save"])
    assert _entries(facts) == [
        ("self.obj_context", "scoped_module.main", Mode.WRITER, (), "with self.db_context_writer(self.obj_context)")
    ]


def test_nesting_follows_oslo_db(functions):
    analysis = Analysis(SPELLINGS)
    scoped = analysis.facts(functions["scoped"])
    call = scoped.context_calls[0]
    current = transaction(scoped.active(call.bound.call, "context"))
    assert (current.root, current.mode) == ("scoped_module.main", Mode.READER)
    writer = analysis.facts(functions["touch"]).decorator.manager
    assert upgrade_error(current, writer) == "Can't upgrade a READER transaction to a WRITER mid-transaction"
    api_block = scoped.blocks[0]
    inside = transaction(scoped.active(api_block.block.body[0], "context"))
    assert (inside.root, inside.mode) == ("scoped_module.api", Mode.WRITER)


def test_callers_in_the_module_are_followed(functions):
    analysis = Analysis(SPELLINGS)
    transactions = analysis.caller_transactions(functions["helper"], "ctx")
    assert [(t.root, t.mode) for t in transactions] == [("scoped_module.main", Mode.READER)]


def test_writes_made_in_a_callers_scope_are_summarised(functions):
    analysis = Analysis(SPELLINGS)
    assert [(w.context, w.path, w.what) for w in analysis.facts(functions["add_through"]).summary.write_needs] == [
        ("context", ("add_row",), "session.add()")
    ]
    scoped = analysis.facts(functions["scoped"])
    assert [(w.context, w.what) for w in scoped.writes] == [("context", "session.add()")]
    assert scoped.summary.write_needs == ()
