"""Values that OVO fields reject, read-only fields set twice, untracked in-place changes."""
# pylint: disable=missing-docstring
import datetime

from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Shelf(base.VersionedObject):
    fields = {'slots': fields.IntegerField()}


@base.VersionedObjectRegistry.register
class Rack(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(read_only=True),
        'name': fields.StringField(),
        'count': fields.IntegerField(),
        'when': fields.DateTimeField(nullable=True),
        'state': fields.EnumField(['active', 'retired']),
        'tags': fields.ListOfStringsField(default=[]),
        'labels': fields.DictOfStringsField(default={}),
        'ids': fields.SetOfIntegersField(default=set()),
        'shelf': fields.ObjectField('Shelf', nullable=True),
    }

    def load(self, row):
        self.name = ['a', 'b']  # [ovo-field-type-mismatch]
        self.count = 'twelve'  # [ovo-field-type-mismatch]
        self.when = 1700000000  # [ovo-field-type-mismatch]
        self.state = 'actve'  # [ovo-field-type-mismatch]
        self.tags = 'a,b'  # [ovo-field-type-mismatch]
        self.labels = [('a', 'b')]  # [ovo-field-type-mismatch]
        self.ids = [1, 2]  # [ovo-field-type-mismatch]
        self.shelf = {'slots': 3}  # [ovo-field-type-mismatch]
        self.shelf = Rack()  # [ovo-field-type-mismatch]
        self.name = None  # [ovo-field-type-mismatch]
        self.id = row['id']
        self.id = row['new_id']  # [ovo-read-only-reassigned]

    def after_branches(self, row, flag):
        if flag:
            self.id = 1
        else:
            self.id = 2
        self.id = row['id']  # [ovo-read-only-reassigned]


def build(ctx):
    rack = Rack(ctx, name={'a': 1}, id=3)  # [ovo-field-type-mismatch]
    rack.id = 4  # [ovo-read-only-reassigned]
    return rack


def retag(ctx, tag):
    rack = Rack(ctx)
    rack.tags.append(tag)  # [ovo-inplace-mutation-untracked]
    rack.labels['owner'] = tag  # [ovo-inplace-mutation-untracked]
    rack.save()


def send(ctx, ids):
    rack = Rack(ctx)
    for one in ids:
        rack.ids.add(one)  # [ovo-inplace-mutation-untracked]
    return rack.obj_get_changes(), datetime.datetime.now()


def assigned_saved_then_updated(ctx, metadata):
    """save() resets the changes: the later in-place change is lost."""
    rack = Rack(ctx)
    rack.labels = {'zone': 'a'}
    rack.save()
    rack.labels.update(metadata)  # [ovo-inplace-mutation-untracked]
    rack.save()
