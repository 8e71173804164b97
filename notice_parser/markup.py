"""Lightweight markup a copied notice may carry: a review copy's CriticMarkup or unified diff, a forum post's
BBCode, an AsciiDoc export, a wiki page's MediaWiki, Textile or Confluence source, a LaTeX source, a task
tracker's iCalendar or a register's YAML export. Each gives way to the text it marks up, as edits for
:meth:`normalize.MappedText.edit` (so every kept character keeps its source offset); a list keeps its nesting
as the numbers, letters and bullets a notice writes ('1.', 'a)', '-'), a table one line of cells per row."""
from __future__ import annotations

import re
from typing import Optional

Edit = tuple[int, int, str]

# ---------------------------------------------------------------- CriticMarkup (tracked changes)

# an insertion, a deletion, a substitution 'old~>new', a comment, a highlight; read as accepted
_CRITIC = re.compile(r"\{\+\+(?P<add>.{0,4000}?)\+\+\}|\{--(?P<delete>.{0,4000}?)--\}|"
                     r"\{~~(?P<old>.{0,4000}?)~>(?P<new>.{0,4000}?)~~\}|\{>>(?P<comment>.{0,4000}?)<<\}|"
                     r"\{==(?P<mark>.{0,4000}?)==\}", re.S)
CRITIC_SIGNS = ("{++", "{--", "{~~", "{>>", "{==")


def critic_edits(text: str) -> list[Edit]:
    """The changes of a review copy accepted: insertions and new text kept, deletions, old text
    and comments dropped."""
    edits: list[Edit] = []
    for m in _CRITIC.finditer(text):
        kept = next((name for name in ("add", "new", "mark") if m.group(name) is not None), None)
        if kept is None:
            edits.append((m.start(), m.end(), ""))
        else:
            edits += [(m.start(), m.start(kept), ""), (m.end(kept), m.end(), "")]
    return edits


# ---------------------------------------------------------------- a unified diff (two versions compared)

_DIFF_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.M)
_DIFF_FILE_HEADER = re.compile(r"^(?:diff |index |--- |\+\+\+ |new file mode |deleted file mode |\\ No newline)",
                               re.M)
_LINE = re.compile(r"[^\n]*\n?")  # a line and its break


def looks_like_unified_diff(text: str) -> bool:
    """A comparison of a draft and the signed text as ``diff -u`` or git prints it ('@@ -14,9 +14,10 @@')."""
    return "\n@@ -" in text and "\n+++ " in text and _DIFF_HUNK.search(text, 1) is not None  # after a line break


def unified_diff_edits(text: str) -> list[Edit]:
    """The newer version of a unified diff: its file and hunk headers and removed lines ('-…') dropped,
    the mark before each kept line ('+', ' ') taken off. A hunk runs to the first line no diff
    writes (its line counts are not trusted: a copy edited by hand miscounts them); the text
    outside the hunks stays as it is."""
    edits: list[Edit] = []
    in_hunk = False
    for line in _LINE.finditer(text):
        start, end = line.span()
        if start == end:
            break
        first = text[start]
        if _DIFF_HUNK.match(text, start) or _DIFF_FILE_HEADER.match(text, start):
            in_hunk = first == "@"
            edits.append((start, end, ""))
        elif in_hunk and first == "-":
            edits.append((start, end, ""))
        elif in_hunk and first in "+ ":
            edits.append((start, start + 1, ""))
        elif first != "\n":
            in_hunk = False
    return edits


# ---------------------------------------------------------------- lists of either markup


class _ListNumbers:
    """The marker of each item of nested lists: each level counts its items in its own style."""

    def __init__(self):
        self.levels: list[list] = []  # [style, count] from the outermost list in

    def open(self, style: str) -> None:
        self.levels.append([style, 0])

    def close(self) -> None:
        if self.levels:
            self.levels.pop()

    def item(self) -> str:
        if not self.levels:
            return "- "
        level = self.levels[-1]
        level[1] += 1
        return _item_marker(level[0], level[1], len(self.levels))


class _NestedCounts:
    """The marker of each item of a list whose items give their own depth ('..', '##'): each depth
    counts its items in its style (from ``default_styles`` by depth unless given), and an item
    resets the depths below it."""

    def __init__(self, default_styles: tuple[str, ...]):
        self.default_styles = default_styles
        self.reset()

    def reset(self) -> None:
        self.counts: list[int] = []
        self.styles: list[str] = []

    def item(self, depth: int, style: Optional[str] = None) -> str:
        del self.counts[depth:], self.styles[depth:]
        while len(self.counts) < depth:
            self.counts.append(0)
            self.styles.append(self.default_styles[min(len(self.styles), len(self.default_styles) - 1)])
        if style:
            self.styles[depth - 1] = style
        self.counts[depth - 1] += 1
        return _item_marker(self.styles[depth - 1], self.counts[depth - 1], depth)


def _item_marker(style: str, count: int, depth: int) -> str:
    """'3. ' (style '1'), 'c) ' ('a'), 'iii) ' ('i'), or a bullet for the depth ('-', '+', '•')."""
    if style == "1":
        return f"{count}. "
    if style in ("a", "A"):
        letter = chr(ord("a") + (count - 1) % 26)
        return f"{letter if style == 'a' else letter.upper()}) "
    if style == "i":
        return f"{_roman(count).lower()}) "
    return ("-", "+", "•")[min(depth, 3) - 1] + " "


