"""Normalization: source text in, clean text plus a span map out.

Steps, each a substitution that records where every output character came
from: NFC, glyph faults, line endings, word-segmentation underscores, table
pipes, boilerplate and page furniture, numbers broken over lines, hard
wrapping, white space. Two-column lines keep a gap of ``COLUMN_GAP``.
"""
from __future__ import annotations

import bisect
import html
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Union

from . import encodings, markup, mime
from .resources import load_table
from .textutil import fold

COLUMN_GAP = "    "
# What an empty cell of a table reads (the cells after it keep their column).
EMPTY_CELL = "—"
Replacement = Union[str, Callable[[re.Match], str]]


@dataclass(frozen=True)
class MappedText:
    """Text whose every character remembers its offset in the source.

    The map is kept as ``spans``: (text offset, source offset) pairs where
    ``source - text`` changes, the form of :meth:`anchors`; between two of
    them both offsets advance together. Offset ``len(text)`` maps the end of
    the source. (A tuple with an entry per character, rebuilt by every
    substitution, was most of the time normalization took.)
    """

    text: str
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> "MappedText":
        return cls(text, ((0, 0),))

    @cached_property
    def src(self) -> tuple[int, ...]:
        """Source offset of every text offset; ``len(text) + 1`` entries."""
        offsets: list[int] = []
        ends = [norm for norm, _ in self.spans[1:]] + [len(self.text) + 1]
        for (norm, source), end in zip(self.spans, ends):
            offsets.extend(range(source, source + end - norm))
        return tuple(offsets)

    def text_offset(self, source_offset: int) -> int:
        """The first text offset that maps to ``source_offset`` or later (``len(text)`` if none):
        ``bisect_left(src, source_offset, hi=len(text))`` without building ``src``."""
        length = len(self.text)
        ends = [norm for norm, _ in self.spans[1:]] + [length]
        for (norm, source), end in zip(self.spans, ends):
            end = min(end, length)
            if norm < end and source + (end - 1 - norm) >= source_offset:
                return norm + max(0, source_offset - source)
        return length

    def sub(self, pattern: re.Pattern, repl: Replacement) -> "MappedText":
        """Like ``pattern.sub`` but keeping the source offsets of kept characters.

        A replacement of another length maps all its characters to the source
        offset of the start of what it replaced.
        """
        # a replacement without backslashes is itself: Python 3.11 parses a template anew on
        # every Match.expand
        literal = repl if isinstance(repl, str) and "\\" not in repl else None
        edits = []
        for match in pattern.finditer(self.text):
            new = repl(match) if callable(repl) else literal if literal is not None else match.expand(repl)
            if new != match.group(0):
                edits.append((match.start(), match.end(), new))
        return self.edit(edits)

    def edit(self, edits: list[tuple[int, int, str]]) -> "MappedText":
        """The text with each ``(start, end, new)`` of ``edits`` (in order, not overlapping) put in
        place of ``text[start:end]``, mapped as by :meth:`sub`."""
        if not edits:
            return self
        pieces: list[str] = []
        spans = _SpanBuilder(self.spans)
        pos = 0
        text = self.text
        for start, end, new in edits:
            pieces.append(text[pos:start])
            spans.keep(pos, start)
            pieces.append(new)
            if len(new) == end - start:
                spans.keep(start, end)
            else:
                spans.insert(len(new), start)
            pos = end
        pieces.append(text[pos:])
        spans.keep(pos, len(text) + 1)
        return MappedText("".join(pieces), spans.spans())

    def strip_newlines(self) -> "MappedText":
        """Without the line breaks at either end: what ``sub(r"^\\n+|\\n+$", "")`` gives,
        without a scan of the text. The end still maps to the end of the source."""
        text = self.text
        start = len(text) - len(text.lstrip("\n"))
        end = max(start, len(text.rstrip("\n")))
        if start == 0 and end == len(text):
            return self
        spans = _SpanBuilder(self.spans)
        spans.keep(start, end)
        spans.keep(len(text), len(text) + 1)
        return MappedText(text[start:end], spans.spans())

    def translate(self, table: dict[int, str]) -> "MappedText":
        """One-to-one character replacement (offsets unchanged)."""
        return MappedText(self.text.translate(table), self.spans)

    def anchors(self) -> list[tuple[int, int]]:
        """Compact span map: (normalized offset, source offset) where the delta changes."""
        return list(self.spans)


class _SpanBuilder:
    """The span map of a text being assembled from pieces of an old text and new strings."""

    def __init__(self, old: tuple[tuple[int, int], ...]):
        self._old = old
        self._old_starts = [norm for norm, _ in old]
        self._out: list[tuple[int, int]] = []
        self._length = 0  # of the new text so far

    def _source(self, old_offset: int) -> tuple[int, int]:
        """(index of the old span holding ``old_offset``, its source offset)."""
        index = bisect.bisect_right(self._old_starts, old_offset) - 1
        norm, source = self._old[index]
        return index, source + old_offset - norm

    def _add(self, norm: int, source: int) -> None:
        if self._out:
            last_norm, last_source = self._out[-1]
            if last_source - last_norm == source - norm:
                return  # the span before runs on
        self._out.append((norm, source))

    def keep(self, start: int, end: int) -> None:
        """Append old offsets ``start`` to ``end`` (exclusive) with their source offsets."""
        if start >= end:
            return
        shift = self._length - start
        index, source = self._source(start)
        self._add(self._length, source)
        for norm, source in self._old[index + 1:bisect.bisect_left(self._old_starts, end)]:
            self._add(norm + shift, source)
        self._length += end - start

    def insert(self, length: int, old_offset: int) -> None:
        """Append ``length`` new characters, all mapped to the source of ``old_offset``."""
        _, source = self._source(old_offset)
        for norm in range(self._length, self._length + length):
            self._add(norm, source)
        self._length += length

    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple(self._out)


@dataclass(frozen=True)
class _Rules:
    glyphs: dict[int, str]
    glyph_faults: re.Pattern  # any character of ``glyphs``
    homoglyphs: dict[int, str]
    boilerplate: re.Pattern
    related_heading: re.Pattern  # a heading over a list of links to other articles
    related_link: re.Pattern  # such a heading and a link's headline on one line ('READ MORE: … ›')
    footer: re.Pattern  # a page footer with a telephone number (dropped where it repeats)
    footer_hints: tuple[str, ...]  # a telephone label as lower-cased text has it: without one, no such footer
    starters: re.Pattern
    dangling: re.Pattern  # a last word after which the line's sentence goes on
    name_pairs: frozenset  # two capitalised words in a row of an agency's name ('Government', 'Inspectorate')
    abbreviation_end: re.Pattern  # a last word whose period ends no sentence ('No.')
    page_markers: re.Pattern
    standalone: re.Pattern  # a whole line that ends its paragraph (a dateline)
    page_lines: re.Pattern  # a page marker or a page's number on a line of its own: a page break
    wrapped_dash: re.Pattern  # (folded) a name's 'X - Y' split by a wrap before its dash
    ocr_words: dict[str, str]
    ocr_word: re.Pattern  # any key of ``ocr_words`` as a word
    stacked_header: re.Pattern  # the first header cell of a table written one cell per line ('STT')
    fax_line: re.Pattern  # the line a fax machine prints atop each page
    post_header: re.Pattern  # an X post's header lines (name, handle, '·', date)
    link_card: re.Pattern  # a shared link's card: the site's domain in capitals, the headline, its first words
    comments_start: re.Pattern  # where a Google Docs export lists its comments ('[a]Name: …')
    comment_anchor: re.Pattern  # a comment's mark in the text ('… 2026[c].')
    org_properties: dict[str, str]  # an org file's property names -> the labels a notice writes ('LEAD' -> 'Lead')
    record_keys: dict[str, str]  # a YAML export's keys -> the labels a notice writes ('owner' -> 'Lead')
    chat_prefix: re.Pattern  # the time and sender a chat export writes before each message
    wire_take_break: re.Pattern  # a wire copy's '(MORE)' … 'xxx' between two takes of one story
    message_part: re.Pattern  # the counter opening each part of a message sent in parts ('(2/6) ')
    tracked_change: re.Pattern  # a Word copy's '[Deleted: …]' (group 'deleted') or '[Inserted: …]' ('inserted')
    comment_mark: re.Pattern  # a comment's anchor glued to a word ('[A1]') or a line of the comments list
    balloon: re.Pattern  # the label opening a balloon of Word's 'All Markup' print ('Commented [JS1]:', 'Đã xóa:')
    subtitle_cue: re.Pattern  # a subtitle file's cue number and time line
    webvtt_markup: re.Pattern  # a WebVTT file's header, note and style blocks, cue tags
    social_comments: re.Pattern  # 'Thích   Bình luận   Chia sẻ' under a post and the comments after it
    agency_line: re.Pattern  # a line that opens with an agency's head word ('Cục …', 'Ministry of …')


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    table = load_table("normalization.json")
    related = r"(?:" + "|".join(map(re.escape, table["related_headings"])) + r")"
    return _Rules(
        glyphs={ord(k): v for k, v in table["glyph_fixes"].items()},
        glyph_faults=re.compile("[" + "".join(map(re.escape, table["glyph_fixes"])) + "]"
                                if table["glyph_fixes"] else "(?!)"),
        homoglyphs={ord(k): v for k, v in table["homoglyphs"].items()},
        ocr_words=table["ocr_words"],
        ocr_word=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, table["ocr_words"])) + r")(?!\w)"),
        boilerplate=re.compile("|".join(f"(?:{p})" for p in table["boilerplate_lines"]),
                               re.IGNORECASE),
        footer=re.compile("|".join(f"(?:{p})" for p in table["footer_lines"]), re.IGNORECASE),
        related_heading=re.compile(related + r"\s*:?", re.IGNORECASE),
        related_link=re.compile(related + r"[ \t]*:[ \t]*\S.*", re.IGNORECASE),
        footer_hints=tuple(label.lower() + sep for label in table["footer_labels"] for sep in (":", " :", ".")),
        starters=re.compile("|".join(f"(?:{p})" for p in table["paragraph_starters"]),
                            re.IGNORECASE),
        abbreviation_end=re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, table["non_final_abbreviations"]))
                                    + r")[ \t]*\Z"),
        dangling=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, table["dangling_words"])) + r")[ \t]*\Z",
                            re.IGNORECASE),
        name_pairs=_name_pairs(load_table("agencies.json")),
        agency_line=re.compile(r"[ \t]*(?:" + "|".join(
            head for language in ("vi", "en") for head in load_table("task_patterns.json")[language]["agency_heads"])
            + r")(?!\w)"),
        page_markers=re.compile("|".join(f"(?:{p})" for p in table["page_marker_lines"]) + r"\Z",
                                re.IGNORECASE),
        standalone=re.compile("|".join(f"(?:{p})" for p in table["standalone_lines"]) + r"\Z", re.IGNORECASE),
        page_lines=re.compile("|".join(f"(?:{p})" for p in table["page_marker_lines"] + table["page_number_lines"])
                              + r"\Z", re.IGNORECASE),
        wrapped_dash=re.compile(r"(?<!\w)(?:" + "|".join(
            rf"{re.escape(fold(left))}[ \t]*\n[ \t]*[-–][ \t]+{re.escape(fold(right))}"
            for left, right in table["wrapped_dash_compounds"]) + r")(?!\w)(?![ \t]+hoa(?!\w))"),  # folded, lower case
        fax_line=re.compile(table["fax_transmission_line"]),
        post_header=re.compile(table["social_post_header"]),
        link_card=re.compile(table["link_card"]),
        comments_start=re.compile(table["document_comments"]["list_start"]),
        comment_anchor=re.compile(table["document_comments"]["anchor"]),
        org_properties=table["org_properties"],
        record_keys=table["record_keys"],
        chat_prefix=re.compile("|".join(f"(?:{p})" for p in table["chat_message_prefixes"]), re.MULTILINE),
        wire_take_break=re.compile("|".join(f"(?:{p})" for p in table["wire_take_breaks"])),
        message_part=re.compile("|".join(f"(?:{p})" for p in table["message_part_counters"]), re.MULTILINE),
        tracked_change=re.compile(
            r"\[(?:(?P<deleted>" + "|".join(map(re.escape, table["tracked_changes"]["deleted_labels"])) + r")|"
            r"(?P<inserted>" + "|".join(map(re.escape, table["tracked_changes"]["inserted_labels"])) + r")):[ \t]*"
            r"(?P<body>[^\[\]]{0,2000})\]"),
        subtitle_cue=re.compile(table["subtitle_cues"]),
        webvtt_markup=re.compile(table["webvtt_markup"]),
        comment_mark=re.compile(f"{table['tracked_changes']['comment_line']}|{table['tracked_changes']['comment_anchor']}"),
        balloon=re.compile(r"(?:" + "|".join(map(re.escape, sorted(table["tracked_changes"]["balloon_labels"], key=len,
                                                                   reverse=True)))
                           + r")(?:[ \t]*\[(?:[A-Z]{1,4}\d{1,3}(?:R\d{1,3})?|\d{1,3})\])?(?::(?=[ \t]|$)|(?<=\])[ \t]*$)",
                           re.MULTILINE),
        social_comments=re.compile(table["social_action_bar"] + r"[\s\S]*\Z", re.MULTILINE | re.IGNORECASE),
        # opening with the line break before it lets the regex engine skip to line starts
        stacked_header=re.compile(r"\n[ \t]*(?:" + "|".join(map(re.escape, table["stacked_table_number_headers"]))
                                  + r")[ \t]*$", re.MULTILINE | re.IGNORECASE),
    )


