def upgrade(migrate_engine):
    # Changes what tasks.state accepts in a way no Enum(...) call shows.
    migrate_engine.execute(
        "ALTER TABLE tasks MODIFY state ENUM('queued', 'running', 'done')")
