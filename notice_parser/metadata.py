"""Metadata: number, type, issuer, place and date, subject, signer, recipients.

Reads the header (issuer | national motto, "Số: …", "Hà Nội, ngày …"), the
type-and-subject title, the signature block and the "Nơi nhận" list; for
headerless web copies, the portal's field table ("Số hiệu: …") and a body
sentence that says the document was issued ("The Government Office issued
Notice No. 344/TB-VPCP"). Nothing is invented: a blank "Số: /QĐ-UBND"
gives no number and "ngày  tháng 4 năm 2026" no date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .agencies import key_tokens
from .citations import doc_type_for_symbol, doc_type_for_word, find_citations, issuer_for_symbol
from .normalize import COLUMN_GAP
from .resources import load_table
from .schema import Citation, Metadata, Signer, Span
from .structure import APPENDIX_HEADING, APPENDIX_START
from .syllables import is_folded_syllable
from .textutil import collapse_spaces, fold, fold_head, fold_keep_length, split_native_name

_HEADER_LINES = 40
_NUMBER = (r"(?P<number>\d{1,6}(?:\s*/\s*\d{4})?\s*[/-]\s*"
           r"[A-ZĐa-zđ][A-ZĐa-zđ0-9&.]*(?:\s*[-/]\s*[A-ZĐa-zđ0-9&.]+)*)")
_NUMBER_RE = re.compile(_NUMBER)
# marks optional: a text typed without them ('ngay 08 thang 6 nam 2026')
_VI_DATE = re.compile(r"ng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})", re.IGNORECASE)
# an ISO date or a day-first one: "2017-02-06", "04/09/2018", "06.03.2020"
# (a year of this century or the last: 'VN-DDMNDP-2026-11-25-0412' holds no date of the year 412)
_DATE_VALUE = (r"(?:(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})"
               r"|(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d))(?![\d/.-]\d)")
_PUBLICATION_LINES = 15
_BLANK_SLOT_END = re.compile(r"\b(?:ngày|tháng)$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b")
_SECTION_START = re.compile(r"^(?:[IVXLC]{1,5}|\d{1,2})\s*[.\-–)]\s")
_BLANK_NUMBER = re.compile(r"^/\s*[A-ZĐ]")
# A report's own document is dated shortly before the report; an older one is cited.
_REPORTED_DAYS = dt.timedelta(days=60)
# the date before a subject: 'On January 5, 2027, X', 'Ngày 17/11/2025, X'
_DATED = re.compile(r"(?:ngày|on)\b[^,]*(?:,\s*\d{4})?,\s*"
                    # with no comma before the subject: 'On 18 January 2027 the Government issued …'
                    r"|(?:ngày|on)\s+(?:\d{1,2}(?:[/.]\d{1,2}[/.]|\s+[A-Za-z]+\s+)|[A-Za-z]+\s+\d{1,2},?\s+)\d{4}\s+",
                    re.IGNORECASE)
# after a part of the day a bare date too ("Chiều 08/1, X")
# after a part of the day a bare date, or today or yesterday: 'Chiều 08/1, X', 'Chiều nay, X', 'Tối qua X'
_DATED_AFTER_PART_OF_DAY = re.compile(_DATED.pattern + r"|(?=\d)[^,]*,\s*|(?:hôm\s+)?(?:nay|qua)\b,?\s*", re.IGNORECASE)
_ISSUED_BY = re.compile(r"\bdo\s+([A-ZĐ][^,.;\n]{2,60}?)\s+(?:ban hành|ký|phát hành)\b")
# The type of a title word that names no type of its own ("Official Dispatch", "Văn bản")
_GENERIC_TYPE = load_table("doc_types.json")["generic_words"]["fallback"]
_OTHER_TYPE = "other"
_DEFINED_ABBREVIATION = re.compile(r"(?<=\w)\s*\([A-ZĐ][A-Za-zĐ&-]{1,11}\)$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)  # 'Issuing body: The Prime Minister'

_TITLE_CASE_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?\s+){1,5}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$")


@dataclass
class _Line:
    text: str
    start: int
    _cells: list[tuple[str, int]] | None = field(default=None, repr=False, compare=False)

    def cells(self) -> list[tuple[str, int]]:
        """Non-blank column cells with their offsets (computed once: every reader asks)."""
        if self._cells is None:
            out, pos = [], self.start
            for part in self.text.split(COLUMN_GAP):
                stripped = part.strip()
                if stripped:
                    out.append((stripped, pos + part.index(stripped)))
                pos += len(part) + len(COLUMN_GAP)
            self._cells = out
        return self._cells


@lru_cache(maxsize=1)
def _grammar() -> dict:
    deadline_words = load_table("deadline_patterns.json")
    doc_types = load_table("doc_types.json")
    table = {**load_table("metadata.json"), "english_months": doc_types["english_months"]}
    months = "|".join(sorted(table["english_months"], key=len, reverse=True))
    english_weekdays = "|".join(day.capitalize() for day in deadline_words["en"]["weekdays"])
    weekdays = sorted((*deadline_words["en"]["weekdays"], *deadline_words["vi"]["weekdays"]), key=len, reverse=True)
    verbs = "|".join(sorted((re.escape(v) for v in table["issue_verbs"]), key=len, reverse=True))
    return {
        **table,
        "weekday_numbers": {day.lower(): number for day, number in deadline_words["en"]["weekdays"].items()},
        "opening_preposition_re": re.compile(r"^(?:" + "|".join(table["sentence_opening_prepositions"]) + r")\s+"),
        "basis_before_re": re.compile(r"(?:^(?:" + "|".join(map(re.escape, table["reference_labels"])) + r")\.?\s*:"
                                      r"|\b(?:" + "|".join(map(re.escape, table["basis_before"])) + r")\b)",
                                      re.IGNORECASE),
        # 'Source document: Decision No. …', 'Mô tả kế hoạch: Theo dõi thực hiện Thông báo số …': a line's label or
        # the words after it
        "tracked_label_re": re.compile(r"(?:^|:)\s*(?:" + "|".join(map(re.escape, table["tracked_document_labels_folded"]))
                                       + r")\b\s*:?"),
        # per type, its words after 'the' and with no number after them: a mention of a document named before
        "named_again_re": {doc_type: re.compile(
            r"\b(?:" + "|".join(table["named_again_determiners"]) + r")\s+(?:"
            + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
            + r")\b(?!\s+(?:No\.?\s*)?\d)", re.IGNORECASE)
            for doc_type, words in _words_by_type(doc_types["words"]["en"]).items()},
        "background_opener_re": re.compile(r"(?:" + "|".join(map(re.escape, table["background_openers"])) + r")\b",
                                           re.IGNORECASE),
        # compiled once: these are tried on every line of every document
        # "Số: 12/QĐ-UBND", "No. 27"; "Số 27-TB/BCĐ" (a Party body's number, without the colon)
        "number_label_res": [(label, re.compile(rf"{re.escape(label)}\s*(?:[.:]|(?=\d))"))
                             for label in table["number_labels_folded"]],
        # an English translation's own number after its type ('Resolution No. 1192/NQ-UBTVQH16'), alone on its line
        # or before its title after a colon ('Official Dispatch No. 251/CD-TTg: Responding to Floods …')
        "typed_number_line_re": re.compile(r"(?:" + "|".join(sorted(map(re.escape, doc_types["words"]["en"]),
                                                                    key=len, reverse=True))
                                           + r")\s+(no\.?\s*)(?=\d)[^\s,;:]+(?:\s*$|:\s+\S)"),
        "masthead_re": re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, table["masthead_folded"])) + r")(?!\w)"),
        "masthead_written_re": _any_of(table["masthead_written"]),
        "body_before_place_re": re.compile(
            r"(?:" + "|".join(map(re.escape, table["english_body_of_place"]["bodies"])) + r")\s+(?!OF\b)"
            r"(?=[A-Z][A-Z' -]*\s(?:" + "|".join(map(re.escape, table["english_body_of_place"]["places"])) + r")$)"),
        "part_of_day_re": re.compile(r"(?:" + "|".join(table["parts_of_day"]) + r")\s+", re.IGNORECASE),
        # "Wednesday, October 28, 2026 | 10:15": a weekday, not a dateline's place
        "weekday_re": re.compile(r"(?i:" + "|".join(day.replace(" ", r"\s+") for day in weekdays) + ")"),
        "signature_prefix_re": _any_of(rf"{re.escape(p)}\.?\s" for p in table["signature_prefixes"]),
        "recipient_label_re": _any_of(rf"{re.escape(label)}\s*:"
                                      for label in table["recipient_labels_folded"] if label != "to"),
        "en_date": re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})",
                              re.IGNORECASE),
        "en_date_dmy": re.compile(rf"\b(\d{{1,2}})\s+({months})\.?,?\s+(\d{{4}})", re.IGNORECASE),
        # The place is capitalised as written ("… hành chính mới Hà Nội, ngày …" is in Hà Nội)
        "dateline": re.compile(
            rf"(?:^|\s)(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ .][A-ZĐÀ-Ỹ][^\W\d_]*){{0,3}}),\s*"
            rf"(?P<date>(?i:ng[àa]y\b[^,;:]{{0,30}}?\d{{4}}|(?:{months})\.?\s+\d{{1,2}},?\s+\d{{4}}"
            rf"|\d{{1,2}}\s+(?:{months})\.?,?\s+\d{{4}}))"
            # a news release goes on after a dash ("Ha Noi, November 20, 2026 - On …"; not a time: "- 09:40")
            rf"\s*(?:\.|\s[-–—]\s+[^\W\d_].*)?\s*$"),
        "deadline_label": re.compile(rf"(?:{'|'.join(table['deadline_labels_folded'])})\b"),
        "publication_labelled": re.compile(
            rf"(?:{'|'.join(sorted(table['publication_labels_folded'], key=len, reverse=True))})\s*:?\s*"
            rf"{_DATE_VALUE}"),
        # "… 04/09/2018 19:43", a byline "By Phan Anh November 18, 2025 | 09:12 pm GMT+7"
        "publication_line": re.compile(
            rf"(?P<weekday>\b(?:{'|'.join(table['publication_weekdays_folded'])})\s*,?\s*)?"
            rf"(?:{_DATE_VALUE}|\b(?P<en_m>{months})\.?\s+(?P<en_d>\d{{1,2}}),?\s+(?P<en_y>\d{{4}})"
            rf"|\b(?P<dmy_d>\d{{1,2}})\s+(?P<dmy_m>{months})\.?,?\s+(?P<dmy_y>\d{{4}}))"
            rf"(?P<time>\s*[|,\-–]?\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?"
            rf"(?:\s*\(?(?:gmt|utc)\s*[+-]\s*\d{{1,2}}\)?)?)?"
            rf"(?:\s*[-–|]?\s*(?:cap nhat|updated?)\b.*)?"  # '05/12/2026 08:30 GMT+7 - Cập nhật lúc 12:18'
            rf"(?:(?<=\d)\s+ict\b.*)?\s*$"),  # a wire's header: '21-05-2026 14:32 ICT' and the slug after it
        "issued": re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?(?P<word>[^\d\n,.;]{{2,30}}?)\s+"
                             rf"(?:số\s+|No\.?\s*)?{_NUMBER}", re.IGNORECASE),
        # "Công điện số 128/CĐ-TTg Thủ tướng ký ngày 26/12", "Notice No. 668/TB-VPCP, which the
        # Government Office issued on December 2"
        # "Notice No. 231/TB-VPCP dated May 14, 2026 of the Government Office", "Chỉ thị số 21/CT-BGDĐT ngày 24/8"
        "reported_in": re.compile(rf"\b(?P<word>[A-ZĐ][^\d\n,.;]{{1,28}}?)\s+(?:số\s+|No\.?\s*)?{_NUMBER}\s*,?\s*"
                                  rf"(?:ngày|dated|(?:signed|issued)(?:\s+by\s+(?:the\s+)?(?P<by>[A-Z][^\d\n,.;]{{1,40}}?))?"
                                  rf"\s+on)\s+(?:(?:{english_weekdays}),?\s+)?\(?"  # 'on Monday (December 14)'
                                  rf"(?P<date>[^\n,.;()]{{3,25}}?(?:,\s*\d{{4}})?)\)?"
                                  rf"(?:\s+(?:của|of(?:\s+the)?)\s+(?P<of>[A-ZĐ][^\n,.;]{{2,60}}?))?"
                                  rf"(?=\s+(?:về|gửi|on|to|for)\b|[,.;\n]|$)"),  # '… của Bộ X gửi UBND tỉnh Y về …'
        "signed_after": re.compile(rf"\b(?P<word>[A-ZĐ][^\d\n,.;]{{1,28}}?)\s+(?:số\s+|No\.?\s*){_NUMBER}\s*,?\s*"
                                   rf"(?:which\s+|do\s+)?(?:the\s+)?(?P<subject>[^\n,.;]{{2,60}}?)\s+"
                                   rf"(?:ký ban hành|ký|issued|signed)\s+(?:on|ngày|vào ngày)\s+"
                                   rf"(?P<date>[^\n,.;]{{3,30}}?)(?=\s+(?:về|on|after|to)\b|[,.;\n]|$)"),
    }


def _words_by_type(words: dict[str, str]) -> dict[str, list[str]]:
    by_type: dict[str, list[str]] = {}
    for word, doc_type in words.items():
        by_type.setdefault(doc_type, []).append(word)
    return by_type


def _any_of(patterns) -> re.Pattern:
    """One pattern matching where any of ``patterns`` matches (none: never)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def extract_metadata(text: str, language: str, sent: dt.date | None = None) -> Metadata:
    """Metadata of the document whose normalized text is ``text`` (``sent``: the day its e-mail was
    sent, its date when the text states none)."""
    lines = _lines(text)
    head = lines[:_HEADER_LINES]
    meta = Metadata()
    portal = _portal_fields(head)
    number_index, meta.number = _number_line(head)
    if meta.number is None and portal.get("number"):
        meta.number = _clean_number(portal["number"])
    # an appendix sent on its own: '(Kèm theo Thông báo số 3875/TB-EVNSPC ngày 18/12/2026 của …)'
    attached = _attached_to(head, language) if meta.number is None else None
    meta.place, meta.issued_date = _dateline(head, language)
    if meta.issued_date is None and portal.get("date"):
        meta.issued_date = _parse_date(portal["date"], language)
    title_index, meta.doc_type = _title(head, language)
    if attached is not None:
        meta.number, meta.doc_type = attached.number, meta.doc_type or attached.doc_type
        meta.issued_date = meta.issued_date or attached.date
    meta.subject = _subject(head, title_index)
    meta.issuer, parent = _header_issuer(head, number_index, title_index)
    meta.issuer = meta.issuer or _body_that_met(head, title_index)
    # a portal's "Cơ quan ban hành:" says it outright; capitals above its panel may be a tab ('THUỘC TÍNH')
    meta.issuer = _LEADING_THE.sub("", portal.get("issuer", "")) or meta.issuer
    tracked = _tracked_document(head, language) if meta.number is None else None
    if tracked is not None:
        # a tracker of another document's tasks is about that document (its own title names the tracker)
        meta.number, meta.doc_type = tracked.number, tracked.doc_type or meta.doc_type
        meta.issued_date = meta.issued_date or tracked.date
        meta.issuer = meta.issuer or tracked.issuer
    has_header = number_index is not None or attached is not None or tracked is not None or bool(portal.keys() - {"plain_date"}) \
        or meta.place is not None and (
        meta.issuer is None or _has_motto(head) or _known_issuer(meta.issuer, language, meta.issued_date)
        or not _headline(lines, language, None).get("number"))
    if not has_header:
        # A web copy without the official header: trust only what it says of itself. A dateline
        # under capitals that name no known body, without a number or a motto, dates a copy that
        # reports a numbered document ('KEY DATES AT A GLANCE' of a firm's 'CLIENT ALERT',
        # 'Hanoi, December 28, 2026', 'Decree 212/2026/ND-CP: …'); a school's or a company's
        # notice keeps its capitals as issuer.
        if meta.place is not None:
            meta.issuer, meta.published_date, meta.issued_date = None, meta.issued_date, None
        meta.published_date = _publication_date(lines) or meta.published_date
        found = _headline(lines, language, meta.published_date)
        if not found and language == "en":  # (a headline's type word without a number: a record of its own)
            found = _named_again(text, meta.published_date)
        meta.doc_type = meta.doc_type or found.get("doc_type")
        meta.number = meta.number or found.get("number")
        # the body's "X issued Directive No. …" names the issuer; capitals above it may be the site's
        # ('VIỆT NAM NEWS' / 'POLITICS & LAWS': a report naming the number only has its symbol's issuer)
        if found.get("issuer") or found.get("number") and not _known_issuer(meta.issuer, language, meta.issued_date):
            meta.issuer = found.get("issuer") or issuer_for_symbol(found["number"], language) or meta.issuer
        meta.issued_date = meta.issued_date or found.get("date")
    if meta.doc_type is None and portal.get("type"):
        meta.doc_type = doc_type_for_word(portal["type"], language)
    if meta.number:
        # "OFFICIAL DISPATCH No. 161/CD-TTg": a generic title word yields to the number's type code
        symbol_type = doc_type_for_symbol(meta.number)
        if meta.doc_type is None or (meta.doc_type == _GENERIC_TYPE and symbol_type):
            meta.doc_type = symbol_type or meta.doc_type
        meta.issuer = meta.issuer or issuer_for_symbol(meta.number, language)
    letter_labels = tuple(_grammar()["letter_subject_labels_folded"])
    if meta.doc_type is None and any(fold_head(l.text).startswith(letter_labels) for l in head):
        meta.doc_type = "official_letter"  # "V/v …", "Re: …": a letter's subject line
    meta.issuer = _without_holder(meta.issuer or _authority_line(head))
    if meta.issuer:
        meta.issuer = _DEFINED_ABBREVIATION.sub("", meta.issuer)  # 'Issued by: Ministry of … (MOIT)': its short name
    if language == "en" and meta.issuer:
        meta.issuer = split_native_name(meta.issuer)[0]  # 'MINISTRY OF CONSTRUCTION (BỘ XÂY DỰNG)': the English name
    meta.issuer_agency = _resolve(meta.issuer, language, meta.issued_date)
    if meta.issuer_agency is not None and meta.issuer_agency.id:
        meta.issuer = _display_name(meta.issuer, meta.issuer_agency, language) + _locality(
            parent, meta.issuer_agency, language, meta.issued_date)
    elif meta.issuer and language == "en" and meta.issuer.isupper():
        meta.issuer = _title_case(meta.issuer)  # 'PEOPLE'S COMMITTEE OF CON DAO SPECIAL ZONE', not in the registry
    if meta.issued_date is None and meta.published_date is None:
        meta.issued_date = (_parse_date(portal["plain_date"], language) if "plain_date" in portal else None) or sent
    if meta.doc_type is None and (meta.issued_date or meta.issuer):
        meta.doc_type = _OTHER_TYPE  # a dated or signed document of no type the grammar names (an e-mail, a matrix)
    meta.signer = _signer(lines)
    meta.recipients = _recipients(lines)
    return meta


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(raw, pos))
        pos += len(raw) + 1
    return out


