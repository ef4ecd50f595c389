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
"""oslo.log's getLogger infers to its adapter; other getLogger calls do not change."""

import astroid
import pytest

pytestmark = pytest.mark.usefixtures("fresh_astroid")


def _qnames(call):
    return [value.pytype() if not isinstance(value, astroid.Instance) else value.qname() for value in call.inferred()]


def test_oslo_log_get_logger_is_a_keyword_argument_adapter():
    call = astroid.extract_node('''
from oslo_log import log as oslo_logging
oslo_logging.getLogger(__name__)  #@
''')
    assert _qnames(call) == ["oslo_log.log.KeywordArgumentAdapter"]


def test_stdlib_get_logger_is_left_to_astroid():
    call = astroid.extract_node('''
import logging
logging.getLogger(__name__)  #@
''')
    assert "oslo_log.log.KeywordArgumentAdapter" not in _qnames(call)
    assert "logging.Logger" in _qnames(call)


def test_other_get_logger_functions_are_left_alone():
    call = astroid.extract_node('''
def getLogger(name):
    return name
getLogger("x")  #@
''')
    assert [value.value for value in call.inferred()] == ["x"]