_COMBINING = re.compile(r".[\u0300-\u036f]+", re.DOTALL)
_SUPERSCRIPT_DIGIT = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
# not a unit's power ('m²', 'km²', 'm³')
_FOOTNOTE_MARK = re.compile(r"(?<=\S)(?<!\bm)(?<![kcdm]m)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
_LEFT_MARK = re.compile(r"[^\W\d_][\u0300-\u036f]+")
_ANY_MARK = re.compile(r"[\u0300-\u036f]")


def _without_repeated_marks(match: re.Match) -> str:
    """A letter with the combining marks it already carries dropped ('ạ' + dot below is 'ạ')."""
    letter, marks = match.group()[0], match.group()[1:]
    held = unicodedata.normalize("NFD", letter)
    kept = "".join(mark for mark in marks if mark not in held)
    return unicodedata.normalize("NFC", letter + kept)


_LINE_END = re.compile(r"\r\n?|\u2028|\u2029|\x0b")  # \x0b: Word's manual line break
# A page break is a line of its own until running headers and page numbers are dropped, then
# one line break, so a sentence going on over the page joins like any hard-wrapped line.
_PAGE_BREAK = re.compile(r"\f")
_PAGE_BREAK_RUN = re.compile(r"\n*\f[\f\n]*")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE_LIKE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u3000]")
_MIXED_SCRIPT_TOKEN = re.compile(r"\S*[A-Za-z0-9]\S*[\u0370-\u03ff\u0400-\u04ff]\S*"
                                 r"|\S*[\u0370-\u03ff\u0400-\u04ff]\S*[A-Za-z0-9]\S*")
_SEGMENT_UNDERSCORE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_TABLE_PIPE = re.compile(r"[ \t]*\|[ \t]*")
# A line of two tabs or more; with three cells written it is a row of a table copied
# from a spreadsheet or a web page, and its tabs become pipes (same length: offsets kept).
_TAB_LINE = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.MULTILINE)
_TAB_ROW_CELLS = 3
_SUB_HEADER_CHARS = 40  # the longest label a header's second row writes ('Cơ quan phối hợp')
_INNER_TAB = re.compile(r"(?<=[^\s:])[ \t]*\t[ \t]*(?=\S)")  # not after a label ('See also:\tDecree 1')
# A table line: cells between pipes, with or without pipes at its ends ('a | b | c', '| a | b |').
_PIPE_LINE = re.compile(r"^[^\n|]*\|[^\n|]*\|[^\n]*$", re.MULTILINE)  # two pipes or more
_RULE_CELL = re.compile(r"[ \t:=-]*")
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{2,}\+)+[ \t]*$", re.MULTILINE)
_LAYOUT_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
# A cell may start this many characters right of its column's start (a centred number).
_COLUMN_SLACK = 2
_TWO_SPACES = re.compile(r"(?<=\S)  (?=\S)")
# a day or a month with a letter OCR reads for a digit ('l5/12/2026', '3O/9/2026'), before a full year
_OCR_DATE_HINT = re.compile(r"[/.](?:(?<=[lIO][/.])\d|(?<=[lIO]\d[/.])\d|[lIO]\d?[/.]\d)")  # opens with the separator: fast
_OCR_DATE = re.compile(r"(?<![\w/])[\dlIO]{1,2}[/.][\dlIO]{1,2}(?=[/.](?:19|20)\d\d(?!\d))")
_DIGIT_LOOKALIKES = str.maketrans("lIO", "110")
_MARKDOWN_ESCAPE = re.compile(r"\\([_*#.()\[\]|+-])")
_UNDERSCORE_RULE = re.compile(r"_{3,}")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# the tags a Markdown or plain-text page writes around its text; others ('<2 ha', '<Ministry>') are text
_HTML_TAG = re.compile(r"</?(?:details|summary|aside|div|section|article|header|footer|main|figure|figcaption|p|span|"
                       r"b|i|u|em|strong|small|mark|sup|sub|font|center|blockquote|a|abbr|cite|q)(?:\s[^<>\n]{0,300})?\s*/?>",
                       re.IGNORECASE)
_EMPHASIS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|^#{1,6}[ \t]+", re.MULTILINE)
# Several patterns open with the character every match starts with and check what they
# need before it with a look-behind: ``re`` then skips ahead to that character instead
# of trying the pattern at every offset (same matches, a fraction of the time).
# A dash rule "[ \t]*-{4,}[ \t]*":
_DASH_RULE = re.compile(r"[ \t-](?:(?<=-)-{3,}|(?<=[ \t])[ \t]*-{4,})[ \t]*")
_BROKEN_NUMBER = re.compile(
    r"(?<=\d)([-/])[ \t]*\n[ \t]*(?=[A-ZĐ]{1,8}\b|[A-ZĐ]{1,8}[-/])"
    r"|(?<=[A-ZĐ])([-/])[ \t]*\n[ \t]*(?=[A-ZĐ]{1,8})"
    r"|(?<=\d)-?[ \t]*\n[ \t]*(?=/[A-ZĐ\d])")  # '02-' / '/2017/NĐ-CP': a wrap's hyphen inside the number
# Every match of _BROKEN_NUMBER has one of these ("[-/][ \t]*\n|\n[ \t]*/").
_BROKEN_NUMBER_HINT = re.compile(r"[-/\n](?:(?<=[-/])[ \t]*\n|(?<=\n)[ \t]*/)")
_GREEK_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_HSPACE_RUN = re.compile(r"  [ ]*")  # "[ ]{2,}"
# "^[ ]+|[ ]+$": spaces at the start or at the end of a line
_LINE_EDGE_SPACE = re.compile(r" (?:(?<=^ )|(?= *$)) *", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")
_NEWLINE = re.compile(r"\n")
# the marks an e-mail client puts before each quoted line, one per level ('> > '), and the space after
_QUOTE_PREFIX = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?", re.MULTILINE)
_QUOTED_LINES_MIN = 3  # fewer lines in a row opening with '>' are no quotation ('> 50% số hộ')


def _quoted_runs(text: str) -> list[list[int]]:
    """The runs of ``_QUOTED_LINES_MIN`` or more lines that open with '>' ('> > 1. The Ministry …'),
    each as its lines' starts; a line or two so opening ('> 50% số hộ') is text. Blank lines go on a
    run (a forum's quotation of several paragraphs)."""
    runs, run, pos = [], [], 0
    for line in text.split("\n"):
        if line.lstrip(" \t").startswith(">"):
            run.append(pos)
        elif line.strip():  # (a blank line goes on the run)
            runs += [run] if len(run) >= _QUOTED_LINES_MIN else []
            run = []
        pos += len(line) + 1
    runs += [run] if len(run) >= _QUOTED_LINES_MIN else []
    return runs


_REPEATED_SHARE = 0.8  # of a quotation's lines of some length: found in the text before it
_QUOTED_LINE_CHARS = 25  # a shorter line ('Trân trọng,') proves nothing


def _quote_edits(text: str, runs: list[list[int]]) -> list[tuple[int, int, str]]:
    """Edits that leave each quotation's text without its quote marks, or take out a quotation
    whose lines the text has already given (a reply in a thread quoting the message before it)."""
    edits = []
    for run in runs:
        marks = [_QUOTE_PREFIX.match(text, start) for start in run]
        lines = [" ".join(text[mark.end():_line_end(text, mark.end())].split()) for mark in marks]
        long_lines = [line for line in lines if len(line) >= _QUOTED_LINE_CHARS]
        if long_lines:
            before = " ".join(text[:run[0]].split())  # (a line wrapped elsewhere in the original still matches)
            if sum(line in before for line in long_lines) >= _REPEATED_SHARE * len(long_lines):
                edits.append((run[0], _line_end(text, run[-1]), ""))
                continue
        edits.extend((mark.start(), mark.end(), "") for mark in marks)
    return edits


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (its line break, or the text's end)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


# a line number in the margin: digits, then two spaces or a tab (a list item's number has its '.' or ')')
_LINE_NUMBER = re.compile(r"(?:^|(?<=\f))[ \t]{0,6}(\d{1,4})(?:[ \t]+|$)", re.MULTILINE)  # a page's first: after its form feed
_LINE_NUMBER_START = re.compile(r"^[ \t]*1[ \t]", re.MULTILINE)  # the first numbered line, near the top
_LINE_NUMBER_START_CHARS = 400
_LINE_NUMBERED_SHARE = 0.8  # of the lines with text
_LINE_NUMBER_SKIP = 3  # a number may follow the last one read this far on (a line lost to a page's footer)


def _margin_numbers(text: str) -> list[tuple[int, int, str]]:
    """The margin numbers of a text whose lines are numbered (a draft or a record copy sent for comment), as
    edits that take them out; none when most lines are not numbered one after another. A number that does
    not follow the one before (a line's own '2027 dry season', a count) stays; a page may start again at 1,
    and its form feed stays."""
    edits: list[tuple[int, int, str]] = []
    last, wide = 0, False
    for match in _LINE_NUMBER.finditer(text):
        number = int(match.group(1))
        if last < number <= last + _LINE_NUMBER_SKIP or (number == 1 and last > 0):
            edits.append((match.start(1), match.end(), ""))
            wide = wide or match.end() - match.end(1) >= 2 or "\t" in match.group()
            last = number
    lines = sum(1 for line in text.split("\n") if line.strip())
    # a margin sets some numbers apart by more than a space (a heading's, a short line's): a list numbered
    # '1 Sở …', '2 Sở …' has no such line
    return edits if wide and len(edits) >= 10 and len(edits) >= _LINE_NUMBERED_SHARE * lines else []


_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)] +\w")
_FIRST_PAGE_MARKER = re.compile(r"\b(?:trang|page)\s+0*1(?!\d)", re.IGNORECASE)
# what a line's last mark may stand before: a sentence or a clause ends there
_CLOSING_MARKS = "\"”’')]"
_SENTENCE_ENDS = frozenset(".!?…")
_CLAUSE_ENDS = frozenset(";:")
# dot leaders between a row's texts (minutes' 'nội dung ........ đơn vị thực hiện ........ thời hạn'), not a form's blank
_LEADER_END = "....."
_DOT_LEADER = re.compile(r"(?<=[^\s.])[ \t]*\.{5,}[ \t]*(?=[^\s.])")  # from a run's start only: no backtracking
# a field's line: a capitalised label of up to four words, a colon, its value
_LABELLED_LINE = re.compile(r"[^\W\d_](?<=[A-ZĐÀ-Ỹ])[^\s:.,;]*(?:[ \t][^\s:.,;]+){0,3}:[ \t]+\S")
# a label between rules: a slide's '--- Ghi chú diễn giả ---', '=== Speaker notes ===': a line of its own
_FRAMED_LABEL = re.compile(r"\s*(?:-{3,}|={3,}|\*{3,})[^-=*\n]{1,60}(?:-{3,}|={3,}|\*{3,})\s*\Z")
_MOTTO = re.compile(r"^(cộng hòa|cộng hoà|cong hoa|độc lập|doc lap|socialist republic|"
                    r"the socialist|independence\b)", re.IGNORECASE)


