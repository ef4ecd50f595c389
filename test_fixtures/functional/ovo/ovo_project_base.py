"""A project's own object base with OVO's change tracking, as nova's was before oslo.

nova's NovaObject (nova/objects/base.py, 2013-14) is what oslo.versionedobjects
was extracted from: each field is a property whose setter records the change,
obj_what_changed() reads the record and obj_reset_changes() clears it. The
plugin knows such a base by that protocol, not by its name.
"""
# pylint: disable=missing-docstring
from oslo_versionedobjects import fields


def make_class_properties(cls):
    for name in cls.fields:

        def getter(self, name=name):
            return getattr(self, '_' + name)

        def setter(self, value, name=name):
            self._changed_fields.add(name)
            setattr(self, '_' + name, value)

        setattr(cls, name, property(getter, setter))


def register(cls):
    make_class_properties(cls)
    return cls


class ProjectObject:
    VERSION = '1.0'
    fields = {}

    def __init__(self, context=None):
        self._changed_fields = set()
        self._context = context

    def obj_what_changed(self):
        return set(self._changed_fields)

    def obj_reset_changes(self, fields=None):  # pylint: disable=redefined-outer-name
        if fields:
            self._changed_fields -= set(fields)
        else:
            self._changed_fields.clear()

    def __getitem__(self, name):
        return getattr(self, name)

    def __setitem__(self, name, value):
        setattr(self, name, value)


@register
class Flavor(ProjectObject):
    VERSION = '1.1'
    fields = {'id': fields.IntegerField(), 'extra_specs': fields.DictOfStringsField()}

    @classmethod
    def get_by_id(cls, context, flavor_id):
        flavor = cls(context)
        flavor.id = flavor_id
        flavor.obj_reset_changes()
        return flavor

    def refresh(self):
        current = self.__class__.get_by_id(self._context, self.id)
        for field in self.fields:  # [ovo-refresh-leaves-changes]
            if self[field] != current[field]:
                self[field] = current[field]

    def save(self):
        return self.obj_what_changed()


def unset_extra_spec(context, flavor_id, key):
    flavor = Flavor.get_by_id(context, flavor_id)
    del flavor.extra_specs[key]  # [ovo-inplace-mutation-untracked]
    flavor.save()