def _roman(number: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + digits, number - value
    return out


# ---------------------------------------------------------------- BBCode (a forum post)

_BB_CONTAINERS = "b|i|u|s|size|color|font|center|right|left|quote|url|list|code|img|indent"  # tags with a closing tag
_BB_CLOSING = re.compile(rf"\[/(?:{_BB_CONTAINERS})\]", re.I)
_BB_TAG = re.compile(rf"\[(?P<close>/)?(?P<name>{_BB_CONTAINERS}|justify|\*)(?:=[^\]\n]{{0,200}})?\]", re.I)
_BB_IMAGE = re.compile(r"\[img\b[^\]\n]{0,200}\].{0,2000}?\[/img\]", re.I | re.S)
_BB_LIST_STYLE = re.compile(r"\[list=(\w)", re.I)


def looks_like_bbcode(text: str) -> bool:
    """A closing BBCode tag ('[/b]', '[/list]') and another tag."""
    return "[/" in text and _BB_CLOSING.search(text) is not None and len(_BB_TAG.findall(text, 0, 200_000)) >= 2


def bbcode_edits(text: str) -> list[Edit]:
    """The post's text without its tags: a list item '[*]' on a line of its own, marked as its
    list counts it ('[list=1]' numbers, '[list=a]' letters, '[list]' bullets); an image dropped."""
    images = [m.span() for m in _BB_IMAGE.finditer(text)]
    edits: list[Edit] = [(a, b, "") for a, b in images]
    lists = _ListNumbers()
    for m in _BB_TAG.finditer(text):
        if any(a <= m.start() < b for a, b in images):
            continue
        name = m.group("name").lower()
        if name == "list":
            if m.group("close"):
                lists.close()
            else:
                style = _BB_LIST_STYLE.match(m.group())
                lists.open(style.group(1) if style else "")
            edits.append((m.start(), m.end(), ""))
        elif name == "*":
            line_start = text.rfind("\n", 0, m.start()) + 1
            opens_line = not text[line_start:m.start()].strip() or _only_tags(text[line_start:m.start()])
            edits.append((m.start(), m.end(), ("" if opens_line else "\n") + lists.item()))
        else:
            edits.append((m.start(), m.end(), ""))
    return sorted(edits)


def _only_tags(piece: str) -> bool:
    return not _BB_TAG.sub("", piece).strip()


# ---------------------------------------------------------------- AsciiDoc (an export)

_ADOC_ATTRIBUTE = re.compile(r"^:[\w-]+!?:(?:[ \t].*)?$", re.M)  # ':doctype: article'
_ADOC_BLOCK_LINE = re.compile(r"^(?:\[\[[\w:.-]+\]\]|\[[^\]\n]{0,200}\]|toc::\[\]|'''|\|===|//(?!/).*|/{4,})[ \t]*$",
                              re.M)
_ADOC_HEADING = re.compile(r"^={1,6}[ \t]+(?=\S)", re.M)
_ADOC_ITEM = re.compile(r"^(?P<marks>\.{1,5}|\*{1,5})[ \t]+(?=\S)", re.M)
_ADOC_LIST_STYLES = {"arabic": "1", "loweralpha": "a", "upperalpha": "A", "lowerroman": "i"}
_ADOC_DEFAULT_STYLES = ("1", "a", "i", "A", "1")  # a numbered list's levels, as AsciiDoc counts them
_ADOC_INLINE = re.compile(r"[ \t]\+[ \t]*$|^a?\|[ \t]*|footnote:[\w-]*\[|<<(?P<target>[\w:.-]+)(?:,(?P<label>[^>\n]*))?>>",
                          re.M)


def looks_like_asciidoc(text: str) -> bool:
    """An attribute line, an anchor or a table fence, with headings or list items of AsciiDoc's
    (str.find first: a text without a line opening with ':', '[[' or '|===' is none)."""
    attribute = ("\n:" in text or text.startswith(":")) and _ADOC_ATTRIBUTE.search(text) is not None
    return (attribute or "\n[[" in text or "\n|===" in text) and \
        (_ADOC_HEADING.search(text) is not None or _ADOC_ITEM.search(text) is not None)


def asciidoc_edits(text: str) -> list[Edit]:
    """The export's text: its attribute and block lines emptied, its headings and items without
    their marks (an item marked as its list counts it), a footnote in brackets after its word."""
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _ADOC_ATTRIBUTE.finditer(text)]
    styles: list[tuple[int, str]] = []  # where a block line gives the next list its style ('[loweralpha]')
    for m in _ADOC_BLOCK_LINE.finditer(text):
        edits.append((m.start(), m.end(), ""))
        word = m.group().strip("[] \t").split(",")[0]
        if word in _ADOC_LIST_STYLES:
            styles.append((m.start(), _ADOC_LIST_STYLES[word]))
    edits += [(m.start(), m.end(), "") for m in _ADOC_HEADING.finditer(text)]
    numbers = _NestedCounts(_ADOC_DEFAULT_STYLES)  # the numbered list being read
    last_end = 0
    for m in _ADOC_ITEM.finditer(text):
        marks, between = m.group("marks"), text[last_end:m.start()]
        if _ADOC_HEADING.search(between) or _prose_between(between):
            numbers.reset()  # a heading or a paragraph ends the list
        given = [style for at, style in styles if last_end <= at < m.start()]
        last_end = m.end()
        if marks[0] == "*":  # a bulleted item: its depth's bullet
            edits.append((m.start(), m.end(), _item_marker("", 0, len(marks))))
            continue
        edits.append((m.start(), m.end(), numbers.item(len(marks), given[-1] if given else None)))
    edits += _adoc_table_edits(text)
    for m in _ADOC_INLINE.finditer(text):
        if m.group().startswith("footnote:"):
            close = text.find("]", m.end(), m.end() + 2000)
            if close >= 0:
                edits += [(m.start(), m.end(), " ("), (close, close + 1, ")")]
        elif m.group().startswith("<<"):
            label = m.group("label") or m.group("target")
            edits.append((m.start(), m.end(), label.strip()))
        else:
            edits.append((m.start(), m.end(), ""))
    return _without_overlaps(edits)


_ADOC_TABLE = re.compile(r"^\|===[ \t]*\n(?P<body>.*?)^\|===[ \t]*$", re.M | re.S)
_ADOC_CELL_MARK = re.compile(r"(?:^|(?<=[ \t]))\|[ \t]*", re.M)


def _adoc_table_edits(text: str) -> list[Edit]:
    """A table of one-line cells as rows of tab-separated cells, however many cells each source line
    holds ('|TT |Nhiệm vụ |Chủ trì' on one line, then a cell a line: '|1' / '|Xây dựng …' / '|Cục …'); the
    row has as many cells as the table's first line. A table whose cells run over lines (a header's
    'Nơi nhận' and signature) is left to the line reading."""
    edits: list[Edit] = []
    for table in _ADOC_TABLE.finditer(text):
        start, end = table.span("body")
        marks = list(_ADOC_CELL_MARK.finditer(text, start, end))
        if not marks or marks[0].start() != start:
            continue
        contents = [(mark.end(), _line_text_end(text, mark.end(), following.start() if following else end))
                    for mark, following in zip(marks, marks[1:] + [None])]
        columns = text.count("|", start, text.find("\n", start, end))
        if columns < 2 or len(marks) % columns or \
                any("\n" in text[a:b] for a, b in contents):
            continue
        for index, mark in enumerate(marks):
            if index % columns:
                edits.append((contents[index - 1][1], mark.end(), "\t"))
            else:
                edits.append((contents[index - 1][1] if index else mark.start(), mark.end(), "\n" if index else ""))
    return edits


def _line_text_end(text: str, start: int, end: int) -> int:
    """Where the text of a cell in ``[start, end)`` ends, its trailing spaces and line breaks left out."""
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _prose_between(piece: str) -> bool:
    """A paragraph between two items: a line of text after a blank line (not a block line; an
    item's wrapped lines follow it with no blank line)."""
    blank = False
    for line in piece.split("\n")[1:]:
        stripped = line.strip()
        if not stripped:
            blank = True
        elif blank and not _ADOC_BLOCK_LINE.fullmatch(stripped):
            return True
    return False


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda edit: (edit[0], -edit[1])):  # of two at one place, the longer
        if kept and edit[0] < kept[-1][1]:
            continue
        kept.append(edit)
    return kept


# ---------------------------------------------------------------- MediaWiki (a wiki page's source)

_WIKI_SIGNS = re.compile(r"'''[^'\n]{1,300}'''|^(={2,6})[ \t]*[^=\n]{1,300}?[ \t]*\1[ \t]*$|"
                         r"\[\[[^\[\]\n]{1,300}\]\]|^\{\||\{\{[^{}|\n]{1,100}(?:\||\}\})|<ref[ >/]", re.M)
_WIKI_QUICK_SIGNS = ("'''", "{{", "[[", "{|", "<ref")  # one of them is in every page the pattern tells
_WIKI_BRACES = re.compile(r"\{\{|\}\}")
_WIKI_HIDDEN = re.compile(r"<ref\b[^>\n]{0,300}/>|<ref\b[^>\n]{0,300}>.{0,4000}?</ref>|<references\b[^>\n]{0,200}/>|"
                          r"<!--.{0,4000}?-->|__[A-Z]{4,}__", re.S)
