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
"""SQLAlchemy stubs: real names exist, unknown ones do not, models are checked."""

import os
import textwrap

import astroid
import pytest

from pylint_oslo_review.brain import sqlalchemy_stubs
from tests.lint import lint

pytestmark = pytest.mark.usefixtures("fresh_astroid")

_SYMBOLS = ("no-member", "no-name-in-module", "unused-argument", "arguments-differ", "too-many-function-args")


@pytest.fixture(name="messages")
def _messages_fixture(tmp_path):
    """Lint a module (outside any package) and give (line, symbol, text) of the checked symbols."""

    def messages(source):
        path = tmp_path / "models.py"
        path.write_text(textwrap.dedent(source))
        found = lint([path], "--disable=all", "--enable=" + ",".join(_SYMBOLS))
        return [(message.line, message.symbol, message.msg) for message in found]

    return messages


def test_sqlalchemy_is_a_stub_module_not_the_real_one():
    module = astroid.extract_node("import sqlalchemy as sa\nsa  #@\n").inferred()[0]
    assert module.name == "sqlalchemy"
    assert module.file.endswith(os.path.join("sqlalchemy", "__init__.py"))
    # The real sqlalchemy/__init__.py has hundreds of statements and imports.
    assert not any(isinstance(node, (astroid.nodes.ImportFrom, astroid.nodes.Import)) for node in module.body)
    assert "sqlalchemy.sql.elements" not in astroid.MANAGER.astroid_cache


def test_real_names_are_unknown_values_and_submodules_are_stubs():
    column, orm = astroid.extract_node("""
import sqlalchemy as sa
sa.Column  #@
sa.orm  #@
""")
    assert column.inferred() == [astroid.Uninferable]
    assert orm.inferred()[0].name == "sqlalchemy.orm"


def test_misspelt_module_names_are_still_reported_and_real_ones_are_not(messages):
    assert messages("""
import sqlalchemy as sa
from sqlalchemy import Colum
from sqlalchemy.orm import relationship, exc

print(sa.Colum, sa.Column, sa.func.count(), sa.exc.Nope, relationship, exc.NoResultFound)
""") == [
        (3, "no-name-in-module", "No name 'Colum' in module 'sqlalchemy'"),
        (6, "no-member", "Module 'sqlalchemy' has no 'Colum' member; maybe 'Column'?"),
        (6, "no-member", "Module 'sqlalchemy.exc' has no 'Nope' member"),
    ]


MODEL = """
import sqlalchemy as sa
from sqlalchemy import orm

BASE = orm.declarative_base()


class Thing(BASE):
    __tablename__ = 'things'
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(255))
    children = orm.relationship('Child')


def use(thing):
    thing = Thing(name='x')
    {use}
"""


def test_misspelt_column_attribute_of_a_declarative_model_is_no_member(messages):
    assert messages(MODEL.format(use="return thing.nmae, Thing.idd")) == [
        (17, "no-member", "Instance of 'Thing' has no 'nmae' member"),
        (17, "no-member", "Class 'Thing' has no 'idd' member; maybe 'id'?"),
    ]


def test_declared_and_mapped_attributes_of_a_model_are_quiet(messages):
    use = ("return (thing.name.lower(), Thing.id.in_([1]), thing.children.append(1), "
           "Thing.__tablename__, Thing.__table__, Thing.metadata, thing.__mapper__, Thing.registry)")
    assert messages(MODEL.format(use=use)) == []


def test_backrefs_in_the_package_make_models_open(messages):
    source = MODEL.replace("orm.relationship('Child')", "orm.relationship('Child', backref='thing')")
    assert messages(source.format(use="return thing.nmae, Thing.other_side")) == []


def test_declarative_base_with_cls_keeps_the_mixin(messages):
    assert messages("""
from sqlalchemy.orm import declarative_base


class Mixin:
    def save(self):
        return self


BASE = declarative_base(cls=Mixin)


class Thing(BASE):
    __tablename__ = 'things'


Thing().save()
Thing().sav()
""") == [(18, "no-member", "Instance of 'Thing' has no 'sav' member; maybe 'save'?")]


def test_declarative_base_class_2_0_style_is_open(messages):
    assert messages("""
from sqlalchemy import orm


class Base(orm.DeclarativeBase):
    pass


class Port(Base):
    __tablename__ = 'ports'


print(Port.port_bindings, Port().port_bindings, Port.metadata)
""") == []


def test_type_decorator_hooks_are_known_and_their_signatures_checked(messages):
    assert messages("""
from sqlalchemy import types


class IPAddress(types.TypeDecorator):
    impl = types.String

    def process_bind_param(self, value, dialect):
        return value

    def process_result_value(self, value, dialect, extra):
        return value


print(IPAddress().anything, types.String(1, 2, 3, 4, 5))
""") == [
        (11, "arguments-differ",
         "Number of parameters was 3 in 'TypeDecorator.process_result_value' and is now 4 in "
         "overriding 'IPAddress.process_result_value' method"),
        (11, "unused-argument", "Unused argument 'extra'"),
        (15, "too-many-function-args", "Too many positional arguments for constructor call"),
    ]


def test_a_module_without_source_is_left_to_astroid():
    assert sqlalchemy_stubs.source_file(astroid.MANAGER, "sqlalchemy.no_such_module") is None
    assert sqlalchemy_stubs.stub_module(astroid.MANAGER, "sqlalchemy.no_such_module") is None


def test_bindings_follow_every_branch_as_astroid_does():
    import ast  # pylint: disable=import-outside-toplevel

    tree = ast.parse(textwrap.dedent("""
        import typing
        from . import orm
        from .sql import Column as Column
        if typing.TYPE_CHECKING:
            from .x import Hidden
        try:
            import json
        except ImportError:
            json = None
        for loop in ():
            pass
        def f():
            global made
    """))
    bindings = sqlalchemy_stubs._bindings(tree, "sqlalchemy", True)  # pylint: disable=protected-access
    assert bindings == {
        "typing": "typing",
        "orm": "from:sqlalchemy.orm",
        "Column": "from:sqlalchemy.sql.Column",
        "Hidden": "from:sqlalchemy.x.Hidden",
        "json": None,
        "loop": None,
        "f": None,
        "made": None,
    }


def test_register_transforms_is_idempotent_for_the_sqlalchemy_hooks(fresh_astroid):
    from pylint_oslo_review import brain  # pylint: disable=import-outside-toplevel
    from pylint_oslo_review.brain import sqlalchemy  # pylint: disable=import-outside-toplevel

    brain.register_transforms(fresh_astroid)
    transforms = fresh_astroid._transform.transforms  # pylint: disable=protected-access
    count = sum(transform is sqlalchemy.cache_stubs for transform, _ in transforms[astroid.nodes.ImportFrom])
    assert count == 1