def _digits_for_lookalikes(match: re.Match) -> str:
    """A day and month with a digit among their letters read as digits ('l5/12' -> '15/12')."""
    date = match.group()
    return date.translate(_DIGIT_LOOKALIKES) if any(c.isdigit() for c in date) else date


_LINE_GAP = re.compile(r"(?<=\S)[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*\S)")  # the line breaks between two lines of text
_DOUBLE_SPACED_GAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*\n(?P<more>(?:[ \t]*\n)+)?(?=[ \t]*\S)")
_DOUBLE_SPACED_LINES = 12  # fewer gaps than this tell no spacing apart from paragraphs
_WRAPPED_LINE_CHARS, _WRAPPED_LINE_MIN_CHARS = 100, 40  # the width a wrapped line's median and 90th percentile keep


def _double_spaced(text: str) -> bool:
    """Whether every line is followed by a blank line, most by one (a copy printed double-spaced for
    comments): then a blank line is a line break, and two or more a paragraph's end."""
    # every gap holds a line break or more: past this many lines next to each other no count of gaps
    # lets them be 5 % (most texts stop at their third)
    adjacent_limit = 0.05 * text.count("\n")
    gaps, adjacent = [], 0
    for m in _LINE_GAP.finditer(text):
        gaps.append(m.group().count("\n"))
        adjacent += gaps[-1] == 1
        if adjacent > adjacent_limit:
            return False
    if len(gaps) < _DOUBLE_SPACED_LINES or adjacent > 0.05 * len(gaps) or \
            sum(gap == 2 for gap in gaps) < 0.5 * len(gaps):
        return False
    # its lines are wrapped at a width (many ending mid-sentence), where a web copy's are whole paragraphs
    # and a table's cells a line each are short
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    wrapped = sum(line[-1].islower() or line[-1] == "," for line in lines)
    lengths = sorted(map(len, lines))
    return wrapped >= 0.4 * len(lines) and lengths[len(lengths) // 2] >= _WRAPPED_LINE_MIN_CHARS and \
        lengths[len(lengths) * 9 // 10] <= _WRAPPED_LINE_CHARS


def normalize(text: str) -> MappedText:
    """Normalize source text; the result maps every character back to ``text``."""
    rules = _rules()
    doc = MappedText.of(text)
    if not unicodedata.is_normalized("NFC", text):
        doc = doc.sub(_COMBINING, lambda m: unicodedata.normalize("NFC", m.group(0)))
    if _ANY_MARK.search(doc.text):  # a mark typed twice ('mạ̣nh', 'thô̂ng'): NFC leaves the second
        doc = doc.sub(_LEFT_MARK, _without_repeated_marks)
    if rules.glyph_faults.search(doc.text):  # rare; translate asks the table for every character
        doc = doc.translate(rules.glyphs)
    # Each guard is a quick test for a character the pattern cannot match without:
    # most texts skip the slow scans (the result is the same).
    if _GREEK_CYRILLIC.search(doc.text):
        doc = doc.sub(_MIXED_SCRIPT_TOKEN, lambda m: m.group(0).translate(rules.homoglyphs))
    doc = doc.sub(_LINE_END, "\n").sub(_INVISIBLE, "")
    doc = doc.edit(encodings.viqr_edits(doc.text))  # Vietnamese in ASCII ('CO^.NG HO`A XA~ HO^.I')
    if "\n\n" in doc.text and _double_spaced(doc.text):  # a review copy with a blank line after every line
        doc = doc.sub(_DOUBLE_SPACED_GAP, lambda m: "\n\n" if m.group("more") else "\n")
    if mime.looks_like_mime(doc.text):  # an e-mail's source: its plain-text body decoded
        doc = doc.edit(mime.mime_edits(doc.text))
    if any(sign in doc.text for sign in markup.CRITIC_SIGNS):  # a review copy's tracked changes, accepted
        doc = doc.edit(markup.critic_edits(doc.text))
    if markup.looks_like_unified_diff(doc.text):  # a draft and the signed text compared ('@@ -14,9 +14,10 @@')
        doc = doc.edit(markup.unified_diff_edits(doc.text))
    if markup.looks_like_bbcode(doc.text):  # a forum post ('[b]…[/b]', '[list=1][*]…')
        doc = doc.edit(markup.bbcode_edits(doc.text))
    if markup.looks_like_latex(doc.text):  # a source file ('\\section*{…}', '\\begin{enumerate}[(a)]')
        doc = doc.edit(markup.latex_edits(doc.text))
    if markup.looks_like_icalendar(doc.text):  # a task tracker's calendar ('BEGIN:VTODO', 'SUMMARY:…', 'DUE:…')
        doc = doc.edit(markup.icalendar_edits(doc.text))
    if markup.looks_like_yaml(doc.text):  # a register's export ('action_points:', '- id: AP-01', 'owner: …')
        doc = doc.edit(markup.yaml_edits(doc.text, rules.record_keys))
    if markup.looks_like_org(doc.text):  # an org file ('#+TITLE: …', '** TODO …', ':LEAD: …')
        doc = doc.edit(markup.org_edits(doc.text, rules.org_properties))
    if markup.looks_like_mediawiki(doc.text):  # a wiki page's source ("'''Article 3.'''", '# …', '{|' tables)
        doc = doc.edit(markup.mediawiki_edits(doc.text))
    if markup.looks_like_rst(doc.text):  # pandoc's reStructuredText ('.. list-table::', '#. ' items, '.. ' comments)
        doc = doc.edit(markup.rst_edits(doc.text))
    if markup.looks_like_textile(doc.text):  # a Redmine or Confluence page ('h2. …', 'p. …', '||Lead||', '{note}')
        doc = doc.edit(markup.textile_edits(doc.text))
    if markup.looks_like_asciidoc(doc.text):  # an export ('== Article 2', '. The Government shall:')
        doc = doc.edit(markup.asciidoc_edits(doc.text))
    if " | " in doc.text:  # a web form that folded the line breaks into ' | ' ('NOTICE | Conclusions of … | I. …')
        doc = doc.edit(_folded_line_breaks(doc.text))
    if '"\t' in doc.text or '\t"' in doc.text or '",' in doc.text and ',"' in doc.text:  # a spreadsheet's export
        doc = _delimited_records(doc)
    if "\t" in doc.text:
        # a row of three cells or more is a table row; a tab inside a line of fewer sets columns apart
        doc = doc.sub(_TAB_LINE, _tab_row_as_pipes).sub(_INNER_TAB, COLUMN_GAP)
    doc = doc.sub(_SPACE_LIKE, " ")
    if any(sender in doc.text for sender in _FAX_SENDER):  # a fax's transmission line ('… FROM:… TO:… P.001/003')
        doc = doc.sub(rules.fax_line, "")
    if "\n·\n" in doc.text:  # a thread copied from X: each post's header, a line each
        doc = doc.sub(rules.post_header, "")
    if any(domain in doc.text for domain in _LINK_CARD_HINTS):  # a social post's card of a link it shares
        doc = doc.sub(rules.link_card, "")
    if "]" in doc.text or " - " in doc.text:
        # a chat export ('[12/01/2027 09:16] Văn phòng: …', '24/11/2026, 09:15 - Văn phòng: …'): the messages
        # without their headers
        doc = _without_message_prefixes(doc, rules.chat_prefix)
    if ("(1/" in doc.text or "[1/" in doc.text) and \
            (parts := _message_parts(doc.text, rules.message_part)):  # an SMS sent in parts ('(1/6) …')
        doc = doc.edit(parts)
    if "&" in doc.text and ";" in doc.text:  # a scraped page's entities left as written ('&nbsp;', '&quot;')
        doc = doc.sub(_HTML_ENTITY, _html_entity)
    if (balloons := _balloon_edits(doc.text, rules.balloon)):  # Word's 'All Markup' print: its balloons out,
        doc = doc.edit(balloons).sub(rules.comment_mark, "")  # and their anchors in the text ('… monthly.[NT2]')
    if "[" in doc.text and (tracked := list(rules.tracked_change.finditer(doc.text))):  # Word's track changes
        doc = _accepted_changes(doc, tracked).sub(rules.comment_mark, "")
    if "[a]" in doc.text and (listed := rules.comments_start.search(doc.text)):  # a Google Docs export's comments
        doc = doc.edit([(listed.start(), len(doc.text), "")]).sub(rules.comment_anchor, "")
    if doc.text.startswith(("WEBVTT", "\ufeffWEBVTT")):
        doc = doc.sub(rules.webvtt_markup, "")
    if "-->" in doc.text:  # a subtitle file: its cues' text as one text
        doc = doc.sub(rules.subtitle_cue, "")
    if "(MORE)" in doc.text or "(more)" in doc.text or "(More)" in doc.text:  # a wire story sent in takes
        doc = doc.sub(rules.wire_take_break, " ")
    if "hia sẻ" in doc.text or "hare" in doc.text:  # a post's action bar ('Chia sẻ', 'Share'): the comments out
        doc = doc.sub(rules.social_comments, "")
    if ">" in doc.text and (quoted := _quoted_runs(doc.text)):  # an e-mail's quoted lines: their text
        doc = doc.edit(_quote_edits(doc.text, quoted))
    if _LINE_NUMBER_START.search(doc.text, 0, _LINE_NUMBER_START_CHARS) and \
            (numbers := _margin_numbers(doc.text)):  # a review copy's margin numbers
        doc = doc.edit(numbers)
    if any(word in doc.text for word in rules.ocr_words):  # a few str.find: the regex would try every offset
        doc = doc.sub(rules.ocr_word, lambda m: rules.ocr_words[m.group()])
    if _OCR_DATE_HINT.search(doc.text):  # a letter read for a digit in a date ('trước ngày l5/12/2026')
        doc = doc.sub(_OCR_DATE, _digits_for_lookalikes)
    if "\f" in doc.text:
        doc = doc.sub(_PAGE_BREAK, "\n\f\n")
    if _SUPERSCRIPT_DIGIT.search(doc.text):  # a footnote's mark after a word ('… năm 2024¹'): out of the sentence
        doc = doc.sub(_FOOTNOTE_MARK, "")
    if "\\" in doc.text:  # a Markdown copy escapes what it would read as markup ('\\_\\_\\_', '1\\.')
        doc = doc.sub(_MARKDOWN_ESCAPE, lambda m: m.group(1))
    if "___" in doc.text:  # a rule of underscores under a header line
        doc = doc.sub(_UNDERSCORE_RULE, " ")
    if "_" in doc.text and len(_SEGMENT_UNDERSCORE.findall(doc.text)) >= 5:
        doc = doc.sub(_SEGMENT_UNDERSCORE, " ")
    if "*" in doc.text or "#" in doc.text:
        doc = doc.sub(_EMPHASIS, "")
    if "<" in doc.text:
        doc = doc.sub(_HTML_BREAK, _html_break)
        if "</" in doc.text and (tags := doc.sub(_HTML_TAG, "")) is not doc:
            # a Markdown page's own HTML ('<details>', '<summary>…</summary>', '<aside>'): its text; the entities
            # left are the page's (HTML escaped twice: '&amp;nbsp;' read once is '&nbsp;')
            doc = tags.sub(_HTML_ENTITY, _html_entity) if "&" in tags.text else tags
    if _BOX_DRAWING.search(doc.text):  # a table drawn with box characters ('┌──┬──┐', '│'): as an ASCII grid
        doc = doc.translate(_BOX_AS_ASCII)
    if "-+" in doc.text or "=+" in doc.text:  # an ASCII grid's borders ('+-----+-----+'): its rows' rules
        doc = doc.sub(_GRID_BORDER, lambda m: m.group().replace("+", "|"))
    if "--" in doc.text or "==  ==" in doc.text:  # a plain-text table under a rule of dash segments, one per
        doc = _table_rows(doc, _ruled_rows(doc.text))  # column (pandoc's), or of '=' (reStructuredText's)
    if "   " in doc.text:
        doc = _table_rows(doc, _layout_rows(doc.text, rules.page_lines))
    doc = _table_rows(doc, _stacked_rows(doc.text, rules.stacked_header))
    if "|" in doc.text:
        doc = _table_rows(doc, _pipe_rows(doc.text)).sub(_TABLE_PIPE, COLUMN_GAP)
    if "----" in doc.text:
        doc = doc.sub(_DASH_RULE, COLUMN_GAP)
    if "  " in doc.text:
        doc = doc.sub(_HSPACE_RUN, _shrink_space)
    if _has_edge_space(doc.text):
        doc = _set_apart_indented_lines(doc)
        doc = doc.sub(_LINE_EDGE_SPACE, "")
    doc = _drop_boilerplate(doc, rules, _running_footers(doc.text, rules))
    if "\f" in doc.text:
        doc = doc.sub(_PAGE_BREAK_RUN, "\n")
    if _BROKEN_NUMBER_HINT.search(doc.text):
        doc = doc.sub(_BROKEN_NUMBER, lambda m: m.group(1) or m.group(2) or "")
    if "-\n" in doc.text:
        doc = doc.sub(_WRAPPED_HYPHEN, _join_hyphenated)
    doc = _unwrap(doc, rules)
    if _LEADER_END in doc.text:  # a list's dot leaders between its columns ('1. … ........ Sở Xây dựng ........ 30/9/2026')
        doc = doc.sub(_DOT_LEADER, COLUMN_GAP)
    if "\n\n\n" in doc.text:
        doc = doc.sub(_BLANK_RUN, "\n\n")
    return doc.strip_newlines()


# Box-drawing characters one for one as the ASCII grid a text table draws: '|' down, '-' or '=' across, '+' where
# lines meet
_BOX_DRAWING = re.compile("[\u2500-\u257f]")
_BOX_AS_ASCII = {
    **{ord(c): "|" for c in "│┃║╎╏┆┇┊┋"}, **{ord(c): "-" for c in "─━╌╍┄┅┈┉"}, **{ord(c): "=" for c in "═"},
    **{code: "+" for code in range(0x250C, 0x254C)}, **{code: "+" for code in range(0x2552, 0x256D)},
}
# a named or numbered character reference: what a scraped page's copy leaves of an HTML entity
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,30}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _html_entity(match: re.Match) -> str:
    """The character an entity stands for (a space for '&nbsp;'); an unknown name stays as written."""
    char = html.unescape(match.group())
    return " " if char == "\xa0" else char


# what a fax's transmission line holds, looked for with str.find (fast); the rule itself ignores case
_FAX_SENDER = ("FROM:", "FROM :", "From:", "From :", "from:", "from :")


def _folded_line_breaks(text: str) -> list[tuple[int, int, str]]:
    """Edits that put back the line breaks a web form folded into ' | ': in a line of a thousand characters or
    more with ten such separators or more that is no table row (a row opens with its pipe)."""
    edits: list[tuple[int, int, str]] = []
    for start, line in _lines_with_offsets(text):
        if len(line) >= _FOLDED_LINE_CHARS and not line.lstrip().startswith("|") and \
                line.count(" | ") >= _FOLDED_LINE_BREAKS:
            edits += [(start + m.start(), start + m.end(), "\n") for m in _FOLDED_BREAK.finditer(line)]
    return edits


_FOLDED_LINE_CHARS = 1000
_FOLDED_LINE_BREAKS = 10
_FOLDED_BREAK = re.compile(r" \| ")


def _without_message_prefixes(doc: MappedText, prefix: re.Pattern) -> MappedText:
    """A chat export's or a transcript's messages without the time and sender before each. A message
    that goes on with the sentence the same sender's last one left unfinished ('… Tập đoàn Điện lực
    Việt Nam phải', '[00:01:58] PV: hoàn thành …') joins it with a space. A quotation a sender opens
    with keeps the sender's last name part ('[00:02:45] [ÂM THANH - Phó Thủ tướng]: "…"' reads
    'Phó Thủ tướng: "…"'): who said it."""
    text = doc.text
    edits: list[tuple[int, int, str]] = []
    last_sender, last_end = None, -1
    for match in prefix.finditer(text):
        sender = match.group("sender") or match.group().split("] ", 1)[-1].rstrip(": \n").strip("[]")
        between = text[last_end:match.start()] if last_end >= 0 else ""
        line_end = last_end + len(between.rstrip())
        unfinished = last_end >= 0 and not between.strip() and text[line_end - 1] not in _MESSAGE_ENDS
        if unfinished and sender == last_sender and text[match.end():match.end() + 1].islower():
            edits.append((line_end, match.end(), " "))
        elif text.startswith(('"', "“"), match.end()):
            edits.append((match.start(), match.end(), sender.rsplit(" - ", 1)[-1] + ": "))
        else:
            edits.append((match.start(), match.end(), ""))
        # (a header on a line of its own, or a chat's own notice, ends with its line)
        last_end = match.end() - 1 if match.group().endswith("\n") else text.find("\n", match.end())
        last_sender = sender
        if last_end < 0:
            break
    return doc.edit(edits)


# what ends a message whose sentence the next message does not go on
_MESSAGE_ENDS = _SENTENCE_ENDS | _CLAUSE_ENDS | frozenset('"”)')


def _message_parts(text: str, counter: re.Pattern) -> list[tuple[int, int, str]]:
    """Edits that take out the counters of a message sent in parts ('(1/6) …' … '(6/6) …'), found at two
    line starts or more with one count; a part that goes on with the sentence the part before left
    unfinished ('… trình Chủ tịch' / '(3/6) trước ngày 16/11/2026; …') joins it with a space."""
    counters = [m for m in counter.finditer(text) if 0 < int(m.group("part")) <= int(m.group("parts"))]
    counts = Counter(m.group("parts") for m in counters).most_common(1)
    if not counts or counts[0][1] < 2:
        return []
    count = counts[0][0]
    edits = []
    for match in counters:
        if match.group("parts") != count:
            continue
        line_end = match.start()
        while line_end > 0 and text[line_end - 1].isspace():
            line_end -= 1
        unfinished = line_end > 0 and text[line_end - 1] not in _MESSAGE_ENDS and \
            text.count("\n", line_end, match.start()) == 1
        edits.append((line_end, match.end(), " ") if unfinished else (match.start(), match.end(), ""))
    return edits


def _html_break(match: re.Match) -> str:
    """An HTML line break left in a copied text: inside a table row (a cell of a Markdown table), a space
    where a wrapped line goes on in lower case ('| Trung tâm Khảo thí<br>chất lượng … |') and a '; '
    between a cell's items ('Issue a circular …<br>Put the system into operation'); else the line break
    it stands for."""
    text = match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    if not text[line_start:match.start()].lstrip().startswith("|"):
        return "\n"
    after = text[match.end():match.end() + 3].lstrip(" *_")
    return "; " if after[:1].isupper() and text[match.start() - 1:match.start()].islower() else " "


def page_breaks(text: str, markers: bool = True) -> list[int]:
    """Offsets in ``text`` where a page ends: form feeds (a PDF's pages, pdftotext) and,
    with ``markers``, the page-marker lines of text exports ("--- PAGE BREAK ---"),
    which normalization drops."""
    breaks = [m.start() for m in _PAGE_BREAK.finditer(text)]
    if not markers:
        return breaks
    page_markers = _rules().page_markers
    for pos, line in _lines_with_offsets(text):
        if "\f" not in line:
            marker = page_markers.match(_line_content(line))
            # "--- Page 1 ---" opens the first page: no break before it
            if marker and _FIRST_PAGE_MARKER.search(marker.group(0)) is None:
                breaks.append(pos)
    return sorted(breaks)


_LINE = re.compile(r"^[^\n]*(\n|$)", re.MULTILINE)
_LINK_BULLETS = "-–•*+»›"
_LINK_ARROWS = ("›", "»", "→")  # what a link's headline may end with
_RELATED_HEADING_CHARS = 30  # 'Bài viết liên quan:' and the like are short: longer lines are not tried
_HEADLINE_CHARS = 160  # a linked headline under such a heading is a line at most this long ...
_SENTENCE_STOPS = tuple(_SENTENCE_ENDS | _CLAUSE_ENDS)  # ... that does not end as a sentence or clause does


def _line_content(line: str) -> str:
    """A line without the white space and table pipes around it."""
    return line.strip().strip("|").strip()


def _has_edge_space(text: str) -> bool:
    """Whether some line starts or ends with a space (what _LINE_EDGE_SPACE removes)."""
    return text[:1] == " " or text[-1:] == " " or " \n" in text or "\n " in text


def _set_apart_indented_lines(doc: MappedText) -> MappedText:
    """A blank line after each line that is a paragraph of its own by its indent (see
    :func:`_one_line_paragraph`), told before the indents are stripped."""
    lines = doc.text.split("\n")
    margin, width = _margin(lines), _typical_width(lines)
    breaks, pos = set(), 0
    for current, following, after in zip(lines, lines[1:], [*lines[2:], ""]):
        pos += len(current)
        if _one_line_paragraph(current, following, margin, width) or _item_before_heading(current, following, after):
            breaks.add(pos)
        pos += 1
    if not breaks:
        return doc
    return doc.sub(_NEWLINE, lambda m: "\n\n" if m.start() in breaks else "\n")


def _indent(line: str) -> int:
    """How many spaces open ``line``."""
    return len(line) - len(line.lstrip(" "))


def _margin(lines: list[str]) -> int:
    """The indent of most lines (the least of equals): the text's left margin, where a wrapped line
    starts."""
    counts = Counter(_indent(line) for line in lines if line.strip())
    return min(counts, key=lambda indent: (-counts[indent], indent)) if counts else 0


def _one_line_paragraph(current: str, following: str, margin: int, width: int) -> bool:
    """A numbered heading indented past the margin as the next line is: both open their
    paragraphs (a PDF's bold ' 6. Chủ tịch Ủy ban nhân dân các xã, phường' then ' Chịu trách
    nhiệm …'), as a line of a wrapped paragraph starts at the margin. A hanging indent ('1. Sở X …'
    then '   Sở Y …', '   Ban Z …') fills its lines, which such a heading does not; a header's
    centred lines carry no number."""
    indent = _indent(current)
    return (indent > margin and _indent(following) == indent
            and following[indent:indent + 1].isupper() and len(current.rstrip()) < 0.85 * width
            and _NUMBERED_HEADING.match(current, indent) is not None)


def _item_before_heading(current: str, following: str, after: str) -> bool:
    """An item indented under a heading ('   – Xây dựng lộ trình …'), then a short line further left with no
    stop (the next heading, 'Trung tâm Quản lý giao thông') whose own items follow: the item ends there. A
    line of the item wrapped to the left ('     - Phối hợp với … Tổng công ty Đông' / 'Bắc ký kết …') goes
    on to its stop."""
    indent, heading = _indent(current), following.strip()
    return (current[indent:indent + 1] in _ITEM_MARKS and _indent(following) < indent and heading != ""
            and not heading[:1].islower() and heading[-1] not in ".;:!?…," and len(heading.split()) <= 12
            and _indent(after) >= indent and after[_indent(after):_indent(after) + 1] in _ITEM_MARKS)


_ITEM_MARKS = frozenset("-–—•●▪◦*+➢➤►")


def _shrink_space(match: re.Match) -> str:
    return COLUMN_GAP if len(match.group(0)) >= 4 else " "


@dataclass
class _Row:
    """One row of a table as written over one or more lines: the text from ``start`` to ``end``
    (its lines), and the pieces of each column, line by line."""

    start: int
    end: int
    columns: list[list[tuple[int, int]]]


def _table_rows(doc: MappedText, rows: list[_Row]) -> MappedText:
    """Each row made one line of cells between pipes, each cell whole (the pieces of its column
    joined by a space, 'Trung tâm Khuyến' + 'nông Quốc gia') and never empty: an empty cell reads
    EMPTY_CELL, so the cells after it keep their column (not in a row of one cell written, a
    heading spanning the table: '| II. NHÓM |  |  |'). Each character keeps its source offset;
    a pipe, a joining space or an EMPTY_CELL takes the offset just past the text before it, so a
    span of the new text ends where its last character ends in the source."""
    if not rows:
        return doc
    text = doc.text
    spans, pieces, pos = _SpanBuilder(doc.spans), [], 0
    for row in rows:
        spans.keep(pos, row.start)
        pieces.append(text[pos:row.start])
        spanning = sum(map(bool, row.columns)) < 2
        after = row.start  # what is written in between maps to the end of the text before it
        for written in row.columns:
            spans.insert(1, after)
            pieces.append("|")
            for number, (start, end) in enumerate(written):
                if number:
                    spans.insert(1, after)
                    pieces.append(" ")
                spans.keep(start, end)
                pieces.append(text[start:end])
                after = end
            if not written and not spanning:
                spans.insert(len(EMPTY_CELL), after)
                pieces.append(EMPTY_CELL)
        spans.insert(1, after)
        pieces.append("|")
        pos = row.end
    spans.keep(pos, len(text) + 1)
    pieces.append(text[pos:])
    return MappedText("".join(pieces), spans.spans())


# A spreadsheet's export (CSV, or tab-separated from Excel): a cell that holds a line break, a quote or the
# delimiter is quoted, its quotes doubled. A record of such cells runs over several lines.
_QUOTED_CELL = r'"(?:[^"]|"")*"'
_DELIMITED_RECORD = {
    "\t": re.compile(rf'^(?:{_QUOTED_CELL}|[^\t\n"]*)(?:\t(?:{_QUOTED_CELL}|[^\t\n"]*)){{2,}}$', re.MULTILINE),
    ",": re.compile(rf'^(?:{_QUOTED_CELL}|[^,\n"]*)(?:,(?:{_QUOTED_CELL}|[^,\n"]*)){{2,}}$', re.MULTILINE),
}
# a record's pieces: a quoted cell, an unquoted one, a delimiter (an empty cell is two delimiters in a row)
_RECORD_PIECE = {delimiter: re.compile(rf'{_QUOTED_CELL}|[^{delimiter}\n"]+|{delimiter}') for delimiter in _DELIMITED_RECORD}
_CELL_INSIDE = re.compile(r'""|\n')
_CSV_HEADER = re.compile(r'[^,\n"]+(?:,[^,\n"]+){2,}\n')  # a header line of unquoted names ('Key,Summary,Owner,Due')


def _delimited_records(doc: MappedText) -> MappedText:
    """The records of a pasted spreadsheet export as one line each: a quoted cell without its quotes,
    its doubled quotes single, its line breaks spaces (:func:`_cell_line_break`); a CSV record's
    commas pipes, so its empty cells keep their columns (a tab record's tabs are read as table rows
    afterwards). A tab record is one with a quoted cell over several lines; CSV records are the lines
    :func:`_csv_records` finds: a sentence with commas is none."""
    text, edits = doc.text, []
    for delimiter, record in _DELIMITED_RECORD.items():
        if delimiter == ",":
            found = _with_csv_header(text, _csv_records(text, list(record.finditer(text))))
        else:
            found = [m for m in record.finditer(text) if m.group().count('"') >= 2]
        for match in found:
            if delimiter == "\t" and "\n" not in match.group():
                continue  # one line: the tab rows' own reading
            for piece in _RECORD_PIECE[delimiter].finditer(text, match.start(), match.end()):
                if piece.group() == delimiter:
                    if delimiter == ",":
                        edits.append((piece.start(), piece.end(), "|"))
                elif text[piece.start()] == '"':
                    edits.append((piece.start(), piece.start() + 1, ""))
                    line_break = _cell_line_break(text, piece.start() + 1, piece.end() - 1)
                    edits.extend((m.start(), m.end(), '"' if m.group() == '""' else line_break)
                                 for m in _CELL_INSIDE.finditer(text, piece.start() + 1, piece.end() - 1))
                    edits.append((piece.end() - 1, piece.end(), ""))
    edits.sort()
    # a line that reads as a record of both kinds gives its edits once
    return doc.edit([edit for index, edit in enumerate(edits) if not index or edit[0] >= edits[index - 1][1]])


def _cell_line_break(text: str, start: int, end: int) -> str:
    """What the line breaks of a quoted cell become: a semicolon in a cell whose every line names an
    agency ('Vụ Pháp chế' / 'Cục Quản lý Dược' / 'Bảo hiểm xã hội Việt Nam': a list, one a line);
    else a space (a phrase typed over two lines: 'cơ sở' / 'dữ liệu', 'Ủy ban Tiêu chuẩn Đo lường' /
    'Chất lượng quốc gia')."""
    lines = text[start:end].split("\n")
    listing = len(lines) > 1 and all(_rules().agency_line.match(line) for line in lines)
    return "; " if listing else " "


def _csv_records(text: str, lines: list[re.Match]) -> list[re.Match]:
    """The CSV records among ``lines`` (those of three cells or more): in a run of such lines one after
    another, two or more with two quoted cells each tell an export; its records are the lines with as
    many cells as most of those ('1,"Xây dựng, trình …",Cục X,,Quý II/2027', but also the run's title
    row 'BỘ Y TẾ,,,,,,,' and its rows without a quoted cell). A lone line of quoted phrases and commas
    is prose."""
    runs: list[list[re.Match]] = []
    for line in lines:
        if runs and runs[-1][-1].end() + 1 == line.start():
            runs[-1].append(line)
        else:
            runs.append([line])
    records = []
    for run in runs:
        widths = [_delimiters(text, line, ",") for line in run]
        quoted = [width for line, width in zip(run, widths) if line.group().count('"') >= 4]
        if len(quoted) >= 2:
            width, count = Counter(quoted).most_common(1)[0]
            records += [line for line, w in zip(run, widths) if w == width] if count >= 2 else []
    return records


def _with_csv_header(text: str, records: list[re.Match]) -> list:
    """CSV records with the header line of unquoted names right before the first of a run of them,
    when it has as many cells ('Key,Summary,Description,Owner,Due' over records whose cells are quoted)."""
    out: list = []
    for index, record in enumerate(records):
        if not index or records[index - 1].end() + 1 != record.start():
            line_start = text.rfind("\n", 0, max(0, record.start() - 1)) + 1
            header = _CSV_HEADER.fullmatch(text, line_start, record.start())
            if header is not None and header.group().count(",") == _delimiters(text, record, ","):
                out.append(header)
        out.append(record)
    return out


def _delimiters(text: str, record: re.Match, delimiter: str) -> int:
    return sum(piece.group() == delimiter for piece in _RECORD_PIECE[delimiter].finditer(text, record.start(), record.end()))


def _accepted_changes(doc: MappedText, tracked: list[re.Match]) -> MappedText:
    """The text as its tracked changes would be accepted: a deleted span out, an inserted span's
    text kept without its label and brackets (so its characters keep their own offsets)."""
    edits = []
    for change in tracked:
        if change.group("deleted"):
            edits.append((change.start(), change.end(), ""))
        else:
            edits += [(change.start(), change.start("body"), ""), (change.end("body"), change.end(), "")]
    return doc.edit(edits)


_LINK_CARD_HINTS = (".VN\n", ".COM\n", ".NET\n", ".ORG\n", ".INFO\n")  # (str.find: the regex would try every line)
_BALLOON_COLUMN = 30  # the least column a balloon beside the text opens at (the text's lines run on to ~80)


def _balloon_edits(text: str, balloon: re.Pattern) -> list[tuple[int, int, str]]:
    """Edits that take out the balloons Word's 'All Markup' view prints with the text: a balloon
    beside the text ('… tháng 6         Đã xóa: năm 2027') from its column to the end of each line
    its text goes on in that column; a balloon on lines of its own ('    Commented [JS1]: …', with
    its more indented replies) down to the blank line after it."""
    labels = list(balloon.finditer(text))
    if not labels:
        return []
    lines = _lines_with_offsets(text)
    offsets = [start for start, _ in lines]
    opened: dict[int, int] = {}  # line index -> the column a balloon's label opens at
    for label in labels:
        index = bisect.bisect_right(offsets, label.start()) - 1
        column = label.start() - offsets[index]
        before = lines[index][1][:column]
        if not before.strip() or column >= _BALLOON_COLUMN and before.endswith("   "):
            opened.setdefault(index, column)
    edits: list[tuple[int, int, str]] = []
    done = -1  # the last line index a balloon took
    for index, column in sorted(opened.items()):
        if index <= done:
            continue
        if column < _BALLOON_COLUMN:
            last = index
            while last + 1 < len(lines) and lines[last + 1][1].strip() and \
                    len(lines[last + 1][1]) - len(lines[last + 1][1].lstrip()) >= column:
                last += 1
            edits.append((offsets[index], min(len(text), offsets[last] + len(lines[last][1]) + 1), ""))
            done = last
            continue
        at: Optional[int] = column
        while at is not None:
            start, line = lines[index]
            edits.append((start + len(line[:at].rstrip()), start + len(line), ""))
            done, index = index, index + 1
            at = _balloon_goes_on(lines[index][1], column) if index < len(lines) else None
    return edits


def _balloon_goes_on(line: str, column: int) -> Optional[int]:
    """Where ``line`` holds the next line of a balloon printed at ``column`` (its text starts
    there, give or take two characters, after two spaces or nothing), else None."""
    written = len(line) - len(line[max(0, column - 2):].lstrip())
    if written > column + 2 or written >= len(line) or written and line[written - 2:written] != "  ":
        return None
    return written


def _tab_row_as_pipes(match: re.Match) -> str:
    """A line of three written cells or more as a pipe row; also a header's second row, which writes
    two short labels under the cell it splits ('\t\tChủ trì\tPhối hợp\t' under 'Đơn vị thực hiện\t')."""
    line = match.group(0)
    cells = line.split("\t")
    written = _written_cells(cells)
    if len(written) < _TAB_ROW_CELLS and not (
            len(written) == 2 and not cells[0].strip() and max(map(len, written)) <= _SUB_HEADER_CHARS
            and _under_full_tab_row(match.string, match.start(), len(cells))):
        return line
    return line.replace("\t", "|")


def _under_full_tab_row(text: str, start: int, cells: int) -> bool:
    """The line above ``start`` has ``cells`` tab-separated cells, three of them written or more."""
    if start == 0:
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1].split("\t")
    return len(above) == cells and len(_written_cells(above)) >= _TAB_ROW_CELLS


