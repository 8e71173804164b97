"""Ingestion: bytes of a text file or a PDF in, decoded source text out.

PDF text comes from pypdfium2 (PDFium, 2-4 ms a page). Where characters on
one line stand far apart (the two-column header "VĂN PHÒNG CHÍNH PHỦ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the "Nơi nhận | signer" block), their
geometry inserts a column gap of spaces, the same shape pdftotext -layout
gives, so later stages split columns the same way for both inputs.
pdfplumber (pdfminer) reads only what PDFium cannot open.
"""
from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import (
    CorruptPdfError,
    EmptyDocumentError,
    EncodingError,
    InputNotFoundError,
    InputTooLargeError,
    NoTextLayerError,
    UnsupportedFormatError,
)

PAGE_BREAK = "\f"
COLUMN_GAP = "      "
# A horizontal gap wider than this many points between two characters of
# one line separates two columns (body text gaps are 2-5 pt).
_COLUMN_GAP_POINTS = 24.0
# Only the head of the first page and the tail of the last page carry
# two-column blocks; looking only there keeps PDF reading fast.
_GEOMETRY_CHARS = 1500
MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 2000


@dataclass
class SourceText:
    """Decoded text of one input. Pages are separated by PAGE_BREAK."""

    text: str
    encoding: str
    source: str | None = None
    sha256: str | None = None
    page_count: int = 0
    warnings: list[str] = field(default_factory=list)


def read_source(path: str | Path) -> SourceText:
    """Read a text or PDF file into :class:`SourceText`; raises a NoticeParseError subclass."""
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise InputNotFoundError("no such file", name)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputTooLargeError(f"{size} bytes exceeds the {MAX_BYTES}-byte limit", name)
    data = path.read_bytes()
    if not data.strip():
        raise EmptyDocumentError("file is empty", name)
    digest = hashlib.sha256(data).hexdigest()
    if data[:5] == b"%PDF-" or path.suffix.lower() == ".pdf":
        source = read_pdf_bytes(data, name)
    else:
        text, encoding = decode_text(data, name)
        source = SourceText(text=text, encoding=encoding, page_count=0)
    source.source = name
    source.sha256 = digest
    if not source.text.strip():
        raise EmptyDocumentError("no text", name)
    return source


def decode_text(data: bytes, name: str | None = None) -> tuple[str, str]:
    """Decode text bytes: BOMs, UTF-8, UTF-16 without BOM; never a silent mis-decoding."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _strict(data, encoding, name), encoding
    if _looks_utf16(data):
        encoding = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return _strict(data, encoding, name), encoding
    if b"\x00" in data[:4096]:
        raise UnsupportedFormatError("binary data, not a text document", name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"not valid UTF-8 (byte {exc.start}) and no other encoding recognised", name) from None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _strict(data: bytes, encoding: str, name: str | None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(f"invalid {encoding} at byte {exc.start}", name) from None


def read_pdf_bytes(data: bytes, name: str | None = None) -> SourceText:
    """Text layer of a PDF, page by page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        return _read_pdf_with_pdfplumber(data, name, reason=str(exc))
    try:
        page_count = len(pdf)
        if page_count > MAX_PAGES:
            raise InputTooLargeError(f"{page_count} pages exceeds the {MAX_PAGES}-page limit", name)
        pages = []
        for index in range(page_count):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(_page_text(textpage, first=index == 0, last=index == page_count - 1))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if not any(p.strip() for p in pages):
        raise NoTextLayerError(
            f"no text layer on any of {page_count} pages (scanned image?); OCR is not available", name)
    return SourceText(text=PAGE_BREAK.join(pages), encoding="pdf", page_count=page_count)


def _page_text(textpage, *, first: bool, last: bool) -> str:
    text = textpage.get_text_range()
    if not (first or last) or not text:
        return _clean_page(text)
    count = len(text)
    head = range(0, min(count, _GEOMETRY_CHARS)) if first else range(0)
    tail = range(max(count - _GEOMETRY_CHARS, head.stop), count) if last else range(0)
    gaps = {i for span in (head, tail) for i in _column_gaps(textpage, text, span)}
    if gaps:
        text = "".join(COLUMN_GAP + c if i in gaps else c for i, c in enumerate(text))
    return _clean_page(text)


def _column_gaps(textpage, text: str, indices: range) -> list[int]:
    """Indices of characters that start a new column on their line."""
    gaps = []
    prev_right = None
    for i in indices:
        char = text[i]
        if char in "\r\n":
            prev_right = None
            continue
        if char == " " or char == "\ufffe":
            continue
        try:
            left, _, right, _ = textpage.get_charbox(i)
        except Exception:  # PDFium reports generated characters without a box
            continue
        if prev_right is not None and left - prev_right > _COLUMN_GAP_POINTS:
            gaps.append(i)
        prev_right = right
    return gaps


def _clean_page(text: str) -> str:
    # PDFium marks soft hyphens at line ends with U+FFFE and ends lines with \r\n.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-")


def _read_pdf_with_pdfplumber(data: bytes, name: str | None, reason: str) -> SourceText:
    import io

    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise CorruptPdfError(f"cannot open PDF ({reason}; {type(exc).__name__})", name) from None
    if not any(p.strip() for p in pages):
        raise NoTextLayerError(f"no text layer on any of {len(pages)} pages", name)
    return SourceText(text=PAGE_BREAK.join(pages), encoding="pdf", page_count=len(pages))
