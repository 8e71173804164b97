"""Repair of garbled PDF text layers and the text-quality verdict.

Some PDFs carry fonts whose text layer PDFium misreads in a deterministic
way (``models/font_repair.json``): embedded TrueType subsets without a
ToUnicode map report glyph ids ("7ӌ1+" for "TỈNH", control characters for
digits), and non-embedded fonts show Windows-1252 codes through the Mac Roman
table ("L‡o Cai" for "Lào Cai"). A page is only examined when it shows such
characters; then each font's characters are decoded with the decoder that
makes the page read best on the Vietnamese syllable validator, and only if
that beats leaving the font alone.
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_table
from .syllables import measure

# Below WARN_QUALITY a Notice carries a warning; below UNREADABLE_QUALITY its
# text is too garbled to extract tasks from (the pipeline extracts none).
WARN_QUALITY = 0.8
UNREADABLE_QUALITY = 0.5
# Vietnamese text whose valid words bear marks below this share is folded (no
# diacritics): a stripped copy, or an OCR layer made with another language's model.
FOLDED_SHARE = 0.1


@dataclass(frozen=True)
class _Decoder:
    name: str
    subset_fonts_only: bool
    table: dict[int, str]


@lru_cache(maxsize=1)
def _decoders() -> tuple[re.Pattern, tuple[_Decoder, ...]]:
    data = load_table("font_repair.json")
    decoders = []
    for name, spec in data["decoders"].items():
        table = {ord(k): v for k, v in spec["chars"].items()}
        for first, last, delta in spec["ranges"]:
            for code in range(first, last + 1):
                table.setdefault(code, chr(code + delta))
        decoders.append(_Decoder(name, spec["fonts"] == "subset", table))
    return re.compile(data["signal"]), tuple(decoders)


@lru_cache(maxsize=1)
def _decodable() -> frozenset[str]:
    """Characters some decoder changes: only their fonts need looking up."""
    _, decoders = _decoders()
    return frozenset(chr(code) for decoder in decoders for code in decoder.table)


def looks_misread(text: str) -> bool:
    """Cheap test: does this page text show characters a misread font produces?"""
    signal, _ = _decoders()
    return len(signal.findall(text[:4000])) >= 3


@dataclass
class FontRepair:
    text: str
    fonts: dict[str, str]  # font name -> decoder used
    before: float
    after: float


def repair_page(text: str, textpage, known: dict[str, str]) -> FontRepair | None:
    """Decode misread fonts of one PDF page; None when nothing improves it.

    ``text`` is the page's full text range; ``textpage`` the PDFium text page
    it came from (for each character's font). ``known`` maps fonts already
    decoded on earlier pages to their decoder (fonts are document-wide); new
    choices are added to it. The result has the same length as ``text``.
    """
    runs = _font_runs(textpage, text)
    if not runs:
        return None
    _, decoders = _decoders()
    by_name = {decoder.name: decoder for decoder in decoders}
    chars = list(text)
    before = measure(text).score
    used: dict[str, str] = {}
    for font, indices in runs.items():
        if font in known:
            for i in indices:
                chars[i] = by_name[known[font]].table.get(ord(chars[i]), chars[i])
            used[font] = known[font]
    best = measure("".join(chars)).score
    for font, indices in runs.items():
        if font in known:
            continue
        original = [chars[i] for i in indices]
        choice = None
        for decoder in decoders:
            if decoder.subset_fonts_only and "+" not in font:
                continue
            for i, c in zip(indices, original):
                chars[i] = decoder.table.get(ord(c), c)
            score = measure("".join(chars)).score
            if score > best:
                best, choice = score, decoder
        if choice is None:
            for i, c in zip(indices, original):
                chars[i] = c
        else:
            for i, c in zip(indices, original):
                chars[i] = choice.table.get(ord(c), c)
            used[font] = known[font] = choice.name
    if not used:
        return None
    return FontRepair(text="".join(chars), fonts=used, before=before, after=best)


@lru_cache(maxsize=None)
def unchecked_c_function(name: str):
    """PDFium's C function ``name`` without ctypes' per-argument checks (~3x cheaper a call).

    For loops calling PDFium once a character. Callers pass exactly: the handle
    from :func:`c_handle`, Python ints for C ``int`` parameters, ctypes values for
    other integer types, string buffers and ``byref`` out-parameters.
    """
    import pypdfium2.raw as pdfium_c

    function = getattr(pdfium_c, name)
    return ctypes.CFUNCTYPE(function.restype)(ctypes.cast(function, ctypes.c_void_p).value)


def c_handle(pdfium_object) -> ctypes.c_void_p:
    """The raw pointer of a pypdfium2 object or handle, for :func:`unchecked_c_function` calls."""
    return ctypes.c_void_p(ctypes.cast(getattr(pdfium_object, "raw", pdfium_object), ctypes.c_void_p).value)


def _font_runs(textpage, text: str) -> dict[str, list[int]]:
    """Indices of the decodable characters of each font on the page."""
    # PDFium calls per character are most of repairing a page: characters no
    # decoder changes are skipped, only spaces and line breaks can be PDFium's
    # own (generated) characters, and names are decoded once per font.
    decodable = _decodable()
    buffer = ctypes.create_string_buffer(128)
    size, flags = ctypes.c_ulong(len(buffer)), ctypes.byref(ctypes.c_int())  # unsigned long in C
    is_generated = unchecked_c_function("FPDFText_IsGenerated")
    font_info = unchecked_c_function("FPDFText_GetFontInfo")
    handle = c_handle(textpage)
    runs: dict[bytes, list[int]] = {}
    for index, char in enumerate(text):
        if char not in decodable or (char in " \r\n" and is_generated(handle, index) == 1):
            continue
        if font_info(handle, index, buffer, size, flags) <= 0:
            continue
        runs.setdefault(buffer.value, []).append(index)
    return {name.decode("latin-1"): indices for name, indices in runs.items()}


@dataclass(frozen=True)
class Verdict:
    """Text quality of a parsed document: score, warnings, and whether tasks may be read from it."""

    score: float
    warnings: tuple[str, ...]
    readable: bool


def assess(text: str, language: str) -> Verdict:
    """Judge normalized text: below UNREADABLE_QUALITY no task should be extracted from it."""
    quality = measure(text, language)
    score = round(quality.score, 3)
    warnings = []
    readable = quality.judged < 20 or quality.score >= UNREADABLE_QUALITY
    if not readable:
        warnings.append(f"text quality {score:.2f}: text is garbled beyond repair "
                        f"(wrong encoding, broken font or bad OCR); no tasks extracted")
    elif quality.judged >= 20 and quality.score < WARN_QUALITY:
        warnings.append(f"text quality {score:.2f}: many words are garbled; check the results")
    if language == "vi" and quality.judged >= 50 and quality.diacritic_share < FOLDED_SHARE:
        warnings.append("Vietnamese text without diacritics (a folded copy or an OCR layer "
                        "made for another language)")
    return Verdict(score=min(1.0, max(0.0, score)), warnings=tuple(warnings), readable=readable)