def _clean_number(raw: str) -> str | None:
    if raw.lstrip(" .:").startswith("/"):  # "Số:    /2023/TT-BGTVT": the number is left blank
        return None
    match = _NUMBER_RE.search(raw)
    if not match:
        return None
    return re.sub(r"\s+", "", match.group("number")).rstrip(".,;:")


_SENTENCE_GOES_ON = re.compile(r"[,;]?\s+(?!(?:dated|ngày|ngay|of|của|về|ve)\b)[a-zà-ỹđ]{2,}\s+[a-zà-ỹđ]")


def _number_line(head: list[_Line]) -> tuple[int | None, str | None]:
    """Index of the "Số: …" line and the number on it (None when left blank)."""
    grammar = _grammar()
    labels = grammar["number_label_res"]
    for index, line in enumerate(head):
        folded = fold_head(line.text)
        label = next((l for l, pattern in labels if pattern.match(folded)), None)
        if label is None and (typed := grammar["typed_number_line_re"].match(folded)) is not None and \
                not line.text[typed.end() - 1:typed.end()].islower():
            label = folded[:typed.end(1)]  # (after a colon a title, not a headline's sentence: '…: the Ministry …')
        if label is None:
            continue
        rest = line.text[len(label):].lstrip(" .:")
        # "Số: 4390    /UBND-NLN    Lào Cai, ngày …": a gap inside the number is the blank
        # left for the handwritten number; the dateline starts the next cell.
        value = re.split(r"\s{4,}(?=[^\s/-][^/]*,)", rest)[0]
        written = _NUMBER_RE.search(value)
        if written and _SENTENCE_GOES_ON.match(value, written.end()):
            continue  # 'No. 85/2025/ND-CP, which allow …': a wrapped sentence of the body, not a header line
        number = _clean_number(value)
        return index, number if number and re.match(r"\d", number) else None
    return None, None


