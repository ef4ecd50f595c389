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

"""Comparing computed fingerprints with recorded ones, and saying what changed.

A hash cannot be inverted, but the most common change can be recognised:
an added field or an added remotable method. If the payload without one
field (or one method) hashes to the recorded digest, that field (or method)
is what was added. Anything else is reported as "changed" with the parts
that the fingerprint covers.
"""

from __future__ import annotations

from dataclasses import dataclass

from pylint_oslo_review.fingerprint import fingerprinter as fp
from pylint_oslo_review.fingerprint import recorded_hashes
from pylint_oslo_review.ovo.model import registration

MATCH = "match"
MISMATCH = "mismatch"
CANNOT_VERIFY = "cannot verify"
NOT_FOUND = "not found"
UNRECORDED = "unrecorded"


@dataclass(frozen=True)
class Verdict:
    """How one object's computed fingerprint compares with the recorded one."""

    obj_name: str
    status: str
    recorded: str | None = None
    computed: str | None = None
    #: Why it cannot be verified, or what changed.
    detail: str = ""


def next_version(version: str) -> str:
    """The VERSION a compatible change bumps to: the next minor version."""
    key = registration.version_key(version)
    if key is None or len(key) < 2:
        return f"{version} + 1 minor"
    return f"{key[0]}.{key[1] + 1}"


def explain(result: fp.Fingerprint, recorded_digest: str) -> str:
    """What was added since the recorded digest, when it is one field or method."""
    fields = [(f.name, f.text) for f in result.fields]
    for index, (name, _) in enumerate(fields):
        rest = fields[:index] + fields[index + 1:]
        if fp.digest(fp.payload(rest, result.methods, result.child_versions)) == recorded_digest:
            return f"field {name!r} was added"
    methods = list(result.methods)
    for index, (name, _) in enumerate(methods):
        rest = methods[:index] + methods[index + 1:]
        if fp.digest(fp.payload(fields, rest, result.child_versions)) == recorded_digest:
            return f"remotable method {name!r} was added"
    return "its fields or remotable method signatures changed"


def compare(results: dict[str, fp.Result], recorded: dict[str, str]) -> list[Verdict]:
    """A verdict per object name, recorded or registered, sorted by name."""
    verdicts = []
    for name in sorted(set(results) | set(recorded)):
        result, expected = results.get(name), recorded.get(name)
        if result is None:
            verdicts.append(Verdict(name, NOT_FOUND, expected, None, "no registered class has this name"))
        elif isinstance(result, fp.Unverifiable):
            verdicts.append(Verdict(name, CANNOT_VERIFY, expected, None, result.reason))
        elif expected is None:
            verdicts.append(Verdict(name, UNRECORDED, None, result.value))
        elif expected == result.value:
            verdicts.append(Verdict(name, MATCH, expected, result.value))
        else:
            verdicts.append(Verdict(name, MISMATCH, expected, result.value, describe_mismatch(result, expected)))
    return verdicts


def describe_mismatch(result: fp.Fingerprint, recorded: str) -> str:
    """Why *result* differs from *recorded*, and what to do."""
    parts = recorded_hashes.split(recorded)
    if parts is None:
        return f"the recorded value {recorded!r} is not VERSION-md5"
    version, digest = parts
    if version != result.version:
        if digest == result.digest:
            return f"VERSION is {result.version} but the table still records {version}"
        return f"VERSION changed from {version} to {result.version}; update the recorded hash"
    return f"{explain(result, digest)} without a VERSION bump; bump to {next_version(version)}"
