"""Task tables on a PDF page: cells found from the drawn borders, read one cell at a time.

PDFium gives a table's text in drawing order: a row's cells one after another and
each cell's wrapped lines apart ("1 / Xây dựng cơ sở / dữ liệu đất đai / Sở Nông
nghiệp và / Môi trường / Quý II/2025"), so no later stage can tell which words
share a cell. Where a page draws the grid (Word draws each border as a thin
filled rectangle or a line, other writers a stroked rectangle per cell), each
character goes to the cell that holds the middle of its box, and the table's text is
replaced by one pipe row per table row ("| 1 | Xây dựng cơ sở dữ liệu đất đai |
Sở Nông nghiệp và Môi trường | Quý II/2025 |"): the form normalization and the
task stage already read in text files. A table drawn without borders is cut the same way
when its header row names the columns (:func:`_unruled_rows`).
"""
from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from functools import lru_cache

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


# An unruled table: its header row's labels lie within this height (points) and this many
# characters of the lead-agency label; columns are apart by a blank strip this wide.
_MAX_HEADER_HEIGHT = 40.0
_HEADER_REACH = 200
_MIN_STRIP = 2.0
_FAR = 1e6
_PUNCTUATION = re.compile(r"[,.;:()]")
# a form's line: a label of a few words, then a colon ('Đơn vị chủ trì: …', 'Deadline: …')
_FIELD_LINE = re.compile(r"[^\W\d_][^:\n]{0,40}:\s")
_CARD_FIELDS = 2
_ITEM_NUMBER = re.compile(r"\s*(?:\d{1,3}\.?|(?P<group>[IVX]{1,5}\.?))\s*")


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
    tables = []
    if len(vertical) >= _MIN_CELLS + 1 and len(horizontal) >= 2:
        grids = _tables(horizontal, vertical)
        boxes = _char_boxes(textpage, text) if grids else {}  # read once for all the page's tables
        tables = [table for rows in grids if (table := _read(text, boxes, rows)) is not None]
    if not tables and (labels := _header_labels(text)) is not None:
        boxes = _char_boxes(textpage, text, baselines=True)
        rows = _unruled_rows(text, labels, boxes)
        table = _read(text, boxes, rows) if rows else None
        tables = [table] if table is not None else []
    return sorted(tables, key=lambda table: table.start)


def _unruled_rows(text: str, labels: list[tuple], chars: dict[int, tuple]) -> list[tuple]:
    """The rows of a table drawn without borders whose header (``labels``, from :func:`_header_labels`)
    names its columns ('STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
    hoàn thành'), as :func:`_tables` gives them: the lines under the header down to the first wide
    gap, cut into columns at the widest blank strip between two header labels, a row starting at
    each line whose first column holds an item number ('1', 'II.')."""
    spans = [[chars[i] for i in range(a, b) if i in chars] for a, b in labels]
    if not all(spans):
        return []
    header_top = max(box[3] for span in spans for box in span)
    header_bottom = min(box[2] for span in spans for box in span)
    if header_top - header_bottom > _MAX_HEADER_HEIGHT:
        return []
    lines = _block(_lines({i: box for i, box in chars.items() if box[3] < header_bottom}))
    centers = [(min(box[0] for box in span) + max(box[1] for box in span)) / 2 for span in spans]
    body = [[chars[i] for i in line[2]] for line in lines]
    edges = [_blank_strip(body, left, right) for left, right in zip(centers, centers[1:])]
    if not lines or None in edges:
        return []
    edges = [-_FAR, *edges, _FAR]
    numbers = [(line[0], _ITEM_NUMBER.fullmatch("".join(text[i] for i in line[2] if chars[i][1] <= edges[1])))
               for line in lines]
    starts = [(top, number.group("group") is not None) for top, number in numbers if number]
    if len(starts) < 2:
        return []
    rows = []
    for (top, group), bottom in zip([(header_top, False), *starts], [top for top, _ in starts] + [lines[-1][1] - 1]):
        spans = [(-_FAR, _FAR)] if group else list(zip(edges, edges[1:]))  # a group's title runs across
        rows.append((top, bottom, [(left, top, right, bottom) for left, right in spans]))
    return rows


