"""Ruled tables on a PDF page: cells found from the drawn borders, read one cell at a time.

PDFium gives a table's text in drawing order: a row's cells one after another and
each cell's wrapped lines apart ("1 / Xây dựng cơ sở / dữ liệu đất đai / Sở Nông
nghiệp và / Môi trường / Quý II/2025"), so no later stage can tell which words
share a cell. Where a page draws the grid (Word draws each border as a thin
filled rectangle or a line, other writers a stroked rectangle per cell), each
character goes to the cell that holds the middle of its box, and the table's text is
replaced by one pipe row per table row ("| 1 | Xây dựng cơ sở dữ liệu đất đai |
Sở Nông nghiệp và Môi trường | Quý II/2025 |"): the form normalization and the
task stage already read in text files.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

from . import repair

# Border coordinates closer than this (points) are one line: a border's stroke
# width, and two neighbouring cells' rectangles sharing an edge.
_SAME_LINE = 2.5
# A path thinner than this is a rule; a wider stroked one with few segments is a
# box whose four edges are rules.
_RULE_WIDTH = 3.0
_BOX_SEGMENTS = 6
# A band between two rules lower than this holds no line of text.
_MIN_ROW_HEIGHT = 5.0
# A table row has at least this many cells (index, task, agency, …).
_MIN_CELLS = 3
_PATH_OBJECT = 2  # FPDF_PAGEOBJ_PATH
# PDFium gives each wrapped line of each cell a line of its own, so a page with a table has
# many short lines (22 or more on every table page of the corpus and the held-out sets); a page
# with fewer is not searched for rules, which would cost a C call or two per drawing object.
_SHORT_LINE = 40
_MIN_SHORT_LINES = 12


@dataclass(frozen=True)
class TableText:
    """A table found on a page: the range of the page text it covers, and that range's new text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Rule:
    at: float      # y of a horizontal rule, x of a vertical one
    low: float     # where it starts along its length (x, or y)
    high: float


def page_tables(page, textpage, text: str, *, continued: bool = False) -> list[TableText]:
    """The ruled tables of a page, in text order; none unless ``text`` is the page's whole text
    layer (its indices PDFium's character indices). ``continued``: the page before ended in a
    table, which may go on here for a row or two (so the page is searched however few its
    short lines)."""
    import pypdfium2.raw as pdfium_c

    if not text or pdfium_c.FPDFText_CountChars(textpage) != len(text):
        return []
    if not continued and sum(1 for line in text.splitlines()
                             if 0 < len(line.strip()) <= _SHORT_LINE) < _MIN_SHORT_LINES:
        return []
    horizontal, vertical = _rules(page)
    if len(vertical) < _MIN_CELLS + 1 or len(horizontal) < 2:
        return []
    tables = []
    for rows in _tables(horizontal, vertical):
        table = _read(textpage, text, rows)
        if table is not None:
            tables.append(table)
    return sorted(tables, key=lambda table: table.start)


def _rules(page) -> tuple[list[_Rule], list[_Rule]]:
    """The page's horizontal and vertical rules, from its path objects."""
    count_objects = repair.unchecked_c_function("FPDFPage_CountObjects")
    get_object = repair.unchecked_c_function("FPDFPage_GetObject")
    object_type = repair.unchecked_c_function("FPDFPageObj_GetType")
    get_bounds = repair.unchecked_c_function("FPDFPageObj_GetBounds")
    import pypdfium2.raw as pdfium_c

    handle = repair.c_handle(page)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    box = tuple(ctypes.byref(v) for v in (left, bottom, right, top))
    horizontal, vertical = [], []
    for index in range(count_objects(handle)):
        obj = get_object(handle, index)
        if object_type(obj) != _PATH_OBJECT or not get_bounds(obj, *box):
            continue
        l, b, r, t = left.value, bottom.value, right.value, top.value
        if t - b <= _RULE_WIDTH < r - l:
            horizontal.append(_Rule((b + t) / 2, l, r))
        elif r - l <= _RULE_WIDTH < t - b:
            vertical.append(_Rule((l + r) / 2, b, t))
        elif r - l > _RULE_WIDTH and t - b > _RULE_WIDTH and _stroked_box(pdfium_c, obj):
            horizontal += [_Rule(b, l, r), _Rule(t, l, r)]
            vertical += [_Rule(l, b, t), _Rule(r, b, t)]
    return horizontal, vertical


