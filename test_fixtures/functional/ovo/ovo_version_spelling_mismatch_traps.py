"""The base reads the spelling its objects set (nova after 99cbfb3492): nothing to report."""
# pylint: disable=missing-docstring


def make_class_properties(cls):
    for name in cls.fields:

        def getter(self, name=name):
            return getattr(self, '_' + name)

        def setter(self, value, name=name):
            self._changed_fields.add(name)  # pylint: disable=protected-access
            setattr(self, '_' + name, value)

        setattr(cls, name, property(getter, setter))


def remotable_classmethod(fn):
    def wrapper(cls, context, *args):
        return cls.indirection_api.object_class_action(context, cls.obj_name(), fn.__name__, cls.VERSION, args)
    return classmethod(wrapper)


class ProjectObject:
    VERSION = '1.0'
    fields = {}
    indirection_api = None

    def __init__(self):
        self._changed_fields = set()

    @classmethod
    def obj_name(cls):
        return cls.__name__

    def obj_what_changed(self):
        return set(self._changed_fields)

    def obj_reset_changes(self, fields=None):
        if fields:
            self._changed_fields -= set(fields)
        else:
            self._changed_fields.clear()

    def obj_to_primitive(self):
        return {'project_object.name': self.obj_name(), 'project_object.version': self.VERSION}


class Instance(ProjectObject):
    VERSION = '1.9'
    fields = {}


class Flavor(ProjectObject):
    VERSION = '1.1'
    fields = {}


class Legacy(ProjectObject):
    # Both spellings: the one the base reads is there.
    VERSION = '1.3'
    version = '1.3'
    fields = {}


class Unrelated:
    version = '2.0'


class Widget(Unrelated):
    VERSION = '2.1'
