from oslo_versionedobjects import base as ovo_base


class ProjectObject(ovo_base.VersionedObject):
    OBJ_PROJECT_NAMESPACE = 'typecheck_pkg'