_WIKI_TAG = re.compile(r"<(?P<br>br)\b[^>\n]{0,50}>|</?(?:div|span|center|small|big|font|p|u|s|sup|sub|poem|"
                       r"blockquote|nowiki|includeonly|noinclude|onlyinclude)\b[^>\n]{0,300}>", re.I)
_WIKI_QUOTES = re.compile(r"'''''|'''|''(?!')")
_WIKI_LINK = re.compile(r"\[\[(?:(?P<target>[^\[\]|\n]{1,300})\|)?(?P<label>[^\[\]\n]{1,300})\]\]")
_WIKI_HIDDEN_LINK = re.compile(r"[ \t]*(?:Category|File|Image|Media|Thể loại|Tập tin|Hình):", re.I)
_WIKI_EXTERNAL = re.compile(r"\[(?:https?|ftp)://[^\s\]]{1,500}(?:[ \t]+(?P<label>[^\]\n]{1,300}))?\]")
_WIKI_HEADING = re.compile(r"^(?P<marks>={1,6})[ \t]*(?=[^=\n])(?P<title>.*?)[ \t]*(?P=marks)[ \t]*$", re.M)
_WIKI_RULE = re.compile(r"^-{4,}[ \t]*$", re.M)
_WIKI_ITEM = re.compile(r"^(?P<marks>[*#:;]+)[ \t]*", re.M)
_WIKI_LIST_STYLES = ("1", "a", "i", "A", "1")  # a numbered list's levels
_WIKI_SHOWN_TEMPLATES = frozenset({"right", "left", "center", "centre", "c", "align", "block center", "float right",
                                   "larger", "smaller", "big", "small", "sc", "smallcaps", "nowrap", "x-larger",
                                   "u", "bold", "b", "i"})  # templates that only set out the text they hold
_WIKI_CELL_ATTRIBUTES = re.compile(r"[ \t]*[\w-]+[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s|]+)"
                                   r"(?:[ \t]+[\w-]+[ \t]*=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s|]+))*[ \t]*\|(?!\|)")


def looks_like_mediawiki(text: str) -> bool:
    """Two kinds of MediaWiki markup or more: bold quotes, a heading closed by its '=' marks, a
    wiki link, a table, a template, a footnote tag (a wiki page's source, as its editor shows it)."""
    if not any(sign in text for sign in _WIKI_QUICK_SIGNS):
        return False
    kinds = set()
    for m in _WIKI_SIGNS.finditer(text, 0, 200_000):
        kinds.add(m.group()[:2])
        if len(kinds) >= 2:
            return True
    return False


def mediawiki_edits(text: str) -> list[Edit]:
    """The page as a reader sees it: templates gone (a layout template's text kept), footnotes,
    comments and tags gone, bold and italic quotes gone, a link its label, a heading its title;
    list items marked as their lists count them ('#' numbers, '##' letters, '*' bullets); a table
    one line of cells between pipes per row."""
    edits = _wiki_template_edits(text)
    edits += [(m.start(), m.end(), "") for m in _WIKI_HIDDEN.finditer(text)]
    edits += [(m.start(), m.end(), "\n" if m.group("br") else "") for m in _WIKI_TAG.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _WIKI_QUOTES.finditer(text)]
    for m in _WIKI_LINK.finditer(text):
        if _WIKI_HIDDEN_LINK.match(m.group("target") or m.group("label")):
            edits.append(_whole_line_or_span(text, m.start(), m.end()))
        else:
            edits += [(m.start(), m.start("label"), ""), (m.end("label"), m.end(), "")]
    for m in _WIKI_EXTERNAL.finditer(text):
        if m.group("label"):
            edits += [(m.start(), m.start("label"), ""), (m.end("label"), m.end(), "")]
        else:
            edits.append((m.start(), m.end(), ""))
    for m in _WIKI_HEADING.finditer(text):
        edits += [(m.start(), m.start("title"), ""), (m.end("title"), m.end(), "")]
    edits += [(m.start(), m.end(), "") for m in _WIKI_RULE.finditer(text)]
    edits += _wiki_list_edits(text)
    edits += _wiki_table_edits(text)
    return _without_overlaps(edits)


def _whole_line_or_span(text: str, start: int, end: int) -> Edit:
    """``text[start:end]`` dropped, with its line break when it is all its line holds."""
    line_end = text.find("\n", end)
    alone = not text[text.rfind("\n", 0, start) + 1:start].strip() and \
        (line_end >= 0 and not text[end:line_end].strip())
    return (start, line_end + 1 if alone else end, "")


def _wiki_template_edits(text: str) -> list[Edit]:
    """Each outermost '{{…}}' dropped, or, for a template that only lays out its text
    ('{{right|…}}', '{{align|center|…}}'), its name and braces dropped and its last field kept."""
    edits: list[Edit] = []
    depth, start = 0, 0
    for m in _WIKI_BRACES.finditer(text):
        if m.group() == "{{":
            depth += 1
            if depth == 1:
                start = m.start()
        elif depth:
            depth -= 1
            if depth == 0:
                edits += _wiki_template(text, start, m.end())
    return edits


def _wiki_template(text: str, start: int, end: int) -> list[Edit]:
    body = text[start + 2:end - 2]
    name = body.split("|", 1)[0].strip().lower()
    if name not in _WIKI_SHOWN_TEMPLATES or "|" not in body:
        return [_whole_line_or_span(text, start, end)]
    last_field, depth = -1, 0
    for index, char in enumerate(body):  # the last '|' outside nested links and templates
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "|" and depth == 0:
            last_field = index
    return [(start, start + 2 + last_field + 1, ""), (end - 2, end, "")]


def _wiki_list_edits(text: str, item: re.Pattern = _WIKI_ITEM) -> list[Edit]:
    """Each item's marks ('#', '##', '*', found by ``item``) made the marker its list counts it with; an
    indent (':') or a term (';') mark dropped."""
    edits: list[Edit] = []
    numbers = _NestedCounts(_WIKI_LIST_STYLES)  # the numbered list being read
    last_end = -2
    for m in item.finditer(text):
        if m.start() != last_end + 1:
            numbers.reset()  # a line that is no item, or a blank line, ends the list
        line_end = text.find("\n", m.end())
        last_end = line_end if line_end >= 0 else len(text)
        marks = m.group("marks")
        depth = len(marks)
        if marks[-1] in ":;":
            edits.append((m.start(), m.end(), ""))
        elif marks[-1] == "*":
            edits.append((m.start(), m.end(), _item_marker("", 0, depth)))
        else:
            edits.append((m.start(), m.end(), numbers.item(depth)))
    return edits


def _wiki_table_edits(text: str) -> list[Edit]:
    """A table ('{|' … '|}') as pipe rows: each row ('|-') one line '| cell | cell |', its caption
    ('|+') a line of text, its fences and cell attributes gone."""
    edits: list[Edit] = []
    in_table = row_open = False
    last_line_end = pos = 0  # where the line before ends; where this one starts
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.lstrip()
        lead = end - len(stripped)
        whole_line = (start, min(pos, len(text)), "")
        if not in_table:
            if stripped.startswith("{|"):
                in_table, row_open = True, False
                edits.append(whole_line)
            last_line_end = end
            continue
        if stripped.startswith("|}") or stripped.startswith("|-"):
            if row_open:
                edits.append((last_line_end, last_line_end, " |"))
                row_open = False
            in_table = stripped.startswith("|-")
            edits.append(whole_line)
            continue
        if stripped.startswith("|+"):
            edits.append((lead, lead + 2, ""))
        elif stripped[:1] in ("|", "!"):
            edits.append((last_line_end, lead + 1, " | ") if row_open else (lead, lead + 1, "| "))
            row_open = True
            separator = "!!" if stripped[0] == "!" else "||"
            cell = lead + 1
            while True:  # each cell of the line, its attributes ('rowspan="2" |') dropped
                attributes = _WIKI_CELL_ATTRIBUTES.match(text, cell, end)
                if attributes:
                    edits.append((cell, attributes.end(), ""))
                following = text.find(separator, cell, end)
                if following < 0:
                    break
                edits.append((following, following + 2, " | "))
                cell = following + 2
        elif stripped and row_open:
            edits.append((last_line_end, last_line_end + 1, " "))  # a cell's text goes on
        last_line_end = end
    return edits


