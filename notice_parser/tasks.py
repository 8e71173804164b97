"""Task extraction: for every instruction in a notice, who leads, who helps, what, by when.

Reads a :class:`~notice_parser.context.ParseContext` and returns
:class:`~notice_parser.schema.Task` objects with exact spans into ``ctx.text``.
The grammar (trigger verbs, agency head words, predicates, non-task cues) is
data: ``models/task_patterns.json``.

How a notice is read:

1. Paragraphs: lines with their list markers (``I.``, ``1.``, ``a)``, ``(i)``,
   ``-``, ``+``); wrapped lines are joined; the distribution list ("Nơi
   nhận") is skipped up to an appendix; rows of a task table ("Nhiệm vụ |
   Cơ quan chủ trì | Cơ quan phối hợp | Thời gian") are read by column.
2. Scopes: a heading or a paragraph ending in ":" that names agencies ("3. Bộ
   Công an:", "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, …:") opens a scope;
   the items under it inherit its assignees, coordinators, deadline and
   action. Purpose/requirement sections and quoted law ("được quy định như
   sau:") open scopes that yield nothing.
3. Sentences split into clauses (";", "đồng thời", "as well as"; not the
   items after an inline "bao gồm:" / "including:"); a clause is read as an
   addressee opener ("Đối với Bộ X: …", "As for X, …"), trigger + agency
   ("Giao Bộ X …", "requested X to …", "tasked X with …"), agency subject +
   predicate ("Bộ X chủ trì, phối hợp với Y …", "X shall …", "X was asked
   to …", "… shall be submitted by X"), or an imperative that inherits its
   assignee from the latest subject of the sentence, the paragraph, the
   previous paragraph or the scope. Reports, background, passives without an
   agent and conveying formulas yield nothing. A group defined in parentheses
   ("sau đây gọi tắt là …", "hereinafter referred to as …") is the assignee,
   the listed names its aliases; "(MIC)" after a name is an alias.
4. An action is split again where a new verb starts a new object ("…, xử lý
   nghiêm …"); a trailing "; báo cáo Thủ tướng …" stays with its clause.
5. Deadlines come from :func:`notice_parser.deadlines.find_deadlines`; a
   clause keeps the deadlines it states, a report clause closing a chain
   gives its deadline to the chain, a list intro gives its to every item.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Optional

from .accents import marked_view, unmarked
from .context import ParseContext
from .deadlines import find_deadlines, parse_deadline
from .guards import Guarded
from .resources import load_table
from .schema import Agency, Deadline, Span, Task
from .structure import TEXT_LINE, past_distribution, section_path
from .textutil import collapse_spaces, fold, fold_keep_length, split_native_name, strip_marks, with_start_guard
from .truecase import in_capitals, mixed_case

# ---------------------------------------------------------------- grammar


class _Lexicon:
    """Alternation of regex fragments matched at word boundaries.

    Fragments whose folded form has at least ``fold_min`` letters match the
    diacritic-folded text (robust to OCR-damaged marks); shorter ones match
    the lower-cased text exactly ("có" must not match "cố", "cơ").
    """

    def __init__(self, fragments, fold_min: int = 5):
        exact, folded = [], []
        for fragment in fragments:
            letters = re.sub(r"\\.|[^\w]", "", re.sub(r"\(\?<?[!=][^)]*\)", "", fold(fragment)))
            (folded if len(letters) >= fold_min else exact).append(fold(fragment) if len(letters) >= fold_min
                                                                  else fragment.lower())
        self.exact = _alternation(exact)
        self.folded = _alternation(folded)
        self.exact_reach = _reach(exact)
        self.folded_reach = _reach(folded)

    def sources(self, low: str, fol: str) -> list[tuple]:
        """This lexicon's regexes as sources of :func:`_matches_by_chunk`."""
        return [(rx, string, reach) for rx, string, reach in ((self.exact, low, self.exact_reach),
                                                              (self.folded, fol, self.folded_reach))
                if rx is not None]

    def finditer(self, low: str, fol: str, start: int, end: int):
        """(start, end) of every match in ``[start, end)``, sorted."""
        found = [m.span() for m in self.exact.finditer(low, start, end)] if self.exact is not None else []
        if self.folded is not None:
            found += [m.span() for m in self.folded.finditer(fol, start, end)]
        if len(found) > 1:
            found.sort(key=_start_then_longest)
        return found

    def found_in(self, low: str, fol: str, start: int, end: int) -> bool:
        """Whether :meth:`finditer` finds anything in ``[start, end)``."""
        return (self.exact is not None and self.exact.search(low, start, end) is not None or
                self.folded is not None and self.folded.search(fol, start, end) is not None)

    def match(self, low: str, fol: str, pos: int) -> int:
        """End of the longest match starting at ``pos``, or -1."""
        best = -1
        if self.exact is not None and (m := self.exact.match(low, pos)):
            best = m.end()
        if self.folded is not None and (m := self.folded.match(fol, pos)) and m.end() > best:
            best = m.end()
        return best


# How far an opener may run before the comma that ends it: a "Pursuant to" or "Căn cứ" list of
# several decrees with their dates and subjects runs to 500 characters.
_OPENER_CHARS = 600


def _start_then_longest(span: tuple) -> tuple:
    return span[0], -span[1]


def _reach(fragments) -> Optional[int]:
    """How far past the start of a match the alternation of ``fragments`` can read: its longest
    fragment (each character of a fragment without repetition reads at most one character of the
    text, an optional part '?' at most as many as it is written with; a look-ahead as many as it is
    written with, a look-behind none after the position) and the closing word-boundary test. None
    when a fragment repeats ('*', '+', '{'), refers back to a group or may read no character (all
    of it optional: an empty match would not move a scan on)."""
    reach = 0
    for fragment in fragments:
        forward = _LOOKBEHIND.sub("", fragment)
        if re.search(r"[*+{]|\\[1-9]", fragment) or not re.search(r"\w", _LOOKAROUND.sub("", forward)) or \
                "?" in fragment.replace("(?", "") and re.fullmatch(fragment, "") is not None:
            return None
        while True:  # a group of plain alternatives reads as much as its longest one
            shorter = _PLAIN_GROUP.sub(lambda m: "x" * max(map(len, m.group(1).split("|"))), forward)
            if shorter == forward:
                break
            forward = shorter
        reach = max(reach, len(forward))
    return reach + 1


# what a clause after a joiner ending in 'that' ('…, adding that') is: reported speech, with a subject of its own
_REPORTED = "reported"
_MATRIX_HEAD_CHARS = 60  # the longest header cell of a matrix of agencies
_TIME_HEADING_CHARS = 30  # the longest heading that may name only a time ('THÁNG 12/2027', 'Quý III năm 2026')
_TIME_HEADING_SLACK = 3  # characters of such a heading its time may leave out
# the roles a task table's header cells name, each with its pattern in task_patterns.json "common"
_TABLE_HEADER_ROLES = (("lead", "table_lead_header"), ("coordinators", "table_coordinator_header"),
                       ("time", "table_time_header"), ("task", "table_task_header"), ("status", "table_status_header"),
                       ("note", "table_note_header"), ("code", "table_code_header"))
_CELL_ITEM_LABEL = re.compile(r"(?<!\w)([a-h]|[1-9])\)\s")  # an item's label inside a cell ('a) ', '2) ')
_WITH_IN_CELL = re.compile(r",\s*(?:together\s+)?with\s+(?=(?:the\s+)?[A-Z])")  # a lead cell's partner after it
_TOPIC_CHARS = 50  # the longest topic a comma closes ('On data and skills,')
_HEADLESS_ROW = {"task": 0, "lead": 1, "time": 2}  # the columns of a numbered row with no header over it
# a participle phrase and, after its comma, the sentence's own subject (a name or a pronoun)
_EN_PARTICIPLE_OPENER = re.compile(r"[A-Za-z]+ing\b[^,.;:\n]{0,150}, (?:[A-Z]|(?:the|he|she|they|it|we)\b)")
_LOOKBEHIND = re.compile(r"\(\?<[!=][^)]*\)")
_LOOKAROUND = re.compile(r"\(\?<?[!=][^)]*\)")
_PLAIN_GROUP = re.compile(r"\(\?:([^()\\\[]*)\)")  # no escape, class or group inside: '|' splits it


# How much of a range a lazy scan reads at a time: a name ends within ~50 characters of its start
# (every one in the generated notices), where the range it is looked for in runs up to 400.
_SCAN_CHUNK = 32
_CLAUSE_EDGE = " \t\n.,;:"  # what may stand around a clause's words


def _matches_by_chunk(sources: list, starts: list, start: int, end: int):
    """For each chunk ``(lo, hi)`` of ``[start, end)`` in order: the matches of each source that begin in
    the chunk, one list of spans per source. A source is ``(regex, string, reach)``, searched from its
    entry in ``starts``; over all chunks its lists hold exactly what ``regex.finditer(string, from, end)``
    yields. A match that begins before ``hi`` reads no further than ``hi + reach`` (see :func:`_reach`),
    so a chunk's searches stop there and find what a search of the whole range would; a caller that
    stops at the first match it accepts does not pay for the rest of the range."""
    cursors = list(starts)
    unbounded = {}  # sources without a reach: their matches, found once over the whole range
    lo = start
    while lo < end:
        hi = min(end, lo + _SCAN_CHUNK)
        found = []
        for index, (rx, string, reach) in enumerate(sources):
            if reach is None:
                if index not in unbounded:
                    unbounded[index] = [m.span() for m in rx.finditer(string, cursors[index], end)]
                found.append([span for span in unbounded[index] if lo <= span[0] < hi])
                continue
            at, hits = cursors[index], []
            if at < hi:  # else a match found before ran past this chunk
                stop = hi + reach if hi + reach < end else end
                while at < hi and (m := rx.search(string, at, stop)) is not None and m.start() < hi:
                    hits.append(m.span())
                    at = m.end()  # where finditer goes on (a fragment with a reach reads a character)
                cursors[index] = at if at > hi else hi
            found.append(hits)
        yield lo, hi, found
        lo = hi



def _alternation(fragments) -> Optional[re.Pattern]:
    """``(?<!\\w)(?:f1|f2|…)(?!\\w)``, longest fragment first, written as branches that open with
    a literal character (same matches): the regex engine then skips positions no fragment
    starts at and tests each character once, where a leading look-behind made it try every
    branch at every position."""
    if not fragments:
        return None
    ordered = sorted(set(fragments), key=len, reverse=True)
    branches = [b for f in ordered for b in _word_start_branches(f)]
    alternatives = []
    for first, group in _runs(branches):
        if first is None:
            alternatives.append(group)
            continue
        for char, rests in group.items():
            alternatives.append(re.escape(char) + r"(?<!\w" + re.escape(char) + ")(?:" + _shared_prefixes(rests) + ")")
    return re.compile(r"(?:" + "|".join(alternatives) + r")(?!\w)")


def _runs(branches: list) -> list:
    """(first character, {character: [rests]}) runs of (first, rest) branches, or (None, branch)
    for a branch without a plain first character: grouping by the first character inside a
    run keeps the order in which the alternation tries the branches that can match."""
    runs: list = []
    for first, rest in branches:
        if first is None or not runs or runs[-1][0] is None:
            runs.append((first, {} if first is not None else rest))
        if first is not None:
            runs[-1][1].setdefault(first, []).append(rest)
    return runs


def _shared_prefixes(branches: list, depth: int = 3) -> str:
    """Alternation of regex ``branches`` (tried in order) where branches opening with the same
    plain character share one test of it, ``depth`` characters deep (a prefix trie)."""
    if depth == 0:
        return "|".join(branches)
    split = [(b[0], b[1:]) if b[:1].isalnum() and b[1:2] not in ("?", "*", "+", "{") else (None, b)
             for b in branches]
    return "|".join(group if first is None else
                    "|".join(re.escape(char) + "(?:" + _shared_prefixes(rests, depth - 1) + ")"
                             for char, rests in group.items())
                    for first, group in _runs(split))


_LEADING_LOOKBEHIND = re.compile(r"\(\?<!(?:[\w ]|\\s)+\)")


def _word_start_branches(fragment: str) -> list:
    """``(?<!\\w)(?:fragment)`` as branches that start with a literal character, in the order the
    alternation would try them: alternatives become one branch each (a leading group too), a
    look-behind at the start moves after that character (``(?<!x)c`` is ``c(?<!xc)``)."""
    choices, _ = _alternatives(fragment, 0)
    if len(choices) > 1:
        return [b for choice in choices for b in _word_start_branches(choice)]
    lookbehinds = []
    rest = fragment
    while (lookbehind := _LEADING_LOOKBEHIND.match(rest)):
        lookbehinds.append(lookbehind.group())
        rest = rest[lookbehind.end():]
    if rest.startswith("(?:"):
        choices, after = _alternatives(rest, 3)
        if after is not None and after[:1] not in ("?", "*", "+", "{"):
            return [b for choice in choices for b in _word_start_branches("".join(lookbehinds) + choice + after)]
    first = rest[:1]
    if not (first.isalnum() or first in (" ", "-", "\x00")) or rest[1:2] in ("?", "*", "+", "{"):
        return [(None, r"(?<!\w)(?:" + fragment + ")")]  # no literal to lead with: tried everywhere
    return [(first, "".join(lb[:-1] + re.escape(first) + ")" for lb in lookbehinds) + rest[1:])]


def _alternatives(pattern: str, start: int):
    """Top-level alternatives of ``pattern[start:]`` up to its closing ')' and what follows that
    ')' (None when the pattern ends first: then the alternatives run to its end)."""
    depth, choices, index, in_class = 0, [], start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return choices + [pattern[start:index]], pattern[index + 1:]
            depth -= 1
        elif char == "|" and depth == 0:
            choices.append(pattern[start:index])
            start = index + 1
        index += 1
    return choices + [pattern[start:]], None


@dataclass
class _Grammar:
    language: str
    raw: dict
    common: dict
    markers: list
    markers_any: re.Pattern  # any of ``markers``
    triggers: _Lexicon
    trigger_not_after: re.Pattern
    trigger_not_before: re.Pattern
    authorities: _Lexicon
    proposing_triggers: frozenset  # triggers that ask only when the head of an executive or the issuer says them
    proposing_authorities: _Lexicon  # the heads whose proposals ask ('The PM proposed that X …')
    petition_addressee: re.Pattern  # a body a proposal to which asks it nothing ('the Government')
    addressee_title: re.Pattern  # 'các Phó Thủ tướng' after 'giao': an assignee there only
    background: _Lexicon
    heads: re.Pattern
    titles: re.Pattern
    distributive: re.Pattern
    province_list: re.Pattern
    group_start: re.Pattern
    group_word: re.Pattern
    predicates: _Lexicon
    nontask: _Lexicon
    enders: _Lexicon
    strong: set
    parenthetical: Guarded
    imperative: _Lexicon
    imperative_excluded: _Lexicon
    openers: _Lexicon
    condition_consequence: re.Pattern  # (lower case) 'trường hợp …' up to the modal of what must then be done
    time_restatement: re.Pattern  # (lower case) a clause that only dates the task before it ('việc kiểm tra phải')
    completion_restatement: re.Pattern  # (lower case) a part that only finishes the one before it ('complete this')
    fixed_openers: _Lexicon
    coordination: re.Pattern
    lead: re.Pattern
    joiners: Guarded
    split_verbs: _Lexicon
    split_adverbs: _Lexicon
    split_after_and: _Lexicon
    split_after_comma_and: _Lexicon  # new verbs only after ', and' ('…, and complete the evacuation')
    one_office_of_two: re.Pattern  # 'Văn phòng HĐND và UBND phường' is one office
    ditto: re.Pattern  # a table cell repeating the one above ('Nt')
    empty_cell: re.Pattern  # a cell naming nobody ('Không', 'None')
    task_label: re.Pattern  # a label of a labelled task's line ('Lead:'), its words in group 'label'
    task_label_roles: dict  # label words -> lead, coordinators, time or other
    honorific: re.Pattern  # 'Đồng chí ' before a post
    possessive: re.Pattern  # 'its ' before a name
    nominal_list_end: re.Pattern  # 'việc thu gom' before ', xử lý …': one list of verbs made nouns
    fronted_times: _Lexicon  # 'Định kỳ 6 tháng (…), tổng hợp …': a time before the verb, no task of its own
    lowercase_heads: tuple  # heads written in lower case ('đại biểu HĐND')
    sector_modifiers: frozenset  # 'business associations': a sector before a group word (English)
    interjection: re.Pattern  # '…, according to their functions and tasks, shall …'
    topic_opener: re.Pattern  # 'Về …:', 'Regarding …:' before the sentence that assigns
    document_news: re.Pattern  # '(vừa) có văn bản … ' right before a trigger: the document's instruction
    sanction: re.Pattern  # what will be done to someone ('…; người đứng đầu sẽ bị xem xét trách nhiệm'): no task
    directing: _Lexicon            # 'chỉ đạo X tăng cường kiểm tra, xử lý …': the verbs after are X's
    heading_requests: _Lexicon     # 'Yêu cầu X …' opening an item under an agency's heading: that agency's act
    action_list_intro: re.Pattern  # '… agreed on the following actions' before the colon: 'X to …' items follow
    action_list_heading: re.Pattern  # a heading naming such actions ('3. Agreed actions', 'Action items - Q4 review')
    own_after_directing: _Lexicon  # … but for these ('…, báo cáo Thủ tướng'), the assignee's own again
    split_own_object: _Lexicon  # after 'and', a new task when the verb has an object of its own
    shared_object: re.Pattern   # … what follows such a verb when it has none ('and submit it to …')
    notask_opener: re.Pattern
    legal_basis: re.Pattern  # a paragraph giving the document's legal basis ('Căn cứ …', 'Theo đề nghị của …')
    quoted_instruction: re.Pattern  # a verb and colon, or a leader's label, that make the quotation after them an instruction
    quoted_speaker: re.Pattern  # a leader said to have said the quotation before it ('…", Thủ tướng nói')
    colon_intro: re.Pattern  # 'Phó Thủ tướng kết luận: ' before the order on the same line
    promulgation: re.Pattern  # the paragraph that issues the document itself, after its bases
    delivery: re.Pattern
    report_clause: re.Pattern
    nontask_sentence: _AnyOf
    report_background: _AnyOf  # in a report, a sentence of what came before the news ('Trước đó, …')
    closing_each: re.Pattern
    accountability_part: re.Pattern  # a split-off part that only says who answers for what: no task
    whole_group: re.Pattern  # a list that names one group ('cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và …')
    done_status: re.Pattern  # a task table's status cell that says the task is done or dropped
    reassigned_status: re.Pattern  # a status cell that gives the task to another body ('Giao lại X chủ trì')
    reassigned_role: re.Pattern  # the role after the body a status cell gives the task to ('chủ trì')
    deadline_statement: re.Pattern  # '…; the deadline for completing it is …': the clause before's
    assessment_opener: re.Pattern  # 'Chính phủ thống nhất đánh giá:' opens a paragraph of results
    self_description: re.Pattern  # '(UBND xã X) xây dựng Kế hoạch như sau:': no assignment
    heading_agency: re.Pattern
    heading_tail: re.Pattern
    heading_apposition: re.Pattern  # ', chủ đầu tư …', ', the investor of …' after a heading's name (lower-cased text)
    name_qualifier: re.Pattern
    unit_under_parent: re.Pattern  # a named unit and the body it belongs to: its own name ('unit') is an alias
    purpose_heading: re.Pattern
    advice_heading: re.Pattern  # a numbered section in the copy's author's voice ('4. Our recommendations'): no task
    proposals_heading: re.Pattern  # a report's 'KIẾN NGHỊ, ĐỀ XUẤT': what it asks of its superiors, no task
    law_quote: re.Pattern
    generic_intro: re.Pattern
    group_definition: re.Pattern
    purpose: re.Pattern
    continuer: re.Pattern
    enumeration: Guarded
    addressee_opener: re.Pattern
    modals: Optional[_Lexicon] = None
    verbs: Optional[_Lexicon] = None
    group_modifiers: Optional[re.Pattern] = None
    abbreviation: Optional[re.Pattern] = None
    second_asked: Optional[re.Pattern] = None  # ', and' before a second subject or order (English)
    month_abbreviation: Optional[re.Pattern] = None  # 'Jan.' before its day ('by Jan. 20'): no sentence ends there
    coordination_end: Optional[re.Pattern] = None
    name_parts: list = field(default_factory=list)  # (regex, 'fol' or 'low': the text it reads, reach)
    loose_coordination: Optional[re.Pattern] = None
    passive: Optional[re.Pattern] = None
    pronoun_subject: Optional[re.Pattern] = None
    subject_verb: Optional[re.Pattern] = None  # the verb after a subject in a sentence of no task (English)
    passive_modal: Optional[re.Pattern] = None
    passive_by: Optional[re.Pattern] = None
    distributed_plural: Optional[re.Pattern] = None  # 'the Ministries of …' (English)
    addressee_request: Optional[re.Pattern] = None  # '(For X,) the Department requests them to …'


class _AnyOf:
    """Whether one of a list of patterns (for the folded text) finds something in a string. The ones
    anchored with '^' are tried once at its start: those that open with anything but a run of any
    characters as one regex, which fails early; those that open with a run of any characters
    ('^.{0,100}\\bđể …', which backtracks over 100 characters) one by one, each only when the string
    holds one of its words. The others are searched as one regex, which the regex engine can start
    from their literal opening (in one regex with the anchored ones it tried the alternation at
    every offset)."""

    def __init__(self, patterns):
        choices = [c for p in patterns for c in _alternatives(_fold_rx(p), 0)[0]]
        anchored = [c[1:] for c in choices if c.startswith("^")]
        plain = [c for c in anchored if not c.startswith((".", "[^"))]
        anywhere = [c for c in choices if not c.startswith("^")]
        self.at_start = re.compile(r"(?:" + "|".join(plain) + ")") if plain else None
        self.loose_at_start = [Guarded(c) for c in anchored if c not in plain]
        self.anywhere = re.compile(r"(?:" + "|".join(anywhere) + ")") if anywhere else None

    def finds(self, string: str) -> bool:
        if self.at_start is not None and self.at_start.match(string):
            return True
        for loose in self.loose_at_start:
            if loose.may_match(string, 0, len(string)) and loose.regex.match(string):
                return True
        return self.anywhere is not None and self.anywhere.search(string) is not None


def _fold_rx(pattern: str) -> str:
    """A pattern written with diacritics, for matching the folded text (escapes must be lower-case)."""
    return fold(pattern)


def _words(fragments) -> str:
    return "|".join(sorted(fragments, key=len, reverse=True))


def _with_british_spellings(verbs: list[str]) -> list[str]:
    """The verbs with the British '-ise' form of each '-ize' one ('prioritise', 'energise'):
    translations use both, and the table lists each verb once."""
    known = set(verbs)
    british = [re.sub(r"ize\b", "ise", verb) for verb in verbs if re.search(r"ize\b", verb)]
    return verbs + [verb for verb in dict.fromkeys(british) if verb not in known]


def _with_old_tone_marks(entries: list[str], old_marks: dict[str, str]) -> list[str]:
    """The entries and, where a syllable has its tone placed the old way too ('đảng ủy' / 'đảng uỷ', 'số hóa'
    / 'số hoá'), the entry so written."""
    spellings = re.compile("|".join(map(re.escape, old_marks)))
    variants = [spellings.sub(lambda m: old_marks[m.group()], entry) for entry in entries]
    return list(dict.fromkeys([*entries, *variants]))


