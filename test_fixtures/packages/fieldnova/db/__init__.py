"""The database API, as nova's ``from nova.db.api import *``."""
from fieldnova.db.api import *  # noqa: F401,F403
