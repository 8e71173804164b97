"""Ingestion: bytes of a text file or a PDF in, decoded source text out.

PDF text comes from pypdfium2 (PDFium, 2-4 ms a page). Where characters on
one line stand far apart (the two-column header "VĂN PHÒNG CHÍNH PHỦ |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", the "Nơi nhận | signer" block), their
geometry inserts a column gap of spaces, the same shape pdftotext -layout
gives, so later stages split columns the same way for both inputs.
pdfplumber (pdfminer) reads only what PDFium cannot open.

Damaged input: fonts PDFium misreads are decoded back (:mod:`.repair`);
pages without a usable text layer are read by Tesseract when installed
(:mod:`.ocr`, option ``ocr``); text in legacy Vietnamese encodings is
detected and converted (:mod:`.encodings`); HTML saved as text is stripped.
Limits (bytes, pages, characters, seconds) bound hostile input; every
refusal is a typed :class:`~notice_parser.errors.NoticeParseError`.
"""
from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import math
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from . import encodings, ocr as ocr_engine, officexml, pdfguard, pdftables, repair
from .mime import looks_like_mime
from .rtf import looks_like_rtf, rtf_to_text
from .sqldump import looks_like_sql_dump, sql_dump_text
from .textutil import holds_document_text
from .webarchive import looks_like_web_archive, web_archive_text
from .errors import (
    CorruptPdfError,
    EmptyDocumentError,
    EncodingError,
    EncryptedPdfError,
    InputNotFoundError,
    InputTooLargeError,
    NoTextLayerError,
    NoticeParseError,
    OcrUnavailableError,
    UnsupportedFormatError,
)
from .syllables import measure

