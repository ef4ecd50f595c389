"""ovo-redundant-reset-changes: resets that look repeated but do something."""
# pylint: disable=missing-docstring
from oslo_versionedobjects import base
from oslo_versionedobjects import fields

from inventory.objects import rack as rack_obj


def helper(obj):
    obj.name = 'changed'


@base.VersionedObjectRegistry.register
class Thing(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        'id': fields.IntegerField(),
        'name': fields.StringField(nullable=True),
        'child': fields.ObjectField('Thing', nullable=True),
        'metadata': fields.DictOfStringsField(default={}),
    }

    def full_after_partial(self):
        self.obj_reset_changes(['name'])
        self.obj_reset_changes()

    def recursive_after_plain(self):
        self.obj_reset_changes()
        self.obj_reset_changes(recursive=True)

    def recursive_after_child_changed(self):
        self.obj_reset_changes(recursive=True)
        self.child.name = 'x'
        self.obj_reset_changes(recursive=True)

    def other_fields(self):
        self.obj_reset_changes(['name'])
        self.obj_reset_changes(['id'])

    def different_objects(self, other):
        self.obj_reset_changes()
        other.obj_reset_changes()
        self.child.obj_reset_changes()

    def assignment_between(self):
        self.obj_reset_changes()
        self.name = 'x'
        self.obj_reset_changes()

    def augmented_and_deleted(self):
        self.obj_reset_changes()
        self.id += 1
        self.obj_reset_changes()
        del self.name
        self.obj_reset_changes()

    def dict_compat_and_setattr(self):
        self.obj_reset_changes()
        self['name'] = 'x'
        self.obj_reset_changes()
        setattr(self, 'name', 'y')
        self.obj_reset_changes()

    def change_set_by_hand(self):
        self.obj_reset_changes()
        self._changed_fields.add('name')
        self.obj_reset_changes()

    def only_some_paths(self, flag):
        if flag:
            self.obj_reset_changes()
        self.obj_reset_changes()

    def loop_may_not_run(self, rows):
        for row in rows:
            self.obj_reset_changes()
            self.name = row
        self.obj_reset_changes()

    def unknown_callee(self, unknown):
        self.obj_reset_changes()
        unknown(self)
        self.obj_reset_changes()
        self.obj_set_defaults()
        self.obj_reset_changes()

    def known_callee_that_assigns(self):
        self.obj_reset_changes()
        helper(self)
        self.obj_reset_changes()

    def aliased(self):
        self.obj_reset_changes()
        same = self
        same.name = 'x'
        self.obj_reset_changes()

    def rebound(self, other):
        thing = self
        thing.obj_reset_changes()
        thing = other
        thing.obj_reset_changes()

    def closure_assigns(self):
        def _create_in_db():
            self.id = 7

        self.obj_reset_changes()
        _create_in_db()
        self.obj_reset_changes()

    def closure_as_callback(self, run):
        def _update():
            self.name = 'x'

        self.obj_reset_changes()
        run(_update)
        self.obj_reset_changes()

    def exception_path(self):
        self.obj_reset_changes()
        try:
            self.name = 'x'
            helper(None)
        except ValueError:
            self.obj_reset_changes()

    def conditional_expression(self, flag):
        _ = flag and self.obj_reset_changes()
        self.obj_reset_changes()

    def unknown_field_list(self, names):
        self.obj_reset_changes(['name'])
        self.obj_reset_changes(names)

    def string_is_not_a_list(self):
        self.obj_reset_changes('name')
        self.obj_reset_changes(['name'])


@base.VersionedObjectRegistry.register
class Tracked(base.VersionedObject):
    """Tracks in-place changes of its dict field, as nova's Instance does."""

    fields = {'metadata': fields.DictOfStringsField(default={})}

    def obj_what_changed(self):
        return super().obj_what_changed()

    def update_metadata(self, key, value):
        self.obj_reset_changes()
        self.metadata[key] = value
        self.obj_reset_changes()

    def append_metadata(self, other):
        self.obj_reset_changes()
        self.metadata.update(other)
        self.obj_reset_changes()


def placement_create(rack):
    """placement 0.1.0 Consumer.create(): the closure writes fields of rack."""
    def _create_in_db(ctx):
        rack.id = ctx

    _create_in_db(rack._context)
    rack.obj_reset_changes()


def fresh_object(context):
    rack = rack_obj.Rack(context, name='x')
    rack.obj_reset_changes()
    return rack
