"""ovo-field-column-mismatch traps: correct or undecidable code, silent."""
# pylint: disable=too-few-public-methods

import enum

import sqlalchemy as sa
from oslo_versionedobjects import base
from oslo_versionedobjects import fields
from sqlalchemy.orm import declarative_base

BASE = declarative_base()


def _states():
    return ["ACTIVE", "DOWN", "ERROR"]


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Mixin:
    inherited = sa.Column(sa.Enum("x", "y"))


class RouterModel(Mixin, BASE):
    __tablename__ = "routers"
    id = sa.Column(sa.String(36), primary_key=True)
    status = sa.Column(sa.Enum("ACTIVE", "DOWN", "ERROR", name="router_status"))
    subset = sa.Column(sa.Enum("a", "b", "c"))
    colour = sa.Column(sa.Enum(Colour))
    loose = sa.Column(sa.Enum("a", "b", native_enum=False))
    text = sa.Column(sa.String(16))
    device_owner = sa.Column(sa.Enum("compute", "network"))


@base.VersionedObjectRegistry.register
class Router(base.VersionedObject):
    db_model = RouterModel
    # 'device' is stored as 'device_owner', whose values agree.
    fields_need_translation = {"device": "device_owner"}
    # Stored by another object, whatever the model has.
    synthetic_fields = ["subset"]

    fields = {
        "id": fields.UUIDField(),
        # Equal sets, in another order.
        "status": fields.EnumField(["ERROR", "DOWN", "ACTIVE"]),
        # Synthetic: not written to this model's column.
        "subset": fields.EnumField(["a", "b", "z"]),
        # A Python enum class: values not literal.
        "colour": fields.EnumField(["red", "green"]),
        # native_enum=False without create_constraint=True enforces nothing.
        "loose": fields.EnumField(["a", "b", "c"]),
        # Not an enum column.
        "text": fields.EnumField(["a", "b"]),
        # Values computed by a call: not evaluated.
        "dynamic": fields.EnumField(_states()),
        # A list of enums is not one enum column.
        "several": fields.ListOfEnumField(["x", "z"]),
        "inherited": fields.EnumField(["x", "y"]),
        "device": fields.EnumField(["compute", "network"]),
    }


@base.VersionedObjectRegistry.register
class Stricter(base.VersionedObject):
    """The object is stricter than the column: no row fails."""

    db_model = RouterModel
    fields = {"subset": fields.EnumField(["a", "b"])}


@base.VersionedObjectRegistry.register
class Unstored(base.VersionedObject):
    """No db_model: where it is stored is not known."""

    fields = {"status": fields.EnumField(["ACTIVE", "DOWN", "ERROR", "GONE"])}


@base.VersionedObjectRegistry.register
class Converted(base.VersionedObject):
    """modify_fields_to_db may map the values: not compared."""

    db_model = RouterModel
    fields = {"subset": fields.EnumField(["a", "b", "c", "d"])}

    @classmethod
    def modify_fields_to_db(cls, fields_):
        return dict(fields_, subset=fields_["subset"][:1])


@base.VersionedObjectRegistry.register
class Unreadable(base.VersionedObject):
    """A translation table that is not a literal dict: the column is unknown."""

    db_model = RouterModel
    fields_need_translation = dict(_states and {})
    fields = {"subset": fields.EnumField(["a", "b", "c", "d"])}


class NotAModel:
    status = sa.Column(sa.Enum("ACTIVE"))


@base.VersionedObjectRegistry.register
class WrongLink(base.VersionedObject):
    """db_model names a class without __tablename__."""

    db_model = NotAModel
    fields = {"status": fields.EnumField(["ACTIVE", "DOWN"])}