PAGE_BREAK = "\f"
COLUMN_GAP = "      "
# A horizontal gap wider than this many points between two characters of
# one line separates two columns (body text gaps are 2-5 pt).
_COLUMN_GAP_POINTS = 24.0
# Spaces and PDFium's soft-hyphen mark (inside a line), line breaks (which end it).
_SPACE = " \ufffe" + pdftables.WATERMARK_MARK  # a space, PDFium's soft hyphen, a watermark's character
_SPACE_RUN = re.compile(f"[{_SPACE}]+")
_LINE_BREAK = "\r\n"
# Only the head of the first page and the tail of the last page carry
# two-column blocks; looking only there keeps PDF reading fast.
_GEOMETRY_CHARS = 1500
# A page whose text layer has fewer letters than this is treated as having none.
_MIN_PAGE_LETTERS = 20
# A scanned page often carries a short text layer of its own (a digital
# signature stamp "Ký bởi: ... Thời gian ký: ...", a registry stamp): with fewer
# letters than this and an image over half the page, the image is the content.
_SPARSE_PAGE_LETTERS = 200
_SCAN_IMAGE_SHARE = 0.5
# Share of C0 control characters above which "text" is binary data.
_MAX_CONTROL_SHARE = 0.01
_INSTALL_OCR = "install OCR support with scripts/setup_ocr.sh"
_BINARY_MAGIC = {
    b"PK\x03\x04": "ZIP archive that is no Word, Excel or OpenDocument file", b"\xd0\xcf\x11\xe0": "MS Office (DOC/XLS) file",
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"II*\x00": "TIFF image", b"MM\x00*": "TIFF image",
    b"\x1f\x8b": "gzip archive", b"Rar!": "RAR archive", b"7z\xbc\xaf": "7-Zip archive",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# a page's own tags ('<br>' alone is a line break left in a copied text: normalize reads it)
_HTML_SIGN = re.compile(r"<(!doctype\s+html|html|head|body|div|p|script|table|span|meta)\b",
                        re.IGNORECASE)
# a news feed or another XML export ('<?xml …?>', '<rss …>'): its markup goes as a page's does
_FEED_SIGN = re.compile(r"\s*<(?:\?xml|rss|feed|rdf:RDF)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """Bounds on one input. Past any of them but ``max_ocr_pages`` the input is
    refused with :class:`~notice_parser.errors.InputTooLargeError`; pages past
    ``max_ocr_pages`` are left unread with a warning."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 2000
    # Decompression bombs: a page's text layer, the whole text and the time spent
    # reading text layers are bounded too.
    max_page_chars: int = 200_000
    max_text_chars: int = 5_000_000
    max_pdf_seconds: float = 120.0
    max_ocr_pages: int = 100


DEFAULT_LIMITS = Limits()


@dataclass
class SourceText:
    """Decoded text of one input. Pages are separated by PAGE_BREAK."""

    text: str
    encoding: str
    source: str | None = None
    sha256: str | None = None
    page_count: int = 0
    warnings: list[str] = field(default_factory=list)


def read_source(path: str | Path, *, ocr: str = "auto", limits: Limits = DEFAULT_LIMITS) -> SourceText:
    """Read a text or PDF file into :class:`SourceText`; raises a NoticeParseError subclass.

    ``ocr`` ('auto', 'never', 'always') says when PDF pages are read by Tesseract:
    'auto' for pages without a usable text layer, 'always' for every page.
    ``limits`` bounds the input's size, pages and reading time.
    """
    if ocr not in ocr_engine.OCR_MODES:
        raise ValueError(f"ocr must be one of {ocr_engine.OCR_MODES}, not {ocr!r}")
    path = Path(path)
    name = str(path)
    if not path.is_file():
        raise InputNotFoundError("no such file", name)
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise InputTooLargeError(f"{size} bytes exceeds the {limits.max_bytes}-byte limit", name)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputNotFoundError(f"cannot read the file ({exc.strerror})", name) from None
    if not data.strip():
        raise EmptyDocumentError("file is empty", name)
    digest = hashlib.sha256(data).hexdigest()
    if b"%PDF-" in data[:1024] or path.suffix.lower() == ".pdf":
        source = read_pdf_bytes(data, name, ocr=ocr, limits=limits)
    else:
        source = _read_text_bytes(data, name, limits)
        _check_text_chars(len(source.text), limits, name)
    source.source = name
    source.sha256 = digest
    if not source.text.strip():
        raise EmptyDocumentError("no text", name)
    return source


def _read_text_bytes(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> SourceText:
    if data.startswith(b"PK\x03\x04") and (package := _read_package(data, name, limits)) is not None:
        return package
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedFormatError(f"{kind}, not a text document", name)
    text, encoding = decode_text(data, name)
    warnings = []
    if encoding in encodings.LEGACY:
        warnings.append(f"text converted from the legacy encoding {encoding}")
    elif (repaired := encodings.undo_mojibake(text)) is not None:
        text = repaired
        warnings.append("text repaired: UTF-8 that was read as Windows-1252 and saved again (mojibake)")
    if looks_like_rtf(text):
        text = rtf_to_text(text)
        if not text.strip():
            raise EmptyDocumentError("RTF document without any text", name)
        warnings.append("RTF markup removed (a Rich Text document)")
    elif looks_like_sql_dump(text) and (records := sql_dump_text(text)) is not None:
        text = records
        warnings.append("SQL dump: the records of its rows read")
    elif (rows := officexml.pasted_workbook_text(text)) is not None:
        text = rows
        warnings.append("Excel workbook XML: the rows of its worksheets read, cells from its shared strings")
    elif text.lstrip()[:1] in ("{", "[") and (document := json_document_text(text)) is not None:
        text = document
        warnings.append("JSON export: the text of its longest fields read")
    if looks_like_web_archive(text):
        text = web_archive_text(text)
        if not text.strip():
            raise EmptyDocumentError("web archive without a page in text", name)
        warnings.append("web archive (WARC) or HTTP response: the page's body read, its headers dropped")
    feed = _FEED_SIGN.match(text) is not None
    # (an e-mail or a saved page (MHTML) holding HTML is read by its parts: normalize.normalize)
    if (feed or _HTML_SIGN.search(text[:4096])) and text.count("<") >= 3 and not looks_like_mime(text):
        text = html_to_text(text, feed)
        if not text.strip():
            raise EmptyDocumentError("HTML page without any text", name)
        warnings.append("HTML or XML markup removed (a web page, a news feed or a word processor's XML saved as text)")
    return SourceText(text=text, encoding=encoding, page_count=0, warnings=warnings)


def _read_package(data: bytes, name: str, limits: Limits) -> SourceText | None:
    """The text of a Word document, an Excel workbook or an OpenDocument text (a ZIP package of XML
    parts), or None for another ZIP archive."""
    try:
        found = officexml.package_part(data, limits.max_text_chars)
    except ValueError as exc:
        raise InputTooLargeError(str(exc), name) from None
    if found is None:
        return None
    kind, content = found
    text = content if kind == "workbook" else html_to_text(content)
    if not text.strip():
        raise EmptyDocumentError(f"{kind} without any text", name)
    what = "Excel workbook: the rows of its worksheets" if kind == "workbook" else "word processor document: its body"
    return SourceText(text=text, encoding="utf-8", page_count=0, warnings=[f"{what} read from its XML"])


def json_document_text(text: str) -> str | None:
    """The document in a JSON export (a portal's API response: '"noi_dung": "BỘ TÀI CHÍNH\\nSố: …"'):
    its string values of several lines, or of a paragraph's length, in order, a blank line apart.
    None when ``text`` is no JSON or holds no such value."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # no JSON, or nested past Python's recursion limit: read as text
        return None
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, list) and (messages := _message_texts(value)) is not None:
            found.extend(messages)  # a chat export's messages: each one, however short
            return
        if isinstance(value, list) and (rich := _rich_text(value) or _line_list_text(value)) is not None:
            value = rich
        if isinstance(value, dict) and value.get("cell_type") == "code":
            value = value.get("outputs")  # a notebook's code cell: what it printed, not its code
        if isinstance(value, str):
            text = value.strip()
            # a chat export gives each message twice ('text', then 'text_entities'): once is enough
            if holds_document_text(value) and (not found or found[-1] != text):
                found.append(text)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return "\n\n".join(found) if found else None


_RICH_PIECE_KEYS = 3  # a formatted piece: its type, its text, at most a link or a language


# a chat's markup: a link with its label ('<https://…|the minutes>'), a bare link, a mention ('<@U04CHAU>',
# '<!channel>': '@U04CHAU', '@channel'), an emoji's code (':white_check_mark:')
_CHAT_LABELLED_LINK = re.compile(r"<[^<>|\s]+\|([^<>\n]+)>")
_CHAT_LINK = re.compile(r"<((?:https?|mailto):[^<>|\s]+)>")
_CHAT_MENTION = re.compile(r"<[@#!]([^<>\s]*)>")
_CHAT_EMOJI = re.compile(r"(?<![\w:]):[a-z0-9_+\-]{2,40}:(?![\w:])")


def _message_texts(messages: list) -> list[str] | None:
    """The texts of a chat export's messages (a list of records, most with a 'text'), in order, as a chat
    shows them: a link as its label, a mention as '@' and its name, emoji codes out; None for any other list."""
    if len(messages) < 2 or not all(isinstance(m, dict) and len(m) > _RICH_PIECE_KEYS for m in messages) or \
            2 * sum(isinstance(m.get("text"), (str, list)) for m in messages) < len(messages):
        return None  # (a message has its sender and time besides its text: a formatted piece has no more)
    texts = []
    for message in messages:
        text = message.get("text")
        if isinstance(text, list):
            text = _rich_text(text) or "".join(piece for piece in text if isinstance(piece, str))
        if isinstance(text, str):
            text = _CHAT_LABELLED_LINK.sub(r"\1", text)
            text = _CHAT_EMOJI.sub("", _CHAT_MENTION.sub(r"@\1", _CHAT_LINK.sub(r"\1", text))).strip()
            if text and (not texts or texts[-1] != text):
                texts.append(text)
    return texts or None


def _line_list_text(pieces: list) -> str | None:
    """A list of a text's lines, each but the last ending in a line break (a notebook's cell:
    '"source": ["# Review\\n", "\\n", "1. The MOF shall …"]'), as the one text it is; None for any other list."""
    if len(pieces) < 2 or not all(isinstance(piece, str) for piece in pieces) or \
            not all(piece.endswith("\n") for piece in pieces[:-1]):
        return None
    return "".join(pieces)


def _rich_text(pieces: list) -> str | None:
    """A list of strings and formatted pieces ('{"type": "bold", "text": "1. Phòng Kinh tế"}', as a chat
    export writes a message) as the one text it is; None for any other list."""
    if not any(isinstance(piece, dict) for piece in pieces) or not all(
            isinstance(piece, str) or isinstance(piece, dict) and "type" in piece and isinstance(piece.get("text"), str)
            and len(piece) <= _RICH_PIECE_KEYS for piece in pieces):
        return None  # (a list of messages, each a 'type' and a 'text' among its many fields, is no one text)
    return "".join(piece if isinstance(piece, str) else piece["text"] for piece in pieces)


def decode_text(data: bytes, name: str | None = None) -> tuple[str, str]:
    """Decode text bytes: BOMs, UTF-8, UTF-16 without BOM, legacy Vietnamese encodings.

    Never a silent mis-decoding: bytes that read as nothing are refused.
    """
    text, encoding = _decode(data, name)
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise UnsupportedFormatError("binary data (control characters), not a text document", name)
    return text, encoding


def _decode(data: bytes, name: str | None) -> tuple[str, str]:
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
        legacy = encodings.detect(data)
        if legacy is None:
            raise EncodingError(f"not valid UTF-8 (byte {exc.start}) and no other encoding "
                                f"(TCVN3, VNI, VISCII, Windows-1258) reads as text", name) from None
        return legacy.text, legacy.encoding


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


class _TextOfHtml(HTMLParser):
    # (and a Word document's deleted revisions and field codes, an Excel XML workbook's properties and
    # styles: no text of the page)
    _SKIP = {"script", "style", "head", "noscript", "template", "svg", "w:deltext", "w:instrtext",
             "documentproperties", "officedocumentsettings", "excelworkbook", "styles", "worksheetoptions",
             "x:worksheetoptions", "names",
             # a Confluence page's macro settings and its task list's ids and states ('incomplete')
             "ac:parameter", "ac:task-id", "ac:task-uuid", "ac:task-status"}
    # a news feed's furniture: links, ids, categories, its language and copyright (in a feed '<link>' holds
    # a URL and is closed; in a page it is a void tag, never skipped)
    _FEED_SKIP = {"link", "guid", "category", "ttl", "language", "copyright", "generator", "dc:creator",
                  "comments", "enclosure"}
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
              "ol", "section", "article", "blockquote", "pre", "hr", "title",
              # a word processor's XML: Word's document.xml (paragraphs, breaks, table rows), OpenDocument's
              "w:p", "w:br", "w:cr", "w:tr", "text:p", "text:h", "text:line-break", "table:table-row",
              "row"}  # (an Excel XML workbook's row: 'Workbook/Worksheet/Table/Row/Cell/Data')
    _CELL = {"td", "th", "w:tc", "table:table-cell", "cell"}
    _ROW = {"tr", "table", "w:tr", "w:tbl", "table:table-row", "table:table", "row"}

    def __init__(self, feed: bool = False):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.linked_data: list[str] = []  # the page's JSON-LD blocks (schema.org metadata of its article)
        self.in_linked_data = False
        self.skipping = 0
        self.in_cell = False  # a cell's paragraphs are one cell of its row's line ('<td><p>Sở Y tế</p></td>')
        self.cells = 0  # cells so far in the row: an Excel XML cell may say its column ('ss:Index="5"')
        self.skipped = self._SKIP | self._FEED_SKIP if feed else self._SKIP
        self.time_at: tuple[int, str] | None = None  # an open <time>: where its text starts, its datetime

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type", "").lower() == "application/ld+json":
            self.in_linked_data = True
            self.linked_data.append("")
        if tag in self._ROW:
            self.in_cell = False  # (a page may leave its cells unclosed: a row closes them)
            self.cells = 0
        if tag in self.skipped:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append(_CELL_BREAK if self.in_cell else "\n")
        elif tag in self._CELL:
            self.in_cell = True
            column = dict(attrs).get("ss:index", "")
            # the cells an Excel XML row leaves out before this one are empty
            skipped = max(0, int(column) - 1 - self.cells) if column.isdigit() and int(column) <= _MAX_COLUMN else 0
            self.parts.append(" | " * (1 + skipped))
            self.cells += 1 + skipped
        elif tag in ("w:tab", "text:tab"):
            self.parts.append("\t")
        elif tag == "time":
            self.time_at = (len(self.parts), dict(attrs).get("datetime") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_linked_data = False
        if tag in self._CELL:
            self.in_cell = False
        elif tag in self._ROW:
            self.in_cell, self.cells = False, 0
        if tag == "time" and self.time_at is not None:
            start, stamp = self.time_at
            self.time_at = None
            if not self.skipping and not "".join(self.parts[start:]).strip():
                self.parts.append(stamp)  # '<time datetime="2026-12-15" />' shows the date a page renders
        if tag in self.skipped:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append(_CELL_BREAK if self.in_cell else "\n")

    def handle_data(self, data):
        if self.in_linked_data:
            self.linked_data[-1] += data
        elif not self.skipping:
            if self.in_cell:
                data = data.replace("\n", " ")  # (the source's line breaks inside a cell: one line of its row)
            elif self.cells and data.isspace():
                return  # (and between a row's cells)
            self.parts.append(data)


_MAX_COLUMN = 256  # Excel 2003's last column (IV): a larger index is no column to pad to
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def html_to_text(markup: str, feed: bool = False) -> str:
    """Visible text of an HTML page (``feed``: of a news feed's items): scripts, styles and tags dropped,
    entities resolved."""
    parser = _TextOfHtml(feed)
    parser.feed(_CDATA.sub(lambda m: m.group(1), markup))  # a feed's item: its HTML in a CDATA section
    parser.close()
    text = "".join(parser.parts)
    if feed and _HTML_SIGN.search(text) and text.count("<") >= 3:
        text = html_to_text(text)  # a feed's item as escaped HTML ('&lt;p&gt;HA NOI - …'): now HTML
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n\s*", "\n\n", re.sub(r" *\n *", "\n", text)).strip()
    text = _side_by_side_rows(text)
    text = _MARKER_BLOCK.sub(r"\1 ", text)  # '<num>1.</num><content><p>Ban Đào tạo …': the item's number on its line
    article = _linked_data_article(parser.linked_data)
    # a page that a script renders shows nothing of its article but what its JSON-LD holds
    return article if article is not None and len(article) > len(text) else text


# a line break inside a table cell ('<td>BỘ Y TẾ<br>Số: 12/BYT</td>'), until the row is laid out
_CELL_BREAK = "\x1e"
_TWO_CELL_ROW = re.compile(r"^ ?\| ?([^|\n]*?) ?\| ?([^|\n]*?) ?$", re.M)


def _side_by_side_rows(text: str) -> str:
    """A row of two cells that both break into lines (a header's issuer and number beside its motto
    and dateline, a signature block beside "Nơi nhận") laid out as a PDF's two columns, line by line;
    in any other cell a line break is a space."""

    def layout(row: re.Match) -> str:
        columns = [[line.strip() for line in cell.split(_CELL_BREAK) if line.strip()] for cell in row.groups()]
        if min(len(column) for column in columns) < 2:
            return row.group(0)
        left, right = columns
        width = max(len(line) for line in left)
        return "\n".join(f"{a:<{width}}{COLUMN_GAP}{b}".rstrip()
                          for a, b in itertools.zip_longest(left, right, fillvalue=""))

    if _CELL_BREAK not in text:
        return text
    return _TWO_CELL_ROW.sub(layout, text).replace(_CELL_BREAK, " ")


# a block holding only an item's number or letter, then the item's text in a block of its own
_MARKER_BLOCK = re.compile(r"^((?:(?:Điều|Article)\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ]\)|[IVXLC]{1,6}\.))\n\n?(?=\S)",
                           re.M)


def _linked_data_article(blocks: list[str]) -> str | None:
    """The headline and body of the article a page's JSON-LD describes ('"articleBody": "HANOI, Dec. 2 …"'),
    a blank line apart; None when no block holds an article body."""
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        pending = [data]
        while pending:
            value = pending.pop(0)
            if isinstance(value, dict):
                body = value.get("articleBody")
                if isinstance(body, str) and body.strip():
                    headline = value.get("headline")
                    return f"{headline.strip()}\n\n{body.strip()}" if isinstance(headline, str) else body.strip()
                pending.extend(value.values())
            elif isinstance(value, list):
                pending.extend(value)
    return None


def read_pdf_bytes(data: bytes, name: str | None = None, *, ocr: str = "auto",
                   limits: Limits = DEFAULT_LIMITS) -> SourceText:
    """Text of a PDF, page by page: text layer, repaired where misread, OCR where missing."""
    import pypdfium2 as pdfium

    pdfguard.check_streams(data, name)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdfError("PDF is encrypted (a password is needed to open it)", name) from None
        return _read_pdf_with_pdfplumber(data, name, str(exc), limits)
    try:
        return _PdfReader(pdf, name, ocr, limits).read()
    finally:
        pdf.close()


class _PdfReader:
    """One pass over a PDF's pages, collecting text, repairs, OCR and warnings."""

    def __init__(self, pdf, name: str | None, ocr: str, limits: Limits):
        self.pdf, self.name, self.ocr, self.limits = pdf, name, ocr, limits
        self.warnings: list[str] = []
        self.font_choices: dict[str, str] = {}
        self.repaired: list[int] = []
        self.ocr_pages: list[int] = []
        self.skipped: list[int] = []
        self.over_ocr_limit: list[int] = []
        self.broken: list[int] = []
        self.quality_before: list[float] = []
        self.quality_after: list[float] = []
        self.table_before = False  # the last page read had a ruled table

    def read(self) -> SourceText:
        page_count, limits = len(self.pdf), self.limits
        _check_page_count(page_count, limits, self.name)
        if self.ocr == "always" and not ocr_engine.tesseract_available():
            raise OcrUnavailableError(f"OCR was asked for but Tesseract is missing; {_INSTALL_OCR}",
                                      self.name)
        started = time.monotonic()
        pages, total = [], 0
        for index in range(page_count):
            if time.monotonic() - started > limits.max_pdf_seconds:
                raise InputTooLargeError(f"reading took over {limits.max_pdf_seconds:g} s "
                                         f"(stopped at page {index + 1} of {page_count})", self.name)
            text = self._page(index, page_count)
            total += len(text)
            _check_text_chars(total, limits, self.name)
            pages.append(text)
        self._report(page_count)
        if not any(p.strip() for p in pages):
            if self.broken:
                raise CorruptPdfError(f"pages {_pages(self.broken)} of {page_count} cannot be "
                                      f"loaded", self.name)
            if self.skipped:
                raise NoTextLayerError(f"no text layer on any of {page_count} pages (scanned "
                                       f"image?); {self._ocr_hint()}", self.name)
            raise NoTextLayerError(f"no text on any of {page_count} pages", self.name)
        return SourceText(text=PAGE_BREAK.join(pages), encoding="pdf", page_count=page_count,
                          warnings=self.warnings)

    def _page(self, index: int, page_count: int) -> str:
        layer = self._text_layer(index, first=index == 0, last=index == page_count - 1)
        if layer is None:
            self.broken.append(index + 1)
            return ""
        text, misread = layer
        if not self._wants_ocr(index, text, misread):
            return text
        return self._on_page(index, lambda page: self._ocr(page, index, text), text)

    def _text_layer(self, index: int, *, first: bool, last: bool) -> tuple[str, bool] | None:
        """The page's text (misread fonts decoded, column gaps set) and whether it looked
        misread; None when the page cannot be loaded. PDFium's C API directly: pypdfium2's
        page and text-page objects add ~15 % to reading a light page (0.74 vs 0.64 ms)."""
        import pypdfium2.raw as pdfium_c

        page = pdfium_c.FPDF_LoadPage(self.pdf, index)
        if not page:
            return None
        try:
            textpage = pdfium_c.FPDFText_LoadPage(page)
            if not textpage:
                return None
            try:
                count = pdfium_c.FPDFText_CountChars(textpage)
                if count > self.limits.max_page_chars:
                    raise InputTooLargeError(f"page {index + 1} holds {count} characters "
                                             f"(limit {self.limits.max_page_chars})", self.name)
                raw = _text_range(textpage, count)
                misread = repair.looks_misread(raw)
                if misread:
                    fixed = repair.repair_page(raw, textpage, self.font_choices)
                    if fixed is not None:
                        raw = fixed.text
                        self.repaired.append(index + 1)
                        self.quality_before.append(fixed.before)
                        self.quality_after.append(fixed.after)
                if len(raw) == count and _has_skewed_text(textpage, raw):
                    raw = _without_skewed_text(textpage, raw)
                tables = pdftables.page_tables(page, textpage, raw, continued=self.table_before)
                self.table_before = bool(tables)
                return _page_text(textpage, raw, tables, first=first, last=last), misread
            finally:
                pdfium_c.FPDFText_ClosePage(textpage)
        finally:
            pdfium_c.FPDF_ClosePage(page)

    def _wants_ocr(self, index: int, text: str, misread: bool) -> bool:
        if self.ocr == "always":
            return True
        if not _has_letters(text, _MIN_PAGE_LETTERS):
            return self._on_page(index, _has_image, False)
        if (self.ocr == "auto" and not _has_letters(text, _SPARSE_PAGE_LETTERS)
                and ocr_engine.tesseract_available() and self._on_page(index, _image_share, 0.0) > _SCAN_IMAGE_SHARE):
            return True
        # A text layer that reads as garbage (an OCR layer made for another
        # language, a font no table covers) is read again from the page image.
        # Cheapest tests first (asking for Tesseract starts a process, once).
        return (self.ocr == "auto" and (misread or _few_marks(text)) and ocr_engine.tesseract_available()
                and self._on_page(index, lambda page: _layer_unusable(page, text), False))

    def _on_page(self, index: int, use, default):
        """``use(page)`` for pypdfium2's page object, loaded again for the few pages that need it;
        ``default`` when that second load fails (a damaged page PDFium read once)."""
        import pypdfium2 as pdfium

        try:
            page = self.pdf[index]
        except pdfium.PdfiumError:
            return default
        try:
            return use(page)
        finally:
            page.close()

    def _ocr(self, page, index: int, text: str) -> str:
        if self.ocr == "never" or not ocr_engine.tesseract_available():
            self.skipped.append(index + 1)
            return text
        if len(self.ocr_pages) >= self.limits.max_ocr_pages:
            self.over_ocr_limit.append(index + 1)
            return text
        self.ocr_pages.append(index + 1)
        return ocr_engine.ocr_page(page, COLUMN_GAP, self.name)

    def _report(self, page_count: int) -> None:
        if self.repaired:
            before = sum(self.quality_before) / len(self.quality_before)
            after = sum(self.quality_after) / len(self.quality_after)
            fonts = ", ".join(sorted({f"{font.split('+')[-1]} ({decoder})"
                                      for font, decoder in self.font_choices.items()}))
            self.warnings.append(f"misread fonts decoded on pages {_pages(self.repaired)}: {fonts}; "
                                 f"valid words {before:.0%} -> {after:.0%}")
        if self.ocr_pages:
            self.warnings.append(f"pages {_pages(self.ocr_pages)} read by OCR (Tesseract, "
                                 f"{ocr_engine.OCR_LANGUAGE}): text may contain recognition errors")
        if self.broken:
            self.warnings.append(f"pages {_pages(self.broken)} cannot be loaded (corrupt PDF) "
                                 f"and were skipped")
        if self.over_ocr_limit:
            self.warnings.append(f"pages {_pages(self.over_ocr_limit)} were not read by OCR (limit "
                                 f"of {self.limits.max_ocr_pages} OCR pages a document)")
        if self.skipped and len(self.skipped) < page_count:
            self.warnings.append(f"pages {_pages(self.skipped)} have no text layer and were not "
                                 f"read; {self._ocr_hint()}")

    def _ocr_hint(self) -> str:
        return "OCR is off (ocr='never')" if self.ocr == "never" else _INSTALL_OCR


def _has_letters(text: str, count: int) -> bool:
    """At least ``count`` letters in ``text`` (stops counting there: pages are long)."""
    for char in text:
        if char.isalpha():
            count -= 1
            if count <= 0:
                return True
    return count <= 0


def _has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _image_share(page) -> float:
    """Share of the page's area covered by its largest image."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    largest = 0.0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            visible = (max(0.0, min(right, width) - max(left, 0.0))
                       * max(0.0, min(top, height) - max(bottom, 0.0)))
            largest = max(largest, visible)
    return largest / max(width * height, 1.0)


def _few_marks(text: str) -> bool:
    """True when the page's letters carry (almost) no Vietnamese marks: English, or a bad layer."""
    letters = [c for c in text[:3000] if c.isalpha()]
    return sum(not c.isascii() for c in letters) < 0.05 * len(letters)


def _layer_unusable(page, text: str) -> bool:
    """A text layer that reads as garbage, or a scan's layer of Vietnamese without its marks.

    The second is an OCR layer made with another language's model over a scanned
    image: readable words, but "Cong hoa" for "Cộng hòa", which the image still shows.
    """
    from .language import detect_language

    language = detect_language(text)
    quality = measure(text, language)
    if quality.judged < 20:
        return False
    if quality.score < repair.UNREADABLE_QUALITY:
        return True
    return (language == "vi" and quality.diacritic_share < repair.FOLDED_SHARE
            and _image_share(page) > _SCAN_IMAGE_SHARE)


def _pages(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:20]) + (" ..." if len(numbers) > 20 else "")


def _text_range(textpage, count: int) -> str:
    """The text of a PDFium text page, as pypdfium2's ``get_text_range()`` reads it: leading and
    trailing characters without a text index are left out (crbug.com/pdfium/2079)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    text_index = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    first, last = 0, count - 1
    while first <= last and text_index(textpage, first) == -1:
        first += 1
    while first <= last and text_index(textpage, last) == -1:
        last -= 1
    if first > last:
        return ""
    buffer = (ctypes.c_ushort * (text_index(textpage, last) + 2 - text_index(textpage, first)))()
    written = pdfium_c.FPDFText_GetText(textpage, first, last - first + 1, buffer)
    return codecs.decode(memoryview(buffer)[:written - 1], "utf-16-le", errors="ignore")


def _page_text(textpage, text: str, tables: list, *, first: bool, last: bool) -> str:
    """The page's text with column gaps set (head of the first page, tail of the last) and
    its ruled tables rewritten as pipe rows (:mod:`.pdftables`)."""
    count = len(text)
    head = range(0, min(count, _GEOMETRY_CHARS)) if first else range(0)
    tail = range(max(count - _GEOMETRY_CHARS, head.stop), count) if last else range(0)
    gaps = [i for span in (head, tail) if span for i in _column_gaps(textpage, text, span)
            if not any(table.start <= i < table.end for table in tables)]
    if gaps or tables:
        edits = sorted([(gap, gap, COLUMN_GAP) for gap in gaps] +
                       [(table.start, table.end, table.text) for table in tables])
        pieces, at = [], 0
        for start, end, insert in edits:
            pieces += [text[at:start], insert]
            at = end
        text = "".join(pieces) + text[at:]
    return _clean_page(text)


def _column_gaps(textpage, text: str, indices: range) -> list[int]:
    """Indices (ascending) of characters that start a new column on their line."""
    import ctypes

    # Columns are set apart by a space (PDFium generates one where the layer has
    # none), so only the two characters around each run of spaces are measured:
    # PDFium's C call unchecked, with reused out-parameters. Most runs are the spaces
    # of a sentence, which the two characters alone tell: those are not measured.
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    get_box = repair.unchecked_c_function("FPDFText_GetCharBox")
    handle = repair.c_handle(textpage)
    gaps = []
    start, stop = indices.start, indices.stop
    for run in _SPACE_RUN.finditer(text, start, stop):
        after, before = run.end(), run.start() - 1
        if after >= stop or text[after] in _LINE_BREAK or before < start or text[before] in _LINE_BREAK \
                or _sentence_runs_on(text, before, after):
            continue
        # PDFium reports generated characters without a box
        if not get_box(handle, after, *box):
            continue
        column_left = left.value
        while before >= start and text[before] not in _LINE_BREAK:
            if text[before] not in _SPACE and get_box(handle, before, *box):
                if column_left - right.value > _COLUMN_GAP_POINTS and not _sentence_runs_on(text, before, after):
                    gaps.append(after)
                break
            before -= 1
    return gaps


def _sentence_runs_on(text: str, before: int, after: int) -> bool:
    """Whether the words either side of a wide gap are one sentence ('chủ    trì', 'bản tin    cảnh
    báo'): a lower-case word after a word or a comma, a number after a lower-case word ('tháng    9').
    A second column opens with a capital or a mark ('CỘNG HÒA', 'Hà Nội, ngày', 'KT. BỘ TRƯỞNG',
    '- Như trên;'), a number after a capital or a mark ('Số: 12/BTC    14 tháng 3'): a typesetter
    that draws a line as two runs leaves a gap no column has."""
    first, last = text[after], text[before]
    return first.islower() and (last.isalnum() or last == ",") or first.isdigit() and last.islower()


def _has_skewed_text(textpage, raw: str) -> bool:
    """Whether a short line of the page opens with a character drawn at a slant (a diagonal watermark:
    PDFium puts its characters on short lines of their own). One C call a short line, not a character."""
    angle = _char_angle()
    handle = repair.c_handle(textpage)
    return any(_slanted(angle(handle, line.start())) for line in _LINE_START.finditer(raw))


@lru_cache(maxsize=None)
def _char_angle():
    return repair.unchecked_c_function("FPDFText_GetCharAngle")


# the start of a short line: where PDFium puts a diagonal watermark's pieces (a line of the page's own
# text crossed by it breaks into short lines too)
_LINE_START = re.compile(r"^(?=[^\n]{1,60}$)\S", re.MULTILINE)


def _without_skewed_text(textpage, raw: str) -> str:
    """The page's text with its slanted characters (a watermark across the page) marked: each replaced by
    a control character, which _clean_page drops (with a line of nothing else)."""
    angle = _char_angle()
    handle = repair.c_handle(textpage)
    chars = list(raw)
    for index, char in enumerate(raw):
        if not char.isspace() and _slanted(angle(handle, index)):
            chars[index] = _SKEWED
    return "".join(chars)  # the same length: the page's tables and column gaps index it by character


def _slanted(angle: float) -> bool:
    quarter = math.pi / 2
    return abs(angle - quarter * round(angle / quarter)) > _SLANT_TOLERANCE


_SKEWED = pdftables.WATERMARK_MARK  # a control character: _clean_page drops what is left of a watermark
_SKEWED_LINE = re.compile(f"(?m)^[{_SKEWED} \t-]*{_SKEWED}[{_SKEWED} \t-]*\n")
_SLANT_TOLERANCE = 0.05  # radians (3 degrees)


def _clean_page(text: str) -> str:
    # PDFium marks soft hyphens at line ends with U+FFFE and ends lines with \r\n;
    # other control characters in a text layer are font garbage, never layout
    # (a form feed there must not pass for a page break).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SKEWED in text:  # a watermark's lines go whole
        text = _SKEWED_LINE.sub("", text)
    if "\ufffe" in text:
        text = _LINE_END_HYPHEN.sub(_line_end_hyphen, text).replace("\ufffe", "-")
    return _CONTROL.sub("", text.replace("\f", ""))


# PDFium's mark of a hyphen at a line end it joined, between letters ('nghi\ufffeêm', 'infor\ufffemation')
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])\ufffe(?=[^\W\d_])")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+\Z")
_LETTERS_AFTER = re.compile(r"[^\W\d_]+")


def _line_end_hyphen(match: re.Match) -> str:
    """The typesetter's hyphen inside a word goes ('nghi-' / 'êm' is 'nghiêm'); a compound's own hyphen
    stays: before a capital ('Quảng-' / 'Nam'), or where the page writes the two parts with a hyphen too."""
    text = match.string
    left = _LETTERS_BEFORE.search(text, max(0, match.start() - 40), match.start()).group(0)
    right = _LETTERS_AFTER.match(text, match.end()).group(0)
    return "-" if not right[0].islower() or f"{left}-{right}" in text else ""


def _check_page_count(count: int, limits: Limits, name: str | None) -> None:
    if count > limits.max_pages:
        raise InputTooLargeError(f"{count} pages exceeds the {limits.max_pages}-page limit", name)


def _check_text_chars(count: int, limits: Limits, name: str | None) -> None:
    if count > limits.max_text_chars:
        raise InputTooLargeError(f"text exceeds {limits.max_text_chars} characters", name)


def _read_pdf_with_pdfplumber(data: bytes, name: str | None, reason: str, limits: Limits) -> SourceText:
    """Text of a PDF that PDFium cannot open, read by pdfplumber (pdfminer) in a child process.

    pdfminer loops forever on some broken cross-reference tables (a 1.4 KB mutated PDF of the fuzz
    run did), so the child is stopped after ``limits.max_pdf_seconds``: the batch goes on.
    """
    import multiprocessing

    import pdfplumber  # noqa: F401  (loaded once here, a forked child starts with it)

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_pdfplumber_child, args=(data, name, reason, limits, sender))
    child.start()
    sender.close()
    try:
        if not receiver.poll(limits.max_pdf_seconds):
            raise InputTooLargeError(f"reading took over {limits.max_pdf_seconds:g} s (pdfminer, reading a PDF "
                                     f"PDFium cannot open)", name)
        kind, *payload = receiver.recv()
    except EOFError:  # the child died without a word (killed, out of memory)
        raise CorruptPdfError(f"cannot open PDF ({reason}; the fallback reader stopped)", name) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if kind == "text":
        return payload[0]
    error_type, message = payload
    raise error_type(message, name)


def _pdfplumber_child(data: bytes, name: str | None, reason: str, limits: Limits, sender) -> None:
    try:
        sender.send(("text", _pdfplumber_text(data, name, reason, limits)))
    except NoticeParseError as error:  # sent as type and message: the exception's own pickling loses its fields
        sender.send(("error", type(error), error.message))
    finally:
        sender.close()


def _pdfplumber_text(data: bytes, name: str | None, reason: str, limits: Limits) -> SourceText:
    import io

    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            _check_page_count(len(pdf.pages), limits, name)
            pages, total = [], 0
            for page in pdf.pages:
                pages.append(_clean_page(page.extract_text() or ""))
                total += len(pages[-1])
                _check_text_chars(total, limits, name)
    except InputTooLargeError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise CorruptPdfError(f"cannot open PDF ({reason}; {type(exc).__name__})", name) from None
    if not any(p.strip() for p in pages):
        raise NoTextLayerError(f"no text layer on any of {len(pages)} pages", name)
    return SourceText(text=PAGE_BREAK.join(pages), encoding="pdf", page_count=len(pages))
