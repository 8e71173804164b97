"""Decompression bombs in PDFs, caught before PDFium parses a page.

PDFium spends about 130 bytes of memory per character of a page's text
layer, and a Flate content stream inflates up to ~1000 times: a 90 KB file
can describe 50 million characters and gigabytes of memory. The per-page
character limit in :mod:`.ingest` is checked only after that memory is
spent, so the raw file is scanned first: every Flate stream that PDFium
would parse as content (page and form content, object streams) is inflated
without keeping its output, and one past ``MAX_STREAM_BYTES``, or past
``BOMB_MIN_BYTES`` at a ratio above ``BOMB_RATIO``, refuses the file.
Images and embedded fonts are skipped: images are decoded only when a page
is rendered for OCR, at a bounded size.
"""
from __future__ import annotations

import re
import zlib

from .errors import InputTooLargeError

MAX_STREAM_BYTES = 32 * 1024 * 1024
BOMB_MIN_BYTES = 2 * 1024 * 1024
# Real content streams compress 3-20 times; a run of one repeated operator, hundreds of times.
BOMB_RATIO = 200
_CHUNK = 1024 * 1024
# Deflate cannot expand more than 1032 times (a 258-byte match in 2 bits): a stream
# shorter than BOMB_MIN_BYTES / this cannot reach a refusal and is not inflated.
_DEFLATE_MAX_RATIO = 1100

# No "(?<!end)" look-behind: it stops the regex engine's literal search and costs ~50 ms
# on a 3 MB file; "endstream" is skipped in the loop instead.
_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
# The stream dictionary ends within this many bytes before the keyword.
_DICT_WINDOW = 1024
_FLATE = re.compile(rb"/(FlateDecode|Fl)\b")
# Streams PDFium does not parse as content: images, embedded font programs, XMP, XRef.
_NOT_CONTENT = re.compile(rb"/Subtype\s*/(Image|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b"
                          rb"|/Type\s*/(Metadata|XRef|EmbeddedFile)\b|/Width\b")


def check_streams(data: bytes, name: str | None = None) -> None:
    """Raise InputTooLargeError when a content stream of ``data`` inflates like a bomb."""
    for match in _STREAM.finditer(data):
        if data[max(0, match.start() - 3):match.start()] == b"end":
            continue
        head = data[max(0, match.start() - _DICT_WINDOW):match.start()]
        head = head[max(0, head.rfind(b"obj")):]  # this object's header and dictionary
        if not _FLATE.search(head) or _NOT_CONTENT.search(head):
            continue
        end = data.find(b"endstream", match.end())
        raw = data[match.end():end if end >= 0 else len(data)]
        if len(raw) * _DEFLATE_MAX_RATIO < min(BOMB_MIN_BYTES, MAX_STREAM_BYTES):
            continue
        size = _inflated_size(raw)
        if size > MAX_STREAM_BYTES or (size > BOMB_MIN_BYTES and size > BOMB_RATIO * len(raw)):
            raise InputTooLargeError(
                f"decompression bomb: a {len(raw)}-byte stream inflates to over {size} bytes "
                f"(limits {MAX_STREAM_BYTES} bytes, ratio {BOMB_RATIO} above {BOMB_MIN_BYTES})",
                name)


def _inflated_size(raw: bytes) -> int:
    """Bytes ``raw`` inflates to, stopping just past MAX_STREAM_BYTES; damaged data counts as read."""
    inflater = zlib.decompressobj()
    size, pending = 0, raw
    try:
        while size <= MAX_STREAM_BYTES and not inflater.eof:
            chunk = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if not chunk:
                break
            size += len(chunk)
    except zlib.error:
        pass
    return size
