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
"""Binding call arguments to the parameters of the function they reach."""

import astroid

from pylint_oslo_review.analysis import calls

CODE = '''
def plain(context, values, *, flag=False):
    pass

class Thing:
    def method(self, context, values=None):
        pass

    @classmethod
    def klass(cls, context):
        pass

    @staticmethod
    def static(context, thing):
        pass
'''


def _bind(call_code):
    call = astroid.extract_node(CODE + call_code + "  #@")
    bound = calls.resolve(call)
    return None if bound is None else {k: v.as_string() for k, v in bound.arguments.items()}


def test_functions_bind_by_position_and_keyword():
    assert _bind("plain(ctx, {'a': 1}, flag=True)") == {"context": "ctx", "values": "{'a': 1}", "flag": "True"}


def test_methods_skip_the_implicit_argument():
    assert _bind("Thing().method(ctx, values=v)") == {"context": "ctx", "values": "v"}
    assert _bind("Thing.klass(ctx)") == {"context": "ctx"}
    assert _bind("Thing().static(ctx, t)") == {"context": "ctx", "thing": "t"}
    assert _bind("Thing.method(obj, ctx)") == {"self": "obj", "context": "ctx"}


def test_unbindable_calls_give_nothing():
    assert _bind("plain(*args)") is None
    assert _bind("plain(ctx, **kwargs)") is None
    assert _bind("plain(ctx, 1, 2)") is None
    assert _bind("plain(ctx, context=ctx)") is None
    assert _bind("unknown(ctx)") is None


def test_first_positional_is_none_without_a_positional_parameter():
    star, kwargs, posonly = astroid.extract_node('''
def star(*args):  #@
    pass
def kw(**kwargs):  #@
    pass
def posonly(self, /, other):  #@
    pass
''')
    assert calls.first_positional(star) is None
    assert calls.first_positional(kwargs) is None
    assert calls.first_positional(posonly).name == "self"