def _attached_to(head: list[_Line], language: str) -> Citation | None:
    """The numbered document a header line says the text is attached to ('Kèm theo Quyết định số …',
    'Attached to Notice No. …'): an appendix's own heading."""
    opening = [line for line in head if APPENDIX_START.match(line.text)]
    # the line that says what the text is attached to before a heading that may name what it implements
    # ('PHỤ LỤC … TRIỂN KHAI NGHỊ QUYẾT SỐ 72-NQ/TW …' over '(Kèm theo Kế hoạch số 1894/KH-BYT …)')
    opening.sort(key=lambda line: APPENDIX_HEADING.match(line.text) is not None)
    for line in opening:
        numbered = [c for c in find_citations(line.text, language=language) if c.number]
        if numbered:
            return numbered[0]
    return None


def _tracked_document(head: list[_Line], language: str) -> Citation | None:
    """The numbered document whose tasks a tracker holds, as its label names it ('Source document:
    Decision No. 87/QD-BCT dated …', 'Theo dõi thực hiện Thông báo số 67/TB-VPUBND ngày …')."""
    label_re = _grammar()["tracked_label_re"]
    for index, line in enumerate(head):
        label = label_re.search(fold_keep_length(line.text))  # (folded text is lower-case)
        if label is None:
            continue
        # the citation may wrap onto the next line ('… of the Minister of' / 'Industry and Trade')
        said = "\n".join([line.text[label.end():]] + [following.text for following in head[index + 1:index + 2]])
        numbered = [c for c in find_citations(said, language=language) if c.number and c.mentions[0].start < len(line.text)]
        if numbered:
            return numbered[0]
    return None


