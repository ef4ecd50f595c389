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

"""Render docs/precision-audit.rst from verdicts.json.

Everything in the document that counts or lists findings is generated, so
the published precision is always the one the verdict file supports; the
prose around the tables lives in the templates below.
"""

from __future__ import annotations

import collections

from tools.audit.keys import normalise_text
from tools.corpus import config

TITLE = "Precision audit"

INTRODUCTION = """\
Every message the plugin emits (all of its symbols, the off-by-default ones
too) on the whole package of each release below, unit tests included, read
by hand against the code and against the oslo sources
(``oslo_versionedobjects/base.py``, ``oslo_db/sqlalchemy/enginefacade.py``).
A verdict is

true
    the runtime failure or bug the message names really happens;
false
    it does not;
pointless
    it happens, on purpose: code under ``assertRaises`` or ``pytest.raises``.

``ovo-version-bump-unhandled`` (C, off by default) names no runtime failure
(an older receiver ignores keys it does not know); for it, true means the
convention is broken as stated: the comment really adds the field and
nothing (``obj_make_compatible``, ``obj_make_compatible_from_manifest``, a
subclass, a project hook) strips it.

Precision is true / all messages, so a pointless message counts against it:
a project that turns the plugin on sees it all the same. The releases are
the ``tools/corpus`` corpus; the checks were tuned on none of the releases
added for this audit. This file is generated: do not edit it by hand.

Re-running the audit
====================

After a check changes::

    python -m tools.audit run --cache DIR        # lints each release, -j1, at nice 15
    python -m tools.audit diff --cache DIR --skeleton new.json
    # judge each entry of new.json (verdict, reason, shape), then
    python -m tools.audit merge --cache DIR new.json
    python -m tools.audit report > docs/precision-audit.rst

(``--project NAME`` limits ``run`` and ``diff`` to some releases; the cache
defaults to ``$PYLINT_OSLO_REVIEW_AUDIT``, else
``~/.cache/pylint-oslo-review/audit``; it must be outside the repository.)

``run`` downloads each sdist once (``pip download --no-deps``) into the
cache and lints its whole package with ``--disable=all`` and every plugin
symbol enabled; the oslo libraries come from the running environment
(``tools/corpus/requirements.txt``). ``diff`` lists messages without a
verdict and verdicts whose message disappeared (a fixed false positive or
a lost true finding); a verdict is keyed by release, path, symbol,
enclosing function or class and message text with line numbers blanked,
so upstream line shifts do not invalidate it. Remove the verdicts ``diff``
reports as removed before regenerating, or the document still counts them.
"""


def render(data: dict, corpus: config.Corpus) -> str:
    """The whole document."""
    entries = data["verdicts"]
    parts = [_heading(TITLE, "="), "", INTRODUCTION, _releases(data, corpus, entries)]
    parts.append(_precision(entries))
    parts.append(_errors(entries))
    parts.append(_shapes(entries))
    parts.append(_shown(entries))
    parts.append(_gone(data.get("gone", [])))
    return "\n".join(parts)


