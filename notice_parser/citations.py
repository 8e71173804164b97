"""Citations: the other documents a notice refers to.

Finds numbered references ("Nghị quyết số 82/NQ-CP ngày 05/6/2024",
"Resolution No. 35 / NQ-CP of May 16, 2016", "Kết luận số 127-KL/TW",
"QCVN 122:2024/BGTVT", "Decision No 1619"), documents named without a
number ("Luật Giao dịch điện tử", "Law on Electronic Transactions",
"Đề án 06") and short forms that point back at them ("Nghị quyết nêu
trên", "the above Resolution", "Decision 06", "Nghị quyết 18").

Matching runs on a same-length "plain" copy of the text (diacritics
stripped, case kept, word-segmentation underscores as spaces, Cyrillic
look-alikes as Latin), so every offset found there is an offset of the
text. The grammar (type words, symbol codes, issuer codes) is data:
``models/doc_types.json`` and ``models/issuer_codes.json``; the names
that meet across languages ("Đề án 06" = "Project 06", "Luật Giao dịch
điện tử" = "Law on Electronic Transactions") are ``models/titles.json``.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .resources import load_table
from .schema import Citation, DocType, Span
from .textutil import collapse_spaces, fold, number_key, phrase_alternation

_TYPES = load_table("doc_types.json")
_ISSUERS = load_table("issuer_codes.json")

# --------------------------------------------------------------------------- plain text

# PDF text layers write a hyphen at a line break as U+FFFE or a soft hyphen.
_HYPHENS = "\ufffe\u00ad‐‑‒–"
_HYPHEN_TABLE = str.maketrans({c: "-" for c in _HYPHENS})
_HOMOGLYPHS = dict(zip("АВСЕНКМОРТХаеорсхуі", "ABCEHKMOPTXaeopcxyi"))
class _PlainTable(dict):
    """``str.translate`` table of :func:`_plain`, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        self[code] = plain = _plain_char(chr(code))
        return plain


_PLAIN_TABLE = _PlainTable({i: chr(i) for i in range(128)})  # ASCII is kept as it is
_PLAIN_TABLE[ord("_")] = " "


def _plain_char(char: str) -> str:
    if char in _HOMOGLYPHS:
        return _HOMOGLYPHS[char]
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    if char in _HYPHENS:
        return "-"
    if char in "∕／":
        return "/"
    if char.isspace():
        return " "
    base = unicodedata.normalize("NFD", char)[:1]
    return base if base.isascii() and base.isalpha() else char


def _plain(text: str) -> str:
    """Same-length copy of ``text``: no diacritics, case kept, '_' as space, homoglyphs as Latin."""
    return text.translate(_PLAIN_TABLE)


def _fold_word(word: str) -> str:
    return collapse_spaces(_plain(word).lower()).strip(" .,:;")


def _code_key(code: str) -> str:
    return _plain(code).upper()


# --------------------------------------------------------------------------- tables

_CODE_SPLIT = re.compile(r"[\s/:\-]+")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
_NON_WORD = re.compile(r"[^\w]+")
_DIGITS = re.compile(r"\d+")
_CODE_LETTER = re.compile(r"[A-Za-z&]")  # what makes a code of a number's part
_LAST_CODE = re.compile(r"[A-Za-z0-9&]+\Z")

_WORD_TYPES: dict[str, dict[str, str]] = {
    lang: {_fold_word(w): t for w, t in words.items()} for lang, words in _TYPES["words"].items()}
_GENERIC_WORDS = {_fold_word(w) for w in _TYPES["generic_words"]["words"]}
_GENERIC_FALLBACK: DocType = _TYPES["generic_words"]["fallback"]
_SYMBOL_TYPES = {_code_key(c): t for c, t in _TYPES["symbols"].items()}
_SYMBOL_PREFIXES = [_code_key(p) for p in _TYPES["symbol_prefixes"]]
_ISSUER_NAMES = {_code_key(c): names for c, names in _ISSUERS["codes"].items()}
_DIGITS_KEPT = {_code_key(c): n for c, n in _ISSUERS["digits_kept"].items()}
_KNOWN_CODES = set(_SYMBOL_TYPES) | set(_ISSUER_NAMES)
_SHORT_TITLE_TYPES = set(_TYPES["short_titles"])
_MONTHS = _TYPES["english_months"]


def _alternation(words) -> str:
    """Regex alternation of folded phrases as a prefix trie, spaces matching any white space."""
    return phrase_alternation({_fold_word(w) for w in words})


def _after_non_letter(literals) -> str:
    """``(?<![A-Za-z])(?:a|b|…)`` for literal alternatives (regexes of fixed width), written
    ``a(?<![A-Za-z]a)|b(?<![A-Za-z]b)|…``: the same matches, but a pattern that opens with
    literals lets ``re`` skip to their first letters instead of trying the look-behind at every offset."""
    return "|".join(f"{literal}(?<![A-Za-z]{literal})" for literal in literals)


def doc_type_for_word(word: str, language: str | None = None, whole: bool = False) -> Optional[DocType]:
    """doc_type named by a type word ("Nghị quyết", "quyet dinh", "Resolutions", "CHỈ THỊ").

    ``language`` 'vi' or 'en' (None: both). With ``whole`` the entire string
    must be a type word; otherwise the longest type word it begins with counts
    ("Thông báo kết luận của …" -> notice).
    """
    folded = _fold_word(word)
    if not folded:
        return None
    languages = [language] if language in _WORD_TYPES else list(_WORD_TYPES)
    best: tuple[int, Optional[str]] = (0, None)
    for lang in languages:
        table = _WORD_TYPES[lang]
        if folded in table:
            return table[folded]
        if whole:
            continue
        for type_word, doc_type in table.items():
            if len(type_word) > best[0] and folded.startswith(type_word + " "):
                best = (len(type_word), doc_type)
    return best[1]


