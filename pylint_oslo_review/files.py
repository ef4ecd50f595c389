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

"""Read a file a user named in an option: regular files only, bounded, never blocking.

An option value is whatever the user typed. ``open(path).read()`` on it
hangs for ever on a FIFO, ends in ``MemoryError`` on ``/dev/zero`` and
raises ``IsADirectoryError`` on a directory. :func:`read_text` checks
``S_ISREG`` before opening, opens with ``O_NONBLOCK`` (a FIFO swapped in
after the check still cannot block), checks again on the open descriptor,
reads at most *limit* + 1 bytes, and turns every failure into
:class:`UnusableFile`, whose text says why in words a user can act on.
"""

from __future__ import annotations

import os
import stat

#: Larger than any recorded-hashes module or baseline a project keeps.
DEFAULT_LIMIT = 64 * 1024 * 1024


class UnusableFile(Exception):
    """A file that cannot be used; ``str()`` completes "<path> ..."."""

    def __init__(self, path: str, reason: str, missing: bool = False) -> None:
        super().__init__(f"{path} {reason}")
        self.path = path
        self.reason = reason
        #: The file does not exist (some callers tolerate only that).
        self.missing = missing


def read_bytes(path: str, limit: int = DEFAULT_LIMIT) -> bytes:
    """The content of the regular file *path*, at most *limit* bytes."""
    try:
        info = os.stat(path)
    except FileNotFoundError as error:
        raise UnusableFile(path, "does not exist", missing=True) from error
    except OSError as error:
        raise UnusableFile(path, f"cannot be read: {error.strerror or error}") from error
    _check_regular(path, info, limit)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise UnusableFile(path, f"cannot be read: {error.strerror or error}") from error
    try:
        with os.fdopen(descriptor, "rb") as handle:
            _check_regular(path, os.fstat(handle.fileno()), limit)
            data = handle.read(limit + 1)
    except OSError as error:
        raise UnusableFile(path, f"cannot be read: {error.strerror or error}") from error
    if len(data) > limit:
        raise UnusableFile(path, f"is larger than {limit} bytes")
    return data


def read_text(path: str, limit: int = DEFAULT_LIMIT) -> str:
    """:func:`read_bytes`, decoded as UTF-8."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnusableFile(path, f"is not UTF-8 text (byte {error.start})") from error


def _check_regular(path: str, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UnusableFile(path, "is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnusableFile(path, "is not a regular file (a FIFO, socket or device)")
    if info.st_size > limit:
        raise UnusableFile(path, f"is larger than {limit} bytes")
