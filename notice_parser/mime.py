"""An e-mail's source saved as text (a notice forwarded by mail, kept with its headers; a thread saved
as an mbox file; a web page saved as MHTML): its plain-text body decoded from quoted-printable or
base64, its headers, part boundaries and attachments dropped.
The result is edits for :meth:`normalize.MappedText.edit`, so every kept character keeps its offset."""
from __future__ import annotations

import base64
import binascii
import codecs
import datetime as dt
import email.utils
import re

from .markup import Edit

# a header field and the folded lines that continue it
_FIELD = r"[A-Za-z][\w-]*:[^\n]*\n(?:[ \t][^\n]*\n)*"
_HEADER_BLOCK = re.compile(rf"(?:{_FIELD})+")
_MIME_DECLARED = re.compile(r"^(?:MIME-Version|Content-Type|Content-Transfer-Encoding):", re.M | re.I)
_FIELD_VALUE = re.compile(r"^(?P<name>[A-Za-z][\w-]*):(?P<value>[^\n]*(?:\n[ \t][^\n]*)*)", re.M)
_PARAMETER = re.compile(r';\s*(?P<key>[\w-]+)\s*=\s*(?:"(?P<quoted>[^"]*)"|(?P<bare>[^;\s]+))')
# a run of encoded bytes and soft line breaks ('=C3=A1', 'landslide=\ns'): decoded as one, as one
# character's bytes may stand on both sides of a soft break
_QUOTED_PRINTABLE_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2}|=[ \t]*\n)+")
_SOFT_BREAK = re.compile(r"=[ \t]*\n")
_HEAD_CHARS = 8000  # an e-mail's header block, with its routing lines, is shorter
# the line an mbox file opens each message with ('From nvhau@example.vn Wed Dec  2 07:45:33 2026')
_MBOX_FROM = re.compile(r"^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} +\d{1,2} "
                        r"\d{1,2}:\d{2}(?::\d{2})?(?: [A-Z]{2,5}| [+-]\d{4})? \d{4}[ \t]*(?:\n|\Z)", re.M)


def looks_like_mime(text: str) -> bool:
    """Whether ``text`` opens with an e-mail's header block that declares MIME content."""
    text = text[:_HEAD_CHARS].replace("\r\n", "\n")  # (as saved: a message's lines end in CRLF)
    if "Content-" not in text and "MIME-" not in text:
        return False
    start = len(text) - len(text.lstrip("\n"))
    if (mbox := _MBOX_FROM.match(text, start)) is not None:
        start = mbox.end()
    head = _HEADER_BLOCK.match(text, start)
    return head is not None and text.startswith("\n", head.end()) and \
        _MIME_DECLARED.search(text, start, head.end()) is not None


def mime_edits(text: str) -> list[Edit]:
    """Edits that leave the e-mail's readable text: each plain-text part decoded (an HTML part
    only when the message has no plain one), everything else emptied; in an mbox file, so for
    each of its messages."""
    edits: list[Edit] = []
    has_plain = re.search(r"^Content-Type:\s*text/plain", text, re.M | re.I) is not None
    for opening, head, end in _messages(text):
        if head > opening:
            edits.append((opening, head, ""))  # an mbox file's 'From …' line
        _entity(text, head, end, edits, has_plain)
    return edits


def _messages(text: str) -> list[tuple[int, int, int]]:
    """Each message of an e-mail's source: where it opens, where its header block starts (after an mbox
    file's 'From …' line) and where it ends; the whole text one message when it is no mbox file."""
    start = len(text) - len(text.lstrip("\n"))
    if _MBOX_FROM.match(text, start) is None:
        return [(start, start, len(text))]
    lines = list(_MBOX_FROM.finditer(text, start))
    return [(line.start(), line.end(), following.start() if following else len(text))
            for line, following in zip(lines, lines[1:] + [None])]


def sent_date(text: str) -> dt.date | None:
    """The day the latest message of an e-mail's source (or an mbox file's thread) was sent, by its
    ``Date:`` header; None for any other text, a page saved as MHTML included (sent by no one)."""
    if not looks_like_mime(text):
        return None
    text = text.replace("\r\n", "\n")
    dates = []
    for _, head, end in _messages(text):
        fields, _ = header_fields(text, head, end)
        if "@" not in fields.get("from", ""):
            continue
        try:
            dates.append(email.utils.parsedate_to_datetime(fields.get("date", "")).date())
        except (TypeError, ValueError):
            continue
    return max(dates, default=None)