@lru_cache(maxsize=1 << 12)  # a number is looked at for its type, its issuer and whether it names a document
def _symbol_codes(number: str) -> tuple[str, ...]:
    """Letter codes of a document number, upper-case, diacritics folded, trailing digits dropped."""
    plain = _plain(number).upper()
    for prefix in _SYMBOL_PREFIXES:
        if plain.lstrip().startswith(prefix):
            return (prefix, *_symbol_codes(plain.lstrip()[len(prefix):]))
    codes = []
    for token in _CODE_SPLIT.split(plain):
        letters = token.rstrip("0123456789")
        if letters and not letters.isdigit():
            codes.append(letters)
    return tuple(codes)


def doc_type_for_symbol(number: str) -> Optional[DocType]:
    """doc_type from the type code of a number ("82/NQ-CP" -> resolution, "3479/VPCP-NN" -> official_letter)."""
    codes = _symbol_codes(number or "")
    if not codes:
        return None
    if codes[0] in _SYMBOL_TYPES:
        return _SYMBOL_TYPES[codes[0]]
    if len(codes) >= 2 and codes[0] in _ISSUER_NAMES:
        # "N/ISSUER-UNIT" is how official letters (công văn) are numbered.
        return "official_letter"
    return None


def issuer_for_symbol(number: str, language: str | None = "vi") -> Optional[str]:
    """Issuing body named by the issuer code(s) of a number ("82/NQ-CP" -> "Chính phủ")."""
    codes = _symbol_codes(number or "")
    if not codes:
        return None
    if codes[0] in _SYMBOL_TYPES and codes[0] not in _ISSUER_NAMES:
        # "N/TYPE-ISSUER[-ISSUER…]": joint documents list every issuer after the type code
        issuers = list(itertools.takewhile(_ISSUER_NAMES.__contains__, codes[1:]))
    else:
        # "N/ISSUER-UNIT" (an official letter) or "N/YYYY/QH15": the first code issues
        issuers = codes[:1] if codes[0] in _ISSUER_NAMES else []
    names = [_ISSUER_NAMES[code]["en" if language == "en" else "vi"] for code in issuers]
    return " - ".join(names) or None


def citation_key(number: str) -> str:
    """Canonical key of a document number: no diacritics, case, spaces or leading zeros."""
    return _LEADING_ZEROS.sub("", number_key(_plain(number)))


def _loose_title(title: str) -> str:
    return collapse_spaces(_NON_WORD.sub(" ", fold(title.replace("_", " "))))


def _canonical_forms(rows: list[dict]) -> dict[str, str]:
    """Every folded form of each row -> the folded first Vietnamese form of its row."""
    return {_loose_title(form): _loose_title(row["vi"][0]) for row in rows for form in row["vi"] + row["en"]}


_TITLES = load_table("titles.json")
_TITLE_HEADS = _canonical_forms(_TITLES["heads"])
_KNOWN_TITLES = _canonical_forms(_TITLES["documents"])
_TITLE_YEAR = re.compile(r"(?P<name>.+?) (?P<year>\d{4})")
_NUMBERED_TITLE = re.compile(r"(?P<head>.+?) 0*(?P<number>\d+[a-z]?)")


def title_key(title: str) -> str:
    """Key of a document cited by name, the same in Vietnamese and English.

    A name ``models/titles.json`` knows in either language gets the key of
    its Vietnamese name ("Law on Electronic Transactions" -> "title:luat giao
    dich dien tu"); a head and a number get the Vietnamese head ("Project
    06" -> "title:de an 6"); any other name is keyed as written, folded.
    """
    name = _loose_title(title)
    if name in _KNOWN_TITLES:
        return "title:" + _KNOWN_TITLES[name]
    dated = _TITLE_YEAR.fullmatch(name)
    if dated and dated.group("name") in _KNOWN_TITLES:
        return f"title:{_KNOWN_TITLES[dated.group('name')]} {dated.group('year')}"
    numbered = _NUMBERED_TITLE.fullmatch(name)
    if numbered and numbered.group("head") in _TITLE_HEADS:
        return f"title:{_TITLE_HEADS[numbered.group('head')]} {numbered.group('number')}"
    return "title:" + name


# --------------------------------------------------------------------------- regexes

_NUMBER_WORDS = _alternation(_TYPES["number_words"]["vi"] + _TYPES["number_words"]["en"])
# "số", "No.", "số:" and the space up to the number
_NUMBER_WORD_GAP = rf"(?:{_NUMBER_WORDS})(?![A-Za-z])\.?\s*:?\s*"
_TYPE_WORDS = _alternation([w for words in _TYPES["words"].values() for w in words])
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_VERBS = _alternation(_TYPES["issue_verbs"])


def _date_body(p: str) -> str:
    """Date without its keyword; group names prefixed with ``p`` so several regexes can embed it."""
    return (rf"(?:(?P<{p}nd>\d{{1,2}})\s*[/.\-]\s*(?P<{p}nm>\d{{1,2}})(?:\s*[/.\-]\s*(?P<{p}ny>\d{{4}}))?"
            rf"(?![/.\-]?\d)"
            rf"|(?P<{p}wd>\d{{1,2}})\s*thang\s*(?P<{p}wm>\d{{1,2}})(?:\s*(?:nam|/)\s*(?P<{p}wy>\d{{4}}))?"
            rf"|(?P<{p}em>{_MONTH_ALT})\.?\s+(?P<{p}ed>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+of\s+|\s+)"
            rf"(?P<{p}ey>\d{{4}})"
            rf"|(?:the\s+)?(?P<{p}fd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{p}fm>{_MONTH_ALT})\.?,?\s+"
            rf"(?P<{p}fy>\d{{4}}))")


