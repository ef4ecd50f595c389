"""Values read from attributes: a class-level 'name = None' is not what the instance holds.

__init__, another method, a caller or a subclass may set the attribute, so
the None that inference finds in the class body is not certain.
"""
# pylint: disable=missing-docstring,too-few-public-methods
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        'name': fields.StringField(),
        'tags': fields.ListOfStringsField(),
    }


class Builder:
    name = None
    tags = None

    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)

    def build(self, context):
        rack = Rack(context, name=self.name)
        rack.tags = self.tags
        return rack


class Configured:
    name = None

    def configure(self, conf):
        self.name = conf.rack_name

    def build(self, context):
        name = self.name
        rack = Rack(context)
        rack.name = name
        return rack


class Settings:
    defaults = {'name': None}


def from_settings(context, settings):
    return Rack(context, name=settings.defaults['name'])


def from_class(context):
    return Rack(context, name=Builder.name)


class NullableByDefault(fields.StringField):
    """A project field class whose __init__ makes None acceptable."""

    def __init__(self, **kwargs):
        kwargs.setdefault('nullable', True)
        super().__init__(**kwargs)


class NoneToEmpty(fields.StringField):
    def coerce(self, obj, attr, value):
        return super().coerce(obj, attr, '' if value is None else value)


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    fields = {
        'label': NullableByDefault(),
        'note': NoneToEmpty(),
    }


def project_fields(context):
    shelf = Shelf(context, label=None)
    shelf.note = None
    return shelf
