# pylint: disable=missing-docstring


class ProjectObject:
    VERSION = '1.0'
