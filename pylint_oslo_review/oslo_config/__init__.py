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

"""The oslo.config model: which options a project's static registration defines.

oslo.config raises ``NoSuchOptError`` / ``NoSuchGroupError`` when code
reads an option no ``register_opt(s)`` call defined. ``definitions`` reads
``cfg.*Opt(...)`` calls (dest, deprecated names), ``values`` resolves the
expressions handed to registration calls (option lists, group names,
parameters through their callers), ``registrations`` collects every
registration call of a project into a :class:`~.registrations.Registry`
(once per project and run), ``reads`` says which nodes read the global
``cfg.CONF`` and what they read. Whatever cannot be resolved opens the
group it may affect: the model over-approximates what is registered, so
a name it does not know is one that no code of the project registers.
"""