# A date written right after a citation: "ngày 05/6/2024", ", ngày 5 tháng 6 năm 2024", "dated June 5, 2024".
# "… của Thủ tướng Chính phủ ngày …", "… of the Prime Minister dated …"
_ISSUER_GAP = (r"(?:\s*,?\s*(?:cua|of(?:\s+the)?)\s+"
               r"(?:(?!(?:ve|on|regarding|about|quy|ban\s+hanh|tai|theo|nham|huong|dated|ngay)\b)[A-Za-z]+\s+){1,7}?)?")
_DATE_AFTER = re.compile(
    rf"{_ISSUER_GAP}[ \t]*,?\s{{0,3}}\(?[ \t]*(?:(?:ban hanh|ky)\s+)?"
    rf"(?:ngay|dated|of|on|issued\s+on|signed\s+on|adopted\s+on)\s*{_date_body('a')}",
    re.IGNORECASE)
# "Ngày 29/6/2026, Bộ trưởng … ban hành Quyết định số …" / "on May 16, 2016, the Government adopted …"
_DATE_BEFORE = re.compile(
    rf"(?:ngay|on|vao\s+ngay)\s+{_date_body('b')}\s*,[^.;\n]{{0,120}}?(?<![A-Za-z])(?:{_VERBS})\s+(?:the\s+)?\Z",
    re.IGNORECASE)

# A number candidate: digits, then '/' or '-' separated codes; spaces around a separator and a
# line break after a hyphen are tolerated here and judged token by token in _read_number.
# The look-behinds follow the first digit (not before it, where they would be tried at
# every offset): a pattern that opens with a digit lets ``re`` skip to the digits.
_NUMBER = re.compile(
    r"\d(?<![\w/\-]\d)(?<!\d[.:]\d)\d{0,4}(?:[ \t]{0,2}[/\-][ \t]{0,2}(?:\n[ \t]{0,2})?[A-Za-z0-9&]+)+")
_NUMBER_PIECE = re.compile(r"([ \t]*)([/\-])(\s*)([A-Za-z0-9&]+)")
_STANDARD = re.compile(
    r"(?:%s)[ \t]?\d{1,5}(?:-\d{1,5})*(?::\d{4})?(?:/[A-Za-z][A-Za-z0-9&]*(?:-[A-Za-z][A-Za-z0-9&]*)*)?"
    % _after_non_letter(_SYMBOL_PREFIXES))
_FOREIGN_NUMBERS = [(re.compile(entry["pattern"]), entry["types"]) for entry in _TYPES.get("foreign_numbers", [])]
_STANDARD_PREFIX = re.compile(r"(%s)\s+" % "|".join(_TYPES["symbol_prefixes"]))
_SPACED_CODE = re.compile(r"[A-Z][A-Z0-9&]+[a-z]?|\d{4}")
_GLUED_FOOTNOTE = re.compile(r"([A-Za-z&]{2,})(\d+)")
_POSSESSIVE = re.compile(r"['’]s\b")
_FILE_NAME_AFTER = re.compile(r"(?:[._][A-Za-z0-9]+)*\.(?:pdf|docx?|xlsx?|zip|rar|jpe?g|png)\b", re.IGNORECASE)
# a web address: a number in it ('…?docid=06-2022-nd-cp') is the address's slug, no mention of a document
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]\[)(]+", re.IGNORECASE)

_TYPE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?P<type>{_TYPE_WORDS})(?P<no>\s*(?:{_NUMBER_WORD_GAP})?)\Z",
    re.IGNORECASE)
_NOT_DOCUMENT_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_alternation(_TYPES['not_documents'])})\s*(?:{_NUMBER_WORD_GAP})?\Z",
    re.IGNORECASE)
_NUMBER_WORD_AT = re.compile(rf"\s*(?:{_NUMBER_WORDS})(?![A-Za-z])", re.IGNORECASE)
_NUMBER_WORD_BEFORE = re.compile(rf"(?<![A-Za-z]){_NUMBER_WORD_GAP}\Z", re.IGNORECASE)
_HEADER_BEFORE = re.compile(rf"(?:^|\n|\|)[ \t*_]*(?:{_NUMBER_WORDS})(?![A-Za-z])\.?[ \t]*:?[ \t]*\Z",
                            re.IGNORECASE)
_DATELINE_AFTER = re.compile(
    rf"[ \t|*]*[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]*){{0,3}},[ \t]*(?i:ngay|(?:{_MONTH_ALT})\b)")
_LIST_GAP = re.compile(rf"\s*[,;]?\s*(?:(?:va|and|&|hoac|or)\s+)?(?:(?:{_NUMBER_WORDS})(?![A-Za-z])\.?\s*)?\Z",
                       re.IGNORECASE)

_PIN_UNIT = (r"(?:(?:diem|khoan|dieu|muc|tiet|chuong|point|clause|article|section|chapter|item|paragraph)"
             r"\s+(?:\d+(?:\.\d+)*[a-z]?|[IVXLC]+|[a-z])(?![A-Za-z0-9])"
             r"|(?:phu\s+luc|appendix|annex)(?:\s+(?:\d+|[IVXLC]+)(?![A-Za-z0-9]))?)")
_PINPOINT_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?P<pin>{_PIN_UNIT}(?:\s*,?\s*(?:(?:cua|of|of\s+the)\s+)?{_PIN_UNIT})*)"
    rf"\s*,?\s*(?:(?:cua|of|of\s+the|in|in\s+the|tai|thuoc|kem\s+theo|ban\s+hanh\s+kem\s+theo|issued\s+with"
    rf"|attached\s+to|to)\s+)?\Z",
    re.IGNORECASE)

_PINPOINT_AFTER = re.compile(
    rf"[ \t]*[,(][ \t]*(?P<pin>{_PIN_UNIT}(?:[ \t]*,?[ \t]*(?:(?:cua|of|of\s+the)[ \t]+)?{_PIN_UNIT})*)"
    rf"(?![ \t]*(?:{_TYPE_WORDS})(?![A-Za-z]))", re.IGNORECASE)
