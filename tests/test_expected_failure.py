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
"""expects_failure: which nodes run where a test expects an exception."""

import astroid
import pytest

from pylint_oslo_review.expected_failure import expects_failure

_CODE = '''
import pytest
from pytest import raises
import testtools
class T:
    def test(self):
        with self.assertRaises(TypeError):
            f(1)  #@
        with self.assertRaisesRegex(TypeError, "x") as cm:
            f(2)  #@
        with pytest.raises(ValueError):
            f(3)  #@
        with raises(ValueError):
            f(4)  #@
        with testtools.ExpectedException(ValueError):
            f(5)  #@
        self.assertRaises(TypeError, g, f(6))  #@
        self.assertRaises(TypeError, lambda: f(7))  #@
        def _bad():
            return f(8)  #@
        self.assertRaises(TypeError, _bad)
        f(9)  #@
        with self.assertRaises(TypeError):
            def later():
                return f(10)  #@
        self.assertRaises(TypeError, g, x=f(11))  #@
        with self.assertRaises(TypeError):
            class K:
                v = f(12)  #@
        with open("x"):
            f(13)  #@
        self.assertRaises(f(14), g)  #@
'''

EXPECTED = {1: True, 2: True, 3: True, 4: True, 5: True, 6: True, 7: True, 8: True,
            9: False, 10: False, 11: True, 12: True, 13: False, 14: False}


def _calls():
    found = {}
    for statement in astroid.extract_node(_CODE):
        for call in statement.nodes_of_class(astroid.nodes.Call):
            if call.func.as_string() == "f":
                found[call.args[0].value] = call
    return found


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_expects_failure(number):
    assert expects_failure(_calls()[number]) is EXPECTED[number]
