"""RTF to text: the document's own text, without its font, colour and style tables.

An RTF file (Word's "Rich Text", WordPad) is text with control words: ``\\par``
ends a paragraph, ``\\'e1`` is a byte of the document's code page
(``\\ansicpgN``), ``\\u7843?`` a Unicode character with its fallback, and
groups that open with a destination (``{\\fonttbl …}``, ``{\\*\\generator …}``)
hold no text of the document.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|\r?\n|([^\\{}\r\n]+)", re.DOTALL)
# destinations whose text is no text of the document
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "listtable", "listoverridetable", "rsidtbl",
    "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "generator", "filetbl",
    "revtbl", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
    "object", "fldinst", "bkmkstart", "bkmkend", "pgdsctbl", "mmathPr", "wgrffmtfilter", "footnote",
})
_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "sect": "\n", "page": "\n\f\n", "tab": "\t", "cell": " | ",
           "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“",
           "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " "}
_SYMBOLS = {"~": "\u00a0", "-": "", "_": "-", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n"}


def looks_like_rtf(text: str) -> bool:
    """Whether ``text`` is an RTF document ('{\\rtf1…')."""
    return text.lstrip("\ufeff \r\n\t").startswith("{\\rtf")


def rtf_to_text(rtf: str) -> str:
    """The text of an RTF document (NFC), paragraphs on their own lines."""
    out: list[str] = []
    pending = bytearray()  # \'hh bytes, decoded together: a code page's letter may take two
    codepage = "cp1252"
    stack: list[tuple[bool, int]] = []  # (skipping, fallback characters after \u) of each open group
    skipping, fallback, to_skip = False, 1, 0
    expect_destination = False

    def flush() -> None:
        if pending:
            out.append(pending.decode(codepage, errors="replace"))
            pending.clear()

    for match in _TOKEN.finditer(rtf):
        word, number, hexbyte, symbol, brace, literal = match.groups()
        if brace is not None:
            to_skip = 0  # a group's end ends a \u character's stand-in too
            if brace == "{":
                stack.append((skipping, fallback))
                expect_destination = True
            else:
                flush()
                skipping, fallback = stack.pop() if stack else (False, 1)
                expect_destination = False
            continue
        destination, expect_destination = expect_destination, False
        if to_skip and (word is not None or hexbyte or symbol or literal):  # the stand-in after a \u character
            taken = min(to_skip, len(literal)) if literal else 1  # a control word stands in as one character
            to_skip -= taken
            literal = literal[taken:] if literal else None
            if not literal:
                continue
            word = hexbyte = symbol = None
        if symbol == "*":
            skipping = True  # '{\*\…}': a destination a reader may ignore
            continue
        if word is not None:
            if destination and word in _SKIPPED:
                skipping = True
            elif word == "ansicpg" and number:
                codepage = _codepage(int(number))
            elif word == "uc" and number:
                fallback = int(number)
            elif skipping:
                continue
            elif word == "u" and number:
                flush()
                out.append(chr(int(number) % 65536))
                to_skip = fallback
            elif word in _BREAKS:
                flush()
                out.append(_BREAKS[word])
            continue
        if skipping:
            continue
        if hexbyte:
            pending.append(int(hexbyte, 16))
            continue
        flush()
        if symbol is not None:
            out.append(_SYMBOLS.get(symbol, ""))
        elif literal:
            out.append(literal)
    flush()
    # '\u-10179?\u-8704?': a character past U+FFFF written as its two UTF-16 halves, joined here
    text = "".join(out).encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[ \t]+\n", "\n", text).strip("\n") + "\n"


def _codepage(number: int) -> str:
    """The Python codec of an RTF code page (\\ansicpg1258: 'cp1258'); Windows-1252 when unknown."""
    name = f"cp{number}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