def _written_cells(cells: list[str]) -> list[str]:
    return [cell for cell in cells if cell.strip()]


def _pipe_rows(text: str) -> list[_Row]:
    """The rows of the pipe tables of three columns or more that span lines ('| 2 | Xây dựng hệ
    thống đo | Vụ KHCN |' + '|   | đạc và MRV |   |') or have an empty cell. Rules ('|---|---|')
    and empty lines make no row. A column no row of its table writes in (a spacer between a
    header's two halves: 'No. 09/CT-TTg | | Hanoi, April 1, 2019 |') is left out, not filled."""
    rows: list[list[list[tuple[int, int]]]] = []
    bounds: list[list[int]] = []
    tables: list[int] = []  # the table of each row: consecutive table lines, rules included, a blank line apart
    previous_end = last_line_end = -2
    for match in _PIPE_LINE.finditer(text):
        cells = _pipe_cells(text, match.start(), match.end())
        written = _cell_written(text, *cells)
        # (a blank line between rows, as a page's table converted to text writes them, is in the table)
        table = (tables[-1] if tables else 0) + (
            last_line_end < 0 or text.count("\n", last_line_end, match.start()) > 2
            or not text[last_line_end:match.start()].isspace())
        last_line_end = match.end()
        if len(cells) < 3 or not any(written) or all(_RULE_CELL.fullmatch(text, a, b) for a, b in cells):
            previous_end = -2  # a row does not go on over a rule
            continue
        if (match.start() == previous_end + 1 and len(cells) == len(rows[-1][0])
                and _continues_row(text, cells, written)):
            rows[-1].append(cells)
            bounds[-1][1] = match.end()
        else:
            rows.append([cells])
            bounds.append([match.start(), match.end()])
            tables.append(table)
        previous_end = match.end()
    columns = [[[span for line in lines if (span := _stripped(text, *line[index]))[0] < span[1]]
                for index in range(len(lines[0]))] for lines in rows]
    used: dict[tuple[int, int], set[int]] = {}  # (table, cells a row has) -> columns written in
    for table, row in zip(tables, columns):
        used.setdefault((table, len(row)), set()).update(i for i, pieces in enumerate(row) if pieces)
    out = []
    for lines, (start, end), table, row in zip(rows, bounds, tables, columns):
        kept = [pieces for i, pieces in enumerate(row) if i in used[table, len(row)]]
        if len(lines) > 1 or not all(kept):
            out.append(_Row(start, end, kept))
    return out


