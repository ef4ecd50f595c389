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
"""never_crash: silence for users, a failure in the tests."""

import pytest

from pylint_oslo_review.guard import STRICT_ENV, never_crash


@never_crash
def broken():
    raise ValueError("a shape nobody foresaw")


def test_strict_mode_raises(monkeypatch):
    monkeypatch.setenv(STRICT_ENV, "1")
    with pytest.raises(ValueError):
        broken()


def test_users_get_silence(monkeypatch):
    monkeypatch.delenv(STRICT_ENV, raising=False)
    assert broken() is None


@never_crash(default=False)
def broken_predicate():
    raise KeyError("x")


def test_a_default_can_be_given(monkeypatch):
    monkeypatch.delenv(STRICT_ENV, raising=False)
    assert broken_predicate() is False


@never_crash
def unbounded(depth=0):
    return unbounded(depth + 1)


def test_strict_mode_raises_a_recursion_error_too(monkeypatch):
    monkeypatch.setenv(STRICT_ENV, "1")
    with pytest.raises(RecursionError):
        unbounded()


def test_users_get_silence_for_a_recursion_error(monkeypatch):
    monkeypatch.delenv(STRICT_ENV, raising=False)
    assert unbounded() is None
