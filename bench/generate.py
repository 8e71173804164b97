"""Synthetic notices for benchmarks: Notice objects and their texts in the official layout.

Every sentence here is an invented template; only public facts (agency
names, abbreviations, document number formats) resemble real notices.
Each generated notice is a Government Office conclusion notice
("Thông báo kết luận") with ~5 tasks and ~4 citations drawn from a shared,
Zipf-weighted pool of cited documents and ~40 agencies, so the citation
graph built from them is connected; some cite earlier generated notices
(stubs that become full nodes), one in ten has an English twin with the
same number, and one in ten exists only in English.

    generate_notices(n, seed)      -> list[Notice] (text, spans, metadata, tasks, citations)
    write_corpus(n, outdir, seed)  -> texts as outdir/vi/<stem>.txt, outdir/en/<stem>-en.txt
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from notice_parser.citations import citation_key
from notice_parser.schema import (Agency, Citation, Deadline, Metadata, Notice, Section, Signer,
                                  Span, Task)

# id, Vietnamese name, English name, abbreviation, kind (ids, kinds, abbreviations as in
# the agency registry, models/ of notice_parser.agencies, so both meet in a graph)
AGENCIES = [
    ('mps', 'Bộ Công an', 'Ministry of Public Security', 'BCA', 'ministry'),
    ('mic', 'Bộ Thông tin và Truyền thông', 'Ministry of Information and Communications',
     'Bộ TT&TT', 'ministry'),
    ('mof', 'Bộ Tài chính', 'Ministry of Finance', 'BTC', 'ministry'),
    ('mpi', 'Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment', 'Bộ KH&ĐT', 'ministry'),
    ('moj', 'Bộ Tư pháp', 'Ministry of Justice', 'BTP', 'ministry'),
    ('moha', 'Bộ Nội vụ', 'Ministry of Home Affairs', 'BNV', 'ministry'),
    ('moit', 'Bộ Công Thương', 'Ministry of Industry and Trade', 'BCT', 'ministry'),
    ('mard', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Ministry of Agriculture and Rural Development',
     'Bộ NN&PTNT', 'ministry'),
    ('moc', 'Bộ Xây dựng', 'Ministry of Construction', 'BXD', 'ministry'),
    ('mot', 'Bộ Giao thông vận tải', 'Ministry of Transport', 'Bộ GTVT', 'ministry'),
    ('moet', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'Bộ GD&ĐT', 'ministry'),
    ('moh', 'Bộ Y tế', 'Ministry of Health', 'BYT', 'ministry'),
    ('monre', 'Bộ Tài nguyên và Môi trường', 'Ministry of Natural Resources and Environment',
     'Bộ TN&MT', 'ministry'),
    ('molisa', 'Bộ Lao động - Thương binh và Xã hội', 'Ministry of Labour, Invalids and Social Affairs',
     'Bộ LĐ-TB&XH', 'ministry'),
    ('most', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', 'Bộ KH&CN', 'ministry'),
    ('mocst', 'Bộ Văn hóa, Thể thao và Du lịch', 'Ministry of Culture, Sports and Tourism',
     'Bộ VHTT&DL', 'ministry'),
    ('mod', 'Bộ Quốc phòng', 'Ministry of National Defence', 'BQP', 'ministry'),
    ('mofa', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'BNG', 'ministry'),
    ('cema', 'Ủy ban Dân tộc', 'Committee for Ethnic Minority Affairs', 'UBDT', 'ministerial_agency'),
    ('sbv', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam', 'NHNN', 'ministerial_agency'),
    ('gi', 'Thanh tra Chính phủ', 'Government Inspectorate', 'TTCP', 'ministerial_agency'),
    ('government_office', 'Văn phòng Chính phủ', 'Government Office', 'VPCP', 'ministerial_agency'),
    ('vss', 'Bảo hiểm xã hội Việt Nam', 'Vietnam Social Security', 'BHXH Việt Nam', 'government_agency'),
    ('vtv', 'Đài Truyền hình Việt Nam', 'Vietnam Television', 'VTV', 'government_agency'),
    ('pc.ha_noi', 'Ủy ban nhân dân thành phố Hà Nội', "Hanoi People's Committee",
     'UBND thành phố Hà Nội', 'people_committee'),
    ('pc.ho_chi_minh', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', "Ho Chi Minh City People's Committee",
     'UBND thành phố Hồ Chí Minh', 'people_committee'),
    ('pc.da_nang', 'Ủy ban nhân dân thành phố Đà Nẵng', "Da Nang People's Committee",
     'UBND thành phố Đà Nẵng', 'people_committee'),
    ('pc.hai_phong', 'Ủy ban nhân dân thành phố Hải Phòng', "Hai Phong People's Committee",
     'UBND thành phố Hải Phòng', 'people_committee'),
    ('pc.can_tho', 'Ủy ban nhân dân thành phố Cần Thơ', "Can Tho People's Committee",
     'UBND thành phố Cần Thơ', 'people_committee'),
    ('pc.lao_cai', 'Ủy ban nhân dân tỉnh Lào Cai', "Lao Cai Provincial People's Committee",
     'UBND tỉnh Lào Cai', 'people_committee'),
    ('pc.quang_ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', "Quang Ninh Provincial People's Committee",
     'UBND tỉnh Quảng Ninh', 'people_committee'),
    ('pc.nghe_an', 'Ủy ban nhân dân tỉnh Nghệ An', "Nghe An Provincial People's Committee",
     'UBND tỉnh Nghệ An', 'people_committee'),
    ('pc.hue', 'Ủy ban nhân dân tỉnh Thừa Thiên Huế', "Thua Thien Hue Provincial People's Committee",
     'UBND thành phố Huế', 'people_committee'),
    ('pc.binh_duong', 'Ủy ban nhân dân tỉnh Bình Dương', "Binh Duong Provincial People's Committee",
     'UBND tỉnh Bình Dương', 'people_committee'),
    ('pc.dong_nai', 'Ủy ban nhân dân tỉnh Đồng Nai', "Dong Nai Provincial People's Committee",
     'UBND tỉnh Đồng Nai', 'people_committee'),
    ('pc.khanh_hoa', 'Ủy ban nhân dân tỉnh Khánh Hòa', "Khanh Hoa Provincial People's Committee",
     'UBND tỉnh Khánh Hòa', 'people_committee'),
    ('pc.dak_lak', 'Ủy ban nhân dân tỉnh Đắk Lắk', "Dak Lak Provincial People's Committee",
     'UBND tỉnh Đắk Lắk', 'people_committee'),
    ('pc.lang_son', 'Ủy ban nhân dân tỉnh Lạng Sơn', "Lang Son Provincial People's Committee",
     'UBND tỉnh Lạng Sơn', 'people_committee'),
    ('pc.ca_mau', 'Ủy ban nhân dân tỉnh Cà Mau', "Ca Mau Provincial People's Committee",
     'UBND tỉnh Cà Mau', 'people_committee'),
    ('pc.vinh_phuc', 'Ủy ban nhân dân tỉnh Vĩnh Phúc', "Vinh Phuc Provincial People's Committee",
     'UBND tỉnh Vĩnh Phúc', 'people_committee'),
]

# symbol, doc_type, vi type word, en type word, vi issuer, en issuer, number carries the year
DOC_KINDS = [
    ("NQ-CP", "resolution", "Nghị quyết", "Resolution", "Chính phủ", "the Government", False),
    ("QĐ-TTg", "decision", "Quyết định", "Decision", "Thủ tướng Chính phủ", "the Prime Minister", False),
    ("CT-TTg", "directive", "Chỉ thị", "Directive", "Thủ tướng Chính phủ", "the Prime Minister", False),
    ("NĐ-CP", "decree", "Nghị định", "Decree", "Chính phủ", "the Government", True),
    ("TT-BTC", "circular", "Thông tư", "Circular", "Bộ Tài chính", "the Ministry of Finance", True),
    ("KL/TW", "conclusion", "Kết luận", "Conclusion", "Bộ Chính trị", "the Politburo", False),
]
NOTICE_KIND = ("TB-VPCP", "notice", "Thông báo", "Notice", "Văn phòng Chính phủ", "the Government Office",
               False)

VERBS = [("rà soát, hoàn thiện", "review and finalise"),
         ("xây dựng, trình ban hành", "draft and submit for issuance"),
         ("tổng hợp, báo cáo kết quả thực hiện", "compile a report on the results of"),
         ("hướng dẫn triển khai", "guide the roll-out of"),
         ("kiểm tra, đánh giá", "inspect and assess"),
         ("bố trí kinh phí thực hiện", "allocate funds for")]
OBJECTS = [("kế hoạch", "the plan"), ("đề án", "the scheme"), ("bộ tiêu chí", "the criteria"),
           ("cơ sở dữ liệu", "the database"), ("quy chế phối hợp", "the coordination rules"),
           ("chương trình đào tạo", "the training programme")]
TOPICS = [("chuyển đổi số", "digital transformation"),
          ("cải cách thủ tục hành chính", "administrative procedure reform"),
          ("phát triển hạ tầng giao thông", "transport infrastructure"),
          ("bảo vệ môi trường khu công nghiệp", "environmental protection in industrial parks"),
          ("định danh điện tử", "electronic identification"),
          ("dịch vụ công trực tuyến", "online public services"),
          ("phòng, chống thiên tai", "natural disaster prevention"),
          ("nhà ở xã hội", "social housing")]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Lâm", "Nam", "Phong", "Sơn", "Tâm"]
LETTERS = "abcdđeghik"
ROMAN = ["I", "II", "III", "IV"]
EN_ORDINALS = ["first", "second", "third", "fourth"]
EN_MONTHS = list(calendar.month_name)[1:]

POOL_SIZE = 800
POOL_FIRST_DATE = dt.date(2012, 1, 1)   # cited documents: 2012 to 2024
FIRST_DATE = dt.date(2019, 1, 1)        # generated notices: 2019 to 2024, in serial order
SPAN_DAYS = 6 * 365


@dataclass(frozen=True)
class CitedDocument:
    number: str          # as written in Vietnamese, e.g. "06/QĐ-TTg"
    kind: tuple
    date: dt.date

    @property
    def ascii_number(self) -> str:
        """The number as English texts tend to write it ("06/QD-TTg")."""
        return self.number.replace("Đ", "D").replace("đ", "d")


def cited_pool(rng: random.Random, size: int = POOL_SIZE) -> list[CitedDocument]:
    """The shared pool of cited documents; the two best-known come first (and weigh most)."""
    pool = [CitedDocument("82/NQ-CP", DOC_KINDS[0], dt.date(2024, 6, 5)),
            CitedDocument("06/QĐ-TTg", DOC_KINDS[1], dt.date(2022, 1, 6))]
    seen = {citation_key(d.number) for d in pool}
    while len(pool) < size:
        kind = rng.choice(DOC_KINDS)
        date = POOL_FIRST_DATE + dt.timedelta(days=rng.randrange(12 * 365))
        serial = f"{rng.randint(1, 1999):02d}"
        if kind[6]:
            number = f"{serial}/{date.year}/{kind[0]}"
        elif "/" in kind[0]:
            number = f"{serial}-{kind[0]}"
        else:
            number = f"{serial}/{kind[0]}"
        if citation_key(number) not in seen:
            seen.add(citation_key(number))
            pool.append(CitedDocument(number, kind, date))
    return pool


class _Writer:
    """Appends text and returns the Span of each piece, so spans index the final text."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> Span:
        self.parts.append(text)
        self.length += len(text)
        return Span(start=self.length - len(text), end=self.length)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Plan:
    """The language-independent content of one generated document."""

    number: str
    date: dt.date
    topic: int
    chair: str
    signer: str
    cited: list[tuple[CitedDocument, str | None, int]]   # document, pinpoint letters, pinpoint clause
    tasks: list[dict]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _deadline_end(rng: random.Random, issued: dt.date) -> tuple[str, dt.date] | None:
    choice = rng.random()
    if choice < 0.2:
        return None
    target = issued + dt.timedelta(days=rng.randint(15, 400))
    if choice < 0.55:
        return "day", target
    if choice < 0.8:
        return "month", target.replace(day=calendar.monthrange(target.year, target.month)[1])
    if choice < 0.93:
        quarter_end = 3 * ((target.month - 1) // 3 + 1)
        return "quarter", dt.date(target.year, quarter_end, calendar.monthrange(target.year, quarter_end)[1])
    return "year", dt.date(target.year, 12, 31)


def _plan(rng: random.Random, serial: int, progress: float, pool: list[CitedDocument],
          weights: list[float], earlier: list[CitedDocument]) -> _Plan:
    date = FIRST_DATE + dt.timedelta(days=int(progress * SPAN_DAYS))
    documents: dict[str, CitedDocument] = {}
    wanted = rng.randint(2, 5)
    for document in rng.choices(pool, weights=weights, k=4 * wanted):  # only earlier documents count
        if document.date < date and len(documents) < wanted:
            documents.setdefault(citation_key(document.number), document)
    if earlier and rng.random() < 0.6:
        document = rng.choice(earlier[-300:])
        documents.setdefault(citation_key(document.number), document)
    cited = [(d, rng.choice(LETTERS) if rng.random() < 0.5 else None, rng.randint(1, 9))
             for d in documents.values()]
    agencies = rng.sample(range(len(AGENCIES)), k=12)
    tasks = []
    for index in range(rng.randint(3, 7)):
        tasks.append({
            "assignees": agencies[index % 6: index % 6 + rng.choice([1, 1, 2])],
            "coordinators": rng.sample(agencies[6:], k=rng.choice([0, 1, 1, 2])),
            "action": (rng.randrange(len(VERBS)), rng.randrange(len(OBJECTS)), rng.randrange(len(TOPICS))),
            "deadline": _deadline_end(rng, date),
            "basis": rng.sample(range(len(cited)), k=min(len(cited), rng.choice([0, 1, 1, 2]))),
        })
    return _Plan(number=f"{serial}/TB-VPCP", date=date, topic=rng.randrange(len(TOPICS)),
                 chair=_person(rng), signer=_person(rng), cited=cited, tasks=tasks)


class _Language:
    """The sentences of one language; subclasses differ only in wording."""

    code: str

    def agency(self, index: int) -> Agency:
        ident, vi, en, abbreviation, kind = AGENCIES[index]
        return Agency(name=vi if self.code == "vi" else en, id=ident, canonical_vi=vi, canonical_en=en,
                      abbreviation=abbreviation, kind=kind)


class _Vietnamese(_Language):
    code = "vi"
    header = "VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n------- | Độc lập - Tự do - Hạnh phúc\n"
    issuer = "Văn phòng Chính phủ"

    def number_line(self, plan: _Plan) -> str:
        d = plan.date
        return f"Số: {plan.number} | Hà Nội, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}\n\n"

    def subject(self, plan: _Plan) -> str:
        return (f"Kết luận của Phó Thủ tướng Chính phủ {plan.chair} tại cuộc họp về "
                f"{TOPICS[plan.topic][0]}")

    def title(self) -> str:
        return "THÔNG BÁO\n"

    def opening(self, plan: _Plan) -> str:
        d = plan.date
        return (f"Ngày {d.day} tháng {d.month} năm {d.year}, Phó Thủ tướng Chính phủ {plan.chair} đã chủ trì "
                f"cuộc họp về {TOPICS[plan.topic][0]}. Cuộc họp đã xem xét tình hình thực hiện ")

    def citation(self, document: CitedDocument) -> str:
        d, kind = document.date, document.kind
        return f"{kind[2]} số {document.number} ngày {d.day:02d}/{d.month:02d}/{d.year} của {kind[4]}"

    list_separator, list_last, list_end = "; ", "; và ", "."

    def conclusion_lead(self) -> str:
        return ("\nSau khi nghe báo cáo và ý kiến của các đại biểu, Phó Thủ tướng kết luận như sau:\n"
                "I. ĐÁNH GIÁ CHUNG\n"
                "Các cơ quan đã có nhiều cố gắng, song tiến độ một số nhiệm vụ còn chậm so với yêu cầu.\n"
                "II. NHIỆM VỤ TRONG THỜI GIAN TỚI\n")

    def lead_in(self, assignees: str, coordinators: str) -> str:
        if coordinators:
            return f"{assignees} chủ trì, phối hợp với {coordinators} "
        return f"Giao {assignees} "

    def action(self, verb: int, obj: int, topic: int) -> str:
        return f"{VERBS[verb][0]} {OBJECTS[obj][0]} về {TOPICS[topic][0]}"

    def basis(self, document: CitedDocument, letter: str | None, clause: int) -> tuple[str, str | None]:
        pinpoint = f"điểm {letter} khoản {clause} Điều 1" if letter else None
        mention = f"{document.kind[2]} số {document.number}"
        return (f"{pinpoint} " if pinpoint else "") + mention, pinpoint

    basis_lead, basis_join = " theo ", " và "

    def deadline(self, granularity: str, end: dt.date) -> str:
        if granularity == "day":
            return f"trước ngày {end.day} tháng {end.month} năm {end.year}"
        if granularity == "month":
            return f"trong tháng {end.month} năm {end.year}"
        if granularity == "quarter":
            return f"trong quý {ROMAN[(end.month - 1) // 3]} năm {end.year}"
        return f"trong năm {end.year}"

    deadline_lead, no_deadline = "; hoàn thành ", "; thực hiện thường xuyên"
    joiner = " và "

    def closing(self, recipients: list[str], signer: str) -> str:
        lines = "".join(f"- {r};\n" for r in recipients)
        return ("Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\n\n"
                f"Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng Chính phủ;\n{lines}- Lưu: VT, TH.\n"
                f"KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n{signer}\n")


class _English(_Language):
    code = "en"
    header = "GOVERNMENT OFFICE | SOCIALIST REPUBLIC OF VIETNAM\n------- | Independence - Freedom - Happiness\n"
    issuer = "Government Office"

    def number_line(self, plan: _Plan) -> str:
        d = plan.date
        return f"No. {plan.number} | Hanoi, {EN_MONTHS[d.month - 1]} {d.day}, {d.year}\n\n"

    def subject(self, plan: _Plan) -> str:
        return f"Conclusions of Deputy Prime Minister {plan.chair} at the meeting on {TOPICS[plan.topic][1]}"

    def title(self) -> str:
        return "NOTICE\n"

    def opening(self, plan: _Plan) -> str:
        d = plan.date
        return (f"On {EN_MONTHS[d.month - 1]} {d.day}, {d.year}, Deputy Prime Minister {plan.chair} chaired a "
                f"meeting on {TOPICS[plan.topic][1]}. The meeting reviewed the implementation of ")

    def citation(self, document: CitedDocument) -> str:
        d, kind = document.date, document.kind
        return (f"{kind[3]} No. {document.ascii_number} dated {EN_MONTHS[d.month - 1]} {d.day}, {d.year} "
                f"of {kind[5]}")

    list_separator, list_last, list_end = "; ", "; and ", "."

    def conclusion_lead(self) -> str:
        return ("\nHaving heard the reports and the participants' views, the Deputy Prime Minister concluded:\n"
                "I. GENERAL ASSESSMENT\n"
                "The agencies have made efforts, but several tasks are behind schedule.\n"
                "II. TASKS AHEAD\n")

    def lead_in(self, assignees: str, coordinators: str) -> str:
        if coordinators:
            return f"The {assignees} shall take the lead and coordinate with the {coordinators} to "
        return f"The {assignees} shall "

    def action(self, verb: int, obj: int, topic: int) -> str:
        return f"{VERBS[verb][1]} {OBJECTS[obj][1]} on {TOPICS[topic][1]}"

    def basis(self, document: CitedDocument, letter: str | None, clause: int) -> tuple[str, str | None]:
        pinpoint = f"Point {letter}, Clause {clause}, Article 1" if letter else None
        mention = f"{document.kind[3]} No. {document.ascii_number}"
        return (f"{pinpoint} of " if pinpoint else "") + mention, pinpoint

    basis_lead, basis_join = " under ", " and "

    def deadline(self, granularity: str, end: dt.date) -> str:
        if granularity == "day":
            return f"before {EN_MONTHS[end.month - 1]} {end.day}, {end.year}"
        if granularity == "month":
            return f"in {EN_MONTHS[end.month - 1]} {end.year}"
        if granularity == "quarter":
            return f"in the {EN_ORDINALS[(end.month - 1) // 3]} quarter of {end.year}"
        return f"in {end.year}"

    deadline_lead, no_deadline = "; to be completed ", "; on a regular basis"
    joiner = " and the "

    def closing(self, recipients: list[str], signer: str) -> str:
        lines = "".join(f"- {r};\n" for r in recipients)
        return ("The Government Office hereby informs the agencies and units concerned for implementation./.\n\n"
                f"Recipients:\n- The Prime Minister and Deputy Prime Ministers;\n{lines}- Archived: VT, TH.\n"
                f"FOR THE MINISTER, CHAIRMAN\nDEPUTY CHAIRMAN\n\n{signer}\n")


_LANGUAGES = {"vi": _Vietnamese(), "en": _English()}


def _render(plan: _Plan, language: str) -> Notice:
    """The Notice (text, spans and all) of one plan in one language."""
    words = _LANGUAGES[language]
    out = _Writer()
    out.add(words.header)
    number_line = words.number_line(plan)
    out.add(number_line)
    out.add(words.title())
    subject = words.subject(plan)
    out.add(subject + "\n\n")
    out.add(words.opening(plan))

    citations: list[Citation] = []
    for index, (document, _, _) in enumerate(plan.cited):
        if index:
            out.add(words.list_last if index == len(plan.cited) - 1 else words.list_separator)
        phrase = words.citation(document)
        span = out.add(phrase)
        kind = document.kind
        citations.append(Citation(
            id=f"c{index + 1}", key=citation_key(document.number),
            number=document.number if language == "vi" else document.ascii_number,
            doc_type=kind[1], issuer=kind[4] if language == "vi" else kind[5].removeprefix("the "),
            date=document.date, text=phrase, span=span, mentions=[span]))
    out.add(words.list_end)
    out.add(words.conclusion_lead())

    tasks: list[Task] = []
    recipients: list[str] = []
    for index, spec in enumerate(plan.tasks):
        start = out.add(f"{index + 1}. ").start
        assignees = [words.agency(a) for a in spec["assignees"]]
        coordinators = [words.agency(a) for a in spec["coordinators"]]
        assignees = _place_agencies(out, words, assignees, coordinators)
        action = words.action(*spec["action"])
        out.add(action)
        basis_ids = []
        for position, cited_index in enumerate(spec["basis"]):
            document, letter, clause = plan.cited[cited_index]
            out.add(words.basis_lead if position == 0 else words.basis_join)
            phrase, pinpoint = words.basis(document, letter, clause)
            span = out.add(phrase)
            citation = citations[cited_index]
            citation.mentions.append(span)
            if pinpoint and citation.pinpoint is None:
                citation.pinpoint = pinpoint
            basis_ids.append(citation.id)
        deadline = None
        if spec["deadline"]:
            granularity, end = spec["deadline"]
            out.add(words.deadline_lead)
            phrase = words.deadline(granularity, end)
            deadline = Deadline(text=phrase, end=end, granularity=granularity, span=out.add(phrase))
        else:
            out.add(words.no_deadline)
        end = out.add(".\n").end
        tasks.append(Task(id=f"t{index + 1}", assignees=assignees[0], coordinators=assignees[1],
                          action=action, deadline=deadline, citations=basis_ids,
                          section=["II", str(index + 1)], span=Span(start=start, end=end), confidence=0.9))
        recipients.extend(a.name for a in assignees[0] if a.name not in recipients)
    out.add(words.closing(recipients, plan.signer))
    text = out.text()
    return Notice(
        source=f"generated/{_stem(plan.number, language)}.txt",
        source_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding="utf-8", language=language, text=text,
        metadata=Metadata(number=plan.number, doc_type="notice", issuer=words.issuer,
                          place="Hà Nội" if language == "vi" else "Hanoi", issued_date=plan.date,
                          subject=subject, signer=Signer(name=plan.signer)),
        sections=[Section(label="II", kind="part", span=Span(start=tasks[0].span.start, end=tasks[-1].span.end))],
        citations=citations, tasks=tasks)


def _place_agencies(out: _Writer, words: _Language, assignees: list[Agency],
                    coordinators: list[Agency]) -> tuple[list[Agency], list[Agency]]:
    """Write the lead-in naming the agencies; returns them with their spans set."""
    assignee_text = words.joiner.join(a.name for a in assignees)
    coordinator_text = words.joiner.join(a.name for a in coordinators)
    lead = words.lead_in(assignee_text, coordinator_text)
    span = out.add(lead)
    placed = []
    cursor = 0
    for group in (assignees, coordinators):
        spans = []
        for agency in group:
            cursor = lead.index(agency.name, cursor)
            spans.append(agency.model_copy(update={"span": Span(start=span.start + cursor,
                                                                  end=span.start + cursor + len(agency.name))}))
            cursor += len(agency.name)
        placed.append(spans)
    return placed[0], placed[1]


def _stem(number: str, language: str) -> str:
    stem = number.replace("/", "-")
    return stem if language == "vi" else stem + "-en"


def generate_notices(n: int, seed: int = 0) -> list[Notice]:
    """``n`` synthetic notices (deterministic for a seed), Vietnamese mostly, some English twins."""
    rng = random.Random(seed)
    pool = cited_pool(rng)
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(pool))]
    notices: list[Notice] = []
    earlier: list[CitedDocument] = []
    serial = 0
    while len(notices) < n:
        serial += 1
        plan = _plan(rng, serial, len(notices) / n, pool, weights, earlier)
        roll = rng.random()
        languages = ["en"] if roll < 0.1 else (["vi", "en"] if roll < 0.2 else ["vi"])
        for language in languages[: n - len(notices)]:
            notices.append(_render(plan, language))
        earlier.append(CitedDocument(plan.number, NOTICE_KIND, plan.date))
    return notices


def write_corpus(n: int, outdir: str | Path, seed: int = 0) -> list[Path]:
    """Write the texts of ``generate_notices(n, seed)``: ``outdir/vi/*.txt`` and ``outdir/en/*-en.txt``."""
    outdir = Path(outdir)
    written = []
    for notice in generate_notices(n, seed):
        path = outdir / notice.language / Path(notice.source).name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(notice.text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    target = sys.argv[1] if len(sys.argv) > 1 else "/tmp/generated-corpus"
    print(f"wrote {len(write_corpus(count, target))} texts to {target}")
