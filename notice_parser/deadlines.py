"""Deadlines: the time a notice gives for a task.

Finds deadline phrases ("trước ngày 20/7/2024", "trong quý II năm 2022",
"6 tháng đầu năm 2024", "Đến năm 2015", "trong vòng 30 ngày kể từ …",
"trước ngày 20 hằng tháng", "by the end of 2024", "in the second quarter
of 2022", "within 30 days") and normalizes each to ``end``, the last day
of the stated period, with its granularity (ANNOTATION.md, "Deadlines").

Two steps on a same-length folded copy of the text (diacritics stripped,
lower case, '_' as space), so every offset found there is an offset of the
text:

1. time expressions (a day, a month, a quarter, a half year, a year, a
   range of years, a count of days) are found by regexes;
2. the chain of cue words right before each one ("hoàn thành chậm nhất
   trước", "by the end of") decides whether it is a deadline. A date with
   no cue (a dateline, "Nghị quyết số 82/NQ-CP ngày 05/6/2024") is not one,
   except alone in a table cell; durations ("tạm dừng … đến hết tháng 6",
   "effective from"), horizons ("Quy hoạch … đến năm 2030") and
   start-of-period years ("from 2022") are rejected by their cues.

The vocabulary is data: ``models/deadline_patterns.json``. Dates are
computed with ``datetime`` and ``calendar``; no date-parsing library runs
here (``dateparser.search_dates`` reads "trước ngày 20 tháng 7 năm 2024"
as "20 months ago").
"""
from __future__ import annotations

import calendar
import functools
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Optional

from .guards import Guarded
from .resources import load_table
from .schema import Deadline, Span
from .textutil import fold_keep_length, phrase_alternation

_TABLE = load_table("deadline_patterns.json")

# --------------------------------------------------------------------------- folding

_DASHES = "\ufffe\u00ad‐‑‒–—−"


def _fold_char(char: str) -> str:
    if char == "\n":
        return char
    if char == "_" or char.isspace():
        return " "
    if char in _DASHES:
        return "-"
    if char == "∕":
        return "/"
    folded = fold_keep_length(char)
    return folded if len(folded) == 1 else char


class _FoldTable(dict):
    """``str.translate`` table of :func:`_folded`, filled on first sight of each character.

    Characters that stay as they are get an entry too: a character missing from
    a dict table costs ``str.translate`` a KeyError, and that made folding twice as slow.
    """

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(self) < 1 << 16:  # a text of random code points must not grow it without bound
            self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _folded(text: str) -> str:
    """Same-length copy of ``text``: lower case, no diacritics, '_' and tabs as spaces, dashes as '-'."""
    # textutil folds first: the task stage has folded this very text already (textutil keeps
    # the last one), and str.translate reads a folded, all-ASCII text many times faster.
    # Folding that copy gives the same: _fold_char(fold_keep_length(c)) == _fold_char(c) for
    # every character c folded to one character (tests/test_deadlines.py checks them all).
    folded = fold_keep_length(text)
    return (folded if len(folded) == len(text) else text).translate(_FOLD_TABLE)


_RANGE_DASH = re.compile(r"[ \t]*[-–][ \t]*")


def _phrase(words) -> str:
    """Regex alternation of folded phrases, spaces matching any white space."""
    return "(?:" + phrase_alternation({" ".join(_folded(w).split()) for w in words}) + ")"


def _keyed(table: dict) -> dict[str, object]:
    """Table keyed by folded phrase with single spaces."""
    return {" ".join(_folded(k).split()): v for k, v in table.items()}


# --------------------------------------------------------------------------- grammar

_YEAR = r"(?:19|20)\d\d"
# a full stop at a line's end closes a sentence: "trước ngày 25.\n2. Sở …" is no 25.2
_SEP = r"(?:\s*[/\-]\s*|[ \t]*\.[ \t]*)"
_ROMAN = r"(?:iv|i{1,3}|[1-4])"
_ROMAN_VALUE = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_LIST_JOIN = r"\s*(?:,|-|va|hoac|and|or)\s*"
_BRACKETED = r"\([^()\n]{1,40}\)"  # a short note in brackets after a date: '(đợt 1)'
# where a clause starts: text start, line start, sentence or clause punctuation, a list marker
_CLAUSE_START = re.compile(
    r"(?:\A|[\n.;:!?]|(?:\A|\n)\s*(?:[-+•*]|[a-zđ]\)|\d+[.)]|[ivx]+[.)]))\s*\Z")
# what follows a phrase that ends its clause or sentence
_ENDS_CLAUSE = re.compile(r"[ \t]*(?:[.;)\n]|\Z)")
_CELL_EDGE_BEFORE = re.compile(r"(?:\A|\n|\||\t| {2,})[ \t]*\Z")
_CELL_EDGE_AFTER = re.compile(r"[ \t]*[.;]?[ \t]*(?:\Z|\n|\||\t| {2,})")
_DOC_NUMBER_BEFORE = re.compile(r"\d[\w.\-]*/[\w.\-/]*\w\s*,?\s*(?:ngay|dated|of|signed|issued|ky|ban hanh)?\s*\Z")
_CELL_GAP = re.compile(r"[|\t]| {2,}")
# a past participle right before a time with no cue: the time tells when it was done, not by when
_DONE_BEFORE = re.compile(r"(?<!\w)(?:[a-z]+ed|made|held|given|taken|sent|set|done|seen|said)\s+\Z")
# a word after 'year-end' that makes it attributive: not a joint or a preposition ('… by year-end and report')
_ATTRIBUTIVE_AFTER = re.compile(r"[ \t]+(?!(?:and|or|to|for|in|at|with|of|so|as|if|when|while|the|this|its|their|on|"
                                r"by|under|from|after|before|within|next|then)\b)[a-z]")
_CLAUSE_PUNCTUATION = re.compile(r"[,.;:\n()]")
_TRIGGER_ROLES = {"before", "in", "within", "on", "from", "to", "deadline"}
# 'the first ten days of August', 'tuần đầu tháng 5': the opening days of a month, ending on its Nth
_FIRST_DAYS = {"first7": 7, "first10": 10, "first14": 14, "first15": 15}
# a dash before a time at a line's end (folded: an em or en dash reads as "-"); after a number or a month
# it joins a range ('2026 - 2030', '15/4 - 30/5/2026', 'Q1 - Q2 2027', 'January - March')
_DASH_BEFORE = re.compile(r"(?<!\d)\s-\s*$")
_LINE_END_AFTER = re.compile(r"[ \t.;]*(?:\n|$)")
_EDGE_ROLES = {"early", "middle", "end", *_FIRST_DAYS}
_CONTEXT = 100  # characters looked at before a time expression


@dataclass
class _Grammar:
    """Compiled patterns and lookup tables of one language."""

    scans: list[tuple[dict[int, "_Branch"], re.Pattern]]  # (branches by group index, regex)
    cue_roles: dict[str, str]
    false_friends: dict[str, set[str]]
    cue: re.Pattern
    occasion: re.Pattern  # a holiday named between a cue and its date
    chain: re.Pattern
    recurrence: dict[str, str]
    recurrence_after: re.Pattern
    recurrence_before: re.Pattern
    ongoing: re.Pattern  # a recurrence or a lasting activity ('phát bản tin hằng ngày', 'đợt cao điểm')
    recurrence_start: re.Pattern
    recurrence_fronted: re.Pattern
    list_joint: re.Pattern
    list_closer: re.Pattern  # a word that ends a list of numeric days ('trước ngày 15/6 và 15/12 để tổng hợp')
    opening_days_of: re.Pattern  # after a count of days, the month it opens ('10 ngày đầu tháng 8')
    counted_back_after: re.Pattern  # after a count of days, an event it counts back from ('03 ngày trước ngày tiêm')
    counted_back_before: re.Pattern  # before it, with the event between ('Trước ngày tiêm 03 ngày')
    anchor: re.Pattern
    period_end: re.Pattern  # 'the end of each quarter' after an anchor word
    period_ends: dict
    anchor_end: re.Pattern
    document_event: re.Pattern  # what in an anchor counts from the document ('ngày ký', 'the signing date')
    effect_statement: re.Pattern  # 'The Decree takes effect (on)', 'có hiệu lực thi hành (từ)': a date follows
    effect_anchor: re.Pattern  # an anchor counting from the document's effect ('from the effective date')
    document_noun: re.Pattern  # 'decree', 'nghị định': what a statement of effect may be about
    edge_not_after: re.Pattern  # a noun the edge of a period describes ('kế hoạch đầu năm 2025')
    forecast: re.Pattern  # a word that makes what follows in its clause a forecast ('dự kiến tăng mạnh đầu năm')
    duration_cue: re.Pattern
    duration_exception: re.Pattern
    deliverable: re.Pattern
    attributive_before: dict[str, re.Pattern]
    occasion_after: re.Pattern  # an occasion a day or range right before it names ('the April 30 - May 1 holiday')
    event_after: re.Pattern  # a verb of what happened then ('X on August 1 held a meeting'): the date of an event
    unit_before: re.Pattern
    numbers: dict[str, int]
    units: dict[str, str]
    halves: dict[str, int]
    weekdays: dict[str, int]
    weekday_end: re.Pattern  # a weekday ending where the search ends ('thứ Sáu' of 'thứ Sáu tuần này')
    weekday_last_words: frozenset  # the words weekdays end with ('tu' of 'thu tu'): a cue that may be one
    quarter_months: dict[str, int]
    following_month: re.Pattern  # after a day of the month, the month after ('by the 5th of the following month')
    following_quarter: re.Pattern  # after a day of the month, a month of the quarter after ('… of the following quarter')
    following_quarter_months: dict[str, int]
    days_ahead: dict[str, int]  # 'hôm nay', 'ngày mai', 'today', 'tomorrow': days after the document's date
    listed_day: re.Pattern  # a day listed after a deadline's first, its cue word left out ('… và 15/12'):
    # day, month and (a group the English form has not) year
    months: dict[str, int] = field(default_factory=dict)
    number_scans: frozenset = frozenset()  # scans whose branches all open with a number (_FIRST…)
    guards: dict = field(default_factory=dict)  # scan -> Guarded: what a text must hold for the scan to find any
    quarter_ordinals: dict[str, int] = field(default_factory=dict)
    # kinds that are deadlines without a cue ("the second quarter of 2022")
    cueless: frozenset = frozenset()
    # a month's name right before a dash: a range of months ('January - March 2027')
    month_before_dash: re.Pattern = re.compile(r"(?!)")
    # month names must be capitalized as written ("May", not the verb "may")
    capitalized_months: bool = False
    # an article between the cues and the expression ('in the first half of 2024')
    article: Optional[re.Pattern] = None
    # scan -> the words its every match holds (derived from the scan): a text without them is not scanned
    scan_words: dict = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.scan_words = {pattern: guarded for _, pattern in self.scans
                           if (guarded := Guarded(pattern.pattern, pattern.flags)).alternatives is not None}