def _layout_rows(text: str, page_lines: re.Pattern) -> list[_Row]:
    """The rows of the tables laid out in columns of spaces (pdftotext -layout) whose cells wrap
    over lines or are empty. A table opens with a line of three cells or more (3+ spaces apart)
    and goes on while each line's cells fall in its columns without crossing into the next;
    a line with nothing in the first column goes on the row above. A table needs a second
    line of three cells or more that starts where the first does. Over a page break it goes on
    past the page's number and running header (``page_lines``; a head line that opens two pages
    or more) when the next page's first line continues the row above ('to provide AI learning
    equipment' under '11    Mobilise enterprises …')."""
    rows: list[_Row] = []
    lines = _lines_with_offsets(text)
    running = _running_heads(lines)
    index = 0
    while index < len(lines):
        start, line = lines[index]
        cells = _layout_cells(line)
        index += 1
        if len(cells) < 3:
            continue
        columns = [a for a, _ in cells]
        header_start, header_line = start, line
        table = [_Row(start, start + len(line), [[(start + a, start + b)] for a, b in cells])]
        aligned = blank_before = pushed = False
        while index < len(lines):
            start, line = lines[index]
            if page_lines.match(line.strip()) and _before_break(lines, index + 1):
                index += 1  # the page's number before its break: the break decides
                continue
            if "\f" in line:
                following = _continued_after_break(lines, index, running, columns)
                if following is None:
                    break  # the rows of the next page are not joined across it (a new table, a header again)
                index, blank_before = following, False  # the break decided: its blank lines do not
                continue
            if not line.strip():
                index += 1
                blank_before = True
                continue
            line_cells = _layout_cells(line)
            if len(table) == 1 and len(line_cells) > len(columns) and _refines(line_cells, columns) and \
                    all(len(column) <= 1 for column in table[0].columns):
                # the first line was a header of one line with two columns two spaces apart ('No.  Task'):
                # the first row sets the columns, and the header splits at them
                columns = [a for a, _ in line_cells]
                header = _place_cells(_split_at_columns(header_line, _layout_cells(header_line), columns), columns)
                table[0] = _Row(header_start, header_start + len(header_line), _pieces(header_start, header or []))
                if not table[0].columns:
                    break
            placed = _place_cells(_split_at_columns(line, line_cells, columns), columns)
            pushed_row = placed is None and "|" not in line and \
                (placed := _pushed_cells(line_cells, columns)) is not None
            pushed = pushed or pushed_row
            if placed is None:
                break
            pieces = _pieces(start, placed)
            if blank_before and not pieces[0]:
                break  # after a blank line, a line off the first column is no wrapped cell ('NGHỊ QUYẾT' under the header)
            blank_before = False
            index += 1
            if pieces[0]:
                aligned = aligned or not pushed_row and sum(map(bool, pieces)) >= 3 and placed[0][0] == columns[0]
                table.append(_Row(start, start + len(line), pieces))
            else:
                row = table[-1]
                row.end = start + len(line)
                for column, piece in zip(row.columns, pieces):
                    column.extend(piece)
        if aligned and (pushed or any(not all(len(column) == 1 for column in row.columns) for row in table)):
            rows.extend(table)  # the whole table, so that its lines all split into cells alike
    return rows


