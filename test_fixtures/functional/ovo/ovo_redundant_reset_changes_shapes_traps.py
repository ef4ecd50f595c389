"""ovo-redundant-reset-changes: call shapes the reset flow must survive.

Each method once crashed the reset analysis (IndexError: a method called
on a receiver but declaring no positional parameter for it). They must
stay quiet, and must not crash under PYLINT_OSLO_REVIEW_STRICT.
"""
# pylint: disable=missing-docstring,no-method-argument
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


def keep(*args):
    return args


@base.VersionedObjectRegistry.register
class Flavor(base.VersionedObject, base.VersionedObjectDictCompat):
    fields = {
        'id': fields.IntegerField(),
        'specs': fields.DictOfStringsField(default={}),
    }

    # nova's Flavor: an override that copies a dict field after the reset.
    def obj_reset_changes(self, fields=None, recursive=False):
        super().obj_reset_changes(fields=fields, recursive=recursive)
        self._orig_specs = self.specs.copy() if 'specs' in self else {}

    def star(*args):
        # The receiver lands in args[0]: it may change anything.
        args[0].id = 1

    def kw_only(**kwargs):
        kwargs.clear()

    def builtin_copy_between_resets(self):
        self.obj_reset_changes()
        local = {}
        local.copy()
        self.id = 2
        self.obj_reset_changes()

    def star_method_between_resets(self):
        self.obj_reset_changes()
        self.star()
        self.obj_reset_changes()

    def star_method_with_arguments(self):
        self.obj_reset_changes(['id'])
        self.star(self, 1)
        self.obj_reset_changes(['id'])

    def kwargs_method_between_resets(self):
        self.obj_reset_changes()
        self.kw_only()
        self.obj_reset_changes()

    def star_function_between_resets(self):
        self.obj_reset_changes()
        keep(self)
        self.obj_reset_changes()

    def copy_of_field_between_resets(self):
        self.obj_reset_changes()
        specs = self.specs.copy()
        specs['x'] = 'y'
        self.specs = specs
        self.obj_reset_changes()