# A type word, scanned on the lower-case copy of the plain text without re.IGNORECASE: the
# scan of every word start was ~0.15 ms a notice with it (re tries each branch of an
# alternation in full when it ignores case), 0.05 ms without. The same matches: the type
# words are lower case and a lower-case copy has no A-Z, where str.lower() agrees with re's
# case folding (_CASE_ODDITIES: re equates these with i, s or k; lower() keeps them or
# changes the length). A text holding one is scanned as it is, ignoring case.
_TYPE_WORD = rf"(?<![A-Za-z])(?:{_TYPE_WORDS})(?![A-Za-z])"
_TYPE_WORD_IN_LOWER = re.compile(_TYPE_WORD)
_CASE_ODDITIES = re.compile("[\u0130\u0131\u017f\u212a]")
# After a type word: "Nghị quyết 18", "Decision No 1619", "Đề án 06" (not a date, not a full number).
_SHORT_NUMBER_AFTER = re.compile(  # (not the number opening the next row of a table: '… ban hành Kế hoạch' / '10    Mở …')
    rf"(?!\s*\n\s*\d{{1,5}}(?:[ \t]{{2}}|\t))\s+(?:(?P<no>{_NUMBER_WORDS})(?![A-Za-z])\.?\s*:?\s*)?"
    rf"(?P<num>\d{{1,5}})(?![\w]|\s*[/:\-]\s*[A-Za-z0-9]|[.,]\d|\s+(?:thang|nam)\b)",
    re.IGNORECASE)
_ANAPHORA_AFTER = re.compile(
    rf"\s+(?:{_alternation(_TYPES['anaphora']['vi_after'] + _TYPES['anaphora']['en_after'])})(?![A-Za-z])",
    re.IGNORECASE)
_ANAPHORA_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{_alternation(_TYPES['anaphora']['en_before'])})\s+\Z", re.IGNORECASE)

_HEADS = _TYPES["title_heads"]
_VI_TITLE = re.compile(
    r"(?P<head>%s)[ \t]+(?P<body>[A-Z][A-Za-z]*(?:(?:[ \t]{1,2}|[ \t]?,[ \t]?|[ \t]-[ \t])"
    r"[A-Za-z0-9]+){0,20})"
    % _after_non_letter(re.escape(_plain(h)) for h in sorted(_HEADS["vi"], key=len, reverse=True)))
# Compared with diacritics: folded, "chữa" would meet the stop word "chưa".
_VI_TITLE_STOPS = {unicodedata.normalize("NFC", w.lower()) for w in _HEADS["vi_stop"]}
_VI_TITLE_BREAKS = {unicodedata.normalize("NFC", w) for w in _HEADS["vi_break"]}
_VI_COMMA_CLAUSES = {unicodedata.normalize("NFC", w) for w in _HEADS["vi_comma_clause"]}
# "số" ends a name only as the number word: "Luật Chuyển đổi số" is a name, "… số 55/2024/QH15" is not.
_NUMBER_AHEAD = re.compile(rf"(?<![A-Za-z]){_NUMBER_WORD_GAP}\d", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]+")
_SPACES = re.compile(r"\s+")
_TRAILING_WORD = re.compile(r"[ \t,\-]+([A-Za-z]+)\Z")
_VI_NAMED = re.compile(
    r"(?P<head>%s)[ \t]+(?P<body>[^\n.;:()\"“”]{1,140}?)(?<![A-Za-z])"
    r"(?:(?:giai doan|thoi ky)[ \t]+(?:tu[ \t]+)?(?:nam[ \t]+)?\d{4}(?:[ \t]*-[ \t]*\d{4})?|den[ \t]+nam[ \t]+\d{4}"
    r"|nam[ \t]+\d{4})(?![\d/])" % _after_non_letter(re.escape(_plain(h)) for h in _HEADS["vi_named"]))
_VI_NAMED_STOPS = {unicodedata.normalize("NFC", w) for w in _HEADS["vi_named_stops"]}
_VI_NAMED_NOT_AFTER = re.compile(rf"(?<![A-Za-z])(?:{_alternation(_HEADS['vi_named_not_after'])})[ \t,]+\Z",
                                 re.IGNORECASE)
_VI_INSTITUTION_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_alternation(_HEADS['vi_not_after'])})\s+\Z",
                                    re.IGNORECASE)
_VI_HEAD_AT = re.compile("|".join(re.escape(_plain(h)) for h in _HEADS["vi"]) + r"(?![A-Za-z])")
_EN_CONNECTORS = "|".join(_HEADS["en_connectors"])
_EN_TITLE_HEADS = _HEADS["en"]
_EN_QUALIFIER_MIN = _HEADS["en_qualifier_min"]
# A capitalised preposition or month after a name starts what follows it ("… Transactions By September 30").
# Generic words name no document of their own: "Law on Promulgation of Legal Documents".
_EN_STOP_CAPS = {h.capitalize() for h in [*_EN_TITLE_HEADS, *_WORD_TYPES["en"], *_HEADS["en_stops"], *_MONTHS]
                 if " " not in h and h not in _GENERIC_WORDS}
# The leading (?=[A-Z\d]) only says what the alternation needs anyway: it spares the
# long negative look-ahead at every position of the text (the scan was ~1 ms per notice).
_CAP_WORD = (r"(?=[A-Z\d])(?!(?:%s|No)\b)(?:[A-Z][A-Za-z'’\-]*|\d+(?:st|nd|rd|th))"
             % "|".join(sorted(_EN_STOP_CAPS, key=lambda word: (-len(word), word))))
