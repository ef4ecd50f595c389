"""Front end of the database API: every call goes to the backend module."""
from oslo_config import cfg
from oslo_db import concurrency

CONF = cfg.CONF
_BACKEND_MAPPING = {"sqlalchemy": "fieldnova.db.sqlalchemy.api"}

IMPL = concurrency.TpoolDbapiWrapper(CONF, backend_mapping=_BACKEND_MAPPING)


def migration_create(context, values):
    """Create a migration record."""
    return IMPL.migration_create(context, values)


def task_create(context, values):
    return IMPL.task_create(context, values)


def instance_create(context, values):
    return IMPL.instance_create(context, values)


def keypair_create(context, values):
    return IMPL.keypair_create(context, values)


def flavor_create(context, values):
    return IMPL.flavor_create(context, values)


def instance_extra_update(context, values):
    return IMPL.instance_extra_update(context, values)
