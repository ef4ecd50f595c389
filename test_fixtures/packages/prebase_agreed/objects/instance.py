# pylint: disable=missing-docstring
from prebase_agreed.objects import base


class Instance(base.ProjectObject):
    VERSION = '1.9'
    fields = {}


class Legacy(base.ProjectObject):
    # Sets both spellings: the one the base reads is there.
    VERSION = '1.3'
    version = '1.3'
    fields = {}
