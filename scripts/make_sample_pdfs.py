#!/usr/bin/env python3
"""Write the PDF samples (samples/*.pdf) from the invented notices below.

The layout follows Decree 30/2020/NĐ-CP the way real PDFs set it: a
two-column header placed by geometry (issuer block at the left, national
motto at the right, on the same lines), the number and the dateline on one
line, a bold centred document type and subject, justified body paragraphs
over two or more pages with a page number at the bottom of each page, and
"Nơi nhận" at the left beside the signer block at the right.

    python3 scripts/make_sample_pdfs.py           # write samples/*.pdf
    python3 scripts/make_sample_pdfs.py --check   # write, then read them back

--check extracts the text with pypdfium2 and pdfplumber and fails unless
every header line, body paragraph and closing line comes back, NFC-equal,
and every page ends with its number. Needs fpdf2 (the `dev` extra) and the
DejaVu Serif fonts; the output is byte-for-byte reproducible.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "samples"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf"}
FAMILY = "DejaVuSerif"
# A fixed creation date keeps the PDFs byte-identical from run to run.
CREATION_DATE = dt.datetime(2024, 10, 14, 8, 0, tzinfo=dt.timezone.utc)

# Page geometry in mm (A4; Decree 30 margins: left 30, right 20, top/bottom 20).
LEFT, RIGHT, TOP, BOTTOM = 30.0, 20.0, 20.0, 20.0
ISSUER_X, ISSUER_W = 20.0, 75.0     # left header column
MOTTO_X, MOTTO_W = 95.0, 100.0      # right header column
CLOSING_LEFT_W = 85.0               # "Nơi nhận" column; the signer block takes the rest
BODY_SIZE, SMALL_SIZE = 13, 11
LINE = 1.3                          # line height as a multiple of the font size
INDENT = 10.0                       # first-line indent of body paragraphs
ARTICLE = re.compile(r"^(Điều \d+\.)\s*(.*)$")


@dataclass
class Para:
    """A body paragraph; `centered` paragraphs are bold and centred ("QUYẾT ĐỊNH:")."""
    text: str
    centered: bool = False


@dataclass
class SampleNotice:
    """One invented notice, in the order its parts appear on the page."""
    stem: str
    issuer: list[str]            # issuer block; its last line is bold
    number: str                  # "Số: …"
    dateline: str                # "Lào Cai, ngày … tháng … năm …"
    doc_type: str = ""           # "QUYẾT ĐỊNH"; empty for an official letter
    subject: list[str] = field(default_factory=list)      # bold, centred, under the type
    authority: str = ""          # enacting body line of a decision
    about: list[str] = field(default_factory=list)        # "V/v …" under the number
    addressees: list[str] = field(default_factory=list)   # "Kính gửi" list
    body: list[Para] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)   # "Nơi nhận" list
    signer: list[str] = field(default_factory=list)       # "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_name: str = ""


def paras(*texts: str) -> list[Para]:
    """Body paragraphs; a leading "^" marks a bold centred one."""
    return [Para(t[1:], centered=True) if t.startswith("^") else Para(t) for t in texts]


MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# Invented content: the numbers, dates and names are made up for the samples.
LAO_CAI_DECISION = SampleNotice(
    stem="vi-2150-QD-UBND-LaoCai",
    issuer=["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
    number="Số: 2150/QĐ-UBND",
    dateline="Lào Cai, ngày 14 tháng 10 năm 2024",
    doc_type="QUYẾT ĐỊNH",
    subject=["Về việc thành lập Tổ công tác đôn đốc giải ngân vốn đầu tư công",
             "năm 2024 trên địa bàn tỉnh Lào Cai"],
    authority="ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
    body=paras(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, "
        "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
        "ngày 22 tháng 11 năm 2019;",
        "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;",
        "Căn cứ Nghị định số 99/2021/NĐ-CP ngày 11 tháng 11 năm 2021 của Chính phủ quy định về "
        "quản lý, thanh toán, quyết toán dự án sử dụng vốn đầu tư công;",
        "Căn cứ Nghị quyết số 82/NQ-CP ngày 05 tháng 6 năm 2024 của Chính phủ về phiên họp "
        "Chính phủ thường kỳ tháng 5 năm 2024;",
        "Căn cứ Quyết định số 1603/QĐ-TTg ngày 11 tháng 12 năm 2023 của Thủ tướng Chính phủ về "
        "việc giao kế hoạch đầu tư vốn ngân sách nhà nước năm 2024;",
        "Thực hiện Thông báo số 412/TB-VPCP ngày 16 tháng 8 năm 2024 của Văn phòng Chính phủ "
        "về kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về đẩy nhanh giải "
        "ngân vốn đầu tư công năm 2024;",
        "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 318/TTr-SKHĐT ngày 08 "
        "tháng 10 năm 2024.",
        "^QUYẾT ĐỊNH:",
        "Điều 1. Thành lập Tổ công tác đôn đốc giải ngân vốn đầu tư công năm 2024 trên địa bàn "
        "tỉnh Lào Cai (sau đây gọi là Tổ công tác), gồm:",
        "1. Tổ trưởng: Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực kinh tế.",
        "2. Tổ phó thường trực: Giám đốc Sở Kế hoạch và Đầu tư.",
        "3. Tổ phó: Giám đốc Sở Tài chính.",
        "4. Các thành viên: Giám đốc Kho bạc Nhà nước Lào Cai; Giám đốc Sở Giao thông vận tải - "
        "Xây dựng; Giám đốc Sở Tài nguyên và Môi trường; Phó Chánh Văn phòng Ủy ban nhân dân "
        "tỉnh; đại diện lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố.",
        "Điều 2. Nhiệm vụ của Tổ công tác",
        "1. Kiểm tra, đôn đốc các chủ đầu tư đẩy nhanh tiến độ thi công, nghiệm thu và giải ngân "
        "các dự án được giao kế hoạch vốn năm 2024.",
        "2. Làm việc trực tiếp với các chủ đầu tư có tỷ lệ giải ngân dưới 50% kế hoạch vốn được "
        "giao, hoàn thành trong tháng 10 năm 2024.",
        "3. Tổng hợp kết quả giải ngân của các chủ đầu tư, báo cáo Ủy ban nhân dân tỉnh trước "
        "ngày 20 hằng tháng.",
        "4. Đề xuất Ủy ban nhân dân tỉnh phương án điều chuyển vốn từ các dự án chậm giải ngân "
        "sang các dự án có khả năng giải ngân tốt trong vòng 30 ngày kể từ ngày ký Quyết định "
        "này.",
        "Điều 3. Trách nhiệm của các cơ quan, đơn vị",
        "1. Sở Kế hoạch và Đầu tư là cơ quan thường trực của Tổ công tác; chủ trì, phối hợp với "
        "Sở Tài chính xây dựng phương án điều chỉnh kế hoạch đầu tư công năm 2024 của tỉnh, "
        "trình Ủy ban nhân dân tỉnh trong Quý IV năm 2024.",
        "2. Kho bạc Nhà nước Lào Cai kiểm soát, thanh toán vốn cho các dự án ngay khi nhận đủ hồ "
        "sơ hợp lệ, bảo đảm không để tồn đọng hồ sơ thanh toán.",
        "3. Các chủ đầu tư:",
        "a) Lập kế hoạch giải ngân chi tiết theo từng tháng cho từng dự án, gửi Sở Kế hoạch và "
        "Đầu tư trước ngày 25/10/2024.",
        "b) Giải ngân 100% kế hoạch vốn năm 2024 được giao trước ngày 31/01/2025.",
        "c) Chịu trách nhiệm trước Ủy ban nhân dân tỉnh về tiến độ, chất lượng của các dự án "
        "được giao quản lý.",
        "4. Ủy ban nhân dân các huyện, thị xã, thành phố tập trung giải quyết dứt điểm các vướng "
        "mắc về bồi thường, giải phóng mặt bằng của các dự án trên địa bàn, hoàn thành trong năm "
        "2024.",
        "Điều 4. Hiệu lực và trách nhiệm thi hành",
        "1. Quyết định này có hiệu lực kể từ ngày ký. Tổ công tác tự giải thể sau khi hoàn thành "
        "nhiệm vụ.",
        "2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Kế hoạch và Đầu tư, Giám đốc Sở "
        "Tài chính, Giám đốc Kho bạc Nhà nước Lào Cai, Chủ tịch Ủy ban nhân dân các huyện, thị "
        "xã, thành phố, Thủ trưởng các cơ quan, đơn vị có liên quan và các thành viên Tổ công "
        "tác chịu trách nhiệm thi hành Quyết định này./.",
    ),
    recipients=["- Như Điều 4;", "- Văn phòng Chính phủ (b/c);", "- Bộ Kế hoạch và Đầu tư (b/c);",
                "- TT. Tỉnh ủy, TT. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                "- Cổng TTĐT tỉnh;", "- Lưu: VT, TH1."],
    signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer_name="Hoàng Quốc Bảo",
)

QUANG_NINH_LETTER = SampleNotice(
    stem="vi-1185-UBND-QuangNinh",
    issuer=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"],
    number="Số: 1185/UBND-TH",
    dateline="Quảng Ninh, ngày 18 tháng 3 năm 2025",
    about=["V/v bảo đảm việc giải quyết thủ tục hành chính",
           "không bị gián đoạn trong quá trình",
           "sắp xếp tổ chức bộ máy"],
    addressees=["- Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh;", "- Công an tỉnh;",
                "- Trung tâm Phục vụ hành chính công tỉnh;",
                "- Ủy ban nhân dân các huyện, thị xã, thành phố."],
    body=paras(
        "Thời gian qua, các cơ quan, đơn vị trên địa bàn tỉnh đã duy trì tốt việc tiếp nhận hồ "
        "sơ tại Trung tâm Phục vụ hành chính công các cấp; tỷ lệ hồ sơ được giải quyết đúng hạn "
        "đạt trên 99%. Tuy nhiên, việc thay đổi tên gọi, con dấu và tài khoản chữ ký số của các "
        "cơ quan sau sắp xếp có thể làm chậm việc trả kết quả cho người dân, doanh nghiệp nếu "
        "không được chuẩn bị từ sớm.",
        "Thực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, "
        "đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị và Công văn số "
        "1450/VPCP-KSTT ngày 10/3/2025 của Văn phòng Chính phủ về bảo đảm giải quyết thủ tục "
        "hành chính thông suốt khi sắp xếp các cơ quan hành chính nhà nước; căn cứ Nghị định số "
        "61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên "
        "thông trong giải quyết thủ tục hành chính, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như "
        "sau:",
        "1. Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các huyện, thị xã, "
        "thành phố:",
        "a) Rà soát, cập nhật danh mục thủ tục hành chính và quy trình nội bộ sau khi sắp xếp, "
        "gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày 31/3/2025 để trình công bố.",
        "b) Hoàn thành việc chuyển đổi tài khoản, chứng thư chữ ký số của cơ quan mới trên Hệ "
        "thống thông tin giải quyết thủ tục hành chính của tỉnh ngay khi quyết định sắp xếp có "
        "hiệu lực.",
        "c) Tiếp tục làm sạch dữ liệu hộ tịch, đất đai, bảo trợ xã hội theo yêu cầu của Đề án "
        "06, hoàn thành trong 6 tháng đầu năm 2025.",
        "d) Niêm yết công khai địa chỉ tiếp nhận hồ sơ mới tại trụ sở và trên trang thông tin "
        "điện tử của cơ quan, đơn vị mình.",
        "2. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ "
        "cập nhật thông tin về cơ quan giải quyết thủ tục hành chính trên Cổng Dịch vụ công quốc "
        "gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, hoàn thành trước ngày "
        "05/4/2025.",
        "3. Công an tỉnh phối hợp với Trung tâm Phục vụ hành chính công tỉnh duy trì việc hỗ trợ "
        "người dân kích hoạt tài khoản định danh điện tử tại Bộ phận Một cửa các cấp.",
        "4. Sở Tài chính cân đối, bố trí kinh phí nâng cấp các phần mềm dùng chung phục vụ việc "
        "sắp xếp bộ máy, trình Ủy ban nhân dân tỉnh trong tháng 4 năm 2025.",
        "5. Trung tâm Phục vụ hành chính công tỉnh theo dõi chặt chẽ tình hình tiếp nhận, trả "
        "kết quả hồ sơ tại các cơ quan mới sau sắp xếp. Trước ngày 20 hằng tháng, Trung tâm tổng "
        "hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.",
        "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động người dân sử "
        "dụng dịch vụ công trực tuyến trong thời gian các cơ quan thực hiện sắp xếp.",
        "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, "
        "thành phố nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu phát sinh "
        "vướng mắc, các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Văn phòng Ủy "
        "ban nhân dân tỉnh) để xem xét, chỉ đạo./.",
    ),
    recipients=["- Như trên;", "- Văn phòng Chính phủ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                "- CT, các PCT UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;",
                "- Cổng TTĐT tỉnh;", "- Lưu: VT, TH."],
    signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    signer_name="Đặng Văn Khôi",
)

SAMPLES = [LAO_CAI_DECISION, QUANG_NINH_LETTER]


def font_paths() -> dict[str, Path]:
    """The DejaVu Serif files, or exit with a message saying what is missing."""
    paths = {style: FONT_DIR / name for style, name in FONT_FILES.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        sys.exit("make_sample_pdfs: missing font file(s): " + ", ".join(missing)
                 + "\n  install the DejaVu fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core)")
    return paths


def new_pdf():
    """An A4 FPDF with the DejaVu Serif fonts, Decree 30 margins and a page-number footer."""
    try:
        from fpdf import FPDF
    except ImportError:
        sys.exit("make_sample_pdfs: fpdf2 is not installed (pip install '.[dev]' or pip install fpdf2)")

    class NoticePDF(FPDF):
        def footer(self):
            self.set_y(-BOTTOM + 5)
            self.set_font(FAMILY, "", SMALL_SIZE)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = NoticePDF(format="A4", unit="mm")
    for style, path in font_paths().items():
        pdf.add_font(FAMILY, style, str(path))
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    pdf.set_creation_date(CREATION_DATE)
    return pdf


def line_height(size: float) -> float:
    """Line height in mm for a font size in points."""
    return size * LINE * 25.4 / 72


def column_lines(pdf, x: float, width: float, y: float, lines: list[tuple[str, str, float]],
                 row_h: float | None = None) -> float:
    """Centre (text, style, size) lines in a column starting at y; returns the y below them.
    A fixed row_h keeps two columns set side by side on the same baselines."""
    for text, style, size in lines:
        pdf.set_font(FAMILY, style, size)
        pdf.set_xy(x, y)
        pdf.cell(width, row_h or line_height(size), text, align="C")
        y += row_h or line_height(size)
    return y


def rule_under(pdf, x: float, width: float, y: float, length: float) -> None:
    """A short centred rule, as under the issuer name and the motto."""
    start = x + (width - length) / 2
    pdf.line(start, y + 0.8, start + length, y + 0.8)


def draw_header(pdf, notice: SampleNotice) -> None:
    """Issuer cell, then motto cell, then number and dateline on one row: the order a
    word processor writes its header table in, with both columns on shared baselines."""
    row_h = line_height(13)
    issuer = [(t, "B" if i == len(notice.issuer) - 1 else "", 12) for i, t in enumerate(notice.issuer)]
    motto = [(MOTTO[0], "B", 12), (MOTTO[1], "B", 13)]
    y_left = column_lines(pdf, ISSUER_X, ISSUER_W, pdf.t_margin, issuer, row_h)
    y_right = column_lines(pdf, MOTTO_X, MOTTO_W, pdf.t_margin, motto, row_h)
    pdf.set_font(FAMILY, "B", 12)
    rule_under(pdf, ISSUER_X, ISSUER_W, y_left, pdf.get_string_width(notice.issuer[-1]) * 0.6)
    pdf.set_font(FAMILY, "B", 13)
    rule_under(pdf, MOTTO_X, MOTTO_W, y_right, pdf.get_string_width(MOTTO[1]))
    y = max(y_left, y_right) + 4
    column_lines(pdf, ISSUER_X, ISSUER_W, y, [(notice.number, "", 12)], row_h)
    y = column_lines(pdf, MOTTO_X, MOTTO_W, y, [(notice.dateline, "", 12)], row_h)
    if notice.about:
        y = column_lines(pdf, ISSUER_X, ISSUER_W, y, [(t, "", SMALL_SIZE) for t in notice.about])
    pdf.set_y(y + 6)


def draw_title(pdf, notice: SampleNotice) -> None:
    """Document type, subject lines and rule, then the enacting authority if any."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    y = column_lines(pdf, pdf.l_margin, width, pdf.get_y(), [(notice.doc_type, "B", 14)]
                     + [(t, "B", BODY_SIZE) for t in notice.subject])
    rule_under(pdf, pdf.l_margin, width, y + 1.5, 40)
    y += 5
    if notice.authority:
        y = column_lines(pdf, pdf.l_margin, width, y + 2, [(notice.authority, "B", BODY_SIZE)]) + 2
    pdf.set_y(y + 2)


