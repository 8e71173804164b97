"""Words a regex's matches must contain: a test by ``str.find`` that tells a range holds no match
before the regex searches it (a regex that opens with nothing fixed is tried at every offset)."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional


class Guarded:
    """A regex with the words its matches must contain (:func:`required_alternatives`): a range
    holding none of the words of any alternative has no match, which ``str.find`` tells in a few ns
    per character, where a search for a regex that opens with nothing fixed tries it at every offset
    (30-40 ns). An alternative may need two words (';' and 'and' for ';\\s*and\\b'): the second
    is looked for only when the first is found."""

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self.alternatives = None if flags & re.X else \
            required_alternatives(pattern, ignore_case=bool(flags & re.I))

    def may_match(self, string: str, start: int, end: int) -> bool:
        """False when no match can lie in ``[start, end)`` of ``string``: the one the regex searches,
        or its lower-cased form (``low`` for the text) when the regex ignores case."""
        if self.alternatives is None:
            return True
        for needed in self.alternatives:  # loops, not any(): this runs for every clause and name
            for words in needed:
                for word in words:
                    if string.find(word, start, end) >= 0:
                        break
                else:
                    break  # none of these words: not this alternative
            else:
                return True
        return False

    def found_in(self, string: str) -> bool:
        """Whether the regex finds a match anywhere in ``string``; ``str.find`` rules out most strings first."""
        return self.may_match(string, 0, len(string)) and self.regex.search(string) is not None


def required_words(pattern: str, ignore_case: bool) -> Optional[frozenset]:
    """Words one of which every match of ``pattern`` contains (lower-cased when ``ignore_case``), or
    None: a run of plain characters that nothing makes optional, or one such word per alternative
    of a group. With ``ignore_case`` a word holds only letters whose case-insensitive matches all
    lower-case to them (not 'i', 's': 'İ', 'ı', 'ſ' match them), so it is found in the lower-cased
    text."""
    alternatives = required_alternatives(pattern, ignore_case)
    return None if alternatives is None else frozenset().union(*(needed[0] for needed in alternatives))


# How many word sets an alternative of a guard needs: the best two narrow enough
_GUARD_WORD_SETS = 2


def required_alternatives(pattern: str, ignore_case: bool) -> Optional[tuple]:
    """For each top-level alternative of ``pattern``, the word sets (at most two, the one that narrows
    most first) each of which a match of that alternative holds a word of; None when an alternative
    needs none or the pattern holds a construct this reading does not know (see
    :func:`required_words`)."""
    try:
        choices, index = _required_choices(pattern, 0, ignore_case)
        if pattern.startswith("(?:") and len(choices) == 1:  # '(?:a|b|c)' as a whole: its alternatives
            inner, close = _required_choices(pattern, 3, ignore_case)
            if close == len(pattern) - 1:
                choices = inner
    except ValueError:  # a construct this reading does not know
        return None
    if index != len(pattern) or not all(choices):
        return None
    return tuple(tuple(needed[:_GUARD_WORD_SETS]) for needed in choices)


def _required_choices(pattern: str, index: int, ignore_case: bool):
    """(the word sets of each alternative up to the ')' closing the group, best first; index of that ')')."""
    choices, candidates, run = [], [], ""
    while index < len(pattern) and pattern[index] != ")":
        char = pattern[index]
        if char == "|":
            choices.append(_ranked(candidates + [frozenset([run])] if run else candidates))
            candidates, run = [], ""
            index += 1
            continue
        literal, words = None, None
        if char == "\\":
            escaped = pattern[index + 1:index + 2]
            if not escaped:
                raise ValueError(pattern)
            if escaped.isalnum() and escaped not in "sSwWdDbBAZntrfva":
                raise ValueError(pattern)  # \x41, \u00e9, \N{…}, \1: characters this reading does not follow
            literal = None if escaped.isalnum() else escaped
            index += 2
        elif char == "(":
            opening = re.match(r"\((?:\?:|\?<?[=!]|\?P<\w+>)?", pattern[index:]).group()
            if pattern.startswith("(?", index) and opening == "(":
                raise ValueError(pattern)  # flags, references, conditionals
            inner, index = _required_choices(pattern, index + len(opening), ignore_case)
            if index >= len(pattern):
                raise ValueError(pattern)
            index += 1
            if "=" not in opening and "!" not in opening and all(inner):
                words = frozenset().union(*(needed[0] for needed in inner))
        elif char == "[":
            close = re.match(r"\[\^?\]?(?:\\.|[^\]\\])*\]", pattern[index:])
            if close is None:
                raise ValueError(pattern)
            index += close.end()
        elif char in ".^$":
            index += 1
        elif char in "?*+{":
            raise ValueError(pattern)  # a quantifier after nothing
        else:
            literal = char
            index += 1
        quantifier = re.match(r"(?:[?*+]|\{\d*(?:,\d*)?\})\??", pattern[index:])
        if quantifier:
            index += quantifier.end()
            literal = words = None  # optional or repeated: not required as written
        if words is not None:
            candidates.append(words)
        if literal is not None and (not ignore_case or _case_safe(literal)):
            run += literal.lower() if ignore_case else literal
        else:
            if run:
                candidates.append(frozenset([run]))
            run = ""
    choices.append(_ranked(candidates + [frozenset([run])] if run else candidates))
    return choices, index


def _ranked(candidates: list) -> list:
    """The word sets, the one that narrows most first: its shortest word longest, then the fewest words."""
    return sorted(candidates, key=lambda words: (-min(map(len, words)), len(words)))


def _case_safe(char: str) -> bool:
    """A character whose case-insensitive matches all lower-case to ``char.lower()``: not a Latin
    'i' or 's' (the regex engine equates them with 'ı', 'İ', 'ſ'), not Greek or Cyrillic, etc."""
    lower = char.lower()
    if lower == char.upper() == char:  # no case
        return True
    return len(lower) == 1 and lower not in "isıſṡẛ" and (char.isascii() or "LATIN" in unicodedata.name(char, ""))
