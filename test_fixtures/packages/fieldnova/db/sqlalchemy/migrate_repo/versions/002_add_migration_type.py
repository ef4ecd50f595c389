from sqlalchemy import Column, Enum, MetaData, Table


def upgrade(migrate_engine):
    meta = MetaData(bind=migrate_engine)
    migrations = Table("migrations", meta, autoload=True)
    enum = Enum("migration", "resize", "evacuation", metadata=meta, name="migration_type")
    enum.create()
    migration_type = Column("migration_type", enum, nullable=True)
    if not hasattr(migrations.c, "migration_type"):
        migrations.create_column(migration_type)


def downgrade(migrate_engine):
    meta = MetaData(bind=migrate_engine)
    migrations = Table("migrations", meta, autoload=True)
    migrations.drop_column("migration_type")