def _portal_fields(head: list[_Line]) -> dict[str, str]:
    grammar = _grammar()
    wanted = {"number": grammar["number_labels_folded"], "date": grammar["date_labels_folded"],
              "plain_date": grammar["plain_date_labels_folded"],
              "issuer": grammar["issuer_labels_folded"], "type": grammar["type_labels_folded"]}
    fields: dict[str, str] = {}
    for line in head:
        cells = [c for c, _ in line.cells()]
        pairs = list(zip(cells, cells[1:]))
        # 'Cơ quan ban hành: Bộ Nông nghiệp và Môi trường', 'Prepared by: JICA Vietnam Office    Date: 27 November 2026'
        for cell in cells:
            if cell.count(": ") == 1:
                label_cell, _, value = cell.partition(": ")
                pairs.append((label_cell + ":", value.strip()))
        for label_cell, value in pairs:
            if not label_cell.rstrip().endswith(":") or not value:
                continue  # no label
            label = fold(label_cell).rstrip(" :")
            for key, labels in wanted.items():
                if label in labels and key not in fields:
                    fields[key] = value
    return fields


def _dateline(head: list[_Line], language: str) -> tuple[str | None, dt.date | None]:
    """Place and date of the dateline ("Hà Nội, ngày 25 tháng 7 năm 2024", "Hanoi, May 20, 2024")."""
    grammar = _grammar()
    for line in head:
        for cell in _date_cells(line):
            match = grammar["dateline"].search(cell)
            if match and not grammar["weekday_re"].fullmatch(match.group("place").strip()):
                return match.group("place").strip(), _parse_date(match.group("date"), language)
    return None, None


def _date_cells(line: _Line) -> list[str]:
    """The line's cells, with a dateline whose day or month is left blank for the hand ("Lào Cai, ngày
    tháng 7 năm 2026": a blank as wide as a column gap) joined again."""
    out: list[str] = []
    for cell, _ in line.cells():
        if out and _BLANK_SLOT_END.search(out[-1]):
            out[-1] += " " + cell
        else:
            out.append(cell)
    return out


def _publication_date(lines: list[_Line]) -> dt.date | None:
    """The date a copy without the official header says it was published, updated or signed: after a
    label ("date 2017-02-06", "Ngày đăng: 04/09/2018"), ending a short line ("Việt Nam 25/07/2024") or
    with a time ("… 04/09/2018 19:43")."""
    grammar = _grammar()
    for text in (fold(cell) for line in lines[:_PUBLICATION_LINES] for cell in _line_and_cells(line)):
        match = grammar["publication_labelled"].match(text)
        if match is None:
            if grammar["deadline_label"].match(text):
                continue  # 'Due date: 2027-01-15': a task's
            match = grammar["publication_line"].search(text)
            # a date with a time or a weekday ends a (possibly re-joined) headline or a broadcast's title
            # line ('VOV1 - THỜI SỰ 18 GIỜ - THỨ BA, 20/10/2026'); a date alone, a short line only
            if match is None or not (match.group("time") or match.group("weekday")
                                     or len(text) <= grammar["publication_line_max"]):
                continue
        if match.groupdict().get("en_y"):
            year, day = match.group("en_y", "en_d")
            month = grammar["english_months"][match.group("en_m")]
        elif match.groupdict().get("dmy_y"):  # '11 February 2026'
            year, day = match.group("dmy_y", "dmy_d")
            month = grammar["english_months"][match.group("dmy_m")]
        else:
            year, month, day = (match.group("iso_y", "iso_m", "iso_d") if match.group("iso_y")
                                else match.group("y", "m", "d"))
        for month_first in (False, True):  # an English site's '12/15/2026' when day first is no date
            try:
                return dt.date(int(year), int(day if month_first else month), int(month if month_first else day))
            except ValueError:
                pass
    return None


def _line_and_cells(line: _Line) -> list[str]:
    """A line, then each of its cells when it has several ('CLIENT ALERT | 11 February 2026 | …')."""
    cells = line.cells()
    return [line.text.strip(), *(cell for cell, _ in cells)] if len(cells) > 1 else [line.text.strip()]


def _said_date(text: str, published: dt.date | None, language: str) -> dt.date | None:
    """A date as a report gives it: in full, or year-less ('November 12', '17/11') in the year of
    ``published``, not after it."""
    if not text:
        return None
    full = _parse_date(text, language)
    if full is not None or published is None:
        return full
    weekday = _grammar()["weekday_numbers"].get(text.strip().lower())
    if weekday is not None:  # 'signed on Tuesday' in a Wednesday report: the day before
        return published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    for year in (published.year, published.year - 1):
        date = _parse_date(f"{text.strip()} {year}" if re.search(r"[A-Za-z]", text) else f"{text.strip()}/{year}",
                           language)
        if date is not None and date <= published:
            return date
    return None


