"""An SQL dump as text: the rows a database export (mysqldump, pg_dump --inserts) holds, read as
the records they are. A row holding a document ('noi_dung' of a document system: 'VĂN PHÒNG CHÍNH
PHỦ\\r\\nSố: …') gives that document's text; a row of short values (a task tracker's 'lead_unit',
'task', 'deadline_text') gives labelled lines, as a YAML export's record does."""
from __future__ import annotations

import re
from typing import Optional

from .markup import record_label
from .resources import load_table
from .textutil import holds_document_text

_INSERT = re.compile(r"^INSERT\s+INTO\s+(?P<table>[`\"\[]?[\w.]+[`\"\]]?)\s*(?:\((?P<columns>[^)]*)\)\s*)?VALUES\s*",
                     re.M | re.I)
_CREATE = re.compile(r"^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>[`\"\[]?[\w.]+[`\"\]]?)\s*\(\s*\n"
                     r"(?P<body>(?:[ \t].*\n)*)", re.M | re.I)
_COLUMN = re.compile(r"^[ \t]*[`\"\[]?(?P<name>\w+)[`\"\]]?[ \t]+(?!KEY\b)\w", re.M | re.I)
_NOT_COLUMN = re.compile(r"(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|FULLTEXT|SPATIAL|CHECK)\b", re.I)
# a literal: a quoted string (backslash escapes, doubled quotes), or a number, NULL or another bare word
_VALUE = re.compile(r"""\s*(?:'(?P<single>(?:[^'\\]|\\.|'')*)'|"(?P<double>(?:[^"\\]|\\.|"")*)"|(?P<bare>[^\s,()'"]+))\s*""",
                    re.S)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPED = {"n": "\n", "r": "\r", "t": "\t", "0": "", "Z": "", "b": ""}
_NAME_QUOTES = "`\"[]"


def looks_like_sql_dump(text: str) -> bool:
    """A database export: 'INSERT INTO … VALUES' statements opening their lines."""
    return "INSERT INTO" in text and _INSERT.search(text) is not None


def sql_dump_text(text: str, keys: Optional[dict[str, str]] = None) -> Optional[str]:
    """The records of an SQL dump, a blank line apart: a row's long values (of several lines, or of a
    paragraph's length) as the text they hold; a row of short values as 'Label: value' lines, each
    column's name its label ('lead_unit' -> 'Lead unit', or by ``keys``, default the record keys of
    models/normalization.json: 'due_date' -> 'Deadline'). None when no row holds any value."""
    keys = load_table("normalization.json")["record_keys"] if keys is None else keys
    columns = {_bare_name(m.group("table")): _columns(m.group("body")) for m in _CREATE.finditer(text)}
    records = []
    for insert in _INSERT.finditer(text):
        names = [_bare_name(name) for name in insert.group("columns").split(",")] if insert.group("columns") \
            else columns.get(_bare_name(insert.group("table")), [])
        for row in _rows(text, insert.end()):
            record = _record(row, names, keys)
            if record:
                records.append(record)
    return "\n\n".join(records) if records else None


def _bare_name(name: str) -> str:
    return name.strip().strip(_NAME_QUOTES).rsplit(".", 1)[-1].lower()


def _columns(body: str) -> list[str]:
    return [m.group("name").lower() for m in _COLUMN.finditer(body)
            if not _NOT_COLUMN.match(body, m.start("name"))]


def _rows(text: str, pos: int):
    """The rows of one statement's '(…),(…);' from ``pos``: each a list of values (None for NULL)."""
    while pos < len(text) and text[pos] == "(":
        row: list[Optional[str]] = []
        pos += 1
        while True:
            value = _VALUE.match(text, pos)
            if value is None:
                return
            row.append(_literal(value))
            pos = value.end()
            if text[pos:pos + 1] == ",":
                pos += 1
                continue
            if text[pos:pos + 1] != ")":
                return  # not the dump's grammar: stop reading the statement
            break
        yield row
        pos += 1
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1


def _literal(value: re.Match) -> Optional[str]:
    if value.group("bare") is not None:
        return None if value.group("bare").upper() == "NULL" else value.group("bare")
    quoted, quote = (value.group("single"), "'") if value.group("single") is not None else (value.group("double"), '"')
    unescaped = _ESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(1)), quoted.replace(quote * 2, quote))
    return unescaped.replace("\r\n", "\n").replace("\r", "\n")


def _record(row: list[Optional[str]], names: list[str], keys: dict[str, str]) -> str:
    values = [value.strip() for value in row if value is not None]
    texts = [value for value in values if holds_document_text(value)]
    if texts:  # a document's row: its text, not the fields that file it
        return "\n\n".join(texts)
    lines = []
    for index, value in enumerate(row):
        if value is None or not value.strip():
            continue
        if index >= len(names):
            lines.append(value.strip())
            continue
        label = record_label(names[index], keys)
        lines.append(f"{label}: {value.strip()}" if label else value.strip())
    return "\n".join(lines)
