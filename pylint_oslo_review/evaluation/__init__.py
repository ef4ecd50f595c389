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

"""Static evaluation of module-level Python: the values declarations have at import.

Exact where the source allows it, and ``Unknown`` with a reason otherwise:
``values`` (what evaluation produces), ``scopes`` (which statement binds a
name), ``evaluator`` (expressions, names, attributes, calls, MROs),
``construction`` (what ``__init__`` chains store) and ``builtin_calls``
(the Python callables folding may run on data). Nothing here imports or
runs the analysed code.
"""