def _parse_date(text: str, language: str) -> dt.date | None:
    grammar = _grammar()
    months = grammar["english_months"]
    candidates = []
    if match := _VI_DATE.search(text):
        candidates.append((int(match.group(3)), int(match.group(2)), int(match.group(1))))
    if match := grammar["en_date"].search(text):
        candidates.append((int(match.group(3)), months[match.group(1).lower()], int(match.group(2))))
    if match := grammar["en_date_dmy"].search(text):
        candidates.append((int(match.group(3)), months[match.group(2).lower()], int(match.group(1))))
    if match := _NUMERIC_DATE.search(text):
        candidates.append((int(match.group(3)), int(match.group(2)), int(match.group(1))))
        if language == "en":  # an English site's month first ('12/15/2026'), when day first is no date
            candidates.append((int(match.group(3)), int(match.group(1)), int(match.group(2))))
    for year, month, day in candidates:
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def _title(head: list[_Line], language: str) -> tuple[int | None, str | None]:
    """Index and doc_type of the type title line ("QUYẾT ĐỊNH", "DIRECTIVE")."""
    for index, line in enumerate(head):
        for cell, _ in line.cells():
            if len(cell) > 40:
                continue
            letters = [c for c in cell if c.isalpha()]
            if not letters or not all(c.isupper() for c in letters):
                continue
            doc_type = doc_type_for_word(cell, language, whole=True)
            if doc_type:
                return index, doc_type
    return None, None


def _subject(head: list[_Line], title_index: int | None) -> str | None:
    for line in head:
        for cell, _ in line.cells():
            # fold() makes a '/' or ':' of no other character: a cell without one is not folded
            if "/" in cell and fold_head(cell).startswith("v/v"):
                return collapse_spaces(cell[3:].lstrip(" :."))
    if title_index is not None and title_index + 1 < len(head):
        following = head[title_index + 1].text.strip()
        if following and not fold_head(following).startswith(("can cu", "pursuant")):
            return collapse_spaces(following)
    return None


_TABLE_ROW_CELLS = 4  # a header's line without the motto has fewer cells (its body, number, date); a table's row more


def _body_that_met(head: list[_Line], title_index: int | None) -> str | None:
    """The body a title of minutes or a record names after 'MEETING OF THE' ('SUMMARY RECORD' / 'OF THE
    FOURTH MEETING OF THE NATIONAL STEERING COMMITTEE ON …'), on the title's line or the next; None when
    the title wraps before it."""
    if title_index is None:
        return None
    for line in head[title_index:title_index + 2]:
        text = line.text.strip()
        folded = fold_keep_length(text).lower()
        for words in _grammar()["meeting_of_folded"]:
            at = folded.find(words + " ")
            body = text[at + len(words):].strip(" ,:") if at >= 0 else ""
            if len(body.split()) >= 2 and not _CUT_NAME_END.search(body):  # not 'THE' of a title wrapped before its body
                return body
    return None


def _header_issuer(head: list[_Line], number_index: int | None,
                   title_index: int | None = None) -> tuple[str | None, str | None]:
    """The issuing body from the left header column, above the number line (above the title, when
    there is none), and the body written above it ('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' over 'SỞ Y TẾ'), if any."""
    motto = _grammar()["motto_folded"]
    stop = number_index if number_index is not None else min(len(head), 8)
    if number_index is None and title_index is not None:
        stop = min(stop, title_index)
    parts: list[str] = []
    for line in head[:stop]:
        cells = line.cells()
        if not cells:  # a blank line: a copy may set every line of the header apart ('ỦY BAN NHÂN DÂN', '', 'TỈNH LÀO CAI')
            continue
        cell = _EDGE_SYMBOLS.sub("", _cut_motto(cells[0][0], motto))  # '🌀⚠️ CÔNG ĐIỆN KHẨN … ⚠️🌀'
        if not cell or _is_masthead(cell) or len(cells) >= _TABLE_ROW_CELLS and not _has_motto([line]):
            continue  # (a table's header row: 'STT    Mã nhiệm vụ    Nội dung nhiệm vụ    Đơn vị chủ trì')
        # A number line whose "Số:" and number were lost ("/QĐ-XPVPHC", a scan) ends the column;
        # prose above the header (a forwarding e-mail's or message's words) is passed over.
        if _SECTION_START.match(cell) or len(cell) > 80 or _BLANK_NUMBER.match(cell):
            if parts:
                break
            continue
        letters = [c for c in cell if c.isalpha()]
        # a date names no body: a broadcast's or a bulletin's title line ('VOV1 - THỜI SỰ - THỨ BA, 20/10/2026');
        # nor does one word with digits: a code ('VN-DDMNDP-2026-11-25-0412', an alert's identifier)
        if (len(letters) < 3 or not all(c.isupper() for c in letters) or len(cell) > 60
                or _type_prefix(fold(cell))[0] is not None or _NUMERIC_DATE.search(cell)
                or " " not in cell.strip() and any(c.isdigit() for c in cell)):
            if parts:
                break
            continue
        cell = re.sub(r"\s+THE$", "", cell.strip())
        parts.append(re.sub(r"^THE(?=[A-Z]{3})", "THE ", cell))
    if not parts:
        return None, None
    joined = collapse_spaces(" ".join(parts)).strip(" -")
    if re.search(r"\s-\s|-$", " ".join(parts)):
        return re.sub(r"\s*-\s*", " - ", joined), None
    return _lowest_unit(parts)


# emoji and pictographs around a line of a post ('👇👇 TOÀN VĂN CÔNG ĐIỆN 👇👇'): arrows, dingbats,
# emoji, their variation selector and joiner; not punctuation ('BỘ CÔNG AN - BỘ QUỐC PHÒNG -')
_PICTOGRAPHS = "\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\u20e3"
_EDGE_SYMBOLS = re.compile(rf"^[\s{_PICTOGRAPHS}]+|[\s{_PICTOGRAPHS}]+$")


def _is_masthead(cell: str) -> bool:
    """A web portal's or a newspaper's name printed above a web copy ('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH
    KHÁNH HÒA', 'GOVERNMENT PORTAL - …', 'BÁO LÂM ĐỒNG'): no issuer."""
    grammar = _grammar()
    return grammar["masthead_re"].search(fold_head(cell), 0, 60) is not None or \
        grammar["masthead_written_re"].match(cell.lstrip().upper()) is not None


def _known_issuer(name: str | None, language: str, on: dt.date | None) -> bool:
    agency = _resolve(name, language, on)
    return agency is not None and agency.id is not None


