#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout12 (deterministic).

    python3 tests/data/heldout12/make_pdfs_vi.py

Writes pdf/vi-412-QD-BKHCN-thanh-lap-ban-chi-dao-5g-ipv6_2026-03-10.pdf next to
this script: a decision of the Minister of Science and Technology setting up a
steering committee (Ban Chỉ đạo). Article 1 lists the members (no task),
Articles 2-4 give the duties of the committee, of its head, deputies and
members and of its standing body, Article 6 says who implements the decision.
Page numbers stand at the top from page 2. Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed, nothing is random. `plain()` returns the
text the PDF renders, in reading order, without the page numbers.
"""
from datetime import datetime, timezone
from pathlib import Path
import sys

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # pdfkit lives in tests/data
import pdfkit  # noqa: E402  (after the path insert)

STEM = "vi-412-QD-BKHCN-thanh-lap-ban-chi-dao-5g-ipv6_2026-03-10"
CREATED = datetime(2026, 3, 10, 9, 5, tzinfo=timezone.utc)

HEADER_LEFT = [("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "B", 11.5), ("-------", "", 10), ("", "", 11),
               ("Số: 412/QĐ-BKHCN", "", 12.5)]
DATE_LINE = "Hà Nội, ngày 10 tháng 3 năm 2026"
HEADING = [("QUYẾT ĐỊNH", "B"),
           ("Thành lập Ban Chỉ đạo phát triển hạ tầng 5G và chuyển đổi IPv6", "B"),
           ("của Bộ Khoa học và Công nghệ", "B"),
           ("BỘ TRƯỞNG BỘ KHOA HỌC VÀ CÔNG NGHỆ", "B")]
GROUNDS = [
    "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định chức "
    "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;",
    "Căn cứ Quyết định số 2024/QĐ-BKHCN ngày 18 tháng 12 năm 2025 của Bộ trưởng Bộ Khoa học và "
    "Công nghệ ban hành Kế hoạch phát triển hạ tầng số giai đoạn 2026 - 2030;",
    "Theo đề nghị của Cục trưởng Cục Viễn thông và Vụ trưởng Vụ Tổ chức cán bộ.",
]
# (kind, text): "H" bold article heading, "P" paragraph,
# "M" member line (indented, no justification), "C" centred bold line.
BODY = [
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Thành lập Ban Chỉ đạo phát triển hạ tầng 5G và chuyển đổi IPv6 của Bộ Khoa học "
          "và Công nghệ (sau đây gọi là Ban Chỉ đạo), gồm các ông, bà có tên sau:"),
    ("M", "1. Ông Đỗ Minh Quân, Thứ trưởng - Trưởng ban;"),
    ("M", "2. Ông Lương Hữu Tài, Cục trưởng Cục Viễn thông - Phó Trưởng ban thường trực;"),
    ("M", "3. Bà Nguyễn Thị Thu Hà, Giám đốc Trung tâm Internet Việt Nam - Phó Trưởng ban;"),
    ("M", "4. Các thành viên: lãnh đạo Cục Tần số vô tuyến điện, Cục An toàn thông tin, Vụ Kế "
          "hoạch - Tài chính, Vụ Pháp chế, Văn phòng Bộ (mỗi đơn vị 01 người, do Thủ trưởng đơn "
          "vị cử)."),
    ("H", "Điều 2. Nhiệm vụ của Ban Chỉ đạo"),
    ("P", "1. Giúp Bộ trưởng chỉ đạo, điều phối việc triển khai các nhiệm vụ về hạ tầng 5G và chuyển "
          "đổi IPv6 trong Kế hoạch phát triển hạ tầng số giai đoạn 2026 - 2030."),
    ("P", "2. Đôn đốc, kiểm tra các doanh nghiệp viễn thông thực hiện cam kết phủ sóng 5G theo giấy "
          "phép đã cấp."),
    ("P", "3. Tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 15/6 và ngày 15/12 hằng năm."),
    ("H", "Điều 3. Nhiệm vụ của các thành viên Ban Chỉ đạo"),
    ("P", "1. Trưởng ban chịu trách nhiệm trước Bộ trưởng về toàn bộ hoạt động của Ban Chỉ đạo; ký "
          "ban hành Quy chế làm việc của Ban Chỉ đạo trong thời hạn 07 ngày làm việc kể từ ngày ký "
          "Quyết định này."),
    ("P", "2. Phó Trưởng ban thường trực giúp Trưởng ban điều hành công việc thường xuyên của Ban "
          "Chỉ đạo; chủ trì chuẩn bị nội dung các phiên họp."),
    ("P", "3. Các thành viên Ban Chỉ đạo thực hiện nhiệm vụ do Trưởng ban phân công; tham dự đầy đủ "
          "các phiên họp; gửi báo cáo về lĩnh vực được phân công theo dõi đến Cơ quan thường trực "
          "trước ngày 05 của tháng đầu quý."),
    ("H", "Điều 4. Cơ quan thường trực và kinh phí hoạt động"),
    ("P", "1. Cục Viễn thông là Cơ quan thường trực của Ban Chỉ đạo, có trách nhiệm:"),
    ("P", "a) Tham mưu xây dựng kế hoạch hoạt động năm 2026 của Ban Chỉ đạo, trình Trưởng ban "
          "trong tháng 3/2026;"),
    ("P", "b) Chủ trì, phối hợp với Trung tâm Internet Việt Nam xây dựng bộ chỉ số đánh giá mức độ "
          "chuyển đổi IPv6 của các cơ quan nhà nước, hoàn thành trong quý II/2026;"),
    ("P", "c) Sử dụng bộ máy của mình để thực hiện nhiệm vụ thư ký, tổng hợp của Ban Chỉ đạo."),
    ("P", "2. Vụ Kế hoạch - Tài chính bảo đảm kinh phí hoạt động của Ban Chỉ đạo từ nguồn ngân sách "
          "nhà nước năm 2026 giao cho Bộ."),
    ("P", "3. Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ."),
    ("P", "Điều 5. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Điều 6. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Cục trưởng Cục Viễn thông, Thủ "
          "trưởng các cơ quan, đơn vị có liên quan và các ông, bà có tên tại Điều 1 chịu trách nhiệm "
          "thi hành Quyết định này./."),
]
RECIPIENTS = ["- Như Điều 6;", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;",
              "- Cổng TTĐT của Bộ;", "- Lưu: VT, TCCB, CVT."]
SIGNER = [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("", ""), ("Phan Văn Lộc", "B")]


def plain(stem=STEM):
    """The text of the PDF, in reading order (page numbers left out)."""
    assert stem == STEM
    lines = [t for t, _, _ in HEADER_LEFT if t]
    lines += [t for t, _, _ in pdfkit.national(DATE_LINE) if t]
    lines += [t for t, _ in HEADING] + GROUNDS + [t for _, t in BODY]
    lines += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(lines) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT = 13, 6.4, "      "
    SIGN_WL, SIGN_ROOM = 88, 40


def render(pdf):
    pdf.add_page()
    pdf.two_col(HEADER_LEFT, pdfkit.national(DATE_LINE), wl=74)
    pdf.titles(HEADING, size=13, before=8, after=2)
    for line in GROUNDS:
        pdf.para(line, style="I", size=12.5)
    for kind, text in BODY:
        if kind == "C":
            pdf.para(text, style="B", align="C", indent=False, after=2)
        elif kind == "M":
            pdf.set_x(pdf.l_margin + 12)
            pdf.set_font("Serif", "", 12.5)
            pdf.multi_cell(pdf.epw - 12, pdf.LINE, text, align="L", **pdfkit.NEXT)
        elif kind == "H":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    make = lambda: Doc((28, 18, 16), 20, CREATED, "Microsoft Word 2019")  # noqa: E731
    return pdfkit.write_docs(HERE, [(STEM, render)], make)[0]


if __name__ == "__main__":
    build()