def draw_addressees(pdf, notice: SampleNotice) -> None:
    """The "Kính gửi:" label with its list of addressees beside it."""
    y = pdf.get_y()
    pdf.set_font(FAMILY, "", BODY_SIZE)
    pdf.set_xy(pdf.l_margin + 10, y)
    pdf.cell(25, line_height(BODY_SIZE), "Kính gửi:")
    for text in notice.addressees:
        pdf.set_xy(pdf.l_margin + 35, y)
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 35, line_height(BODY_SIZE), text, align="L")
        y = pdf.get_y()
    pdf.set_y(y + 4)


def draw_body(pdf, notice: SampleNotice) -> None:
    """Justified paragraphs with a first-line indent; "Điều N." headings in bold."""
    with pdf.text_columns(text_align="J", line_height=LINE) as columns:
        for para in notice.body:
            if para.centered:
                with columns.paragraph(text_align="C", top_margin=1, bottom_margin=1) as par:
                    pdf.set_font(FAMILY, "B", BODY_SIZE)
                    par.write(para.text)
                continue
            with columns.paragraph(first_line_indent=INDENT, bottom_margin=1) as par:
                article = ARTICLE.match(para.text)
                if article:
                    pdf.set_font(FAMILY, "B", BODY_SIZE)
                    par.write(article.group(1) + " ")
                    text = article.group(2)
                else:
                    text = para.text
                pdf.set_font(FAMILY, "", BODY_SIZE)
                par.write(text)


