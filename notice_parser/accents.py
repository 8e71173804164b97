"""A view with its marks of a Vietnamese text typed without them (an e-mail, a chat message).

'So Xay dung chu tri, phoi hop voi So Tai chinh ra soat …' reads as Vietnamese only to a person:
the task stage's names, heads and verbs are written with their marks. The view puts back the
marks of the phrases the models write (task and deadline grammar, the agency registry, the
provinces, ``models/accents.json``): a phrase of the text whose folded form is that of exactly one
such phrase takes its marks. A lone word takes them only from the table's list of words: most
syllables have several ways ('dat': 'đặt', 'đất', 'đạt'). A
letter keeps its case and every character stays one character, so spans found in the view are
spans of the text, and the marks come off again (:func:`~notice_parser.textutil.strip_marks`) for
what the text wrote.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .resources import load_table
from .textutil import fold_keep_length, whole_phrases

_MARKED = re.compile(r"[^\x00-\x7f]")
_REGEX_SYNTAX = re.compile(r"[\\()\[\]{}|?*+^$]")
_LOOKAROUND = re.compile(r"\(\?<?[=!][^()]*\)")
_PLAIN = re.compile(r"[^\W\d_]+(?:[ ,-]+[^\W\d_]+)*")
# a text this long with no more than this share of its characters marked is Vietnamese without marks
_MIN_CHARS = 300
_MAX_MARKED_SHARE = 0.01


def unmarked(text: str, language: str) -> bool:
    """Whether ``text`` is Vietnamese typed (almost) without marks."""
    if language != "vi" or len(text) < _MIN_CHARS:
        return False
    allowed = int(_MAX_MARKED_SHARE * len(text))  # the scan stops at the first mark past these
    return next(itertools.islice(_MARKED.finditer(text), allowed, None), None) is None


def marked_view(text: str) -> str:
    """``text`` with the marks of the phrases the models know, letter by letter in the text's case."""
    pattern, written = _phrases()
    folded = fold_keep_length(text)
    chars = list(text)
    for match in pattern.finditer(folded):
        for index, mark in enumerate(written[match.group()], match.start()):
            chars[index] = mark.upper() if text[index].isupper() else mark
    return "".join(chars)


@lru_cache(maxsize=None)
def _phrases() -> tuple[re.Pattern, dict[str, str]]:
    """A regex of the folded phrases that have one way to be written, and that way (lower case):
    phrases of two words or more, and the table's words (a lone syllable of the grammar has too many
    ways: 'dat' is 'đặt', 'đất', 'đạt')."""
    ways: dict[str, set[str]] = {}
    for phrase in [*_vocabulary(), *load_table("accents.json")["words"]]:
        low = phrase.lower()
        ways.setdefault(fold_keep_length(low), set()).add(low)
    written = {key: next(iter(found)) for key, found in ways.items() if len(found) == 1}
    return whole_phrases(written), written


def _vocabulary() -> list[str]:
    """The plain Vietnamese phrases of the models: grammar entries without regex syntax (their
    look-arounds aside), the registry's names, provinces, and the table's own phrases."""
    found = list(load_table("accents.json")["phrases"])
    for table in ("task_patterns.json", "deadline_patterns.json"):
        _strings(load_table(table)["vi"], found)
    registry = load_table("agencies.json")
    for row in registry["agencies"]:
        found += [row.get("canonical_vi") or "", *row.get("aliases", {}).get("vi", [])]
    for row in registry["provincial_bodies"]:
        found += [row.get("vi") or "", *row.get("generic_vi", [])]
    found += [row.get("name_vi") or "" for row in registry["provinces"]]
    plain = [text for text in map(_LOOKAROUND.sub, [""] * len(found), found) if not _REGEX_SYNTAX.search(text)]
    return [phrase for text in plain for phrase in _PLAIN.findall(text) if _MARKED.search(phrase) and " " in phrase]


def _strings(value, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("_"):
                found.append(key)  # a phrase may be a key ('hằng tháng': 'monthly')
                _strings(item, found)
    elif isinstance(value, list):
        for item in value:
            _strings(item, found)
