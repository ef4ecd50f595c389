"""Models that mirror the schema the migrations build (or fail to)."""
from sqlalchemy import Column, Enum, Integer, String
from sqlalchemy.orm import declarative_base

BASE = declarative_base()


class Migration(BASE):
    __tablename__ = "migrations"
    id = Column(Integer, primary_key=True)
    # Wrong: migration 002 created the column with 'evacuation'.
    migration_type = Column(Enum("migration", "resize", "evacuate"), nullable=True)


class Task(BASE):
    __tablename__ = "tasks"
    id = Column(Integer, primary_key=True)
    state = Column(Enum("queued", "done"))


class Instance(BASE):
    __tablename__ = "instances"
    id = Column(Integer, primary_key=True)
    locked_by = Column(Enum("owner", "admin"))


class InstanceInfoCache(BASE):
    __tablename__ = "instance_info_caches"
    id = Column(Integer, primary_key=True)


class KeyPair(BASE):
    __tablename__ = "key_pairs"
    id = Column(Integer, primary_key=True)
    type = Column(Enum("ssh", "x509"))


class Flavor(BASE):
    __tablename__ = "flavors"
    id = Column(Integer, primary_key=True)
    name = Column(String(255))
    # The schema (001) and the model agree; the object does not.
    state = Column(Enum("on", "off"))


class Aggregate(BASE):
    __tablename__ = "aggregates"
    id = Column(Integer, primary_key=True)
    kind = Column(Enum("zone", "pool"))


class InstanceExtra(BASE):
    __tablename__ = "instance_extra"
    id = Column(Integer, primary_key=True)
    numa_topology = Column(String(4096))
    # A column named like a field of the object serialised into numa_topology.
    policy = Column(Enum("share"))
