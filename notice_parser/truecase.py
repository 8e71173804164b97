"""A mixed-case view of an English text written all in capitals (a telegram-style dispatch).

The task stage reads capitals: a sentence opens with one, a name is written with them, a list
item's letter is lower case ('a)'). In a text in capitals every word has them, so that stage
reads a view of the text in which only what would be capitalised is: sentence starts, words of
agency names, Vietnamese names ('LAM DONG' -> 'Lam Dong'), codes and abbreviations. The view has
the length of the text, so every span found in it is a span of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_table
from .syllables import is_folded_syllable

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CODE = re.compile(r"[\w./-]*\d[\w./-]*")  # a number with letters ('07/CD-UBND', '2026-ND-CP'): as written
_BRACKETED_CAPITALS = re.compile(r"(?<=\()[A-Z&]{2,10}(?=\))")  # an abbreviation a name defines ('(VDDMA)')
_VOWELS = frozenset("AEIOUYaeiouy")
_CONNECTORS = frozenset({"of", "and", "for", "the"})  # words a name may hold between its words
_COMMON_LOWER = "etaoinshr"
# where a sentence or a list item opens: the text's start, a line's start (after its marker), or
# after a full stop, a colon, a question or exclamation mark
_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.)]|\(?[A-Za-z]\)|[-–•*+])?[ \t]*"
                      r"|[.:!?][ \t]+")
# a part's roman number stays in capitals ('II.', 'V.'); 'C)' is an item's letter
_ROMAN_MARKER = re.compile(r"(?m)^[ \t]*(?:[IVXLC]{2,6}(?=[.)])|[IVXLC](?=\.))")


@lru_cache(maxsize=None)
def _table(language: str) -> dict:
    return load_table("truecase.json").get(language, {})


@lru_cache(maxsize=None)
def _function_words(language: str) -> frozenset[str]:
    return frozenset(_table(language).get("function_words", []))


@lru_cache(maxsize=None)
def _proper_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _table(language).get("proper_words", []))


@lru_cache(maxsize=None)
def _heads(language: str) -> frozenset[str]:
    grammar = load_table("task_patterns.json")[language]
    return frozenset(w.lower() for w in grammar["agency_heads"] + grammar["title_heads"])


@lru_cache(maxsize=None)
def _name_words(language: str) -> frozenset[str]:
    """Lower-cased words that names write with a capital: those of the registry's English names and
    the table's own."""
    words = {w.lower() for w in _table(language).get("name_words", [])}
    for row in load_table("agencies.json")["agencies"]:
        for name in [row.get("canonical_en") or "", *row.get("aliases", {}).get("en", [])]:
            words.update(w.lower() for w in _WORD.findall(name) if w[:1].isupper())
    return frozenset(words - _function_words(language) - _CONNECTORS)


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> frozenset[str]:
    """The registry's abbreviations in capitals ('MOF', 'MOIT', 'EVN'): kept as written."""
    return frozenset(short for row in load_table("agencies.json")["agencies"]
                     for short in row.get("abbreviations", {}).get(language, []) if short.isupper())


@lru_cache(maxsize=None)
def _places(language: str) -> re.Pattern:
    """The registry's provinces by their names of two words or more, as words in capitals ('CAN THO',
    'LONG AN'): names, whatever their words are elsewhere ('can', 'long' are function words)."""
    names = {name for row in load_table("agencies.json")["provinces"]
             for name in (row.get("name_en"), row.get("name_ascii"), *row.get("other_names", {}).get(language, []))
             if name and " " in name and name.isascii()}
    return re.compile(r"\b(?:" + "|".join(sorted((re.escape(n.upper()) for n in names), key=len, reverse=True))
                      + r")\b")