def _common(data: dict) -> dict:
    """Patterns and tables built the same way for both languages."""
    cues = _keyed(data["cues"])
    recurrence = _keyed(data["recurrence"])
    cue = _phrase(cues)
    occasion = _phrase(data.get("occasions") or ["\x00"])
    return dict(
        cue_roles=cues,
        false_friends={k: {unicodedata.normalize("NFC", w.lower()) for w in v}
                       for k, v in _keyed(data["false_friends"]).items()},
        cue=re.compile(r"(?<!\w)" + cue + r"(?!\w)"),
        # an hour may follow a cue, and a weekday the date's: 'trước 17 giờ ngày 03/9/2025',
        # 'trước 17 giờ thứ Ba, ngày 13/10', 'no later than 8 p.m. on Tuesday (October 13)'
        occasion=re.compile(r"(?<!\w)" + occasion + r"(?!\w)"),
        chain=re.compile(r"(?<!\w)(?:" + cue + r"[\s,:\-]+(?:" + occasion
                         + r"[\s,:\-]+)?(?:(?:" + _folded(data["time_of_day"])
                         + r")[\s,:\-]+)?(?:" + _phrase(_keyed(data["weekdays"])) + r"[\s,(\-]+)?)+\Z"),
        recurrence=recurrence,
        recurrence_after=re.compile(r"\s*,?\s*(" + _phrase(recurrence) + r")(?!\w)"),
        recurrence_before=re.compile(r"(?<!\w)(" + _phrase(recurrence) + r")\s*,?\s*\Z"),
        ongoing=re.compile(r"(?<!\w)" + _phrase([*recurrence, *data.get("ongoing_cues", ())]) + r"(?!\w)"),
        recurrence_start=re.compile(r"\s*,?\s*" + _phrase(data["recurrence_start"]) + r"\s+"),
        # 'Every year from 2027, before …', 'Hằng năm, kể từ năm 2027, trước …': the start's date follows
        recurrence_fronted=re.compile(r"(?<!\w)(" + _phrase(recurrence) + r")\s*,?\s*(?:"
                                      + _phrase(data["recurrence_start"]) + r")\s+"),
        # a note in brackets after a date ('(đợt 1)'), then a comma or a joint word on the same line, where
        # a date can follow ('ngày 15', 'December')
        list_closer=re.compile(_phrase(data.get("list_closers") or ["\x00"]) + r"(?!\w)"),
        opening_days_of=re.compile(r"\s+" + _phrase(data.get("opening_days_of") or ["\x00"]) + r"(?!\w)"),
        counted_back_after=re.compile(r"\s+" + _phrase(data["counted_back"]) + r"(?!\w)"),
        counted_back_before=re.compile(r"(?<!\w)" + _phrase(data["counted_back"]) + r"\s+[^\W\d][^\d,;.:()\n]{0,40}\s\Z"),
        list_joint=re.compile(rf"(?:[ \t]*{_BRACKETED})?[ \t]*(?:,|(,?[ \t]*(?:" + _phrase(data["list_joints"])
                              + r")))[ \t]+(?=\d|" + _phrase([*data["list_item_starts"], *data.get("months", ())])
                              + r"(?!\w))"),
        anchor=re.compile(r"\s*,?\s*" + _phrase(data["relative_anchors"]) + r"(?!\w)"),
        period_end=re.compile(r"\s*" + _phrase(data["period_end_anchors"]) + r"(?=[ \t]*(?:[,.;:)\n]|\Z))"),
        period_ends=_keyed(data["period_end_anchors"]),
        anchor_end=re.compile(r"(?<!\w)" + _phrase(data["relative_anchor_ends"]) + r"(?!\w)"),
        document_event=re.compile(r"(?<!\w)" + _phrase(data["document_events"]) + r"(?!\w)"),
        effect_statement=re.compile(r"(?<!\w)" + _phrase(data["effect_statements"]) + r"(?!\w)"),
        effect_anchor=re.compile(r"(?<!\w)" + _phrase(data["effect_anchors"]) + r"(?!\w)"),
        document_noun=re.compile(r"(?<!\w)" + _phrase(data["document_nouns"]) + r"(?!\w)"),
        edge_not_after=re.compile(r"(?<!\w)" + _phrase(data["edge_not_after"]) + r"\s+\Z"),
        forecast=re.compile(r"(?<!\w)" + _phrase(data["forecast_cues"]) + r"(?!\w)"),
        duration_cue=re.compile(r"(?<!\w)" + _phrase(data["duration_cues"]) + r"(?!\w)"),
        duration_exception=re.compile(r"(?<!\w)" + _phrase(data["duration_cue_exceptions"]) + r"(?!\w)"),
        deliverable=re.compile(r"(?<!\w)" + _phrase(data["deliverables"]) + r"(?!\w)"),
        attributive_before={scope: re.compile(r"(?<!\w)" + _phrase(nouns) + r"\s+\Z")
                            for scope, nouns in data["attributive_nouns"].items()},
        occasion_after=re.compile(r"(?:\s*[-–]\s*[^\s,.;:]+(?:\s+\d{1,2}(?!\d))?)?\s+"
                                  + _phrase(data.get("named_occasions") or ["\x00"]) + r"(?!\w)"),
        event_after=re.compile(r"\s+" + _phrase(data.get("past_event_verbs") or ["\x00"]) + r"(?!\w)"),
        unit_before=re.compile(r"(?<!\w)" + _phrase(data["relative_units"]) + r"\Z"),
        numbers=_keyed(data["numbers"]),
        units=_keyed(data["relative_units"]),
        halves=_keyed(data["halves"]),
        weekdays=_keyed(data["weekdays"]),
        weekday_end=re.compile(r"(?<!\w)(?:" + _phrase(_keyed(data["weekdays"])) + r")\Z"),
        weekday_last_words=frozenset(key.split()[-1] for key in _keyed(data["weekdays"])),
        quarter_months=_keyed(data["quarter_months"]),
        following_month=re.compile(r"\s*,?\s*" + _phrase(data["following_month"]) + r"(?!\w)"),
        following_quarter=re.compile(r"\s*,?\s*(" + _phrase(data["following_quarter"]) + r")(?!\w)"),
        following_quarter_months=_keyed(data["following_quarter"]),
        days_ahead=_keyed(data["days_from_document"]),
        listed_day=re.compile(_folded(data["listed_day"])),
    )


def _recurring_days(data: dict) -> tuple[list, dict]:
    """Scans of the kinds that name a day only with a recurrence: a weekday ('every' before it
    in English) and an hour of the day (a number scan: see :func:`_number_matches`); and for
    each, the recurrence words without which a text holds none (the scan is skipped there)."""
    every = rf"(?:(?P<every>{_phrase(data['every'])})\s+)?" if data["every"] else ""
    weekday = _scan([("weekday", rf"{every}(?P<wd>{_phrase(_keyed(data['weekdays']))})(?!\w)")],
                    opens_with=[*data["every"], *data["weekdays"]] if every else ())
    hour = _scan([("hour", rf"(?={_FIRST})(?:{_folded(data['time_of_day'])})(?!\w)")])
    recurrence = _keyed(data["recurrence"])
    guards = {weekday[1]: [w for w, kind in recurrence.items() if kind == "weekly"] + list(data["every"]),
              hour[1]: [w for w, kind in recurrence.items() if kind == "daily"]}
    return [weekday, hour], {scan: Guarded(_phrase(words)) for scan, words in guards.items()}


# the first digit of a number: fails at once inside a number, a word or a code ('82/2024'), and on
# the minutes of an hour ('17:30 ngày 27/7' holds no count of 30 days)
_FIRST = r"\d(?<![\w/]\d)(?<!\d:\d)"
_FIRST_YEAR = r"(?:19|20)(?<![\w/]\d\d)\d\d"
_NUMBER_START = re.compile(_FIRST)  # where _FIRST and _FIRST_YEAR can match


def _lead(phrase: str) -> str:
    """A phrase as a pattern (folded, spaces matching any white space)."""
    return r"\s+".join(map(re.escape, _folded(phrase).split()))


@dataclass(frozen=True)
class _Branch:
    """One expression pattern of a scan: its kind and its groups (name -> group index)."""

    kind: str
    groups: dict[str, int]


def _scan(branches: list[tuple[str, str]], lead: str = "", opens_with=()) -> tuple[dict[int, _Branch], re.Pattern]:
    """One regex for several expression patterns after a common literal ``lead``.

    Branch ``i`` is group ``k<i>``, its groups ``k<i>_<name>``. Patterns start
    with a literal and leave the word boundary before it to :func:`_scan_match`:
    ``re`` scans fast for a leading literal, but tries a leading look-behind
    at every offset. It also skips ahead to the first letters of one pattern's
    alternation, but not of several branches or past an optional group ('every'
    before a weekday): there ``opens_with`` lists the phrases every match opens
    with, and a look-ahead for their first letters is tried first (en halves
    117 -> 51 µs a notice). The branches are keyed by the index of their group.
    """
    parts = [f"(?P<k{i}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<k{i}_\1>", pattern) + ")"
             for i, (_, pattern) in enumerate(branches)]
    first = "".join(sorted({_folded(phrase)[:1] for phrase in opens_with}))
    pattern = re.compile((f"(?=[{re.escape(first)}])" if first else "") + lead + "(?:" + "|".join(parts) + ")")
    index = pattern.groupindex
    return {index[f"k{i}"]: _Branch(kind, {name[len(f"k{i}_"):]: group for name, group in index.items()
                                           if name.startswith(f"k{i}_")})
            for i, (kind, _) in enumerate(branches)}, pattern


