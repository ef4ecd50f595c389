from sqlalchemy import Column, Enum, Integer, MetaData, String, Table


def upgrade(migrate_engine):
    meta = MetaData(bind=migrate_engine)
    Table("migrations", meta, Column("id", Integer, primary_key=True))
    Table("tasks", meta, Column("id", Integer), Column("state", Enum("queued", "done")))
    Table("instances", meta, Column("id", Integer), Column("locked_by", Enum("owner", "admin")))
    Table("key_pairs", meta, Column("id", Integer), Column("type", Enum("ssh", "x509")))
    Table("flavors", meta, Column("id", Integer), Column("name", String(255)),
          Column("state", Enum("on", "off")))
    Table("aggregates", meta, Column("id", Integer), Column("kind", Enum("zone", "pool")))
    Table("instance_extra", meta, Column("id", Integer), Column("numa_topology", String(4096)),
          Column("policy", Enum("share")))
