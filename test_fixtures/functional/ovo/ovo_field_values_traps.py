"""Values OVO coerces, writes that are fine, and in-place changes that are tracked."""
# pylint: disable=missing-docstring
import datetime

from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    fields = {'slots': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class WideShelf(Shelf):
    pass


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(read_only=True),
        'name': fields.StringField(default='rack'),
        'count': fields.IntegerField(),
        'when': fields.DateTimeField(nullable=True),
        'state': fields.EnumField(['active', 'retired']),
        'tags': fields.ListOfStringsField(default=[]),
        'labels': fields.DictOfStringsField(default={}),
        'ids': fields.SetOfIntegersField(default=set()),
        'shelf': fields.ObjectField('Shelf', nullable=True, subclasses=True),
        'opaque': fields.Field(fields.FieldType()),
    }

    def load(self, row, flag):
        self.name = 5
        self.name = None
        self.count = '12'
        self.count = row['count']
        self.when = '2026-11-25T10:00:00'
        self.when = datetime.datetime.now()
        self.when = None
        self.state = 'active'
        self.tags = ('a', 'b')
        self.tags = {'a', 'b'}
        self.labels = {'a': 'b'}
        self.ids = {1, 2}
        self.shelf = Shelf()
        self.shelf = WideShelf()
        self.shelf = None
        self.opaque = object()
        self._set_id(flag)
        self._set_again(row)

    def _set_id(self, flag):
        if flag:
            self.id = 1
        else:
            self.id = 2

    def _set_again(self, row):
        self.id = row['id']
        self.id = row['id']


def retag(ctx, tag):
    rack = Rack(ctx)
    rack.tags.append(tag)
    rack.tags = rack.tags
    rack.labels['owner'] = tag
    rack._changed_fields.add('labels')  # pylint: disable=protected-access
    rack.save()


def local_only(ctx, tag):
    rack = Rack(ctx)
    rack.save()
    rack.tags.append(tag)
    return rack


def rebinds(ctx, other, tag):
    rack = Rack(ctx)
    rack.tags.append(tag)
    rack = other
    rack.save()


@base.VersionedObjectRegistry.register
class TrackingRack(Rack):
    """Tracks in-place changes of its dict field, as nova's Instance does."""

    def obj_what_changed(self):
        changes = super().obj_what_changed()
        return changes


def tracked(ctx, tag):
    rack = TrackingRack(ctx)
    rack.labels['owner'] = tag
    rack.save()


class Declarative(type):
    """Like neutron's DeclarativeObject: redefines fields at class creation."""

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls.fields = dict(cls.fields, description=fields.StringField(nullable=True))


@base.VersionedObjectRegistry.register
class Forwarding(base.VersionedObject, metaclass=Declarative):
    fields = {'description': fields.StringField()}


def metaclass_made_it_nullable(ctx):
    return Forwarding(ctx, description=None)


def assigned_then_updated(ctx, metadata):
    """nova's test_xenapi _aggregate_setup: the field was assigned, so it is
    changed, and obj_get_changes() sends its current value."""
    rack = Rack(ctx)
    rack.labels = {'zone': 'a'}
    if metadata:
        rack.labels.update(metadata)
    rack.save()


def constructed_then_appended(ctx, tag):
    rack = Rack(ctx, tags=['a'])
    rack.tags.append(tag)
    return rack.obj_get_changes()
