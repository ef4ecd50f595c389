"""E-level OVO messages are not given where a test expects the failure."""
# pylint: disable=missing-docstring,pointless-statement,expression-not-assigned,unnecessary-lambda
import unittest

import pytest
import testtools
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject, base.VersionedObjectDictCompat):
    VERSION = '1.0'
    fields = {
        'id': fields.IntegerField(),
        'name': fields.StringField(),
    }

    @classmethod
    @base.remotable
    def get_by_id(cls, context, rack_id):
        return cls(context, id=rack_id)


class RackTest(unittest.TestCase):
    def test_with_assert_raises(self):
        rack = Rack(None)
        with self.assertRaises(AttributeError):
            rack['nmae']

    def test_pytest_raises(self):
        rack = Rack(None)
        with pytest.raises(ValueError):
            rack.id = 'twelve'

    def test_expected_exception(self):
        with testtools.ExpectedException(KeyError):
            Rack.get_by_id(ctxt=None, rack_id=1)

    def test_call_form(self):
        rack = Rack(None)
        self.assertRaises(AttributeError, rack.get, 'nmae')

    def test_lambda(self):
        rack = Rack(None)
        self.assertRaises(AttributeError, lambda: rack['nmae'])

    def test_invalid_definition(self):
        with self.assertRaisesRegex(TypeError, "instance"):
            @base.VersionedObjectRegistry.register
            class Bad(base.VersionedObject):
                fields = {'name': fields.String()}

    def test_still_reported(self):
        rack = Rack(None)
        with self.assertRaises(AttributeError):
            pass
        rack.obj_attr_is_set('nmae')  # [ovo-unknown-field]
