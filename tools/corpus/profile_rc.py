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


"""Corpus runs with one of the plugin's profiles (``run --profile NAME``).

A profile is the configuration a project adopts, so linting the corpus
with it answers "what would this project see": which of the checks it
switched off can be switched back on, and how many messages each still
gives. The bare run must not load the plugin, so the harness lints with a
copy of the profile without its ``load-plugins`` line; the plugin run
loads the plugin on the command line as usual. The profile also decides
which messages are enabled, so the corpus ``rc_options`` do not apply.
"""

from __future__ import annotations

import configparser
import io
import pathlib


def bare_profile_text(profile: pathlib.Path) -> str:
    """The profile's settings without ``load-plugins``, as a pylintrc."""
    parser = _parser()
    parser.read(profile, encoding="utf-8")
    for section in parser.sections():
        parser.remove_option(section, "load-plugins")
    stream = io.StringIO()
    stream.write(
        f"# {profile.name} without load-plugins: the corpus bare run must not\n"
        "# load the plugin; the plugin run loads it on the command line.\n"
    )
    parser.write(stream)
    return stream.getvalue()


def disabled_names(text: str) -> list[str]:
    """The names a pylintrc's ``disable`` options list, in order, once each."""
    parser = _parser()
    parser.read_string(text)
    names: list[str] = []
    for section in parser.sections():
        value = parser.get(section, "disable", fallback="")
        for name in value.replace("\n", ",").split(","):
            name = name.strip()
            if name and name not in names:
                names.append(name)
    return names


def _parser() -> configparser.ConfigParser:
    """A parser that reads a pylintrc as pylint does, without interpolation."""
    return configparser.ConfigParser(inline_comment_prefixes=("#", ";"), interpolation=None)