def _running_heads(lines: list[tuple[int, str]]) -> frozenset:
    """The first lines of pages ('Plan No. 1247/KH-BGDDT    UNOFFICIAL TRANSLATION' after a form
    feed) that open two pages or more: a running header."""
    heads: Counter = Counter()
    for index, (_, line) in enumerate(lines):
        if "\f" in line:
            head = _first_content(lines, index)
            if head is not None:
                heads[_page_line_content(lines[head][1])] += 1
    return frozenset(head for head, count in heads.items() if count > 1)


def _page_line_content(line: str) -> str:
    """:func:`_line_content` of a line that may open its page with a form feed."""
    return _line_content(line.replace("\f", ""))


def _first_content(lines: list[tuple[int, str]], index: int) -> int | None:
    """Index of the first line with text from ``lines[index]`` on (its form feed aside)."""
    while index < len(lines) and not lines[index][1].replace("\f", "").strip():
        index += 1
    return index if index < len(lines) else None


def _before_break(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether only blank lines stand between ``lines[index]`` and a page break or the end."""
    following = _first_content(lines, index)
    return following is None or "\f" in lines[following][1] or \
        any("\f" in line for _, line in lines[index:following])


def _continued_after_break(lines: list[tuple[int, str]], index: int, running: frozenset,
                           columns: list[int]) -> int | None:
    """Index of the first line of the next page (``lines[index]`` holds the form feed) when it goes
    on the row above: past a running header and blank lines, it has nothing in the first column
    and its cells fall in ``columns``; else None."""
    index = _first_content(lines, index)
    if index is not None and _page_line_content(lines[index][1]) in running:
        index = _first_content(lines, index + 1)
    if index is None or "\f" in lines[index][1]:
        return None
    line = lines[index][1]
    placed = _place_cells(_split_at_columns(line, _layout_cells(line), columns), columns)
    return index if placed and placed[0] == (0, 0) else None


def _ruled_rows(text: str) -> list[_Row]:
    """The header and rows of the tables whose rule of dash segments gives their columns ('TT   Nhiệm vụ
    …' over '--   ----------   ---'; pandoc's plain tables, where a cell may stand three spaces or less
    from the next; reStructuredText's simple tables, ruled '===  ===='): each line cut where a segment
    starts, down to a blank line or the closing rule."""
    rows: list[_Row] = []
    lines = _lines_with_offsets(text)
    for index, (start, line) in enumerate(lines):
        if "--" not in line and "==" not in line or not _SEGMENTED_RULE.fullmatch(line):
            continue
        starts = [m.start() for m in _DASH_SEGMENT.finditer(line)]
        if len(starts) < 3:
            continue  # a rule under a header's two halves, no table
        table = [lines[index - 1]] if index and lines[index - 1][1].strip() else []  # the header it underlines
        for row_start, row in lines[index + 1:]:
            if not row.strip() or _SEGMENTED_RULE.fullmatch(row):
                break
            table.append((row_start, row))
        if _RULE_CUT_ROWS * sum(_cuts_a_word(row, starts) for _, row in table) > len(table) or \
                (rows and table and rows[-1].end >= table[0][0]):
            continue  # the segments are not the rows' columns (a cell may fill its column up to the next)
        rows.extend(_ruled_row(row_start, row, starts) for row_start, row in table)
    return [row for row in rows if sum(map(bool, row.columns)) >= 2]


def _cuts_a_word(line: str, starts: list[int]) -> bool:
    """Whether a column start falls inside a word or a cell of ``line`` (no space before it)."""
    return any(0 < start < len(line) and not line[start - 1].isspace() and not line[start].isspace()
               for start in starts[1:])


def _ruled_row(start: int, line: str, starts: list[int]) -> _Row:
    columns = []
    for a, b in zip(starts, [*starts[1:], max(len(line), starts[-1])]):
        piece = line[a:b]
        left = a + len(piece) - len(piece.lstrip())
        right = a + len(piece.rstrip())
        columns.append([(start + left, start + right)] if right > left else [])
    return _Row(start, start + len(line), columns)


_SEGMENTED_RULE = re.compile(r"[ \t]*(?:-{2,}|={2,})(?:[ \t]+(?:-{2,}|={2,}))+[ \t]*")  # '--  ---', '===  ===='
_DASH_SEGMENT = re.compile(r"-{2,}|={2,}")
_RULE_CUT_ROWS = 4  # a row in four at most may have a cell that runs into the next column's start


def _stacked_rows(text: str, header_start: re.Pattern) -> list[_Row]:
    """The rows of the tables written one cell per line (a Word table as docx2txt or a copy from a
    web page prints it: 'STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', … each a paragraph). The
    header runs from a row-number heading ('STT', 'No.') to the line before the first row number;
    a row is a number and the cells of the other columns, a group row a Roman numeral and its
    title. A table stops at the first line that does not fit (a row number out of its place or
    out of sequence: a cell of two paragraphs or an empty cell), so nothing is read misaligned."""
    # (the pattern opens with a line break: a line before the text's first finds a header there too)
    header_ends = [found.end() - 1 for found in header_start.finditer("\n" + text)]
    if not header_ends:
        return []
    rows: list[_Row] = []
    lines = [(start + len(line) - len(line.lstrip()), start + len(line.rstrip()))
             for start, line in _lines_with_offsets(text)]
    cells = [(a, b) for a, b in lines if a < b]
    line_of = {cell: index for index, cell in enumerate(lines) if cell[0] < cell[1]}
    last_number = 0  # the last row number of the table before: one after a page break goes on from it
    for header_end in header_ends:
        first = next((i for i, (a, b) in enumerate(cells) if a <= header_end <= b), None)
        if first is None or (rows and cells[first][0] < rows[-1].end):
            continue
        width = next((n for n in range(1, min(_STACKED_MAX_COLUMNS, len(cells) - first - 1) + 1)
                      if _STACKED_LABEL.fullmatch(text, *cells[first + n])), 0)
        if width < 3 or any(b - a > _STACKED_HEADER_CHARS for a, b in cells[first:first + width]):
            continue
        table = [_Row(cells[first][0], cells[first + width - 1][1], [[cell] for cell in cells[first:first + width]])]
        heading = text[cells[first][0]:cells[first][1]]  # 'STT': no cell of a row
        # a header without blank lines between its cells: a blank line in a row is an empty cell
        dense = line_of[cells[first + width - 1]] - line_of[cells[first]] == width - 1
        index, number = first + width, 0
        if last_number and index < len(cells) and _cell_label(text, cells[index]) == str(last_number + 1):
            number = last_number  # its header repeated on the next page
        first_number = number
        while index < len(cells):
            label = _cell_label(text, cells[index])
            blanks = _stacked_blank_cells(text, lines, line_of[cells[index]], width, number + 2) \
                if dense and label.isdigit() and int(label) == number + 1 else None
            if blanks is not None:  # a web copy writes an empty cell as an empty line
                row, number = blanks, number + 1
                table.append(_Row(row[0][0], row[-1][1], [[cell] if cell[0] < cell[1] else [] for cell in row]))
                index += sum(cell[0] < cell[1] for cell in row)
                continue
            if label.isdigit() and int(label) == number + 1 and index + width <= len(cells) and \
                    not any(_STACKED_NUMBER.fullmatch(text, *cell) or text[cell[0]:cell[1]] == heading
                            for cell in cells[index + 1:index + width]):  # (a page's number, then the header again)
                row = cells[index:index + width]
                number += 1
            elif _STACKED_GROUP.fullmatch(label) and index + 1 < len(cells):
                row = cells[index:index + 2]
            else:
                break
            table.append(_Row(row[0][0], row[-1][1], [[cell] for cell in row] + [[]] * (width - len(row))))
            index += len(row)
        if number - first_number >= 2 or first_number and number > first_number:
            rows.extend(table)
            last_number = number
    return rows


def _cell_label(text: str, cell: tuple[int, int]) -> str:
    """A cell's text as a row label ('3.' -> '3')."""
    return text[cell[0]:cell[1]].rstrip(".")


def _stacked_blank_cells(text: str, lines: list[tuple[int, int]], at: int, width: int, next_number: int):
    """The row of a table written one cell per line that opens at line ``at`` when some of its cells
    are empty lines: its ``width`` lines (empty ones as empty spans), when they hold an empty one, end
    with a cell, and no other number than the next row's follows them; else None."""
    row = lines[at:at + width]
    if len(row) < width or all(a < b for a, b in row[1:]) or row[-1][0] == row[-1][1]:
        return None
    after = next(((a, b) for a, b in itertools.islice(lines, at + width, None) if a < b), None)  # no copy a row
    if after is not None and _cell_label(text, after) != str(next_number) and \
            _STACKED_NUMBER.fullmatch(text, *after):
        return None  # a number, but not the next row's: the cells are not where the lines say
    return row  # the next row's number follows, or the table ends


# A table written one cell per line: the row numbers and group numerals that open its rows, how many
# columns it may have and how long a header cell may be.
_STACKED_NUMBER = re.compile(r"\d{1,3}\.?")
_STACKED_GROUP = re.compile(r"[IVX]{1,5}|[A-Z]")
_STACKED_LABEL = re.compile(rf"{_STACKED_NUMBER.pattern}|(?:{_STACKED_GROUP.pattern})\.?")
_STACKED_MAX_COLUMNS = 9
_STACKED_HEADER_CHARS = 40


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _layout_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of a line set 3 spaces or more apart."""
    return [m.span() for m in _LAYOUT_CELL.finditer(line)] if "   " in line else []


def _pieces(start: int, placed: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Each column's piece of the line at ``start`` as text offsets ([] for an empty column)."""
    return [[(start + a, start + b)] if (a, b) != (0, 0) else [] for a, b in placed]


def _refines(cells: list[tuple[int, int]], columns: list[int]) -> bool:
    """Every column starts where one of ``cells`` does: the cells set the same columns and more."""
    starts = [a for a, _ in cells]
    return all(any(abs(a - column) <= _COLUMN_SLACK for a in starts) for column in columns)


def _split_at_columns(line: str, cells: list[tuple[int, int]], columns: list[int]) -> list[tuple[int, int]]:
    """``cells`` with a cell that runs into the next column split where two spaces end at that
    column's start ('Committee of Bac  and Environment'): pdftotext sets close columns two
    spaces apart, which in prose are two words."""
    out = []
    for start, end in cells:
        for gap in _TWO_SPACES.finditer(line, start, end):
            if any(abs(gap.end() - column) <= _COLUMN_SLACK for column in columns if column > start + _COLUMN_SLACK):
                out.append((start, gap.start()))
                start = gap.end()
        out.append((start, end))
    return out


def _pushed_cells(cells: list[tuple[int, int]], columns: list[int]) -> list[tuple[int, int]] | None:
    """A typed table's row whose long cell pushed the next ones right ('3    Complete the site clearance …
    Ca Mau Provincial People's Committee   30/9/2026'): its cells in order when there are as many as
    columns and the first is in the first column (a drawn grid keeps its cells between its rules)."""
    return cells if len(cells) == len(columns) and cells[0][0] <= columns[0] + _COLUMN_SLACK else None


def _place_cells(cells: list[tuple[int, int]], columns: list[int]) -> list[tuple[int, int]] | None:
    """The cell of each column ((0, 0) for none), or None when a cell crosses into the next column,
    two fall in one, or the line has one cell only and it starts in the first column (prose)."""
    placed = [(0, 0)] * len(columns)
    if not cells or len(cells) == 1 and cells[0][0] <= columns[0] + _COLUMN_SLACK:
        return None
    for start, end in cells:
        column = bisect.bisect_right(columns, start + _COLUMN_SLACK) - 1
        if column < 0 or placed[column] != (0, 0):
            return None
        if column + 1 < len(columns) and end > columns[column + 1]:
            return None
        placed[column] = (start, end)
    return placed


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table line ``text[start:end]``: the runs between its
    pipes, and before the first and after the last unless only spaces are there."""
    cells, pos = [], start
    stop = text.find("|", pos, end)
    while stop >= 0:
        cells.append((pos, stop))
        pos = stop + 1
        stop = text.find("|", pos, end)
    cells.append((pos, end))
    if not text[cells[0][0]:cells[0][1]].strip():
        cells.pop(0)
    if not text[cells[-1][0]:cells[-1][1]].strip():
        cells.pop()
    return cells


def _continues_row(text: str, cells: list[tuple[int, int]], written: list[bool]) -> bool:
    """A continuation line: its first cell empty ('|    | phát thải thấp |'), or only its first
    cell written, going on in lower case ('| nguồn nhân lực |   |')."""
    if not written[0]:
        return True
    first = text[_stripped(text, *cells[0])[0]]
    return not any(written[1:]) and first.isalpha() and first.islower()


def _cell_written(text: str, *cells: tuple[int, int]) -> list[bool]:
    """For each cell, whether it holds more than spaces."""
    return [_stripped(text, a, b)[0] < b for a, b in cells]


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _running_footers(text: str, rules: _Rules) -> frozenset:
    """Page footers with an address and a telephone number that repeat in ``text`` (said once, such
    a line is a contact or a table row: content)."""
    low = text.lower()  # a few str.find: a case-insensitive regex search costs more than the rest of this step
    if not any(hint in low for hint in rules.footer_hints):
        return frozenset()
    counts = Counter(_line_content(line) for line in text.split("\n"))
    return frozenset(line for line, count in counts.items() if count > 1 and line and rules.footer.match(line))


def _drop_boilerplate(doc: MappedText, rules: _Rules, footers: frozenset = frozenset()) -> MappedText:
    """Boilerplate lines, running ``footers`` and the links right under a related-articles heading
    out: bulleted lines, and headlines (a line without a sentence's final stop), up to a blank line
    or a sentence, and a link the heading opens on its own line ('Read more: … ›'); a page marker
    line of a text export ('--- PAGE BREAK ---') or a page's number ('- 2 -') becomes a page break."""
    related = False  # in the list of links under a related-articles heading
    after_break = False  # no line with text since a page's number
    heads: list[str] = []  # the first line after each page's number

    def keep(match: re.Match) -> str:
        nonlocal related, after_break
        content = _line_content(match.group(0))
        if not content:
            related = False
            return match.group(0)
        if after_break:
            heads.append(content)
            after_break = False
        if related and (content[:1] in _LINK_BULLETS or
                        len(content) <= _HEADLINE_CHARS and not content.endswith(_SENTENCE_STOPS)):
            return ""
        related = len(content) <= _RELATED_HEADING_CHARS and rules.related_heading.fullmatch(content) is not None
        if related:
            return ""
        if ":" in content[:_RELATED_HEADING_CHARS] and (content.endswith(_LINK_ARROWS) or "http" in content) and \
                len(content) <= _RELATED_HEADING_CHARS + _HEADLINE_CHARS and rules.related_link.fullmatch(content):
            return ""  # 'READ MORE: Decree … halves e-visa fees ›', 'Read more: … (https://…)': a link, inline
        if rules.page_lines.match(content):
            # a post's counts, a line each ('5' / '63' / '151' / '11.8K'), are no page's number: dropped
            if _in_count_run(match):
                return ""
            after_break = True
            return "\f\n"
        return "" if content in footers or rules.boilerplate.match(content) else match.group(0)

    doc = doc.sub(_LINE, keep)
    if heads and (running := _running_heads_after_breaks(doc.text, heads)):
        doc = _drop_page_heads(doc, running)
    return doc


def _running_heads_after_breaks(text: str, heads: list[str]) -> frozenset:
    """The lines that follow a page's number and stand twice or more in ``text``: a running header
    ('Dự thảo lần 2 - Sở GD&ĐT chỉnh lý …' atop each page of a draft)."""
    counts = Counter(_line_content(line) for line in text.split("\n"))
    return frozenset(head for head in heads if counts[head] > 1)


def _drop_page_heads(doc: MappedText, running: frozenset) -> MappedText:
    """``running`` headers out where they open a page after a page break (on the first page, the
    header may give the document's number; a table's header row repeated on each page stays there:
    it heads the rows)."""
    opens_page = False

    def keep(match: re.Match) -> str:
        nonlocal opens_page
        line = match.group(0)
        if "\f" in line:
            opens_page = True
            return line
        content = _line_content(line)
        if not content:
            return line
        dropped = opens_page and content in running
        opens_page = False
        return "" if dropped else line

    return doc.sub(_LINE, keep)


_COUNT_LINE = re.compile(r"[ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]?[KkMN]?[ \t]*(?:\n|$)")  # '63', '11.8K'


def _in_count_run(line: re.Match) -> bool:
    """A line of bare numbers next to another: a social post's replies, reposts, likes and views."""
    text, start = line.string, line.start()
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    return bool(_COUNT_LINE.match(text, line.end()) and line.end() < len(text)) or \
        start > 0 and bool(_COUNT_LINE.fullmatch(text, before, start))


def _join_hyphenated(match: re.Match) -> str:
    """A word hyphenated over a line break ('infor-' / 'mation', 'People's Commit-' / 'tees') joined:
    without its hyphen, unless the text writes the two parts with a hyphen elsewhere too (a compound
    split at its own hyphen: 'centrally-' / 'run')."""
    text = match.string
    left = _WORD_BEFORE.search(text, max(0, match.start() - _LONGEST_WORD), match.start()).group(0)
    right = _WORD_AFTER.match(text, match.end()).group(0)
    return "-" if f"{left}-{right}" in text else ""


# a lower-case word broken over a line end by a hyphen (two letters each side: not a list's dash)
_WRAPPED_HYPHEN = re.compile(r"-(?<=[a-z]{2}-)[ \t]*\n[ \t]*(?=[a-z]{2})")
_WORD_BEFORE = re.compile(r"[A-Za-z]+\Z")
_WORD_AFTER = re.compile(r"[a-z]+")
_LONGEST_WORD = 64  # how far back the word before a hyphen is read (not from the text's start each time)


def _unwrap(doc: MappedText, rules: _Rules) -> MappedText:
    """Join hard-wrapped lines of one paragraph (newline becomes a space: same length)."""
    lines = doc.text.split("\n")
    width = _typical_width(lines)
    joins = []
    pos = 0
    paragraph = lines[0] if lines else ""
    for current, following in zip(lines, lines[1:]):
        pos += len(current)
        if _continues(current, following, rules, width, paragraph):
            joins.append(pos)
        else:
            paragraph = following
        pos += 1
    if not joins:
        return doc
    chars = list(doc.text)
    for index in joins:
        chars[index] = " "
    return MappedText("".join(chars), doc.spans)


def _typical_width(lines: list[str]) -> int:
    """The width of a full line: the 90th percentile of line lengths (a table's rows, one line each
    however long, are no measure of it)."""
    lengths = sorted(len(line) for line in lines if line.strip() and COLUMN_GAP not in line)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _dash_compound_wrapped(current: str, following: str, rules: _Rules) -> bool:
    """'… phối hợp với Phòng Văn hóa' then '- Xã hội vận động …' ('… phát triển kinh tế' then '- xã hội
    năm 2027 …'): the wrap fell before the dash of a name or a compound, and the line starts no list
    item. Both parts are written in the same case: 'Về văn hóa' then '- Xã hội hóa …' are a heading
    and its item."""
    item = following.lstrip()
    words = current.split()
    if item[:1] not in "-–" or len(words) < 2 or words[-2][:1].isupper() != item[1:].lstrip()[:1].isupper():
        return False
    return rules.wrapped_dash.search(f"{fold(current[-30:]).lower()}\n{fold(following[:40]).lower()}") is not None


def _name_pairs(agencies: dict) -> frozenset:
    """Each two capitalised words in a row of an agency's or a province's name: a line that ends on
    the first before a line that opens with the second wraps the name ('The Government' /
    'Inspectorate will …' in a narrow column), however short it is."""
    names = [name for row in agencies["agencies"]
             for name in [row["canonical_vi"], row["canonical_en"], *itertools.chain(*row.get("aliases", {}).values())]]
    names += [name for row in agencies["provinces"] for name in (row["name_vi"], row["name_en"])]
    names += [row[language] for row in agencies["provincial_bodies"] for language in ("vi", "en")]
    pairs = set()
    for name in names:
        words = name.split()
        pairs.update((left, right) for left, right in zip(words, words[1:])
                     if left[:1].isupper() and right[:1].isupper() and left.isalpha() and right[:1].isalpha())
    return frozenset(pairs)


def _wraps_name(current: str, following: str, rules: _Rules) -> bool:
    last, first = current.rsplit(None, 1)[-1], following.split(None, 1)[0]
    return (last, first.rstrip(",.;:")) in rules.name_pairs


def _continues(current: str, following: str, rules: _Rules, width: int,
               paragraph: str) -> bool:
    if not current.strip() or not following.strip():
        return False
    if COLUMN_GAP in current or COLUMN_GAP in following:
        return False
    if _LABELLED_LINE.match(following) and _LABELLED_LINE.match(current):
        return False  # a record's fields, a line each ('Lead: Sở Xây dựng' / 'Deadline: 30/6/2027')
    last = current.rstrip(_CLOSING_MARKS)[-1:]
    if current.endswith(_LEADER_END) and (_DOT_LEADER.search(current) or _DOT_LEADER.search(following)):
        return True  # a row's dot leader ends no sentence: the row goes on ('… ........ Sở X ........' / '30/9/2026')
    if last in _SENTENCE_ENDS and not rules.abbreviation_end.search(current) or \
            rules.starters.match(following) and not _dash_compound_wrapped(current, following, rules):
        return False
    if last in _CLAUSE_ENDS and not following[:1].islower():
        return False
    if _MOTTO.match(current) or _MOTTO.match(following) or rules.standalone.match(current) or \
            _FRAMED_LABEL.match(current) or _FRAMED_LABEL.match(following):
        return False
    # A short line before a capitalised one ends its paragraph (a headline, a
    # title); the wrapped subject block of a letter ("V/v …") is the exception.
    if (len(current) < 0.6 * width and following[:1].isupper()
            and not paragraph.lower().startswith("v/v") and not rules.dangling.search(current)
            and not _wraps_name(current, following, rules)):
        return False
    current_caps, following_caps = _is_caps(current), _is_caps(following)
    if current_caps != following_caps:
        return False
    return not current_caps or len(current) >= 40


def _is_caps(line: str) -> bool:
    if not line.isupper():  # cheap exit for most lines: a lower-case letter, or no cased one
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
