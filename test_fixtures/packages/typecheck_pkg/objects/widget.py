from oslo_versionedobjects import base as ovo_base

from typecheck_pkg.objects import base
from typecheck_pkg.objects import fields


@ovo_base.VersionedObjectRegistry.register
class Widget(base.ProjectObject):
    fields = {'label': fields.StringField(), 'gizmo_name': fields.StringField(nullable=True)}
