"""A mixed-case view of a text written all in capitals (a telegram-style dispatch).

The task stage reads capitals: a sentence opens with one, a name is written with them, a list
item's letter is lower case ('a)'), and a Vietnamese verb in a name ('Bộ Xây dựng') is no verb. In a
text in capitals every word has them, so that stage reads a view of the text in which only what
would be capitalised is: sentence starts, words of agency names, place names ('LAM DONG' -> 'Lam
Dong', 'CÀ MAU' -> 'Cà Mau'), codes and abbreviations. The view has the length of the text, so
every span found in it is a span of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_table
from .syllables import is_folded_syllable
from .textutil import fold, phrase_alternation, whole_phrases

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
    return whole_phrases(name.upper() for name in names)


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
    if language == "vi":
        _vi_names(text, chars)
    else:
        _en_names(text, chars, language)
    for opening in _OPENING.finditer(text):
        at = opening.end()
        if at < len(chars) and chars[at].isalpha():
            chars[at] = chars[at].upper()
    return "".join(chars)


def _en_names(text: str, chars: list[str], language: str) -> None:
    """Capitals for the English text's names: places, abbreviations, runs of name words with a head,
    Vietnamese names (syllables in a row)."""
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


def _vi_names(text: str, chars: list[str]) -> None:
    """Capitals for the Vietnamese text's names: the registry's names and places as they are written,
    a head word and the word after it ('SỞ TÀI CHÍNH' -> 'Sở Tài chính'), abbreviations as written."""
    for word in _WORD.finditer(text):
        if not is_folded_syllable(fold(word.group()).lower()) or _VI_ROMAN.fullmatch(word.group()):
            chars[word.start():word.end()] = word.group()  # 'UBND', 'VT', 'ĐĐPCTT'; 'QUÝ IV'
    known, written = _vi_known_names()
    taken = bytearray(len(text))
    listed = _vi_listed_names(text, chars)
    for pattern, cased_names in [(known, written)] + ([(whole_phrases(listed), listed)] if listed else []):
        for name in pattern.finditer(text):
            if taken[name.start()]:
                continue
            cased = cased_names[name.group()]
            chars[name.start():name.end()] = cased
            taken[name.start():name.end()] = b"\1" * len(cased)
    table = _table("vi")
    common = bytearray(len(text))
    for phrase in _vi_phrases("not_heads").finditer(text):
        common[phrase.start():phrase.end()] = b"\1" * (phrase.end() - phrase.start())
    lower_after = frozenset(w.upper() for w in table["after_head_lower"])
    for title in _vi_phrases("title_heads").finditer(text):
        if not taken[title.start()]:
            chars[title.start()] = text[title.start()]
            common[title.start():title.end()] = b"\1" * (title.end() - title.start())  # 'Bộ' of 'Bộ trưởng'
    for head in _vi_phrases("heads").finditer(text):
        if taken[head.start()] or common[head.start()]:
            continue
        chars[head.start()] = text[head.start()]
        after = _WORD.match(text, head.end() + 1) if text[head.end():head.end() + 1] == " " else None
        if after and after.group() not in lower_after and not taken[after.start()]:
            chars[after.start()] = text[after.start()]


def _vi_listed_names(text: str, chars: list[str]) -> dict[str, str]:
    """The names a list after a plural head gives ('CÁC CỤC: QUẢN LÝ ĐÊ ĐIỀU VÀ PHÒNG, CHỐNG THIÊN TAI;
    THỦY LỢI.'): each item takes a capital, and so does each part it joins with 'và' ('Quản lý đê
    điều và Phòng, chống thiên tai'); returned, with the head before each, in capitals
    and as written, to be found where the text names them again ('CỤC THỦY LỢI')."""
    learned = {}
    for listing in _vi_list().finditer(text):
        head = listing.group("head")
        for item in _VI_LIST_ITEM.finditer(text, listing.end(), listing.end() + _VI_LIST_CHARS):
            for part in _VI_ITEM_PART.finditer(text, item.start(), item.end()):
                chars[part.start()] = text[part.start()]
            written = "".join(chars[item.start():item.end()])
            learned[f"{head} {item.group()}"] = f"{head[0]}{head[1:].lower()} {written}"
            if text[item.end():item.end() + 1] != ";":
                break
    return learned


@lru_cache(maxsize=None)
def _vi_list() -> re.Pattern:
    """'CÁC CỤC:', 'CÁC SỞ:': a plural head before the names it lists, ';' between them."""
    heads = phrase_alternation((h.upper() for h in _table("vi")["list_heads"]), space=" ")
    return re.compile(r"(?<!\w)CÁC (?P<head>" + heads + r"): *")


_VI_LIST_ITEM = re.compile(r"[^\W\d_][^;.\n]*?(?= *[;.\n])")
_VI_ITEM_PART = re.compile(r"(?:^|(?<= VÀ )|(?<=: )|(?<=; ))[^\W\d_]", re.MULTILINE)
_VI_LIST_CHARS = 600
_VI_ROMAN = re.compile(r"[IVX]{1,4}")


@lru_cache(maxsize=None)
def _vi_known_names() -> tuple[re.Pattern, dict[str, str]]:
    """A regex of the registry's Vietnamese names, its provinces' and the table's proper names, in
    capitals, and each as it is written."""
    tables = load_table("agencies.json")
    names = [*_table("vi")["proper_names"]]
    for row in tables["agencies"]:
        names += [row.get("canonical_vi") or "", *row.get("aliases", {}).get("vi", [])]
    names += [row["name_vi"] for row in tables["provinces"] if row.get("name_vi")]
    written = {name.upper(): name for name in names if name and len(name.upper()) == len(name)}
    return whole_phrases(written), written


@lru_cache(maxsize=None)
def _vi_phrases(key: str) -> re.Pattern:
    """A regex of the table's phrases under ``key``, in capitals, longest first."""
    return whole_phrases(p.upper() for p in _table("vi")[key])


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