_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|these|those|its|their)\b")
_NOUN_PHRASE_CHARS = 30  # how far back the article of 'a pilot trading session' is looked for
_UNTIL = re.compile(r"\s+(?:until|till|through|den het|den|cho den|cho toi|toi khi)\b")
_YEAR_DIGITS = re.compile(r"\d{4}")
_RUN_UNTIL = re.compile(r"\s+(?:to|until|till|through|den het|den|toi)\s+|[ \t]*[-–][ \t]*")
_SPACE_RUN = re.compile(r"\s*")
_THIS_DOCUMENT = re.compile(r"\b(?:this|nay)\b[^.;\n]*\Z")  # 'Nghị định này', 'This Decree' before the statement
_SUBJECT_CHARS = 40


def _effective_scan(data: dict) -> tuple[tuple[dict[int, _Branch], re.Pattern], re.Pattern]:
    """'the effective date', 'the Decree takes effect', 'ngày Nghị định có hiệu lực': the day the
    document takes effect, a deadline after 'before' or 'no later than' (:meth:`_Scanner._effective_date`);
    and its guard, the words every such phrase holds (plain words: the engine skips to them)."""
    return _scan([("effective", _phrase(data["effective_dates"]) + r"(?!\w)")]), _words_guard(data["effective_date_words"])


def _event_scan(data: dict) -> tuple[tuple[dict[int, _Branch], re.Pattern], Guarded]:
    """'Tết Nguyên đán Đinh Mùi', 'the 2027 rainy season', 'vụ thu hoạch năm 2027': an event the text
    does not date, with the year that names it (a date in its name, 'kỳ họp cuối năm 2026', dates no
    task); and its guard, the words every event holds (the regex opens with no fixed letters)."""
    years = rf"{_FIRST_YEAR}(?:\s*[-/]\s*{_YEAR})?"
    events = "|".join(data["events"])
    year_after = rf"(?:\s*,?\s+(?:{_phrase(data['event_year_words'])}\s+)?{years})?"
    return _scan([("event", rf"(?:{years}\s+)?(?:{events}){year_after}(?!\w)")]), _words_guard(data["event_words"])


def _words_guard(words) -> Guarded:
    """A guard that holds when the folded text holds one of ``words`` as written (plain words: str.find)."""
    return Guarded("|".join(re.escape(_folded(word)) for word in words))


def _guarded_scans(data: dict) -> tuple[list, dict]:
    """The scans that run only in a text holding their words (the effective date, events), with those guards."""
    scans = [_effective_scan(data), _event_scan(data)]
    return [scan for scan, _ in scans], {scan[1]: guard for scan, guard in scans}


def _days_ahead(data: dict) -> tuple[dict[int, "_Branch"], re.Pattern]:
    """'ngày mai', 'hôm nay', 'tomorrow': a day counted from the document's date ('today's' names a thing)."""
    return _scan([("day", rf"(?P<ahead>{_phrase(data['days_from_document'])})(?!\w)(?!['’]s(?!\w))")])


def _relative(data: dict, number: str) -> str:
    working = _phrase(data["working"])
    return (rf"{number}\s+(?:(?P<work>{working})\s+)?(?P<unit>{_phrase(data['relative_units'])})"
            rf"(?:\s+(?P<work_after>{working}))?(?!\w)")