# ---------------------------------------------------------------- Textile and Confluence wiki markup

_TEXTILE_HEADING = re.compile(r"^h[1-6](?:\([^)\n]*\))?\.[ \t]+(?=\S)", re.M)
_TEXTILE_HEADING_ANYWHERE = re.compile(r"h[1-6]\.")  # found fast (no line anchor): a text without it has none
_TEXTILE_HEADINGS = 2  # headings a page needs to be read as Textile
# a block's signature ('h2. ', 'p(lead). ', 'bq. ', 'fn1. '), its classes, styles and alignment included
_TEXTILE_BLOCK = re.compile(r"^(?:h[1-6]|p|bq|bc|pre|fn\d{1,3})(?:\([^)\n]*\)|\{[^}\n]*\}|\[[^\]\n]*\]|[<>=]+)*"
                            r"\.[ \t]+", re.M)
_TEXTILE_MACRO = re.compile(r"\{(?:info|note|tip|warning|panel|quote|code|noformat|expand|toc|color|status|anchor|"
                            r"excerpt|section|column)(?::[^}\n]*)?\}")  # Confluence's '{info:title=…}', '{note}'
_TEXTILE_LINK = re.compile(r"\"(?P<label>[^\"\n]{1,300})\":(?:https?://|ftp://|mailto:|/|#)[^\s\"]*?"
                           r"(?=[,;:!?)]?(?:\s|$)|\.(?:\s|$))|"  # Textile '"Plan No. 402":https://…'
                           r"\[(?:(?P<name>[^|\[\]\n]{1,300})\|)?(?:https?://|ftp://|mailto:|[~^#])?[^\[\]|\n]{0,500}\]",
                           re.M)  # Confluence '[2026 White Book|^WhiteBook.pdf]'
_TEXTILE_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<bold>[^*\n]{1,300}?)(?<=\S)\*(?![\w*])|"
                               r"(?<![\w_])_(?=[^\s_])(?P<italic>[^_\n]{1,300}?)(?<=\S)_(?![\w_])")
_TEXTILE_CELL = re.compile(r"\|\|(?=[^\n]*\|\|[ \t]*$)|\|(?:_|[<>=^~]|\\\d+|/\d+|\{[^}\n]*\}|\([^)\n]*\))+\.[ \t]", re.M)
_TEXTILE_ITEM = re.compile(r"^(?P<marks>[*#]+)[ \t]+", re.M)
_TEXTILE_BREAK = re.compile(r"\\\\[ \t]*")  # Confluence's forced line break


def looks_like_textile(text: str) -> bool:
    """A page of Textile (Redmine, Textpattern) or Confluence wiki markup: two 'h1. ' headings or more."""
    return _TEXTILE_HEADING_ANYWHERE.search(text, 0, 200_000) is not None and \
        len(_TEXTILE_HEADING.findall(text, 0, 200_000)) >= _TEXTILE_HEADINGS


def textile_edits(text: str) -> list[Edit]:
    """The page as its reader sees it: block signatures ('h2. ', 'p(lead). ', 'bq. ') and macros
    ('{info}', '{toc}') gone, a link its label, bold and italic marks gone; list items marked as
    their lists count them; a table's header cells ('||Lead||', '|_. Lead |') plain pipe cells."""
    edits = [(m.start(), m.end(), "") for m in _TEXTILE_BLOCK.finditer(text)]
    edits += [_whole_line_or_span(text, m.start(), m.end()) for m in _TEXTILE_MACRO.finditer(text)]
    for m in _TEXTILE_LINK.finditer(text):
        label = "label" if m.group("label") is not None else "name"
        if m.group(label) is None:
            edits.append((m.start(), m.end(), ""))
        else:
            edits += [(m.start(), m.start(label), ""), (m.end(label), m.end(), "")]
    for m in _TEXTILE_EMPHASIS.finditer(text):
        inner = "bold" if m.group("bold") is not None else "italic"
        edits += [(m.start(), m.start(inner), ""), (m.end(inner), m.end(), "")]
    edits += [(m.start(), m.end(), "| ") for m in _TEXTILE_CELL.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in _WIKI_RULE.finditer(text)]
    edits += [(m.start(), m.end(), "\n") for m in _TEXTILE_BREAK.finditer(text)]
    edits += _wiki_list_edits(text, _TEXTILE_ITEM)
    return _without_overlaps(edits)


# ---------------------------------------------------------------- reStructuredText (pandoc's '-t rst')

_RST_EXPLICIT = re.compile(r"^\.\.(?:[ \t]+|$)", re.M)  # a comment or a directive ('.. note::')
_RST_AUTO_ITEM = re.compile(r"^(?P<indent>[ \t]*)#\.[ \t]+", re.M)  # an item numbered by its list ('#. ')
_RST_DIRECTIVE = re.compile(r"\.\.[ \t]+(?P<name>[\w-]+)::[ \t]*")
_RST_OPTION = re.compile(r"[ \t]+:[\w-]+:.*")  # a directive's option line (':header-rows: 1')
_RST_ROW = re.compile(r"(?P<lead>[ \t]*\*[ \t]+-(?:[ \t]+|$))")  # a list table's row ('* - TT')
_RST_CELL = re.compile(r"(?P<lead>[ \t]+-(?:[ \t]+|$))")  # a further cell of the row ('  - Nội dung')
_RST_DIRECTIVE_LINE = re.compile(r"^\.\.[ \t]+[\w-]+::", re.M)
_INDENT = re.compile(r"[ \t]*")
_RST_SIGNS = 2  # directives and auto-numbered items a text needs to be read as reStructuredText


def looks_like_rst(text: str) -> bool:
    """reStructuredText: directives ('.. list-table::') or items numbered '#. ', two or more (AsciiDoc's
    '.. ' items are no comments)."""
    if "::" not in text and "#." not in text:
        return False
    signs = len(_RST_DIRECTIVE_LINE.findall(text, 0, 200_000)) + len(_RST_AUTO_ITEM.findall(text, 0, 200_000))
    return signs >= _RST_SIGNS and not looks_like_asciidoc(text)


