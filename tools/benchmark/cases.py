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

"""What the benchmark measures: the runs of each case and the ratios it reports.

A case is a set of pylint processes (bare or with the plugin, on some
files) that run once per round, and the ratios of their CPU times that
the issue's targets are stated in (issue 13).
"""

from __future__ import annotations

import dataclasses
import pathlib

BARE = "bare"
PLUGIN = "plugin"

#: The 11-line SQLAlchemy module of issue 13: one declarative model.
SQLALCHEMY_MODULE = '''"""A declarative model."""
import sqlalchemy as sa
from sqlalchemy import orm

BASE = orm.declarative_base()


class Thing(BASE):
    """One table."""
    __tablename__ = 'things'
    id = sa.Column(sa.Integer, primary_key=True)
'''

#: The trivial 4-line module it is compared with.
TRIVIAL_MODULE = '''"""Trivial."""


VALUE = 1
'''


@dataclasses.dataclass(frozen=True)
class Run:
    """One pylint process of a case: *variant* on *targets*, from *root*."""

    label: str
    variant: str
    targets: tuple[str, ...]
    root: pathlib.Path
    python_path: tuple[pathlib.Path, ...] = ()


@dataclasses.dataclass(frozen=True)
class Ratio:
    """CPU of run *numerator* over run *denominator*; *target* the issue's bound."""

    name: str
    numerator: str
    denominator: str
    target: float | None = None


@dataclasses.dataclass(frozen=True)
class Case:
    name: str
    description: str
    runs: tuple[Run, ...]
    ratios: tuple[Ratio, ...]


def _pair(label: str, targets: tuple[str, ...], root: pathlib.Path,
          python_path: tuple[pathlib.Path, ...] = ()) -> tuple[Run, Run]:
    return (
        Run(f"{label}-{BARE}", BARE, targets, root, python_path),
        Run(f"{label}-{PLUGIN}", PLUGIN, targets, root, python_path),
    )


def write_small_modules(directory: pathlib.Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "sa_model.py").write_text(SQLALCHEMY_MODULE)
    (directory / "trivial.py").write_text(TRIVIAL_MODULE)


def cases(sources: pathlib.Path, scratch: pathlib.Path) -> dict[str, Case]:
    """Every case, by name; *sources* holds the unpacked corpus releases."""
    nova = sources / "nova-34.0.0"
    neutron = sources / "neutron-29.0.0"
    neutron_path = (neutron, sources / "neutron-lib-5.0.1")
    small = (
        Run("trivial-bare", BARE, ("trivial.py",), scratch),
        Run("sqlalchemy-bare", BARE, ("sa_model.py",), scratch),
        Run("sqlalchemy-plugin", PLUGIN, ("sa_model.py",), scratch),
    )
    found = [
        Case(
            "small",
            "11-line SQLAlchemy module against a trivial 4-line module",
            small,
            (
                Ratio("plugin sqlalchemy / bare trivial", "sqlalchemy-plugin", "trivial-bare", 2.5),
                Ratio("bare sqlalchemy / bare trivial", "sqlalchemy-bare", "trivial-bare"),
                Ratio("plugin / bare on the sqlalchemy module", "sqlalchemy-plugin", "sqlalchemy-bare"),
            ),
        ),
        Case(
            "nova-db",
            "nova 34.0.0 nova/db/main/api.py + nova/db/main/models.py",
            _pair("nova-db", ("nova/db/main/api.py", "nova/db/main/models.py"), nova, (nova,)),
            (Ratio("plugin / bare", "nova-db-plugin", "nova-db-bare", 0.7),),
        ),
        Case(
            "neutron-db",
            "neutron 29.0.0 neutron/db",
            _pair("neutron-db", ("neutron/db",), neutron, neutron_path),
            (Ratio("plugin / bare", "neutron-db-plugin", "neutron-db-bare", 0.8),),
        ),
        Case(
            "nova-objects",
            "nova 34.0.0 nova/objects",
            _pair("nova-objects", ("nova/objects",), nova, (nova,)),
            (Ratio("plugin / bare", "nova-objects-plugin", "nova-objects-bare", 1.05),),
        ),
    ]
    return {case.name: case for case in found}
