"""The SQLAlchemy backend."""
from fieldnova.db.sqlalchemy import models


def migration_create(context, values):
    migration = models.Migration()
    migration.update(values)
    migration.save()
    return migration


def task_create(context, values):
    task = models.Task()
    task.update(values)
    task.save()
    return task


def instance_create(context, values):
    instance = models.Instance()
    instance.update(values)
    instance.info_cache = models.InstanceInfoCache()
    instance.save()
    return instance


def keypair_create(context, values):
    keypair = models.KeyPair()
    keypair.update(values)
    keypair.save()
    return keypair


def flavor_create(context, values):
    flavor = models.Flavor()
    flavor.update(values)
    flavor.save()
    return flavor


def instance_extra_update(context, values):
    extra = models.InstanceExtra()
    extra.update(values)
    extra.save()
    return extra
