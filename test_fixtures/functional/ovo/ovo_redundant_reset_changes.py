"""ovo-redundant-reset-changes: resets that an earlier reset makes useless."""
# pylint: disable=missing-docstring
import logging

from oslo_versionedobjects import base
from oslo_versionedobjects import fields

LOG = logging.getLogger(__name__)


@base.VersionedObjectRegistry.register
class Thing(base.VersionedObject):
    fields = {
        'id': fields.IntegerField(),
        'name': fields.StringField(nullable=True),
        'tags': fields.ListOfStringsField(default=[]),
    }

    @staticmethod
    def _from_db_object(context, thing, db_thing):
        thing.id = db_thing['id']
        thing.name = db_thing['name']
        thing._context = context
        thing.obj_reset_changes()
        return thing

    def refresh(self):
        self._from_db_object(self._context, self, {'id': 1, 'name': 'x'})
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]

    def twice(self):
        self.name = 'x'
        self.obj_reset_changes()
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]

    def partial_after_full(self):
        self.obj_reset_changes()
        self.obj_reset_changes(['name'])  # [ovo-redundant-reset-changes]

    def subset_after_partial(self):
        self.obj_reset_changes(['id', 'name'])
        self.obj_reset_changes(fields=['name'])  # [ovo-redundant-reset-changes]

    def plain_after_recursive(self):
        self.obj_reset_changes(recursive=True)
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]

    def empty_list_resets_everything(self):
        self.obj_reset_changes(fields=[])
        self.obj_reset_changes(['name'])  # [ovo-redundant-reset-changes]

    def on_every_branch(self, flag):
        if flag:
            self.obj_reset_changes()
        else:
            self.obj_reset_changes(recursive=True)
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]

    def reads_in_between(self):
        self.obj_reset_changes()
        LOG.debug('reset %s (%s)', self.id, self.name)
        if 'name' in self.obj_what_changed() or self.obj_attr_is_set('id'):
            LOG.info('never: %s', self.obj_get_changes())
        print(self.tags[0], len(self.tags))
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]

    def through_own_method(self):
        self._load()
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]

    def _load(self):
        global LOG  # pylint: disable=global-statement
        try:
            self.name = 'loaded'
        except ValueError:
            pass
        self.obj_reset_changes()
        LOG = LOG.getChild('loaded')

    @classmethod
    def get(cls, context):
        thing = cls._from_db_object(context, cls(context), {'id': 1, 'name': None})
        thing.obj_reset_changes()  # [ovo-redundant-reset-changes]
        return thing

    def in_a_loop(self, rows):
        for row in rows:
            self.name = row
        self.obj_reset_changes()
        while True:
            self.obj_reset_changes()  # [ovo-redundant-reset-changes]
            if self.id:
                break

    def after_try(self):
        try:
            self._from_db_object(self._context, self, {'id': 2, 'name': 'y'})
        finally:
            LOG.debug('done')
        self.obj_reset_changes()  # [ovo-redundant-reset-changes]


def module_level(context, thing):
    Thing._from_db_object(context, thing, {'id': 3, 'name': 'z'})
    thing.obj_reset_changes()  # [ovo-redundant-reset-changes]