def rst_edits(text: str) -> list[Edit]:
    """The text pandoc's reStructuredText marks up: comments gone with their indented lines; a
    directive's line and options gone, a list table's title a line and its rows pipe rows; items
    numbered '#. ' counted by their list (an unindented line that is no item ends it)."""
    edits: list[Edit] = []
    lines, pos = [], 0  # (start, end) of each line
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if not _RST_EXPLICIT.match(text, start):
            index += 1
            continue
        block_end = index + 1  # the lines indented under it, and blank ones among them
        while block_end < len(lines) and (text[lines[block_end][0]:lines[block_end][0] + 1] in (" ", "\t") or
                                          lines[block_end][0] == lines[block_end][1]):
            block_end += 1
        directive = _RST_DIRECTIVE.match(text, start)
        if directive is None:  # a comment
            edits.append((start, min(lines[block_end - 1][1] + 1, len(text)), ""))
        elif directive.group("name") == "list-table":
            edits.append((start, directive.end(), ""))
            edits += _rst_list_table(text, lines[index + 1:block_end])
        else:
            edits.append((start, min(end + 1, len(text)), ""))
            edits += [(a, min(b + 1, len(text)), "") for a, b in lines[index + 1:block_end]
                      if _RST_OPTION.fullmatch(text, a, b)]
        index = block_end
    numbers = _NestedCounts(_WIKI_LIST_STYLES)
    last_line = -1
    for m in _RST_AUTO_ITEM.finditer(text):
        between = text[last_line:m.start()] if last_line >= 0 else ""
        if last_line < 0 or re.search(r"^\S", between, re.M):
            numbers.reset()  # an unindented line that is no item ends the list
        edits.append((m.start(), m.end(), m.group("indent") + numbers.item(2 if m.group("indent") else 1)))
        last_line = text.find("\n", m.end()) + 1 or len(text)
    return _without_overlaps(edits)


def _rst_list_table(text: str, lines: list[tuple[int, int]]) -> list[Edit]:
    """A list table's option lines gone, each row ('* - a' / '  - b') one pipe row '| a | b |'."""
    edits: list[Edit] = []
    row_open = False
    previous_end = -1
    for start, end in lines:
        if _RST_OPTION.fullmatch(text, start, end):
            edits.append((start, min(end + 1, len(text)), ""))
            continue
        if start == end:  # a blank line
            continue
        if (row := _RST_ROW.match(text, start, end)) is not None:
            if row_open:
                edits.append((previous_end, previous_end, " |"))
            edits.append((start, row.end(), "| "))
            row_open = True
        elif row_open and (cell := _RST_CELL.match(text, start, end)) is not None:
            edits.append((previous_end, start + len(cell.group()), " | "))
        elif row_open:  # a cell's text goes on
            edits.append((previous_end, _INDENT.match(text, start, end).end(), " "))
        previous_end = end
    if row_open:
        edits.append((previous_end, previous_end, " |"))
    return edits


# ---------------------------------------------------------------- Org mode (an export of an org file)

_ORG_KEYWORD_LINE = re.compile(r"^#\+(?P<key>\w+):[ \t]*(?P<value>.*)\n?", re.M)  # '#+TITLE: …'
_ORG_COMMENT_LINE = re.compile(r"^#(?:[ \t].*)?$\n?", re.M)
_ORG_HEADLINE = re.compile(r"^(?P<stars>\*+)[ \t]+(?:(?P<keyword>[A-Z]{2,})[ \t]+)?(?:\[#[A-Z]\][ \t]+)?"
                           r"(?P<title>.*?)(?P<tags>[ \t]+:[\w@:]+:)?[ \t]*$", re.M)
_ORG_DRAWER = re.compile(r"^[ \t]*:(?P<name>[\w-]+):[ \t]*\n(?P<body>(?:.*\n){0,200}?)[ \t]*:END:[ \t]*$", re.M)
_ORG_PROPERTY = re.compile(r"^[ \t]*:(?P<key>[\w-]+):[ \t]*(?P<value>.*)$", re.M)
_ORG_STAMP_RX = r"[<\[]\d{4}-\d\d-\d\d[^>\]\n]*[>\]]"
_ORG_DEADLINE = re.compile(r"\bDEADLINE:[ \t]*(?=[<\[]\d{4}-)")
_ORG_UNDATING = re.compile(rf"^[ \t]*(?:(?:SCHEDULED|CLOSED):[ \t]*{_ORG_STAMP_RX}[ \t]*)+$\n?|"
                           rf"(?:SCHEDULED|CLOSED):[ \t]*{_ORG_STAMP_RX}", re.M)  # a start, a closing: no deadline
_ORG_STAMP = re.compile(r"[<\[](?P<date>\d{4}-\d\d-\d\d)[^>\]\n]*[>\]]")
_ORG_NOTE = re.compile(r"^(?P<indent>[ \t]*)- (?:Note taken on|State \"\w+\"|CLOSING NOTE)\b.*\n"
                       r"(?:(?P=indent)[ \t]+\S.*\n)*", re.M)
_ORG_CHECKBOX = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-+]) \[(?P<mark>[ X-])\][ \t]+", re.M)
_ORG_LINK = re.compile(r"\[\[(?P<target>[^\]\n]{1,500})\](?:\[(?P<label>[^\]\n]{1,500})\])?\]")
_ORG_KEPT_KEYWORDS = ("TITLE", "SUBTITLE", "AUTHOR", "DATE")  # what an export prints of its keyword lines
_ORG_DEFAULT_OPEN, _ORG_DEFAULT_CLOSED = frozenset({"TODO"}), frozenset({"DONE"})
_ORG_STATE_KEY = re.compile(r"\(.*?\)")  # a state's key and logging marks ('DONE(d!)')
_ORG_UNEXPORTED_TAGS = (":noexport:", ":ARCHIVE:")


def looks_like_org(text: str) -> bool:
    """Keyword lines ('#+TITLE:') with headlines or property drawers of Org mode's."""
    return ("\n#+" in text or text.startswith("#+")) and _ORG_KEYWORD_LINE.search(text) is not None and \
        (":PROPERTIES:" in text or _ORG_HEADLINE.search(text) is not None)