def _stroked_box(pdfium_c, obj) -> bool:
    """A stroked path of a few straight segments: a cell's rectangle (not a filled shading,
    a logo or a page background)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not stroke.value:
        return False
    return 0 < pdfium_c.FPDFPath_CountSegments(obj) <= _BOX_SEGMENTS


def _tables(horizontal: list[_Rule], vertical: list[_Rule]) -> list[list[tuple]]:
    """Tables as lists of rows, top row first, each row ``(top, bottom, cells)`` with its cells'
    rectangles ``(left, top, right, bottom)``. A cell whose bottom border is missing goes on down to the next border
    under it (a cell merged over rows), and is read for each row it spans."""
    levels = sorted(_merge({rule.at for rule in horizontal}), reverse=True)  # top first
    bands = []
    for top, bottom in zip(levels, levels[1:]):
        if top - bottom < _MIN_ROW_HEIGHT:
            continue
        middle = (top + bottom) / 2
        edges = _merge({rule.at for rule in vertical if rule.low - _SAME_LINE <= middle <= rule.high + _SAME_LINE})
        bands.append((top, bottom, sorted(edges)))
    tables, rows = [], []
    for index, (top, bottom, edges) in enumerate(bands):
        if len(edges) < _MIN_CELLS + 1 or not _ruled_within(horizontal, top, edges[0], edges[-1]):
            if rows:
                tables.append(rows)
            rows = []
            continue
        above = rows[-1][2] if rows else []
        cells = []
        for left, right in zip(edges, edges[1:]):
            merged = next((cell for cell in above if _near(cell[0], left) and _near(cell[2], right)
                           and cell[3] < top - _SAME_LINE), None)
            if merged is not None:  # the cell above goes on down through this row
                cells.append(merged)
                continue
            cell_bottom = bottom
            for _, lower, lower_edges in bands[index + 1:]:
                if _ruled_across(horizontal, cell_bottom, left, right) or \
                        not any(_near(edge, left) for edge in lower_edges):
                    break
                cell_bottom = lower
            cells.append((left, top, right, cell_bottom))
        rows.append((top, bottom, cells))
    if rows:
        tables.append(rows)
    return tables


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME_LINE


def _merge(values: set) -> list[float]:
    """Coordinates closer than _SAME_LINE merged into their first."""
    merged: list[float] = []
    for value in sorted(values):
        if not merged or value - merged[-1] > _SAME_LINE:
            merged.append(value)
    return merged


def _ruled_within(horizontal: list[_Rule], level: float, left: float, right: float) -> bool:
    """A horizontal rule at ``level`` runs somewhere between ``left`` and ``right`` (a row's top
    border, broken where a cell above goes on down)."""
    return any(abs(rule.at - level) <= _SAME_LINE and rule.low < right and rule.high > left
               for rule in horizontal)


def _ruled_across(horizontal: list[_Rule], level: float, left: float, right: float) -> bool:
    """A horizontal rule at ``level`` covers the middle of ``left``–``right``."""
    middle = (left + right) / 2
    return any(abs(rule.at - level) <= _SAME_LINE and rule.low - _SAME_LINE <= middle <= rule.high + _SAME_LINE
               for rule in horizontal)


def _read(textpage, text: str, rows: list) -> TableText | None:
    """The table's range of the page text and its pipe rows. Each character is placed by the
    middle of its box: the table's cells take theirs, in text order, a line break between two
    of a cell's characters read as a space; characters in the range outside the table (a
    running header drawn between two rows) follow the rows."""
    get_box = repair.unchecked_c_function("FPDFText_GetCharBox")
    handle = repair.c_handle(textpage)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    table_top, table_bottom = rows[0][0], rows[-1][1]
    cells: dict[tuple, list[int]] = {cell: [] for _, _, row in rows for cell in row}
    inside: list[int] = []
    outside: list[int] = []
    for index, char in enumerate(text):
        if char.isspace() or not get_box(handle, index, *box):
            continue
        x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
        cell = None
        if table_bottom <= y <= table_top:
            row = next((row for top_, bottom_, row in rows if bottom_ <= y <= top_), ())
            cell = next((c for c in row if c[0] <= x <= c[2]), None)
        if cell is None:
            outside.append(index)
        else:
            cells[cell].append(index)
            inside.append(index)
    if not inside:
        return None
    start, end = min(inside), max(inside) + 1
    lines = ["| " + " | ".join(_joined(text, cells[cell]) for cell in row) + " |" for _, _, row in rows]
    between = [i for i in outside if start < i < end]
    rest = [_joined(text, between)] if between else []
    return TableText(start, end, "\n" + "\n".join(lines + rest) + "\n")


def _joined(text: str, indices: list[int]) -> str:
    """The characters at ``indices`` (ascending), a space where others come between."""
    pieces, last = [], None
    for index in indices:
        if last is not None and index != last + 1:
            pieces.append(" ")
        pieces.append(text[index])
        last = index
    return "".join(pieces).replace("|", "/")