_CAP_RUN = rf"{_CAP_WORD}(?:[ \t]+(?:(?:{_EN_CONNECTORS})[ \t]+)*{_CAP_WORD})*"
# A title starts with a qualifying capitalised word or with the head itself.
_EN_TITLE_START = "(?=[A-Z\\d%s])" % "".join(re.escape(h[0]) for h in _EN_TITLE_HEADS
                                            if not "A" <= h[0] <= "Z")
_EN_QUALIFIER_WORDS = 6  # capitalised words a title may hold before its head word
_EN_TITLE = re.compile(
    rf"{_EN_TITLE_START}(?P<qual>(?:{_CAP_WORD}[ \t]+){{0,{_EN_QUALIFIER_WORDS}}})"
    rf"(?P<head>{'|'.join(_EN_TITLE_HEADS)})(?![A-Za-z])"
    rf"(?P<tail>[ \t]+(?:on|for|of)[ \t]+(?:the[ \t]+)?{_CAP_RUN}(?:[ \t]+to[ \t]+\d{{4}})?)?"
    rf"(?:[ \t]+(?:\d{{4}}(?![\d/])|[IVX]{{1,5}}(?![A-Za-z])))?")
# Where a head word starts (overlapping ones too), and the characters a title may start with.
_EN_HEAD_AT = re.compile(rf"(?=(?:{'|'.join(_EN_TITLE_HEADS)})(?![A-Za-z]))")
_EN_TITLE_START_CHAR = re.compile(_EN_TITLE_START + ".")
_EN_TOKEN_BEFORE = re.compile(r"[^\s]+[ \t]+\Z")
_EN_TOKEN_CHARS = 120  # the longest word looked back over; past a longer one the whole text is searched


def _en_title_matches(text: str):
    """What ``_EN_TITLE.finditer(text)`` yields, found faster: a title holds a head word after at most
    six words of its line, so the pattern is tried only where those words or a head start (a search
    of the whole text tries it at every capital letter, and most have no head after them)."""
    starts = set()
    for head in _EN_HEAD_AT.finditer(text):
        at = start = head.start()
        if at == 0 or text[at - 1] in " \t":  # qualifiers end in spaces: a head glued to a word has none
            for _ in range(_EN_QUALIFIER_WORDS):
                reach = max(0, start - _EN_TOKEN_CHARS)
                word = _EN_TOKEN_BEFORE.search(text, reach, start)
                if word is None:
                    break
                if word.start() == reach and reach and not text[reach - 1].isspace():
                    yield from _EN_TITLE.finditer(text)  # a word longer than the reach: search it all
                    return
                start = word.start()
        starts.update(c.start() for c in _EN_TITLE_START_CHAR.finditer(text, start, at + 1))
    pos = 0
    for start in sorted(starts):  # in order, as finditer tries them
        if start >= pos and (match := _EN_TITLE.match(text, start)) is not None:
            yield match
            pos = match.end()


_EN_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:The|A|An|This|These|That|Those|In|On|At|For|Under|With|By|And|Of|To|From|Its|Their)[ \t]+)+")


# --------------------------------------------------------------------------- model

@dataclass
class _Mention:
    start: int
    end: int
    key: str
    number: Optional[str] = None
    title: Optional[str] = None
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[dt.date] = None
    pinpoint: Optional[str] = None


@dataclass
class _Title:
    start: int
    end: int
    title: str
    doc_type: str


