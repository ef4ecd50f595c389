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
"""ovo-field-column-mismatch across modules, and the schema migrations it reads.

test_fixtures/packages/fieldnova is nova as of 74197aaa3f: objects reach
the models through ``db``'s ``IMPL`` (oslo.db's forwarding wrapper over a
one-entry backend mapping) and the schema is built by sqlalchemy-migrate
scripts. Only the objects are linted; models, backend and scripts are read
from the tree. The one-module shapes (``db_model``, the model's own Enum)
are in test_fixtures/functional/ovo/ovo_field_column_mismatch*.py.
"""

import textwrap
from pathlib import Path

import pytest

from pylint_oslo_review.ovo.storage import migrations
from tests.lint import annotated_lines, lint

ROOT = Path(__file__).resolve().parent.parent.parent
OBJECTS = ROOT / "test_fixtures" / "packages" / "fieldnova" / "objects"
SYMBOL = "ovo-field-column-mismatch"


def test_objects_are_compared_with_the_schema_their_create_reaches():
    modules = sorted(OBJECTS.glob("*.py"))
    found = {(Path(m.path).name, m.line, m.symbol) for m in lint(modules, "--disable=all", f"--enable={SYMBOL}")}
    expected = {(path.name, line, symbol) for path in modules for line, symbol in annotated_lines(path)}
    assert found == expected


def test_the_message_names_the_script_that_made_the_column():
    [message] = [m for m in lint([OBJECTS / "migration.py"], "--disable=all", f"--enable={SYMBOL}")
                 if m.line == 12]
    assert "migration 002_add_migration_type.py:7" in message.msg


def _schema(tmp_path, *scripts, table="t", column="c"):
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    for number, text in enumerate(scripts):
        (versions / f"{number:03}_script.py").write_text(textwrap.dedent(text), encoding="utf-8")
    models = tmp_path / "models.py"
    models.write_text("", encoding="utf-8")
    migrations._scripts.cache_clear()  # pylint: disable=protected-access
    return migrations.schema_enum(migrations.version_scripts(str(models)), table, column)


ALEMBIC_CREATE = """
    import sqlalchemy as sa
    from alembic import op

    def upgrade():
        op.create_table('t', sa.Column('id', sa.Integer), sa.Column('c', sa.Enum('a', 'b', name='e')))
"""


def test_alembic_create_table_defines_the_column(tmp_path):
    assert _schema(tmp_path, ALEMBIC_CREATE).values == ("a", "b")


def test_a_column_no_script_names_has_no_schema(tmp_path):
    assert _schema(tmp_path, ALEMBIC_CREATE, column="other") is None


@pytest.mark.parametrize(
    "later",
    [
        # Widened by alter_column: the definitions disagree.
        "from alembic import op\nimport sqlalchemy as sa\n"
        "def upgrade():\n    op.alter_column('t', 'c', type_=sa.Enum('a', 'b', 'x'))\n",
        # Changed to another type.
        "from alembic import op\nimport sqlalchemy as sa\n"
        "def upgrade():\n    op.alter_column('t', 'c', type_=sa.String(8))\n",
        # Changed by raw SQL.
        "from alembic import op\n"
        "def upgrade():\n    op.execute(\"ALTER TABLE t MODIFY c ENUM('a', 'b', 'x')\")\n",
        # An Enum over values that are not literal.
        "from alembic import op\nimport sqlalchemy as sa\nVALUES = ('a', 'b')\n"
        "def upgrade():\n    op.add_column('t', sa.Column('c', sa.Enum(*VALUES)))\n",
    ],
)
def test_a_later_script_that_may_change_the_column_makes_it_uncertain(tmp_path, later):
    assert _schema(tmp_path, ALEMBIC_CREATE, later) is False


def test_a_script_about_another_table_changes_nothing(tmp_path):
    other = "from alembic import op\ndef upgrade():\n    op.execute('UPDATE shadow_t SET c = 1')\n"
    assert _schema(tmp_path, ALEMBIC_CREATE, other).values == ("a", "b")