def _vietnamese() -> _Grammar:
    data = _TABLE["vi"]
    this = _phrase(data["this"])
    following = _phrase(data["next"])
    named_year = rf"\s*,?\s*nam\s+(?:(?P<next>{following})|(?P<cur>{this}))(?!\w)"  # 'năm sau', 'năm nay'
    year_tail = rf"(?:\s*(?:,?\s*nam|[/.\-])\s*(?P<y>{_YEAR})|{named_year})?(?!\d)"
    range_tail = rf"(?P<y>{_YEAR})\s*-\s*(?:nam\s+)?(?P<y2>{_YEAR})(?!\w)"
    half_tail = rf"(?:\s*(?P<y>{_YEAR})|\s+(?P<this>{this}))?(?!\w)"
    numbers = _scan([("day", rf"(?P<d>{_FIRST}\d?){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<y>{_YEAR})(?![\d/])"),
                     ("day", rf"(?P<y>{_FIRST_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),  # an export's '2026-12-31'
                     # 'trước 31/12': a day without its year or 'ngày', right after 'trước'
                     ("day", rf"(?<=truoc )(?P<d>{_FIRST}\d?)/(?P<m>\d{{1,2}})(?![\d/]|[.\-]\d)"),
                     ("range", rf"(?P<y>{_FIRST_YEAR})\s*-\s*(?:nam\s+)?(?P<y2>{_YEAR})(?!\w)"),
                     ("relative", _relative(data, rf"(?P<n>{_FIRST}\d{{0,2}})"))])
    scans = [
        _scan([("day", rf"\s*(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}})"
                       rf"(?:{_SEP}(?P<y>{_YEAR})|{named_year})?(?![\d/])"),
               ("day", rf"\s*(?P<d>\d{{1,2}})\s+thang\s*(?P<m>\d{{1,2}}){year_tail}"),
               ("day_of_month", rf"\s+(?P<d>\d{{1,2}})(?!\w)(?!{_SEP}\d|\s*thang\s*\d)")], lead="ngay"),
        # 'tháng 12/2026 - tháng 6/2027': the span ends with the second month
        _scan([("month", rf"\s*\d{{1,2}}[/.\-]{_YEAR}\s*[-–]\s*(?:thang\s*)?(?P<m>\d{{1,2}})[/.\-](?P<y>{_YEAR})(?![\d/])"),
               ("month", rf"\s*(?P<ms>\d{{1,2}}(?:{_LIST_JOIN}(?:thang\s*)?\d{{1,2}}"
                         rf"(?:(?![/.\-]?\d{{3}})|(?=[/.\-]{_YEAR}(?![\d/]|[.\-]\d))))*)"
                         rf"{year_tail}"),
               ("month", rf"\s+(?P<this>{this})(?!\w)"),
               ("month", rf"\s+(?P<next>{following})(?!\w)(?!\s+khi)"),
               ("month", rf"(?!\s*(?:\d|{this}|{following}))(?!\w)")], lead="thang"),
        _scan([("quarter", rf"\s*(?P<qs>{_ROMAN}(?:{_LIST_JOIN}(?:quy\s*)?{_ROMAN})*)(?!\w){year_tail}"),
               ("quarter", rf"\s+(?P<this>{this})(?!\w)"),
               ("quarter", rf"\s+(?P<next>{following})(?!\w)(?!\s+khi)"),
               # 'quý đầu năm 2027', 'quý cuối cùng của năm 2026': a quarter named by its place in the year
               ("quarter", rf"\s+(?P<qo>{_phrase(data['quarter_ordinals'])})(?:\s+cua)?\s+nam\s+(?P<y>{_YEAR})(?!\w)")],
              lead="quy"),
        # 'trong tuần này', 'tuần tới': the document's calendar week or the next ('tuần' alone is no period)
        _scan([("week", rf"\s+(?P<this>{this})(?!\w)"),
               ("week", rf"\s+(?P<next>{following})(?!\w)(?!\s+khi)")], lead="tuan"),
        _scan([("range", rf"\s*{range_tail}"),
               ("year", rf"\s*(?P<y>{_YEAR})(?!\w)"),
               ("year", rf"\s+(?P<this>{this})(?!\w)"),
               ("year", rf"\s+(?P<next>{following})(?!\w)"),
               ("year", rf"(?!\s*(?:\d|{this}|{following}))(?!\w)")], lead="nam"),
        numbers,
        _days_ahead(data),
        # a table's or a slide's short forms: 'Q1/2027' (quý I), 'T12/2026' (tháng 12)
        short_quarter := _scan([("quarter", rf"(?P<qs>[1-4])[/.\-](?P<y>{_YEAR})(?![\d/])")], lead="q"),
        short_month := _scan([("month", rf"(?P<ms>\d{{1,2}})[/.\-](?P<y>{_YEAR})(?![\d/])")], lead="t"),
    ]
    scans += [_scan([("range", rf"{_lead(head)}\s+(?:nam\s+)?{range_tail}")]) for head in data["range_heads"]]
    scans += [_scan([("half", rf"(?P<half>{_lead(half)}){half_tail}")]) for half in data["halves"]]
    scans += [_scan([("relative", _relative(data, rf"(?P<n>{_lead(word)})"))]) for word in data["numbers"]]
    recurring, guards = _recurring_days(data)
    worded, word_guards = _guarded_scans(data)
    return _Grammar(scans=[*scans, *recurring, *worded], number_scans=frozenset({numbers[1], recurring[1][1]}),
                    guards={**guards, **word_guards, short_month[1]: _SHORT_FORM, short_quarter[1]: _SHORT_FORM},
                    quarter_ordinals=_keyed(data["quarter_ordinals"]), **_common(data))


# 't' and 'q' open too many Vietnamese words: the short forms' scans run only where one is
_SHORT_FORM = Guarded(r"[tq]\d{1,2}[/.\-]\d{4}")


def _english() -> _Grammar:
    data = _TABLE["en"]
    months = _keyed(data["months"])
    month = _phrase(months)
    ordinals = _keyed(data["quarter_ordinals"])
    following = _phrase(data["next"])
    year = rf"(?:\s*[,/]?\s*(?:of\s+)?(?P<y>{_YEAR})(?!\w)|\s+(?:of\s+)?(?P<next>{following})\s+year(?!\w))?"
    suffix = r"(?:st|nd|rd|th)"
    heads = _phrase(data["range_heads"])
    numbers = _scan([("day", rf"(?P<y>{_FIRST_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
                     ("day", rf"(?P<d>{_FIRST}\d?){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<y>{_YEAR})(?![\d/])"),
                     # '20/12' in a translation: a day only as a deadline or recurring (:meth:`_accepted`)
                     ("day", rf"(?P<d>{_FIRST}\d?)/(?P<m>\d{{1,2}})(?P<numeric>)(?![\d/])"),
                     ("range", rf"(?P<y>{_FIRST_YEAR})\s*-\s*(?P<y2>{_YEAR})(?!\w)"),
                     ("year", rf"(?P<y>{_FIRST_YEAR})(?!\w)(?!\s*[-/]\s*\d)"),
                     ("day", rf"(?P<d>{_FIRST}\d?){suffix}?\s+(?:of\s+)?(?P<mon>{month})(?!\w)\.?{year}"),
                     ("day_of_month", rf"(?P<d>{_FIRST}\d?){suffix}(?!\w)(?:\s+day)?"),
                     ("relative", _relative(data, rf"(?P<n>{_FIRST}\d{{0,2}})"))])
    scans = [
        # 'July 20, 2024', 'July 2024', 'July'
        _scan([("month", rf"(?P<mon>{month})(?!\w)\.?(?:\s*[-–]\s*(?P<mon2>{month})(?!\w))?"
                         # the day on the month's line: 'November.\n2. …' ends a sentence before a list item
                         rf"(?:[ \t]*(?P<d>\d{{1,2}}){suffix}?(?!\w))?{year}"
                         # 'Dec 2026 - Jun 2027': the span ends with the second month
                         rf"(?:(?<=\d)\s*[-–]\s*(?P<mon3>{month})(?!\w)\.?\s*,?\s*(?P<y3>{_YEAR})(?!\w))?")]),
        _scan([("quarter", rf"(?P<qo>{_phrase(ordinals)})\s+quarter(?!\w)"
                           rf"(?:\s+of\s+(?:the\s+year|(?P<this>this)\s+year)|{year})")]),
        # 'the second half of July' is July's: a month (there is no half-month granularity)
        _scan([("month", rf"{_phrase(data['halves'])}\s+(?P<mon>{month})(?!\w)\.?{year}"),
               ("half", rf"(?P<half>{_phrase(data['halves'])})(?:\s+(?:the\s+year|(?P<this>this)\s+year)|{year})")],
              opens_with=data["halves"]),
        _scan([("relative", _relative(data, rf"(?P<n>{_phrase(data['numbers'])})"))]),
        _scan([("quarter", rf"(?P<qs>[1-4])(?!\w)(?:\s*[/\-,]?\s*(?P<y>{_YEAR})(?!\w))?")], lead="q"),
        _scan([("quarter", rf"\s+(?P<qs>{_ROMAN})(?!\w){year}")], lead="quarter"),
        _scan([("week", r"\s+(?P<this>week)(?!\w)"),
               ("month", r"\s+(?P<this>month)(?!\w)"),
               ("quarter", r"\s+(?P<this>quarter)(?!\w)"),
               ("year", r"\s+(?P<this>year)(?!\w)")], lead="this"),
        _scan([("week", r"(?P<next>)\s+week(?!\w)"),
               ("month", r"(?P<next>)\s+month(?!\w)"),
               ("quarter", r"(?P<next>)\s+quarter(?!\w)"),
               ("year", r"(?P<next>)\s+year(?!\w)")], lead="next"),
        _scan([("range", rf"\s+(?P<y>{_YEAR})\s*-\s*(?P<y2>{_YEAR})\s+{heads}(?!\w)"),
               ("month", r"\s+month(?!\w)"),
               ("year", r"\s+year(?!\w)(?!\s*-?\s*end)")], lead="the"),
        # the document's year-end, or a year's: 'by year-end 2026'
        _scan([("year", rf"(?P<yearend>)(?:\s*-\s*|\s+)end(?!\w)(?:\s+(?P<y>{_YEAR})(?!\w))?")], lead="year"),
        _scan([("range", rf"{heads}\s+(?:of\s+)?(?P<y>{_YEAR})\s*-\s*(?P<y2>{_YEAR})(?!\w)")]),
        numbers,
        _days_ahead(data),
    ]
    recurring, guards = _recurring_days(data)
    worded, word_guards = _guarded_scans(data)
    return _Grammar(scans=[*scans, *recurring, *worded], number_scans=frozenset({numbers[1], recurring[1][1]}),
                    guards={**guards, **word_guards}, months=months, quarter_ordinals=ordinals,
                    month_before_dash=re.compile(r"(?<!\w)(?:" + _phrase(months) + r")\s*-\s*\Z"),
                    cueless=frozenset({"quarter", "half", "week"}), capitalized_months=True,
                    article=re.compile(r"(?:the\s+)\Z"), **_common(data))


_GRAMMARS = {"vi": _vietnamese(), "en": _english()}


# --------------------------------------------------------------------------- expressions


@dataclass
class _Expr:
    """A time expression found in the folded text."""

    kind: str
    start: int
    end: int
    year: Optional[int] = None
    year_to: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    quarter: Optional[int] = None
    half: Optional[int] = None
    count: Optional[int] = None
    unit: Optional[str] = None
    working: bool = False
    this: bool = False
    weekday: Optional[int] = None
    every: bool = False  # 'every Friday': weekly
    following: bool = False  # 'năm sau', 'next month', 'quý tới': the period after the document's
    current: bool = False  # 'tháng 12 năm nay': in the document's year
    numeric: bool = False  # '20/12' without a year in an English text: a ratio ('2/3 of') reads alike
    year_end: bool = False  # 'year-end': the end of the document's year, an edge like 'the end of the year'
    days_ahead: Optional[int] = None  # 'ngày mai', 'tomorrow': the day that many days after the document's

    @property
    def names_a_day(self) -> bool:
        """A date, or a weekday of this or next week ('thứ Sáu tuần này')."""
        return self.kind == "day" or self.kind == "week" and self.weekday is not None

    @property
    def bare(self) -> bool:
        """'năm', 'the month': a period named without a number (needs an edge: 'cuối năm')."""
        return (not self.this and self.kind in ("month", "quarter", "year")
                and self.month is None and self.quarter is None and self.year is None)


def _expression(branch: _Branch, match: re.Match, grammar: _Grammar, text: str) -> Optional[_Expr]:
    """The expression of branch ``branch`` of a scan match, or None when its numbers are no date."""
    values = match.groups()  # one tuple instead of a dict of every group of every branch
    groups = {name: values[index - 1] for name, index in branch.groups.items() if values[index - 1] is not None}
    kind = branch.kind
    if kind == "month" and "d" in groups:
        kind = "day"  # 'July 20, 2024'
    year_end = "yearend" in groups
    expr = _Expr(kind, match.start(), match.end(), this="this" in groups or year_end, following="next" in groups,
                 current="cur" in groups, numeric="numeric" in groups, year_end=year_end)
    if "y" in groups:
        expr.year = int(groups["y"])
    if "y2" in groups:
        expr.year_to = int(groups["y2"])
        if not 0 < expr.year_to - expr.year <= 50:
            return None
    if "d" in groups:
        expr.day = int(groups["d"])
        if not 1 <= expr.day <= 31:
            return None
    if "y3" in groups:  # 'Dec 2026 - Jun 2027', 'December 20, 2026 - March 2027': the second month, whole
        expr.year, expr.day, expr.kind = int(groups["y3"]), None, "month"
    for key in ("mon", "mon2", "mon3"):  # 'October-November 2026': the span ends with the second month
        if key in groups:
            if grammar.capitalized_months and not text[match.start(branch.groups[key])].isupper():
                return None
            expr.month = grammar.months[" ".join(groups[key].split())]
    if "m" in groups:
        expr.month = int(groups["m"])
    if "ms" in groups:
        expr.month = max(int(n) for n in re.findall(r"\d+", groups["ms"]))
    if expr.month is not None and not 1 <= expr.month <= 12:
        return None
    if "qs" in groups:
        expr.quarter = max(_quarter_number(q) for q in re.findall(r"\w+", groups["qs"])
                           if q in _ROMAN_VALUE or q.isdigit())
    if "qo" in groups:
        expr.quarter = grammar.quarter_ordinals[" ".join(groups["qo"].split())]
    if "half" in groups:
        expr.half = grammar.halves[" ".join(groups["half"].split())]
    if "wd" in groups:
        expr.weekday = grammar.weekdays[" ".join(groups["wd"].split())]
        expr.every = "every" in groups
    if "ahead" in groups:
        expr.days_ahead = grammar.days_ahead[" ".join(groups["ahead"].split())]
    if "n" in groups:
        number = " ".join(groups["n"].split())
        expr.count = int(number) if number.isdigit() else grammar.numbers[number]
        expr.unit = grammar.units[" ".join(groups["unit"].split())]
        expr.working = "work" in groups or "work_after" in groups
    return expr


def _scan_match(match: re.Match, branches: dict[int, _Branch], grammar: _Grammar, text: str) -> Optional[_Expr]:
    start, folded = match.start(), match.string
    if start and (folded[start - 1].isalnum() or folded[start].isdigit() and folded[start - 1] == "/"):
        return None  # inside a word ('Vietnam 2024'), a number or a code ('82/2024')
    branch = branches[match.lastindex]  # the group around the whole branch closes last
    if branch.kind == "relative" and folded.endswith("thu ", 0, start):
        return None  # 'thứ sáu tuần này', 'thứ 6 tuần sau': a Friday, not six weeks
    return _expression(branch, match, grammar, text)


def _number_matches(pattern: re.Pattern, folded: str):
    """``pattern.finditer(folded)`` for a pattern whose every branch opens with _FIRST or
    _FIRST_YEAR: tried only where a number starts (the regex engine would try each branch
    at every offset, as the branches open with groups)."""
    pos = 0
    while (number := _NUMBER_START.search(folded, pos)) is not None:
        match = pattern.match(folded, number.start())
        if match is None:
            pos = number.start() + 1
        else:
            yield match
            pos = match.end()


def _quarter_number(token: str) -> int:
    return int(token) if token.isdigit() else _ROMAN_VALUE[token]


# --------------------------------------------------------------------------- dates


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day_in_month(year: int, month: int, day: int) -> dt.date:
    """``day`` of the month, or its last day when the month is shorter ('ngày 31 hằng tháng' in June)."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(date: dt.date, months: int) -> dt.date:
    year, month = divmod(date.month - 1 + months, 12)
    return _day_in_month(date.year + year, month + 1, date.day)


def _add_working_days(date: dt.date, days: int) -> dt.date:
    while days > 0:
        date += dt.timedelta(days=1)
        if date.weekday() < 5:
            days -= 1
    return date


def _after(anchor: dt.date, count: int, unit: str, working: bool) -> dt.date:
    if unit == "hour":  # 'within 48 hours of receiving …': the day the last hour falls in
        return anchor + dt.timedelta(days=count // 24)
    if unit == "day":
        return _add_working_days(anchor, count) if working else anchor + dt.timedelta(days=count)
    if unit == "week":
        return anchor + dt.timedelta(weeks=count)
    return _add_months(anchor, count * (12 if unit == "year" else 1))


def _last_match(pattern: re.Pattern, string: str, start: int, end: int) -> Optional[re.Match]:
    """The last of ``pattern``'s matches in ``string[start:end]``, or None."""
    last = None
    for last in pattern.finditer(string, start, end):
        pass
    return last


def _due_after_period_ends(expr: _Expr, recurrence: str, base: dt.date) -> dt.date:
    """The first day on or after ``base`` that is the count of ``expr`` after the end of a month, quarter
    or year ('within 45 days after the end of each quarter' on 2 November: 14 November)."""
    months = {"monthly": 1, "quarterly": 3}.get(recurrence, 12)
    period = dt.date(base.year, (base.month - 1) // months * months + 1, 1)
    for shift in range(-2, 3):
        last_day = _add_months(period, (shift + 1) * months) - dt.timedelta(days=1)
        due = _after(last_day, expr.count, expr.unit, expr.working)
        if due >= base:
            return due
    return due


_GRANULARITY = {"day": "day", "day_of_month": "day", "month": "month", "quarter": "quarter",
                "half": "half_year", "year": "year", "range": "year", "relative": "relative",
                "weekday": "day", "hour": "day", "effective": "relative", "event": "relative",
                "week": "relative"}  # the schema has no week: a week counted from the document's date
# kinds that name a day only with a recurrence ('trước ngày 20 hằng tháng', 'thứ Sáu hằng tuần',
# '15 giờ hằng ngày'): their first due date is the deadline
_RECURRING_ONLY = {"day_of_month": "monthly", "weekday": "weekly", "hour": "daily"}


def _period(expr: _Expr, year: int, doc_date: Optional[dt.date]) -> Optional[tuple[dt.date, dt.date]]:
    """First and last day of the stated period in ``year`` (None when it needs a missing date)."""
    kind = expr.kind
    try:
        if kind == "day":
            day = dt.date(year, expr.month, expr.day)
            return day, day
        if kind == "month":
            month = expr.month or (doc_date.month if doc_date else None)
            if month is None:
                return None
            return dt.date(year, month, 1), _month_end(year, month)
        if kind == "quarter":
            quarter = expr.quarter or ((doc_date.month - 1) // 3 + 1 if doc_date else None)
            if quarter is None:
                return None
            return dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)
        if kind == "half":
            return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if expr.half == 1 else \
                (dt.date(year, 7, 1), dt.date(year, 12, 31))
        if kind == "year":
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if kind == "range":
            return dt.date(expr.year, 1, 1), dt.date(expr.year_to, 12, 31)
        if kind == "week":  # Monday to Sunday of the document's week, or of the next; its day when named
            if doc_date is None:
                return None
            monday = doc_date - dt.timedelta(days=doc_date.weekday() - (7 if expr.following else 0))
            if expr.weekday is not None:
                day = monday + dt.timedelta(days=expr.weekday)
                return day, day
            return monday, monday + dt.timedelta(days=6)
    except ValueError:  # 31/6
        return None
    return None


def _first_due(expr: _Expr, recurrence: str, base: dt.date, quarter_month: Optional[int] = None
               ) -> Optional[dt.date]:
    """First due date of a recurring deadline on or after ``base`` (``quarter_month``: the month of
    each quarter a quarterly day of the month falls in)."""
    if recurrence == "quarterly" and quarter_month and expr.day is not None and expr.month is None:
        for year in (base.year, base.year + 1):
            for month in range(quarter_month, 13, 3):
                due = _day_in_month(year, month, expr.day)
                if due >= base:
                    return due
    if recurrence == "monthly" and expr.day is not None and expr.month is None:
        due = _day_in_month(base.year, base.month, expr.day)
        if due < base:
            nxt = _add_months(base.replace(day=1), 1)
            due = _day_in_month(nxt.year, nxt.month, expr.day)
        return due
    if recurrence == "weekly" and expr.weekday is not None:
        return base + dt.timedelta(days=(expr.weekday - base.weekday()) % 7)
    if recurrence == "daily" and expr.kind == "hour":
        return base
    # a day or month listed with a half-yearly recurrence ('every six months, by January 20 and July 20')
    # comes round each year like a yearly one: the list gives its two dates
    if recurrence in ("yearly", "half_yearly") and expr.kind in ("day", "month", "quarter", "half"):
        for year in (base.year, base.year + 1):
            period = _period(expr, year, None)
            if period and period[1] >= base:
                return period[1]
    return None


# --------------------------------------------------------------------------- scanning


def _last_listed_month(first: _Expr, listed: list[_Expr], doc_date: Optional[dt.date]) -> _Expr:
    """The last month of a list with its year: as written, else the year of the month before it, the
    next one when it comes earlier in the year ('in December 2026 and January': January 2027)."""
    year = first.year if first.year is not None else (doc_date.year if doc_date else None)
    month = first.month
    for expr in listed:
        if expr.year is not None:
            year = expr.year
        elif year is not None and month is not None and expr.month is not None and expr.month < month:
            year += 1
        month = expr.month
    return replace(listed[-1], year=year)


def _first_listed_day_due(first: _Expr, listed: list[_Expr], doc_date: dt.date) -> _Expr:
    """Of year-less days listed in a row ('by 15 June and 15 December'), the first that has not
    passed on the document's date: a letter of November reports by 15 December; ``first`` when
    all have passed, or when a day has a year (``first`` with the year of the first listed day
    that has one: '15 tháng 6 và 15 tháng 12 năm 2027' opens in June 2027)."""
    days = (first, *listed)
    dated = next((day for day in listed if day.year is not None), None)
    if first.year is None and dated is not None:
        return replace(first, year=dated.year - (first.month is not None and dated.month is not None
                                                  and first.month > dated.month))
    if any(day.year is not None for day in days):
        return first
    for day in days:
        period = _period(day, doc_date.year, None)
        if period is not None and period[1] >= doc_date:
            return day
    return first


# the middle of a month or a year, with the granularity of the date it gives
_MIDDLES = {"month": (_Expr("day", 0, 0), lambda first: first.replace(day=15)),
            "year": (_Expr("half", 0, 0, half=1), lambda first: first.replace(month=6, day=30))}


# kinds of which a deadline may list several ('trước ngày 15/6 và ngày 15/12 hằng năm')
_LISTABLE = ("day", "month")
_BRACKETED_NOTE = re.compile(rf"[ \t]*{_BRACKETED}")


@dataclass
class _Context:
    """What surrounds one expression: its cue chain, recurrence and anchors."""

    start: int            # start of the phrase as written, folded-text offset
    end: int              # end of the phrase (tails included)
    roles: set[str]
    chain_start: int      # start of the whole cue chain (fillers included)
    recurrence: Optional[str] = None
    quarter_month: Optional[int] = None  # 1-3: the month of each quarter a quarterly day falls in
    recurrence_start: Optional[dt.date] = None
    anchor: Optional[dt.date] = None
    event_anchor: bool = False  # counted from an event not dated here ('after the storm passes'): no end
    period_end: bool = False  # counted from the end of each period ('within 45 days after the end of each quarter')
    next_month: bool = False  # a day of the month after the start's ('by the 5th of the following month')
    next_quarter_month: Optional[int] = None  # 1-3: a day of that month of the quarter after the start's
    listed: list = field(default_factory=list)  # further dates of a list after the first ('… và ngày 15/12')


class _Scanner:
    """One text in one language: finds its time expressions and keeps those that state deadlines."""

    def __init__(self, text: str, language: str, doc_date: Optional[dt.date], anchors_relative: bool = True):
        grammar = _GRAMMARS.get(language)
        if grammar is None:
            raise ValueError(f"unsupported language {language!r} (vi or en)")
        self.grammar = grammar
        self.text = text
        self.folded = _folded(text)
        self.doc_date = doc_date
        self.anchors_relative = anchors_relative  # doc_date is the document's own: relative deadlines count from it

    def deadlines(self, offset: int, assume: bool) -> list[Deadline]:
        found: list[Deadline] = []
        taken, span_end = 0, -1
        for expr in self._expressions():
            if expr.start < taken or expr.start == span_end:
                continue  # inside the tail of the previous deadline ('… hằng năm kể từ năm 2027'), or the
                # end of a span ('từ tháng 4/2027 đến tháng 9/2027': how long something lasts)
            ctx = self._context(expr)
            ctx.start, ctx.chain_start = max(ctx.start, taken), max(ctx.chain_start, taken)
            if self._accepted(expr, ctx, assume):
                found.append(self._deadline(expr, ctx, offset))
                taken = ctx.end
            elif (until := self._until_after_start(ctx)) is not None:
                span_end = _SPACE_RUN.match(self.folded, until.end()).end()
        return found

    # ------------------------------------------------------------ expressions

    def _expressions(self) -> list[_Expr]:
        """Non-overlapping time expressions, the longest where they overlap."""
        found = []
        for branches, pattern in self.grammar.scans:
            guard = self.grammar.guards.get(pattern)
            if guard is not None and not guard.found_in(self.folded):
                continue
            words = self.grammar.scan_words.get(pattern)
            if words is not None and not words.may_match(self.folded, 0, len(self.folded)):
                continue
            matches = (_number_matches(pattern, self.folded) if pattern in self.grammar.number_scans
                       else pattern.finditer(self.folded))
            found.extend((match, branches) for match in matches)
        found.sort(key=lambda found: (found[0].start(), found[0].start() - found[0].end()))
        # A match is read only when it does not overlap the last one kept: one that is no
        # expression (None) keeps nothing from being kept, so the choice is the same as
        # reading every match first, and half the matches are never read.
        kept: list[_Expr] = []
        for match, branches in found:
            if kept and match.start() < kept[-1].end:
                continue
            expr = self._dated(self._on_weekday(_scan_match(match, branches, self.grammar, self.text)))
            while expr is not None and kept and kept[-1].end > expr.start:
                kept.pop()  # the weekday the week took in ('thứ Sáu' of 'thứ Sáu tuần này')
            if expr is not None and not (expr.kind == "relative" and
                                         self.grammar.opening_days_of.match(self.folded, expr.end)):
                kept.append(expr)  # '10 ngày đầu tháng 8': the cue of the month, not a count of days
        return kept

    def _on_weekday(self, expr: Optional[_Expr]) -> Optional[_Expr]:
        """A week with the day named before it ('thứ Sáu tuần này', 'Friday next week'): that day."""
        if expr is not None and expr.kind == "week":
            stop = expr.start
            while stop and self.folded[stop - 1].isspace():
                stop -= 1
            day = self.grammar.weekday_end.search(self.folded, max(0, expr.start - 12), stop) \
                if stop < expr.start else None
            if day is not None:
                expr.weekday = self.grammar.weekdays[" ".join(day.group().split())]
                expr.start = day.start()
        return expr

    def _dated(self, expr: Optional[_Expr]) -> Optional[_Expr]:
        """``expr`` with the period 'tháng sau' / 'next month', 'quý tới' / 'next quarter' or the year
        'năm sau' / 'next year' ('15/6 năm sau') names: the one after the document's; with the
        document's year for 'năm nay' ('tháng 12 năm nay'); the day 'ngày mai' / 'tomorrow' names,
        or no expression at all, without the document's date."""
        if expr is not None and expr.days_ahead is not None:
            if self.doc_date is None:
                return None
            day = self.doc_date + dt.timedelta(days=expr.days_ahead)
            expr.year, expr.month, expr.day = day.year, day.month, day.day
            return expr
        if expr is None or not (expr.following or expr.current) or self.doc_date is None or expr.kind == "week":
            return expr  # a week is placed by _period, from the document's date
        doc = self.doc_date
        if expr.current:
            expr.year = doc.year
            return expr
        if expr.kind == "month" and expr.month is None:
            expr.month, expr.year = doc.month % 12 + 1, doc.year + (doc.month == 12)
        elif expr.kind == "quarter" and expr.quarter is None:
            quarter = (doc.month - 1) // 3 + 1
            expr.quarter, expr.year = quarter % 4 + 1, doc.year + (quarter == 4)
        elif expr.year is None:
            expr.year = doc.year + 1
        return expr

    def _date_at(self, pos: int, skip_words: int = 0) -> Optional[tuple[dt.date, int]]:
        """(first day, end offset) of a day, month or year written at ``pos``, after up to ``skip_words`` words."""
        folded = self.folded
        for _ in range(skip_words + 1):
            pos += len(folded[pos:pos + 20]) - len(folded[pos:pos + 20].lstrip(" "))
            for expr in self._exprs_at(pos):
                if expr.kind not in ("day", "month", "year"):
                    continue
                year = expr.year or (self.doc_date.year if self.doc_date else None)
                period = year and not expr.bare and not expr.this and _period(expr, year, self.doc_date)
                if period:
                    return period[0], expr.end
            word = re.compile(r"[^\s,.;:]+").match(folded, pos)
            if not word:
                return None
            pos = word.end()
        return None

    def _exprs_at(self, pos: int):
        """The time expressions that begin at ``pos``, one per scan that reads one there."""
        for branches, pattern in self.grammar.scans:
            match = pattern.match(self.folded, pos)
            expr = match and self._dated(_scan_match(match, branches, self.grammar, self.text))
            if expr:
                yield expr

    def _listed(self, expr: _Expr, end: int) -> tuple[int, list[_Expr]]:
        """Further dates of the kind of ``expr`` listed after it ('… và ngày 15 tháng 12',
        'June 20 and December 20'), with the end of the list: a list joined by commas only
        must end in a joint word ('15 June, 15 September and 15 December')."""
        listed: list[_Expr] = []
        closed_end, closed_count = end, 0
        while (joint := self.grammar.list_joint.match(self.folded, end)) is not None:
            following = next((e for e in self._exprs_at(joint.end()) if e.kind == expr.kind and not e.bare), None) \
                or (self._listed_numeric_day(joint.end()) if expr.kind == "day" else None)
            if following is None:
                break
            listed.append(following)
            end = following.end
            if joint.group(1):  # a joint word closes what the commas before it opened
                closed_end, closed_count = end, len(listed)
        if closed_count:
            note = _BRACKETED_NOTE.match(self.folded, closed_end)
            closed_end = note.end() if note else closed_end
        return closed_end, listed[:closed_count]

    def _listed_numeric_day(self, pos: int) -> Optional[_Expr]:
        """'15/12' at ``pos`` as a day when the list ends with it (punctuation, the line's end or
        a recurrence follows): not '3/4 số hồ sơ', a share."""
        m = self.grammar.listed_day.match(self.folded, pos)
        if m is None:
            return None
        day, month = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.lastindex == 3 else None
        after = self.folded[m.end():m.end() + 20].lstrip(" \t")
        closed = after[:1] in ("", ".", ",", ";", ":", ")", "\n") or \
            self.grammar.recurrence_after.match(self.folded, m.end()) is not None or \
            self.grammar.list_closer.match(after) is not None
        return _Expr("day", m.start(), m.end(), day=day, month=month, year=year) \
            if closed and 1 <= month <= 12 and 1 <= day <= 31 else None

    # ------------------------------------------------------------ context

    def _context(self, expr: _Expr) -> _Context:
        grammar, folded = self.grammar, self.folded
        chain_end = expr.start
        article = grammar.article and grammar.article.search(folded, max(0, expr.start - 8), expr.start)
        # 'in the 2024 Action Plan' names the plan; 'by the year-end' is the year's end
        if article and (expr.kind not in ("year", "range") or expr.year_end):
            chain_end = article.start()
        ctx = _Context(start=chain_end, end=expr.end, roles=set(), chain_start=chain_end)
        if expr.kind in _LISTABLE:
            ctx.end, ctx.listed = self._listed(expr, expr.end)
        chain = grammar.chain.search(folded, max(0, expr.start - _CONTEXT), chain_end)
        cues: list[tuple[int, str]] = []  # (start, role), right to left
        for cue in reversed(list(grammar.cue.finditer(folded, chain.start(), chain_end)) if chain else []):
            key = " ".join(cue.group().split())
            if key.rsplit(" ", 1)[-1] in grammar.weekday_last_words and \
                    grammar.weekday_end.search(folded, chain.start(), cue.end()):
                continue  # the 'tư' of 'thứ Tư' is no 'từ'
            if " ".join(self.text[cue.start():cue.end()].lower().split()) in grammar.false_friends.get(key, ()):
                break  # 'Đầu tư ngày …' is no 'từ ngày …'
            cues.append((cue.start(), grammar.cue_roles[key]))
        ctx.roles = {role for _, role in cues} | ({"end"} if expr.year_end else set())
        if chain and expr.kind == "day" and grammar.occasion.search(folded, chain.start(), chain_end) and \
                (dash := _RANGE_DASH.match(folded, ctx.end)) and (last := self._date_at(dash.end())):
            ctx.end = last[1]  # 'before the holiday April 30 - May 1, 2026': the holiday's first day, its span whole
            if expr.year is None and expr.month is not None:  # the first day has the year of the last
                expr.year = last[0].year - (expr.month > last[0].month)
        if cues:
            ctx.chain_start = ctx.start = cues[-1][0]
        # the phrase as written leaves out leading words that decide nothing ('phấn đấu',
        # 'to' of 'to complete before …')
        while cues and (cues[-1][1] == "filler" or cues[-1][1] == "to" and len(cues) > 1):
            cues.pop()
            ctx.start = cues[-1][0] if cues else chain_end
        before = grammar.recurrence_before.search(folded, max(0, ctx.start - 40), ctx.start)
        if before:
            ctx.recurrence = grammar.recurrence[" ".join(before.group(1).split())]
        else:
            self._fronted_recurrence(ctx)
        quarter = expr.kind == "day_of_month" and grammar.following_quarter.match(folded, ctx.end)
        if quarter:
            ctx.end = quarter.end()
        elif expr.kind == "day_of_month" and (following := grammar.following_month.match(folded, ctx.end)):
            ctx.next_month, ctx.end = True, following.end()
        cycle = "monthly" if ctx.next_month else "quarterly" if quarter else None
        # 'định kỳ hằng quý, báo cáo … trước ngày 05 của tháng đầu quý sau': a quarterly report's first due day
        if cycle and not ctx.recurrence and any(
                grammar.recurrence.get(" ".join(word.group().split())) == cycle
                for word in grammar.ongoing.finditer(self._clause_before(ctx.chain_start))):
            ctx.recurrence = cycle
        if quarter:
            month = grammar.following_quarter_months[" ".join(quarter.group(1).split())]
            # every quarter's report falls due in the quarter after the one it covers: the first due day on
            # or after the start is that month's of any quarter; once, that month's of the quarter after the start's
            if ctx.recurrence == "quarterly":
                ctx.quarter_month = month
            else:
                ctx.next_quarter_month = month
        after = grammar.recurrence_after.match(folded, ctx.end)
        if expr.every:
            ctx.recurrence = "weekly"
        elif after and expr.kind in ("day", "day_of_month", "month", "quarter", "half", "weekday", "hour"):
            phrase = " ".join(after.group(1).split())
            ctx.recurrence = grammar.recurrence[phrase]
            ctx.quarter_month = next((month for words, month in grammar.quarter_months.items() if words in phrase),
                                     None)
            ctx.end = after.end()
        if ctx.recurrence:
            starting = grammar.recurrence_start.match(folded, ctx.end)
            stated = starting and self._date_at(starting.end())
            if stated:
                ctx.recurrence_start, ctx.end = stated
                self._recurrence_until(ctx)
        if expr.kind == "relative":
            anchor = grammar.anchor.match(folded, ctx.end)
            period_end = anchor and grammar.period_end.match(folded, anchor.end())
            if period_end:
                ctx.recurrence = grammar.period_ends[" ".join(period_end.group().split())]
                ctx.end, ctx.period_end = period_end.end(), True
            elif anchor:
                stated = self._date_at(anchor.end(), skip_words=3)
                if stated:
                    ctx.anchor, ctx.end = stated
                else:
                    ctx.end = self._anchor_end(anchor.end())
                    ctx.event_anchor = not self._names_document(anchor.end(), ctx.end)
                    if grammar.effect_anchor.search(folded, anchor.end(), ctx.end):
                        ctx.anchor = self._effective_date  # 'within 30 days from the effective date
        if self.folded.endswith(".", 0, ctx.end) and self.folded[ctx.end:ctx.end + 1] in ("", " ", "\n"):
            ctx.end -= 1  # the sentence's full stop, taken by an abbreviated month's '\.?' ('in January.')
        if self.folded.startswith(")", ctx.end) and \
                self.folded.count("(", ctx.start, ctx.end) > self.folded.count(")", ctx.start, ctx.end):
            ctx.end += 1  # 'on Tuesday (October 13)': the date's bracket closes the phrase
        return ctx

    def _recurrence_until(self, ctx: _Context) -> None:
        """The last day of a recurrence's run ('every day from January 25 to February 12, 2027'): the phrase
        ends with it, and a start written without its year takes the last day's."""
        start_at, until = ctx.end, _RUN_UNTIL.match(self.folded, ctx.end)
        last = until and self._date_at(until.end())
        if not last:
            return
        ctx.end = last[1]
        start = ctx.recurrence_start
        if not _YEAR_DIGITS.search(self.folded, max(0, start_at - 12), start_at):
            ctx.recurrence_start = start.replace(year=last[0].year - (start.month > last[0].month))

    def _fronted_recurrence(self, ctx: _Context) -> None:
        """A recurrence and its start written before the cues ('Every year from 2027, before 31 October',
        'Hằng năm, kể từ năm 2027, trước ngày 31/10'): only commas and spaces between the start's date
        and the phrase."""
        if not self.folded[max(0, ctx.start - 8):ctx.start].rstrip(" ,")[-1:].isdigit():
            return  # the start's date ends right before the phrase: most phrases have none, and no scan is needed
        fronted = _last_match(self.grammar.recurrence_fronted, self.folded, max(0, ctx.start - 60), ctx.start)
        stated = fronted and self._date_at(fronted.end())
        if stated and not self.folded[stated[1]:ctx.start].strip(" ,"):
            ctx.recurrence = self.grammar.recurrence[" ".join(fronted.group(1).split())]
            ctx.recurrence_start = stated[0]

    def _clause_end(self, pos: int, limit: int = 60) -> int:
        """End of the words after ``pos`` up to the next clause punctuation (at most ``limit`` characters)."""
        stop = _CLAUSE_PUNCTUATION.search(self.folded, pos, pos + limit)
        end = stop.start() if stop else min(len(self.folded), pos + limit)
        return len(self.folded[:end].rstrip())

    def _anchor_end(self, pos: int) -> int:
        """End of the event a relative deadline counts from: the clause's words, or up to the
        document it names ('kể từ ngày ký Thông báo này', 'from the effective date of this
        Decision') when the action goes on after it."""
        end = self._clause_end(pos)
        named = self.grammar.anchor_end.search(self.folded, pos, end)
        if named is None:
            return end
        effect = self.grammar.anchor_end.match(self.folded, named.end() + 1, end)  # '… này có hiệu lực'
        return effect.end() if effect is not None and self.folded[named.end()] == " " else named.end()

    @functools.cached_property
    def _effective_date(self) -> Optional[dt.date]:
        """The day the document takes effect, as a sentence of it states ('The Decree takes effect on
        February 1, 2027', 'Nghị định này có hiệu lực thi hành từ ngày 01/02/2027'); None when no
        statement gives a date (a decision effective 'kể từ ngày ký' counts from its own date)."""
        found = []  # (rank of the subject, date or None) of each statement
        for statement in self.grammar.effect_statement.finditer(self.folded):
            if _UNTIL.match(self.folded, statement.end()):
                continue  # 'effective until …': how long, not from when
            stated = self._date_at(statement.end() + 1, skip_words=3)
            subject = self.folded[max(0, statement.start() - _SUBJECT_CHARS):statement.start()]
            rank = 2 if _THIS_DOCUMENT.search(subject) else 1 if self.grammar.document_noun.search(subject) else 0
            found.append((rank, stated[0] if stated else None))
        # the document's own statement ('Nghị định này …', 'This Decree …'; none when it gives no day:
        # 'Quyết định này có hiệu lực kể từ ngày ký'), else one of a document ('The decree takes
        # effect on …', not 'the reclassification takes effect from …'), else any; the last of them
        # (a decree states its effect in its last article, after the laws it cites)
        best = max((rank for rank, _ in found), default=0)
        dated = [date for rank, date in found if rank == best and date is not None]
        return dated[-1] if dated else None

    def _names_document(self, start: int, end: int) -> bool:
        """Whether the anchor ``[start, end)`` of a relative deadline is the document itself: its
        date, signing, issuance or effect ('kể từ ngày ký', 'of the date of this Notice', 'after
        receiving this letter'), not an event ('after the storm passes', 'of receiving a dossier')."""
        grammar = self.grammar
        return (grammar.anchor_end.search(self.folded, start, end) is not None
                or grammar.document_event.search(self.folded, start, end) is not None)

    def _clause_before(self, start: int) -> str:
        """The words of the clause before ``start`` (at most _CONTEXT characters)."""
        clause = self.folded[max(0, start - _CONTEXT):start]
        return clause[max(clause.rfind(p) for p in ".;!?\n") + 1:]

    def _is_duration(self, start: int) -> bool:
        """A negation or suspension earlier in the clause makes 'trong/in <period>' how long it lasts."""
        grammar = self.grammar
        clause = self._clause_before(start)
        clause = grammar.duration_exception.sub(lambda m: " " * len(m.group()), clause)
        cues = list(grammar.duration_cue.finditer(clause))
        return bool(cues) and not grammar.deliverable.search(clause, cues[-1].end())

    def _in_cell(self, start: int, end: int) -> bool:
        """The phrase fills a table cell by itself ('| Tháng 8/2024 |', a column gap).

        Not the value of a label cell ('Ngày ban hành:    22/02/1999') nor the
        end of a dateline left blank for the signature ('ngày    tháng    năm 2023').
        """
        before = _CELL_EDGE_BEFORE.search(self.folded, max(0, start - 10), start)
        after = _CELL_EDGE_AFTER.match(self.folded, end)
        if not (before and after and (_CELL_GAP.search(before.group()) or _CELL_GAP.search(after.group()))):
            return False
        left = self.folded[max(0, before.start() - 20):before.start() + 1].rstrip()
        return not (left.endswith(":") or self.grammar.unit_before.search(left))

    def _until_after_start(self, ctx: _Context) -> Optional[re.Match]:
        """The 'until' / 'đến' after a time its 'from' cue starts ('từ ngày 01/10 đến hết ngày 31/12'):
        the span's end follows it, and the span is how long something lasts."""
        return _UNTIL.match(self.folded, ctx.end) if "from" in ctx.roles else None

    def _counts_back(self, expr: _Expr, ctx: _Context) -> bool:
        """A count of days back from an event ('03 ngày trước ngày tiêm', 'Trước ngày tiêm 03 ngày',
        '10 days before the meeting'): it names no day the document's date gives."""
        grammar = self.grammar
        return grammar.counted_back_after.match(self.folded, expr.end) is not None or \
            not ctx.roles and grammar.counted_back_before.search(self.folded, max(0, expr.start - 60), expr.start) is not None

    def _accepted(self, expr: _Expr, ctx: _Context, assume: bool) -> bool:
        """Whether the expression, with what surrounds it, states a deadline."""
        roles, folded = ctx.roles, self.folded
        if "from_now" in roles:  # 'từ nay đến hết năm 2026': by then, unless it times how long a suspension
            # or an ongoing activity lasts ('tạm dừng …', 'phát bản tin hằng ngày từ nay đến hết tháng 02/2025')
            if self._is_duration(ctx.chain_start) or ctx.recurrence or \
                    self.grammar.ongoing.search(self._clause_before(ctx.start)):
                return False
            roles = roles - {"from_now"} | {"deadline"}
        if "duration" in roles or self._until_after_start(ctx) is not None:
            return False  # how long a measure lasts ('from noon on October 14 until the storm has passed')
        if expr.kind == "relative" and self._counts_back(expr, ctx):
            return False
        if expr.kind == "event":  # 'trước Tết Nguyên đán'; not '10 ngày trước Tết', counted back from it
            head = folded[max(0, ctx.start - 20):ctx.start].rstrip()
            return "before" in roles and self.grammar.unit_before.search(head) is None
        if expr.bare and not roles & _EDGE_ROLES:
            return False  # 'năm' alone; 'đường sắt Bắc - Nam.' after a dash is no year
        if not roles and self._dash_label(expr, ctx):
            return True
        if expr.year_end and _ATTRIBUTIVE_AFTER.match(folded, expr.end):
            return False  # 'before the year-end session of the Council': an event, not the year's end
        if expr.kind == "year" and self.grammar.article and _ATTRIBUTIVE_AFTER.match(folded, expr.end) and \
                self.grammar.article.search(folded, max(0, expr.start - 8), expr.start):
            return False  # 'throughout the 2026 rainy season', 'before the 2027 Lunar New Year': a year naming a thing
        if expr.kind in _RECURRING_ONLY:
            if ctx.recurrence != _RECURRING_ONLY[expr.kind] and not (expr.kind == "day_of_month"
                                                                     and (ctx.quarter_month or ctx.next_month
                                                                          or ctx.next_quarter_month)):
                return False
            if expr.kind != "day_of_month":  # 'every Friday', '15 giờ hằng ngày' need no cue
                return True
        if expr.kind in ("day", "range") and _period(expr, expr.year or 2000, None) is None:
            return False  # 31/6
        if expr.numeric and not (roles & {"before", "deadline"} or ctx.recurrence or
                                 self._in_cell(ctx.chain_start, expr.end)):
            return False  # 'in 2/3 of the provinces'; 'Before 20/12 annually' is one
        if assume:
            return True
        if not roles & {"before", "deadline", "in", "within"} and \
                _DOC_NUMBER_BEFORE.search(folded, max(0, ctx.chain_start - 60), ctx.chain_start):
            return False  # 'Nghị quyết số 82/NQ-CP ngày 05/6/2024': the document's own date ('… trước ngày',
            # '… 91/2025/NĐ-CP trong quý I/2027' are deadlines)
        triggers = roles & _TRIGGER_ROLES
        if not triggers and expr.kind == "week" and \
                _DONE_BEFORE.search(folded, max(0, ctx.chain_start - 20), ctx.chain_start):
            return False  # 'the decisions made this week', 'the fees announced this week': when it was done
        if not triggers:
            return expr.kind in self.grammar.cueless or self._in_cell(ctx.chain_start, expr.end) or \
                self._edge_after_action(expr, ctx)
        if expr.kind == "relative":  # 'có thời hạn 01 năm' is a term, not a deadline
            return bool(triggers & {"within", "in"}) or "deadline" in triggers and self._counts_from_document(expr)
        if not triggers & {"before", "deadline", "on", "in", "within"}:
            if "from" in triggers:
                return expr.kind == "day"
            return bool(_CLAUSE_START.search(folded, max(0, ctx.chain_start - 20), ctx.chain_start))
        if triggers & {"in", "within", "on"} and not triggers & {"before", "deadline"}:
            nouns = self.grammar.attributive_before
            for scope in ("any", "year") if expr.kind == "year" else ("any",):
                noun = nouns[scope].search(folded, max(0, ctx.chain_start - 30), ctx.chain_start)
                if noun is not None and not self._new_thing(noun.start()):
                    return False
            if self._is_duration(ctx.chain_start) or \
                    expr.kind in ("day", "range") and self.grammar.occasion_after.match(folded, ctx.end) or \
                    self.grammar.event_after.match(folded, ctx.end):
                return False
        return True

    def _new_thing(self, noun: int) -> bool:
        """Whether the noun phrase ending at ``noun`` opens with 'a'/'an': a thing to be held ('run a
        pilot trading session in the fourth quarter'), where 'the meeting in May 2024' names one."""
        determiner = _last_match(_DETERMINER, self.folded, max(0, noun - _NOUN_PHRASE_CHARS), noun)
        return determiner is not None and determiner.group(0) in ("a", "an") and \
            not _CLAUSE_PUNCTUATION.search(self.folded, determiner.end(), noun)

    def _counts_from_document(self, expr: _Expr) -> bool:
        """'(no later than) 10 days after receiving this letter': a count from the document itself, not
        from an event ('10 days after the Lunar New Year holiday')."""
        anchor = self.grammar.anchor.match(self.folded, expr.end)
        return anchor is not None and self._names_document(anchor.end(), self._clause_end(anchor.end()))

    def _dash_label(self, expr: _Expr, ctx: _Context) -> bool:
        """'Ministry of Finance → arrange capital — 2027', '— Q2 2027': a period still to come set after a dash
        at the end of a line (a slide's or summary's item), read like a table's time cell."""
        if expr.kind not in ("day", "month", "quarter", "half_year", "year") or self.doc_date is None or \
                "-" not in self.folded[max(0, ctx.chain_start - 3):ctx.chain_start] or \
                not _DASH_BEFORE.search(self.folded, max(0, ctx.chain_start - 3), ctx.chain_start) or \
                not _LINE_END_AFTER.match(self.folded, ctx.end) or \
                self.grammar.month_before_dash.search(self.folded, max(0, ctx.chain_start - 16), ctx.chain_start):
            return False
        period = _period(expr, expr.year or self.doc_date.year, self.doc_date)
        return period is not None and period[1] >= self.doc_date

    def _edge_after_action(self, expr: _Expr, ctx: _Context) -> bool:
        """'(công bố kết quả) cuối tháng 01/2027.', '(trình Bộ trưởng) đầu năm 2027.': the edge of a
        period still to come that ends the action's sentence or clause is its deadline; at a
        clause's start ('Cuối năm 2025, …'), inside a phrase ('đợt mưa lũ cuối tháng 8, …') or
        past on the document's date it tells when something happened."""
        if not ctx.roles & _EDGE_ROLES or expr.kind not in ("month", "quarter", "year") or expr.bare or \
                _CLAUSE_START.search(self.folded, max(0, ctx.chain_start - 20), ctx.chain_start) or \
                not _ENDS_CLAUSE.match(self.folded, ctx.end) or \
                self.grammar.edge_not_after.search(self.folded, max(0, ctx.chain_start - 20), ctx.chain_start) or \
                self.grammar.forecast.search(self._clause_before(ctx.chain_start)):
            return False
        if self.doc_date is None:
            return True
        period = _period(expr, expr.year or self.doc_date.year, self.doc_date)
        return period is not None and period[1] >= self.doc_date

    # ------------------------------------------------------------ normalization

    def _deadline(self, expr: _Expr, ctx: _Context, offset: int) -> Deadline:
        doc_date = self.doc_date
        start = end = None
        if expr.kind == "event":
            pass  # the text does not date it
        elif expr.kind == "effective":
            start = end = self._effective_date
        elif expr.kind == "relative" and ctx.period_end:
            start = end = doc_date and _due_after_period_ends(expr, ctx.recurrence, doc_date)
        elif expr.kind == "relative":
            start = ctx.anchor or (doc_date if self.anchors_relative and not ctx.event_anchor else None)
            end = start and _after(start, expr.count, expr.unit, expr.working)
        elif ctx.next_month or ctx.next_quarter_month:
            # the first of a monthly report's days falls in the month after the start's, a quarterly
            # report's in the quarter after the start's
            base = ctx.recurrence_start or doc_date
            if base is not None:
                to_next_quarter = 3 - (base.month - 1) % 3  # months from the start's to the next quarter's first
                months = 1 if ctx.next_month else to_next_quarter + ctx.next_quarter_month - 1
                following = _add_months(base.replace(day=1), months)
                start = end = _day_in_month(following.year, following.month, expr.day)
        elif ctx.recurrence:
            base = ctx.recurrence_start or doc_date
            if expr.year is not None:
                start, end = _period(expr, expr.year, doc_date) or (None, None)
            elif base is not None:
                # of a list of dates ('before June 20 and December 20 each year'), the first to fall due
                dues = [(due, e) for e in (expr, *ctx.listed) if e.year is None
                        and (due := _first_due(e, ctx.recurrence, base, ctx.quarter_month)) is not None]
                end, expr = min(dues, key=lambda pair: pair[0]) if dues else (None, expr)
                start = end if expr.kind in _RECURRING_ONLY else end and _period(expr, end.year, None)[0]
        else:
            if expr.kind == "month" and ctx.listed:  # 'in October and November 2026': until the last
                expr = _last_listed_month(expr, ctx.listed, doc_date)
            elif expr.kind == "day" and ctx.listed and doc_date is not None:
                expr = _first_listed_day_due(expr, ctx.listed, doc_date)
            year = expr.year if expr.year is not None else (doc_date.year if doc_date else None)
            period = _period(expr, year, doc_date) if year is not None else None
            if period and "middle" in ctx.roles and expr.kind in _MIDDLES:
                # 'by mid-December': the 15th; 'mid-2027': the end of its first half
                expr, middle = _MIDDLES[expr.kind]
                period = (period[0], middle(period[0]))
            first_days = next((_FIRST_DAYS[role] for role in ctx.roles if role in _FIRST_DAYS), None)
            if period and first_days and expr.kind == "month":
                expr, period = _MIDDLES["month"][0], (period[0], period[0].replace(day=first_days))
            if period and "before" in ctx.roles and not expr.names_a_day and not ctx.roles & {"end", "middle"}:
                # 'trước năm 2025', 'before July 2024': the named period itself is excluded
                start, end = None, period[0] - dt.timedelta(days=1)
            elif period:
                start, end = period
        granularity = "day" if ctx.period_end or expr.names_a_day else _GRANULARITY[expr.kind]
        return Deadline(text=self.text[ctx.start:ctx.end], start=start, end=end,
                        granularity=granularity, recurrence=ctx.recurrence,
                        span=Span(start=ctx.start + offset, end=ctx.end + offset))


# --------------------------------------------------------------------------- public API


def find_deadlines(text: str, *, language: str, doc_date: dt.date | None = None,
                   offset: int = 0, published: bool = False) -> list[Deadline]:
    """Every deadline phrase in ``text`` (a clause or a whole document), sorted by start.

    ``language`` is 'vi' or 'en'. ``doc_date`` (the document's own date) gives
    the year of year-less dates, the anchor of relative deadlines and the first
    due date of recurring ones; without it their ``end`` is None. ``published``:
    ``doc_date`` is only the date a report of the document was published, which
    gives years but anchors no relative deadline ("trong vòng 30 ngày" counts
    from the document's own date, which the report does not give). Spans are
    shifted by ``offset`` (the position of ``text`` in the notice).
    """
    return _Scanner(text, language, doc_date, anchors_relative=not published).deadlines(offset, assume=False)


def parse_deadline(phrase: str, *, language: str, doc_date: dt.date | None = None) -> Deadline | None:
    """Normalize one deadline phrase ("Quý II năm 2022", "by the end of 2024"); None when it states no time.

    The phrase is taken to be a deadline, so no cue word is needed; durations
    ("đến hết tháng 6", "until 2025") still give None, and an event the phrase
    does not date ("trước Tết Nguyên đán") a deadline without an end.
    """
    found = _Scanner(phrase, language, doc_date).deadlines(0, assume=True)
    return found[0] if found else None
