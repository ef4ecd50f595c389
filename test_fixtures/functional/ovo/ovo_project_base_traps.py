"""The same project-local base: the fixed code, and what the plugin leaves to the base's own code."""
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


class ProjectObjectRegistry:
    classes = {}

    @classmethod
    def register(cls, obj_cls):
        make_class_properties(obj_cls)
        cls.classes[obj_cls.__name__] = obj_cls
        return obj_cls


class ProjectObject:
    # nova's NovaObject of 2013 read 'version' with its own code
    # (obj_to_primitive, obj_class_from_name): the VERSION checks are about
    # what oslo.versionedobjects reads and stay out of such a base.
    version = '1.0'
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

    def obj_to_primitive(self):
        return {'version': self.version, 'changes': sorted(self.obj_what_changed())}

    def __getitem__(self, name):
        return getattr(self, name)

    def __setitem__(self, name, value):
        setattr(self, name, value)


@ProjectObjectRegistry.register
class Instance(ProjectObject):
    version = '1.2'
    fields = {'id': fields.IntegerField(), 'host': fields.StringField()}

    @classmethod
    def get_by_id(cls, context, instance_id):
        instance = cls(context)
        instance.id = instance_id
        instance.obj_reset_changes()
        return instance

    def refresh(self):
        current = self.__class__.get_by_id(self._context, self.id)
        for field in self.fields:
            if self[field] != current[field]:
                self[field] = current[field]
        self.obj_reset_changes()


@ProjectObjectRegistry.register
class Flavor(ProjectObject):
    fields = {'id': fields.IntegerField(), 'extra_specs': fields.DictOfStringsField()}

    def __init__(self, context=None):
        super().__init__(context)
        self._orig_extra_specs = {}

    @classmethod
    def get_by_id(cls, context, flavor_id):
        flavor = cls(context)
        flavor.id = flavor_id
        flavor.extra_specs = {}
        flavor.obj_reset_changes()
        return flavor

    def obj_reset_changes(self, fields=None):  # pylint: disable=redefined-outer-name
        super().obj_reset_changes(fields)
        self._orig_extra_specs = dict(getattr(self, '_extra_specs', {}))

    def obj_what_changed(self):
        # Compares against a snapshot: in-place changes are seen (nova's Flavor after the fix).
        changes = super().obj_what_changed()
        if self.extra_specs != self._orig_extra_specs:
            changes.add('extra_specs')
        return changes

    def save(self):
        return self.obj_what_changed()


def unset_extra_spec(context, flavor_id, key):
    flavor = Flavor.get_by_id(context, flavor_id)
    del flavor.extra_specs[key]
    flavor.save()