class _Finder:
    """One pass over one document."""

    def __init__(self, text: str, language: str, doc_date: dt.date | None, own_number: str | None):
        self.text = text
        self.plain = _plain(text)
        self.language = language
        self.doc_date = doc_date
        self.own_key = citation_key(own_number) if own_number else None
        self.mentions: list[_Mention] = []
        self.taken: list[tuple[int, int]] = []

    # ---- helpers
    def _overlaps(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.taken)

    def _date_after(self, pos: int) -> tuple[Optional[dt.date], int]:
        match = _DATE_AFTER.match(self.plain, pos)
        if not match:
            return None, pos
        return _parse_date(match, "a", self.doc_date), match.end()

    def _date_before(self, start: int) -> Optional[dt.date]:
        match = _DATE_BEFORE.search(self.plain, max(0, start - 220), start)
        return _parse_date(match, "b", self.doc_date) if match else None

    def _pinpoint(self, start: int, end: int) -> Optional[str]:
        """The part cited, written just before ("Điều 5 Nghị định …") or after ("…, Article 5")."""
        match = (_PINPOINT_BEFORE.search(self.plain, max(0, start - 120), start)
                 or _PINPOINT_AFTER.match(self.plain, end))
        if not match:
            return None
        return collapse_spaces(self.text[match.start("pin"):match.end("pin")]).strip(" ,")

    # ---- passes
    def run(self) -> list[Citation]:
        titles = self._titles()
        by_end = {}
        for title in titles:
            by_end[title.end] = title
        aliases: dict[str, str] = {}
        self._numbers(by_end, aliases)
        self._foreign_numbers()
        self._short_forms()
        for title in titles:
            if self._overlaps(title.start, title.end):
                continue
            key = title_key(title.title)
            date, _ = self._date_after(title.end)
            self.mentions.append(_Mention(title.start, title.end, aliases.get(key, key), title=title.title,
                                          doc_type=title.doc_type, date=date,
                                          pinpoint=self._pinpoint(title.start, title.end)))
        return self._build()

    def _numbers(self, titles_by_end: dict[int, _Title], aliases: dict[str, str]) -> None:
        plain = self.plain
        candidates = []
        for match in _STANDARD.finditer(plain):
            candidates.append((match.start(), match.end(), True))
        standard_spans = [(s, e) for s, e, _ in candidates]
        for match in _NUMBER.finditer(plain):
            if not any(match.start() < e and s < match.end() for s, e in standard_spans):
                candidates.append((match.start(), match.end(), False))
        if "http" in plain or "www." in plain:
            addresses = [m.span() for m in _WEB_ADDRESS.finditer(plain)]
            candidates = [c for c in candidates if not any(s <= c[0] < e for s, e in addresses)]
        candidates.sort()
        chain: tuple[int, Optional[str]] | None = None  # (end of the last typed citation, its type word)
        for start, end, standard in candidates:
            if standard:
                num_end, raw_end = _strip_footnote_end(plain, start, end), end
            else:
                read = _read_number(plain, start, end)
                if read is None:
                    continue
                num_end, raw_end = read
            if _FILE_NAME_AFTER.match(self.text, num_end):
                continue  # an attachment's file name ('4518-VPCP-KGVX_EN.docx'), no citation
            number = _clean_number(self.text[start:num_end])
            lookback = max(0, start - 80)
            chained_type = None
            number_word = _NUMBER_WORD_BEFORE.search(plain, lookback, start)
            title = titles_by_end.get(_rstrip_end(plain, number_word.start())) if number_word else None
            typed = None if title else _TYPE_BEFORE.search(plain, lookback, start)
            phrase_start = title.start if title else start
            type_word = None
            if typed:
                type_word = typed.group("type")
                phrase_start = typed.start()
            elif title:
                pass
            elif chain and start - chain[0] < 25 and _LIST_GAP.match(plain, chain[0], start):
                # a list under one type word: "các Quyết định số 06/QĐ-TTg, 422/QĐ-TTg"
                chained_type = doc_type_for_symbol(number)
                type_word = chain[1]
            elif ((number_word and _HEADER_BEFORE.search(plain, lookback, start))
                  or _DATELINE_AFTER.match(plain, raw_end)):
                continue  # the document's own number in its header
            elif _NOT_DOCUMENT_BEFORE.search(plain, lookback, start):
                chain = None
                continue
            if type_word is None and title is None and not standard and not _codes_say_document(number):
                chain = None
                continue
            key = citation_key(number)
            doc_type = (title.doc_type if title else chained_type or _doc_type(type_word, number, self.language))
            date, tail = self._date_after(raw_end)
            chain = (tail, type_word) if type_word else None
            self.taken.append((phrase_start, num_end))
            if key == self.own_key:
                continue
            if title is not None:
                aliases[title_key(title.title)] = key
            self.mentions.append(_Mention(
                phrase_start, num_end, key, number=number, title=title.title if title else None,
                doc_type=doc_type, issuer=issuer_for_symbol(number, self.language),
                date=date or self._date_before(phrase_start), pinpoint=self._pinpoint(phrase_start, tail)))

    def _foreign_numbers(self) -> None:
        """Other jurisdictions' acts by their own numbers ('Regulation (EU) 2023/1115 of 31 May 2023')."""
        if "(" not in self.text:  # every pattern names its jurisdiction in brackets
            return
        for pattern, types in _FOREIGN_NUMBERS:
            for match in pattern.finditer(self.text):
                start, end = match.span()
                if self._overlaps(start, end):
                    continue
                number = match.group("number")
                date, _ = self._date_after(end)
                self.taken.append((start, end))
                self.mentions.append(_Mention(start, end, citation_key(number), number=number,
                                              doc_type=types[" ".join(match.group("type").lower().split())],
                                              date=date, pinpoint=self._pinpoint(start, end)))

    def _short_forms(self) -> None:
        """Type word + bare number ("Decision 06", "Decision No 1619") and pointers back
        ("Nghị quyết nêu trên", "the above Resolution")."""
        full = [m for m in self.mentions if m.number]
        own_lead = _lead_number(self.own_key) if self.own_key else None
        own_type = doc_type_for_symbol(self.own_key) if self.own_key else None
        if _CASE_ODDITIES.search(self.plain):
            type_words = re.finditer(_TYPE_WORD, self.plain, re.IGNORECASE)  # compiled when needed
        else:
            type_words = _TYPE_WORD_IN_LOWER.finditer(self.plain.lower())
        for word in type_words:
            if self._overlaps(word.start(), word.end()):
                continue
            doc_type = _doc_type(self.plain[word.start():word.end()], None, self.language)
            if (match := _SHORT_NUMBER_AFTER.match(self.plain, word.end())) is not None:
                self._short_number(word, match, doc_type, full, own_lead, own_type)
                continue
            after = _ANAPHORA_AFTER.match(self.plain, word.end())
            before = None if after else _ANAPHORA_BEFORE.search(self.plain, max(0, word.start() - 30),
                                                                word.start())
            if after or (before and self.text[word.start()].isupper()
                         and not _NUMBER_WORD_AT.match(self.plain, word.end())):
                start, end = (before.start(), word.end()) if before else (word.start(), after.end())
                earlier = [m for m in self.mentions if m.end <= start and m.number and m.doc_type == doc_type]
                if earlier:
                    self.mentions.append(_Mention(start, end, max(earlier, key=lambda m: m.start).key))
                    self.taken.append((start, end))

    def _short_number(self, word: re.Match, match: re.Match, doc_type: Optional[str],
                      full: list[_Mention], own_lead: Optional[int], own_type: Optional[str]) -> None:
        start, end = word.start(), match.end()
        has_no = match.group("no") is not None
        digits = match.group("num")
        if not has_no and (not self.text[start].isupper() or (len(digits) == 4 and 1900 <= int(digits) <= 2100)):
            return
        target = _resolve(full, start, doc_type, int(digits))
        self.taken.append((start, end))
        date, _ = self._date_after(end)
        if target is not None:
            self.mentions.append(_Mention(start, end, target.key, date=date))
            return
        if own_lead == int(digits) and own_type in (None, doc_type):
            return
        written = collapse_spaces(self.text[start:end].replace("_", " "))
        if has_no:
            self.mentions.append(_Mention(
                start, end, f"{doc_type}:{int(digits)}", number=digits, doc_type=doc_type,
                date=date or self._date_before(start), pinpoint=self._pinpoint(start, end)))
        elif doc_type in _SHORT_TITLE_TYPES:
            self.mentions.append(_Mention(start, end, title_key(written), title=written,
                                          doc_type=doc_type, date=date))

    def _titles(self) -> list[_Title]:
        titles = []
        if self.language == "en":
            return self._english_titles(titles)
        pos = 0
        while (match := _VI_TITLE.search(self.plain, pos)) is not None:
            # the pattern runs on past the name; the next name may start inside what it ran over
            end = _vi_title_end(self.text, self.plain, match)
            pos = end if end is not None else match.end("head")
            if end is not None and not _VI_INSTITUTION_BEFORE.search(self.plain, max(0, match.start() - 20),
                                                                     match.start()):
                head = self.text[match.start("head"):match.end("head")]
                titles.append(self._title(match.start(), end, _HEADS["vi"].get(head) or
                                          _vi_head_type(self.plain[match.start("head"):match.end("head")])))
        for match in _VI_NAMED.finditer(self.plain):
            words = self.text[match.start("body"):match.end("body")].lower().split()
            if (len(words) > 14 or _VI_NAMED_STOPS.intersection(words) or _has_comma_clause(words)
                    or _NUMBER_AHEAD.search(self.plain, match.start("body"), match.end())
                    or _VI_NAMED_NOT_AFTER.search(self.plain, max(0, match.start() - 25), match.start())):
                continue
            head = self.text[match.start("head"):match.end("head")]
            doc_type = _HEADS["vi_named"].get(head) or _doc_type(match.group("head"), None, "vi")
            titles.append(self._title(match.start(), match.end(), doc_type))
        return titles

    def _english_titles(self, titles: list[_Title]) -> list[_Title]:
        for match in _en_title_matches(self.plain):
            qualifier = match.group("qual")
            lead = _EN_LEADING_FUNCTION_WORDS.match(qualifier)
            skip = lead.end() if lead else 0
            head = match.group("head")
            minimum = _EN_QUALIFIER_MIN.get(head)
            if not match.group("tail") and (minimum is None or len(qualifier[skip:].split()) < minimum):
                continue
            if _NUMBER_WORD_AT.match(self.plain, match.end()) and not match.group("tail"):
                continue
            titles.append(self._title(match.start() + skip, match.end(), _EN_TITLE_HEADS[head]))
        return titles

    def _title(self, start: int, end: int, doc_type: str) -> _Title:
        written = collapse_spaces(self.text[start:end].replace("_", " "))
        return _Title(start, end, written, doc_type)

    def _build(self) -> list[Citation]:
        order: dict[str, list[_Mention]] = {}
        for mention in sorted(self.mentions, key=lambda m: (m.start, -m.end)):
            order.setdefault(mention.key, []).append(mention)
        citations = []
        for index, (key, mentions) in enumerate(order.items(), start=1):
            first = mentions[0]
            number = next((m.number for m in mentions if m.number), None)

            def pick(field):
                return next((getattr(m, field) for m in mentions if getattr(m, field) is not None), None)

            citations.append(Citation(
                id=f"c{index}", key=key, number=number, title=pick("title"), doc_type=pick("doc_type"),
                issuer=pick("issuer"), date=pick("date"), pinpoint=pick("pinpoint"),
                text=collapse_spaces(self.text[first.start:first.end].replace("_", " ")).translate(_HYPHEN_TABLE),
                span=Span(start=first.start, end=first.end),
                mentions=[Span(start=m.start, end=m.end) for m in mentions]))
        return citations


