"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI Windows, VISCII, Windows-1258.

Tables live in ``models/legacy_encodings.json``. Bytes that are not UTF-8 are
decoded with every candidate and the candidate whose text reads best on the
Vietnamese syllable validator wins, if it reads well enough; otherwise the
bytes are refused rather than mis-decoded.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_table
from .syllables import is_syllable, measure

LEGACY = ("cp1258", "tcvn3", "vni", "viscii", "cp1252")
# The winner must read at least this well and clearly better than the runner-up.
MIN_SCORE = 0.7
_MIN_MARGIN = 0.05
_SAMPLE_BYTES = 32 * 1024
# TCVN3 has no code for a capital letter with a tone (fonts such as .VnTimeH
# draw the small letter's code as a capital): such letters are restored in
# capital words and lines, next to capital words, at the start of a sentence
# and in the names listed in the table.
_WORD = re.compile(r"\w+")
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n[ \t]*\n\s*)(\w)")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    score: float


@lru_cache(maxsize=1)
def _tables():
    data = load_table("legacy_encodings.json")
    single = {}
    for name, table in data["single_byte"].items():
        mapping = {int(code, 16): char for code, char in table.items()}
        single[name] = "".join(mapping.get(b) or _cp1252_char(b) for b in range(256))
    vni = {seq: uni for uni, seq in data["vni"].items()}
    vni_pattern = re.compile("|".join(re.escape(s) for s in sorted(vni, key=len, reverse=True)))
    names = {name.lower(): name for name in data["tcvn3_capitalized"]}
    titles = {name.lower(): name for name in data["tcvn3_capitalized_before_name"]}
    names.update(titles)
    capitalized = (re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n not in titles)
                              + r")\b|\b(?:" + "|".join(re.escape(n) for n in titles)
                              + r")(?=\s+[A-ZĐÂĂÊÔƠƯ])"), names)
    # Small letters whose case is guessed: those TCVN3 has no capital code for; in words and lines in
    # capitals, also those it has one for, which files set in a capital font (.VnTimeH) still write small
    # ('NGHỊ QUYếT'), but for 'đ', whose capital every such font has ('đ) …' opens an item)
    tcvn3 = set(single["tcvn3"][0x80:])
    no_capital = frozenset(c for c in tcvn3 if c.islower() and not c.isascii() and c.upper() not in tcvn3)
    in_capitals = frozenset(c for c in tcvn3 if c.islower() and not c.isascii() and c != "đ")
    return single, vni, vni_pattern, tuple(data["candidates"]), capitalized, (no_capital, in_capitals)


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


def decode_as(data: bytes, encoding: str) -> str | None:
    """``data`` decoded as one legacy encoding (NFC), or None when the bytes cannot be it."""
    single, vni, vni_pattern, _, _, _ = _tables()
    if encoding in single:
        text = data.decode("latin-1").translate(dict(enumerate(single[encoding])))
        return _restore_capitals(text) if encoding == "tcvn3" else text
    try:
        text = data.decode("cp1258" if encoding == "cp1258" else "cp1252")
    except UnicodeDecodeError:
        return None
    if encoding == "vni":
        text = vni_pattern.sub(lambda m: vni[m.group(0)], text)
    return unicodedata.normalize("NFC", text)


def _restore_capitals(text: str) -> str:
    ambiguous, in_capitals = _tables()[5]
    lines = [_upper(line, in_capitals) if _capital_line(line, in_capitals) else _capital_words(line, in_capitals)
             for line in text.split("\n")]
    text = _SENTENCE_START.sub(lambda m: m.group(0)[:-1] + _upper(m.group(1), ambiguous),
                               "\n".join(lines))
    pattern, names = _tables()[4]
    return pattern.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def _upper(text: str, ambiguous: frozenset[str]) -> str:
    """Capitals for the letters TCVN3 could only write small; every other letter is as written."""
    return "".join(c.upper() if c in ambiguous else c for c in text)


def _capital_line(line: str, ambiguous: frozenset[str]) -> bool:
    """A line in capitals: its Vietnamese words have capital ASCII letters only, and some have two."""
    capital = False
    for word in _WORD.findall(line):
        if not ambiguous.intersection(word) or any(c.isdigit() for c in word):
            continue  # codes and words TCVN3 writes exactly say nothing about the font
        ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
        if any(c.islower() for c in ascii_letters):
            return False
        capital = capital or len(ascii_letters) >= 2
    return capital


