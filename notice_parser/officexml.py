"""Office documents as packages of XML parts: a workbook (.xlsx), a Word document (.docx), an
OpenDocument text (.odt), or the parts of a workbook pasted into a text file.

A worksheet holds no text of its own: a cell of type 's' holds the index of a string in the
workbook's shared strings (xl/sharedStrings.xml). Its rows become lines of ' | '-separated cells,
as an Excel 2003 XML workbook's rows do (see :func:`notice_parser.ingest.html_to_text`).
"""
from __future__ import annotations

import html
import re

_SHARED_STRINGS = re.compile(r"<sst\b.*?</sst>", re.DOTALL)
_WORKSHEET = re.compile(r"<worksheet\b.*?</worksheet>", re.DOTALL)
_STRING_ITEM = re.compile(r"<si\b[^>]*>(.*?)</si>", re.DOTALL)
_PHONETIC_RUN = re.compile(r"<rPh\b.*?</rPh>", re.DOTALL)  # a reading guide over East Asian text: no text of the cell
_TEXT_RUN = re.compile(r"<t\b[^>]*>(.*?)</t>", re.DOTALL)
_ROW = re.compile(r"<row\b[^>]*>(.*?)</row>", re.DOTALL)
_CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_REFERENCE = re.compile(r"\br=\"([A-Z]{1,3})\d+\"")
_TYPE = re.compile(r"\bt=\"(\w+)\"")
_VALUE = re.compile(r"<v>(.*?)</v>", re.DOTALL)
_MAX_COLUMN = 16384  # Excel's last column (XFD): a cell said to stand further on is no column to pad to
_SHEET_PART = re.compile(r"xl/worksheets/sheet(\d+)\.xml")
# the part that holds the body of a Word document and of an OpenDocument text
_TEXT_PARTS = ("word/document.xml", "content.xml")


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _text_of(markup: str) -> str:
    return html.unescape("".join(_TEXT_RUN.findall(_PHONETIC_RUN.sub("", markup))))


def shared_strings(markup: str) -> list[str]:
    """The strings of a workbook's sharedStrings.xml, in index order (a rich-text item's runs joined)."""
    return [_text_of(item) for item in _STRING_ITEM.findall(markup)]


def worksheet_lines(markup: str, strings: list[str]) -> list[str]:
    """One line a row of a worksheet's XML, its cells ' | '-separated; the cells a row leaves out
    before one that names its column are empty."""
    lines = []
    for row in _ROW.findall(markup):
        cells: list[str] = []
        for attributes, body in _CELL.findall(row):
            reference = _REFERENCE.search(attributes)
            column = _column(reference.group(1)) if reference else len(cells) + 1
            if len(cells) < column - 1 and column <= _MAX_COLUMN:
                cells += [""] * (column - 1 - len(cells))
            kind = _TYPE.search(attributes)
            value = _VALUE.search(body or "")
            if kind and kind.group(1) == "s":
                index = value.group(1).strip() if value else ""
                text = strings[int(index)] if index.isdigit() and int(index) < len(strings) else ""
            elif kind and kind.group(1) == "inlineStr":
                text = _text_of(body or "")
            else:
                text = html.unescape(value.group(1)) if value else ""
            cells.append(" ".join(text.split()))
        if any(cells):
            lines.append(" | ".join(cells).strip())
    return lines


def workbook_text(strings_part: str | None, sheets: list[str]) -> str:
    """The rows of a workbook's worksheets (their XML), a blank line between two sheets, each cell of
    type 's' read from the shared strings (``strings_part``: the XML of sharedStrings.xml)."""
    strings = shared_strings(strings_part) if strings_part else []
    return "\n".join(line for sheet in sheets for line in worksheet_lines(sheet, strings) + [""]).strip()


def pasted_workbook_text(text: str) -> str | None:
    """The rows of the worksheets in ``text`` when it holds a workbook's XML parts (a worksheet and
    its shared strings, as pasted from the archive), or None."""
    if "<worksheet" not in text or "<sheetData" not in text:
        return None
    strings_part = _SHARED_STRINGS.search(text)
    return workbook_text(strings_part.group() if strings_part else None, _WORKSHEET.findall(text)) or None


def package_part(data: bytes, max_chars: int) -> tuple[str, str] | None:
    """What an Office package holds: ('workbook', the rows of its worksheets) or ('document', the XML
    of a Word or OpenDocument text's body); None when ``data`` is no such package. Raises ValueError
    when a part is larger than ``max_chars``."""
    import io
    import zipfile  # (only for a package: the module costs ~4 ms at import)

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None

    def read(name: str) -> str:
        if package.getinfo(name).file_size > max_chars:  # a decompression bomb is refused before it is unpacked
            raise ValueError(f"{name} unpacks to more than {max_chars} characters")
        return package.read(name).decode("utf-8", errors="replace")

    sheets = sorted((int(match.group(1)), name) for name in names if (match := _SHEET_PART.fullmatch(name)))
    if sheets:
        strings_part = read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else None
        return "workbook", workbook_text(strings_part, [read(name) for _, name in sheets])
    for name in _TEXT_PARTS:
        if name in names:
            return "document", read(name)
    return None