def _has_motto(head: list[_Line]) -> bool:
    """Whether a line of the head holds the national motto (or the Party's, in its header)."""
    motto = _grammar()["motto_folded"]
    return any(m in fold(line.text) for line in head for m in motto)


def _cut_motto(cell: str, motto: list[str]) -> str:
    folded = fold(cell)
    cut = min((folded.find(m) for m in motto if m in folded), default=-1)
    return cell[:cut].strip() if cut >= 0 else cell


def _without_holder(issuer: str | None) -> str | None:
    """An office without the name of its holder ('Prime Minister Pham Minh Chinh' -> 'Prime Minister'): a
    report's subject names the signer; the issuer is the office. Names are two or more capitalised
    Vietnamese syllables after a title word."""
    if not issuer:
        return issuer
    words = issuer.split()
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].isupper() and words[cut - 1][1:].islower() and \
            is_folded_syllable(fold(words[cut - 1])):
        cut -= 1
    if len(words) - cut >= 2 and cut and _HOLDER_TITLE.search(" ".join(words[:cut])):
        return " ".join(words[:cut])
    return issuer


_HOLDER_TITLE = re.compile(r"(?:Minister|Chairman|Chairwoman|Chairperson|President|Governor|Director|Secretary|"
                           r"Thủ tướng|Bộ trưởng|Chủ tịch|Giám đốc|Bí thư)$")
_PARTY_ORGANISATION = re.compile(r"^(?:ĐẢNG BỘ|DANG BO)\s+", re.IGNORECASE)


def _lowest_unit(parts: list[str]) -> tuple[str, str | None]:
    """'BỘ CÔNG THƯƠNG / CỤC …' issues as the Cục: the last line that starts a new body; and the
    lines above it."""
    from .agencies import starts_agency

    start = 0
    for index, part in enumerate(parts):
        if index and starts_agency(part):
            start = index
    unit, parent = collapse_spaces(" ".join(parts[start:])), collapse_spaces(" ".join(parts[:start])) or None
    unit = _grammar()["body_before_place_re"].sub(lambda m: m.group(0) + "OF ", unit)  # 'PEOPLE'S COUNCIL / LAO CAI PROVINCE'
    if parent and fold_head(unit) in _grammar()["bare_units_folded"]:
        # 'VĂN PHÒNG' of 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH'; 'THÀNH ỦY' of 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH' (its place)
        return f"{unit} {_PARTY_ORGANISATION.sub('', parent)}", parent
    return unit, parent


def _locality(parent: str | None, agency, language: str, on) -> str:
    """' tỉnh Quảng Ngãi' after a provincial department whose header names its province's People's
    Committee above it ('Sở Y tế' of 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI / SỞ Y TẾ'): the name a
    department goes by outside its province. Empty otherwise."""
    if parent is None or agency.kind != "department" or language != "vi":
        return ""
    above = _resolve(parent, language, on)
    prefix = "Ủy ban nhân dân "
    name = above.canonical_vi if above is not None and above.kind == "people_committee" else None
    return f" {name[len(prefix):]}" if name and name.startswith(prefix) else ""


_CUT_NAME_END = re.compile(r"\b(?:of|of the|the|and|for|cua|va)\s*$", re.IGNORECASE)


def _type_prefix(folded: str) -> tuple[str | None, int]:
    """doc_type of the type word that begins ``folded`` text, and its length."""
    words = folded.split(" ")
    for size in (4, 3, 2, 1):
        head = " ".join(words[:size])
        doc_type = doc_type_for_word(head, None, whole=True)
        if doc_type:
            return doc_type, len(head)
    return None, 0


def _headline(lines: list[_Line], language: str, published: dt.date | None = None) -> dict:
    """Type, number, issuer and date a headerless copy states about itself.

    From its headline ("Thông báo số 31/TB-VPCP về …", "Chỉ thị 15/CT-TTg của
    Thủ tướng Chính phủ về …") or from the sentence that reports its issue
    ("The Government Office issued Notice No. 344/TB-VPCP …", "Prime Minister X on
    November 12 signed Official Dispatch No. 215/CD-TTg …": a year-less date takes the
    year of the copy's ``published`` date).
    """
    found: dict = {}
    for line in lines[:6]:
        folded = fold_keep_length(line.text.strip())
        folded = re.sub(r"^(toan van|full text of|noi dung)\s+", lambda m: " " * len(m.group(0)), folded)
        doc_type, size = _type_prefix(folded.lstrip())
        if doc_type is None:
            continue
        offset = len(folded) - len(folded.lstrip()) + size
        rest = line.text.strip()[offset:]
        found["doc_type"] = doc_type
        number = re.match(rf"\s*(?:số|so|No\.?)?\s*{_NUMBER}", rest, re.IGNORECASE)
        if number:
            found["number"] = _clean_number(number.group("number"))
        issuer = re.search(r"\b(?:cua|of the)\s+(.+?)(?:\s+(?:ve|gui|on|tai|at)\b|$)",
                           fold_keep_length(rest))
        if issuer and not re.search(r"[\d.;:]", issuer.group(1)) and len(issuer.group(1)) <= 80 and \
                not _CUT_NAME_END.search(issuer.group(1)):  # a title wrapped before its body ('… MEETING OF THE')
            found["issuer"] = rest[issuer.start(1):issuer.end(1)].strip()
        break
    body = "\n".join(line.text for line in lines[:40])
    for match in _grammar()["issued"].finditer(body):
        doc_type = doc_type_for_word(match.group("word").strip(), None, whole=True)
        number = _clean_number(match.group("number"))
        if not doc_type or (found.get("number") not in (None, number)):
            continue
        sentence_start = _sentence_start(body, match.start())
        if _in_background(body, sentence_start):
            continue
        before = body[sentence_start:match.start()].strip().lstrip("*•·-–+ ")  # a bullet of a summary
        # A news dateline or source tag before the subject: "Hanoi - ", "(Chinhphu.vn) - " (after the
        # headline, when the copy's lines were joined)
        subject = re.sub(r"^(?:[^-–—]{1,30}?\s|.*\)\s*)[-–—]\s+", "", before)
        # "Ngày 17/11/2025, X"; after a part of the day a bare date too: "Chiều 08/1, X"
        part_of_day = _grammar()["part_of_day_re"].match(subject)
        dated = (_DATED_AFTER_PART_OF_DAY.match(subject, part_of_day.end()) if part_of_day
                 else _DATED.match(subject))
        said = dated.group(0).strip(" ,") if dated else ""
        subject = subject[dated.end():] if dated else subject
        inline = re.search(r"\s+(?:on|ngày)\s+([^,]{3,25})$", subject, re.IGNORECASE)  # "X on November 12"
        if inline:
            said, subject = inline.group(1), subject[:inline.start()]
        subject = re.sub(r"^(?i:the)\s+(?=[A-Z])", "", subject)  # "On 6 February 2026, the Prime Minister issued …"
        subject = _without_person(subject, language)
        if not subject or not subject[:1].isupper() or len(subject.split()) > _SUBJECT_WORDS[language]:
            continue
        if found.get("doc_type") in (None, "other"):  # a headline's 'Press release:' names no document
            found["doc_type"] = doc_type
        found["number"] = number
        found.setdefault("issuer", subject)
        # "… Decree No. 74/2026/ND-CP on 27 March 2026": a date right after the word ("… on land
        # prices from 1/7/2026" names its subject), not after the copy was published
        after = re.match(r"\s*,?\s*(?:dated|ngày|of|on)\s+(?=\d|[A-Z][a-z]+\.?\s+\d)([^.;\n]{6,40})",
                         body[match.end():], re.IGNORECASE)
        date = after and _parse_date(after.group(1), language)
        if date and published is not None and date > published:
            date = None
        found["date"] = date or _said_date(said, published, language)
        break
    reported: dict = {}
    if "number" not in found:
        reported = _signed_after(body, language, published) or _reported_in(body, language, published)
        found.update(reported or _named_in_headline(
            [line for line in lines[:_HEADER_LINES] if line.text.strip()][:_HEADLINE_LINES]))
    if found.get("number") and not reported and not found.get("date"):
        # '… Plan No. 4619/KH-BNNMT dated 15 December 2026 of the Ministry …'
        found["date"] = next((_parse_date(own.group("date") or own.group("in_brackets"), language)
                              for own in _OWN_NUMBER_DATED.finditer(body)
                              if _clean_number(own.group("number") or own.group("bracketed")) == found["number"]), None)
    return found