def _capital_words(line: str, ambiguous: frozenset[str]) -> str:
    """Capitals in words whose ASCII letters are capitals: two or more, or one next to such a word."""
    pieces = re.split(r"(\w+)", line)
    words = pieces[1::2]
    kinds = [_capital_kind(word, ambiguous) for word in words]
    for i, (word, kind) in enumerate(zip(words, kinds)):
        beside = [kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
        if kind == "capital" or kind == "maybe" and "capital" in beside:
            pieces[2 * i + 1] = _upper(word, ambiguous)
    return "".join(pieces)


def _capital_kind(word: str, ambiguous: frozenset[str]) -> str:
    ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
    if (not ambiguous.intersection(word) or any(c.isdigit() for c in word)
            or any(c.islower() for c in ascii_letters)):
        return "other"
    return "capital" if len(ascii_letters) >= 2 else "maybe"


def detect(data: bytes) -> Decoded | None:
    """The legacy encoding ``data`` reads best in, or None when none reads as Vietnamese."""
    _, _, _, candidates, _, _ = _tables()
    sample = data[:_SAMPLE_BYTES]
    scored = []
    for encoding in candidates:
        text = decode_as(sample, encoding)
        if text is None:
            continue
        quality = measure(text, "vi")
        score = quality.score
        if encoding == "cp1252":  # a Western text (café) rather than a Vietnamese one
            score = max(score, measure(text, "en").score) if quality.diacritic_share < 0.2 else 0.0
        if quality.judged >= 3:
            scored.append((score, encoding))
    if not scored:
        return None
    scored.sort(key=lambda item: -item[0])
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best_score < MIN_SCORE or best_score - runner_up < _MIN_MARGIN and best != "cp1258":
        return None
    text = decode_as(data, best)
    return None if text is None else Decoded(text, best, best_score)


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_as(text: str, encoding: str) -> bytes:
    """``text`` in a legacy encoding, as old editors wrote it (makes test files).

    TCVN3 writes a capital with a tone as its small letter (the capital font
    draws it); Windows-1258 writes letters it lacks as base letter plus tone mark.
    """
    single, vni, _, _, _, _ = _tables()
    text = unicodedata.normalize("NFC", text)
    if encoding == "vni":
        reverse = {uni: seq for seq, uni in vni.items()}
        return "".join(reverse.get(c, c) for c in text).encode("cp1252")
    if encoding in single:
        codes = {char: byte for byte, char in enumerate(single[encoding])}
        out = bytearray()
        for char in text:
            byte = codes.get(char, codes.get(char.lower()) if encoding == "tcvn3" else None)
            out += bytes([byte]) if byte is not None else char.encode("ascii")
        return bytes(out)
    if encoding == "cp1258":
        return "".join(_cp1258_form(c) for c in text).encode("cp1258")
    return text.encode(encoding)


def _cp1258_form(char: str) -> str:
    try:
        char.encode("cp1258")
        return char
    except UnicodeEncodeError:
        marks = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in marks if c in _TONES)
        return unicodedata.normalize("NFC", "".join(c for c in marks if c not in _TONES)) + tone


# UTF-8 read as Windows-1252 and saved again ('Cá»™ng hÃ²a', 'Ä�á»™c láº­p'): the pairs that start most
# Vietnamese letters so written; a text holding many of them is undone
_CONTINUATIONS = re.escape("".join(bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0xC0)))
_MOJIBAKE = re.compile(f"[ÃÄ][{_CONTINUATIONS}]|á»|áº|Æ°|Æ¡")  # what UTF-8's continuation bytes read as
_MOJIBAKE_SHARE = 0.02  # of the characters


def undo_mojibake(text: str) -> str | None:
    """``text`` as written when it is UTF-8 that was read as Windows-1252 (or Latin-1) and saved again, or
    None when it is not. A byte that reading lost (U+FFFD) is put back as :func:`_lost_byte` chooses."""
    found = len(_MOJIBAKE.findall(text))
    if found < 3 or found < _MOJIBAKE_SHARE * len(text):
        return None
    data = bytearray()
    lost: list[int] = []
    for char in text:
        if char == "\ufffd":
            lost.append(len(data))
            data.append(0)
            continue
        try:
            data += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) < 256:
                data.append(ord(char))  # Latin-1's C1 controls, where Windows-1252 has none
            else:
                return None  # a character no single byte stands for: no such text
    for position in lost:  # in order: a word's earlier lost bytes are back when its later ones are chosen
        data[position] = _lost_byte(data, position)
    return unicodedata.normalize("NFC", data.decode("utf-8", errors="replace"))


def _lost_byte(data: bytearray, position: int) -> int:
    """The byte reading lost at ``position``: of the bytes Windows-1252 has no character for, the one that
    makes the letters around it a common word, else a Vietnamese syllable, else Vietnamese letters, in the
    case of the letters beside it ('ĐỐI', not 'ĐờI'); the most frequent letter first where they tie. Every
    such byte ends its letter (a continuation byte of 'Đ', 'Í', 'ờ', …)."""
    lost_bytes, common = _mojibake_tables()
    best, best_score = lost_bytes[0], (-1, False)
    for byte in lost_bytes:
        data[position] = byte
        before = bytes(data[max(0, position - _WORD_BYTES):position + 1]).decode("utf-8", errors="replace")
        after = bytes(data[position + 1:position + 1 + _WORD_BYTES]).decode("utf-8", errors="replace")
        letter = before[-1]
        head = _LETTERS_AT_END.search(before[:-1]).group()
        tail = _LETTERS_AT_START.match(after).group()
        word = unicodedata.normalize("NFC", head + letter + tail).lower()
        rank = 3 if word in common else 2 if is_syllable(word) else 1 if _vietnamese_letter(letter) else 0
        beside = (head[-1:] or tail[:1]) if letter.isalpha() else ""
        score = (rank, bool(beside) and beside.isupper() == letter.isupper())
        if score > best_score:
            best, best_score = byte, score
    return best