def _header_labels(text: str) -> list[tuple] | None:
    """(start, end) of each column label of a task table's header row, in text order, or None:
    the lead-agency label, the task label last before it (the table's title may name tasks
    too), the number label before that, the coordinator and time labels after it."""
    patterns = _header_patterns()
    lead = patterns["lead"].search(text)
    if lead is None:
        return None
    window = text[max(0, lead.start() - _HEADER_REACH):lead.start()]
    tasks = list(patterns["task"].finditer(window))
    if not tasks:
        return None
    offset = lead.start() - len(window)
    task = (offset + tasks[-1].start(), offset + tasks[-1].end())
    labels = [task, lead.span()]
    number = list(patterns["number"].finditer(text, max(0, task[0] - 40), task[0]))
    if number:
        labels.insert(0, number[-1].span())
    for role in ("coordinators", "time"):
        found = patterns[role].search(text, labels[-1][1], labels[-1][1] + _HEADER_REACH)
        if found is not None:
            labels.append(found.span())
    # a header row's labels stand apart, with at most a few words between them (the rest of a
    # label: 'Nội dung'); a sentence naming them ('…, cơ quan chủ trì, cơ quan phối hợp và …') is none
    between = [text[a[1]:b[0]] for a, b in zip(labels, labels[1:])]
    if any(_PUNCTUATION.search(gap) or len(gap.split()) > 3 for gap in between):
        return None
    return labels if len(labels) >= _MIN_CELLS else None


@lru_cache(maxsize=1)
def _header_patterns() -> dict:
    """The task stage's header words (models/task_patterns.json), any run of spaces between words."""
    from .resources import load_table

    common = load_table("task_patterns.json")["common"]
    keys = {"lead": "table_lead_header", "coordinators": "table_coordinator_header",
            "task": "table_task_header", "time": "table_time_header"}
    patterns = {role: re.compile(common[key].replace(" ", r"\s+"), re.I) for role, key in keys.items()}
    patterns["number"] = re.compile(r"(?<!\w)(?:STT|TT|No\.?)(?!\w)")
    return patterns


# what the reader (ingest) writes for each character of a watermark, which lies across the page's tables
WATERMARK_MARK = "\x00"


def _char_boxes(textpage, text: str, *, baselines: bool = False) -> dict[int, tuple]:
    """Index (ascending) -> (left, right, bottom, top, baseline) of each non-space character of the
    page that has a box; the baseline only when ``baselines`` (else None: one C call fewer); none for
    a watermark's character (WATERMARK_MARK)."""
    get_box = repair.unchecked_c_function("FPDFText_GetCharBox")
    get_origin = repair.unchecked_c_function("FPDFText_GetCharOrigin")
    handle = repair.c_handle(textpage)
    left, right, bottom, top, x, y = (ctypes.c_double() for _ in range(6))
    box = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    origin = ctypes.byref(x), ctypes.byref(y)
    if not baselines:
        return {index: (left.value, right.value, bottom.value, top.value, None) for index, char in enumerate(text)
                if not char.isspace() and char != WATERMARK_MARK and get_box(handle, index, *box)}
    return {index: (left.value, right.value, bottom.value, top.value, y.value) for index, char in enumerate(text)
            if not char.isspace() and char != WATERMARK_MARK and get_box(handle, index, *box) and get_origin(handle, index, *origin)}


def _lines(chars: dict[int, tuple]) -> list[tuple]:
    """Text lines, top first: (top, bottom, character indices), characters whose baselines lie
    within _SAME_LINE of each other (their boxes do not: 'g', 'ụ' reach lower than 'a')."""
    lines: list[list] = []
    for index, (_, _, bottom, top, baseline) in sorted(chars.items(), key=lambda item: -item[1][4]):
        if lines and lines[-1][3] - baseline <= _SAME_LINE:
            line = lines[-1]
            line[0], line[1] = max(line[0], top), min(line[1], bottom)
            line[2].append(index)
        else:
            lines.append([top, bottom, [index], baseline])
    return [(top, bottom, sorted(indices)) for top, bottom, indices, _ in lines]


