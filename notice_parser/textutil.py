"""Small text helpers shared by every stage."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

_MARKS = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ -> d) and collapse white space.

    Keeps the length of ``text`` when it is NFC and has no runs of spaces,
    so offsets into the folded text index the original too.
    """
    if len(text) <= _CACHED_FOLD_LENGTH:
        return _fold_short(text)
    return _fold(text)


# Folding keeps one character for each (a combining mark or a run of spaces gives fewer):
# the folded head reads the same as the head of the folded text for any label this long.
_HEAD_CHARS = 64


def fold_head(text: str) -> str:
    """:func:`fold` of the first characters of ``text``: enough to test how a line begins
    (a label, "V/v", "Căn cứ") without folding the whole line."""
    return fold(text[:_HEAD_CHARS])


# Names, phrases and lines are folded again and again; whole texts are not worth keeping.
_CACHED_FOLD_LENGTH = 200


def _fold(text: str) -> str:
    if text.isascii():  # nothing to decompose: same result, several times faster
        return _SPACES.sub(" ", text).lower()
    decomposed = unicodedata.normalize("NFD", text)
    stripped = _MARKS.sub("", decomposed).replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).lower()


_fold_short = lru_cache(maxsize=1 << 14)(_fold)


def fold_keep_length(text: str) -> str:
    """Like :func:`fold` but character by character, so offsets are preserved."""
    global _last_folded
    last = _last_folded  # read once: another thread may replace the pair between two reads
    if text is last[0]:
        return last[1]
    folded = text.translate(_FOLD_TABLE)
    _last_folded = (text, folded)
    return folded


# The task stage and the deadline stage fold the same document text one after the
# other: the last text folded is kept with its folded copy (one pair: nothing grows).
_last_folded = ("", "")


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character (one C call per text)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isascii():
            folded = char.lower()
        else:
            base = _MARKS.sub("", unicodedata.normalize("NFD", char))[:1] or char
            folded = {"đ": "d", "Đ": "d"}.get(base, base.lower())
        if len(self) < 1 << 16:  # a text of random code points must not grow it without bound
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


_NUMBER_WORD_PREFIX = re.compile(r"^(SO|NO\.?)\s*:?\s*")


def number_key(number: str) -> str:
    """Canonical key of a document number: no diacritics, spaces, case; '-' and '/' kept."""
    key = fold(number).upper()
    key = _NUMBER_WORD_PREFIX.sub("", key)
    return "".join(key.split()).strip(".,;:")


def phrase_alternation(phrases: Iterable[str]) -> str:
    """Regex alternation of phrases as a prefix trie, a space matching any white space.

    It matches what the alternation of the phrases longest first matches (of two
    phrases that match at one offset, one is a prefix of the other), but fails at
    the first letter instead of trying a hundred phrases in turn at every offset.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # longest match first: the optional continuation is greedy
        return f"(?:{body})?"
    return body


def collapse_spaces(text: str) -> str:
    """``text`` with each run of white space one space, none at the ends (str.split's white
    space is the regex ``\\s``'s: the same result as a substitution, three times faster)."""
    return " ".join(text.split())
