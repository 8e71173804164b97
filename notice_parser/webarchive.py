"""A page kept by a web crawler: a WARC file's records ('WARC/1.0', 'WARC-Type: response', …) or an HTTP
response saved with its headers ('HTTP/1.1 200 OK'). The page's body is the document; the archive's own
records (warcinfo, request, metadata) and every header block are not."""
from __future__ import annotations

import re

from .mime import header_fields

_RECORD_START = re.compile(r"^WARC/\d\.\d+[ \t\r]*\n", re.M)
_HTTP_STATUS = re.compile(r"HTTP/\d(?:\.\d)?[ \t]+\d{3}\b[^\n]*\n")
_PAGE_RECORDS = ("response", "resource", "conversion")
_READABLE = ("text/", "application/xhtml", "application/xml")


def looks_like_web_archive(text: str) -> bool:
    """Whether ``text`` opens with a WARC record's version line or an HTTP response's status line."""
    start = text.lstrip("\ufeff \t\n")
    return _RECORD_START.match(start) is not None or _HTTP_STATUS.match(start) is not None


def web_archive_text(text: str) -> str:
    """The bodies of the pages in ``text`` (each WARC response record's, or the HTTP response's), a
    blank line apart; a page sent compressed, or not as text, is left out."""
    text = text.lstrip("\ufeff \t\n")
    starts = [m.start() for m in _RECORD_START.finditer(text)]
    if not starts:
        return _http_body(text) or ""
    pages = []
    for start, end in zip(starts, starts[1:] + [len(text)]):
        headers, body = header_fields(text, text.index("\n", start) + 1, end)
        if headers.get("warc-type", "").lower() not in _PAGE_RECORDS:
            continue
        block = text[body:end]
        if headers.get("content-type", "").lower().startswith("application/http"):
            block = _http_body(block)
        if block and block.strip():
            pages.append(block.strip("\n"))
    return "\n\n".join(pages)


def _http_body(message: str) -> str | None:
    """An HTTP response's body, when it is text sent uncompressed; else None."""
    status = _HTTP_STATUS.match(message)
    if status is None:
        return message
    headers, body = header_fields(message, status.end(), len(message))
    if headers.get("content-encoding", "identity").lower() not in ("identity", "") or \
            not headers.get("content-type", "text/html").lower().startswith(_READABLE):
        return None
    return message[body:]