def _block(lines: list[tuple]) -> list[tuple]:
    """The lines from the first down to the first gap wider than 2.5 line spacings."""
    if len(lines) < 2:
        return lines
    spacings = sorted(a[0] - b[0] for a, b in zip(lines, lines[1:]))
    spacing = spacings[len(spacings) // 2]
    for index, (above, below) in enumerate(zip(lines, lines[1:])):
        if above[1] - below[0] > 2.5 * spacing:
            return lines[:index + 1]
    return lines


def _blank_strip(lines: list[list[tuple]], left: float, right: float) -> float | None:
    """The middle of the widest strip between ``left`` and ``right`` (whole points) that the fewest
    lines cover with a character, at most a fifth of them (a group row's title runs across)."""
    width = int(right) - int(left)
    if width < 2:
        return None
    covered = [0] * width
    for boxes in lines:
        hits = set()
        for box in boxes:
            hits.update(range(max(0, int(box[0]) - int(left)), min(width, int(box[1]) - int(left) + 1)))
        for x in hits:
            covered[x] += 1
    for most in sorted(set(covered)):  # the fewest lines that leave a strip wide enough
        if most > len(lines) / 5:
            return None
        best, run_start = (0, 0), None
        for x, count in enumerate(covered + [most + 1]):
            if count <= most and run_start is None:
                run_start = x
            elif count > most and run_start is not None:
                if x - run_start > best[1] - best[0]:
                    best = (run_start, x)
                run_start = None
        if best[1] - best[0] >= _MIN_STRIP:
            return int(left) + (best[0] + best[1]) / 2
    return None


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


def _read(text: str, boxes: dict[int, tuple], rows: list) -> TableText | None:
    """The table's range of the page text and its pipe rows. Each character is placed by the
    middle of its box (``boxes``, from :func:`_char_boxes`): the table's cells take theirs, in
    text order, a line break between two of a cell's characters read as a space; characters in
    the range outside the table (a running header drawn between two rows) follow the rows."""
    table_top, table_bottom = rows[0][0], rows[-1][1]
    cells: dict[tuple, list[int]] = {cell: [] for _, _, row in rows for cell in row}
    inside: list[int] = []
    outside: list[int] = []
    for index, (left, right, bottom, top, _) in boxes.items():
        x, y = (left + right) / 2, (bottom + top) / 2
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
    between = [i for i in outside if start < i < end]
    rest = [_joined(text, between)] if between else []
    filled = [cell for cell in dict.fromkeys(cell for _, _, row in rows for cell in row) if cells[cell]]
    cards = [card for cell in filled if (card := _card(text, cells[cell])) is not None]
    if len(cards) == len(filled):  # a grid of forms ('Đơn vị chủ trì: …' / 'Nội dung: …'), not a table
        return TableText(start, end, "\n\n" + "\n\n".join(cards + rest) + "\n\n")
    lines = ["| " + " | ".join(_joined(text, cells[cell]) for cell in row) + " |" for _, _, row in rows]
    return TableText(start, end, "\n" + "\n".join(lines + rest) + "\n")


def _card(text: str, indices: list[int]) -> str | None:
    """A cell that is a form, two lines of it or more 'Label: value' (a task card drawn in a box, two
    to a row): its lines, a wrapped value's lines joined; None for any other cell."""
    out: list[str] = []
    fields = 0
    for line in _cell_lines(text, indices):
        if _FIELD_LINE.match(line):
            fields += 1
            out.append(line)
        elif fields:
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out) if fields >= _CARD_FIELDS else None


def _joined(text: str, indices: list[int]) -> str:
    """The characters at ``indices`` (ascending), a space where others come between."""
    return " ".join(_cell_lines(text, indices))


def _cell_lines(text: str, indices: list[int]) -> list[str]:
    """The lines of the characters at ``indices`` (ascending): a new line where a line break comes between
    two of them, a space where other characters do; a '|' read as '/' (a pipe row's cells stay apart)."""
    lines: list[list[str]] = [[]]
    last = None
    for index in indices:
        if last is not None and index != last + 1:
            if "\n" in text[last + 1:index]:
                lines.append([])
            else:
                lines[-1].append(" ")
        lines[-1].append(text[index])
        last = index
    return ["".join(chars).replace("|", "/") for chars in lines]
