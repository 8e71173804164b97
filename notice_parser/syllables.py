"""Vietnamese syllable validator and text-quality score.

A written Vietnamese syllable is an onset plus a rhyme plus at most one tone
mark; the tables (``models/syllables.json``) list the onsets and rhymes and
the few co-occurrence rules. Text whose words are mostly valid syllables (or,
for English, plausible words) reads well; mis-decoded or garbled text does not.
The score drives encoding detection, font repair and the ``text_quality`` of
a Notice.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat

from .resources import load_table
from .textutil import fold

_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?…*-–—•·/\\|"
_PART_SPLIT = re.compile(r"[-/–]")
_ENGLISH_VOWELS = set("aeiouyAEIOUY")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6,}")
_TRIPLE = re.compile(r"(.)\1\1")
# Above this many tokens the score is measured on evenly spaced windows.
_SAMPLE_WINDOWS = 12
_WINDOW_TOKENS = 120


@dataclass(frozen=True)
class _Phonotactics:
    onsets: tuple[str, ...]
    rhymes: frozenset[str]
    stop_codas: tuple[str, ...]
    stop_tones: frozenset[str]
    tone_marks: frozenset[str]
    needs_front: frozenset[str]
    not_before_front: frozenset[str]
    front: str


@lru_cache(maxsize=1)
def _tables() -> _Phonotactics:
    table = load_table("syllables.json")
    return _Phonotactics(
        onsets=tuple(sorted(table["onsets"], key=len, reverse=True)),
        rhymes=frozenset(table["rhymes"]),
        stop_codas=tuple(table["stop_codas"]),
        stop_tones=frozenset(table["stop_tones"]),
        tone_marks=frozenset(table["tone_marks"]),
        needs_front=frozenset(table["onset_needs_front"]),
        not_before_front=frozenset(table["onset_not_before_front"]),
        front=table["front_vowels"],
    )


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """True when ``word`` (letters only, any case pattern of a real word) is a Vietnamese syllable."""
    if not word or len(word) > 8 or not _plain_case(word):
        return False
    rules = _tables()
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in rules.tone_marks]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in rules.tone_marks))
    if not base.isalpha():
        return False
    tone = tones[0] if tones else ""
    for onset in rules.onsets:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset):]
        if onset == "gi" and rhyme[:1] != "i" and ("i" + rhyme in rules.rhymes or not rhyme):
            rhyme = "i" + rhyme
        if rhyme not in rules.rhymes:
            continue
        if onset in rules.needs_front and rhyme[0] not in rules.front:
            continue
        if onset in rules.not_before_front and rhyme[0] in rules.front:
            continue
        if onset == "qu" and rhyme[0] in "uư":
            continue
        if rhyme.endswith(rules.stop_codas) and tone not in rules.stop_tones:
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _folded_parts() -> tuple[tuple[str, ...], frozenset[str]]:
    rules = _tables()
    return (tuple(sorted({fold(o) for o in rules.onsets}, key=len, reverse=True)),
            frozenset(fold(r) for r in rules.rhymes))


@lru_cache(maxsize=1 << 12)
def is_folded_syllable(word: str) -> bool:
    """True when ``word`` is a Vietnamese syllable written without its marks ('duong', 'lac'), as names
    are in English texts."""
    word = word.lower()
    if not word.isascii() or not word.isalpha() or len(word) > 7:
        return False
    onsets, rhymes = _folded_parts()
    return any(word.startswith(onset) and word[len(onset):] in rhymes for onset in onsets)


def _plain_case(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def is_english_word(word: str) -> bool:
    """A plausible English word: ASCII letters with a vowel, no long consonant runs."""
    if not word.isascii() or not word.isalpha() or len(word) > 24:
        return False
    if len(word) > 1 and not _plain_case(word) and not word[:2].isupper():
        return False
    return (bool(_ENGLISH_VOWELS & set(word)) and not _CONSONANT_RUN.search(word)
            and not _TRIPLE.search(word.lower()))


@lru_cache(maxsize=1 << 16)  # the same words recur across a document and a batch
def token_verdict(token: str, language: str = "vi") -> bool | None:
    """True (well formed), False (garbled) or None (not judged: numbers, codes, abbreviations)."""
    core = token.strip(_EDGE_PUNCT)
    if not core or not any(c.isalpha() for c in core):
        return None
    verdicts = [_part_verdict(part, language) for part in _PART_SPLIT.split(core) if part]
    if False in verdicts:
        return False
    return True if True in verdicts else None


def _part_verdict(part: str, language: str) -> bool | None:
    part = part.strip(_EDGE_PUNCT)
    if not part:
        return None
    if not part.isalpha():
        # Codes such as QH15, IC14 or 01:2019 are fine; symbols inside a word are not.
        return None if part.isascii() and part.isalnum() else False
    if language == "en":
        if is_english_word(part):
            return True
        if part.isupper() and len(part) <= 8:
            return None
        return None if is_syllable(part) else False
    if is_syllable(part):
        return True
    if part.isupper() and len(part) <= 8 and (part.isascii() or "Đ" in part):
        return None  # abbreviation: UBND, QĐ, VLNCN
    return False


@dataclass(frozen=True)
class Quality:
    """Share of well-formed words, how many were judged, and (vi) the share bearing diacritics."""

    score: float
    judged: int
    diacritic_share: float


def measure(text: str, language: str = "vi") -> Quality:
    """Quality of ``text`` measured on at most ~1,500 words spread over it."""
    tokens = _sample_tokens(text)
    # map, count and compress run in C: a Python loop over the tokens was most of the time.
    # Verdicts come from a dict by token first (token_verdict's cache hashes a (token,
    # language) tuple per call, a third of the time of measuring a notice).
    known = _KNOWN_VERDICTS.setdefault(language, {})
    verdicts = list(map(known.get, tokens, repeat(_UNKNOWN)))
    if _UNKNOWN in verdicts:
        if len(known) > _MAX_KNOWN_VERDICTS:
            known.clear()  # a stream of new words must not grow it without bound
        for index, token in enumerate(tokens):
            if verdicts[index] is _UNKNOWN:
                verdicts[index] = known[token] = token_verdict(token, language)
    good, bad = verdicts.count(True), verdicts.count(False)
    good_tokens = list(compress(tokens, verdicts))  # the tokens judged True (None and False drop out)
    marked = len(good_tokens) - sum(map(str.isascii, good_tokens))
    judged = good + bad
    return Quality(score=good / judged if judged else 1.0, judged=judged,
                   diacritic_share=marked / good if good else 0.0)


_UNKNOWN = object()
_KNOWN_VERDICTS: dict[str, dict[str, bool | None]] = {}  # language -> token -> verdict
_MAX_KNOWN_VERDICTS = 1 << 16


def text_quality(text: str, language: str = "vi") -> float:
    """Share of well-formed words in ``text`` (1.0 when nothing can be judged)."""
    return measure(text, language).score


def _sample_tokens(text: str) -> list[str]:
    budget = _SAMPLE_WINDOWS * _WINDOW_TOKENS
    if len(text) < budget * 8:
        tokens = text.split()
        if len(tokens) <= budget:
            return tokens
    step = max(1, len(text) // _SAMPLE_WINDOWS)
    tokens = []
    for start in range(0, len(text), step):
        window = text[start:start + _WINDOW_TOKENS * 10].split()
        tokens.extend(window[1:_WINDOW_TOKENS + 1])  # the first may be cut in half
    return tokens
