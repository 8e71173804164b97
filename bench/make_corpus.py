"""Deterministic generator of benchmark notices (plain text, Vietnamese and English).

Every sentence is an invented template; only public facts (agency names,
document number formats) resemble real notices. Each notice has the official
layout: issuer and national motto header, "Số: …/TB-VPCP" and the place-and-date
line, a type-and-subject title, an opening paragraph, numbered sections whose
paragraphs assign tasks ("Bộ X chủ trì, phối hợp với Y … trước ngày …") and cite
earlier documents ("Nghị quyết số 82/NQ-CP ngày …"), then "Nơi nhận" and the
signer. English notices are translations in the same layout. Sizes vary from
about 1 KB to 8 KB. The same ``seed`` always gives the same bytes.

    python bench/make_corpus.py OUTDIR [-n 10000] [--seed 5]
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

# (Vietnamese name, English name)
AGENCIES = [
    ("Bộ Tài chính", "the Ministry of Finance"),
    ("Bộ Kế hoạch và Đầu tư", "the Ministry of Planning and Investment"),
    ("Bộ Công Thương", "the Ministry of Industry and Trade"),
    ("Bộ Giao thông vận tải", "the Ministry of Transport"),
    ("Bộ Xây dựng", "the Ministry of Construction"),
    ("Bộ Tư pháp", "the Ministry of Justice"),
    ("Bộ Nội vụ", "the Ministry of Home Affairs"),
    ("Bộ Công an", "the Ministry of Public Security"),
    ("Bộ Y tế", "the Ministry of Health"),
    ("Bộ Giáo dục và Đào tạo", "the Ministry of Education and Training"),
    ("Bộ Tài nguyên và Môi trường", "the Ministry of Natural Resources and Environment"),
    ("Bộ Thông tin và Truyền thông", "the Ministry of Information and Communications"),
    ("Bộ Khoa học và Công nghệ", "the Ministry of Science and Technology"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "the Ministry of Agriculture and Rural Development"),
    ("Ngân hàng Nhà nước Việt Nam", "the State Bank of Vietnam"),
    ("Văn phòng Chính phủ", "the Government Office"),
    ("Ủy ban nhân dân Thành phố Hà Nội", "the People's Committee of Hanoi"),
    ("Ủy ban nhân dân tỉnh Lào Cai", "the People's Committee of Lao Cai province"),
]
# (type word vi, type word en, symbol, issuer symbol)
CITED = [
    ("Nghị quyết", "Resolution", "NQ-CP"),
    ("Nghị định", "Decree", "NĐ-CP"),
    ("Quyết định", "Decision", "QĐ-TTg"),
    ("Chỉ thị", "Directive", "CT-TTg"),
    ("Thông báo", "Notice", "TB-VPCP"),
    ("Công điện", "Official Dispatch", "CĐ-TTg"),
]
SUBJECTS = [
    ("thúc đẩy giải ngân vốn đầu tư công", "accelerating the disbursement of public investment"),
    ("cải cách thủ tục hành chính", "reforming administrative procedures"),
    ("phát triển hạ tầng giao thông", "developing transport infrastructure"),
    ("chuyển đổi số quốc gia", "national digital transformation"),
    ("phòng, chống thiên tai", "natural disaster prevention and control"),
    ("bảo đảm an toàn thực phẩm", "ensuring food safety"),
    ("phát triển nhà ở xã hội", "developing social housing"),
    ("xử lý các dự án tồn đọng", "handling backlogged projects"),
]
ACTIONS = [
    ("rà soát, hoàn thiện hồ sơ dự án", "review and complete the project dossier"),
    ("xây dựng kế hoạch triển khai chi tiết", "develop a detailed implementation plan"),
    ("tổng hợp, báo cáo Thủ tướng Chính phủ kết quả thực hiện",
     "summarise and report the results to the Prime Minister"),
    ("đề xuất cơ chế, chính sách đặc thù", "propose specific mechanisms and policies"),
    ("hướng dẫn các địa phương tháo gỡ vướng mắc", "guide localities in removing obstacles"),
    ("trình Chính phủ dự thảo Nghị định sửa đổi", "submit to the Government a draft amending decree"),
    ("kiểm tra, đôn đốc việc thực hiện", "inspect and urge the implementation"),
]
VI_FILLER = [
    "Các bộ, ngành, địa phương cần quán triệt tinh thần chủ động, quyết liệt trong chỉ đạo, điều hành.",
    "Kết quả đạt được còn chưa đồng đều, một số nhiệm vụ chậm tiến độ so với yêu cầu.",
    "Việc phối hợp giữa các cơ quan còn thiếu chặt chẽ, cần được chấn chỉnh kịp thời.",
]
EN_FILLER = [
    "Ministries, branches and localities must act proactively and resolutely in direction and management.",
    "The results achieved remain uneven, and some tasks are behind the required schedule.",
    "Coordination between agencies is still loose and must be corrected promptly.",
]
VI_HEADINGS = ["Đánh giá chung", "Nhiệm vụ trọng tâm", "Giải pháp thực hiện", "Tổ chức thực hiện"]
EN_HEADINGS = ["General assessment", "Key tasks", "Solutions", "Implementation"]
GIVEN_NAMES = [("An", "An"), ("Bình", "Binh"), ("Cường", "Cuong"), ("Dũng", "Dung")]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), year


def _citation(rng: random.Random, language: str, before: int) -> str:
    word_vi, word_en, symbol = rng.choice(CITED)
    year = rng.randint(2015, before)
    number = f"{rng.randint(1, 999)}/{year}/{symbol}" if symbol == "NĐ-CP" else f"{rng.randint(1, 999)}/{symbol}"
    d, m, y = _date(rng, year)
    if language == "vi":
        return f"{word_vi} số {number} ngày {d:02d}/{m:02d}/{y}"
    return f"{word_en} No. {number.replace('Đ', 'D')} dated {EN_MONTHS[m - 1]} {d}, {y}"


def _task(rng: random.Random, language: str, year: int) -> str:
    lead, partner = rng.sample(AGENCIES, 2)
    action = rng.choice(ACTIONS)
    d, m, _ = _date(rng, year)
    cite = _citation(rng, language, year) if rng.random() < 0.5 else None
    if language == "vi":
        text = f"{lead[0]} chủ trì, phối hợp với {partner[0]} {action[0]}"
        text += f" theo {cite}" if cite else ""
        return text + f", báo cáo Thủ tướng Chính phủ trước ngày {d:02d}/{m:02d}/{year}."
    text = (f"{lead[1][0].upper()}{lead[1][1:]} shall assume the prime responsibility for, "
            f"and coordinate with {partner[1]} in, the task to {action[1]}")
    text += f" under {cite}" if cite else ""
    return text + f", and report to the Prime Minister before {EN_MONTHS[m - 1]} {d}, {year}."


@dataclass
class Parts:
    """One generated notice, part by part (what a PDF writer lays out)."""

    issuer: str
    motto: tuple[str, str]
    number: str
    dateline: str
    doc_type: str
    subject: str
    body: list[str]
    recipients: list[str]
    signer: list[str]
    signer_name: str


def notice_parts(index: int, language: str, seed: int = 5) -> Parts:
    """Notice ``index`` in ``language`` ('vi' or 'en'); the same inputs give the same notice."""
    rng = random.Random(f"{seed}:{index}:{language}")
    year = rng.randint(2018, 2026)
    d, m, _ = _date(rng, year)
    number = f"{index % 900 + 1}/TB-VPCP"
    subject = rng.choice(SUBJECTS)
    sections = rng.randint(1, 6)  # with 1-4 tasks each: roughly 1-8 KB
    if language == "vi":
        opening = (f"Ngày {d:02d} tháng {m:02d} năm {year}, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp "
                   f"về {subject[0]}. Căn cứ {_citation(rng, 'vi', year)}, Văn phòng Chính phủ thông báo "
                   "kết luận của Phó Thủ tướng như sau:")
        headings, filler = VI_HEADINGS, VI_FILLER
    else:
        opening = (f"On {EN_MONTHS[m - 1]} {d}, {year}, the Deputy Prime Minister chaired a meeting on "
                   f"{subject[1]}. Pursuant to {_citation(rng, 'en', year)}, the Government Office "
                   "announces the conclusion of the Deputy Prime Minister as follows:")
        headings, filler = EN_HEADINGS, EN_FILLER
    body = [opening]
    for roman in ROMAN[:sections]:
        body.append(f"{roman}. {rng.choice(headings)}")
        body.append(rng.choice(filler))
        body.extend(f"{t + 1}. {_task(rng, language, year)}" for t in range(rng.randint(1, 4)))
    other = rng.choice(AGENCIES)
    given = rng.choice(GIVEN_NAMES)
    if language == "vi":
        body.append("Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.")
        return Parts("VĂN PHÒNG CHÍNH PHỦ", ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                            "Độc lập - Tự do - Hạnh phúc"),
                     f"Số: {number}", f"Hà Nội, ngày {d:02d} tháng {m:02d} năm {year}", "THÔNG BÁO",
                     f"Kết luận của Phó Thủ tướng Chính phủ về {subject[0]}", body,
                     ["- Thủ tướng, các Phó Thủ tướng Chính phủ;", f"- {other[0]};", "- Lưu: VT, KTTH."],
                     ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], f"Nguyễn Văn {given[0]}")
    body.append("The Government Office hereby informs the agencies concerned for implementation.")
    return Parts("THE GOVERNMENT OFFICE", ("SOCIALIST REPUBLIC OF VIETNAM",
                                          "Independence - Freedom - Happiness"),
                 f"No. {number}", f"Hanoi, {EN_MONTHS[m - 1]} {d}, {year}", "NOTICE",
                 f"Conclusion of the Deputy Prime Minister on {subject[1]}", body,
                 ["- The Prime Minister and Deputy Prime Ministers;", f"- {other[1]};",
                  "- Archived: VT, KTTH."],
                 ["FOR THE MINISTER, CHAIRMAN", "DEPUTY CHAIRMAN"],
                 f"Nguyen Van {given[1]}")


def render_text(parts: Parts) -> str:
    """The plain-text layout: two header columns set apart by a wide gap, as copies show them."""
    gap = " " * 8
    recipients_label = "Nơi nhận:" if parts.doc_type == "THÔNG BÁO" else "Recipients:"
    closing = [f"{recipients_label}{gap}{parts.signer[0]}", f"{parts.recipients[0]}{gap}{parts.signer[1]}",
               *parts.recipients[1:]]
    lines = [f"{parts.issuer}{gap}{parts.motto[0]}", f"-------{gap}{parts.motto[1]}",
             f"{parts.number}{gap}{parts.dateline}", "", parts.doc_type, parts.subject, "",
             *parts.body, "", *closing, "", parts.signer_name]
    return "\n".join(lines) + "\n"


def notice_text(index: int, language: str, seed: int = 5) -> str:
    """The text of notice ``index`` in ``language``."""
    return render_text(notice_parts(index, language, seed))


def write_corpus(outdir: Path, count: int, seed: int = 5) -> list[Path]:
    """Write ``count`` notices (even indices Vietnamese, odd English) as outdir/NNNNN-<lang>.txt."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        language = "vi" if index % 2 == 0 else "en"
        path = outdir / f"{index:05d}-{language}.txt"
        text = notice_text(index, language, seed)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("-n", "--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    paths = write_corpus(args.outdir, args.count, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} notices, {size / 1e6:.1f} MB in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
