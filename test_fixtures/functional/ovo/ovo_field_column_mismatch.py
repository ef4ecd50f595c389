"""ovo-field-column-mismatch: enum fields accepting values their column refuses."""
# pylint: disable=too-few-public-methods

import sqlalchemy as sa
from oslo_versionedobjects import base
from oslo_versionedobjects import fields
from sqlalchemy.orm import declarative_base

BASE = declarative_base()
ACTIVE = "ACTIVE"
STATES = (ACTIVE, "DOWN")


class PortModel(BASE):
    __tablename__ = "ports"
    id = sa.Column(sa.String(36), primary_key=True)
    status = sa.Column(sa.Enum(ACTIVE, "DOWN", name="port_status"))
    kind = sa.Column(sa.Enum(*STATES, name="port_kind"))
    owner = sa.Column("device_owner", sa.Enum("compute", "network", name="owner"))


@base.VersionedObjectRegistry.register
class Port(base.VersionedObject):
    db_model = PortModel
    fields_need_translation = {"device": "owner"}

    fields = {
        "id": fields.UUIDField(),
        "status": fields.EnumField(["ACTIVE", "DOWN", "ERROR"]),  # [ovo-field-column-mismatch]
        "kind": fields.EnumField(valid_values=["ACTIVE", "BUILD", "DOWN", "ERROR", "GONE"]),  # [ovo-field-column-mismatch]
        "device": fields.EnumField(("compute", "router")),  # [ovo-field-column-mismatch]
    }


class MigrationType(fields.Enum):
    ALL = ("migration", "resize", "evacuate")

    def __init__(self):
        super().__init__(valid_values=MigrationType.ALL)


class MigrationTypeField(fields.BaseEnumField):
    AUTO_TYPE = MigrationType()


class MigrationModel(BASE):
    __tablename__ = "migrations"
    id = sa.Column(sa.Integer, primary_key=True)
    migration_type = sa.Column(sa.Enum("migration", "resize", "evacuation"), nullable=True)


@base.VersionedObjectRegistry.register
class Migration(base.VersionedObject):
    db_model = MigrationModel
    fields = {
        "id": fields.IntegerField(),
        "migration_type": MigrationTypeField(nullable=False),  # [ovo-field-column-mismatch]
    }
