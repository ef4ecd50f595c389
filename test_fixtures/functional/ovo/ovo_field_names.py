"""Field names an OVO object does not have: some raise, some are silently ignored."""
# pylint: disable=missing-docstring,pointless-statement,expression-not-assigned
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import rack as rack_obj


@base.VersionedObjectRegistry.register
class Thing(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        'id': fields.IntegerField(),
        'name': fields.StringField(nullable=True, default='x'),
    }


def strings(ctx):
    thing = Thing(ctx)
    thing.obj_attr_is_set('nmae')  # [ovo-unknown-field]
    thing.obj_set_defaults('name', 'nmae')  # [ovo-unknown-field]
    thing.get('nmae')  # [ovo-unknown-field]
    thing['nmae']  # [ovo-unknown-field-ignored]
    thing.obj_reset_changes(['id', 'nmae'])  # [ovo-unknown-field-ignored]
    thing.obj_reset_changes(fields=('nmae',))  # [ovo-unknown-field-ignored]
    'nmae' in thing  # [ovo-unknown-field-ignored]


def writes(ctx):
    thing = Thing(ctx)
    thing.nmae = 'x'  # [ovo-unknown-field-ignored]
    thing['nmae'] = 'x'  # [ovo-unknown-field-ignored]
    rack = rack_obj.Rack(ctx, naem='x')  # [ovo-unknown-field-ignored]
    rack.locaton = 'row 2'  # [ovo-unknown-field-ignored]
    return Thing(ctx, id=1, nmae='y')  # [ovo-unknown-field-ignored]


def reset_string(thing):
    thing.obj_reset_changes('name')  # [ovo-reset-changes-string]
    thing.obj_reset_changes(fields='id')  # [ovo-reset-changes-string]


def through_a_typed_field(ctx):
    server = rack_obj.Rack(ctx)
    server.obj_attr_is_set('tag')  # [ovo-unknown-field]
