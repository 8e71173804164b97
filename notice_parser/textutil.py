"""Small text helpers shared by every stage."""
from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ -> d) and collapse white space.

    Keeps the length of ``text`` when it is NFC and has no runs of spaces,
    so offsets into the folded text index the original too.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = _MARKS.sub("", decomposed).replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).lower()


def fold_keep_length(text: str) -> str:
    """Like :func:`fold` but character by character, so offsets are preserved."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    base = _MARKS.sub("", unicodedata.normalize("NFD", char))[:1] or char
    return {"đ": "d", "Đ": "d"}.get(base, base.lower())


def number_key(number: str) -> str:
    """Canonical key of a document number: no diacritics, spaces, case; '-' and '/' kept."""
    key = fold(number).upper()
    key = re.sub(r"^(SO|NO\.?)\s*:?\s*", "", key)
    return re.sub(r"\s+", "", key).strip(".,;:")


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
