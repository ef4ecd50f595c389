"""Names that are right, or objects whose fields are not all known."""
# pylint: disable=missing-docstring,pointless-statement,expression-not-assigned
import abc

from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import rack as rack_obj
from missing_project import objects as missing  # pylint: disable=import-error


@base.VersionedObjectRegistry.register
class Thing(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        'id': fields.IntegerField(),
        'name': fields.StringField(nullable=True),
    }
    obj_extra_fields = ['label']

    def __init__(self, context=None, **kwargs):
        self.cache = kwargs.pop('cache', None)
        super().__init__(context, **kwargs)

    @property
    def label(self):
        return self.name

    def helper(self):
        return self.cache


class Meta(abc.ABCMeta):
    pass


class Declarative(type):
    """Like neutron's DeclarativeObject: may add fields."""


@base.VersionedObjectRegistry.register
class Dynamic(base.VersionedObject, metaclass=Declarative):
    fields = {'id': fields.IntegerField()}


class Unregistered(base.VersionedObject):
    fields = {'id': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class UnknownBase(missing.SomeObject):
    fields = {'id': fields.IntegerField()}


def strings(ctx):
    thing = Thing(ctx)
    dynamic = Dynamic(ctx)
    unknown = UnknownBase(ctx)
    thing.obj_attr_is_set('name')
    thing.obj_attr_is_set('label')
    thing.obj_set_defaults('name')
    thing.get('label')
    thing['label']
    thing['helper']
    thing.obj_reset_changes(['id', 'name'])
    'name' in thing
    'label' in thing
    dynamic.obj_attr_is_set('standard_attribute')
    unknown.obj_attr_is_set('anything')


def writes(ctx):
    thing = Thing(ctx)
    dynamic = Dynamic(ctx)
    unregistered = Unregistered(ctx)
    thing.name = 'x'
    thing._private = 1
    thing.cache = {}
    Thing(ctx, id=1, cache={})
    rack_obj.Rack(ctx, name='x', tags=['a'])
    dynamic.revision_number = 3
    unregistered.anything = 1
    UnknownBase(ctx, anything=1)
    # A scratch attribute read back elsewhere (nova's keypair['private_key']):
    # not a misspelt field, so not reported.
    thing['private_key'] = 'secret'
    thing.scratch = 'x'
    Thing(ctx, id=1, scratch_pad='x')


def not_objects(data, obj):
    data.get('nmae')
    data['nmae']
    'nmae' in data
    obj.obj_reset_changes(['whatever'])


@base.VersionedObjectRegistry.register
class Bus(base.VersionedObject):
    fields = {'name': fields.StringField()}


@base.VersionedObjectRegistry.register
class ScsiBus(Bus):
    fields = {'address': fields.StringField()}


@base.VersionedObjectRegistry.register
class Device(base.VersionedObject):
    fields = {
        'bus': fields.ObjectField('Bus', subclasses=True),
        'buses': fields.ListOfObjectsField('Bus', subclasses=True),
    }


def subclass_fields(ctx):
    """subclasses=True: the value may be a ScsiBus, which has 'address'."""
    device = Device(ctx, bus=ScsiBus(ctx, address='0:0'), buses=[])
    return (device.bus.obj_attr_is_set('address'), device.bus.address,
            device.buses[0].obj_attr_is_set('address'))
