# pylint: disable=missing-docstring
from prebase_agreed.objects import base


class FakeObject(base.ProjectObject):
    # Test code is not what the service runs: never counted.
    version = '9.9'
    fields = {}
