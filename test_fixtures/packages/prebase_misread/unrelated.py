# pylint: disable=missing-docstring
from prebase_misread.widgets import ProjectObject  # another class of the same name


class Widget(ProjectObject):
    VERSION = '2.0'
