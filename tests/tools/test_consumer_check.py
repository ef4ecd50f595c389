# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.
"""The consumer.py acceptance check mutates the file where it means to."""

from tools.corpus import consumer_check

SAMPLE = '''@db_api.placement_context_manager.reader
def _get_consumer_by_uuid(ctx, uuid):
    return ctx.session


class Consumer:
    def create(self):
        _create_in_db(self._context)
        self.obj_reset_changes()
'''


def test_line_of():
    assert consumer_check._line_of(SAMPLE, "def _get_consumer_by_uuid") == 2  # pylint: disable=protected-access
    assert consumer_check._line_of(SAMPLE, "class Consumer", offset=2) == 8  # pylint: disable=protected-access


def test_mutations_apply_to_the_shapes_they_expect():
    assert consumer_check.MISSING_CONTEXT[0] in SAMPLE
    assert consumer_check.RESET_ANCHOR in SAMPLE
    mutated = SAMPLE.replace(consumer_check.RESET_ANCHOR, consumer_check.RESET_MUTATION)
    reset_line = consumer_check._line_of(mutated, consumer_check.RESET_MUTATION, offset=3)  # pylint: disable=protected-access
    assert mutated.splitlines()[reset_line - 1].strip() == "self.obj_reset_changes()"
    assert mutated.splitlines()[reset_line - 2].strip().startswith("self._from_db_object(")