# --------------------------------------------------------------------------- pieces

def _clean_number(written: str) -> str:
    """A number as written, without the line breaks and spaces inside it ("QCVN 122:…" keeps its space)."""
    prefix = _STANDARD_PREFIX.match(written)
    if prefix:
        return prefix.group(1) + " " + _SPACES.sub("", written[prefix.end():]).translate(_HYPHEN_TABLE)
    return _SPACES.sub("", written).translate(_HYPHEN_TABLE)


def _rstrip_end(text: str, pos: int) -> int:
    """``pos`` moved back over white space."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _read_number(plain: str, start: int, end: int) -> tuple[int, int] | None:
    """(end of the clean number, end of the raw match) of a candidate, or None if it is no number.

    A code after a spaced separator must look like a code ("35 / NQ-CP",
    "1856/TTr -SCT"), so "82/NQ-CP - Bộ" stops before " - Bộ". Dates and
    ratios (all-digit parts) are not numbers.
    """
    if not _CODE_LETTER.search(plain, start, end):
        return None  # all digits: most candidates are dates, spared the reading piece by piece
    pos = _DIGITS.match(plain, start, end).end()
    raw_end = pos
    has_letters = False
    for piece in _NUMBER_PIECE.finditer(plain, pos, end):
        if piece.start() != pos:
            break
        spaced = bool(piece.group(1)) or bool(piece.group(3))
        token = piece.group(4)
        if spaced and (not _SPACED_CODE.fullmatch(token) or _POSSESSIVE.match(plain, piece.end())):
            break  # "4518/VPCP-KGVX - PM's opinion": a word after a dash, not a code
        if token.isdigit() and len(token) != 4:
            return None
        has_letters = has_letters or not token.isdigit()
        pos = raw_end = piece.end()
    if not has_letters:
        return None
    return _strip_footnote_end(plain, start, raw_end), raw_end


def _strip_footnote_end(plain: str, start: int, end: int) -> int:
    """End of a number without a footnote marker glued to its last code ("QH151", "NĐ-CP2")."""
    last = _LAST_CODE.search(plain, start, end)
    if not last:
        return end
    glued = _GLUED_FOOTNOTE.fullmatch(last.group(0))
    if not glued:
        return end
    code = glued.group(1).upper()
    digits = glued.group(2)
    for known, kept in _DIGITS_KEPT.items():
        if code.endswith(known):
            return end - max(0, len(digits) - kept)
    # footnote markers are one or two digits; a known code does not end in digits
    return end - len(digits) if code in _KNOWN_CODES and len(digits) <= 2 else end


def _codes_say_document(number: str) -> bool:
    """A number without a type word counts when its codes make it a document number."""
    codes = _symbol_codes(number)
    if not codes:
        return False
    return codes[0] in _SYMBOL_TYPES or (len(codes) >= 2 and codes[0] in _ISSUER_NAMES)


# Pure, and asked again and again with the same type word ("Quyết định", no number) in a notice.
@lru_cache(maxsize=1 << 12)
def _doc_type(type_word: str | None, number: str | None, language: str) -> Optional[str]:
    symbol_type = doc_type_for_symbol(number) if number else None
    if type_word is None:
        return symbol_type
    folded = _fold_word(type_word)
    if folded in _GENERIC_WORDS:
        return symbol_type or _GENERIC_FALLBACK
    return doc_type_for_word(folded, language, whole=True) or doc_type_for_word(folded, None, whole=True) \
        or symbol_type


def _vi_head_type(head_plain: str) -> str:
    for head, doc_type in _HEADS["vi"].items():
        if _plain(head) == head_plain:
            return doc_type
    return "other"


def _vi_title_end(text: str, plain: str, match: re.Match) -> Optional[int]:
    """End of a Vietnamese document name after its head ("Luật Phòng cháy, chữa cháy … cứu hộ").

    The name runs until a word that cannot be part of it (ngày, của, có, …),
    a number word before a number ("số 55/2024/QH15"), a digit (a 4-digit
    year is kept: "Luật Đê điều 2020"), the head of the next name ("… và
    Luật Đê điều") or 14 words. A comma goes on with the name ("Luật Phòng,
    chống tham nhũng") unless a new clause starts after it: a clause word
    ("…, hoàn thành trước …") or a capitalised word ("…, Bộ Tài chính chủ trì").
    """
    end = None
    body_start = match.start("body")
    words = list(_WORD.finditer(plain, body_start, match.end("body")))
    lowered = [text[w.start():w.end()].lower() for w in words]
    for index, word in enumerate(words):
        token = word.group(0)
        written = text[word.start():word.end()]
        after_comma = end is not None and "," in plain[end:word.start()]
        if (_phrase_at(lowered, index, _VI_TITLE_STOPS) or written in _VI_TITLE_BREAKS
                or _NUMBER_AHEAD.match(plain, word.start())
                or (after_comma and (_phrase_at(lowered, index, _VI_COMMA_CLAUSES)
                                     or (written[0].isupper() and not written.isupper())))
                or (end is not None and _VI_HEAD_AT.match(plain, word.start()))):
            break
        if token.isdigit():
            if len(token) == 4 and end is not None and "," not in plain[end:word.start()]:
                end = word.end()
            break
        end = word.end()
        if index >= 13:
            break
    if end is None:
        return None
    # a name does not end on a connector
    while (tail := _TRAILING_WORD.search(plain, body_start, end)) is not None \
            and tail.group(1).lower() in ("va", "hoac"):
        end = tail.start()
    return end


def _has_comma_clause(words: list[str]) -> bool:
    """A clause word after a comma starts a new clause ('Quy hoạch điện VIII, báo cáo … năm 2025'): no name."""
    bare = [word.strip(",") for word in words]
    return any(words[index - 1].endswith(",") and _phrase_at(bare, index, _VI_COMMA_CLAUSES)
               for index in range(1, len(words)))


def _phrase_at(lowered: list[str], index: int, phrases: set[str]) -> bool:
    """Whether the one or two words at ``index`` make one of ``phrases``."""
    return lowered[index] in phrases or " ".join(lowered[index:index + 2]) in phrases


def _lead_number(key: str | None) -> Optional[int]:
    match = _DIGITS.match(key or "")
    return int(match.group(0)) if match else None


def _resolve(full: list[_Mention], pos: int, doc_type: str | None, lead: int) -> Optional[_Mention]:
    """The full citation a short form ("Decision 06", "Nghị quyết 18") stands for."""
    matches = [m for m in full if _lead_number(m.key) == lead and ":" not in m.key
               and (doc_type is None or m.doc_type in (None, doc_type))]
    before = [m for m in matches if m.start < pos]
    if before:
        return max(before, key=lambda m: m.start)
    return min(matches, key=lambda m: m.start) if matches else None


def _parse_date(match: re.Match, p: str, doc_date: dt.date | None) -> Optional[dt.date]:
    groups = match.groupdict()
    if groups.get(f"{p}nd"):
        day, month, year = groups[f"{p}nd"], groups[f"{p}nm"], groups[f"{p}ny"]
    elif groups.get(f"{p}wd"):
        day, month, year = groups[f"{p}wd"], groups[f"{p}wm"], groups[f"{p}wy"]
    elif groups.get(f"{p}em"):
        day, month, year = groups[f"{p}ed"], _MONTHS[groups[f"{p}em"].lower()], groups[f"{p}ey"]
    elif groups.get(f"{p}fd"):
        day, month, year = groups[f"{p}fd"], _MONTHS[groups[f"{p}fm"].lower()], groups[f"{p}fy"]
    else:
        return None
    if year is None:
        if doc_date is None:
            return None
        year = doc_date.year
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_citations(text: str, *, language: str, doc_date: dt.date | None = None,
                   own_number: str | None = None) -> list[Citation]:
    """Every other document ``text`` cites, once each, in order of first mention.

    ``text`` is the normalized text; spans index it. ``own_number`` (the
    document's own number) is never a citation; ``doc_date`` gives the year
    of year-less citation dates.
    """
    return _Finder(text, language, doc_date, own_number).run()
