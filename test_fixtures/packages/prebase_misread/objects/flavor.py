# pylint: disable=missing-docstring
from prebase_misread.objects.base import ProjectObject


class Flavor(ProjectObject):
    VERSION = '1.1'
    fields = {}
