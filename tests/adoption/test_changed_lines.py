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

"""--changed-since: the lines git says changed, and nothing else."""

import os

import pytest
from pylint.interfaces import UNDEFINED
from pylint.message import Message
from pylint.typing import MessageLocationTuple

from pylint_oslo_review.cli.changed_lines import ChangedLines, GitError, parse_diff
from tests.adoption.helpers import commit_all, git

DIFF = """\
diff --git a/pkg/a.py b/pkg/a.py
index 1..2 100644
--- a/pkg/a.py
+++ b/pkg/a.py
@@ -3 +3 @@ def f():
-    return 1
+    return 2
@@ -10,0 +11,2 @@ def g():
+    x = 1
+    y = 2
@@ -20,3 +22,0 @@ def h():
-    gone
diff --git a/old.py b/old.py
deleted file mode 100644
--- a/old.py
+++ /dev/null
@@ -1 +0,0 @@
-x = 1
diff --git "a/we\\tird.py" "b/we\\tird.py"
--- "a/we\\tird.py"
+++ "b/we\\tird.py"
@@ -1 +1 @@
-a
+b
"""


def test_parse_diff_keeps_added_and_modified_lines():
    assert parse_diff(DIFF) == {"pkg/a.py": {3, 11, 12}, "we\tird.py": {1}}


def message(path, line):
    """A pylint message on *line* of *path*."""
    location = MessageLocationTuple(str(path), str(path), "m", "", line, 0, None, None)
    return Message("C0301", "line-too-long", location, "Line too long", UNDEFINED)


@pytest.fixture(name="repository")
def fixture_repository(tmp_path):
    """A git repository with one committed module of five lines."""
    git(tmp_path, "init", "--quiet")
    (tmp_path / "mod.py").write_text("a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n", encoding="utf-8")
    (tmp_path / "gone.py").write_text("x = 1\n", encoding="utf-8")
    commit_all(tmp_path, "one")
    return tmp_path


def test_commits_staged_unstaged_and_untracked_changes_count(repository):
    mod = repository / "mod.py"
    mod.write_text("a = 1\nB = 2\nc = 3\nd = 4\ne = 5\n", encoding="utf-8")
    commit_all(repository, "two")
    mod.write_text("a = 1\nB = 2\nc = 3\nD = 4\ne = 5\nf = 6\n", encoding="utf-8")
    git(repository, "add", "mod.py")
    mod.write_text("a = 1\nB = 2\nc = 3\nD = 4\ne = 5\nF = 6\n", encoding="utf-8")
    (repository / "gone.py").unlink()
    (repository / "new.py").write_text("n = 1\n" * 3, encoding="utf-8")
    changed = ChangedLines.since("HEAD~1", cwd=str(repository))
    assert [line for line in range(1, 7) if changed.contains(str(mod), line)] == [2, 4, 6]
    assert changed.contains(str(repository / "new.py"), 3)
    assert not changed.contains(str(repository / "gone.py"), 1)


def test_keep_hides_unchanged_lines_but_not_messages_about_no_file(repository, tmp_path_factory):
    (repository / "mod.py").write_text("a = 1\nb = 22\nc = 3\nd = 4\ne = 5\n", encoding="utf-8")
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "x.py"
    elsewhere.write_text("x = 1\n", encoding="utf-8")
    changed = ChangedLines.since("HEAD", cwd=str(repository))
    on_change, unchanged = message(repository / "mod.py", 2), message(repository / "mod.py", 3)
    no_file, outside = message("", 0), message(elsewhere, 1)
    assert changed.keep([on_change, unchanged, no_file, outside]) == [on_change, no_file, outside]
    assert changed.hidden == 1


def test_subdirectory_and_symlinked_paths_resolve_to_the_same_file(repository):
    (repository / "mod.py").write_text("a = 1\nb = 22\nc = 3\nd = 4\ne = 5\n", encoding="utf-8")
    link = repository.parent / f"{repository.name}-link"
    os.symlink(repository, link)
    changed = ChangedLines.since("HEAD", cwd=str(link))
    assert changed.contains(str(link / "mod.py"), 2)


def test_an_unknown_revision_is_an_error_with_gits_words(repository):
    with pytest.raises(GitError, match="bad revision 'no-such-revision'"):
        ChangedLines.since("no-such-revision", cwd=str(repository))


def test_outside_a_repository_is_an_error(tmp_path):
    with pytest.raises(GitError, match="not a git repository"):
        ChangedLines.since("HEAD", cwd=str(tmp_path))
