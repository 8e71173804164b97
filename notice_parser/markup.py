"""Lightweight markup a copied notice may carry: a review copy's CriticMarkup, a forum post's
BBCode, an AsciiDoc export. Each gives way to the text it marks up, as edits for
:meth:`normalize.MappedText.edit` (so every kept character keeps its source offset); a list
keeps its nesting as the numbers, letters and bullets a notice writes ('1.', 'a)', '-')."""
from __future__ import annotations

import re

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
    counts: list[int] = []  # items counted at each depth of the numbered list being read
    list_styles: list[str] = []
    last_end = 0
    for m in _ADOC_ITEM.finditer(text):
        marks, between = m.group("marks"), text[last_end:m.start()]
        if _ADOC_HEADING.search(between) or _prose_between(between):
            counts, list_styles = [], []  # a heading or a paragraph ends the list
        given = [style for at, style in styles if last_end <= at < m.start()]
        last_end = m.end()
        if marks[0] == "*":  # a bulleted item: its depth's bullet
            edits.append((m.start(), m.end(), _item_marker("", 0, len(marks))))
            continue
        depth = len(marks)
        del counts[depth:], list_styles[depth:]
        while len(counts) < depth:
            counts.append(0)
            list_styles.append(_ADOC_DEFAULT_STYLES[len(list_styles)])
        if given:
            list_styles[depth - 1] = given[-1]
        counts[depth - 1] += 1
        edits.append((m.start(), m.end(), _item_marker(list_styles[depth - 1], counts[depth - 1], depth)))
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