def draw_closing(pdf, notice: SampleNotice) -> None:
    """'Nơi nhận' at the left and the signer block at the right, starting on one line."""
    left_h = line_height(12) + len(notice.recipients) * line_height(SMALL_SIZE)
    right_h = (len(notice.signer) + 1) * line_height(BODY_SIZE) + 22
    y = pdf.get_y() + 4
    if y + max(left_h, right_h) > pdf.h - pdf.b_margin:
        pdf.add_page()
        y = pdf.t_margin
    x_right = pdf.l_margin + CLOSING_LEFT_W
    w_right = pdf.w - pdf.r_margin - x_right
    pdf.set_font(FAMILY, "B", 12)
    pdf.set_xy(pdf.l_margin - 10, y)
    pdf.cell(CLOSING_LEFT_W, line_height(12), "Nơi nhận:")
    y_left = y + line_height(12)
    pdf.set_font(FAMILY, "", SMALL_SIZE)
    for text in notice.recipients:
        pdf.set_xy(pdf.l_margin - 10, y_left)
        pdf.cell(CLOSING_LEFT_W, line_height(SMALL_SIZE), text)
        y_left += line_height(SMALL_SIZE)
    y_right = column_lines(pdf, x_right, w_right, y, [(t, "B", BODY_SIZE) for t in notice.signer])
    column_lines(pdf, x_right, w_right, y_right + 22, [(notice.signer_name, "B", BODY_SIZE)])