def header_fields(text: str, start: int, end: int) -> tuple[dict[str, str], int]:
    """The fields of the header block at ``start`` (an e-mail's, a MIME part's, a WARC record's or an
    HTTP response's: names in lower case, folded lines joined) and where the body after its blank line
    starts; no fields and ``start`` when no header block and blank line stand there. Lines may end in CRLF."""
    head = _HEADER_BLOCK.match(text, start, end)
    if head is None:
        return {}, start
    if text.startswith("\n", head.end()):
        body = head.end() + 1
    elif text.startswith("\r\n", head.end()):
        body = head.end() + 2
    else:
        return {}, start
    return {m.group("name").lower(): " ".join(m.group("value").split())
            for m in _FIELD_VALUE.finditer(text, start, body)}, body


def _entity(text: str, start: int, end: int, edits: list[Edit], has_plain: bool) -> None:
    """The edits of one MIME entity (a header block, a blank line, a body) in ``[start, end)``."""
    headers, body = header_fields(text, start, end)
    edits.append((start, body, ""))
    content_type = headers.get("content-type", "text/plain")
    kind = content_type.split(";")[0].strip().lower()
    parameters = {m.group("key").lower(): m.group("quoted") if m.group("quoted") is not None else m.group("bare")
                  for m in _PARAMETER.finditer(content_type)}
    if kind.startswith("multipart/") and parameters.get("boundary"):
        _parts(text, body, end, "--" + parameters["boundary"], edits, has_plain)
    elif kind == "text/plain" or kind == "text/html" and not has_plain:
        _decoded_body(text, body, end, headers.get("content-transfer-encoding", "7bit").lower(),
                      _charset(parameters.get("charset")), kind == "text/html", edits)
    else:  # an attachment, an HTML copy of a plain part, a signature
        edits.append((body, end, ""))


def _parts(text: str, start: int, end: int, delimiter: str, edits: list[Edit], has_plain: bool) -> None:
    """The parts between the delimiter lines of a multipart body; its preamble and epilogue emptied."""
    lines = [m for m in re.finditer(rf"^{re.escape(delimiter)}(--)?[ \t]*(?:\n|\Z)", text[:end], re.M)
             if m.start() >= start]
    if not lines:
        return
    edits.append((start, lines[0].start(), ""))  # 'This is a multi-part message in MIME format.'
    for line, following in zip(lines, lines[1:] + [None]):
        if line.group(1):  # the closing delimiter: the epilogue after it
            edits.append((line.start(), end, ""))
            return
        edits.append((line.start(), line.end(), ""))
        _entity(text, line.end(), following.start() if following else end, edits, has_plain)


def _decoded_body(text: str, start: int, end: int, encoding: str, charset: str, html: bool,
                  edits: list[Edit]) -> None:
    if encoding == "quoted-printable" and not html:
        edits.extend((m.start(), m.end(), _run_bytes(m.group()).decode(charset, errors="replace"))
                     for m in _QUOTED_PRINTABLE_RUN.finditer(text, start, end))
        return
    raw = text[start:end]
    if encoding == "quoted-printable":
        decoded = _QUOTED_PRINTABLE_RUN.sub(lambda m: _run_bytes(m.group()).decode("latin-1"), raw) \
            .encode("latin-1", errors="replace").decode(charset, errors="replace")
    elif encoding == "base64":
        try:
            decoded = base64.b64decode("".join(raw.split()), validate=False).decode(charset, errors="replace")
        except (binascii.Error, ValueError):
            return  # not base64 after all: left as written
    elif html:
        decoded = raw  # 7bit, 8bit: already text
    else:
        return  # a plain part in 7bit or 8bit: the text as it stands
    if html:
        from .ingest import html_to_text  # (ingest reads files; imported only for an HTML-only message)
        decoded = html_to_text(decoded)
    edits.append((start, end, decoded))


def _run_bytes(run: str) -> bytes:
    """The bytes a run of quoted-printable escapes and soft line breaks stands for."""
    return bytes.fromhex(_SOFT_BREAK.sub("", run).replace("=", ""))


def _charset(name: str | None) -> str:
    """A Python codec for a declared charset; UTF-8 when none is declared or Python knows no such codec."""
    try:
        return codecs.lookup(name or "utf-8").name
    except LookupError:
        return "utf-8"