def _heading(text: str, underline: str) -> str:
    return f"{text}\n{underline * len(text)}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    """A reStructuredText simple table."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    rule = "  ".join("=" * width for width in widths)
    lines = [rule, "  ".join(cell.ljust(width) for cell, width in zip(header, widths)).rstrip(), rule]
    for row in rows:
        lines.append("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
    lines.append(rule)
    return "\n".join(lines)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "n/a"


def _releases(data: dict, corpus: config.Corpus, entries: list[dict]) -> str:
    counts = collections.Counter(entry["release"] for entry in entries)
    rows = []
    for release, meta in sorted(data["releases"].items()):
        package = corpus.get(release).package if release in {p.key for p in corpus.projects} else "?"
        rows.append([f"``{release}``", f"``{package}``", str(meta.get("modules", "?")), meta.get("commit", "?"),
                     str(meta.get("wall_seconds", "?")), str(counts.get(release, 0))])
    table = _table(["release", "package linted", "modules", "plugin commit", "seconds", "messages"], rows)
    versions = sorted({meta["versions"] for meta in data["releases"].values() if meta.get("versions")})
    lines = [_heading("Releases", "="), "", table, ""]
    if versions:
        lines += ["Linted with " + "; ".join(versions) + ", ``-j1``, one release at a time "
                  "(seconds are wall-clock on a shared two-core machine).", ""]
    return "\n".join(lines)


def _precision(entries: list[dict]) -> str:
    by_symbol: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    ids = {}
    for entry in entries:
        by_symbol[entry["symbol"]][entry["verdict"]] += 1
        ids[entry["symbol"]] = entry["msg_id"]
    rows = []
    for symbol in sorted(by_symbol, key=lambda s: (ids[s], s)):
        counts = by_symbol[symbol]
        total = sum(counts.values())
        rows.append([ids[symbol], symbol, str(counts["true"]), str(counts["false"]),
                     str(counts["pointless"]), str(total), _percent(counts["true"], total)])
    overall = collections.Counter(entry["verdict"] for entry in entries)
    total = len(entries)
    rows.append(["", "**all**", str(overall["true"]), str(overall["false"]), str(overall["pointless"]),
                 str(total), _percent(overall["true"], total)])
    table = _table(["id", "symbol", "true", "false", "pointless", "total", "precision"], rows)
    note = _precision_note(entries, by_symbol)
    return "\n".join([_heading("Precision per symbol", "="), "", table, "", note, ""])


def _off_by_default() -> set[str]:
    """The plugin's symbols that a project gets only when it enables them."""
    from pylint_oslo_review.checkers import CHECKERS  # pylint: disable=import-outside-toplevel

    return {
        message[1]
        for checker in CHECKERS
        for message in checker.msgs.values()
        if len(message) > 3 and not message[3].get("default_enabled", True)
    }


def _precision_note(entries: list[dict], by_symbol: dict) -> str:
    """Overall precision without the off-by-default symbols, and without the biggest one."""
    off = _off_by_default()
    enabled = [e for e in entries if e["symbol"] not in off]
    enabled_true = sum(1 for e in enabled if e["verdict"] == "true")
    enabled_symbols = [s for s in by_symbol if s not in off]
    biggest = max(enabled_symbols, key=lambda s: (sum(by_symbol[s].values()), s)) if enabled_symbols else None
    rest = [e for e in enabled if e["symbol"] != biggest]
    rest_true = sum(1 for e in rest if e["verdict"] == "true")
    listed = ", ".join(f"``{symbol}``" for symbol in sorted(off & set(by_symbol)))
    return (
        f"What a project sees by default (without the off-by-default {listed}): "
        f"{enabled_true} / {len(enabled)} = {_percent(enabled_true, len(enabled))}; without them and "
        f"without ``{biggest}``, the symbol with the most messages: {rest_true} / {len(rest)} = "
        f"{_percent(rest_true, len(rest))}. Symbols the plugin has but that "
        "said nothing on these releases are not listed."
    )


def _where(entry: dict) -> str:
    return f"{entry['release']} ``{entry['path']}:{entry['line']}``"


def _errors(entries: list[dict]) -> str:
    errors = [entry for entry in entries if entry["msg_id"].startswith(("E", "F"))]
    lines = [_heading("Every E-level message", "="), ""]
    if not errors:
        lines += ["None.", ""]
        return "\n".join(lines)
    for entry in errors:
        lines.append(f"- {_where(entry)} ``{entry['symbol']}``: **{entry['verdict']}**. {_text(entry['reason'])}")
        lines.append(f"  Message: {_literal(entry['message'])}")
    lines.append("")
    return "\n".join(lines)


def _shapes(entries: list[dict]) -> str:
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for entry in entries:
        if entry["verdict"] != "true":
            groups[entry["shape"]].append(entry)
    lines = [_heading("False and pointless shapes", "="), ""]
    if not groups:
        lines += ["None.", ""]
        return "\n".join(lines)
    lines += ["Most messages first. Each shape names the code the check misreads; the example is the first "
              "occurrence, the reason is its verdict's. A shape named \"issue 10 shape N\" is one of the eight "
              "that issue 10 lists.", ""]
    for shape, members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        symbols = ", ".join(sorted({f"``{m['symbol']}``" for m in members}))
        first = members[0]
        known = "" if "issue 10" in shape else "; not in issue 10's list"
        lines.append(f"- **{_text(shape)}** ({len(members)}; {symbols}; {first['verdict']}{known}). "
                     f"Example: {_where(first)}: {_text(first['reason'])}")
    lines.append("")
    return "\n".join(lines)


def _shown(entries: list[dict]) -> str:
    shown = [entry for entry in entries if entry["verdict"] == "true" and entry.get("show")]
    lines = [_heading("True findings worth showing", "="), ""]
    if not shown:
        lines += ["None selected.", ""]
        return "\n".join(lines)
    for entry in shown:
        lines.append(f"- {_where(entry)} ``{entry['symbol']}``: {_text(entry['reason'])}")
    lines.append("")
    return "\n".join(lines)


def _gone(entries: list[dict]) -> str:
    """Verdicts whose message a later check change removed: fixed or lost."""
    lines = [_heading("Gone since they were judged", "="), ""]
    if not entries:
        lines += ["None.", ""]
        return "\n".join(lines)
    lines += ["Messages judged in an earlier run that a check change removed (the plugin commit is the run "
              "that no longer gave them). A false or pointless one gone is a fix; a true one gone is a "
              "lost finding, listed below.", ""]
    by_symbol: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for entry in entries:
        by_symbol[entry["symbol"]][entry["verdict"]] += 1
    rows = [[f"``{symbol}``", str(counts["false"] + counts["pointless"]), str(counts["true"])]
            for symbol, counts in sorted(by_symbol.items())]
    lines += [_table(["symbol", "false or pointless (fixed)", "true (lost)"], rows), ""]
    lost = [entry for entry in entries if entry["verdict"] == "true"]
    if lost:
        lines += ["Lost true findings:", ""]
        for entry in lost:
            lines.append(f"- {_where(entry)} ``{entry['symbol']}`` (gone at {entry.get('gone_at', '?')}): "
                         f"{_text(entry['reason'])}")
        lines.append("")
    return "\n".join(lines)


def _text(text: str) -> str:
    """Free text (a reason, a shape) with reStructuredText markup characters escaped."""
    for character in ("\\", "*", "`", "|", "_"):
        text = text.replace(character, "\\" + character)
    return text


def _literal(text: str) -> str:
    """*text* as inline literal, safe for reStructuredText."""
    return "``" + normalise_text(text).replace("``", "` `") + "``"