def org_edits(text: str, properties: dict[str, str]) -> list[Edit]:
    """The file's text as its export reads: keyword lines shown as their values (the title, the
    author, the date), comments gone; a headline with an open state ('TODO', 'WAITING') an item
    numbered under its parent, one with a closed state ('DONE') or an unexported tag gone with
    everything under it; 'DEADLINE: <2027-02-26 Fri>' as 'Deadline: 2027-02-26'; a property
    named in ``properties`` as its labelled line ('Lead: …'), other properties and drawers gone;
    checkboxes and state notes gone (a ticked item with its line); a start ('SCHEDULED:') or a
    closing ('CLOSED:') gone with its date."""
    keyword_lines = list(_ORG_KEYWORD_LINE.finditer(text))
    open_states, closed_states = _org_states(keyword_lines)
    edits: list[Edit] = []
    for m in keyword_lines:
        keep = m.group("key").upper() in _ORG_KEPT_KEYWORDS and m.group("value").strip()
        edits.append((m.start(), m.start("value"), "") if keep else (m.start(), m.end(), ""))
    edits += [(m.start(), m.end(), "") for m in _ORG_COMMENT_LINE.finditer(text)]
    counts: list[int] = []
    hidden_until, hidden_depth = -1, 0
    for m in _ORG_HEADLINE.finditer(text):
        depth, keyword = len(m.group("stars")), m.group("keyword")
        if m.start() < hidden_until and depth > hidden_depth:
            continue
        tags = m.group("tags") or ""
        if keyword in closed_states or keyword == "COMMENT" or any(tag in tags for tag in _ORG_UNEXPORTED_TAGS):
            hidden_until, hidden_depth = _org_subtree_end(text, m.end(), depth), depth
            edits.append((m.start(), hidden_until, ""))
            continue
        del counts[depth:]
        while len(counts) < depth:
            counts.append(0)
        marker = ""
        if keyword in open_states:
            counts[depth - 1] += 1
            marker = f"{counts[depth - 1]}. "
        elif keyword is not None:  # a capitalised first word that is no state: the title's own
            edits.append((m.start(), m.start("keyword"), ""))
            continue
        edits.append((m.start(), m.start("title"), marker))
        if tags:
            edits.append((m.start("tags"), m.end("tags"), ""))
    for m in _ORG_DRAWER.finditer(text):
        edits.append((m.start(), m.start("body"), ""))
        if m.group("name").upper() == "PROPERTIES":
            for prop in _ORG_PROPERTY.finditer(m.group("body")):
                label = properties.get(prop.group("key").upper())
                start, end = m.start("body") + prop.start(), m.start("body") + prop.end() + 1
                edits.append((start, start + prop.start("value") - prop.start(), f"{label}: ") if label
                             else (start, end, ""))
        else:
            edits.append((m.start("body"), m.end("body"), ""))
        edits.append((m.end("body"), m.end(), ""))  # ':END:' leaves a blank line: the labelled lines end there
    edits += [(m.start(), m.end(), "") for m in _ORG_UNDATING.finditer(text)]
    edits += [(m.start(), m.end(), "Deadline: ") for m in _ORG_DEADLINE.finditer(text)]
    for m in _ORG_STAMP.finditer(text):  # '<2027-03-31 Wed -7d>': the date
        edits += [(m.start(), m.start() + 1, ""), (m.end("date"), m.end(), "")]
    for m in _ORG_NOTE.finditer(text):
        edits.append((m.start(), m.end(), ""))
    for m in _ORG_CHECKBOX.finditer(text):
        if m.group("mark") == "X":  # done: the item and its line
            line_end = text.find("\n", m.end())
            edits.append((m.start(), len(text) if line_end < 0 else line_end + 1, ""))
        else:
            edits.append((m.end("bullet") + 1, m.end(), ""))
    for m in _ORG_LINK.finditer(text):
        label = m.group("label")
        edits += [(m.start(), m.start("label") if label else m.start("target"), ""),
                  (m.end("label") if label else m.end("target"), m.end(), "")]
    return _without_overlaps(edits)


def _org_states(keyword_lines: list[re.Match]) -> tuple[frozenset, frozenset]:
    """The open and the closed states the file's '#+TODO:' lines name (TODO and DONE without one)."""
    open_states, closed_states = set(), set()
    for m in keyword_lines:
        if m.group("key").upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            before, _, after = m.group("value").partition("|")
            open_states.update(_ORG_STATE_KEY.sub("", word) for word in before.split())
            closed_states.update(_ORG_STATE_KEY.sub("", word) for word in after.split())
    if not open_states:
        return _ORG_DEFAULT_OPEN, _ORG_DEFAULT_CLOSED
    return frozenset(open_states), frozenset(closed_states)


def _org_subtree_end(text: str, pos: int, depth: int) -> int:
    """Where the subtree of a headline of ``depth`` stars ends: at the next headline of that depth or less."""
    for m in _ORG_HEADLINE.finditer(text, pos):
        if len(m.group("stars")) <= depth:
            return m.start()
    return len(text)


# ---------------------------------------------------------------- iCalendar (a task tracker's export)

_ICAL_LINE = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;(?:\"[^\"]*\"|[^:\"\n])*)*):.*(?:\n[ \t].*)*",
                        re.M)  # a content line with its folded continuations (which may fall inside a parameter)
_ICAL_FOLD = re.compile(r"\n[ \t]")
_ICAL_ESCAPE = re.compile(r"\\(?P<char>[nN,;\\])")
_ICAL_ENTRY = re.compile(r"^BEGIN:(?P<kind>VTODO|VEVENT|VJOURNAL)[ \t]*$.*?^END:(?P=kind)[ \t]*$\n?", re.M | re.S)
_ICAL_CLOSED = re.compile(r"^STATUS:(?:COMPLETED|CANCELLED)[ \t]*$", re.M)
_ICAL_DUE = re.compile(r"(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)")
# what a calendar says in words, and what stands for a property's name: its name and description (each a
# paragraph), each entry's summary (its item, numbered) and description (the lines under the item)
_ICAL_TEXT = {"X-WR-CALNAME": "\n", "X-WR-CALDESC": "\n", "SUMMARY": None, "DESCRIPTION": "", "COMMENT": ""}


def looks_like_icalendar(text: str) -> bool:
    """A calendar file ('BEGIN:VCALENDAR'), as a task tracker or a mail client exports its to-dos."""
    return text.lstrip().startswith("BEGIN:VCALENDAR")


def icalendar_edits(text: str) -> list[Edit]:
    """The calendar as a list of tasks: each open to-do or event an item numbered in order, its summary the
    item's line, its description the lines under it (escapes and folded lines undone: 'Lead: …',
    'Deadline: …'), its due date a last 'Due date: 2027-01-15' line; the calendar's name and description
    as the lines above; every other property gone, and an entry done or cancelled with all its lines."""
    edits: list[Edit] = []
    entries = list(_ICAL_ENTRY.finditer(text))
    closed = [(m.start(), m.end()) for m in entries if _ICAL_CLOSED.search(text, m.start(), m.end())]
    edits += [(start, end, "") for start, end in closed]
    count = 0
    for m in _ICAL_LINE.finditer(text):
        if any(start <= m.start() < end for start, end in closed):
            continue
        name, line_end = m.group("name").upper(), min(m.end() + 1, len(text))
        if name == "DUE":
            date = _ICAL_DUE.match(text, m.end("params") + 1)
            if date is not None:  # 'DUE;VALUE=DATE:20270115'
                edits.append((m.start(), line_end, f"Due date: {date['year']}-{date['month']}-{date['day']}\n"))
                continue
        if name not in _ICAL_TEXT:
            edits.append((m.start(), line_end, ""))
            continue
        if name == "SUMMARY":
            count += 1
        edits.append((m.start(), m.end("params") + 1, f"\n{count}. " if name == "SUMMARY" else _ICAL_TEXT[name]))
        edits += [(fold.start(), fold.end(), "") for fold in _ICAL_FOLD.finditer(text, m.start(), m.end())]
        edits += [(escape.start(), escape.end(), "\n" if escape["char"] in "nN" else escape["char"])
                  for escape in _ICAL_ESCAPE.finditer(text, m.start(), m.end())]
    return _without_overlaps(edits)


# ---------------------------------------------------------------- YAML (a register's export)

_YAML_KEY_LINE = re.compile(r"^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<key>[A-Za-z_][\w -]{0,40}?):"
                            r"(?:[ \t]+(?P<value>.*?))?[ \t]*$", re.M)
_YAML_LOWER_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?[a-z][a-z0-9_]*:(?:[ \t]|$)", re.M)
_YAML_MARK = r"^(?:---|\.\.\.)[ \t]*$"  # a document's start or end
_YAML_SIGN = re.compile(_YAML_MARK + r"|:[ \t]+[>|][-+]?[ \t]*$|^[ \t]*-[ \t]+[a-z_]+:[ \t]", re.M)
_YAML_ITEM = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+", re.M)
_YAML_SKIPPED = re.compile(r"^[ \t]*#.*$|" + _YAML_MARK, re.M)  # a comment, a document's start or end
_YAML_NULL = ("~", "null", "Null", "NULL", "''", '""')
_YAML_BLOCK = re.compile(r"[>|][-+]?\d?")
_YAML_KEY_LINES = 8  # lines opening with a lower-case key a text needs to be read as YAML
_YAML_OPENING = re.compile(r"(?:[ \t]*(?:#.*)?\n)*---[ \t]*\n")  # comments, then a document's first mark
_YAML_CLOSING = re.compile(_YAML_MARK, re.M)