def in_capitals(text: str, language: str) -> bool:
    """Whether ``text`` is written all (or nearly all) in capitals."""
    table = _table(language)
    if not table or sum(map(text.count, _COMMON_LOWER)) > (1 - table["min_upper_share"]) * len(text):
        return False  # the common lower-case letters alone say no (counted at C speed: every notice is asked)
    upper = lower = 0
    for char in text:
        if char.isupper():
            upper += 1
        elif char.islower():
            lower += 1
    letters = upper + lower
    return letters >= table["min_letters"] and upper >= table["min_upper_share"] * letters


def mixed_case(text: str, language: str) -> str:
    """The view of ``text`` (written in capitals) with capitals only where they would be written."""
    chars = [low if len(low := char.lower()) == 1 else char for char in text]  # one character for one ('İ')
    for code in (*_CODE.finditer(text), *_ROMAN_MARKER.finditer(text), *_BRACKETED_CAPITALS.finditer(text)):
        chars[code.start():code.end()] = code.group()
    places = {}  # start of each word of a place's name -> its kind ('place')
    for place in _places(language).finditer(text):
        for word in _WORD.finditer(text, place.start(), place.end()):
            places[word.start()] = "place"
    abbreviations = _abbreviations(language)
    run: list[tuple[re.Match, str]] = []
    for word in _WORD.finditer(text):
        if text[word.start() - 1:word.start()].isdigit() or text[word.end():word.end() + 1].isdigit():
            continue  # inside a code
        kind = places.get(word.start()) or \
            ("abbreviation" if word.group() in abbreviations else _kind(word.group().lower(), language))
        if kind == "other" or run and not _adjacent(text, run[-1][0], word):
            _capitalise_names(run, text, chars)
            run = []
        if kind == "abbreviation":
            chars[word.start():word.end()] = word.group()
        elif kind in ("proper", "place"):
            chars[word.start()] = text[word.start()]
        elif kind != "other":
            run.append((word, kind))
    _capitalise_names(run, text, chars)
    for opening in _OPENING.finditer(text):
        at = opening.end()
        if at < len(chars) and chars[at].isalpha():
            chars[at] = chars[at].upper()
    return "".join(chars)


def _kind(low: str, language: str) -> str:
    """How a word counts in a name: 'proper' (a month, a weekday: always capitalised), 'head' (an agency
    head or title), 'name' (a word of names), 'syllable' (a Vietnamese syllable without its marks),
    'connector' ('of', 'and'), 'abbreviation' (no vowel: 'UBND'), or 'other'."""
    heads, names = _heads(language), _name_words(language)
    if low in _proper_words(language):
        return "proper"
    if low in heads:
        return "head"
    if low in names:
        return "name"
    if low in _CONNECTORS:
        return "connector"
    if low in _function_words(language):
        return "other"
    if is_folded_syllable(low):
        return "syllable"
    if len(low) > 1 and not _VOWELS.intersection(low):
        return "abbreviation"
    return "other"


def _capitalise_names(run: list[tuple[re.Match, str]], text: str, chars: list[str]) -> None:
    """Capitals for the words of the names in ``run`` (adjacent words that may make names): two or more
    syllables in a row are a Vietnamese name ('Lam Dong'); words of names are a name when the run holds
    a head and another word ('Provincial Police', 'Department of Finance')."""
    while run and run[-1][1] == "connector":
        run.pop()
    while run and run[0][1] == "connector":
        run.pop(0)
    content = [kind for _, kind in run if kind != "connector"]
    named = "head" in content and len(content) >= 2
    syllable = [kind in ("syllable", "name") and is_folded_syllable(word.group()) for word, kind in run]
    for index, (word, kind) in enumerate(run):
        in_syllables = syllable[index] and any(0 <= i < len(run) and syllable[i] for i in (index - 1, index + 1))
        if in_syllables or named and kind in ("head", "name", "syllable"):
            chars[word.start()] = text[word.start()]


def _adjacent(text: str, left: re.Match, right: re.Match) -> bool:
    return text[left.end():right.start()] in (" ", "-", ", ")