@lru_cache(maxsize=None)
def _grammar(language: str) -> _Grammar:
    table = load_table("task_patterns.json")
    common, g = table["common"], table[language]
    if language == "vi":
        g = {**g, **{key: _with_old_tone_marks(value, common["old_tone_marks"]) for key, value in g.items()
                     if isinstance(value, list) and all(isinstance(item, str) for item in value)}}
    heads = g["agency_heads"]
    titles = g["title_heads"]
    if language == "vi":
        predicates = g["task_predicates"]
        imperative = predicates
        enders = g["name_enders"]
    else:
        g = {**g, **{key: _with_british_spellings(g[key]) for key in ("verbs", "split_verbs_after_and")}}
        predicates = g["modals"] + [v + "s" for v in g["verbs"]] + ["presides", "coordinates"]
        imperative = g["verbs"] + [v + "ing" for v in g["verbs"]] + [v[:-1] + "ing" for v in g["verbs"]
                                                                    if v.endswith("e")] + g["imperative_extra"]
        enders = ["to"]
    grammar = _Grammar(
        language=language, raw=g, common=common,
        markers=[(kind, rank, re.compile(rx)) for kind, rank, rx in common["markers"]],
        markers_any=re.compile("|".join(f"(?:{rx.replace('?P<label>', '')})" for _, _, rx in common["markers"])),
        triggers=_Lexicon(g["triggers"]),
        trigger_not_after=re.compile(r"(?:^|\s)(?:" + _words(g["trigger_not_after"]) + r")\s*$", re.I),
        trigger_not_before=re.compile(r"^\s*(?:" + _words(g.get("trigger_not_before", ["\x00"])) + r")(?!\w)", re.I),
        authorities=_Lexicon(g.get("authorities", []) or ["\x00"]),
        proposing_triggers=frozenset(g.get("proposing_triggers", ())),
        proposing_authorities=_Lexicon(g.get("proposing_authorities", []) or ["\x00"]),
        petition_addressee=re.compile(g.get("petition_addressee", "(?!)")),
        addressee_title=re.compile(r"(?:" + "|".join(g.get("addressee_titles") or ["(?!)"]) + r")(?!\w)"),
        background=_Lexicon(g["background_cues"] or ["\x00"]),
        heads=re.compile(r"(?:" + _words(heads) + r")(?!\w)"),
        titles=re.compile(r"(?:" + _words(titles) + r")(?!\w)"),
        distributive=re.compile(r"(?P<title>(?:" + _words(titles) + r")\s+)?(?:các\s+)?(?P<head>" + _DISTRIBUTED_HEADS
                                + r")(?:\s*,\s*(?:cơ quan|ngành))?\s*:\s*",
                                re.I),  # "(Bộ trưởng) các Bộ: Công an, …"
        # "(Chủ tịch) Ủy ban nhân dân các tỉnh(:) Lào Cai, Phú Thọ"
        province_list=re.compile(r"(?P<title>(?:" + _words(titles) + r")\s+)?(?P<body>Ủy ban nhân dân|UBND)\s+các\s+"
                                 r"(?P<units>tỉnh(?:\s*,\s*thành phố)?|thành phố)\s*:?\s*(?=\w)"),
        group_start=re.compile(r"(?:" + _words(g.get("group_determiners", ["the", "all"])) + r")\s+\w", re.I),
        group_word=re.compile(r"(?:" + _words(g["group_words"]) + r")(?!\w)", re.I),
        predicates=_Lexicon(predicates),
        nontask=_Lexicon(g["nontask_predicates"]),
        enders=_Lexicon(enders),
        strong=set(g.get("strong_enders", [])),
        parenthetical=Guarded(r"(?:" + "|".join(g.get("name_parentheticals", [r"\("])) + r")", re.I),
        imperative=_Lexicon(imperative),
        imperative_excluded=_Lexicon(g.get("imperative_excluded", []) or ["\x00"]),
        openers=_Lexicon(g["openers"]),
        condition_consequence=re.compile(g.get("condition_consequence", "(?!)")),
        time_restatement=re.compile(g.get("time_restatement", "(?!)")),
        completion_restatement=re.compile(g.get("completion_restatement", "(?!)")),
        fixed_openers=_Lexicon([o + r"\s*,?" for o in g["fixed_openers"]]),
        coordination=re.compile(r"(?:" + "|".join(g["coordination"]) + r")", re.I),
        lead=re.compile(r"(?:\s*(?:" + "|".join(g["lead_markers"]) + r")(?!\w)\s*[,:]?)+", re.I),
        joiners=Guarded(r"(?:" + "|".join(g["clause_joiners"]) + r")", re.I),
        split_verbs=_Lexicon(g["split_verbs"] or ["\x00"]),
        split_adverbs=_Lexicon(g["split_adverbs"] or ["\x00"]),
        split_after_and=_Lexicon(g["split_verbs_after_and"] or ["\x00"]),
        split_after_comma_and=_Lexicon(g.get("split_verbs_after_comma_and") or ["\x00"]),
        fronted_times=_Lexicon(g["fronted_times"]),
        lowercase_heads=tuple(g["lowercase_heads"]),
        sector_modifiers=frozenset(g.get("sector_modifiers", ())),
        nominal_list_end=re.compile(g["nominal_list_end"]),
        whole_group=re.compile("|".join(_fold_rx(p) for p in g["whole_groups"]) or "(?!)", re.I),
        one_office_of_two=re.compile(g["one_office_of_two"]),
        ditto=re.compile(r"(?i:" + "|".join(map(re.escape, common["ditto_cells"])) + r")\.?"),
        empty_cell=re.compile(r"(?i:" + "|".join(map(re.escape, common["empty_cells"])) + r")\.?"),
        # no look-behind first: the regex engine then skips to the labels' first letters
        task_label=re.compile(r"(?P<label>" + _words(map(re.escape, (
            w for words in common["task_labels"].values() for w in words))) + r")[ \t]*:[ \t]*"),
        task_label_roles={w: role for role, words in common["task_labels"].items() for w in words},
        honorific=re.compile(r"(?:" + "|".join(map(re.escape, common["honorifics"])) + r") "),
        possessive=re.compile(r"(?:" + "|".join(map(re.escape, common["possessive_determiners"])) + r"|the (?:"
                              + "|".join(map(re.escape, common["possessive_owners"])) + r")['’]s) ", re.I),
        directing=_Lexicon(g["directing_verbs"]),
        heading_requests=_Lexicon(g["heading_requests"] or ["\x00"]),
        action_list_intro=re.compile(r"(?:" + "|".join(g["action_list_intros"] or ["(?!)"]) + r")\s*\Z", re.I),
        action_list_heading=re.compile(r"(?<!\w)(?:" + "|".join(g["action_list_intros"] or ["(?!)"]) + r")(?!\w)", re.I),
        sanction=re.compile(g["sanction"]),
        interjection=re.compile(with_start_guard("|".join(g.get("interjections") or ["(?!)"]), re.I), re.I),
        topic_opener=re.compile(r"(?:" + _words(_fold_rx(w) for w in g["topic_openers"]) + r")(?!\w)"),
        document_news=re.compile(g.get("document_news", "(?!)")),
        own_after_directing=_Lexicon(g["own_after_directing"]),
        split_own_object=_Lexicon(g.get("split_verbs_after_and_own_object") or ["\x00"]),
        shared_object=re.compile(g.get("shared_object_after", "(?!)")),
        notask_opener=re.compile(_fold_rx(g["notask_openers"])),
        legal_basis=re.compile(_fold_rx(g["legal_basis_openers"])),
        quoted_instruction=re.compile(r"(?<!\w)(?:" + _words(g.get("quoted_instruction_verbs") or ["\x00"])
                                      + r")\s*:\s*\Z|" + (g.get("quoted_speaker_label") or "(?!)") + "|"
                                      + (g.get("quoted_excerpt_label") or "(?!)"), re.I),
        quoted_speaker=re.compile(g.get("quoted_speaker_after") or "(?!)"),
        colon_intro=re.compile(r"[^\n.;:\"“]{0,80}?(?<!\w)(?:" + _words(g.get("colon_intro_verbs") or ["\x00"])
                               + r")(?:\s+(?:như sau|rằng|that|as follows))?\s*:[ \t]+", re.I),
        promulgation=re.compile(_fold_rx(g["promulgation"])),
        delivery=re.compile(_fold_rx(g["delivery"])),
        report_clause=re.compile(_fold_rx(g["report_clause"])),
        nontask_sentence=_AnyOf(g["nontask_sentence"]),
        report_background=_AnyOf(g["report_background_sentence"]),
        closing_each=re.compile(_fold_rx(g["closing_each"])),
        accountability_part=re.compile(_fold_rx(g["accountability_part"])),
        done_status=re.compile(common["table_done_status"]),
        reassigned_status=re.compile(common["table_reassigned_status"]),
        reassigned_role=re.compile(common["table_reassigned_role"]),
        deadline_statement=re.compile(_fold_rx(g["deadline_statement"])),
        assessment_opener=re.compile(_fold_rx(g["assessment_opener"])),
        self_description=re.compile(_fold_rx(g["self_description"])),
        heading_agency=re.compile(_fold_rx(g["heading_agency"])),
        heading_tail=re.compile(_fold_rx(g["heading_tail"])),
        heading_apposition=re.compile(r",\s+(?:" + _words(w.lower() for w in g["heading_appositions"]) + r")(?!\w)"),
        name_qualifier=re.compile(r"\s(?:" + _words(g["name_qualifiers"]) + r")\s", re.I),
        unit_under_parent=re.compile(g["unit_under_parent"]),
        purpose_heading=re.compile(_fold_rx(g["purpose_heading"])),
        advice_heading=re.compile(_fold_rx(g["advice_heading"]), re.I),
        proposals_heading=re.compile(_fold_rx(g["report_proposals_heading"]), re.I),
        law_quote=re.compile(_fold_rx(g["law_quote"])),
        generic_intro=re.compile(_fold_rx(g["generic_intro"])),
        abbreviation=re.compile(r"(?<!\w)(?:" + "|".join(common["abbreviations"]) + r")\.$", re.I),
        second_asked=re.compile(_EN_SECOND_ASKED.replace("{verbs}", "|".join(g.get("second_request_verbs") or ["(?!)"]))),
        month_abbreviation=re.compile(r"(?<!\w)(?:" + "|".join(common["month_abbreviations"]) + r")\.$", re.I),
        addressee_opener=re.compile(_fold_rx(r"(?:" + "|".join(g["addressee_openers"]) + r")\s+")),
        enumeration=Guarded(r"(?<!\w)(?:" + "|".join(g["enumeration_intros"]) + r")\s*:"),
        continuer=re.compile(r"(?:" + "|".join(g["clause_continuers"]) + r")\s"),
        purpose=re.compile(r"(?<!\w)(?:" + "|".join(g["purpose_words"]) + r")(?!\w)"),
        group_definition=re.compile(r"\s*\((?:" + g["group_definition"] + r")\s+([^()]{3,120})\)", re.I),
    )
    if language == "vi":
        # words that read as predicates but belong to a name ("các chủ đầu tư", "đơn vị cấp tỉnh")
        name_parts = [_fold_rx(part) for part in g["name_parts"]]
        exact_parts = [part.lower() for part in g["name_parts_exact"]]
        grammar.name_parts = [(_alternation(name_parts), "fol", _reach(name_parts)),
                              (_alternation(exact_parts), "low", _reach(exact_parts))]
    if language == "en":
        grammar.modals = _Lexicon(g["modals"])
        grammar.verbs = _Lexicon(g["verbs"] + [v + "s" for v in g["verbs"]] + [v + "es" for v in g["verbs"]])
        grammar.group_modifiers = re.compile(r"(?:" + _words(g["group_modifiers"]) + r")$", re.I)
        grammar.coordination_end = re.compile("|".join(g["coordination_ends"]))
        grammar.pronoun_subject = re.compile(r"(?:" + "|".join(g["pronoun_subjects"]) + r")\s+(?:also\s+)?")
        grammar.subject_verb = re.compile(r"\s(?:" + _words(g["sentence_subject_verbs"]) + r")\s")
        participle = g["passive_participle"]
        grammar.passive = re.compile(r"\s*(?:also\s+)?be\s+" + participle + r"\b")
        grammar.passive_modal = re.compile(r"(?<!\w)(?:" + "|".join(g["passive_modals"]) + r")(?:\s+also)?(?=\s+be\s)")
        grammar.passive_by = re.compile(r"\s+be\s+(" + participle + r")\s+by\s+")
        grammar.loose_coordination = re.compile(r"(?:" + "|".join(g["loose_coordination"]) + r")", re.I)
        grammar.addressee_request = re.compile(g["addressee_request"])
        grammar.distributed_plural = re.compile(r"(?P<det>[Tt]he\s+)?(?P<head>" + _words(g["distributed_plurals"]) +
                                                r")\s+of\s+(?=[A-Z])")
    return grammar


# ---------------------------------------------------------------- reading units


@dataclass
class _Para:
    start: int
    end: int
    body: int
    rank: Optional[float]
    label: Optional[str]
    heading: bool = False
    cells: Optional[list] = None


@dataclass
class _Scope:
    rank: float
    marked: bool
    assignees: list = field(default_factory=list)
    coordinators: list = field(default_factory=list)
    prefix: str = ""
    deadline: Optional[Deadline] = None
    notask: bool = False
    addressee: bool = False  # "Kính gửi:": ends at the first paragraph without a list marker
    opens_list: bool = False  # an unmarked paragraph's intro that no item has followed yet
    audience: bool = False
    span: tuple = (0, 0)
    confidence: float = 0.75
    bullet: Optional[str] = None  # the bullet of an intro item ('• All agencies will:'): another bullet's items nest under it


@dataclass
class _Found:
    """One task before it becomes a :class:`Task`: spans into the text."""

    start: int
    end: int
    assignees: list
    coordinators: list
    action: tuple
    prefix: str = ""
    deadline: Optional[Deadline] = None
    confidence: float = 0.8
    context_span: tuple = (0, 0)
    sentence: int = 0
    report: bool = False
    joined: bool = False
    each: bool = False


_TERMINAL = ".;:!?…"
_NOUN_AFTER = re.compile(r"\s*(?:,|và\b|and\b|của\b|of\b)")
_PREPOSITION_END = re.compile(r"\s(?:về|của|cho|với|tại)$")
# The plural object of a heading's verb, which the items under it list ('ban hành các văn bản …:')
_LIST_OF_OBJECTS = re.compile(r"\b(?:các|những)\s+(?:văn bản|thông tư|nghị định|quyết định|đề án|dự án|chương trình|"
                              r"kế hoạch|báo cáo|hồ sơ|quy định|quy chuẩn|tiêu chuẩn|công trình|nội dung sau)\b", re.I)
# A report's lead restating a task of its body shares at least this much of its words with it.
_RESTATED_SHARE = 0.5
_LEAD_SENTENCES = 2
_RESTATED_STOP = frozenset("cac va cua cho voi tai the of to and in on for a an phai can".split())
_WORD = re.compile(r"\w+")
_DELIVERY_VERBS = ("đề xuất", "báo cáo", "trình", "gửi", "thông báo")  # the cheap test before _is_delivery after a comma
# ', and' before a second subject or a second order: '… to ensure …, and the Newspaper to step up …', '…, and
# shall require X to …', '…, and requires the Ministry of X to …' (its verbs: task_patterns.json
# en.second_request_verbs)
_EN_SECOND_ASKED = (r",\s+and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|[-–]\s+)?[A-Z][\w'’-]*)*"
                    r"\s+(?:to\s+[a-z]+|must|shall|should|will|is\s+to|are\s+to|needs?\s+to)\s"
                    r"|(?:shall|must)\s+(?!not\s+be\b)(?:also\s+)?[a-z]+\s"
                    r"|(?:also\s+)?(?:{verbs})\s+(?:the\s+)?[A-Z])")
_EN_BARE_INFINITIVE = re.compile(r"\bto\s+([a-z]+)$")
_EN_PLACES_THEN_PLURAL = re.compile(r"(?:[Tt]he\s+)?(?P<list>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
                                    r"(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})*,?\s+and\s+"
                                    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+(?:provinces|cities)")
_EN_PLACE_END = re.compile(r"\b(?:zone|province|city|commune|ward|district|area)s?$")
_EN_ADVERB = re.compile(r"[a-z]+ly\s+|please\s+|re-(?=[a-z])|(?:do\s+)?not\s+(?!only\b)")  # "Proactively store …", "not carry out …"
_EN_PLEASE = re.compile(r"please\s+")
# a chat's mention of a user by handle ('@hoa_ktn', '@U04BAO', '@channel'); '@Department of Health:' names a body
_HANDLE_MENTION = re.compile(r"@(?:(?=[\w.\-]*[_\d])[\w.\-]+|[a-z][\w.\-]*)\s+")
_EN_ACRONYM = re.compile(r"[A-Z]{3,6}")
_EN_ACRONYM_ORDER = re.compile(r"\s+(?:will|shall|must|should|is to|are to|to)\s")
# Who leads an action, named at its end: "… do Bộ Xây dựng chủ trì (thực hiện)"
_LEAD_AT_END = re.compile(r"\s+do\s+(?P<name>[A-ZĐÀ-Ỹ][^,;.()]{2,80}?)\s+(?:chủ trì|thực hiện|đảm nhiệm|phụ trách)"
                          r"(?:\s+thực hiện)?\s*[.;]?\s*$")
# The place after an authority's title: "Chủ tịch UBND tỉnh (Lâm Đồng)"
_AUTHORITY_PLACE = re.compile(r"(?:tỉnh|thành phố|xã|phường|đặc khu)(?:\s+[A-ZĐÀ-Ỹ]\w*)*\s+")
_WORD_END = re.compile(r"[^\s,;:()]+")
# Lower-case words a ministry's name may be followed by within the name of several bodies
_AFTER_MINISTRY = frozenset({"và", "cùng", "với", "hoặc"})
_LIST_GOES_ON = re.compile(r"\s*(?:,|và\s|có liên quan|liên quan)")
_PLURAL_BEFORE = re.compile(r"(?:^|\W)(?:các|những|mọi)\s$")
_PLURAL_WORD = re.compile(r"(?<!\w)(?:các|những|mọi)\s")
_HAS_CHARS = 80  # how far what a group's members have ('các xã có học sinh bán trú') may run before the verb
_CLAUSE_STOP = re.compile(r"[;:.()\n]")
_EN_SELF_NAMED = re.compile(r"(?:[Tt]he|[Tt]his)\s+(\w+)")
_COLON_ENDS_LINE = re.compile(r":[ \t]*(?:\n|\Z)")
# "the Ministry of Information and Communications (MIC)": the text defines "MIC" as a name
# An abbreviation a name is given in brackets: 'MIC', 'Bộ TT&TT', 'MoIT', 'MoC', 'PMU-MLR'
_ABBREVIATION = r"(?:(?:[A-ZĐ][a-zđ]{0,3}\s?)?[A-ZĐ][A-ZĐ&]{1,9}(?:-[A-ZĐ]{2,6})?|[A-ZĐ][a-zđ]{1,3}[A-ZĐ])"
_DEFINED_ABBREVIATION = re.compile(rf"\(({_ABBREVIATION})\)")
_QUOTES = {"“": "”", '"': '"', "«": "»"}
_QUOTE_OR_LINE_END = re.compile("[\n" + re.escape("".join(set(_QUOTES) | set(_QUOTES.values()))) + "]")


# Heads a list of names after ':' shares ("các Bộ: Công an, Tài chính" = Bộ Công an, Bộ Tài chính)
_DISTRIBUTED_HEADS = "Bộ|Sở|Cục|Vụ|Ban"
# "…; Giám đốc các Sở: Tài chính, Xây dựng", "Ủy ban nhân dân các tỉnh, thành phố: A, B": names listed after ':'
_LISTED_AFTER_COLON = re.compile(r"\bcác\s+(?:" + _DISTRIBUTED_HEADS + r"|tỉnh|thành phố|huyện|quận|xã|phường)"
                                 r"(?:\s*,\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|cơ quan|ngành))*\s*$", re.I)
# How far an English subject may run before its verb: a list of several ministries and groups
# ("The Minister of Industry and Trade, …, chairpersons of People's Committees of provinces and
# centrally run cities and heads of related agencies shall …") runs past 160 characters.
_EN_SUBJECT_CHARS = 600
# The longest English list of agencies read as one subject, in words: a decision's closing article
# names five or six officials ("The Chief of the Ministry Office, the Director of …, heads of …").
_EN_NP_WORDS = 45
# A news report's attribution at the end of a sentence: '…, the PM said', '…, Chinh stressed'
_REPORTING_VERBS = ("said", "added", "stressed", "noted", "emphasised", "emphasized")
_REPORTING_TAIL = re.compile(r"\s*,\s*(?:the\s+)?[\w'’. -]{1,40}?\s(?:" + "|".join(_REPORTING_VERBS) + r")$", re.I)
_WITH_GERUND = re.compile(r"with [a-z]+ing\b")
_EN_PRONOUN_SUBJECT = re.compile(r"(?:it|they)\s+")
_CAPITALS_WORD = re.compile(r"[A-ZĐ][A-ZĐ&]{1,9}\b")
# 'Ban Quản lý dự án 85 cùng các nhà thầu': 'cùng' (together with) before a name joins two agencies
# a company's legal form after a comma ('Sakura Electronics Vietnam Co., Ltd.') ends its name: no new item
_LEGAL_FORM = "|".join(map(re.escape, sorted(load_table("task_patterns.json")["common"]["company_legal_forms"],
                                             key=len, reverse=True)))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ITEM_SEPARATOR = re.compile(r",\s*(?:và|and)\s+|,(?!\s*(?:" + _LEGAL_FORM + r")(?!\w))\s*|\s+(?:và|and|&)\s+|"
                             r"\s+cùng\s+(?=các\s|[A-ZĐ])")
_ENDS_IN_LEGAL_FORM = re.compile(r"\b(?:" + _LEGAL_FORM + r")\.?$")
_REVERSED_ROLES = re.compile(r"\s*(?:và\s+)?chủ trì cùng\s+", re.I)
_ACTION_CUT = re.compile(r",\s*(?:(?:và|and)\s+)?|\s+(?:và|and)\s+")
_LEADING_CONNECTIVE = re.compile(r"^(?:và|and|to|then|also|trên cơ sở đó|đồng thời|phải|cần(?! thiết)|at the same time|"
                                 r"with(?= \w+ing\b))"
                                 r"\s*,?\s+", re.I)
# what the action is based on, set off by commas before its verb: not the action
_EN_LEADING_BASIS = re.compile(r"^(?:based on|on the basis of|in accordance with|according to|in line with)\b[^,;.]{0,120},\s*"
                               r"(?=[a-z])", re.I)
# "the" before and "(EVN)" after a name
_BARE_NAME = re.compile(r"^(?:the|The)\s+|\s*\([^)]*\)\s*$")
# words left hanging where the deadline was cut out ('… to soon start works and [complete in 2025]',
# '…, to be [completed in 2026]')
_HANGING_WORDS = ("và", "and", "or", "hoặc", "to be")
_HANGING_END = re.compile(r"(?:,\s*)?\s+(?:và|and|or|hoặc|(?-i:to be))$", re.I)
_HANGING_ENDINGS = tuple(" " + words for words in _HANGING_WORDS)  # a cheap test before the regex
_LONGEST_ENDING = max(map(len, _HANGING_ENDINGS))
_BULLET_RANK = 5  # the rank of '-', '–', '•' items (models/task_patterns.json "markers")
_SHORT_QUOTE = 40  # characters on either side of a full stop that a slogan's quotation does not reach
# the next numbered or lettered item, where a labelled task's lines end; they run to 1,500 characters at most
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[ \t]*[.)]|[IVXL]{1,5}[ \t]*[.)]|[a-zđ]\))[ \t]")
_LABELLED_BLOCK_CHARS = 1500
_CARD_TITLE_CHARS = 120  # a task card's title line ('PHIẾU GIAO NHIỆM VỤ SỐ 01/PGNV') is no longer
_SENTENCE_STOP = re.compile(r"[.!?]")
_INLINE_LABEL = re.compile(r"(?:\((?:[a-zđ]|[ivx]{1,4}|\d{1,2})\)|[a-zđ]\))(?=\s)")
_BRACKET_OR_SEMICOLON = re.compile(r"[();]")


