"""Small text helpers shared by every stage."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

try:
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

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
    return _SPACES.sub(" ", strip_marks(text)).lower()


def strip_marks(text: str) -> str:
    """``text`` without its diacritics, its case kept ('Sở Xây dựng' -> 'So Xay dung')."""
    stripped = _MARKS.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", stripped)


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


def phrase_alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    """Regex alternation of phrases as a prefix trie, a space matching ``space`` (any white space).

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
    return _trie_regex(trie, space)


def whole_phrases(phrases: Iterable[str]) -> re.Pattern:
    """A regex of ``phrases`` as written (a space for a space), each as whole words, the longest that fits
    first: where a match's text is looked up among the phrases."""
    return re.compile(r"(?<!\w)(?:" + phrase_alternation(phrases, space=" ") + r")(?!\w)")


def _trie_regex(node: dict, space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _trie_regex(child, space)
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


def with_start_guard(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead for the characters a match of it can start with (same
    matches), when the regex engine would try all of it at every offset of a search: it skips
    ahead only to a literal or class that opens the pattern, not past a word boundary, a
    look-behind or, under IGNORECASE, a cased letter. Unchanged when the engine skips already,
    when a match may start with a broad class (a word character, any character) or be empty."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return pattern
    flags = parsed.state.flags
    if _engine_skips(list(parsed), bool(flags & re.I)):
        return pattern
    starts: dict[bool, set] = {False: set(), True: set()}  # ignore case -> class items
    try:
        if _add_starts(list(parsed), bool(flags & re.I), starts):
            return pattern  # may match the empty string: no character is needed
    except _BroadStart:
        return pattern
    classes = [("(?-i:[%s])" if flags & re.I else "[%s]") % "".join(sorted(starts[False]))] if starts[False] else []
    if starts[True]:
        classes.append(("[%s]" if flags & re.I else "(?i:[%s])") % "".join(sorted(starts[True])))
    global_flags = _GLOBAL_FLAGS.match(pattern)  # '(?i)' must stay first
    at = global_flags.end() if global_flags else 0
    close = "\n)" if flags & re.X else ")"  # a verbose pattern may end in a comment
    return f"{pattern[:at]}(?={'|'.join(classes)})(?:{pattern[at:]}{close}"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_NARROW_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = tuple(getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre, name))


class _BroadStart(Exception):
    """A match may start with a character of a broad class: a guard would cost, not save."""


def _add_starts(items: list, ignore_case: bool, starts: dict) -> bool:
    """Add the class items a match of the sequence ``items`` can start with to ``starts[ignore_case]``;
    True when the sequence may match the empty string."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            starts[ignore_case].add(re.escape(chr(arg)))
            return False
        if op is _sre.IN:
            for kind, value in arg:
                if kind is _sre.LITERAL:
                    starts[ignore_case].add(re.escape(chr(value)))
                elif kind is _sre.RANGE:
                    starts[ignore_case].add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is _sre.CATEGORY and value in _NARROW_CATEGORIES:
                    starts[ignore_case].add(_NARROW_CATEGORIES[value])
                else:
                    raise _BroadStart
            return False
        if op is _sre.BRANCH:
            if not any([_add_starts(list(branch), ignore_case, starts) for branch in arg[1]]):
                return False
        elif op is _sre.SUBPATTERN:
            _group, added, removed, inner = arg
            if not _add_starts(list(inner), (ignore_case or bool(added & re.I)) and not removed & re.I, starts):
                return False
        elif op in _REPEATS:
            low, _high, inner = arg
            if not _add_starts(list(inner), ignore_case, starts) and low > 0:
                return False
        else:  # any character, a negated literal, a back-reference, a conditional, an atomic group
            raise _BroadStart
    return True


def _engine_skips(items: list, ignore_case: bool) -> bool:
    """Whether the regex engine skips ahead to where a match may start by itself: the pattern opens
    with a literal, a class or a choice of literals, none of them a cased letter under IGNORECASE."""
    while items and items[0][0] is _sre.SUBPATTERN:
        _group, added, removed, inner = items[0][1]
        ignore_case = (ignore_case or bool(added & re.I)) and not removed & re.I
        items = list(inner)
    if not items:
        return False

    def plain(code: int) -> bool:
        return not ignore_case or chr(code).lower() == chr(code).upper()

    op, arg = items[0]
    if op is _sre.LITERAL:
        return plain(arg)
    if op is _sre.IN:
        return not ignore_case or all(kind is _sre.LITERAL and plain(value) for kind, value in arg)
    if op is _sre.BRANCH:
        return all(branch and branch[0][0] is _sre.LITERAL and plain(branch[0][1]) for branch in arg[1])
    return False


DOCUMENT_TEXT_CHARS = 400  # an export's value this long is text of the document, not a field's value


def holds_document_text(value: str) -> bool:
    """Whether an export's string value (a JSON field, an SQL column) is the document's text, not a field
    that files it: several lines, or a paragraph's length."""
    return "\n" in value.strip() or len(value) >= DOCUMENT_TEXT_CHARS


# a body's Vietnamese name in brackets after its English one ('Ministry of Construction (Bộ Xây dựng)')
_NATIVE_NAME_AFTER = re.compile(r"\s*\(([^()]*[^\x00-\x7f][^()]*)\)$")


def split_native_name(name: str) -> tuple[str, str | None]:
    """An English name and the Vietnamese one written in brackets after it ('Ministry of Construction (Bộ
    Xây dựng)' -> ('Ministry of Construction', 'Bộ Xây dựng')); the name and None when it has none."""
    native = _NATIVE_NAME_AFTER.search(name) if name.endswith(")") else None
    if native is None or native.start() == 0:
        return name, None
    return name[:native.start()], native.group(1)