_OWN_NUMBER_DATED = re.compile(rf"{_NUMBER}\s*,?\s+(?:dated|ngày)\s+(?P<date>[^.;\n]{{6,40}})"
                               # its date in brackets: a headline's 'PM Directive 03/CT-TTg (29 Jan 2027) on …'
                               rf"|{_NUMBER.replace('?P<number>', '?P<bracketed>')}\s*\((?P<in_brackets>[^()\n]{{6,20}})\)",
                               re.IGNORECASE)
# a headline that names its document in the middle: '[Regulation] PM Directive 03/CT-TTg (29 Jan 2027) on …',
# '… who does what in 2027 | Notice 28/TB-VPCP explained'
_TYPED_NUMBER = re.compile(rf"(?<!\w)(?P<word>[A-ZĐ]\w*(?: \w+){{0,3}}?)\s+(?:(?:No|Số|So)\.?\s*)?{_NUMBER}")
_HEADLINE_WORDS = 30  # a longer line is a sentence of the text, not its headline
# the most words of the issuer a report names before 'issued' ('The Government Office', 'Văn phòng Ủy ban nhân
# dân tỉnh An Giang': a Vietnamese word is a syllable); more is a sentence, not a name
_SUBJECT_WORDS = {"vi": 12, "en": 8}
_HEADLINE_LINES = 8  # the written lines a page's menus and the headline take at its top


def _named_in_headline(lines: list[_Line]) -> dict:
    """Type and number of the document a headline names in its middle (a forum thread's, a video's
    title), where no line opens with a type word: the first capitalised type word right before a
    number, in a line that reads as a title (no full stop at its end, at most _HEADLINE_WORDS words)."""
    for line in lines:
        text = line.text.strip()
        if text.endswith(".") or len(text.split()) > _HEADLINE_WORDS:
            continue
        for match in _TYPED_NUMBER.finditer(text):
            words = match.group("word").split()
            for size in range(len(words), 0, -1):  # the longest type word that ends right before the number
                doc_type = doc_type_for_word(" ".join(words[-size:]), None, whole=True)
                if doc_type and words[-size][:1].isupper():
                    return {"doc_type": doc_type, "number": _clean_number(match.group("number"))}
    return {}


def _sentence_start(body: str, pos: int) -> int:
    """Where the sentence around ``pos`` starts: after the last '. ' or line break before it (not
    the '. ' of 'No. 329')."""
    stop = body.rfind(". ", 0, pos)
    while stop >= 0 and (body[stop + 2:stop + 3].isdigit() or body[max(0, stop - 3):stop].lower() in (" no", "\nno")):
        stop = body.rfind(". ", 0, stop)
    return max(stop + 2 if stop >= 0 else 0, body.rfind("\n", 0, pos) + 1)


def _in_background(body: str, sentence_start: int) -> bool:
    """The sentence opens with 'Trước đó', 'Earlier': it reports an older document, which the report
    cites (its own document is what the report is about)."""
    return _grammar()["background_opener_re"].match(body, sentence_start) is not None


def _without_person(subject: str, language: str) -> str:
    """The title and body of a subject that goes on with the person's name ('Chủ tịch UBND tỉnh
    Lào Cai Vũ Đình Hưng'): its longest start the registry knows, else the subject."""
    words = subject.split()
    known = _resolve(subject, language, None)
    if len(words) < 4 or known is not None and known.id:
        return subject
    for size in range(len(words) - 2, max(1, len(words) - 5), -1):  # a name of two to four words
        if not all(word[:1].isupper() for word in words[size:]):
            break
        agency = _resolve(" ".join(words[:size]), language, None)
        if agency is not None and agency.id:
            return " ".join(words[:size])
    return subject


def _reported_in(body: str, language: str, published: dt.date | None) -> dict:
    """A report that names the document with its date ('… announced in Notice No. 231/TB-VPCP dated
    May 14, 2026 of the Government Office', 'Chỉ thị số 21/CT-BGDĐT ngày 24/8 về …, do Bộ Giáo dục
    và Đào tạo ban hành'): the first one dated within _REPORTED_DAYS before the copy was published
    (an older one is a document the report cites), or nothing."""
    if published is None:
        return {}
    for match in _grammar()["reported_in"].finditer(body):
        doc_type = _type_after_opening_preposition(match.group("word"))
        said = match.group("date")
        date = _said_date(said, published, language)
        sentence_start = _sentence_start(body, match.start())
        if not doc_type or date is None or not dt.timedelta(0) <= published - date <= _REPORTED_DAYS or \
                _in_background(body, sentence_start) or \
                _grammar()["basis_before_re"].search(body[sentence_start:match.start()]):
            continue  # ('The meeting followed Resolution No. …': a document the report cites)
        found = {"doc_type": doc_type, "number": _clean_number(match.group("number")), "date": date}
        sentence_end = body.find(".", match.end())
        by = _ISSUED_BY.search(body, match.end(), sentence_end if sentence_end >= 0 else len(body))
        issuer = match.group("of") or match.group("by") or (by.group(1) if by else None)
        issuer = _grammar()["short_titles"].get(issuer, issuer) if issuer else None  # "signed by the PM"
        if issuer:
            found["issuer"] = issuer.strip()
        return found
    return {}


_NAMED_AGAIN_MIN = 2  # mentions as 'the directive' that make the first document a report names its own


