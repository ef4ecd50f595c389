"""Declared fields are attributes: they count as neither methods nor ad-hoc attributes."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Wide(base.VersionedObject):
    fields = {
        'field_0': fields.StringField(),
        'field_1': fields.StringField(),
        'field_2': fields.StringField(),
        'field_3': fields.StringField(),
        'field_4': fields.StringField(),
        'field_5': fields.StringField(),
        'field_6': fields.StringField(),
        'field_7': fields.StringField(),
        'field_8': fields.StringField(),
        'field_9': fields.StringField(),
        'field_10': fields.StringField(),
        'field_11': fields.StringField(),
        'field_12': fields.StringField(),
        'field_13': fields.StringField(),
        'field_14': fields.StringField(),
        'field_15': fields.StringField(),
        'field_16': fields.StringField(),
        'field_17': fields.StringField(),
        'field_18': fields.StringField(),
        'field_19': fields.StringField(),
        'field_20': fields.StringField(),
        'field_21': fields.StringField(),
        'field_22': fields.StringField(),
        'field_23': fields.StringField(),
        'field_24': fields.StringField(),
    }

    def rename(self, name):
        self.field_0 = name
        self.field_1 = name
        self.field_2 = name
        self.field_3 = name
        self.field_4 = name
        self.field_5 = name
        self.field_6 = name
        self.field_7 = name


class Busy:  # [too-many-public-methods]
    def method_0(self):
        return 0

    def method_1(self):
        return 1

    def method_2(self):
        return 2

    def method_3(self):
        return 3

    def method_4(self):
        return 4

    def method_5(self):
        return 5

    def method_6(self):
        return 6

    def method_7(self):
        return 7

    def method_8(self):
        return 8

    def method_9(self):
        return 9

    def method_10(self):
        return 10

    def method_11(self):
        return 11

    def method_12(self):
        return 12

    def method_13(self):
        return 13

    def method_14(self):
        return 14

    def method_15(self):
        return 15

    def method_16(self):
        return 16

    def method_17(self):
        return 17

    def method_18(self):
        return 18

    def method_19(self):
        return 19

    def method_20(self):
        return 20