class _Reader:
    def __init__(self, ctx: ParseContext):
        self.ctx = ctx
        self.text = text = ctx.text
        self.g = _grammar("en" if ctx.language == "en" else "vi")
        self.en = self.g.language == "en"
        self.low = _lower_keep_length(text)
        folded = fold_keep_length(text)
        self.fol = folded if len(folded) == len(text) else self.low
        self.quoted = _quoted_mask(text, self.g.quoted_instruction, self.g.quoted_speaker)
        self.has_quotes = '"' in text or "“" in text
        self.deadlines = self._all_deadlines()
        self.deadline_starts = [d.span.start for d in self.deadlines]  # sorted: bisected for every clause
        self.connectors = set(self.g.raw.get("name_connectors", [])) | {"'s", "s"}
        self.definitions = list(_DEFINED_ABBREVIATION.finditer(text))
        self.abbreviations = {m.group(1) for m in self.definitions}
        self.found: list[_Found] = []
        # each name read out of a distributed list ('Ủy ban nhân dân các tỉnh: Lào Cai, Phú Thọ') -> the
        # list as written, which is another name of each agency in it
        self.listed_in: dict[tuple[int, int], str] = {}
        self.sentence_id = 0
        self.item_body = -1  # where the text of the list item read starts (-1: no list item)
        self.last_full_ministry: Optional[tuple] = None
        # the list items after "The Prime Minister requested:" read "X to <verb> …" (English)
        self.request_items = False
        self.request_rank = -1.0  # the rank of the item whose request the items under it answer
        self.time_heading: Optional[Deadline] = None  # the time a heading over the tasks names alone
        self.table_header: Optional[dict] = None  # the column roles of the table being read
        self.last_letter = ""  # the label of the last lettered item: tells '(i)' the letter from the numeral
        self.cell_above: dict[str, list] = {}  # column -> the agencies of its row above
        g = self.g
        if not self.en:  # what _name_end searches: name parts, then the words that end a name
            self.name_sources = [(rx, getattr(self, text), reach) for rx, text, reach in g.name_parts] + [
                source for lex in (g.predicates, g.nontask, g.enders) for source in lex.sources(self.low, self.fol)]
        else:  # what _en_subject searches, each source with the kind of word it finds
            self.subject_sources, self.subject_kinds = [], []
            for kind, lex in (("modal", g.modals), ("verb", g.verbs), ("nontask", g.nontask)):
                for source in lex.sources(self.low, self.fol):
                    self.subject_sources.append(source)
                    self.subject_kinds.append(kind)

    # ------------------------------------------------------------ set-up

    def _all_deadlines(self) -> list[Deadline]:
        found = find_deadlines(self.text, language=self.g.language, doc_date=self.ctx.doc_date, offset=0,
                               published=self.ctx.published)
        return sorted((d for d in found if d.span is not None), key=lambda d: d.span.start)

    # ------------------------------------------------------------ paragraphs

    def paragraphs(self) -> list[_Para]:
        g, text = self.g, self.text
        page_break = re.compile(g.common["page_break_line"])
        merge_min = g.common["merge_min_words"]
        paras: list[_Para] = []
        header, header_line = None, -1
        group_lead = None  # in a grouped table, the body its last group row names
        skipping = False
        blank = paged = False
        pos = 0
        lines = text.split("\n")
        form = self._form_lines(lines)
        for index, line in enumerate(lines):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped or index in form:
                blank = True
                continue
            if page_break.match(stripped) or stripped.isdigit() and len(stripped) <= 3:
                paged = True  # a page break (and its page number) does not end a sentence
                continue
            after_blank, blank, paged = blank and not paged, False, False
            lead = start + len(line) - len(line.lstrip())
            end = start + len(line.rstrip())
            skipping, kind = past_distribution(stripped, skipping)
            if kind != TEXT_LINE:  # (an appendix's heading after the list is no task; after a forwarded
                continue  # notice's list, a chat's or a mail's own messages are read)
            cells = _cells(line)
            # the cells in the text, for a line that may be a table's (most lines are one cell, no table)
            spans = [(start + a, start + b) for a, b in cells] if len(cells) >= 3 or header else []
            roles = self._table_header(spans) if len(cells) >= 3 else None
            if roles:
                header, header_line = roles, index  # (a header repeated on the next page keeps its table's group)
                continue
            if header and index == header_line + 1 and (split := self._split_lead_header(spans, header)) is not None:
                header = split
                continue
            if header and "grouped" in header:
                named = self._group_lead(spans)
                if named is not None:
                    group_lead = named
                    continue
                if group_lead is not None and len(cells) >= 2:
                    row = spans[:header["lead"]]
                    row += [(end, end)] * (header["lead"] - len(row)) + [group_lead]  # an empty last cell left out
                    paras.append(_Para(lead, end, lead, None, None, cells=(header, row)))
                    continue
                if len(cells) == 1 and self.g.markers_any.match(stripped):
                    header = group_lead = None  # the next section: the table has ended
            if header and len(cells) >= 3:
                paras.append(_Para(lead, end, lead, None, None, cells=(header, spans)))
                continue
            marker = self._marker(text, lead, end)
            if header is None and marker is not None and len(cells) == 3 and \
                    (row := self._headless_row(marker[2], spans)) is not None:
                paras.append(row)
                continue
            if marker is None and paras and paras[-1].cells is None and \
                    self._continues(paras[-1], lead, merge_min, after_blank):
                paras[-1].end = end
                continue
            rank, label, body = marker if marker else (None, None, lead)
            paras.append(_Para(lead, end, body, rank, label))
        last_item = None
        for para, following in zip(paras, paras[1:] + [None]):
            para.heading = para.cells is None and self._is_heading(para, last_item, following)
            if para.rank is not None:
                last_item = para
        return paras

    def _form_lines(self, lines: list[str]) -> set[int]:
        """Indices of the lines of a form ('Số đến:    18274', 'Ngày đến: …', 'Hạn xử lý: 25/09/2026', with the
        lower-case lines that wrap a value): three or more 'label: value' lines in a row whose labels hold no
        digit, none of which labels a task's lead ('Lead: …', 'Chủ trì: …') and none of whose values opens with a
        verb ('Bộ Tài chính: chủ trì, …' is an assignment). A record, not instructions."""
        form: set[int] = set()
        run: list[int] = []
        pos = 0
        for index, line in enumerate(lines + [""]):
            start, pos = pos, pos + len(line) + 1
            if not run and ":" not in line:
                continue  # no field, no run to go on: most lines
            marked = self.g.markers_any.match(line.lstrip()) is not None
            field = None if marked else _FORM_FIELD.match(line)
            if field is not None:
                run.append(-1 if self._assigns(start + len(line) - len(line.lstrip()), start + field.end() - 1)
                           else index)
            elif run and not marked and line.lstrip()[:1].islower():
                run.append(index)  # a value wrapped onto the next line
            else:
                if len(run) >= 3 and -1 not in run:
                    form.update(run)
                run = []
        return form

    def _assigns(self, label: int, value: int) -> bool:
        """Whether a 'label: value' line assigns: a task's lead label, or a verb opening the value."""
        g = self.g
        task_label = g.task_label.match(self.text, label)
        return bool(task_label and g.task_label_roles[task_label.group("label")] == "lead" or
                    g.triggers.match(self.low, self.fol, value) > 0 or
                    g.split_verbs.match(self.low, self.fol, value) > 0 or
                    g.verbs is not None and g.verbs.match(self.low, self.fol, value) > 0)

    def _headless_row(self, body: int, cells: list[tuple[int, int]]) -> Optional[_Para]:
        """A numbered item set out as a row with no header row over it: an order, the body that carries it
        out, its time ('1. Hoàn chỉnh hồ sơ …    Ban Quản lý dự án …    30/9/2026', minutes' dot leaders)."""
        (_, task_end), lead, time = cells
        if not (self._imperative_start(body, task_end) and self._agency_start(lead[0])):
            return None
        para = _Para(cells[0][0], time[1], cells[0][0], None, None)
        para.cells = (_HEADLESS_ROW, [(body, task_end), lead, time])
        return para

    def _marker(self, text: str, lead: int, end: int):
        line = text[lead:end]
        for kind, rank, rx in self.g.markers:
            m = rx.match(line)
            if m:
                label = m.group("label")
                if kind == "number":  # '2.2.1.' sits under '2.2.' and above its 'a)' items
                    rank += label.count(".") / 2
                if kind == "bullet" and self.en and not line[m.end():m.end() + 1].isalpha():
                    continue
                if label == "*" and line.startswith(("  ", "\t"), 1):
                    continue  # a Party document's asterisk under its issuer, its dateline a column away
                if kind == "letter":
                    if label in _LETTER_BEFORE_ROMAN and self.last_letter != _LETTER_BEFORE_ROMAN[label]:
                        continue  # '(i)', 'i)' under 'a)' is a roman numeral; after 'h)' it is the next letter
                    self.last_letter = label
                return rank, label, lead + m.end()
        return None

    def _continues(self, prev: _Para, lead: int, merge_min: int, after_blank: bool = False) -> bool:
        """A line without marker continues the previous paragraph when that one was cut mid-sentence.

        A blank line before a capitalised line ends the paragraph (a photo
        caption or headline has no final stop, the next paragraph is new).
        """
        first = self.text[lead:lead + 1]
        if first.islower():
            return True
        if after_blank or self.g.task_label.match(self.text, lead) or _LABEL_LINE.match(self.text, lead):
            return False  # ('Deadline: …', 'Phối hợp: …': a labelled line of the item above, read on its own; a
            # label alone on its line, 'Speaker notes:', opens what follows)
        prev_text = self.text[prev.body:prev.end].rstrip()
        if not prev_text or prev_text[-1] in _TERMINAL:
            return False
        return len(prev_text.split()) >= merge_min

    def _is_heading(self, para: _Para, last_item: Optional[_Para], following: Optional[_Para]) -> bool:
        content = self.text[para.body:para.end].strip()
        if not content or following is None:
            return False
        if content[-1] in _TERMINAL or content.endswith(("./.", "/.")) or _INNER_SENTENCE_END.search(content):
            return False  # (a sentence and a note after it: '… trước ngày 03/02/2027. ← xong 28/1' is an item)
        if (para.rank == _BULLET_RANK or para.rank is not None and self._item_in_list(para, last_item, following)) \
                and self._imperative_start(para.body, para.end):
            return False  # '- Kiểm tra chất lượng các công trình' (no full stop) under an agency: an item
        words = content.split()
        limit = self.g.common["heading_max_words"] if para.rank is not None else 15
        if self.en and len(words) <= limit and (
                para.rank is not None and not self.ctx.report and _EN_MODAL_THEN_WORD.search(content)
                and not _EN_HEADING_NOUN.match(content) or self._en_inline_item(para.body, para.end) is not None):
            return False  # a slide's '• MOC will set up …', '• Ministry of Finance → arrange …', an action list's
            # 'Ministry Office: issue …' (no full stop): items (a news page's key-points box restates the
            # report's tasks in such lines)
        if self.en and para.rank is not None and self._en_infinitive_item(para.body, para.end):
            return False
        return len(words) <= limit or para.rank is None and len(words) <= self.g.common["heading_max_words"] and \
            self._agency_heading(para.body, para.end) is not None  # a long name over its items ('Văn phòng …')

    def _en_infinitive_item(self, start: int, end: int) -> bool:
        """An agreed action written 'X to <verb> …' ('• MOF to issue …', '• Action 3: MAE, in coordination with
        Y, to finalise …'), with no full stop on a slide: an item, not a heading over items."""
        m = _EN_INFINITIVE_ITEM.match(self.text, start, end)
        return m is not None and self._imperative_start(m.end(), end) and \
            self._en_heading_name_end(m.start("name"), m.end("name")) is not None

    def _item_in_list(self, para: _Para, last_item: Optional[_Para], following: _Para) -> bool:
        """A numbered line that a heading's lines do not follow: the next item comes straight after it ('1. Triển
        khai …' / '2. …'), its own labelled lines do ('Deadline: …', 'Phối hợp: …'), or it goes on a list of items
        (no headings) and has no items of its own under it."""
        if _next_item(para, following) or _next_item(last_item, para) and not last_item.heading and \
                not (following.rank is not None and following.rank > para.rank):
            return True
        line = self.text.find("\n", para.body, para.end)
        return self.g.task_label.match(self.text, line + 1 if line >= 0 else following.body) is not None

    def _table_header(self, cells) -> Optional[dict]:
        """Column roles of a task table's header row, or None."""
        roles: dict = {}
        common = self.g.common
        for index, (a, b) in enumerate(cells):
            cell = self.low[a:b] if isinstance(a, int) and b > a else ""
            # the role a cell names first ('Nội dung phối hợp' is the task column, 'Đơn vị phối hợp' the
            # coordinators'); the first column of a role keeps it
            found = [(match.start(), order, role) for order, (role, key) in enumerate(_TABLE_HEADER_ROLES)
                     if role not in roles and (match := re.search(common[key], cell))]
            if found:
                roles[min(found)[2]] = index
        task = cells[roles["task"]] if "task" in roles else None
        if task and "lead" not in roles and all(b - a <= _MATRIX_HEAD_CHARS for a, b in cells) and \
                re.match(common["table_task_header"], self.low[task[0]:task[1]]):
            # a matrix: a column per agency, its cells 'Chủ trì' / 'Phối hợp' ('Lead' / 'Support'); its header's
            # cells are short and its task column's opens with its name (a row of tasks is no header)
            agencies = tuple(index for index, (a, b) in enumerate(cells)
                             if index not in roles.values() and b > a and self._agency_start(a))
            if len(agencies) >= 2:
                roles["matrix"], roles["heads"] = agencies, tuple(cells)
        if "task" in roles and "time" in roles and "lead" not in roles and "matrix" not in roles:
            # a table grouped by the body that leads: its group rows name it ('II. Lead: Department of
            # Environment'); each row below takes it as its lead cell, one past its own cells
            roles["lead"], roles["grouped"] = len(cells), True
        if "time" in roles and len(years := _YEAR.findall(self.low, *cells[roles["time"]])) == 1:
            roles["year"] = int(years[0])  # 'Time (2027)': the year of the bare months and quarters under it
        return roles if ("lead" in roles or "matrix" in roles) and "task" in roles else None

    def _split_lead_header(self, cells: list[tuple[int, int]], header: dict) -> Optional[dict]:
        """The header's roles with coordinators, when the row under it splits its lead cell in two
        ('Đơn vị thực hiện' over 'Chủ trì | Phối hợp', 'Responsibility' over 'Lead | Support'): the
        coordinators' column is the one after the lead's, which the header left empty; else None."""
        common = self.g.common
        named = [self.low[a:b].strip() for a, b in cells if any(c.isalpha() for c in self.text[a:b])]
        coordinators = header.get("lead", -2) + 1
        if len(named) != 2 or coordinators < 0 or "coordinators" in header or "grouped" in header or \
                any(header.get(role) == coordinators for role, _ in _TABLE_HEADER_ROLES):
            return None
        lead, partners = named
        if max(len(lead), len(partners)) > _MATRIX_HEAD_CHARS or not re.match(common["table_lead_header"], lead) or \
                re.match(common["table_coordinator_header"], lead) or not re.match(common["table_coordinator_header"], partners):
            return None
        return {**header, "coordinators": coordinators}

    def _group_lead(self, cells: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
        """The name a group row of a grouped task table gives the body that leads the rows under it
        ('II. Lead: Department of Environment', 'I    Đơn vị chủ trì: Cục Bảo vệ thực vật    —'), or None
        for any other row: a lead label opens one cell, the others hold only a row number or nothing."""
        named = None
        for index, (a, b) in enumerate(cells):
            body = self._past_markers(a, b)
            label = self.g.task_label.match(self.text, body, b)
            if label is not None and self.g.task_label_roles[label.group("label")] == "lead" and named is None:
                named = (label.end(), b)
            elif any(c.isalpha() for c in self.text[a:b]) and not (index == 0 and _ROW_NUMBER.fullmatch(self.text, a, b)):
                return None
        return named

    def _parent_row(self, task: tuple[int, int], lead: tuple[int, int]) -> bool:
        """A task cell that only names the body its lead cell names ('▾ A. Electricity Authority (EA)' over
        'EA'): a tracker's parent row, whose child rows below hold its tasks."""
        led = self.text[lead[0]:lead[1]].strip()
        return bool(led) and led in self.text[task[0]:task[1]] and \
            bool(self._agency_heading(self._past_markers(*task), task[1]))

    def _past_markers(self, start: int, end: int) -> int:
        """Where the words of a cell start, past its item markers ('▾ A. ', 'II. ', '- ')."""
        for _ in range(2):  # a tree's disclosure mark, then the item's label
            marker = self.g.markers_any.match(self.text[start:end])  # (its patterns open with '^')
            if marker is None or not marker.end():
                break
            start = self._skip_space(start + marker.end(), end)
        return start

    # ------------------------------------------------------------ main loop

    def run(self) -> list[_Found]:
        scopes: list[_Scope] = []
        item_rank = -1.0
        heading_rank: Optional[float] = None  # the rank of the last numbered heading
        time_section_rank: Optional[float] = None  # the rank of the section a time heading stands in
        prev_tasks: list[_Found] = []
        labelled_until = -1
        previous: Optional[_Para] = None
        last_item: Optional[_Para] = None
        paras = self.paragraphs()
        # a report's first lines before its first sentence: masthead, headline, dateline, caption (in a copy
        # whose paragraphs all lack their stops, the short ones among its first ten are lost)
        headlines = _HEADLINE_PARAGRAPHS if self.ctx.report else 0
        for para, following in zip(paras, paras[1:] + [None]):
            para_before, previous = previous, para
            if para.rank is not None:
                last_item = para
            if headlines:
                headlines -= 1
                if not self._ends_sentence(para) and not self._opens_card(para) and \
                        len(self.text[para.body:para.end].split()) <= _HEADLINE_WORDS:
                    continue  # 'Chủ tịch UBND tỉnh kiểm tra …: Yêu cầu thông xe …' tells the news, asks nothing
                headlines = 0
            if para.start < labelled_until:
                continue  # a line of a labelled task read with its item
            if para_before is not None and self._promulgation(para_before, para):
                continue
            if para.cells is not None:
                self._table_row(para)
                continue
            if prev_tasks and (para.rank is None or para.rank >= item_rank) and self._label_line(para, prev_tasks):
                continue  # 'Deadline: Q1 2027', 'Phối hợp: Công an phường', a slide's '– Target: …' under an item:
                # its tasks' own
            if para.rank is not None or self._opens_card(para):  # a labelled task's item may read as a heading
                labelled_until = self._labelled_task(para)
                if labelled_until > para.start:
                    prev_tasks = []
                    continue
            if para.rank is not None:
                # a dispatch's addressee list holds dashes; a numbered item after it starts the body
                while scopes and scopes[-1].addressee and para.rank < _BULLET_RANK:
                    scopes.pop()
                if scopes and scopes[-1].opens_list and scopes[-1].rank >= para.rank:
                    # the intro after a list ('- …;' then 'Bộ X đề nghị Y chỉ đạo:') is no part of its last
                    # item: its own items, the ones right after it, stand under it
                    scopes[-1].rank = para.rank - 0.5
                for scope in scopes:
                    scope.opens_list = False
                while scopes and scopes[-1].rank >= para.rank and scopes[-1].rank >= 0 and \
                        not _nests_under(para, scopes[-1]):
                    scopes.pop()
                while scopes and not scopes[-1].marked and scopes[-1].rank - 0.5 >= para.rank:
                    scopes.pop()
                item_rank = para.rank
            if para.heading:
                if para.rank is None:
                    while scopes and not scopes[-1].marked:
                        scopes.pop()
                    # a heading that only names a time ('THÁNG 6/2027') dates the undated tasks under it,
                    # up to the next heading of the section it stands in ('III. TỔ CHỨC THỰC HIỆN')
                    self.time_heading = self._time_heading(para)
                    time_section_rank = heading_rank
                else:
                    heading_rank = para.rank
                    if time_section_rank is not None and para.rank <= time_section_rank:
                        self.time_heading = time_section_rank = None
                self._heading(para, scopes)
                if self.en:  # '3. Agreed actions': its items read 'MOF to submit …' as a request's do
                    self.request_items = self.g.action_list_heading.search(
                        self.text, para.body, self._rstrip(para.body, para.end)) is not None
                    self.request_rank = -1.0
                prev_tasks = []
                continue
            scope = scopes[-1] if scopes else None
            if scope is not None and scope.notask:
                if para.rank is None and not scope.marked and (
                        scope.addressee or not self._imperative_start(para.body, para.end)):
                    if scopes.pop().addressee:
                        item_rank = -1.0  # the addressee list's dashes are no list the text goes on with
                    scope = scopes[-1] if scopes else None
                else:
                    continue
            if self.en:
                # 'The Prime Minister requested:' or an item '6. The Ministry of Health requests:' asks the
                # items under it; an unmarked paragraph, or an item of the asking item's rank or above, ends that
                asks = self._asks_for_items(para)
                if asks or para.rank is None or para.rank <= self.request_rank:
                    self.request_items = asks
                    self.request_rank = para.rank if asks and para.rank is not None else -1.0
            before = len(self.found)
            intro, inherited = self._paragraph(para, scope, prev_tasks)
            if len(self.found) == before and intro is None and para.rank is not None and scope is not None:
                self._listed_object(para, scope)
            tasks = self.found[before:]
            self._date_by_heading(tasks)
            # (a note between one item and the next that asks nothing leaves the list open; one that asks for the
            # items after it, 'The Ministry also requests:', starts a list of its own)
            if para.rank is None and not inherited and not (
                    tasks == [] and _next_item(last_item, following) and not (self.en and self.request_items)):
                while scopes and not scopes[-1].marked:
                    scopes.pop()
            law_quote = self._law_quote(para)
            if intro is not None and not law_quote:  # a reminder of the law's duties assigns none
                intro.rank = (para.rank if para.rank is not None else item_rank + 0.5)
                intro.marked = para.rank is not None
                intro.opens_list = para.rank is None and item_rank >= 0
                intro.bullet = para.label if para.rank == _BULLET_RANK else None
                scopes.append(intro)
            elif law_quote or self.g.notask_opener.match(self.fol[para.body:para.end]):
                rank = para.rank if para.rank is not None else item_rank + 0.5
                scopes.append(_Scope(rank=rank, marked=para.rank is not None, notask=True,
                                     addressee=bool(self.g.notask_opener.match(self.fol[para.body:para.end]))))
            prev_tasks = tasks
        return self.found

    def _ends_sentence(self, para: _Para) -> bool:
        """The paragraph ends as a sentence or opens a list (its last character), as no headline does."""
        content = self.text[para.body:para.end].rstrip()
        return para.cells is not None or para.rank is not None or content[-1:] in _TERMINAL or \
            content.endswith((":", ";", '"', "”", ")"))

    def _promulgation(self, before: _Para, para: _Para) -> bool:
        """The formula that issues the document itself, after its legal bases ('Theo đề nghị của …;' /
        'Bộ trưởng Bộ X ban hành Thông tư quy định …', 'At the proposal of …;' / 'The Minister of X
        promulgates the Circular …'): no task."""
        g = self.g
        return g.legal_basis.match(self.fol, before.body, before.end) is not None and \
            g.promulgation.match(self.fol, para.body, para.end) is not None

    def _lead_at_end(self, start: int, end: int):
        """(names, action span) when the action ends by naming who leads it ('… do Bộ Xây dựng chủ
        trì thực hiện'), else None."""
        tail = _LEAD_AT_END.search(self.text, start, end) if self.text.find(" do ", start, end) >= 0 else None
        if tail is None or not self._agency_start(tail.start("name")):
            return None
        cut = self._name_end(tail.start("name"), end)
        if cut is None or cut[1] != tail.end("name") + 1:  # the whole name, up to the verb
            return None
        names = self._agency_list(tail.start("name"), tail.end("name"))
        return (names, (start, self._rstrip(start, tail.start()))) if names else None

    def _listed_object(self, para: _Para, scope: _Scope) -> None:
        """An item that names what its heading's verb acts on: '- Xây dựng, trình Bộ trưởng ban hành các
        văn bản sau:' then '+ Thông tư hướng dẫn …; thời gian hoàn thành: quý I năm 2026' is a task."""
        if self.en or not scope.assignees or not _LIST_OF_OBJECTS.search(scope.prefix):
            return
        start = self._skip_space(para.body, para.end)
        if not self.text[start:start + 1].isupper() or self._agency_start(start) or \
                self._imperative_start(start, para.end):
            return
        semicolon = self.text.find(";", start, para.end)
        clause_end = self._rstrip(start, semicolon if semicolon >= 0 else para.end)
        emitted = self._emit(start, clause_end, scope.assignees, scope.coordinators, (start, clause_end),
                             scope.confidence - 0.1, scope, False)
        for found in emitted:
            found.deadline = found.deadline or self._deadline_in(start, para.end) or scope.deadline

    def _asks_for_items(self, para: _Para) -> bool:
        """The paragraph ends in a request whose object is the list after it ('The Prime Minister requested:')."""
        end = self._rstrip(para.body, para.end)
        if self.text[end - 1:end] != ":":
            return False
        colon = self._rstrip(para.body, end - 1)
        return any(b == colon for _, b in self.g.triggers.finditer(self.low, self.fol, max(para.body, colon - 20), colon)) \
            or self.g.action_list_intro.search(self.text, max(para.body, colon - 40), colon) is not None

    def _law_quote(self, para: _Para) -> bool:
        content = self.low[para.body:para.end].rstrip()
        return content.endswith(":") and bool(self.g.law_quote.search(self.fol[para.body:para.end]))

    def _heading(self, para: _Para, scopes: list) -> None:
        body, end = para.body, para.end
        content = self.fol[body:end].strip()
        rank = para.rank if para.rank is not None else -0.5
        audience = any(s.audience for s in scopes)
        m = self.g.heading_agency.search(self.fol, body, end)
        if m:
            names = self._agency_list(m.end(), end)
            if names:
                scopes.append(_Scope(rank=rank, marked=para.rank is not None, assignees=names,
                                     span=(para.start, end), confidence=0.75))
                return
        if (self.g.purpose_heading.search(content) or self.ctx.doc_type == "report"
                and self.g.proposals_heading.fullmatch(content)
                or para.rank is not None and self.g.advice_heading.search(content)) and not audience:
            scopes.append(_Scope(rank=rank, marked=para.rank is not None, notask=True))
            return
        reading = self._agency_heading(body, end)
        if reading is not None:
            scopes.append(_Scope(rank=rank, marked=para.rank is not None, assignees=reading,
                                 span=(para.start, end), confidence=0.8))

    def _agency_heading(self, start: int, end: int):
        """Names of a line that is nothing but an agency ("8. Ủy ban nhân dân các tỉnh …", "2. Giao Sở Xây dựng",
        "1. The People's Committees of provinces to:")."""
        start = self._skip_space(start, end)
        start = self._past_honorific(self._trigger_at(start, end) or start)
        stop = end
        while stop > start and self.text[stop - 1] in " :.,;":
            stop -= 1
        tail = self.g.heading_tail.search(self.fol, start, stop)
        if tail:
            stop = tail.start()
        if self.text[stop - 1:stop] == ")" and (opening := self.text.rfind("(", start, stop)) > start and \
                " " in self.text[opening:stop]:  # 'Sở Xây dựng (cơ quan thường trực)': the body's role, not its 'MoC'
            stop = self._rstrip(start, opening)
        if stop <= start or not self._agency_start(start):
            return None
        letters = [c for c in self.text[start:stop] if c.isalpha()]
        if all(c.isupper() for c in letters):
            return None  # "TASKS IN THE COMING TIME", the issuer's letterhead: titles, not agencies
        if self.en:
            stop = self._en_heading_name_end(start, stop, heading=True)
            if stop is None:
                return None
        cut = self._name_end(start, stop, heading=True)
        if cut is None or cut[0] < stop:
            return None
        return self._agency_list(start, stop)

    # ------------------------------------------------------------ paragraph

    def _paragraph(self, para: _Para, scope: Optional[_Scope], prev_tasks: list):
        """Read one paragraph; returns (intro scope or None, whether it inherited its assignee)."""
        para_ctx: Optional[list] = None
        inherited = False
        intro = None
        self.item_body = para.body if para.rank is not None else -1
        if self.g.assessment_opener.match(self.fol, para.body):
            return intro, inherited  # "Chính phủ thống nhất đánh giá: …": what was done, in sentence after sentence
        sentences = self._sentences(para.body, para.end)
        sentence_tasks: list[_Found] = []
        for s_index, (s_start, s_end) in enumerate(sentences):
            before = sentence_tasks  # the tasks of the sentence before, in this paragraph
            self.sentence_id += 1
            sentence = self.fol[s_start:s_end].strip()
            if sentence.rstrip("\"”’) ").endswith("?") or self.g.nontask_sentence.finds(sentence) or \
                    self.ctx.report and self.g.report_background.finds(sentence):
                continue
            clauses = self._clauses(s_start, s_end)
            sent_names: Optional[list] = None
            sent_coords: list = []
            sentence_tasks: list[_Found] = []
            assigning = False  # the sentence opened with an assignment ("Thủ tướng giao Bộ X …; giao Bộ Y …")
            for c_index, (c_start, c_end, joined) in enumerate(clauses):
                stated = self.g.deadline_statement.match(self.fol, self._skip_space(c_start, c_end))
                # "…; the deadline for completing it is March 31", "Hoàn thành cắm mốc …. Hạn mới: trước ngày 15/12"
                stated_for = sentence_tasks or (before if c_index == 0 else [])
                if stated_for and (stated or (alone := self._deadline_alone(c_start, c_end)) is not None):
                    if stated_for[-1].deadline is None:  # '…; xong trước 30/9/2027': the clause is its time
                        stated_for[-1].deadline = self._cell_deadline(stated.end(), c_end) if stated else alone
                    continue
                opens_item = c_index == 0 and s_index == 0 and para.rank is not None
                reading = self._read_clause(c_start, c_end, first=c_index == 0, has_context=bool(
                    sent_names or para_ctx or scope and scope.assignees), assigning=assigning,
                    under_agency=opens_item and self._agency_heading_scope(scope))
                if reading is None:
                    if c_index == 0 and len(clauses) > 1:
                        # "Sở X là cơ quan thường trực; chủ trì, …": the later clauses are Sở X's
                        sent_names = self._copula_subject(c_start, c_end)
                    continue
                kind, names, coords, action, confidence, is_intro = reading
                if joined is _REPORTED and kind in ("imperative", "continuation"):
                    continue  # "…, warning that the goal … left no room for delays": no order of the subject's
                assigning = assigning or (c_index == 0 and kind == "trigger")
                if kind == "imperative":
                    if sent_names:
                        names, base = sent_names, 0.8
                        coords = coords or sent_coords
                    elif para_ctx:
                        names, base = para_ctx, 0.75
                    elif para.rank is None and prev_tasks:
                        names, base = prev_tasks[-1].assignees, 0.65
                        inherited = True
                    elif scope is not None and scope.assignees:
                        names, base = scope.assignees, scope.confidence
                        inherited = True
                    else:
                        continue
                    if not coords and scope is not None and names is scope.assignees:
                        coords = scope.coordinators
                    confidence = min(confidence, base)
                elif kind == "continuation":
                    if not sent_names:
                        continue
                    names, coords = sent_names, coords or sent_coords
                if not self.en and (lead := self._lead_at_end(*action)) is not None:
                    names, action = lead  # "…, báo cáo Chính phủ trước ngày 15/7 do Bộ Xây dựng chủ trì thực hiện"
                if kind in ("subject", "trigger") or sent_names is None:
                    sent_names, sent_coords = names, coords
                para_ctx = names
                if is_intro and self.g.self_description.search(self.fol, action[0], c_end):
                    continue  # "…, UBND xã X xây dựng Kế hoạch như sau:": the issuer introducing its text
                if is_intro and c_index == len(clauses) - 1 and s_index == len(sentences) - 1:
                    intro = self._make_intro(names, coords, action, (para.start, c_end),
                                             audience=kind == "trigger", confidence=confidence)
                    continue
                in_scope = scope if (scope is not None and names is scope.assignees) else None
                sentence_tasks.extend(self._emit(c_start, c_end, names, coords, action, confidence,
                                                 in_scope, joined))
            self._propagate_deadlines(sentence_tasks)
        return intro, inherited

    def _agency_heading_scope(self, scope: Optional[_Scope]) -> bool:
        """The scope is a marked heading naming agencies ('5. Các Ban Quản lý dự án thuộc Bộ:'), not an
        issuer's words of asking ('II. …, Chủ tịch Ủy ban nhân dân xã yêu cầu:')."""
        return scope is not None and scope.marked and bool(scope.assignees) and not scope.audience and \
            not any(self.g.triggers.found_in(self.low, self.fol, a, b) for a, b, _ in scope.assignees)

    def _make_intro(self, names, coords, action, span, audience, confidence) -> _Scope:
        a, b = action
        prefix = collapse_spaces(self.text[a:b]).rstrip(" :")
        deadline = self._deadline_in(a, b)
        if deadline is not None:
            prefix = collapse_spaces(prefix.replace(deadline.text, " "))
        prefix = re.sub(r"\s*\b(?:các|những)?\s*(?:nhiệm vụ|nội dung|vấn đề|việc|giải pháp|công việc)"
                        r"(?:\s+(?:chủ yếu|trọng tâm|cụ thể|chính))?\s+(?:sau(?: đây)?|như sau)\s*$", "",
                        prefix, flags=re.I)
        prefix = re.sub(r"\s*\b(?:the following(?: tasks)?|as follows)\s*$", "", prefix, flags=re.I)
        asking = self.g.triggers.match(prefix.lower(), fold(prefix), 0) > 0  # "Bộ Công Thương yêu cầu:"
        if asking or self.g.generic_intro.match(fold(prefix) or " ") or not self._imperative_start(a, b):
            prefix = ""  # "… (các bộ, …) và đề nghị cộng đồng doanh nghiệp:": a second audience, no action
        return _Scope(rank=0, marked=False, assignees=names, coordinators=coords, prefix=prefix,
                      deadline=deadline, audience=audience or asking, span=span, confidence=min(confidence, 0.8))

    # ------------------------------------------------------------ sentences and clauses

    def _directed_infinitive(self, start: int, joiner: re.Match) -> bool:
        """'Direct telecommunications enterprises to complete …, and to lock …': after 'direct X
        to', 'and to' goes on with what X is to do, unless the assignee's own report follows."""
        return self.en and joiner.group().strip().startswith("and to") and \
            self.g.directing.found_in(self.low, self.fol, start, joiner.start()) and \
            " to " in self.low[start:joiner.start()] and \
            self.g.own_after_directing.match(self.low, self.fol, joiner.end()) < 0

    def _in_short_quote(self, i: int) -> bool:
        """Inside a quotation short enough to be a name or a slogan ('the "Stop. Check. Report."
        week'): a full stop in it that the quotation goes on after ends no sentence."""
        quoted = self.quoted  # the quotation's ends: the nearest unquoted characters on either side
        return bool(quoted[i]) and quoted.rfind(0, max(0, i - _SHORT_QUOTE), i) >= 0 and \
            quoted.find(0, i, i + _SHORT_QUOTE) >= 0

    def _sentences(self, start: int, end: int) -> list[tuple]:
        text = self.text
        out, s = [], start
        i = start
        while i < end:
            stop = _SENTENCE_STOP.search(text, i, end)  # only these characters can end a sentence
            if stop is None:
                break
            i = stop.start()
            ch = text[i]
            if i + 1 < end:
                j = i + 1
                while j < end and text[j] in ".\"”’)»/_*":  # ('_Key agreements._ The PMU …': emphasis closed)
                    j += 1
                k = j
                while k < end and text[k].isspace():
                    k += 1
                nxt = text[k:k + 1]
                if k < end and not (self.quoted[k] and self._in_short_quote(i)) and \
                        (k > j or (ch == "." and text[i - 1:i].isalnum() and nxt.isupper()
                                   and text[k + 1:k + 2].islower())) and \
                        (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘(–-←→") and \
                        not self.g.abbreviation.search(text[max(s, i - 8):i + 1]) and \
                        not (nxt.isdigit() and self.g.month_abbreviation.search(text[max(s, i - 5):i + 1])) and \
                        not (text[i - 1:i].isdigit() and nxt.isdigit()):
                    out.append((s, j))
                    s = k
                    i = k
                    continue
            i += 1
        if s < end:
            out.append((s, end))
        return [(a, b) for a, b in out if self.text[a:b].strip()]

    def _clauses(self, start: int, end: int) -> list[tuple]:
        """Clauses of a sentence: split at ';' and joiners, then re-join agency-only pieces."""
        text = self.text
        cuts = []
        depth = 0
        enumeration = self.g.enumeration
        listing = enumeration.may_match(self.low, start, end) and \
            enumeration.regex.search(self.low, start, end)  # "…, including: a; b; c" is one clause
        stop = listing.end() if listing else end
        for bracket in _BRACKET_OR_SEMICOLON.finditer(text, start, stop):
            i = bracket.start()
            ch = text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif ch == ";" and depth == 0 and not self.quoted[i]:
                cuts.append((i, i + 1, False))
        joiners = self.g.joiners
        for m in joiners.regex.finditer(self.low, start, end) if joiners.may_match(self.low, start, end) else ():
            if not self.quoted[m.start()] and m.start() > start + 2 and not self._directed_infinitive(start, m):
                # after ", adding that" what was said follows: a clause with its own subject, or none
                cuts.append((m.start(), m.end(), _REPORTED if self.low.endswith("that", m.start(), m.end()) else True))
        if self.en and self.text.find(", and ", start, end) >= 0:
            # "requested the Police to ensure …, and the Newspaper to step up …": a second body asked; "…,
            # and the Ministry of Finance must report …": a second subject; "…, and requires X to …"
            cuts += [(m.start(), m.end(), True) for m in self.g.second_asked.finditer(self.text, start, end)
                     if not self.quoted[m.start()]]
        cuts.sort()
        pieces, s, joined = [], start, False
        for a, b, is_joiner in cuts:
            if a < s:
                continue
            pieces.append((s, a, joined))
            s, joined = b, is_joiner
        pieces.append((s, end, joined))
        pieces = [(self._skip_inline_label(a, b), b, j) for a, b, j in pieces]
        pieces = [p for p in pieces if p[1] - p[0] > 1]
        merged: list = []
        previous = None
        for piece in pieces:
            # after a piece of only agencies a ';' list of names goes on ("X; Y; Z shall …"), however long
            # the list (the merged span may be too long to read as a name)
            if merged and (not piece[2] and (self._agency_only(merged[-1][0], merged[-1][1]) or
                                             merged[-1][:2] != previous[:2] and not previous[2] and
                                             self._agency_only(previous[0], previous[1])) or
                           self._is_delivery(piece[0], piece[1]) or
                           self.g.continuer.match(self.low, piece[0])):  # "…; về quản lý tín chỉ …" goes on
                merged[-1] = (merged[-1][0], piece[1], merged[-1][2])
            else:
                merged.append(piece)
            previous = piece
        return merged

    def _skip_inline_label(self, start: int, end: int) -> int:
        """Past the spaces and an item's label inside a sentence ('…; (b) the CPMU will …', '… paid. (a) The PMU
        must …')."""
        start = self._skip_space(start, end)
        label = _INLINE_LABEL.match(self.low, start, end)
        return self._skip_space(label.end(), end) if label else start

    def _agency_only(self, start: int, end: int) -> bool:
        """A clause that is only (trigger +) agencies: its ';' separated a list of agencies."""
        pos = self._strip_openers(start, end)
        trig = self._trigger_at(pos, end) or self._authority_trigger(pos, end)
        if trig is not None:
            pos = trig
        else:
            title = re.match(r"(?:tổ chức thực hiện|to organize the implementation)\s+(?=[A-ZĐÀ-Ỹ])",
                             self.low[pos:end], re.I)
            if title:
                pos += title.end()
        pos = self._skip_space(pos, end)
        if not self._agency_start(pos, after_trigger=trig is not None):
            return False
        if self.en and not self._en_np_ok(pos, self._rstrip(pos, end)):
            return False
        cut = self._name_end(pos, end, heading=True, after_trigger=trig is not None)
        return cut is not None and cut[0] >= self._rstrip(pos, end)

    def _is_delivery(self, start: int, end: int) -> bool:
        """'; báo cáo Thủ tướng Chính phủ trong quý III' only delivers the clause before it."""
        content = re.sub(r"\([^)]*\)", " ", self.fol[start:end]).strip()
        if not self.g.delivery.match(content):
            return False
        stripped = content
        for d in self._deadlines_between(start, end):
            stripped = stripped.replace(fold(d.text), " ")
        return len(stripped.split()) <= self.g.raw["delivery_max_words"]

    # ------------------------------------------------------------ clause reading

    def _read_clause(self, start: int, end: int, first: bool, has_context: bool, assigning: bool = False,
                     under_agency: bool = False):
        """(kind, names, coords, action span, confidence, is_intro) or None; ``under_agency``: the clause
        opens an item under an agency's heading."""
        end = self._rstrip(start, end)
        if end - start < 2:
            return None
        is_intro = self.text[end - 1] == ":"
        body_end = end - 1 if is_intro else end
        if is_intro and (tail := self.g.heading_tail.search(self.fol, start, body_end)):
            body_end = tail.start()  # "1. The People's Committees of provinces to:" introduces their tasks
        if self.quoted[start]:
            return None
        if self.g.nontask_sentence.finds(self.fol[start:end].strip()):
            return None
        addressed = self._addressee_opener(start, body_end)
        if addressed is not None:  # "Đối với Văn phòng Chính phủ, Bộ TT&TT đề nghị chia sẻ …"
            names, pred = addressed
            return self._predicate("trigger", names, pred, body_end, 0.8, is_intro, start)
        run_in = _EN_RUN_IN_HEAD.match(self.text, start, body_end) if self.en else None
        # ('At sea: the Ministry of National Defence must, …': a run-in head, then the sentence)
        pos = self._strip_openers(run_in.end() if run_in else start, body_end)
        if self.has_quotes and (label := _SPEAKER_BEFORE_QUOTE.match(self.text, pos, body_end)) is not None:
            if self.quoted[label.end() + 1]:  # 'Reporter: "…"': what no leader ordered
                return None
            pos = label.end()  # 'Deputy Prime Minister: "The Ministry of Finance shall …"'
        if self.text[pos:pos + 1] in _OPENING_QUOTES:  # '"Bộ Tài chính phải …", Thủ tướng nói', with its own
            pos = self._strip_openers(self._skip_space(pos + 1, body_end), body_end)  # openers ('"Trong vòng …, Bộ X …')
        if under_agency and self.g.heading_requests.match(self.low, self.fol, pos) > 0:
            # '5. Các Ban Quản lý dự án:' / '- Yêu cầu nhà thầu lập …': the heading's agency requires it
            return self._predicate("imperative", [], pos, body_end, 0.75, is_intro, start)
        # 1. trigger + agency
        found = self._find_trigger(start, pos, body_end, first, has_context, assigning)
        if found is not None:
            names, pred, confidence = found
            return self._predicate("trigger", names, pred, body_end, confidence, is_intro, start)
        # 2. agency subject + predicate ("the report shall be submitted by X": X; "They were told to": the last)
        subject = (self._en_passive(pos, body_end) or self._en_pronoun(pos, body_end) or
                   (None if first else self._en_gapped(pos, body_end))) if self.en else None
        subject = subject or self._subject(pos, body_end)
        if subject is not None:
            names, pred, confidence = subject
            if pred is None:
                intro = is_intro and names
                return ("subject", names, [], (body_end, body_end), confidence, True) if intro else None
            return self._predicate("subject", names, pred, body_end, confidence, is_intro, start)
        # "1. The Minister of Health to direct …" after "The Prime Minister requested:"; "… requested the
        # Police to ensure …, and the Newspaper to step up …": X asked as after "requested X to"
        # ('Action point: MOF to extend …': a label of agreed actions asks as a request does)
        labelled = pos > start and self.text[self._rstrip(start, pos) - 1] == ":"
        asks = self.en and ((first and (self.request_items or labelled or _DASH_INFINITIVE.match(self.text, pos, body_end))
                             and not has_context) or (not first and assigning))
        if asks and not self._imperative_start(pos, body_end) and \
                (asked := self._en_trigger_object(pos, body_end, item=first and not has_context)):
            names, pred = asked
            return self._predicate("trigger", names, pred, body_end, 0.85, is_intro, start)
        topic = self._after_topic(pos, body_end)
        if topic is not None:  # "Về đề xuất của tỉnh Đồng Nai: Bộ Tài chính nghiên cứu, trả lời …"
            subject = self._subject(topic, body_end)
            if subject is not None and subject[1] is not None:
                names, pred, confidence = subject
                return self._predicate("subject", names, pred, body_end, confidence, is_intro, start)
        # "… an instruction: ministries … must"; Vietnamese only in a quotation after a colon ('Thủ tướng nêu
        # rõ: "Các bộ trưởng phải …"'): after its commas a subject would be an object's part, after a bare
        # colon a portal's label ('Cơ quan ban hành: …')
        for comma in self._comma_positions(pos, body_end, _COMMA_OR_COLON_GAP if self.en else _COLON_GAP):
            subject = self._subject(comma, body_end)
            if subject is not None and subject[1] is not None:
                names, pred, confidence = subject
                return self._predicate("subject", names, pred, body_end, confidence - 0.1, is_intro, start)
        if self.en and has_context and (it := _EN_PRONOUN_MODAL.match(self.low, pos)):
            return self._predicate("imperative", [], it.end(), body_end, 0.7, is_intro, start)  # "; it shall …"
        # 3. imperative (inherits); "yêu cầu tạm dừng …" is one too
        trig = self._trigger_at(pos, body_end)
        if trig is not None and not self.en and self._imperative_start(trig, body_end):
            pos = trig
        if self._imperative_start(pos, body_end) or (self.en and self._imperative_start(start, body_end)):
            at = pos if self._imperative_start(pos, body_end) else start
            return self._predicate("imperative", [], at, body_end, 0.75, is_intro, start)
        if not first and len(self.text[start:body_end].split()) >= 3 and \
                self.g.background.match(self.low, self.fol, start) < 0 and \
                not self.g.sanction.search(self.low, start, body_end):  # "…; đã giải quyết 28.130 hồ sơ": done
            return self._predicate("continuation", [], start, body_end, 0.6, is_intro, start)
        return None

    def _predicate(self, kind, names, pred, end, confidence, is_intro, clause_start):
        pred = self._past_ender(self._skip_space(pred, end), end)
        coords, action_start = self._coordination(pred, end)
        if coords:  # "phối hợp với X trong quá trình rà soát …"
            action_start = self._past_ender(self._skip_space(action_start, end), end)
        if not coords and self.en:
            coords = self._en_loose_coordination(clause_start, end)
        lead = self.g.lead.match(self.text, action_start, end)
        if lead and lead.end() < end:
            action_start = lead.end()
        action_start = self._skip_space(action_start, end)
        if self.en:
            action_start = self._past_scope(action_start, end)
        if kind != "trigger" and not is_intro and action_start >= end:
            return None
        return kind, names, coords, (action_start, end), confidence, is_intro

    def _starts_with_ender(self, pos: int) -> bool:
        """'theo chức năng', 'trong công tác' at ``pos``, and not a predicate ('theo dõi')."""
        ender = self.g.enders.match(self.low, self.fol, pos)
        return ender >= 0 and ender > self.g.predicates.match(self.low, self.fol, pos)  # (no ender: nothing to test)

    def _past_ender(self, pos: int, end: int) -> int:
        """Where the verb starts when ``pos`` holds a name ender ('theo chức năng, … hỗ trợ', 'trong quá trình rà soát')."""
        if not self.en and self._starts_with_ender(pos) and not self.g.lead.match(self.text, pos, end):
            verb = self._predicate_after(pos + 1, end)
            if verb is not None:
                return verb
        return pos

    def _find_trigger(self, clause_start: int, pos: int, end: int, first: bool, has_context: bool,
                      assigning: bool = False):
        g = self.g
        for a, b in g.triggers.finditer(self.low, self.fol, clause_start, end):
            if self.quoted[a] or (a > clause_start and self.text[a - 1] == "-" ):
                continue
            before = self.low[clause_start:a]
            # news of a new document is news of its instructions ("UBND tỉnh vừa có văn bản chỉ đạo các sở …")
            document_news = not self.en and g.document_news.search(before) is not None
            if (g.trigger_not_after.search(before) and not document_news) or \
                    g.trigger_not_before.match(self.low[b:b + 20]):
                continue
            names_at = self._skip_space(b, end)
            if self.low.startswith(("cho ", "for "), names_at) and not self.en:
                names_at = self._skip_space(names_at + 4, end)
            if self.text[names_at:names_at + 1] == ":":
                names_at = self._skip_space(names_at + 1, end)
            at_start = a <= pos + 1
            authority = document_news or g.authorities.found_in(self.low, self.fol, clause_start, a) or \
                (not self.en and a > pos and self._subject_before(pos, a, end))
            # a report cue in the trigger's own phrase ("Thủ tướng đã yêu cầu"), not in an opener before it
            background = g.background.found_in(self.low, self.fol,
                                               max(clause_start, self.text.rfind(",", clause_start, a) + 1), a)
            if background and not self.en and not document_news:
                continue
            if self.low[a:b] in g.proposing_triggers and (g.petition_addressee.match(self.low, names_at) or not (
                    g.proposing_authorities.found_in(self.low, self.fol, clause_start, a) or self._issuer_names(pos, a))):
                continue  # 'The PM proposed that X …' asks X; a deputy minister's proposal at a meeting, or one
                # to the Government, asks nothing
            if self.en and a > pos + 1 and self.low[a:b] != "assign" and \
                    (self._imperative_start(pos, a) or g.modals.found_in(self.low, self.fol, pos, a)):
                # "(X shall) monitor and urge ministries to …": the trigger is part of the action; but "X shall
                # assign Y to …" gives Y the task, as "X giao Y …" does
                continue
            # "Thủ tướng giao Bộ X …; giao Bộ Y …": a new assignment; "Cục X …; yêu cầu các doanh nghiệp …" is Cục X's
            later_start = assigning and at_start
            if not self.en and not (authority or (at_start and (first or not has_context)) or later_start or
                                    (not has_context and not at_start)):
                continue
            if self.en:
                got = self._en_trigger_object(names_at, end, self.low[a:b])
            else:
                got = self._vi_trigger_object(names_at, end)
            if got is None:
                if not self.en and at_start:
                    return None if has_context is False else None
                continue
            names, pred = got
            return names, pred, 0.9
        return None

    def _issuer_names(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` names the document's issuer and no other body, or only says 'The
        Ministry' as the issuer says itself."""
        if self.ctx.issuer_id is None:
            return False
        end = self._rstrip(start, end)
        if (self_named := _EN_SELF_NAMED.fullmatch(self.text, start, end)) and self.g.heads.fullmatch(self_named.group(1)):
            return True
        names = self._agency_list(start, end)
        return bool(names) and self._all_among(names, {self.ctx.issuer_id})

    def _all_among(self, names: list, agency_ids: set) -> bool:
        """Whether every name resolves to one of ``agency_ids``."""
        language = "en" if self.en else "vi"
        return all(_resolve(self.text[a:b], language).id in agency_ids for a, b, _ in names)

    def _after_topic(self, pos: int, end: int) -> Optional[int]:
        """Where the sentence after a topic and its colon starts ('Về kiến nghị của …: Bộ X …',
        'Regarding the proposal of …: The Ministry of X shall …'), or after a short topic and its comma,
        past the openers there ('On finance, the two sides agreed that the CPO will …'); or None."""
        topic = self.g.topic_opener.match(self.fol, pos)
        if topic is None:
            return None
        colon = self.text.find(":", topic.end(), end)
        if colon > 0:
            return self._skip_space(colon + 1, end)
        comma = self.text.find(",", topic.end(), min(end, topic.end() + _TOPIC_CHARS))
        return self._strip_openers(comma + 1, end) if comma > 0 else None

    def _addressee_opener(self, start: int, end: int):
        """'Đối với Bộ X: khẩn trương …', 'As for the Ministry of X, …': (names, predicate start) or None."""
        m = self.g.addressee_opener.match(self.fol, self._skip_space(start, end))
        if m is None or not (self._agency_start(m.end(), after_trigger=self.en) or self._local_unit_at(m.end())):
            return None
        stop = re.search(r"[,:]", self.text[m.end():end])
        if stop is None:
            return None
        name_end = m.end() + stop.start()
        colon = self.text.find(":", name_end, end)
        if not self.en and colon > name_end and self._local_unit_at(self._skip_space(name_end + 1, colon)) and \
                self._name_end(m.end(), colon + 1, heading=True)[0] >= self._rstrip(m.end(), colon):
            name_end = colon  # 'Đối với đặc khu Phú Quốc, đặc khu Thổ Châu: …': the list runs to the colon
        if not self.en and self._name_end(m.end(), name_end + 1, heading=True)[0] < self._rstrip(m.end(), name_end):
            return None  # a predicate inside: "Đối với các dự án chậm tiến độ, …" names no agency
        names = self._agency_list(m.end(), name_end)
        rest = self._skip_space(name_end + 1, end)
        # "Đối với Bộ Xây dựng, Thủ tướng (Chính phủ) yêu cầu …", "…, Chủ tịch UBND tỉnh giao …":
        # the authority asks the addressee
        authority = rest
        while (after := self.g.authorities.match(self.low, self.fol, authority)) > 0:
            authority = self._skip_space(after, end)
            if not self.en and (place := _AUTHORITY_PLACE.match(self.text, authority)):
                authority = place.end()
        if authority > rest:
            rest = authority
        elif self.en and (writer := self.g.addressee_request.match(self.text, rest)):
            rest = writer.end()  # "For ministries …, the Department requests them to review …"
        elif self._agency_start(rest) and not self.en:  # "…, Bộ TT&TT đề nghị": the writer, not the addressee
            cut = self._name_end(rest, end)
            if cut is None or self.g.triggers.match(self.low, self.fol, cut[1]) < 0:
                return None
            rest = cut[1]
        trig = self._trigger_at(rest, end)
        rest = trig if trig is not None else rest
        if not names or not self._imperative_start(rest, end):
            return None
        return names, rest

    def _local_unit_at(self, pos: int) -> bool:
        """A commune, ward, special zone or province named by its place ('đặc khu Phú Quốc', 'xã Hải Thịnh'),
        which addressed ('Đối với đặc khu Phú Quốc, đặc khu Thổ Châu: …') stands for its authorities."""
        unit = _LOCAL_UNIT.match(self.text, pos)
        return unit is not None and self.text[unit.end():unit.end() + 1].isupper()

    def _subject_before(self, pos: int, trigger: int, end: int) -> bool:
        """'Bộ TT&TT đề nghị …': an agency is the subject of the trigger, which is its predicate."""
        if not self._agency_start(pos):
            return False
        cut = self._name_end(pos, end)
        return cut is not None and cut[1] == trigger

    def _vi_trigger_object(self, pos: int, end: int):
        pos = self._past_honorific(pos)
        if not self._agency_start(pos, after_trigger=True):
            return None
        cut = self._name_end(pos, end, after_trigger=True, heading=True)
        if cut is None:
            return None
        name_end, pred = cut
        names = self._agency_list(pos, name_end)
        return (names, pred) if names else None

    def _en_trigger_object(self, pos: int, end: int, trigger: str = "", item: bool = False):
        """Agencies after 'requested/assigned …' up to ' to <verb>' ('tasked X with …'; 'that' clauses: up to the verb).
        An ``item`` of agreed actions opens with its body, which may put nouns before its head as a heading does
        ('CPMU finance team to prepare …')."""
        low = self.low
        if low.startswith("that ", pos) or trigger.endswith(" that"):  # 'requested (that) X review …'
            pos += 5 if low.startswith("that ", pos) else 0
            sub = self._subject(pos, end, bare_ok=True)
            return None if sub is None or sub[1] is None else (sub[0], sub[1])
        to = r"\s(?:to|with)(?=\s|$)" if trigger in self.g.raw["triggers_with"] else r"\sto(?=\s|$)"
        separators = [m.span() for m in re.finditer(to, low[pos:end])  # not "(hereinafter referred to as …)"
                      if low.count("(", pos, pos + m.start()) <= low.count(")", pos, pos + m.start())]
        to_positions = [a for a, _ in separators]
        if not to_positions:
            names = self._agency_list(pos, self._rstrip(pos, end))
            return (names, end) if names and self._en_object_ok(pos, end) else None
        chosen = 0
        while chosen + 1 < len(to_positions):
            between = self.text[pos + to_positions[chosen]:pos + to_positions[chosen + 1]]
            if re.search(r"(?:,|\band)\s+(?:the\s+)?(?:Ministry|Ministries|Committee|Office|Bank|"
                         r"State|People)", between):
                chosen += 1
            else:
                break
        np_end = self._en_interjection(pos, pos + to_positions[chosen])
        if np_end - pos > 200 or not self._en_object_ok(pos, np_end, heading=item):
            return None
        names = self._agency_list(pos, np_end)
        return (names, pos + separators[chosen][1]) if names else None

    def _en_interjection(self, start: int, end: int) -> int:
        """The end of a noun phrase before a phrase set off by commas: a coordination ('the Ministry of
        Finance, in coordination with the MAE, to …'; its coordinators are read with the clause) or a
        scope ('…, according to their assigned functions and tasks, shall …'), or ``end``."""
        # the comma that closes an aside ('X, the two cities with …, were asked') is read with it
        stop = end + 1 if self.text.startswith(",", end) else end
        if any(self.text.find(dash, start, end) >= 0 for dash in _SPACED_DASHES) and \
                (dashes := _DASH_ASIDE.search(self.text, start, self._rstrip(start, end))) is not None:
            return self._rstrip(start, dashes.start())  # 'the four provinces - Lao Cai, …, Dak Lak - to send …'
        for pattern in (self.g.loose_coordination, self.g.interjection):
            found = pattern.search(self.text, start, stop) if pattern is not None else None
            if found is not None and self.text[self._rstrip(start, found.start()):found.start()].strip() == ",":
                return self._rstrip(start, found.start())
        return end

    def _past_scope(self, pos: int, end: int) -> int:
        """After a scope set off by commas before the action ('shall, within the ambit of their assigned
        functions and tasks, formulate …'), or ``pos``."""
        at = self._skip_space(pos + 1, end) if self.text.startswith(",", pos) else pos
        scope = self.g.interjection.match(self.text, at, end)
        comma = self.text.find(",", scope.end(), min(end, scope.end() + 40)) if scope else -1
        return self._skip_space(comma + 1, end) if comma >= 0 else pos

    def _en_object_ok(self, start: int, end: int, heading: bool = False) -> bool:
        """The object of 'requested/assigned …' names agencies up to any relative clause ('… whose …')."""
        rel = re.search(r"\s(?:whose|which|who|that|where)\s", self.low[start:end])
        return self._en_np_ok(start, start + rel.start() if rel else end, heading=heading)

    def _subject(self, pos: int, end: int, bare_ok: bool = False):
        """Agency subject at ``pos`` and where its predicate starts: (names, pred, confidence)."""
        pos = self._skip_space(pos, end)
        if self.en:
            return self._en_subject(pos, end, bare_ok)
        pos = self._past_honorific(pos)
        if not self._agency_start(pos):
            return None
        if self._before_colon(end) and (apposition := self.g.heading_apposition.search(self.low, pos, end)):
            names = self._agency_list(pos, apposition.start())  # "1. Tập đoàn … (EVN), chủ đầu tư Dự án …:"
            if names:
                return names, None, 0.8
        cut = self._name_end(pos, end)
        if cut is None:
            return None
        name_end, pred = cut
        if apposition := self.g.heading_apposition.search(self.low, pos, name_end):
            name_end = apposition.start()  # 'Bộ Ngoại giao, cơ quan thường trực của Ủy ban …, phối hợp …'
        if pred >= end:
            names = self._agency_list(pos, name_end)
            return (names, None, 0.8) if names else None
        if self.text[pred:pred + 1] == ":" or self.text[name_end:name_end + 1] == ":":
            names = self._agency_list(pos, name_end)
            pred = self._skip_space(max(pred, name_end) + 1, end)
            return (names, pred, 0.85) if names else None
        if self.g.nontask.match(self.low, self.fol, pred) > 0 and \
                self.g.predicates.match(self.low, self.fol, pred) <= self.g.nontask.match(self.low, self.fol, pred):
            return None
        if _PREPOSITION_END.search(self.low, pos, name_end):
            return None  # "Kết luận của Bộ Chính trị, Ban Bí thư về triển khai …": a document's author, no subject
        names = self._agency_list(pos, name_end)
        if not names:
            return None
        confidence = 0.9 if self.g.lead.match(self.text, pred, end) or \
            self.g.coordination.match(self.text, pred, end) else 0.8
        return names, pred, confidence

    def _copula_subject(self, start: int, end: int) -> Optional[list]:
        """Names of an agency subject followed by a copula ('Sở X là …'), else None."""
        copula = self.g.raw.get("copula")
        if not copula:
            return None
        en_copula = re.compile(rf"\s(?:{copula})\s") if self.en else None
        if en_copula is not None and not en_copula.search(self.text, start, end):
            return None  # cheap test before the openers are read
        pos = self._strip_openers(start, end)
        if not self._agency_start(pos):
            return None
        if en_copula is not None:  # "The Department of Construction is the standing agency of this Plan; it shall …"
            verb = en_copula.search(self.text, pos, end)
            if verb is None or not self._en_np_ok(pos, verb.start()):
                return None
            return self._agency_list(pos, verb.start()) or None
        cut = self._name_end(pos, end)
        if cut is None or not re.match(copula + r"(?!\w)", self.low[cut[1]:end]):
            return None
        return self._agency_list(pos, cut[0]) or None

    def _en_subject(self, pos: int, end: int, bare_ok: bool):
        g = self.g
        if self.text[pos:pos + 2].isupper() and (label := _EN_SPEAKER_LABEL.match(self.text, pos, end)):
            pos = label.end()  # a transcript's 'MINISTER TRAN QUOC HUNG: The Ministry … will …'
        if _EN_QUESTION_WORD.match(self.text, pos, end):
            return None  # 'What each agency must do', 'Who should apply': a question or a headline's, no body
        limit = min(end, pos + _EN_SUBJECT_CHARS)
        inline = self._en_inline_item(pos, limit)
        if inline is not None:
            return inline
        # "X, which have the most facilities, are requested to …": no verb of the subject's in between
        aside = [m.span() for m in g.interjection.finditer(self.text, pos, limit)] \
            if self.text.find(",", pos, limit) >= 0 else []
        adverb = None
        for a, b, kind in self._subject_words(pos, limit):
            if a <= pos or self.text[a - 1] == "-":  # "centrally-run" is no verb
                continue
            if any(s <= a < e for s, e in aside):
                continue
            if kind != "modal" and g.name_qualifier.search(self.text, pos, a + 1):
                continue  # "Heads of units assigned to lead tasks … shall": 'lead' is the qualifier's
            if kind == "verb" and self.low.endswith("ly", a, b):
                adverb = (a, b)  # "VEC urgently completes …": the lexicon's adverb of an order, before the verb
                continue
            # the subject ends before such an adverb right before its verb
            before = adverb[0] if adverb is not None and self._rstrip(pos, a) == adverb[1] else a
            np_end = self._en_interjection(pos, self._rstrip(pos, before))
            # before a modal, nouns may stand before a group word ('Water supply companies must …')
            if not self._en_np_ok(pos, np_end, heading=kind == "modal" and self.text.find(",", pos, np_end) < 0,
                                  places=kind == "modal"):
                return None
            if kind == "nontask":
                return None
            word = self.low[a:b]
            if kind == "verb" and not (word.endswith("s") or bare_ok) and not self._bare_ok_here(a):
                return None
            if kind == "verb" and g.triggers.match(self.low, self.fol, a) > 0 and \
                    (g.directing.match(self.low, self.fol, a) < 0 or g.authorities.found_in(self.low, self.fol, pos, a)):
                # "The Ministry requests X to …", "The Prime Minister directs X to …": X is asked; but
                # "The Ministry of Education directs institutions to …" is the ministry's task
                return None
            if kind == "modal" and g.passive.match(self.low, b):
                return None  # "… committees must be headed by …": something done to the subject
            names = self._agency_list(pos, np_end)
            if not names:
                return None
            if kind == "modal" and word == "will" and self._own_commitment(names):
                return [], None, 0.0  # "The Prime Minister will chair …", the issuer's "The Bank will review …"
                # (a subject that assigns nothing: the clause is read no further)
            confidence = 0.85 if kind == "modal" else 0.7
            pred = b if kind == "modal" and not g.coordination.match(self.text, a, end) else a
            return names, pred, confidence
        if not self._before_colon(end):
            return None
        np_end = self._en_heading_name_end(pos, end, heading=True)  # "4. The Ministry of Transport:"
        if np_end is None:
            return None
        names = self._agency_list(pos, np_end)
        return (names, None, 0.8) if names else None

    def _en_inline_item(self, pos: int, limit: int):
        """An item that names its body, a colon or an arrow, then the action ('Ministry of Finance: arrange …',
        'Hanoi People's Committee → complete …', 'Hue PPMU, please send …'): (names, where the action starts,
        confidence), or None."""
        window = self.text[pos:limit]
        if ":" not in window and "→" not in window and ">" not in window and ", please" not in window:
            return None  # most clauses: no separator to look for
        separator = _EN_INLINE_SEPARATOR.search(self.text, pos, limit)
        if separator is None:
            return None
        action = self._skip_space(separator.end(), limit)
        if not self._imperative_start(action, limit) and not self._coordinated_imperative(action, limit):
            return None
        if please := _EN_PLEASE.match(self.low, action):  # 'Quang Ngai PPMU: please re-advertise …'
            action = please.end()
        np_end = self._en_heading_name_end(pos, self._rstrip(pos, separator.start()))
        names = self._agency_list(pos, np_end) if np_end is not None else []
        return (names, action, 0.75) if names else None

    def _coordinated_imperative(self, pos: int, limit: int) -> bool:
        """An action that names its coordinators first ('in coordination with X, complete …')."""
        coordinators, action = self._coordination(pos, limit)
        return bool(coordinators) and self._imperative_start(action, limit)

    def _own_commitment(self, names: list) -> bool:
        """The names are the document's issuer (unless they open a list item: '• MOC will set up the working
        group' is one of its next steps) or the Government and its head: what they 'will' do is their own
        plan, which assigns nothing."""
        opens_item = self.item_body >= 0 and bool(names) and \
            self._skip_space(self.item_body, names[0][0]) == names[0][0]
        own = {None if opens_item else self.ctx.issuer_id, "government", "prime_minister"} - {None}
        return self._all_among(names, own)

    def _en_heading_name_end(self, start: int, end: int, heading: bool = False) -> Optional[int]:
        """Where the name a heading line ('… :') opens with ends, past an aside ('1. The Ministry of X, as
        the standing agency, shall:') or before an apposition ('1. The Airports Corporation of Vietnam
        (ACV), the investor of component project 3:'); None when the line opens with no name."""
        stop = self._en_interjection(start, end)
        if self._en_np_ok(start, stop, heading=heading):
            return stop
        apposition = self.g.heading_apposition.search(self.low, start, stop)
        if apposition is None or not self._en_np_ok(start, apposition.start(), heading=heading):
            return None
        return apposition.start()

    def _subject_words(self, pos: int, limit: int):
        """The modals, verbs and non-task words (the last two in lower case) in ``[pos, limit)`` in text
        order, the longer first where two start together, the modal first where kinds tie. Read chunk
        by chunk: the first word after the subject decides, so the rest of the range is seldom read."""
        text, kinds = self.text, self.subject_kinds
        starts = [pos] * len(self.subject_sources)
        for _, _, found in _matches_by_chunk(self.subject_sources, starts, pos, limit):
            words = [(a, b, kind) for kind, hits in zip(kinds, found) for a, b in hits
                     if kind == "modal" or text[a].islower()]
            if len(words) > 1:
                words.sort(key=_start_then_longest)
            yield from words

    def _before_colon(self, end: int) -> bool:
        """The clause's colon is at ``end``, or after a heading tail ("… to:", "… shall:")."""
        colon = self.text.find(":", end, end + 80)
        return colon == end or colon > end and self.g.heading_tail.fullmatch(self.fol, end, colon) is not None

    def _en_pronoun(self, pos: int, end: int):
        """'They were also told to …' right after a task: the pronoun stands for that task's assignees."""
        m = self.g.pronoun_subject.match(self.low, pos)
        if m is None:
            return None
        modal = self.g.modals.match(self.low, self.fol, self._skip_space(m.end(), end))
        if modal <= 0:
            return None
        named = self._subject_before_pronoun(pos, plural=not self.low.startswith("it", pos))
        if named:  # 'Chairpersons of … are accountable for … They were ordered to …'
            # ('X is the lead agency. It must:' introduces the items under it)
            return named, None if self._skip_space(modal, end) >= end - 1 else modal, 0.65
        if not self.found or self.found[-1].sentence < self.sentence_id - 2:
            return None
        if self.low.startswith("it", pos) and self.found[-1].end < self.text.rfind("\n", 0, pos):
            return None  # 'it' stands for a body of its own paragraph ('X is the standing agency; it shall …')
        return self.found[-1].assignees, modal, 0.7

    def _subject_before_pronoun(self, pos: int, plural: bool) -> list:
        """The bodies a sentence of no task before ``pos``, in its paragraph, opens with ('Chairpersons
        of provincial People's Committees are personally accountable …'): what a pronoun after it
        stands for when they agree in number ('they': several, or a plural name); [] when there is
        none, or the authority is that sentence's subject ('The Prime Minister has stressed …')."""
        stop = self.text.rfind(".", 0, pos)
        if stop < 0 or "\n" in self.text[stop:pos]:
            return []
        start = max(self.text.rfind(". ", 0, stop) + 2, self.text.rfind("\n", 0, stop) + 1)
        if self.found and self.found[-1].end > start:
            return []
        start = self._past_markers(self._skip_space(start, stop), stop)  # ('🔹 X is the lead agency. It must:')
        verb = self.g.subject_verb.search(self.low, start, stop)
        if verb is None or not self._agency_start(start) or not self._en_np_ok(start, verb.start()) or \
                self.g.authorities.found_in(self.low, self.fol, start, verb.start()):
            return []
        names = self._agency_list(start, verb.start())
        head = self.low[start:verb.start()].split()
        several = len(names) > 1 or bool(head) and _PLURAL_HEAD.fullmatch(head[0].strip(",")) is not None
        return names if several == plural else []

    def _en_gapped(self, pos: int, end: int):
        """'X is responsible for A; the Ministry of Y for B; and Z for C': a clause of the same sentence as
        the last task that names an agency and goes on as that task's predicate did, its verb left out."""
        if not self.found or self.found[-1].sentence != self.sentence_id or \
                not self.text[max(0, pos - 10):pos].rstrip().endswith(";"):
            return None
        m = _GAPPED_CLAUSE.match(self.text, pos, end)
        if m is None or not self._agency_start(m.start("name")) or not self._en_np_ok(m.start("name"), m.end("name")):
            return None
        names = self._agency_list(m.start("name"), m.end("name"))
        return (names, m.end(), 0.7) if names else None

    def _en_passive(self, pos: int, end: int):
        """'The draft shall be submitted by the Ministry of X …': the agent leads, the clause is the action."""
        m = self.g.passive_modal.search(self.low, pos, min(end, pos + _PASSIVE_SUBJECT_CHARS))
        if m is None or self.g.passive_by is None:
            return None
        by = self.g.passive_by.match(self.low, m.end())
        if by is None or by.group(1) in self.g.raw["passive_not_tasks"]:
            return None
        agent = by.end()
        stop = re.search(r"\s(?:to|before|by|in|within|for|on)\s|[,;.]", self.low[agent:end])
        agent_end = agent + stop.start() if stop else end
        if not self._en_np_ok(agent, agent_end):
            return None
        names = self._agency_list(agent, agent_end)
        return (names, pos, 0.75) if names else None

    def _bare_ok_here(self, at: int) -> bool:
        """A bare present verb ('units continue to …') counts inside a paragraph that already gave tasks."""
        return bool(self.found) and self.found[-1].sentence >= self.sentence_id - 3 and \
            self.found[-1].end >= self.text.rfind("\n", 0, at)

    def _en_np_ok(self, start: int, end: int, loose: bool = False, heading: bool = False,
                  places: bool = False) -> bool:
        """An English noun phrase that names agencies: capitalised names, group words, connectors; a
        qualifying clause after it ('Heads of units assigned to lead tasks in the Appendix') is not read.
        A heading's phrase may also put nouns before a group word ('project management boards'), where
        after a verb they would be its object's ('directs training institutions to …')."""
        if self.text.find(";", start, end) >= 0:  # "X; Y; and Z": each name of the list on its own
            pieces = self._split_on(start, end, ";")
            return bool(pieces) and self._en_names_ok(pieces, loose, heading, places)
        qualified = self.g.name_qualifier.search(self.text, start, end)
        words = _EN_NP_WORD.findall(self.text, start, qualified.start() if qualified else end)
        if len(words) > _EN_NP_WORDS and self.text.find(",", start, end) >= 0:
            # a long list of bodies ("The Chief of Office of …, the Director of …, … shall implement"): each on its own
            pieces: list = []
            for a, b in self._split_on(start, end, ","):
                if pieces and self._inside_name(a, end):  # 'Department of Culture, Sports and Tourism'
                    pieces[-1] = (pieces[-1][0], b)
                else:
                    pieces.append((a, b))
            return len(pieces) > 1 and self._en_names_ok(pieces, loose, heading, places)
        if not words or len(words) > _EN_NP_WORDS or words[-1].isalpha() and words[-1].lower() in self.connectors:
            return False  # a name does not end in 'and', 'of': 'Plant and (restore …)' is two verbs
        if len(words) <= 3 and (bare := _EN_BARE_BODY.fullmatch(self.text, start, self._rstrip(start, end))) and \
                _body_named_before(self.text, start, bare):
            return True  # 'The department must …' after the Department of Health was named: that department
        has_head = False
        for index, word in enumerate(words):
            if word.startswith("("):
                continue
            if index < len(words) - 1 and index <= 1 and self.g.possessive.fullmatch(
                    " ".join(words[:index + 1]) + " "):
                continue  # "the ministry's (Health Insurance Department)": whose the unit is
            low = word.lower().strip("'’")
            if self._en_head_word(word):
                has_head = True
                continue
            if word[:1].isupper() or word.isdigit():
                continue
            if self.g.group_modifiers.fullmatch(low) or low in self.connectors:
                continue
            if low == "to" and 0 < index < len(words) - 1 and _EN_NUMERAL.fullmatch(words[index - 1]) and \
                    _EN_NUMERAL.fullmatch(words[index + 1]):
                continue  # "branches in Regions I to XV": a range of numbered bodies
            if low in ("in", "charge") and len(words) > 2 and index >= len(words) - 2 and \
                    [w.lower() for w in words[-2:]] == ["in", "charge"] and \
                    words[-3].lower() in self.g.raw["posts_in_charge"]:
                continue  # "The Deputy Prime Minister in charge": the official who oversees the matter
            if self._en_place_range(words, index):
                continue  # "the provinces and cities from Quang Tri to Khanh Hoa": a range of places
            if loose or heading and any(map(self._en_head_word, words[index + 1:index + 1 + _EN_NOUN_MODIFIERS])):
                continue  # "construction contractors", "project management boards": nouns before a group word
            if index and words[index - 1].lower() in _EN_DETERMINERS and \
                    _EN_BODY_GROUPS.intersection(w.lower() for w in words[index + 1:index + 1 + _EN_NOUN_MODIFIERS]):
                continue  # "… of the mountainous communes", "the power corporations under …": which bodies
            if places and _EN_PLACE_GROUPS.intersection(w.lower() for w in words[:index]) and \
                    _EN_PLACE_PREPOSITIONS.intersection(w.lower() for w in words[1:index + 1]):
                continue  # "Localities in the delta and Ho Chi Minh City (must …)", "… the provinces along the route"
            # a news report's "the finance ministry": a ministry's short name the registry knows, in lower case
            return _registry_kind(_BARE_NAME.sub("", self.text[start:end])) == "ministry"
        if has_head or (loose and any(w[:1].isupper() for w in words)):
            return True
        if len(words) == 1 and _EN_ACRONYM.fullmatch(words[0]) and _EN_ACRONYM_ORDER.match(self.low, end):
            return True  # an organisation's acronym alone asked to act ('JICA will share …', 'UNDP to organise …')
        # A name without a head word ("Vietnam Electricity", "EVN", "Petrovietnam") that the registry
        # knows, but not the Government or an official: "the government should …" is a general statement.
        kind = _registry_kind(_BARE_NAME.sub("", self.text[start:end]))
        return kind is not None and kind not in ("government", "official", "legislature")

    @staticmethod
    def _en_place_range(words: list[str], index: int) -> bool:
        """Whether ``words[index]`` is the 'from' or the 'to' of a range of named places after a group of
        places ('provinces and cities from Quang Tri to Khanh Hoa')."""
        low = words[index].lower()
        if low not in ("from", "to") or index + 1 >= len(words) or not words[index + 1][:1].isupper():
            return False
        lows = [word.lower() for word in words]
        start = index if low == "from" else next((i for i in range(index - 1, -1, -1) if lows[i] == "from"), -1)
        return start > 0 and bool(_EN_PLACE_GROUPS.intersection(lows[:start])) and "to" in lows[start + 2:]

    def _en_names_ok(self, pieces: list, loose: bool, heading: bool, places: bool) -> bool:
        """Every piece of a list ('X; Y; and Z', 'X, Y and Z') is a noun phrase naming agencies."""
        return all(self._en_np_ok(self._past_and(a, b), b, loose, heading, places) for a, b in pieces)

    def _en_head_word(self, word: str) -> bool:
        """A group word ('units', 'contractors'), an agency head ('Ministry') or an abbreviation the text defines."""
        return bool(self.g.group_word.fullmatch(word.lower().strip("'’")) or self.g.heads.fullmatch(word)
                    or word in self.abbreviations or word in self.agency_abbreviations)

    def _comma_positions(self, start: int, end: int, gap: Optional[re.Pattern] = None):
        """Where the text goes on after each of the first six gaps (commas by default) in ``[start, end)``."""
        out = []
        for m in (gap or _COMMA_GAP).finditer(self.text[start:end]):
            if m.start() and self.text[start + m.start() - 1].isdigit() and _YEAR_AFTER_COMMA.match(self.text, start + m.end()):
                continue  # a date's ('Before March 31, 2027, approve …')
            out.append(start + m.end())
            if len(out) >= 6:
                break
        return out

    def _imperative_start(self, pos: int, end: int) -> bool:
        pos = self._skip_space(pos, end)
        while pos < end and not self.text[pos].isalpha():
            pos += 1
        if pos >= end:
            return False
        # an excluded word opens no order ("Theo …", "Để …") unless a longer verb starts there ("Theo dõi …")
        verb_end = self.g.imperative.match(self.low, self.fol, pos)
        if verb_end > self.g.imperative_excluded.match(self.low, self.fol, pos):
            # "Chairing a meeting of …, Duc said …": a participle before the sentence's own subject;
            # "Phản hồi: Đã nhận" a label, its verb followed by a colon
            return not (self.en and _EN_PARTICIPLE_OPENER.match(self.text, pos, end)) and \
                not self.text.startswith(":", self._skip_space(verb_end, end))
        # "Proactively store …", "additionally assess …", "please re-advertise …"
        while self.en and (adverb := _EN_ADVERB.match(self.low, pos)) is not None:
            pos = adverb.end()
            if self.g.imperative.match(self.low, self.fol, pos) > 0:
                return True
        return False

    def _strip_openers(self, start: int, end: int) -> int:
        """Skip leading adverbials ('Trên cơ sở đó', 'Căn cứ nội dung văn bản,', 'In July 2024,')."""
        pos = self._skip_space(start, end)
        while mention := _HANDLE_MENTION.match(self.text, pos, end):  # a chat's '@hoa_ktn Phòng Kinh tế …'
            pos = mention.end()
        while pos < end and not (self.text[pos].isalpha() or self.text[pos] in "“\"("):
            pos += 1
        if self.text.find(":", pos, end) >= 0 and (intro := self.g.colon_intro.match(self.text, pos, end)) and \
                (self._agency_start(intro.end()) or self.g.triggers.match(self.low, self.fol, intro.end()) > 0):
            pos = intro.end()  # 'Phó Thủ tướng kết luận: Bộ Tài chính chủ trì …'
        for _ in range(4):
            fixed = self.g.fixed_openers.match(self.low, self.fol, pos)
            if fixed > 0:
                pos = self._skip_space(fixed, end)
                continue
            opener = self.g.openers.match(self.low, self.fol, pos)
            if opener < 0:
                return pos
            if not self.en and self.text[pos].islower() and self._imperative_start(pos, end):
                return pos  # "…; thực hiện quyết liệt …" is an order, "Thực hiện Quyết định …, Bộ X …" an opener
            if self.g.imperative.match(self.low, self.fol, pos) > opener:
                return pos  # "Theo dõi chặt chẽ …": a verb that starts with an opener word ("Theo")
            then = re.search(r"\sthì\s+(?:cần\s+|phải\s+)?", self.low[pos:min(end, pos + 400)])
            if then:
                return pos + then.end()
            consequence = self.g.condition_consequence.match(self.low, pos, min(end, pos + 400))
            if consequence:
                return consequence.end()
            for comma in self._comma_positions(pos, min(end, pos + _OPENER_CHARS)):
                if self.en and self._inside_name(comma, end):
                    continue  # "In coordination with the Department of Culture, Sports and Tourism, organize …"
                if self._agency_start(comma) or self.g.triggers.match(self.low, self.fol, comma) > 0 or (
                        self._imperative_start(comma, end) and len(self.text[pos:comma].split()) <= 12):
                    pos = comma
                    break
            else:
                return pos
        return pos

    def _inside_name(self, comma: int, end: int) -> bool:
        """The comma before ``comma`` is inside a registry name ('Ministry of Culture, Sports and Tourism')."""
        heads = list(_EN_NAME_HEAD.finditer(self.text, max(0, comma - 60), comma))
        if not heads:
            return False
        head, stop = heads[-1], self.text.find(",", comma, end)
        return _registry_knows(self.text[head.start():stop if stop >= 0 else end].strip(" .;"), "en")

    def _clause_start(self, pos: int, end: int) -> bool:
        return (self._agency_start(pos) or self._imperative_start(pos, end) or
                self.g.triggers.match(self.low, self.fol, pos) > 0)

    # ------------------------------------------------------------ agency phrases

    def _past_honorific(self, pos: int) -> int:
        """After 'Đồng chí ' when a title follows it ('Đồng chí Giám đốc Sở …'): the post is the assignee."""
        honorific = self.g.honorific.match(self.text, pos)
        if honorific is not None and self.g.titles.match(self.text, honorific.end()):
            return honorific.end()
        return pos

    def _agency_start(self, pos: int, after_trigger: bool = False) -> bool:
        text, g = self.text, self.g
        if pos >= len(text) or not text[pos].isalpha():
            return False
        if self.en:
            if after_trigger:
                return True
            determiner = _EN_DETERMINER.match(self.low, pos)  # 'the provinces of …', 'all ministries'
            return bool(_EN_NAME_OPENING.match(text[pos:pos + 12])) or \
                bool(g.group_word.match(self.low, determiner.end() if determiner else pos)) or bool(re.match(
                    r"(?:relevant|related|concerned|competent|media|members|officials)\b", self.low[pos:pos + 12]))
        if g.titles.match(text, pos) or g.heads.match(text, pos) or self._abbreviation_at(pos):
            return True
        if after_trigger and g.addressee_title.match(text, pos):
            return True
        if g.group_start.match(text, pos):
            word = _WORD_AND_SPACE.match(text[pos:pos + 20])
            after = pos + (word.end() if word else 0)
            return bool(g.group_word.match(self.low, after) or g.heads.match(text, after) or
                        g.titles.match(text, after))
        return after_trigger and bool(g.group_word.match(self.low, pos))

    def _abbreviation_at(self, pos: int, end: Optional[int] = None) -> bool:
        """An agency's abbreviation the text defines ("… (ACV)") or the registry knows ("EVN"), followed by
        a space, or ending at ``end`` when given (a whole list item)."""
        word = _CAPITALS_WORD.match(self.text, pos)
        if word is None:
            return False
        after = self.text[word.end():word.end() + 1]
        if end is None and after == ":":  # "TTPVHCC: trả kết quả …" heads its task; "VPCP: BTCN, …" lists
            return word.group(0) in self.agency_abbreviations
        if word.end() != end if end is not None else after != " ":
            return False
        return self.is_agency_abbreviation(word.group(0))

    def is_agency_abbreviation(self, word: str) -> bool:
        return word in self.agency_abbreviations or _registry_knows(word, self.g.language)

    @cached_property
    def defined_names(self) -> dict[str, str]:
        """Short name -> the full name the text defines it for ('Vietnam Road Administration (VRA)',
        '… Industries Group (Vinacomin)'); English capitalised names only."""
        names = {}
        for short in _EN_SHORT_NAME_IN_BRACKETS.finditer(self.text):
            # the capitalised words before the bracket, read backwards (a regex for the name there
            # tried every capital of the text and backtracked over each run of them)
            words = self.text[max(0, short.start() - _EN_DEFINED_NAME_CHARS):short.start()].split()
            taken = list(itertools.takewhile(lambda w: w[:1].isupper() or w in _EN_NAME_CONNECTORS, reversed(words)))
            while taken and taken[-1] in _EN_NAME_CONNECTORS:
                taken.pop()  # the name starts with a capital
            if taken:
                names[short.group(1)] = " ".join(reversed(taken)).rstrip(",")
        if " = " in self.text:  # a glossary: 'Abbreviations: MAE = Ministry of Agriculture and Environment; …'
            for entry in _EN_GLOSSARY_ENTRY.finditer(self.text):
                names.setdefault(entry.group(1), entry.group(2).strip())
        return names

    @cached_property
    def agency_abbreviations(self) -> set[str]:
        """Abbreviations the text defines for a name with an agency head ("Tổng công ty … (ACV)")."""
        text, heads = self.text, self.g.heads
        named = {short for short, full in self.defined_names.items() if heads.search(full)} if self.en else set()
        return named | {m.group(1) for m in self.definitions if heads.search(text, max(0, m.start() - 120), m.start())}

    def _name_end(self, pos: int, end: int, heading: bool = False, after_trigger: bool = False):
        """(end of the name, start of the predicate) for a name starting at ``pos``; None if no predicate."""
        if self.en:
            limit = min(end, pos + 200)
            return (limit, limit) if heading else None
        cut = self._vi_name_end(pos, end, heading)
        if cut is not None and self.text.startswith("Bộ ", pos):
            closed = self._ministry_end(pos, cut[0])
            if closed is not None:
                return closed, closed
        return cut

    def _ministry_end(self, pos: int, stop: int) -> Optional[int]:
        """End of a ministry's name that opens ``text[pos:stop]`` and that a lower-case word
        outside the verb lexicon follows: 'Bộ Công an phân luồng, tổ chức giao thông' names
        Bộ Công an (a ministry's name takes no place or other word after it)."""
        if _registry_kind(self.text[pos:stop]) == "ministry":
            return None  # the whole name is the ministry's (most names: a verb of the lexicon follows)
        words = list(_WORD_END.finditer(self.text, pos, stop))
        for count in range(len(words) - 1, 1, -1):
            last, follows = words[count - 1], words[count]
            if last.group() in _AFTER_MINISTRY or _registry_kind(self.text[pos:last.end()]) != "ministry":
                continue
            if last.end() + 1 == follows.start() and follows.group().islower() \
                    and follows.group() not in _AFTER_MINISTRY:
                return last.end()
            return None
        return None

    def _vi_name_end(self, pos: int, end: int, heading: bool):
        g = self.g
        limit = min(end, pos + g.raw["name_max_chars"])
        colon = self.text.find(":", pos, limit)
        par = g.parenthetical.regex.search(self.text, pos + 1, limit) \
            if g.parenthetical.may_match(self.low, pos + 1, limit) else None
        inside: list = []  # name parts ("các chủ đầu tư") found so far: the words in them end no name
        between = self._time_between(pos, limit)
        if between is not None:  # "Văn phòng … trong thời hạn 05 ngày làm việc … tham mưu": the name ends at the time
            limit = between[0]
        starts = [pos, pos] + [pos + 1] * (len(self.name_sources) - 2)  # the name parts may open the name
        # the word or ':' that ends the name is the first boundary the loop accepts: read chunk by chunk
        for lo, hi, (parts, exact_parts, *words) in _matches_by_chunk(self.name_sources, starts, pos, limit):
            inside.extend(parts)
            inside.extend(exact_parts)
            boundaries = sorted((a, b, False) for hits in words for a, b in hits)
            if lo <= colon < hi:
                boundaries.append((colon, colon + 1, True))
                boundaries.sort()
            for a, b, is_colon in boundaries:
                if not is_colon and (inside and any(s <= a < e for s, e in inside) or self._listed_noun(a, b)):
                    continue
                if self.quoted[a] and not self.quoted[pos]:
                    continue
                if self.low.startswith("có ", a):
                    has = a
                elif self.text[b:b + 1] == ":" or self.text[b:b + 2] == " :":
                    # ('… có vùng trồng cây ăn quả tập trung:': its 'có' inside a name part, a last word with no object)
                    has = self.low.rfind(" có ", pos, a) + 1
                else:
                    has = -1
                if has > pos and (colon_end := self._has_up_to_colon(pos, has, end)) > 0:
                    return self._rstrip(pos, colon_end), colon_end
                if has == a and (verb := self._verb_after_has(pos, has, limit)) is not None:
                    return self._rstrip(pos, verb), verb
                if par is not None and par.start() < a:
                    pred = self._predicate_after(par.end(), end)
                    return (self._rstrip(pos, par.start()), pred if pred is not None else end)
                word = self.text[a:b]
                if word[:1].isupper() and word not in g.strong and self.text[a] != ":":
                    strong = any(self.text.startswith(s, a) for s in g.strong)
                    if not strong:
                        continue
                if self.text[a] == ":" and (self.g.distributive.fullmatch(self.text, pos, a + 1) or
                                            _LISTED_AFTER_COLON.search(self.text, pos, a)):
                    continue  # "(Bộ trưởng) các Bộ: Công an, …", "Ủy ban nhân dân các tỉnh: A, B" name several
                return (self._rstrip(pos, a), a)
        if between is not None and (par is None or par.start() > between[0]):
            return self._rstrip(pos, between[0]), between[1]
        if par is not None:
            pred = self._predicate_after(par.end(), end)
            return (self._rstrip(pos, par.start()), pred if pred is not None else end)
        if heading or limit >= end:
            return (self._rstrip(pos, limit), end) if limit >= end else None
        return None

    def _has_up_to_colon(self, pos: int, a: int, end: int) -> int:
        """'Ủy ban nhân dân các tỉnh, thành phố … có khu công nghiệp tập trung:': a group, then what those
        of it the items ask have, up to the colon that ends the line: the whole line names them. Where
        that colon stands, or -1."""
        colon = self._rstrip(pos, end)
        colon -= self.text[colon - 1:colon] == ":"
        named = _COLON_ENDS_LINE.match(self.text, colon) is not None and self.text.find(":", a, colon) < 0 and \
            self.text.find("\n", a, colon) < 0 and _PLURAL_WORD.search(self.low, pos, a) is not None
        return colon if named else -1

    def _verb_after_has(self, pos: int, has: int, limit: int) -> Optional[int]:
        """'Ủy ban nhân dân các xã có học sinh bán trú xây dựng …': a group, what those of it the task asks
        have, then the task's verb (before any report word, stop or colon): where that verb starts, or None."""
        if _PLURAL_WORD.search(self.low, pos, has) is None or self.g.nontask.match(self.low, self.fol, has) != has + 2 \
                or self.g.predicates.match(self.low, self.fol, has) > 0 or self.g.predicates.match(self.low, self.fol, has + 3) > 0:
            return None  # 'có' alone, not 'có thể', 'có trách nhiệm'; what they have no verb ('có đăng ký …')
        stop = min(limit, has + _HAS_CHARS)
        verbs = [(a, b) for a, b in self.g.predicates.finditer(self.low, self.fol, has + 3, stop)
                 if self.text[a].islower() and not self._participle(has, a)]
        if not verbs or _CLAUSE_STOP.search(self.text, has, verbs[0][0]) or \
                self.g.nontask.found_in(self.low, self.fol, has + 3, verbs[0][0]):
            return None
        (a, b), after = verbs[0], verbs[1][0] if len(verbs) > 1 else -1
        # ('… có điểm trường xuống cấp rà soát …': a one-word verb right before another ends a compound)
        return after if after == b + 1 and " " not in self.low[a:b] else a

    def _participle(self, start: int, verb: int) -> bool:
        """The verb at ``verb`` follows 'được' ('nhiệm vụ được phân công'): a participle, not a predicate."""
        return self.low.endswith("được ", start, verb)

    def _time_between(self, pos: int, limit: int) -> Optional[tuple[int, int]]:
        """(start of the deadline, start of the verb) when a deadline found in ``(pos, limit)``
        stands between a name and its verb."""
        i = bisect.bisect_right(self.deadline_starts, pos)
        if i == len(self.deadlines) or self.deadlines[i].span.start >= limit:
            return None
        span = self.deadlines[i].span
        verb = self._skip_space(span.end, limit)
        if self.text[span.start - 1:span.start] != " " or not self.text[verb:verb + 1].islower() or \
                self.g.predicates.match(self.low, self.fol, verb) <= 0:
            return None
        return span.start, verb

    def _listed_noun(self, a: int, b: int) -> bool:
        """A verb-like word used as a noun in a list of bodies: between commas ('các cơ quan, tổ
        chức có liên quan') or after a plural word ('các tổ chức xã hội', which no verb follows)."""
        if self.text[a - 2:a] == ", " and _LIST_GOES_ON.match(self.low, b):
            return True
        return bool(_PLURAL_BEFORE.search(self.low, max(0, a - 7), a))

    def _predicate_after(self, pos: int, end: int) -> Optional[int]:
        close = self.text.find(")", pos, end)
        start = close + 1 if close >= 0 and self.text[pos - 1:pos] == "(" else pos
        stop = min(end, start + 250)
        # "X (ACV) đã đẩy nhanh …": a report of what was done; its word is where the predicate starts
        first = stop - len(self.low[start:stop].lstrip(" ,"))
        done = first if first < stop and 0 < self.g.nontask.match(self.low, self.fol, first) <= stop else None
        for a, b in self.g.predicates.finditer(self.low, self.fol, start, stop):
            if done is not None and done < a:
                return done
            if not self.en and self._participle(start, a):
                continue  # '… căn cứ nhiệm vụ được phân công, chủ động …': of the phrase before the verb
            if self.text[a].islower() or any(self.text.startswith(s, a) for s in self.g.strong):
                return a
        return None

    def _agency_list(self, start: int, end: int) -> list:
        """Split a noun phrase naming agencies into (start, end) spans, one per agency."""
        defined = self.g.group_definition.search(self.text, start, end)
        if defined:  # "(hereinafter referred to as …)" follows the names; the Anaphora reads it
            end = defined.start()
        if self.en and (aside := _EN_RELATIVE_ASIDE.search(self.text, start, end)):
            end = aside.start()  # "…, where large gatherings are expected,": what the bodies are, no body
        end = self._rstrip(start, end)
        start = self._skip_space(start, end)
        if end <= start:
            return []
        out = []
        for index, (a, b) in enumerate(self._split_on(start, end, ";")):
            out.extend(self._split_agencies(self._past_and(a, b) if index else a, b))  # "X; Y; and Z"
        return [n for n in out if n[1] - n[0] >= 2 and any(c.isalpha() for c in self.text[n[0]:n[1]])]

    def _past_and(self, start: int, end: int) -> int:
        """After an 'and' / 'và' that opens ``[start, end)`` (the last piece of 'X; Y; and Z'), or ``start``."""
        joint = _LEADING_AND.match(self.text, start, end)
        return joint.end() if joint else start

    def _split_on(self, start: int, end: int, sep: str):
        pieces, s = [], start
        i = self.text.find(sep, start, end)
        while i >= 0:
            pieces.append((self._skip_space(s, i), self._rstrip(s, i)))
            s = i + 1
            i = self.text.find(sep, s, end)
        pieces.append((self._skip_space(s, end), self._rstrip(s, end)))
        return [p for p in pieces if p[1] > p[0]]

    def _split_agencies(self, start: int, end: int) -> list:
        text = self.text
        if self.g.whole_group.fullmatch(self.fol, start, end):
            return [(start, end, "")]  # the political system of a place, named as one group
        colon = text.find(":", start, end)
        if colon > start:  # "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Xây dựng": the names
            before = self._items(start, colon)  # before the list, then the list
            if len(before) > 1 and self.g.distributive.fullmatch(text, before[-1][0], colon + 1):
                return self._split_agencies(start, before[-2][1]) + self._split_agencies(before[-1][0], end)
        distributed = self._en_distributed(start, end) if self.en else self._provinces(start, end)
        if not distributed:
            distributive = self.g.distributive.match(text, start, end)
            items = self._items(distributive.end() if distributive else start, end)
            if distributive:
                distributed = self._distribute(distributive.group("head"), items, distributive.group("title") or "")
        if distributed:
            written = collapse_spaces(text[start:end]).strip(" ,;:.")
            for a, b, _ in distributed:
                self.listed_in[a, b] = written
            return distributed
        out: list = []
        for a, b, sep in items:
            if not out or self._starts_new(a, b, out[-1], sep):
                out.append((a, b, ""))
            else:
                out[-1] = (out[-1][0], b, "")
        return out

    def _en_distributed(self, start: int, end: int) -> list:
        """'The Ministries of Justice and Finance' -> the Ministry of Justice, the Ministry of Finance;
        'the People's Committees of Hue City and Da Nang City' likewise: when every body is one the
        registry knows ('Ministers of Industry and Trade and Public Security' splits between them)."""
        places = _EN_PLACES_THEN_PLURAL.fullmatch(self.text, start, end)
        if places is not None:  # "Lai Chau, Cao Bang and Dien Bien provinces": each province by its name
            return [(a, b, "") for a, b, _ in self._items(places.start("list"), places.end("list"))]
        plural = self.g.distributed_plural.match(self.text, start, end)
        if plural is None:
            return []
        head = f"{plural.group('det') or ''}{self.g.raw['distributed_plurals'][plural.group('head')]} of"
        items = self._items(plural.end(), end)
        out, i = [], 0
        while i < len(items):
            a = items[i][0]
            known = next((j for j in range(len(items) - 1, i - 1, -1)
                          if _registry_knows(f"{head} {self.text[a:items[j][1]]}", "en")), None)
            if known is None:
                return []
            out.append((a, items[known][1], head))
            i = known + 1
        return out if len(out) > 1 else []

    def _items(self, start: int, end: int):
        """Comma / 'và' / 'and' separated items: (start, end, separator before)."""
        items, s, sep = [], start, ""
        depth = 0
        for m in _ITEM_SEPARATOR.finditer(self.text, start, end):
            a = m.start()
            depth = self.text.count("(", s, a) - self.text.count(")", s, a)
            if depth > 0:
                continue
            items.append((s, a, sep))
            s, sep = m.end(), m.group(0).strip()
        items.append((s, end, sep))
        return [(a, b, c) for a, b, c in items if b > a]

    def _starts_new(self, a: int, b: int, prev: tuple, sep: str) -> bool:
        """Does the item at [a, b) start a new agency, or continue the previous one ('các Bộ, ngành')?"""
        text, g = self.text, self.g
        item = text[a:b]
        prev_text = text[prev[0]:prev[1]]
        if not self.en and self._local_unit_at(a) and self._local_unit_at(prev[0]):
            return True  # 'đặc khu Phú Quốc, đặc khu Thổ Châu': two units
        if self.en:
            low = item.lower()
            # the previous name's place is in lower case ('People's Committees of coastal communes'), wherever
            # it stands ('Departments of Science and Technology of provinces' names it after its field)
            first_of = _EN_OF_PLACE.search(prev_text)
            place_in_lower = _EN_OF_LOWER.search(prev_text) is not None or \
                first_of is not None and first_of.group(1).islower()
            qualified = g.name_qualifier.search(low)  # "… and the special zone that are members"
            place = low[:qualified.start()] if qualified else low
            if place_in_lower and low.startswith("the ") and " of " not in place \
                    and _EN_PLACE_END.search(place):
                return False  # "People's Committees of coastal communes, wards and the Ly Son special zone"
            if _EN_PLACES_OF.match(low) and _EN_PLURAL_OF.search(prev_text):
                return False  # "People's Committees of Can Tho City and the provinces of An Giang, …": one list of places
            if low.startswith(("the ", "other ", "relevant ", "related ", "concerned ", "competent ")):
                return True
            if g.titles.match(low) and item[:1].isupper() or _EN_TITLE_PLURAL.match(low):
                return True
            title_prev = bool(_EN_TITLE_OF.match(prev_text.lower()))
            if sep and (_ENDS_IN_LEGAL_FORM.search(item) or _ENDS_IN_LEGAL_FORM.search(prev_text)):
                return True  # "Sakura Electronics Vietnam Co., Ltd. and Hai Van Logistics Park JSC": two companies
            if item[:1].isupper():
                if re.match(r"Radio\b", item) and re.search(r"\bNewspaper$", prev_text) or \
                        item == "Television" and re.search(r"\bNewspaper and Radio$", prev_text) or \
                        re.match(r"Television Station\b", item) and re.search(r"\bRadio$", prev_text):
                    # "Lam Dong Newspaper and Radio(, | - )Television": one body since the 2025 mergers; "Hue Radio
                    # and Television Station"
                    return False
                # each name without the abbreviation written after it ('Vietnam Electricity (EVN)')
                named, prev_named = (_TRAILING_ABBREVIATION.sub("", name) if name.endswith(")") else name
                                     for name in (item, prev_text))
                if sep in ("and", ",") and (prev_named != prev_text or self._abbreviation_at(a, b)):
                    return True  # "… Sciences (VAAS) and AgResearch", "MAE's Department of … and MPI"
                if sep in ("and", ",") and not g.heads.match(item) and _registry_knows(prev_named, "en") and (
                        g.heads.search(named.split()[-1]) or _registry_knows(named, "en")) and \
                        not _registry_knows(f"{prev_named} and {named}", "en"):
                    return True  # "… the Department of Culture, Sports and Tourism and Lam Dong Newspaper"
                if sep == "and" and not any(map(self._en_head_word, prev_named.split())) and \
                        not _registry_knows(prev_named, "en"):
                    return False  # "The Currency Issue and Treasury Department": the first part names no body
                # "Ministries, ministerial-level agencies and Government agencies" is one group
                if _EN_STATE_WORD.match(item) and not title_prev and \
                        not place_in_lower:
                    return bool(_EN_BODY_WORD.search(item)) or item == "Government"
                if g.heads.match(item) and not place_in_lower and not title_prev:
                    return self._en_head_opens_name(item)
                return False
            if title_prev or place_in_lower:
                return False
            bare_prev = _EN_LEADING_DETERMINER.sub("", prev_text)
            last = prev_text.lower().split()[-1] if prev_text.split() else ""
            if g.group_word.match(self._en_group_word(low)) and bare_prev[:1].isupper() \
                    and not bare_prev.lower().startswith(("ministries", "branches", "sectors", "localities")) \
                    and not all(g.group_word.fullmatch(self._en_group_word(word.strip()))
                                for word in _EN_LIST_SPLIT.split(bare_prev.lower())) \
                    and not (_EN_PLACE_PLURAL.match(last) and _EN_PLACE_PLURAL.match(low)):
                return True  # "the Ministry of X, agencies …", but "Departments, agencies and localities",
                # "State-owned groups and corporations" and "Coastal provinces and cities" are one group
            if _EN_HEADS_END.search(low):
                return True
            return bool(_EN_GROUP_PLURAL.search(low)) and \
                (not g.group_word.fullmatch(last) or bool(g.titles.fullmatch(last)))
        office = g.one_office_of_two.search(text, prev[0], b)
        if office is not None and office.start() < a < office.end():
            return False  # "Văn phòng HĐND và UBND phường": one office serving both bodies
        if _VI_PLURAL_START.match(item):
            joint = _VI_PLURAL_START_I.match(prev_text) and not self._closed(prev_text) and \
                self._closed(item) and g.group_word.match(item.split(None, 1)[-1].lower())
            return not joint
        if _VI_PLURAL_KINDS_END.search(prev_text) and g.heads.match(text, a) and \
                _BARE_HEAD.match(item):
            return False  # "Thủ trưởng các Cục, Vụ, Viện và đơn vị thuộc Bộ": one group of kinds of body
        if g.titles.match(text, a) or g.heads.match(text, a) and (item[:1].isupper() or item.startswith(
                g.lowercase_heads)):  # a head is capitalised, but "đại biểu HĐND"
            # (unless the registry knows the whole name: 'Cục Khởi nghiệp và Doanh nghiệp công nghệ')
            return not (sep == "và" and _registry_knows(f"{prev_text} và {item}", "vi"))
        if self._closed(prev_text) and g.group_word.match(item.lower()):
            return True
        return False

    def _en_group_word(self, phrase: str) -> str:
        """An English phrase without the sectors before its group word ('business associations',
        'state-owned groups')."""
        words = phrase.split()
        while len(words) > 1 and words[0] in self.g.sector_modifiers:
            words.pop(0)
        return " ".join(words)

    def _en_head_opens_name(self, item: str) -> bool:
        """Whether the head word an English item opens with is a body's ('Department of Finance', 'Police',
        'Customs Department'), not a word qualifying the next ('Plant Protection' of 'Department of Crop
        Production and Plant Protection'): alone, before 'of'/'for'/'on', or with a head at the end."""
        words = item.split()
        return len(words) == 1 or words[1].lower() in _EN_HEAD_LINKS or self.g.heads.fullmatch(words[-1]) is not None

    @staticmethod
    def _closed(name: str) -> bool:
        """A group name closed by its modifier ('các cơ quan liên quan'): what follows is another agency."""
        return name.lower().rstrip().endswith(("liên quan", "có rừng", "khác"))

    def _provinces(self, start: int, end: int) -> list:
        """'Ủy ban nhân dân các tỉnh: Lào Cai, Phú Thọ' -> Ủy ban nhân dân tỉnh Lào Cai, Ủy ban nhân dân
        tỉnh Phú Thọ, when every item is a province or city the registry knows (not 'các tỉnh Tây
        Nguyên', a region)."""
        listed = self.g.province_list.match(self.text, start, end) if not self.en else None
        if listed is None:
            return []
        items = self._items(listed.end(), end)
        heads = [f"{listed.group('title') or ''}{listed.group('body')} {unit.strip()}"
                 for unit in listed.group("units").split(",")]
        out = []
        for a, b, _ in items:
            head = next((h for h in heads if _registry_knows(f"{h} {self.text[a:b]}", "vi")), None)
            if head is None:
                return []
            out.append((a, b, head))
        return out if len(out) > 1 or ":" in listed.group(0) else []

    def _distribute(self, head: str, items, title: str = "") -> list:
        """'các Bộ: Công Thương, Xây dựng và các cơ quan liên quan' -> Bộ Công Thương, Bộ Xây dựng, …;
        'Bộ trưởng các Bộ: Quốc phòng, Công an' -> Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an."""
        out, i = [], 0
        head = head[:1].upper() + head[1:].lower()
        while i < len(items):
            a, b, _ = items[i]
            if re.match(r"(?:các|những)\s", self.text[a:b], re.I):
                out.append((a, items[-1][1], ""))
                break
            if i and self.g.titles.match(self.text, a):  # "…, Xây dựng, Giám đốc Công an tỉnh": the list ended
                out.extend(self._split_agencies(a, items[-1][1]))
                break
            best = i
            for j in range(len(items) - 1, i, -1):
                joined = self.text[a:items[j][1]]
                if _registry_knows(f"{head} {joined}", self.g.language):
                    best = j
                    break
            own = self.text[a:b]  # "các bộ, cơ quan: Tài chính, Ngân hàng Nhà nước Việt Nam": a name of its own
            whole = best == i and not _registry_knows(f"{head} {own}", self.g.language) and \
                _registry_knows(own, self.g.language)
            out.append((a, items[best][1], "" if whole else title + head))
            i = best + 1
        return out

    # ------------------------------------------------------------ coordination

    def _coordination(self, pred: int, end: int):
        """Coordinators named in the predicate and where the action starts after them."""
        g = self.g
        window = min(end, pred + (120 if self.en else 80))
        m = g.coordination.search(self.text, pred, window)
        if m is None:
            return [], pred
        before = self.text[pred:m.start()]
        if len(before.split()) > (8 if self.en else 5):
            return [], pred
        start = self._skip_space(m.end(), end)
        if self.text[start:start + 1] in ",:":
            if self.en:
                start = self._skip_space(start + 1, end)
            else:
                return [], pred
        if self.en:
            stop = self._en_coordination_end(start, end)
        else:
            cut = self._name_end(start, end)
            stop = cut[0] if cut else None
            action = cut[1] if cut else None
        if stop is None or stop <= start:
            return [], pred
        coords = self._agency_list(start, stop)
        if not self.en:
            # reversed roles: "phối hợp với X và chủ trì cùng Y"
            more = _REVERSED_ROLES.match(self.text, action, end)
            if more:
                cut = self._name_end(more.end(), end)
                if cut:
                    coords += self._agency_list(more.end(), cut[0])
                    action = cut[1]
            if self._starts_with_ender(action) and self._predicate_after(action + 1, end) is None:
                return coords, pred  # "phối hợp với X trong công tác Y": no verb follows, coordinating is the action
            return coords, action
        rest = _EN_COORDINATION_TAIL.match(self.text[stop:end])
        action = stop + rest.end()
        if action >= end:  # "… coordinate with X in:" opening a list: the items are the actions
            return coords, end
        if rest.group(1) != "to" and not self._en_verb_at(action):
            return coords, pred  # "work with investors on connection options": the whole predicate is the action
        return coords, action

    def _en_verb_at(self, pos: int) -> bool:
        word = _LOWER_WORD.match(self.low[pos:pos + 30])
        return word is not None and (word.group().endswith("ing") or self.g.verbs.match(self.low, self.fol, pos) > 0)

    def _en_loose_coordination(self, start: int, end: int) -> list:
        """'In coordination with X, propose …', '… by October, in coordination with X and Y.'"""
        m = self.g.loose_coordination.search(self.text, start, end)
        if m is None:
            return []
        at = self._skip_space(m.end(), end)
        stop = self._en_coordination_end(at, end) or self._rstrip(at, end)
        return self._agency_list(at, stop) if self._en_np_ok(at, stop) else []

    def _en_coordination_end(self, start: int, end: int) -> Optional[int]:
        m = self.g.coordination_end.search(self.text, start, end)
        return m.start() if m else None

    # ------------------------------------------------------------ emitting

    def _emit(self, c_start, c_end, names, coords, action, confidence, scope, joined) -> list[_Found]:
        if not names:
            return []
        a_start, a_end = action
        if self._dates_task_before(a_start, a_end):
            return []
        parts = self._without_completions(self._split_action(a_start, a_end))
        out = []
        prefix = scope.prefix if scope is not None else ""
        context_span = scope.span if scope is not None else (c_start, c_start)
        for index, (p_start, p_end, reach) in enumerate(parts):
            if p_end - p_start < 2 and not prefix or index and self.g.accountability_part.match(self.fol, p_start):
                continue
            found = _Found(start=c_start if index == 0 else p_start, end=reach if index < len(parts) - 1 else c_end,
                           assignees=names, coordinators=coords, action=(p_start, p_end), prefix=prefix,
                           confidence=confidence - (0.05 if len(parts) > 1 else 0.0),
                           context_span=context_span, sentence=self.sentence_id, joined=joined and index == 0)
            found.deadline = self._deadline_in(c_start if index == 0 else p_start, reach)
            if found.deadline is None and scope is not None:
                found.deadline = scope.deadline
            found.report = bool(self.g.report_clause.search(" " + self.fol[p_start:p_end]))
            found.each = bool(self.g.closing_each.search(self.fol[c_start:c_end]))
            out.append(found)
        self.found.extend(out)
        return out

    def _without_completions(self, parts: list[tuple]) -> list[tuple]:
        """(start, end, reach) of each part of a split action: a part that only finishes the one before it
        ('…, and complete this by 5 p.m. on 5 December') is none, and the reach of that one (where its
        deadline is looked for) runs to its end."""
        kept = [(start, end, end) for start, end in parts[:1]]
        for start, end in parts[1:]:
            done = self.g.completion_restatement.match(self.low, start, end)
            if done is not None and (self._skip_space(done.end(), end) >= end or
                                     (deadline := self._deadline_in(done.end(), end)) is not None and
                                     self._skip_space(done.end(), end) == deadline.span.start):
                kept[-1] = (*kept[-1][:2], end)
            else:
                kept.append((start, end, end))
        return kept

    def _dates_task_before(self, a_start: int, a_end: int) -> bool:
        """The clause only gives the time of the task before it in its sentence ('…; việc kiểm tra phải
        hoàn thành trước ngày 31/7'): that task takes its deadline, and it is no task of its own."""
        if not self.found or self.found[-1].sentence != self.sentence_id or \
                self.g.time_restatement.match(self.low, a_start, a_end) is None:
            return False  # (the pattern has no end anchor: what fails here fails up to any deadline too)
        deadline = self._deadline_in(a_start, a_end)
        if deadline is None or self.g.time_restatement.fullmatch(self.low, a_start, deadline.span.start) is None:
            return False
        if self.found[-1].deadline is None:
            self.found[-1].deadline = deadline
        return True

    def _split_action(self, start: int, end: int) -> list[tuple]:
        """Split an action where a new verb starts a new object ('…, xử lý nghiêm các vi phạm')."""
        g = self.g
        min_words = g.raw["split_min_words"]
        directing = g.directing.match(self.low, self.fol, self._skip_space(start, end)) >= 0
        fronted_time = g.fronted_times.match(self.low, self.fol, self._skip_space(start, end)) >= 0
        cuts = []
        for m in _ACTION_CUT.finditer(self.text, start, end):
            at = m.end()
            # the cheap tests first: most cuts have no new verb after them
            if self.quoted[at] or not self.text[at].islower():
                continue
            after_and = m.group(0).strip(" ,") in ("và", "and")
            # "…, and it must publish …": the pronoun says the subject again before its modal
            said_again = _EN_PRONOUN_SUBJECT.match(self.low, at) if after_and and self.en else None
            if after_and and self.en and (modal_end := g.modals.match(
                    self.low, self.fol, said_again.end() if said_again else at)) > 0:
                verb = self._skip_space(modal_end, end)  # "… and will compile …": a second predicate; "… and
                negated = verb + 4 if self.low.startswith("not ", verb) else verb  # must not allow …": a ban
                if g.verbs.match(self.low, self.fol, negated) > 0 and not (
                        negated > verb and self.low.startswith("be ", negated)):  # "must not be subjective": an attitude
                    cuts.append((m.start(), verb))
                    continue
            if after_and and self.en and not directing and "," in m.group(0) and self.low.startswith("to ", at) and \
                    g.verbs.match(self.low, self.fol, at + 3) > 0:
                cuts.append((m.start(), at + 3))  # "to appraise the draft …, and to report to …": a second task
                continue
            if after_and and self.en and "," not in m.group(0) and \
                    (bare := _EN_BARE_INFINITIVE.search(self.low, max(start, m.start() - 30), m.start())) and \
                    g.verbs.match(self.low, self.fol, bare.start(1)) == bare.end(1):
                continue  # "assign a focal unit to receive and handle petitions": one object for both
            verbs = g.split_after_and if after_and else g.split_verbs
            verb_end = verbs.match(self.low, self.fol, at)
            if verb_end < 0 and after_and and "," in m.group(0):
                verb_end = g.split_after_comma_and.match(self.low, self.fol, at)
            # 'tasked X with A, and with B-ing …': 'with' said again cuts even a short first task
            with_again = after_and and self.en and _WITH_GERUND.match(self.low, at) is not None
            if with_again:
                verb_end = at
            own_object = False
            if verb_end < 0 and after_and and self._dated_before(start, m.start()):
                # 'publish X before June 20 and open Y on July 1': a time closes the first task, so the verb
                # after 'and' has an object of its own
                verb_end = (g.verbs or g.predicates).match(self.low, self.fol, at)
                if verb_end >= 0 and g.shared_object.match(self.low, verb_end):
                    continue
            if verb_end < 0 and after_and:  # 'and report urgent issues to …', not 'and submit it to …'
                verb_end = g.split_own_object.match(self.low, self.fol, at)
                if verb_end >= 0 and g.shared_object.match(self.low, verb_end):
                    continue
                own_object = verb_end >= 0
            if verb_end < 0 and not after_and:
                adverb = g.split_adverbs.match(self.low, self.fol, at)
                if adverb < 0 or g.split_verbs.match(self.low, self.fol, self._skip_space(adverb, end)) < 0:
                    continue
            elif verb_end < 0:
                continue
            # (in English only 'direct X to …': 'direct the assurance of …, and arrange …' are the subject's own)
            if directing and g.own_after_directing.match(self.low, self.fol, at) < 0 and \
                    (not self.en or " to " in self.low[start:m.start()]):
                continue
            if self.text.count("(", start, at) > self.text.count(")", start, at):
                continue
            seg_start = cuts[-1][1] if cuts else start
            segment = self.text[seg_start:m.start()]
            if len(segment.split()) < (_OWN_OBJECT_MIN_WORDS if own_object else min_words) and not with_again:
                continue  # ('Select five pilot villages and publish …': two objects, each a task)
            if own_object and (result := _EN_RESULT_OBJECT.match(self.low, verb_end)) is not None and \
                    re.search(rf"\b{result.group(1)}\b", self.low[seg_start:m.start()]):
                continue  # "amending the list …, and issue the amended list": the first task's result
            if g.purpose.search(self.low, seg_start, m.start()):
                continue  # "báo cáo … để xem xét, giải quyết": the verbs after a purpose word are the purpose's
            tail = segment.rsplit(",", 1)[1] if "," in segment else None
            if tail is not None and len(tail.split()) <= 2 and not _YEAR_AFTER_COMMA.fullmatch(tail):
                continue  # an enumeration ("bố trí quỹ đất, quy hoạch, xây dựng …"), not a date's year ("March 31, 2026")
            if not after_and and g.nominal_list_end.search(self.low, seg_start, m.start()):
                continue  # verbs made nouns, listed ("kiểm tra việc thu gom, xử lý nước thải")
            if verb_end > at and _NOUN_AFTER.match(self.low, verb_end):
                continue  # "các cơ quan, tổ chức, doanh nghiệp", "…, chỉ đạo của Thủ tướng": a noun, no new verb
            if not self.en and self.low.startswith(_DELIVERY_VERBS, at) and self._is_delivery(at, end):
                continue  # "…, đề xuất Chính phủ xem xét": where the result goes
            verb = self.low[at:max(verb_end, at)]
            if verb and verb in " ".join(self.low[seg_start:m.start()].split()[:4]) and \
                    not self._dated_before(seg_start, m.start()):
                continue  # the same verb again: parallel objects ("thu hồi X, thu hồi Y"); a time closing the
                # first ('report on X before January 10, and report on Y before March 15') makes two tasks
            if not cuts and fronted_time and not (g.verbs or g.split_verbs).found_in(self.low, self.fol, start, m.start()):
                continue  # a time put first, no task ("Định kỳ 6 tháng (…), tổng hợp …")
            cuts.append((m.start(), at))
        if not cuts:
            return [(start, end)]
        parts, s = [], start
        for a, b in cuts:
            parts.append((s, a))
            s = b
        parts.append((s, end))
        return parts

    # ------------------------------------------------------------ tables

    def _table_row(self, para: _Para) -> None:
        header, cells = para.cells
        if header is not self.table_header:  # a new table: no cell above its first row
            self.table_header, self.cell_above = header, {}
        if max(max(v) if k == "matrix" else v for k, v in header.items()
               if k not in ("heads", "grouped", "note", "year")) >= len(cells):  # (a row may leave its note out)
            return
        if "matrix" in header:
            self._matrix_row(para, header, cells)
            return
        lead = cells[header["lead"]]
        coords = self._cell_agencies(cells[header["coordinators"]], "coordinators") if "coordinators" in header else []
        if "status" in header:
            if self.ctx.doc_type == "report":
                return  # a report's table of where each task stands restates earlier tasks: it gives none
            status = cells[header["status"]]
            if self.g.done_status.fullmatch(self.low, *status):
                return  # an action matrix's 'Completed' / 'Dropped' row: done or given up, no task
            if (moved := self.g.reassigned_status.match(self.low, *status)) is not None:
                # 'Giao lại Ủy ban nhân dân đặc khu Cồn Cỏ chủ trì, phối hợp với …': the body after it leads
                role = self.g.reassigned_role.search(self.low, moved.end(), status[1])
                lead = (moved.end(), role.start() if role else status[1])
                joint = self.g.coordination.search(self.text, lead[1], status[1])
                coords = self._agency_list(joint.end(), status[1]) if joint else []
        # 'MAE, in coordination with MOF', 'CPMU, with the National Centre …': both in one cell
        joint = self.g.coordination.search(self.text, *lead) or _WITH_IN_CELL.search(self.text, *lead)
        names = self._cell_agencies((lead[0], self._rstrip(lead[0], joint.start())) if joint else lead, "lead",
                                    merged=self._row_has_details(header, cells))
        if not names:
            return
        if joint:
            coords = coords + self._agency_list(joint.end(), lead[1])
        task = cells[header["task"]]
        if not any(c.isalpha() for c in self.text[task[0]:task[1]]):
            return  # an empty task cell (normalize.EMPTY_CELL)
        if self._parent_row(task, lead):
            return  # a tracker's parent row ('▾ A. Electricity Authority (EA)' | 'EA'): the rows under it are the tasks
        for action in self._cell_actions(*task):
            self._add_cell_task(para.start, para.end, names, coords, action, self._time_cell(header, cells),
                                header.get("year"))

    def _matrix_row(self, para: _Para, header: dict, cells: list) -> None:
        """A row of a matrix of agencies: the columns whose cell says 'Chủ trì' lead its task, those
        whose cell says 'Phối hợp' coordinate (the agencies are the header's cells)."""
        common, heads = self.g.common, header["heads"]
        lead, coords = [], []
        for index in header["matrix"]:
            mark = self.low[cells[index][0]:cells[index][1]].strip(" .")
            for role, names in (("table_matrix_lead", lead), ("table_matrix_coordinator", coords)):
                if re.fullmatch(common[role], mark):
                    names.extend(self._agency_list(*heads[index]) or [(*heads[index], "")])
        task = cells[header["task"]]
        if not lead or not any(c.isalpha() for c in self.text[task[0]:task[1]]):
            return
        self._add_cell_task(para.start, para.end, lead, coords, task, self._time_cell(header, cells),
                            header.get("year"))

    def _time_cell(self, header: dict, cells: list) -> Optional[tuple[int, int]]:
        """The row's time column; with none, its note when the note states a deadline ('Trước ngày
        15/3/2027' in a table whose group rows give the quarter)."""
        if "time" in header:
            return cells[header["time"]]
        if header.get("note", len(cells)) < len(cells) and self._deadlines_between(*cells[header["note"]]):
            return cells[header["note"]]
        return None

    def _cell_actions(self, start: int, end: int) -> list[tuple[int, int]]:
        """The actions of a task cell: one per item when it lists them ('a) …; b) …', '1) … 2) …'); else one,
        or, where the grammar says so (English), one per ';' piece when each opens with a verb ('Survey …;
        publish …'), not a list of objects ('Review: Law X; Decree Y')."""
        items = self._cell_items(start, end)
        if len(items) > 1:
            return items
        if not self.g.raw.get("split_cells_at_semicolons"):
            return [(start, end)]
        pieces = self._split_on(start, end, ";")
        if len(pieces) > 1 and all(self._imperative_start(a, b) for a, b in pieces):
            return pieces
        return [(start, end)]

    def _cell_items(self, start: int, end: int) -> list[tuple[int, int]]:
        """The items of a cell that opens with 'a)' or '1)' and goes on with the labels after it in order
        ('a) Đôn đốc …; b) Báo cáo …'), each without its label; [] when it lists none."""
        labels = [m for m in _CELL_ITEM_LABEL.finditer(self.text, start, end)
                  if m.start() == start or self.text[m.start() - 2:m.start()].strip() in ("", ";", ".")]
        if len(labels) < 2 or labels[0].start() != self._skip_space(start, end) or labels[0].group(1) not in "a1" or \
                not all(_label_follows(m.group(1), n.group(1)) for m, n in zip(labels, labels[1:])):
            return []
        return [(m.end(), self._rstrip(m.end(), following.start() if following else end))
                for m, following in zip(labels, labels[1:] + [None])]

    def _labelled_task(self, para: _Para) -> int:
        """An item whose task the lines under it label ('1. Publish the market map' / 'Lead:
        Department of Industry and Trade' / 'Support: …' / 'Timeline: Right in December 2026'),
        read like a table row; returns where its block ends (-1 when it is no such item)."""
        block_end = _NEXT_ITEM.search(self.text, para.body)
        block_end = min(block_end.start() if block_end else len(self.text), para.body + _LABELLED_BLOCK_CHARS)
        if self.text.find(":", para.body, block_end) < 0:  # a label has its colon: most items have none
            return -1
        line_end = self.text.find("\n", para.body, block_end)
        if line_end >= 0 and (gap := _CELL_GAP.search(self.text, line_end, block_end)) is not None:
            block_end = self.text.rfind("\n", 0, gap.start())  # a table under the item is no line of it
        labels = [m for m in self.g.task_label.finditer(self.text, para.body, block_end)
                  if self.text[m.start() - 1].isspace()]
        if not any(self.g.task_label_roles[label.group("label")] == "lead" for label in labels) or \
                self.text.find("\n\n", para.body, labels[0].start()) >= 0:
            return -1  # (the time may come first: an org file's 'DEADLINE:' line stands over its properties;
            # labels after a blank line are no item's: the cards of an annex after the item that names them)
        blank = self.text.find("\n\n", labels[0].end(), block_end)
        if blank >= 0:  # the item's labelled lines end at a blank line (a month heading over the next card,
            block_end = blank  # a list of the item's own under it)
            labels = [label for label in labels if label.start() < blank]
        cells = {}
        for label, after in zip(labels, labels[1:] + [None]):
            role = self.g.task_label_roles[label.group("label")]
            cells.setdefault(role, (label.end(), self._rstrip(label.end(), after.start() if after else block_end)))
        # a card's 'Nội dung: …' line is its action; an item's own words are, over the labels under it
        action = cells.get("action") or (self._skip_space(para.body, block_end), self._rstrip(para.body, labels[0].start()))
        if not _WORD_OF_LETTERS.search(self.text, *action) or "action" not in cells and (
                self.text[action[0]:action[1]].isupper() or _FIELD_LABEL.match(self.text, *action)):
            return -1  # (a heading in capitals over labelled lines: 'II. THÀNH PHẦN' / '- Chủ trì: ông …'; a
            # meeting record's fields: 'Thời gian: 7h30, phòng họp tầng 2' / 'Chủ trì: đ/c …, Chủ tịch UBND xã')
        names = self._cell_agencies(cells["lead"], "lead")
        if not names:
            return -1
        coordinators = self._cell_agencies(cells["coordinators"], "coordinators") if "coordinators" in cells else []
        self._add_cell_task(para.start, block_end, names, coordinators, action, cells.get("time"))
        return block_end

    def _opens_card(self, para: _Para) -> bool:
        """An unnumbered paragraph that opens a task card: its first line, or the line after a title line
        ('PHIẾU GIAO NHIỆM VỤ SỐ 01' / 'Đơn vị chủ trì: …'), opens with a label."""
        line_end = self.text.find("\n", para.body, para.body + _CARD_TITLE_CHARS)
        return self.g.task_label.match(self.text, para.body) is not None or \
            line_end >= 0 and self.g.task_label.match(self.text, line_end + 1) is not None

    def _label_line(self, para: _Para, tasks: list[_Found]) -> bool:
        """A line that only labels a time ('Deadline: before December 31, 2026', 'Thời hạn: quý I/2027') or the
        coordinators ('Phối hợp: Công an phường', as an org file's properties give them) after an item: the
        deadline of the item's tasks, over a time their own words name ('… the reservoirs that discharged flood
        water in early November' / 'Deadline: before the 2027 rainy season'), or their coordinators."""
        label = self.g.task_label.match(self.text, para.body, para.end)
        role = self.g.task_label_roles[label.group("label")] if label else None
        if role in ("time", "target"):
            deadline = self._cell_deadline(label.end(), para.end)
            if deadline is None and role == "target":
                return False  # 'Target: 95 % of households' names a figure, no time
            for task in tasks:
                task.deadline = deadline
        elif role == "coordinators":
            names = self._cell_agencies((label.end(), self._rstrip(label.end(), para.end)), "coordinators")
            for task in tasks:
                task.coordinators = task.coordinators + [n for n in names if n not in task.coordinators]
        return role in ("time", "target", "coordinators")

    def _time_heading(self, para: _Para) -> Optional[Deadline]:
        """The deadline a heading names when it names nothing else ('THÁNG 6/2027', 'Quý III/2026')."""
        if self.g.task_label.match(self.text, para.body, para.end) is not None:
            return None  # 'Deadline: …' labels the item above it (undated: its words named no task)
        content = self.text[para.body:para.end].strip(" :.-")
        if not content or len(content) > _TIME_HEADING_CHARS or not any(c.isdigit() for c in content):
            return None
        deadline = self._cell_deadline(para.body, para.end)
        if deadline is None or deadline.span is None or \
                deadline.span.end - deadline.span.start < len(content) - _TIME_HEADING_SLACK:
            return None
        return deadline

    def _date_by_heading(self, tasks: list[_Found]) -> None:
        for task in tasks:
            if task.deadline is None and self.time_heading is not None:
                task.deadline = self.time_heading

    def _add_cell_task(self, start: int, end: int, names: list, coordinators: list, action: tuple,
                       time_cell: Optional[tuple], year: Optional[int] = None) -> None:
        """A task whose parts stand in cells (a table row, a labelled item): a sentence of its own;
        ``year``: the one its time column's header states."""
        named, at = self._coordination(*action)  # a task cell 'Chủ trì, phối hợp với Ban Quản lý dự án tham mưu …'
        if named:
            coordinators, action = coordinators + named, (self._skip_space(at, action[1]), action[1])
        elif self.en and not coordinators:  # 'Build 20 models …, in coordination with the Extension Centre'
            coordinators = self._en_loose_coordination(*action)
        found = _Found(start=start, end=end, assignees=names, coordinators=coordinators, action=action,
                       confidence=0.85, context_span=(start, end), sentence=self.sentence_id)
        if time_cell is not None:
            found.deadline = self._cell_deadline(*time_cell, year=year)
        self._date_by_heading([found])
        self.sentence_id += 1
        self.found.append(found)

    def _row_has_details(self, header: dict, cells: list) -> bool:
        """Whether a row names its coordinators or its time: a task row, not a group row ('II | Nhóm nhiệm vụ
        thu gom, xử lý | | |') nor a tracker's note ('Note: loan amount unchanged | | | Info')."""
        return any(not self._empty_cell(*cells[index]) for role, index in header.items()
                   if role in ("coordinators", "time") and index < len(cells))

    def _empty_cell(self, start: int, end: int) -> bool:
        return self._empty_content(self.text[start:end].strip(" *"))

    def _empty_content(self, content: str) -> bool:
        """A cell's content (stripped) that names nobody: nothing, 'Không', 'None', '—'."""
        return not content or self.g.empty_cell.fullmatch(content) is not None

    def _cell_agencies(self, cell: tuple, column: str, merged: bool = False) -> list:
        """The agencies of a table cell; a ditto mark ('Nt', 'Như trên') repeats the cell above, and so
        does an empty cell when ``merged`` (a task row's lead cell merged with the one above it, which a
        DOCX saved as text or a copied web table leaves empty)."""
        content = self.text[cell[0]:cell[1]].strip(" *")
        if self.g.ditto.fullmatch(content) or merged and self._empty_content(content):
            return self.cell_above.get(column, [])
        if self.g.empty_cell.fullmatch(content):
            self.cell_above[column] = []
            return []
        names = self._agency_list(*cell)
        if not names and self._agency_start(cell[0]):  # a cell holds one name: 'Trung tâm Khảo thí và Đánh giá …'
            names = [(cell[0], cell[1], "")]
        self.cell_above[column] = names
        return names

    def _cell_deadline(self, start: int, end: int, year: Optional[int] = None) -> Optional[Deadline]:
        """A deadline stated without cue words: a time column's "Tháng 8/2024", "2024 - 2025", what
        follows "the deadline … is". A bare month, quarter or day takes ``year`` (stated in the column's
        header: 'Time (2027)') where it would take the document's."""
        if year is not None and not _YEAR.search(self.text, start, end):
            dated = self._parsed_deadline(start, end, dt.date(year, 1, 1))
            if dated is not None and dated.recurrence is None and dated.granularity != "relative":
                return dated
        found = _last_dated(self._deadlines_between(start, end))
        if found is not None and found.end is not None:
            return found
        # a time the cell states without a cue ('Tháng 01/2027 (trước Tết Nguyên đán)') before an undated one
        return self._parsed_deadline(start, end, self.ctx.doc_date) or found

    def _parsed_deadline(self, start: int, end: int, doc_date: Optional[dt.date]) -> Optional[Deadline]:
        found = parse_deadline(self.text[start:end], language=self.g.language, doc_date=doc_date)
        if found is None or found.span is None:
            return found
        return found.model_copy(update={"span": Span(start=start + found.span.start, end=start + found.span.end)})

    # ------------------------------------------------------------ deadlines

    def _deadlines_between(self, start: int, end: int) -> list[Deadline]:
        i = bisect.bisect_left(self.deadline_starts, start)
        out = []
        while i < len(self.deadlines) and self.deadlines[i].span.start < end:
            if self.deadlines[i].span.end <= end + 1:
                out.append(self.deadlines[i])
            i += 1
        return out

    def _dated_before(self, start: int, end: int) -> bool:
        """Whether a deadline in ``[start, end)`` ends at ``end`` (a comma or spaces between)."""
        inside = self._deadlines_between(start, end)
        return bool(inside) and not self.text[inside[-1].span.end:end].strip(" ,")

    def _deadline_alone(self, start: int, end: int) -> Optional[Deadline]:
        """The deadline a clause holds and nothing else ('; xong trước 30/9/2027.'), or None."""
        found = self._deadline_in(start, end)
        if found is None or self.text[start:found.span.start].strip(_CLAUSE_EDGE) or \
                self.text[found.span.end:end].strip(_CLAUSE_EDGE):
            return None
        return found

    def _deadline_in(self, start: int, end: int) -> Optional[Deadline]:
        """The deadline a clause states for itself: the last one inside it with a date, else the last."""
        return _last_dated(self._deadlines_between(start, end))

    def _propagate_deadlines(self, tasks: list[_Found]) -> None:
        """A report/submission closing a chain carries its deadline back over the chain (not a recurring
        one: '…; định kỳ trước ngày 20 hằng tháng tổng hợp, báo cáo …' dates the reports, not the work before)."""
        if not tasks:
            return
        last = tasks[-1]
        if last.deadline is not None and last.report and last.deadline.recurrence is None:
            for task in tasks[:-1]:
                if task.deadline is None and task.assignees == last.assignees:
                    task.deadline = last.deadline
        for prev, task in zip(tasks, tasks[1:]):
            if task.joined and task.deadline is None and prev.deadline is not None and prev.report:
                task.deadline = prev.deadline

    # ------------------------------------------------------------ small helpers

    def _authority_trigger(self, pos: int, end: int) -> Optional[int]:
        """After 'the Prime Minister (…) requested' opening ``[pos, end)``: where its addressees start."""
        triggers = self.g.triggers.finditer(self.low, self.fol, pos, end)
        if not triggers or not self.g.authorities.found_in(self.low, self.fol, pos, triggers[0][0]):
            return None
        return self._trigger_at(triggers[0][0], end)

    def _trigger_at(self, pos: int, end: int) -> Optional[int]:
        b = self.g.triggers.match(self.low, self.fol, pos)
        if b < 0:
            return None
        b = self._skip_space(b, end)
        if self.en and self.low.startswith("that ", b):
            b += 5
        return b

    def _skip_space(self, pos: int, end: int) -> int:
        while pos < end and (self.text[pos].isspace() or self.text[pos] in ",_"):
            pos += 1
        return pos

    def _rstrip(self, start: int, end: int) -> int:
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",.;/_"):
            end -= 1
        return end


# ---------------------------------------------------------------- helpers


def _next_item(item: Optional[_Para], following: Optional[_Para]) -> bool:
    """``following`` is the item after ``item`` in its list ('1.' then '2.', 'a)' then 'b)')."""
    return item is not None and following is not None and following.rank == item.rank and \
        bool(item.label) and bool(following.label) and _label_follows(item.label, following.label)


def _nests_under(para: _Para, scope: _Scope) -> bool:
    """An item with another bullet than the intro item over it ('• All agencies will:' / '– submit …'): one of
    its items, where the two bullets share a rank (a slide's outline levels, their indents gone)."""
    return scope.bullet is not None and para.rank == _BULLET_RANK and para.label != scope.bullet


def _label_follows(label: str, next_label: str) -> bool:
    """``next_label`` is the label after ``label`` ('1' then '2', 'a' then 'b')."""
    if label.isdigit() and next_label.isdigit():
        return int(next_label) == int(label) + 1
    return len(label) == len(next_label) == 1 and ord(next_label) == ord(label) + 1


def _lower_keep_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _quoted_mask(text: str, instruction: re.Pattern, attributed: re.Pattern) -> bytearray:
    """1 for every character inside quotation marks (quoted law, slogans), per line; not in a quote
    of an instruction ('Thủ tướng nêu rõ: "Các bộ trưởng phải …"', '"Bộ Tài chính phải …", Thủ tướng
    nói', 'The PM ordered: "…"')."""
    mask = bytearray(len(text) + 1)
    open_at, closer = -1, ""
    for m in _QUOTE_OR_LINE_END.finditer(text):  # only the quote marks and line ends, not every character
        i, ch = m.start(), m.group()
        if ch == "\n":
            open_at = -1  # a quotation not closed on its line quotes nothing
        elif open_at < 0 and ch in _QUOTES:
            open_at, closer = i, _QUOTES[ch]
        elif open_at >= 0 and (ch == closer or (closer == "”" and ch == '"')):
            if not instruction.search(text, max(0, open_at - _INSTRUCTION_CHARS), open_at) and \
                    not attributed.match(text, i + 1):
                mask[open_at + 1:i] = b"\x01" * (i - open_at - 1)
            open_at = -1
    return mask


_SPEAKER_BEFORE_QUOTE = re.compile(r"[^\W\d][^\n:\"“”]{0,40}:[ \t]*(?=[\"“])")  # a speaker's label
_INSTRUCTION_CHARS = 50  # how far before a quotation the verb or the label that makes it an instruction may stand
_OPENING_QUOTES = ('"', "“")


_FORM_FIELD = re.compile(r"[ \t]*[^\W\d_][^\W\d]*(?:[ /][^\W\d]+){0,5}[ \t]*:[ \t]+\S")
_CELL = re.compile(r"\S(?:.*?\S)??(?=\s{3,}|\t|$)")
_ROW_NUMBER = re.compile(r"[IVXLC]{1,6}\.?|\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ][.)]?")  # a table row's number cell ('II', '2.1', 'a')
# 3 white-space characters or a tab (same matches as r"\s{3}|\t"), written to open with one white-space
# character so that the regex engine skips the others instead of trying the pattern at every offset
_CELL_GAP = re.compile(r"\s(?:\s\s|(?<=\t))")


def _cells(line: str) -> list[tuple]:
    """Cells of a table row: runs separated by 3+ spaces or tabs, as (start, end) in the line."""
    if not _CELL_GAP.search(line):  # one cell at most, ending at the end of the line: no slow scan
        stripped = line.strip()
        return [] if not stripped or line[-1].isspace() else [(len(line) - len(line.lstrip()), len(line))]
    return [m.span() for m in _CELL.finditer(line)]


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", text)]


@lru_cache(maxsize=4096)
def _registry_kind(name: str) -> Optional[str]:
    from .agencies import registry_kind

    return registry_kind(name)


def _known_ministry(words: str) -> Optional[str]:
    """'Ministry of <the longest start of ``words`` the registry knows>' ('Home Affairs Pham Thi Thanh
    Tra' -> 'Ministry of Home Affairs'), or None."""
    parts = words.split(" ")
    for count in range(len(parts), 0, -1):
        name = "Ministry of " + " ".join(parts[:count])
        if _registry_knows(name, "en"):
            return name
    return None


@lru_cache(maxsize=4096)
def _registry_knows(name: str, language: str) -> bool:
    agency = _resolve(name, language)
    return agency.id is not None


def _names_alike(name: str, agency: Agency) -> bool:
    """Whether ``name`` shares most of its words with one of the registry names of ``agency``."""
    words = set(_NAME_WORD.findall(name.lower())) - _NAME_STOP_WORDS
    for other in (agency.canonical_en, agency.canonical_vi, *agency.aliases):
        known = set(_NAME_WORD.findall((other or "").lower())) - _NAME_STOP_WORDS
        if words and known and len(words & known) * 2 >= max(len(words), len(known)):
            return True
    return False


_NAME_WORD = re.compile(r"[^\W\d_]+")
_NAME_STOP_WORDS = {"the", "of", "for", "and", "in", "và", "của"}


@lru_cache(maxsize=4096)
def _resolve(name: str, language: str) -> Agency:
    """The registry's Agency for a name (cached: a notice names the same agencies again and again)."""
    try:
        from .agencies import resolve_agency
    except ImportError:
        return Agency(name=name)
    return resolve_agency(name, language=language)


# ---------------------------------------------------------------- assembly


def extract_tasks(ctx: ParseContext) -> list[Task]:
    """Tasks of a notice: assignees, coordinators, action, deadline, section, span, confidence."""
    if not ctx.text.strip():
        return []
    if in_capitals(ctx.text, ctx.language):  # a telegram-style text: read with capitals where names have them
        view = replace(ctx, text=mixed_case(ctx.text, ctx.language))
        return [_as_written(task, str.upper) for task in _extract_tasks(view)]
    if unmarked(ctx.text, ctx.language):  # Vietnamese typed without marks: read with the marks of known phrases
        view = replace(ctx, text=marked_view(ctx.text))
        return [_as_written(task, strip_marks) for task in _extract_tasks(view)]
    return _extract_tasks(ctx)


def _as_written(task: Task, written) -> Task:
    """A task read from a view of the text (mixed case, marks put back), with its strings as the text
    writes them: ``written`` of each (the view differs from the text in case or marks alone)."""
    def agency(found: Agency) -> Agency:
        return found.model_copy(update={"name": written(found.name)})

    deadline = task.deadline.model_copy(update={"text": written(task.deadline.text)}) if task.deadline else None
    return task.model_copy(update={"action": written(task.action), "deadline": deadline,
                                   "assignees": [agency(a) for a in task.assignees],
                                   "coordinators": [agency(c) for c in task.coordinators]})


def _extract_tasks(ctx: ParseContext) -> list[Task]:
    reader = _Reader(ctx)
    found = reader.run()
    if ctx.report:
        found = _without_restated(found, reader)
    return _assemble(ctx, reader, found)


def _last_dated(deadlines: list[Deadline]) -> Optional[Deadline]:
    """The last of ``deadlines`` with a date, else the last ('Tháng 01/2027 (trước Tết Nguyên đán)': the
    month dates the event)."""
    for deadline in reversed(deadlines):
        if deadline.end is not None:
            return deadline
    return deadlines[-1] if deadlines else None


def _without_restated(found: list[_Found], reader: _Reader) -> list[_Found]:
    """A report's tasks without those its lead restates before the body gives them again: a task
    of the first sentences with tasks that a later one repeats (most of its words) is dropped."""
    def names(item: _Found) -> list[str]:
        return [fold(f"{head} {reader.text[a:b]}").strip().lower() for a, b, head in item.assignees]

    def words(item: _Found) -> set[str]:
        return set(_WORD.findall(fold(reader.text[item.action[0]:item.action[1]]).lower())) - _RESTATED_STOP

    kept = []
    lead_sentences = found[0].sentence + _LEAD_SENTENCES if found else 0
    for index, item in enumerate(found):
        if item.sentence >= lead_sentences:
            kept.append(item)
            continue
        own_names, own_words = names(item), words(item)
        restated = own_words and any(
            later.start >= item.end and any(a.startswith(b) or b.startswith(a) for a in own_names for b in names(later))
            and len(own_words & words(later)) >= _RESTATED_SHARE * len(own_words)
            for later in found[index + 1:])
        if not restated:
            kept.append(item)
    return kept


def _assemble(ctx: ParseContext, reader: _Reader, found: list[_Found]) -> list[Task]:
    text = ctx.text
    language = reader.g.language
    tasks: list[Task] = []
    anaphor = _Anaphora(reader)
    for item in found:
        assignees = anaphor.group(item.assignees, language) or \
            [anaphor.agency(span, language, lead=True) for span in item.assignees]
        coordinators = [anaphor.agency(span, language) for span in item.coordinators]
        action = _action_text(text, item, reader)
        if not assignees or not _WORD_OF_LETTERS.search(action):
            continue  # an action without a word is none ('ĐT: 024.3736.8403' of a page footer)
        groups = [[a] for a in assignees] if item.each and len(assignees) > 1 else [assignees]
        for group in groups:
            tasks.append(Task(
                id=f"t{len(tasks) + 1}", assignees=group, coordinators=coordinators, action=action,
                deadline=item.deadline, citations=_citations(ctx, item), section=_section(ctx, item.start),
                span=Span(start=item.start, end=item.end), page=_page(ctx, item.start),
                confidence=round(max(0.05, min(0.99, item.confidence - (
                    0.05 if all(a.id is None for a in group) else 0.0))), 2)))
    return tasks


_SPACED_DASHES = (" - ", " – ", " — ")  # (str.find first: the aside's regex would try every offset)
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^\n]{2,150}?\s[-–—]\Z")  # an aside set off by two spaced dashes, at the end
# a lower-case word's or a year's full stop inside a line (not 'TP. Huế', not 'Điều 5. …')
_INNER_SENTENCE_END = re.compile(r"(?:[^\W\d_A-ZĐ]{2,}|(?<!\d)\d{4})[.!?]\s")
# a short run-in head and its colon before a sentence that opens in lower case with its subject
# ('Proposal: the Prime Minister to consider …' asks the authority, no task)
_EN_RUN_IN_HEAD = re.compile(r"(?!(?:Proposals?|Recommendations?|Requests?|Suggestions?)\b)[A-Z][a-z]+(?: [a-z]+){0,2}:[ \t]+"
                             r"(?=the [A-Z])")
_EN_PLACE_PLURALS = "provinces|cities|districts|communes|wards|towns|special zones"  # the places a name lists
_EN_PLACE_PLURAL = re.compile(rf"(?:{_EN_PLACE_PLURALS})(?=$|\s*\()")  # 'Coastal provinces and cities'
_TRAILING_GLOSS = re.compile(r"(?<=\w)\s*\((?=[^()]*\d)(?=[^()]* [a-z])[^()]{3,60}\)$")  # '(21 after the mergers)'
_FIELD_LABEL = re.compile(r"[^\W\d]+(?: [^\W\d]+){0,2}[ \t]*:\s")  # a record's field: 'Địa điểm: …'
_LABEL_LINE = re.compile(r"[A-ZĐ][\w’'-]*(?: (?!(?:shall|will|must|should)\b)[\w’'-]+)?[ \t]*:[ \t]*(?:\n|\Z)")  # 'Speaker notes:'
_EN_INFINITIVE_ITEM = re.compile(r"(?:[A-Z][A-Za-z ]{0,30}\d+[a-z]?\s*:\s*)?(?P<name>(?:the\s+)?[A-Z][^:;.\n]{1,160}?)\s+to\s+(?=[a-z])")
# a list item "Ministry of Health (MOH) - to guide …": an assignment without a verb of asking
_DASH_INFINITIVE = re.compile(r"(?:[^\n:;.–—-]|(?<=\w)-(?=\w)){4,120}?(?:\s*:|\s[-–—])\s*to\s+[a-z]")
# "; the Ministry of Culture, Sports and Tourism for requiring …", "; and the Ministry of X to review …"
_GAPPED_CLAUSE = re.compile(r'\s*(?:and\s+)?(?P<name>(?:the\s+)?[A-Z][^;:()\[\]"]{3,120}?)\s+(?:for\s+(?=\w+ing\b)|to\s+(?=[a-z]))')
_DASHES = ("-", "–", "—")
_LOCAL_UNIT = re.compile(r"(?i:(?:các\s+)?(?:xã|phường|đặc khu|tỉnh|thành phố))\s+")
_HEADLINE_PARAGRAPHS = 10  # first paragraphs of a report that may be its masthead, menus, headline, caption
_HEADLINE_WORDS = 30  # … each of them short: a longer paragraph is the body, stop or no stop
_OWN_OBJECT_MIN_WORDS = 4  # a first part this long before 'and' + a verb with its own object is a task
# letters that are also roman numerals, with the letter an item before them has in a lettered list
_LETTER_BEFORE_ROMAN = {"i": "h", "v": "u", "x": "w"}
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{2}")
# the longest subject before 'shall be submitted by': a draft named with the laws it details and their dates
_PASSIVE_SUBJECT_CHARS = 300
_EN_RELATIVE_ASIDE = re.compile(r",\s+(?:where|whose|which|who)\s[^,;]*,?\s*$")  # a relative clause after names
# small patterns of the reader's tests, compiled once (re's cache lookup costs more than most of their searches)
_EN_OF_PLACE = re.compile(r"\b(?:of|at|in)\s+(\S)")
# the places a plural body's 'of' names, continued ('… of Can Tho City and the provinces of An Giang, …')
_EN_PLACES_OF = re.compile(rf"(?:the )?(?:{_EN_PLACE_PLURALS}) of\b")
_EN_PLURAL_OF = re.compile(r"\b[A-Z][\w'’]*s of [A-Z]")  # "Committees of Can Tho", "Departments of Health"
_EN_OF_LOWER = re.compile(r"\b(?:of|at|in)\s+([a-z])")  # a place in lower case, wherever in the name
_EN_HEAD_LINKS = frozenset({"of", "for", "on", "in"})  # what follows a body's head word in its name
_EN_NUMERAL = re.compile(r"\d+|[IVXLC]+")
_EN_PLACE_PREPOSITIONS = frozenset({"in", "along", "across", "near"})  # after a group word: where the group is
_EN_DETERMINERS = frozenset({"the", "of", "all", "other"})  # before a noun that qualifies a group of bodies
# the groups of public bodies a place may follow ('Localities in the delta', 'communes and wards in … areas')
_EN_PLACE_GROUPS = frozenset({"localities", "provinces", "cities", "communes", "wards", "committees", "agencies",
                              "units", "departments", "authorities", "hospitals", "enterprises"})
_EN_BODY_GROUPS = _EN_PLACE_GROUPS | {"corporations", "councils"}
_EN_TITLE_PLURAL = re.compile(r"(?:ministers|heads|chairmen|chairpersons)\b")
_EN_TITLE_OF = re.compile(r"(?:ministers|heads|chairmen|chairpersons|directors|leaders)\b.* of ")
_EN_STATE_WORD = re.compile(r"(?:State|Government|People)\b")
_EN_BODY_WORD = re.compile(r"\b(?:Bank|Office|Committees?|Ministry)\b")
_EN_LEADING_DETERMINER = re.compile(r"^(?:the|other|relevant|related|concerned)\s+", re.I)
_EN_LIST_SPLIT = re.compile(r",|\band\b")
_EN_HEADS_END = re.compile(r"\b(?:heads|ministers)$")
_EN_GROUP_PLURAL = re.compile(r"\b(?:committees|agencies|officials)\b")
_VI_PLURAL_START = re.compile(r"(?:các|những|Các|Những)\s")
_VI_PLURAL_START_I = re.compile(r"(?:các|những)\s", re.I)
_VI_PLURAL_KINDS_END = re.compile(r"(?:^|\s)(?:các|những)\s+\w+(?:\s*,\s*\w+)*$", re.I)
_EN_NP_WORD = re.compile(r"[\w'’&-]+|\([^)]*\)")
_EN_DETERMINER = re.compile(r"(?:the|its|their|all|other)\s+")
_EN_NAME_OPENING = re.compile(rf"(?:{_EN_DETERMINER.pattern}|\d+\s+)?[A-Z]")
_WORD_AND_SPACE = re.compile(r"\w+\s+")
_EN_COORDINATION_TAIL = re.compile(r",?\s*(in|to|on|for)?,?\s*")
_LOWER_WORD = re.compile(r"[a-z]+")
_LEADING_NON_LETTERS = re.compile(r"^(?:[\d\W_]+)(?=\w)")
_EN_BARE_MINISTRY = re.compile(r"(?:the )?ministry", re.I)
_EN_MINISTRY_OF = re.compile(r"(?:the )?Ministry of ", re.I)
_LEADING_AND = re.compile(r"(?:and|và)\s+")
_COMMA_GAP = re.compile(r",\s+")
_COMMA_OR_COLON_GAP = re.compile(r"[,:]\s+[\"“]?")
_COLON_GAP = re.compile(r":\s+[\"“]")  # a colon opening a quotation: 'Thủ tướng nêu rõ: "…"'
_ROLE_PARENTHETICAL = re.compile(r"\s*\((?:the\s+)?[a-zà-ỹđ][^()]*\)")
_TRAILING_PARENTHETICAL = re.compile(r"\s*\([^()]*\)$")
_EN_QUESTION_WORD = re.compile(r"(?:what|who|whom|whose|which|how|why|where|when)\b", re.I)
_YEAR_AFTER_COMMA = re.compile(r"\s*(?:19|20)\d\d")
# the object of a second verb that names what the first one made ('issue the amended list')
_EN_RESULT_OBJECT = re.compile(r"\s+(?:the|this|these|that|those|its|their)\s+(?:[a-z]{3,}ed|written|drawn|chosen|"
                               r"given|taken)\s+([a-z]+)")
# what a heading with a modal names ('Tasks the ministries shall perform', 'Solutions to be taken')
_EN_HEADING_NOUN = re.compile(r"(?:the\s+)?(?:main\s+|key\s+|specific\s+)?(?:tasks?|solutions?|measures?|responsibilities|"
                              r"duties|activities|actions|steps|issues|contents?|things)\b", re.I)
_EN_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{2,60}:\s+(?=[A-Z][a-z])")  # who speaks, in capitals
_EN_MODAL_THEN_WORD = re.compile(r"\b(?:shall|will|must|should)\s+[a-z]")  # not 'X shall:', a heading
_EN_INLINE_SEPARATOR = re.compile(r"\s*(?::|→|->|=>)\s+|,\s+(?=please\s)")  # (', please': its addressee)
_EN_GLOSSARY_ENTRY = re.compile(r"\b([A-Z][A-Z&]{1,9})\s+=\s+([A-Z][\w'’ ,-]{3,80}?)"
                                r"(?=\s*[;.\n]|\s*$|,\s*[A-Z][A-Z&]{1,9}\s+=)")
_TRAILING_ABBREVIATION = re.compile(rf"\s*\(({_ABBREVIATION})\)$")
# an owner written with its abbreviation before or after a unit's name
_EN_OWNER_ABBREVIATION = re.compile(r"^(?P<abbreviation>[A-Z][A-Z&]{1,9})['’]s (?=[A-Z])|(?<=[a-z]) of "
                                    r"(?:the )?(?P<abbreviation2>[A-Z][A-Z&]{1,9})$")


class _Anaphora:
    """Resolves spans to Agency objects; 'the Ministry' takes the last 'Ministry of …' named before it."""

    def __init__(self, reader: _Reader):
        self.reader = reader
        self.last_ministry: Optional[str] = None
        self.last_lead: Optional[str] = None  # the last lead named (Vietnamese): 'Cơ quan này' stands for it
        self.groups: dict = {}

    def group(self, spans: list, language: str) -> Optional[list]:
        """'X, Y, Z (sau đây gọi tắt là các bộ, …)': the defined group leads, the listed names are its aliases."""
        if not spans:
            return None
        key = (spans[0][0], spans[-1][1])
        if key not in self.groups:
            text = self.reader.text
            m = self.reader.g.group_definition.match(text, spans[-1][1], min(len(text), spans[-1][1] + 300))
            if m is None:
                self.groups[key] = None
            else:
                listed = [collapse_spaces(f"{h} {text[a:b]}").strip(" ,;:.") for a, b, h in spans]
                whole = collapse_spaces(text[spans[0][0]:spans[-1][1]]).strip(" ,;:.")
                if len(spans) > 1 and whole not in listed:  # the list as written names the group too
                    listed.append(whole)
                name = collapse_spaces(m.group(1)).strip(" ,;:.\"“”'‘’")
                agency = _resolve(name, language)
                self.groups[key] = [agency.model_copy(update={
                    "name": name, "aliases": agency.aliases + listed,
                    "span": Span(start=m.start(1), end=m.end(1))})]
        return self.groups[key]

    def agency(self, span, language: str, lead: bool = False) -> Agency:
        """The Agency of a name span; ``lead``: an assignee, the antecedent of a later 'the ministry'."""
        text = self.reader.text
        a, b, head = span
        name = collapse_spaces(f"{head} {text[a:b]}").strip(" ,;:.")
        name = _LEADING_NON_LETTERS.sub("", name) if not name[:1].isalpha() else name
        aliases = []
        possessive = self.reader.g.possessive.match(name)
        if possessive is not None:  # "ordered its Department of Finance to …"
            name = name[possessive.end():]
        elif language == "en" and (name[-1:].isupper() or "s " in name) and \
                (owner := _EN_OWNER_ABBREVIATION.search(name)) is not None and \
                self.reader.is_agency_abbreviation(owner.group(owner.lastgroup)):
            # "MAE's Department of Crop Production", "the International Cooperation Department of MAE": the
            # unit's own name, and as written
            aliases.append(name)
            name = name[owner.end():] if owner.start() == 0 else name[:owner.start()]
        if language == "en" and (addressed := self.reader.g.addressee_opener.match(name.lower())) is not None:
            name = name[addressed.end():]  # a heading 'For the People's Committee of Son La province:'
        if name.endswith(_DASHES):  # "Ministry of Health - to guide …"
            name = name.rstrip(" " + "".join(_DASHES))
        if name.endswith(")") and (gloss := _TRAILING_GLOSS.search(name)) is not None:
            name = name[:gloss.start()]  # 'Coastal provinces and cities (21 after the 2025 mergers)': a gloss
        this = _VI_THIS_BODY.fullmatch(name) if language == "vi" else None
        if this is not None:  # "Bộ này phải công bố …", "đề nghị bộ ban hành …": the last 'Bộ X' named before it
            name = _last_named(text[max(0, a - 2000):a], this.group("head"), language) or name
        elif language == "vi" and _VI_THIS_AGENCY.fullmatch(name):  # "Cơ quan này cũng được giao …"
            name = self.last_lead or name
        elif lead and language == "vi":
            self.last_lead = name
        elif language == "en" and (bare := _EN_BARE_BODY.fullmatch(name)) is not None and \
                (named := _body_named_before(text, a, bare)):
            name = named  # "The Department is also tasked with …", "The three Departments are requested to …"
        elif language == "en" and _EN_THIS_LOCALITY.fullmatch(name):  # "The province shall …"
            committees = list(_EN_LOCAL_COMMITTEE.finditer(text[max(0, a - 3000):a]))
            name = committees[-1].group(0) if committees else name
        elif language == "en" and _EN_BARE_MINISTRY.fullmatch(name):
            previous = list(_EN_MINISTRY_NAME.finditer(text, 0, a))
            sentence_start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a))
            # '… Minister of Finance X proposed …. The PM … assigned the ministry to …': the minister's
            # ministry, named in this sentence or the one before and after any 'Ministry of …'
            before = max(text.rfind(". ", 0, sentence_start), text.rfind("\n", 0, sentence_start), 0) \
                if sentence_start > 0 else 0
            minister = list(_EN_MINISTER_OF.finditer(text, before, a))
            ministry = _known_ministry(minister[-1].group(1)) if minister else None
            if ministry and (not previous or minister[-1].start() > previous[-1].end()):
                name = "the " + ministry
            elif previous and (previous[-1].start() > sentence_start or not self.last_ministry):
                name = "the " + previous[-1].group(0)  # '… reminded the Ministry of X that …, and asked the ministry to'
            elif self.last_ministry:
                name = self.last_ministry
        elif lead and language == "en" and _EN_MINISTRY_OF.match(name):
            self.last_ministry = name
        full = self.reader.defined_names.get(name.removeprefix("the ").removeprefix("The ")) if language == "en" else None
        if full is not None:  # "Vinacomin was asked to …": the name the text gave it, "… Group (Vinacomin)"
            aliases.append(full)
        # the name has no line break (spaces collapsed): the pattern's '$' needs the ')' at its end
        defined = _TRAILING_ABBREVIATION.search(name) if name.endswith(")") else None
        if defined:
            name, aliases = name[:defined.start()], [defined.group(1)]
        english, native = split_native_name(name) if language == "en" else (name, None)
        if native is not None:  # "the Vietnam Bank for Social Policies (Ngân hàng Chính sách xã hội)"
            name, aliases = english, [*aliases, native]
        agency = _resolve(name, language)
        if full is not None and agency.id is not None and not _names_alike(full, agency):
            agency = _resolve(full, language)  # "… Primary Industries of New Zealand (MPI)": not the registry's MPI
        unit = _TRAILING_PARENTHETICAL.search(name) if agency.id is None and name.endswith(")") else None
        if unit and unit.start() > 0:  # "the Ministry of Finance (the Department of Taxation)": the ministry
            named = _resolve(name[:unit.start()], language)
            if named.id is not None or _ROLE_PARENTHETICAL.fullmatch(name, unit.start()):
                name, agency = name[:unit.start()], named  # "… (the standing agency)": a role, not a name
        update = {"name": name, "span": Span(start=a, end=b)}
        listed = self.reader.listed_in.get((a, b))
        if listed is not None and listed != name:
            aliases = [*aliases, listed]
        qualified = self.reader.g.name_qualifier.search(name)
        if qualified:  # "Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ tại …" is also "Thủ trưởng các đơn vị"
            aliases = [*aliases, name[:qualified.start()].rstrip(" ,")]
        elif (unit := self.reader.g.unit_under_parent.match(name)) is not None:
            aliases = [*aliases, unit.group("unit")]  # "The Customs Department under the Ministry of Finance"
        if aliases:
            update["aliases"] = agency.aliases + [x for x in aliases if x not in agency.aliases]
        return agency.model_copy(update=update)


# A ministry's English name: capitalised words joined by ',', 'and', 'of', 'for' ("Ministry of Culture,
# Sports and Tourism"), not the clause after it ("the Ministry of Home Affairs that officials …")
_EN_NAME_WORDS = r"[A-Z][\w']*(?:(?:,? and |, | of | for | )[A-Z][\w']*)*"
_EN_MINISTRY_NAME = re.compile(rf"\bMinistry of {_EN_NAME_WORDS}")
# A minister named by post ("Deputy Minister of Finance Do Thanh Lam proposed …"): his ministry
_EN_MINISTER_OF = re.compile(rf"\bMinister of ({_EN_NAME_WORDS})")
# Where an English name with commas in it starts ("Ministry of Culture, Sports and Tourism")
_EN_NAME_HEAD = re.compile(r"\b(?:Ministry|Department|Committee|Agency) of ")
# A body's kind with no name of its own: "Vụ", "Viện và đơn vị thuộc Bộ"
_BARE_HEAD = re.compile(r"\w+(?:\s+(?:và|thuộc|trực thuộc)\b.*)?$")
# the first word of a plural name ('Chairpersons of …', 'Ministries', 'Provinces'), not 'Business …'
_PLURAL_HEAD = re.compile(r"[a-z'’-]+[^s]s")
# "…; it shall …", "They must …": the subject named before
_EN_PRONOUN_MODAL = re.compile(r"(?:it|they)\s+(?:also\s+)?(?:shall|must|will|should|has to|have to)\s+")
# "The province shall …" after "the People's Committee of Gia Lai Province": that committee
_EN_THIS_LOCALITY = re.compile(r"(?:the )?(?:province|city)", re.I)
_EN_LOCAL_COMMITTEE = re.compile(r"(?:the )?People's Committee of (?:[A-Z][\w-]*\s+){1,4}(?:Province|City)"
                                 r"|(?:the )?(?:[A-Z][\w-]*\s+){1,4}(?:[Pp]rovincial|City|city) People's Committee")
# How many lower-case nouns may qualify a group word ahead of it ('project management boards')
_EN_NOUN_MODIFIERS = 2
_EN_SHORT_NAME_IN_BRACKETS = re.compile(r"\(([A-Z][\w&]{1,14})\)")
_EN_NAME_CONNECTORS = frozenset({"and", "of", "for"})
_EN_DEFINED_NAME_CHARS = 160  # how far before its bracket a defined name may start
# "The Department", "the Division", "the three Departments" standing for the one(s) named last ('… Division',
# 'Department of …', 'The Departments of … of Hanoi, Ho Chi Minh City and Hai Phong City')
_EN_BARE_BODY = re.compile(r"(?:the )?(?:(?P<head>department|division|administration|agency|board|centre|center|"
                           r"inspectorate|authority|corporation)|(?:two|three|four|five|six|seven|eight|nine|ten|both) "
                           r"(?P<heads>departments|divisions|administrations|boards|centres|centers|authorities|"
                           r"corporations))", re.I)


def _body_named_before(text: str, pos: int, bare: re.Match) -> Optional[str]:
    """The body a bare 'the department', 'The three Departments' (a match of _EN_BARE_BODY) at ``pos``
    stands for: the last one with its head word named in the 3,000 characters before, or None."""
    head = (bare.group("head") or bare.group("heads")).capitalize()
    return _last_body_named(text[max(0, pos - 3000):pos], head)


def _last_body_named(before: str, head: str) -> Optional[str]:
    """The last name in ``before`` with this head word ('The Culture and Social Affairs Division', 'the
    Department of Construction Activity Management', 'The provincial Department of Construction'), or None."""
    names = list(re.finditer(rf"(?:[Tt]he )?(?:(?:provincial|municipal|city|district|commune) )?(?:{_EN_NAME_WORDS} )?"
                             rf"{head}(?: (?:of|for) {_EN_NAME_WORDS})?(?![\w-])", before))
    named = [m.group(0) for m in names if m.group(0).lower().removeprefix("the ") != head.lower()]
    return named[-1] if named else None


# "Bộ này", "Sở nói trên", a bare "bộ": the body of that kind named last
_VI_THIS_BODY = re.compile(r"(?P<head>Bộ|Sở|Cục|Tổng cục|Ủy ban|Uỷ ban)(?:\s+(?:này|nói trên|trên))?", re.I)
# "Cơ quan này", "đơn vị này": the lead named last
_VI_THIS_AGENCY = re.compile(r"(?:cơ quan|đơn vị)\s+(?:này|nói trên|trên)", re.I)
_NAME_WORDS = r"(?:,?\s+[\w&-]+){1,8}"


def _last_named(before: str, head: str, language: str) -> Optional[str]:
    """The last name of a registry body with this head in ``before``: its longest prefix the registry knows."""
    for found in reversed(list(re.finditer(rf"\b{re.escape(head[:1].upper() + head[1:])}{_NAME_WORDS}", before))):
        words = found.group(0).split()
        for size in range(len(words), 1, -1):
            name = " ".join(words[:size]).rstrip(",-– ")
            if _registry_knows(name, language):
                return name
    return None


def _action_text(text: str, item: _Found, reader: _Reader) -> str:
    a, b = item.action
    action = text[a:b]
    if item.deadline is not None and item.deadline.span is not None and \
            a <= item.deadline.span.start and item.deadline.span.end <= b:
        s, e = item.deadline.span.start - a, item.deadline.span.end - a
        before, after = action[:s].rstrip(), action[e:].lstrip()
        if before.endswith("(") and after.startswith(")"):  # the brackets held only the deadline
            before, after = before[:-1].rstrip(), after[1:].lstrip()
        if before.endswith(",") and after.startswith(","):
            after = after[1:]
        action = before + ("" if after[:1] in ",;" else " ") + after
    action = collapse_spaces(action)
    quote_end = max(action.rfind('"'), action.rfind("”"))
    if quote_end >= 0 and (speaker := reader.g.quoted_speaker.match(action, quote_end + 1)) and \
            speaker.end() >= len(action.rstrip(" .")):
        action = action[:quote_end + 1]  # '…", Thủ tướng nói': who said it, not what to do
    if action.endswith(('"', "”")) and (action.count('"') + action.count("“") + action.count("”")) % 2:
        action = action[:-1].rstrip()  # the end of the instruction's quotation, not the action's
    if reader.en and action.endswith(_REPORTING_VERBS):
        action = _REPORTING_TAIL.sub("", action)  # '…, the PM said' reports who spoke
    action = _LEADING_CONNECTIVE.sub("", action)
    if reader.en:
        action = _EN_LEADING_BASIS.sub("", action)  # '(shall,) based on the tasks in the Appendix, issue …'
    action = action.strip(" ,;:.-/—–")
    if action[-_LONGEST_ENDING:].lower().endswith(_HANGING_ENDINGS):
        action = _HANGING_END.sub("", action)
    if item.prefix:
        action = f"{item.prefix} {action[:1].lower() + action[1:]}".strip()
    return action[:1].lower() + action[1:] if action[:2].isupper() is False else action


def _citations(ctx: ParseContext, item: _Found) -> list[str]:
    spans = [(item.start, item.end)]
    if item.context_span[1] > item.context_span[0]:
        spans.append(item.context_span)
    ids = []
    for citation in ctx.citations:
        mentions = citation.mentions or [citation.span]
        if any(m.start < e and s < m.end for m in mentions for s, e in spans):
            ids.append(citation.id)
    return ids


def _section(ctx: ParseContext, offset: int) -> list[str]:
    if not ctx.sections:
        return []
    return section_path(ctx.sections, offset)


def _page(ctx: ParseContext, offset: int) -> Optional[int]:
    for page in ctx.pages:
        if page.span.start <= offset < page.span.end:
            return page.number
    return None