_WORD_BYTES = 40  # how far a word around a lost byte is read
_LETTERS_AT_END = re.compile(r"[^\W\d_]*\Z")
_LETTERS_AT_START = re.compile(r"[^\W\d_]*")


def _vietnamese_letter(char: str) -> bool:
    """A letter of the Vietnamese alphabet ('HĐND', not 'HĝND'), or any character that is no letter."""
    if char.isascii() or char in "đĐ" or not char.isalpha():
        return True
    base, *marks = unicodedata.normalize("NFD", char)
    return base in "aeiouyAEIOUY" and all(mark in _VIETNAMESE_MARKS for mark in marks)


_VIETNAMESE_MARKS = frozenset(_TONES + "\u0302\u0306\u031b")  # the tones, and the marks of â ê ô, ă, ơ ư


@lru_cache(maxsize=1)
def _mojibake_tables() -> tuple[tuple[int, ...], frozenset[str]]:
    data = load_table("legacy_encodings.json")
    return tuple(int(byte, 16) for byte in data["mojibake_lost_bytes"]), frozenset(data["mojibake_common_words"])


@dataclass(frozen=True)
class _Viqr:
    shapes: dict[str, tuple[str, str]]  # mark -> (vowels it goes on, combining mark)
    tones: dict[str, str]
    min_words: int
    syllable_share: float
    word: re.Pattern


@lru_cache(maxsize=1)
def _viqr() -> _Viqr:
    table = load_table("legacy_encodings.json")["viqr"]
    marks = re.escape("".join(table["shapes"]) + "".join(table["tones"]))
    return _Viqr({mark: (vowels, combining) for mark, (vowels, combining) in table["shapes"].items()},
                 table["tones"], table["min_words"], table["syllable_share"],
                 # a word with marks; a backslash before a mark keeps it a character (RFC 1456)
                 re.compile(rf"(?<![\w\\])[A-Za-z]+(?:[{marks}][A-Za-z]*)+"))


# what only VIQR writes: a shape mark after a vowel, or a grave or tilde inside a word
_VIQR_SIGN = re.compile(r"[AEIOUYaeiouy](?:[\^(+*][`'?~.]?[A-Za-z]|[\^(+*]\s|[`~][A-Za-z])")


def viqr_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that spell the VIQR lines of ``text`` ('THU? TU*O*'NG CHI'NH PHU?') in Vietnamese letters
    ('THỦ TƯỚNG CHÍNH PHỦ'); lines in Unicode or in English are left as they are."""
    if _VIQR_SIGN.search(text) is None:
        return []
    rules = _viqr()
    edits = []
    position = 0
    for line in text.split("\n"):
        if line.isascii():
            edits.extend((position + start, position + end, word)
                         for start, end, word in _viqr_line(line, rules))
        position += len(line) + 1
    return edits


def _viqr_line(line: str, rules: _Viqr) -> list[tuple[int, int, str]]:
    """The line's words spelled out, when the line is VIQR; else nothing."""
    spelled = unspelled = marked_inside = 0
    edits = []
    for match in rules.word.finditer(line):
        written = match.group()
        # a sentence's stop after the word ('… Nam.', '… No^.i.'), unless it is the word's tone
        for form in (written, written[:-1]) if written[-1] in ".?" else (written,):
            if form.isalpha():
                break  # no marks: a word and its stop
            word = _viqr_word(form, rules)
            if word is not None and is_syllable(word):
                edits.append((match.start(), match.start() + len(form), word))
                spelled += 1
                # a final '.' or '?' alone may be a stop ('No.', 'Ai?'): not evidence of VIQR
                marked_inside += not (form[-1] in ".?" and form[:-1].isalpha())
                break
        else:
            unspelled += 1
    if marked_inside < rules.min_words or spelled < rules.syllable_share * (spelled + unspelled):
        return []
    return edits


def _viqr_word(written: str, rules: _Viqr) -> str | None:
    """``written`` with its marks put on its vowels, or None when a mark follows no vowel it can go on."""
    letters = []
    index = 0
    if written[:2] in ("DD", "Dd", "dd"):
        letters.append("Đ" if written[0] == "D" else "đ")
        index = 2
    while index < len(written):
        char = written[index]
        if not char.isalpha():
            return None
        letters.append(char)
        index += 1
        shape = rules.shapes.get(written[index:index + 1])
        if shape is not None and char.lower() in shape[0]:
            letters.append(shape[1])
            index += 1
        if (tone := rules.tones.get(written[index:index + 1])) is not None and char.lower() in "aeiouy":
            letters.append(tone)
            index += 1
    return unicodedata.normalize("NFC", "".join(letters))
