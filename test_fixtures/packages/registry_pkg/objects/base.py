from oslo_versionedobjects import base as ovo_base


class ProjectRegistry(ovo_base.VersionedObjectRegistry):
    def registration_hook(self, cls, index):
        from registry_pkg import objects  # pylint: disable=import-outside-toplevel
        setattr(objects, cls.obj_name(), cls)