def build(notice: SampleNotice, out_dir: Path) -> Path:
    """Write one sample PDF and return its path."""
    pdf = new_pdf()
    pdf.set_title(notice.stem)
    pdf.add_page()
    draw_header(pdf, notice)
    if notice.doc_type:
        draw_title(pdf, notice)
    if notice.addressees:
        draw_addressees(pdf, notice)
    draw_body(pdf, notice)
    draw_closing(pdf, notice)
    path = out_dir / f"{notice.stem}.pdf"
    pdf.output(str(path))
    return path


# ---------------------------------------------------------------- checking

def squash(text: str) -> str:
    """NFC with runs of whitespace collapsed, for comparing extracted text."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def extract_pages(path: Path) -> dict[str, list[str]]:
    """Page texts from both extractors the project reads PDFs with."""
    import pdfplumber
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        pdfium = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    with pdfplumber.open(str(path)) as doc:
        plumber = [page.extract_text() or "" for page in doc.pages]
    return {"pypdfium2": pdfium, "pdfplumber": plumber}


def check(notice: SampleNotice, path: Path) -> list[str]:
    """Problems found reading the PDF back; empty when it reads right."""
    problems = []
    pieces = (notice.issuer + MOTTO + [notice.number, notice.dateline, notice.doc_type,
              notice.authority, "Kính gửi:" if notice.addressees else "", "Nơi nhận:",
              notice.signer_name] + notice.subject + notice.about + notice.addressees
              + notice.recipients + notice.signer)
    extracted = extract_pages(path)
    for tool, pages in extracted.items():
        if len(pages) < 2:
            problems.append(f"{tool}: {len(pages)} page(s), want at least 2")
        body_pages = []
        for number, page in enumerate(pages, 1):
            lines = [ln for ln in page.splitlines() if ln.strip()]
            if not lines or lines[-1].strip() != str(number):
                problems.append(f"{tool}: page {number} does not end with its number")
            body_pages.append("\n".join(lines[:-1]))
        raw = "\n".join(body_pages)
        if unicodedata.normalize("NFC", raw) != raw:
            problems.append(f"{tool}: extracted text is not NFC (compares equal only after NFC)")
        flat = squash(raw)
        lines = {squash(ln) for ln in raw.splitlines()}
        for piece in filter(None, pieces):
            if squash(piece) not in flat and not any(squash(piece) in ln for ln in lines):
                problems.append(f"{tool}: missing {piece!r}")
        for para in notice.body:
            if squash(para.text) not in flat:
                problems.append(f"{tool}: paragraph not read back: {para.text[:60]!r}…")
        if not any(notice.number in ln and notice.dateline in ln for ln in lines):
            problems.append(f"{tool}: number and dateline are not on one line")
    # pdfplumber orders text by position: the two header columns share their first line.
    first = squash(extracted["pdfplumber"][0].splitlines()[0])
    if not (first.startswith(notice.issuer[0]) and first.endswith(MOTTO[0])):
        problems.append(f"pdfplumber: issuer and motto are not on one line: {first!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="read the PDFs back and verify the text")
    parser.add_argument("-o", "--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    failed = False
    for notice in SAMPLES:
        path = build(notice, args.out_dir)
        print(f"wrote {path}")
        if args.check:
            problems = check(notice, path)
            for problem in problems:
                print(f"  {path.name}: {problem}")
            print(f"  {path.name}: {'FAILED' if problems else 'text reads back right'}")
            failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