def _named_again(text: str, published: dt.date | None) -> dict:
    """An English report's own document when no sentence reports its issue: the first numbered document
    it names, when it goes on calling it 'the directive', 'this decision' (at least _NAMED_AGAIN_MIN
    times; a report opens with what it is about, then cites older ones). Its type, number, issuer and
    date, or nothing."""
    # (citations come in the order of their first mention)
    first = next((c for c in find_citations(text, language="en", doc_date=published) if c.number), None)
    named_again = _grammar()["named_again_re"].get(first.doc_type) if first is not None else None
    if named_again is None or published is not None and first.date is not None and first.date > published:
        return {}
    if len(named_again.findall(text)) < _NAMED_AGAIN_MIN:
        return {}
    return {"doc_type": first.doc_type, "number": first.number, "issuer": first.issuer, "date": first.date}


def _type_after_opening_preposition(words: str) -> str | None:
    """The document type ``words`` name, after a preposition that opens the sentence ('In
    Official Dispatch 206/CD-TTg signed on Tuesday, …')."""
    return doc_type_for_word(_grammar()["opening_preposition_re"].sub("", words), None, whole=True)


def _signed_after(body: str, language: str, published: dt.date | None) -> dict:
    """A report that names the document before saying who issued it ('Công điện số 128/CĐ-TTg
    Thủ tướng ký ngày 26/12', 'Notice No. 668/TB-VPCP, which the Government Office issued on
    December 2'): its type, number, issuer and date, or nothing."""
    for match in _grammar()["signed_after"].finditer(body):
        doc_type = doc_type_for_word(match.group("word").strip(), None, whole=True)
        subject = match.group("subject").strip()
        if not doc_type or not subject[:1].isupper() or len(subject.split()) > _SUBJECT_WORDS[language]:
            continue
        said = match.group("date")
        return {"doc_type": doc_type, "number": _clean_number(match.group("number")), "issuer": subject,
                "date": _said_date(said, published, language)}
    return {}


def _authority_line(head: list[_Line]) -> str | None:
    """The enacting authority just above "Căn cứ …" ("THỦ TƯỚNG CHÍNH PHỦ"), when it is an agency.

    Unwrapped text may have joined it to the title, so the last words of the
    line before are tried, longest first.
    """
    for previous, line in zip(head, head[1:]):
        if not fold_head(line.text).startswith(("can cu", "pursuant to")):
            continue
        words = previous.text.split()
        for size in range(min(len(words), 6), 1, -1):
            candidate = " ".join(words[-size:])
            agency = _resolve(candidate, "vi", None)
            if agency is not None and agency.id:
                return candidate
        return None
    return None


def _resolve(name: str | None, language: str, on: dt.date | None):
    if not name:
        return None
    from .agencies import resolve_agency

    return resolve_agency(name, language=language, on=on)


def _display_name(written: str, agency, language: str) -> str:
    """A header written in capitals is named by the registry, or in English, where names are
    word-order variants ('PEOPLE'S COMMITTEE OF LAM DONG PROVINCE', registry "Lam Dong Provincial
    People's Committee"), as written in title case unless the registry's name is that one. A
    Vietnamese name written in short is named by the registry too."""
    letters = [c for c in written if c.isalpha()]
    in_capitals = bool(letters) and all(c.isupper() for c in letters)
    if language != "en":
        if in_capitals:
            return agency.canonical_vi or written
        # its abbreviations written out, a short form in full ('UBND tỉnh Hưng Yên', 'Thủ tướng' as news calls the
        # PM), not a holder's title ('Chủ tịch UBND tỉnh Khánh Hòa' issues in their own name)
        canonical = agency.canonical_vi
        short_form = canonical and canonical != written and agency.kind != "group" and \
            key_tokens(canonical)[:len(key_tokens(written))] == key_tokens(written)
        return canonical if short_form else written
    if not in_capitals:
        return written
    canonical = agency.canonical_en
    if canonical and fold(canonical) == re.sub(r"^the ", "", fold(written)):
        return canonical
    return _title_case(written)


_MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})


def _title_case(caps: str) -> str:
    """'PEOPLE'S COMMITTEE OF LAM DONG PROVINCE' -> "People's Committee of Lam Dong Province"
    (an abbreviation in brackets stays in capitals)."""
    words = collapse_spaces(caps).split(" ")
    return " ".join(word if word.startswith("(") else
                    word.lower() if index and word.lower() in _MINOR_WORDS else word[:1] + word[1:].lower()
                    for index, word in enumerate(words))


_SIGNATURE_LINES = 40


def _signer(lines: list[_Line]) -> Signer | None:
    """The signature block among the last lines, or the last lines before an appendix (a long annex of
    task cards or tables follows the signature)."""
    signer = _signature(lines[-_SIGNATURE_LINES:])
    if signer is None:
        first = next((i for i, line in enumerate(lines) if APPENDIX_START.match(line.text)), None)
        if first is not None and first < len(lines) - _SIGNATURE_LINES:
            signer = _signature(lines[max(0, first - _SIGNATURE_LINES):first])
    return signer


def _signature(tail: list[_Line]) -> Signer | None:
    prefixes = _grammar()["signature_prefix_re"]
    for index, line in enumerate(tail):
        for cell, start in line.cells():
            if not prefixes.match(cell) and not (
                    cell.isupper() and _is_position(cell)):
                continue
            position = [cell]
            name = None
            for later in tail[index + 1:]:
                cells = later.cells()
                if not cells:
                    continue
                value = cells[-1][0]
                if value.isupper() and len(value) < 60:
                    position.append(value)
                elif _TITLE_CASE_NAME.match(value):
                    name = value
                    break
            end = start + len(cell)
            return Signer(name=name, position=" / ".join(position), span=Span(start=start, end=end))
    return None


def _is_position(cell: str) -> bool:
    return fold(cell) in {"thu tuong", "bo truong", "chu tich", "giam doc", "chanh van phong",
                          "the prime minister", "prime minister", "minister", "chairman"}


def _recipients(lines: list[_Line]) -> list[str]:
    labels = _grammar()["recipient_label_re"]
    out: list[str] = []
    collecting = False
    for line in lines:
        cells = line.cells()
        if not cells:
            if collecting and out:
                break
            continue
        first = cells[0][0]
        if ":" in first and labels.match(fold(first)):  # every label ends in ':' (see _subject)
            collecting = True
            rest = first.split(":", 1)[1].strip()
            out.extend(_recipient_items(rest))
            continue
        if collecting:
            if not first.startswith(("-", "+", "•")):
                break
            out.extend(_recipient_items(first))
    return out


_RECIPIENT_BULLET = re.compile(r"(?:^|;)\s*[-+•]\s*")


def _recipient_items(text: str) -> list[str]:
    items = [collapse_spaces(part.strip(" -+•;.")) for part in _RECIPIENT_BULLET.split(text)]
    return [item for item in items if item and item.lower() != "như trên"]
