"""ovo-reset-not-recursive: plain resets that leave a changed child object behind."""
# pylint: disable=missing-docstring
from oslo_serialization import jsonutils
from oslo_versionedobjects import base
from oslo_versionedobjects import fields


@base.VersionedObjectRegistry.register
class Server(base.VersionedObject):
    fields = {
        'uuid': fields.UUIDField(),
        'host': fields.StringField(nullable=True),
        'deleted': fields.BooleanField(default=False),
    }


@base.VersionedObjectRegistry.register
class Tag(base.VersionedObject):
    fields = {'tag': fields.StringField()}


@base.VersionedObjectRegistry.register
class TagList(base.ObjectListBase, base.VersionedObject):
    fields = {'objects': fields.ListOfObjectsField('Tag')}


@base.VersionedObjectRegistry.register
class Request(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(),
        'project_id': fields.StringField(),
        'server': fields.ObjectField('Server'),
        'tags': fields.ObjectField('TagList'),
    }

    def _load_server(self, db_server):
        # nova's BuildRequest._load_instance (before 61235cb959).
        self.server = Server.obj_from_primitive(jsonutils.loads(db_server))
        self.server.deleted = False
        self.server.host = None

    @staticmethod
    def _from_db_object(context, req, db_req):
        for key in ('id', 'project_id'):
            setattr(req, key, db_req[key])
        req._load_server(db_req['server'])
        req.obj_reset_changes()  # [ovo-reset-not-recursive]
        req._context = context
        return req

    @classmethod
    def get_by_id(cls, context, db_req):
        return cls._from_db_object(context, cls(), db_req)

    def refresh(self, db_req):
        self._from_db_object(self._context, self, db_req)

    def fill_in_place(self):
        self.server.host = 'compute-1'
        self.obj_reset_changes()  # [ovo-reset-not-recursive]

    def build_child(self, uuid):
        self.server = Server(uuid=uuid, host=None)
        self.project_id = 'p'
        self.obj_reset_changes()  # [ovo-reset-not-recursive]

    def list_child(self):
        self.tags = TagList(objects=[])
        self.obj_reset_changes(['tags'])  # [ovo-reset-not-recursive]

    def after_a_branch(self, flag):
        self.server.host = None
        if flag:
            self.project_id = 'p'
        else:
            self.id = 1
        self.obj_reset_changes(fields=None, recursive=False)  # [ovo-reset-not-recursive]


def load(context, db_req):
    req = Request(context)
    req.server = Server(context, uuid=db_req['uuid'])
    req.obj_reset_changes()  # [ovo-reset-not-recursive]
    return req
