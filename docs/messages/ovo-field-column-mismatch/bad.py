import sqlalchemy as sa
from oslo_versionedobjects import base
from oslo_versionedobjects import fields
from sqlalchemy.orm import declarative_base

BASE = declarative_base()


class MigrationModel(BASE):
    __tablename__ = "migrations"
    id = sa.Column(sa.Integer, primary_key=True)
    migration_type = sa.Column(sa.Enum("migration", "resize", "evacuation", name="migration_type"))


@base.VersionedObjectRegistry.register
class Migration(base.VersionedObject):
    db_model = MigrationModel
    fields = {
        "id": fields.IntegerField(),
        "migration_type": fields.EnumField(["migration", "resize", "evacuate"]),  # [ovo-field-column-mismatch]
    }
