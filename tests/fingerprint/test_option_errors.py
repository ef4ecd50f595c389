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
"""An unusable --ovo-recorded-hashes file is an error, never silence or a hang.

pylint runs in a subprocess with a timeout: the exit status is part of
what is tested, and a FIFO that blocks must fail the test, not hang it.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pylint_oslo_review import files
from pylint_oslo_review.fingerprint import recorded_hashes
from tests.fingerprint.test_checker import ADD_COLOUR, _copy
from tests.lint import EMPTY_RC

ROOT = Path(__file__).resolve().parents[2]
OPTION = "--ovo-recorded-hashes"


def _pylint(package, *options):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(package.parent)]))
    return subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n",
         "--load-plugins=pylint_oslo_review", "--disable=all",
         "--enable=ovo-fingerprint-mismatch,config-parse-error", "--score=n",
         "--msg-template={path}:{line}:{symbol}:{msg}", *options, str(package)],
        cwd=package.parent, env=env, capture_output=True, text=True, check=False, timeout=120,
    )


def _bad_files(tmp_path):
    """Every kind of unusable file, and the words that must say why."""
    garbage = tmp_path / "garbage.py"
    garbage.write_text("object_data = {\n", encoding="utf-8")
    other = tmp_path / "other.py"
    other.write_text("something_else = {'Crate': '1.1-0'}\n", encoding="utf-8")
    binary = tmp_path / "binary.py"
    binary.write_bytes(b"object_data = {'\xff': ''}\n")
    fifo = tmp_path / "fifo.py"
    os.mkfifo(fifo)
    directory = tmp_path / "directory.py"
    directory.mkdir()
    return {
        "missing": (tmp_path / "missing.py", "does not exist"),
        "directory": (directory, "is a directory"),
        "fifo": (fifo, "is not a regular file"),
        "device": (Path("/dev/zero"), "is not a regular file"),
        "garbage": (garbage, "is not valid Python"),
        "no-table": (other, "has no module-level dict literal named 'object_data'"),
        "not-utf8": (binary, "is not UTF-8 text"),
    }


CASES = ["missing", "directory", "fifo", "device", "garbage", "no-table", "not-utf8"]


@pytest.mark.parametrize("case", CASES)
def test_an_unusable_absolute_path_stops_pylint_naming_the_option(tmp_path, case):
    package = _copy(tmp_path, ADD_COLOUR)
    path, reason = _bad_files(tmp_path)[case]
    result = _pylint(package, f"{OPTION}={path}")
    assert result.returncode == 32, (result.stdout, result.stderr)
    assert f"pylint: error: argument {OPTION}: {path} {reason}" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_an_unusable_relative_path_is_a_config_error_on_the_modules_that_need_it(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    result = _pylint(package, f"{OPTION}=tests/unit/objects/missing.py")
    assert result.returncode & 1, (result.stdout, result.stderr)  # config-parse-error is F0011
    lines = [line for line in result.stdout.splitlines() if not line.startswith("*")]
    assert lines and all(":1:config-parse-error:" in line for line in lines), lines
    assert f"{OPTION}: {package / 'tests/unit/objects/missing.py'} does not exist" in lines[0]
    # Once per module that has a registered class, whatever the order.
    assert len(lines) == len({line.split(":", 1)[0] for line in lines})


def test_a_table_name_that_the_default_file_lacks_is_an_error(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    result = _pylint(package, "--ovo-recorded-hashes-table=recorded")
    assert result.returncode & 1
    assert "has no module-level dict literal named 'recorded'" in result.stdout


def test_the_default_location_may_be_missing(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    (package / "tests" / "unit" / "objects" / "test_objects.py").unlink()
    result = _pylint(package)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "", "")


def test_an_empty_value_switches_the_check_off_quietly(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    result = _pylint(package, f"{OPTION}=")
    assert (result.returncode, result.stdout.strip()) == (0, "")


def test_a_good_absolute_path_still_works(tmp_path):
    package = _copy(tmp_path, ADD_COLOUR)
    result = _pylint(package, f"{OPTION}={package / 'tests/unit/objects/test_objects.py'}")
    assert result.returncode & 2
    assert ":ovo-fingerprint-mismatch:'Crate' changed without a VERSION bump" in result.stdout


@pytest.mark.parametrize("case", CASES)
def test_load_table_says_why(tmp_path, case):
    path, reason = _bad_files(tmp_path)[case]
    with pytest.raises(files.UnusableFile, match=reason):
        recorded_hashes.load_table(str(path))
    assert recorded_hashes.read_table(str(path)) is None


def test_reads_are_bounded(tmp_path):
    big = tmp_path / "big.py"
    big.write_text("x = 1\n" * 100, encoding="utf-8")
    with pytest.raises(files.UnusableFile, match="is larger than 10 bytes"):
        files.read_text(str(big), limit=10)
    assert files.read_text(str(big), limit=600) == "x = 1\n" * 100