def record_label(key: str, keys: dict[str, str]) -> str:
    """The label a record's key or column gets: by ``keys`` (lower case, '_' and '-' as spaces: 'owner' ->
    'Lead'; '' for the text itself), else the key capitalised ('meeting_date' -> 'Meeting date')."""
    key = " ".join(key.replace("_", " ").replace("-", " ").split())
    return keys.get(key.lower(), key[:1].upper() + key[1:])


def looks_like_yaml(text: str) -> bool:
    """A YAML document: lower-case keys opening its lines ('meeting_date: …', '- id: AP-01') and a sign
    only YAML writes (a '---' line, a block scalar 'action: >', a list of mappings)."""
    end = 200_000
    if text.count(": ", 0, end) + text.count(":\n", 0, end) < _YAML_KEY_LINES:  # too few keys: no scan
        return False
    return len(_YAML_LOWER_KEY.findall(text, 0, end)) >= _YAML_KEY_LINES and _YAML_SIGN.search(text, 0, end) is not None


def _yaml_extent(text: str) -> int:
    """Where the YAML ends: after the mark closing its first document when text of another kind follows
    (a page's front matter over its Markdown), else at the end."""
    opening = _YAML_OPENING.match(text)
    closing = opening and _YAML_CLOSING.search(text, opening.end())
    if not closing or looks_like_yaml(text[closing.end():]):
        return len(text)
    return closing.end()


def yaml_edits(text: str, keys: dict[str, str]) -> list[Edit]:
    """The document as labelled lines: each key its label ('owner' -> 'Lead:', by ``keys``; any other
    capitalised, 'meeting_date' -> 'Meeting date:'), a key the text itself ('text: >') no label; a
    mapping of a list (a record) a paragraph of its own; a key over a list or a mapping a heading;
    block scalars on one line ('>') or on their own lines ('|'); quotes, nulls, comments and document
    marks gone. Of a page's front matter, only the front matter."""
    extent = _yaml_extent(text)
    edits: list[Edit] = [(m.start(), min(m.end() + 1, len(text)), "") for m in _YAML_SKIPPED.finditer(text, 0, extent)]
    block_until = -1  # the end of the block scalar being read: its lines are left to the block
    for m in _YAML_KEY_LINE.finditer(text, 0, extent):
        if m.start() < block_until:
            continue
        label = record_label(m.group("key"), keys)
        value = m.group("value") or ""
        opening = "\n" if m.group("dash") else ""
        line_end = min(m.end() + 1, len(text))
        if value in _YAML_NULL:
            edits.append((m.start(), line_end, opening))
            continue
        if _YAML_BLOCK.fullmatch(value):
            block_until = _yaml_block_end(text, line_end, len(m.group("indent")) + len(m.group("dash") or ""))
            edits.append((m.start(), line_end, opening + (f"{label}: " if label else "")))
            edits += _yaml_block_edits(text, line_end, block_until, folded=value.startswith(">"))
            continue
        if not value:  # a heading over a list or a mapping
            edits.append((m.start(), m.end(), f"{opening}\n{label}"))
            continue
        edits.append((m.start(), m.start("value"), opening + (f"{label}: " if label else "")))
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            edits += [(m.start("value"), m.start("value") + 1, ""), (m.end("value") - 1, m.end("value"), "")]
    for m in _YAML_ITEM.finditer(text, 0, extent):  # a list's plain items: a dash at the line's start
        if not _YAML_KEY_LINE.match(text, m.start()):
            edits.append((m.start(), m.end(), "- "))
    return _without_overlaps(edits)


def _yaml_block_end(text: str, start: int, indent: int) -> int:
    """Where a block scalar starting at ``start`` ends: before the first line with text indented no more
    than its key (``indent``)."""
    for line in _LINE.finditer(text, start):
        content = line.group().rstrip("\n")
        if content.strip() and len(content) - len(content.lstrip(" \t")) <= indent:
            return line.start()
        if not line.group():
            break
    return len(text)


def _yaml_block_edits(text: str, start: int, end: int, folded: bool) -> list[Edit]:
    """A block scalar's lines without their indentation, joined by spaces when ``folded`` ('>')."""
    edits: list[Edit] = []
    previous_end = -1
    for line in re.finditer(r"^([ \t]*)(\S.*?)?[ \t]*$", text[start:end], re.M):
        if line.group(2) is None:
            previous_end = -1
            continue
        line_start = start + line.start()
        if folded and previous_end >= 0:
            edits.append((previous_end, start + line.start(2), " "))
        else:
            edits.append((line_start, start + line.start(2), ""))
        previous_end = start + line.end()
    return edits


# ---------------------------------------------------------------- LaTeX (a notice's source file)

_TEX_SIGNS = re.compile(r"\\(?:documentclass|begin\{(?:document|enumerate|itemize)\}|(?:sub)*section\*?\{)")
_TEX_PREAMBLE = re.compile(r"\A[\s\S]*?\\begin\{document\}[ \t]*\n?")
_TEX_COMMENT = re.compile(r"(?<!\\)%.*\n?")
_TEX_LIST = re.compile(r"\\(?P<end>begin|end)\{(?P<kind>enumerate|itemize|description)\}(?:\[(?P<label>[^\]\n]*)\])?[ \t]*\n?")
_TEX_ITEM = re.compile(r"^(?P<indent>[ \t]*)\\item(?:\[(?P<label>[^\]\n]*)\])?[ \t]*", re.M)
# a command whose argument is text ('\textbf{…}', '\section*{…}'): the argument kept, the command and braces gone
_TEX_TEXT_COMMAND = re.compile(r"\\(?P<name>textbf|textit|textsc|texttt|textrm|textup|emph|underline|mbox|uppercase|"
                               r"section|subsection|subsubsection|paragraph|title|author|date|footnote)\*?\{")
# a command whose arguments are layout, not text ('\rule{3cm}{0.4pt}', '\begin{minipage}[t]{0.5\textwidth}')
_TEX_LAYOUT = re.compile(r"\\(?:begin|end)\{(?:minipage|center|flushright|flushleft|document|quote|tabular|landscape)\}"
                         r"(?:\[[^\]\n]*\])*(?:\{[^{}\n]*\})*|\\(?:rule|vspace|hspace|setlength|label|includegraphics|"
                         r"usepackage|maketitle)\*?(?:\[[^\]\n]*\])*(?:\{[^{}\n]*\})*|\\\\(?:\[[^\]\n]*\])?|"
                         r"\\(?:hfill|centering|raggedright|raggedleft|noindent|newpage|clearpage|par|bigskip|medskip|"
                         r"smallskip|tiny|scriptsize|footnotesize|small|normalsize|large|Large)\b[ \t]*")
_TEX_ESCAPE = re.compile(r"\\(?P<char>[%&$#_{}])|(?<!\\)~")


# a table ('\begin{longtable}{|c|p{6cm}|}'): its rows end at '\\' or '\tabularnewline', its cells at '&'
_TEX_TABLE = re.compile(r"\\begin\{(?P<kind>tabular\*?|tabularx|tabulary|longtable|supertabular|xtabular)\}")
_TEX_ARGUMENT = re.compile(r"[ \t]*(?:\[[^\]\n]*\]|\{)")
_TEX_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|endfirsthead|endhead|endfoot|endlastfoot)(?![A-Za-z])|"
                       r"\\c(?:mid)?(?:line|rule)(?:\([^)\n]*\))?\{[^{}\n]*\}")
