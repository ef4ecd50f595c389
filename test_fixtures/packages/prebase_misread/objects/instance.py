# pylint: disable=missing-docstring
from prebase_misread.objects import base


class Instance(base.ProjectObject):
    VERSION = '1.9'
    fields = {}


class InstanceList(base.ProjectObject):
    VERSION = '1.2'
    fields = {}