_TEX_BLANK = re.compile(r"(?:\s|" + _TEX_RULE.pattern + r")*")
_TEX_SPANNING_CELL = re.compile(r"\\multi(?:column|row)\{[^{}\n]*\}\{[^{}\n]*\}\{")  # its text the third argument
_TEX_LINE_BREAK = re.compile(r"\\\\(?:\[[^\]\n]*\])?")  # '\\', '\\[6pt]'
_TEX_CELL_BREAK = re.compile(_TEX_LINE_BREAK.pattern + r"|\\newline(?![A-Za-z])")
_TEX_ROW_END = re.compile(r"\\tabularnewline(?![A-Za-z])(?:\[[^\]\n]*\])?")


def looks_like_latex(text: str) -> bool:
    """A document class, a list environment or a section command of LaTeX's."""
    return "\\" in text and len(_TEX_SIGNS.findall(text, 0, 200_000)) >= 2


def latex_edits(text: str) -> list[Edit]:
    """The source's text as the typeset notice reads: the preamble and comments gone; each list
    item marked as its list counts it ('[(a)]' letters, '[1.]' numbers, 'itemize' bullets), on a
    line of its own; text commands without their names and braces (a footnote in brackets), layout
    commands gone, a line break '\\\\' a new line, '~' a space."""
    edits: list[Edit] = []
    preamble = _TEX_PREAMBLE.match(text) if "\\begin{document}" in text else None
    start = preamble.end() if preamble else 0
    if preamble:
        edits.append((0, start, ""))
    edits += [(m.start(), m.end(), "") for m in _TEX_COMMENT.finditer(text, start)]
    edits += _tex_table_edits(text, start)  # first: where a table's edits and the ones below meet, they stand
    lists = _ListNumbers()
    events = sorted([(m.start(), "list", m) for m in _TEX_LIST.finditer(text, start)] +
                    [(m.start(), "item", m) for m in _TEX_ITEM.finditer(text, start)], key=lambda event: event[0])
    for _, kind, m in events:
        if kind == "list":
            edits.append((m.start(), m.end(), ""))
            if m.group("end") == "end":
                lists.close()
            else:
                lists.open(_tex_list_style(m.group("kind"), m.group("label")))
        else:
            marker = f"{m.group('label')} " if m.group("label") else lists.item()
            edits.append((m.start(), m.end(), m.group("indent") + marker))
    for m in _TEX_TEXT_COMMAND.finditer(text, start):
        close = _closing_brace(text, m.end())
        if close < 0:
            continue
        footnote = m.group("name") == "footnote"
        edits += [(m.start(), m.end(), " (" if footnote else ""), (close, close + 1, ")" if footnote else "")]
    for m in _TEX_LAYOUT.finditer(text, start):
        edits.append((m.start(), m.end(), "\n" if m.group().startswith("\\\\") else ""))
    for m in _TEX_ESCAPE.finditer(text, start):
        edits.append((m.start(), m.end(), m.group("char") or " "))
    end = text.find("\\end{document}", start)
    if end >= 0:
        edits.append((end, len(text), ""))
    return _without_overlaps(edits)


def _tex_table_edits(text: str, start: int) -> list[Edit]:
    """Each table as pipe rows, a row a line ('| 1 | Xây dựng … | Cục Môi trường | Quý II/2027 |'): its
    column spec, rules and head marks gone, a spanning cell's text kept. Rows end at '\\tabularnewline'
    and, in a table without one, at '\\\\'; there, and at '\\newline', a '\\\\' breaks a cell's line."""
    edits: list[Edit] = []
    for begin in _TEX_TABLE.finditer(text, start):
        body = begin.end()
        while (argument := _TEX_ARGUMENT.match(text, body)) is not None:  # '[t]', '{\textwidth}', '{|c|p{6cm}|}'
            body = _closing_brace(text, argument.end()) + 1 if argument.group().endswith("{") else argument.end()
            if body == 0:
                break
        close = text.find("\\end{%s}" % begin.group("kind"), body)
        if body == 0 or close < 0:
            continue
        end = close + len(begin.group("kind")) + 6
        rows = _tex_rows(text, body, close)
        if not rows:
            edits.append((begin.start(), end, ""))
            continue
        previous = begin.start()
        for index, (row_start, row_end, row_edits) in enumerate(rows):
            edits.append((previous, row_start, "\n| " if index == 0 else " |\n| "))
            edits += row_edits
            previous = row_end
        edits.append((previous, end, " |\n"))
    return edits


def _tex_rows(text: str, start: int, end: int) -> list[tuple[int, int, list[Edit]]]:
    """(start, end, edits) of each row of a table's body holding text: its cells' '&' a ' | ', its line
    breaks a space; a row of rules alone is no row."""
    row_end_rx = _TEX_ROW_END if _TEX_ROW_END.search(text, start, end) else _TEX_LINE_BREAK
    rows, row, depth, pos = [], start, 0, start
    cell_edits: list[Edit] = []

    def close_row(at: int) -> None:
        first = _TEX_BLANK.match(text, row, at).end()
        last = at
        while last > row and text[last - 1].isspace():
            last -= 1
        if first < last:
            rows.append((first, last, [edit for edit in cell_edits if first <= edit[0] < last]))

    while pos < end:
        char = text[pos]
        if char == "\\":
            row_break = row_end_rx.match(text, pos) if depth == 0 else None
            if row_break is not None:
                close_row(pos)
                cell_edits = []
                row = pos = row_break.end()
                continue
            if (spanning := _TEX_SPANNING_CELL.match(text, pos)) is not None:
                closing = _closing_brace(text, spanning.end())
                if closing > 0:
                    cell_edits += [(pos, spanning.end(), ""), (closing, closing + 1, "")]
            elif (cell_break := _TEX_CELL_BREAK.match(text, pos)) is not None:
                cell_edits.append((pos, cell_break.end(), " "))
                pos = cell_break.end()
                continue
            elif (rule := _TEX_RULE.match(text, pos)) is not None:
                cell_edits.append((pos, rule.end(), ""))
                pos = rule.end()
                continue
            pos += 2  # a command's backslash and its first character ('\&', '\{' are no markup)
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == "&" and depth == 0:
            cell_edits.append((pos, pos + 1, " | "))
        elif char == "\n":
            cell_edits.append((pos, pos + 1, " "))
        pos += 1
    close_row(end)
    return rows


def _tex_list_style(kind: str, label: Optional[str]) -> str:
    """The counting style of a list: '(a)', 'a)' letters, '(i)' roman, '1.' numbers; 'itemize' bullets."""
    if kind != "enumerate":
        return ""
    label = (label or "").replace("label=", "").replace("\\alph*", "a").replace("\\roman*", "i") \
        .replace("\\arabic*", "1")
    for style in ("i", "a", "A", "1"):
        if style in label:
            return style
    return "1"


def _closing_brace(text: str, pos: int) -> int:
    """The index of the '}' that closes the group opened just before ``pos`` (-1: none within 4,000)."""
    depth = 1
    for index in range(pos, min(len(text), pos + 4000)):
        char = text[index]
        if char == "{" and text[index - 1] != "\\":
            depth += 1
        elif char == "}" and text[index - 1] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return -1
