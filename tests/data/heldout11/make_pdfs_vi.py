#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout11 (deterministic).

    python3 tests/data/heldout11/make_pdfs_vi.py

Writes pdf/vi-3318-QD-UBND-vinhlong-giao-chi-tieu-ktxh-2027_2026-12-11.pdf next
to this script: a decision of the Chairman of the Vĩnh Long provincial People's
Committee assigning the 2027 socio-economic targets. The decision's articles
(Điều 2 and Điều 4) hold the tasks; the appendix on its own page is a bordered
table of targets (STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2026 | Kế
hoạch năm 2027 | Cơ quan theo dõi) with three group rows, which holds no task.
Page numbers stand at the top from page 2. Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed, nothing is random. `plain()` returns the
text the PDF renders, in reading order, without the page numbers.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-3318-QD-UBND-vinhlong-giao-chi-tieu-ktxh-2027_2026-12-11"
STEMS = (STEM,)
CREATED = datetime(2026, 12, 11, 8, 20, tzinfo=timezone.utc)

LEFT = [("ỦY BAN NHÂN DÂN", "B", 12), ("TỈNH VĨNH LONG", "B", 12), ("-------", "", 10),
        ("Số: 3318/QĐ-UBND", "", 12.5)]
DATE_LINE = "Vĩnh Long, ngày 11 tháng 12 năm 2026"
TITLE = [("QUYẾT ĐỊNH", "B"),
         ("Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027", "B"),
         ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG", "B")]
BASES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị quyết số 86/NQ-HĐND ngày 09 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh về kế "
    "hoạch phát triển kinh tế - xã hội năm 2027;",
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 1472/TTr-STC ngày 10 tháng 12 năm 2026.",
]
ARTICLES = [
    ("QUYẾT ĐỊNH:", "C"),
    ("Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027 của tỉnh Vĩnh Long (chi "
     "tiết tại Phụ lục kèm theo Quyết định này).", ""),
    ("Điều 2. Tổ chức thực hiện", "B"),
    ("1. Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh căn cứ chỉ tiêu được giao, xây dựng kế "
     "hoạch hành động của ngành năm 2027, gửi Sở Tài chính trước ngày 31/12/2026.", ""),
    ("2. Chủ tịch Ủy ban nhân dân các xã, phường giao chỉ tiêu cho các ấp, khóm chậm nhất trong "
     "tháng 01/2027; tổ chức ký giao ước thi đua với các ấp, khóm ngay sau khi giao chỉ tiêu.", ""),
    ("3. Sở Tài chính:", ""),
    ("a) Hướng dẫn, kiểm tra việc thực hiện các chỉ tiêu; tổng hợp tình hình thực hiện, báo cáo "
     "Ủy ban nhân dân tỉnh trước ngày 20 của tháng cuối mỗi quý;", ""),
    ("b) Chủ trì, phối hợp với Thống kê tỉnh Vĩnh Long đánh giá giữa kỳ việc thực hiện các chỉ "
     "tiêu; tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh điều chỉnh chỉ tiêu (nếu "
     "cần) tại kỳ họp giữa năm 2027.", ""),
    ("4. Sở Nội vụ đưa kết quả thực hiện chỉ tiêu được giao vào tiêu chí đánh giá, xếp loại người "
     "đứng đầu cơ quan, đơn vị năm 2027.", ""),
    ("5. Đề nghị Thống kê tỉnh Vĩnh Long cung cấp số liệu ước thực hiện các chỉ tiêu cho Sở Tài "
     "chính trước ngày 12 hằng tháng.", ""),
    ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", ""),
    ("Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành "
     "tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách "
     "nhiệm thi hành Quyết định này./.", ""),
]
RECIPIENTS = ["- Như Điều 4;", "- Bộ Tài chính (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Thống kê tỉnh;", "- Lưu: VT, KT."]
SIGNER = [("CHỦ TỊCH", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""), ("Huỳnh Minh Tuấn", "B")]
ANNEX_TITLE = [("Phụ lục", "B"),
               ("CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027", "B"),
               ("(Kèm theo Quyết định số 3318/QĐ-UBND ngày 11/12/2026 của Chủ tịch Ủy ban nhân dân "
                "tỉnh Vĩnh Long)", "I")]
THEAD = ("STT", "Chỉ tiêu", "Đơn vị tính", "Ước thực hiện năm 2026", "Kế hoạch năm 2027",
         "Cơ quan theo dõi")
FIN, NNMT = "Sở Tài chính", "Sở Nông nghiệp và Môi trường"
TROWS = [
    ("I", "CHỈ TIÊU KINH TẾ"),
    ("1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "%", "7,6", "8,5 - 9,0", FIN),
    ("2", "GRDP bình quân đầu người", "triệu đồng", "84,3", "93,0", FIN),
    ("3", "Tổng vốn đầu tư toàn xã hội", "nghìn tỷ đồng", "71,8", "80,0", FIN),
    ("4", "Kim ngạch xuất khẩu hàng hóa", "triệu USD", "3.920", "4.350", "Sở Công Thương"),
    ("5", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "16.950", "18.400", FIN),
    ("II", "CHỈ TIÊU XÃ HỘI"),
    ("6", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm", "%", "0,7", "0,5", NNMT),
    ("7", "Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ", "%", "30,2", "32,0", "Sở Nội vụ"),
    ("8", "Số bác sĩ trên 10.000 dân", "bác sĩ", "10,8", "11,5", "Sở Y tế"),
    ("9", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "94,3", "95,2", "Bảo hiểm xã hội tỉnh"),
    ("III", "CHỈ TIÊU MÔI TRƯỜNG"),
    ("10", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "96,5", "98,0", NNMT),
    ("11", "Tỷ lệ dân cư nông thôn sử dụng nước sạch đạt quy chuẩn", "%", "67,0", "71,0", NNMT),
]


def plain(stem=STEM):
    """The text of the PDF, in reading order (page numbers left out)."""
    assert stem == STEM
    out = [t for t, _, _ in LEFT] + [t for t, _, _ in pdfkit.national(DATE_LINE) if t]
    out += [t for t, _ in TITLE] + BASES + [t for t, _ in ARTICLES]
    out += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    out += [t for t, _ in ANNEX_TITLE] + list(THEAD)
    for cells in TROWS:
        out += list(cells)
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT = 13, 6.3, "     "
    SIGN_WL, SIGN_ROOM = 90, 45


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, pdfkit.national(DATE_LINE), wl=70)
    pdf.titles(TITLE, size=13, before=7, after=3)
    for p in BASES:
        pdf.para(p, style="I")
    for text, style in ARTICLES:
        if style == "C":
            pdf.para(text, style="B", align="C", indent=False)
        else:
            pdf.para(text, style=style)
    pdf.signature(RECIPIENTS, SIGNER)
    pdf.add_page()
    pdf.titles(ANNEX_TITLE, size=12, before=0, after=3, h=6)
    with pdf.grid((11, 63, 21, 24, 24, 31), ("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "LEFT"),
                  size=10) as table:
        for cells in [THEAD, *TROWS]:
            group = len(cells) == 2  # "I" + a heading spread over the other five columns
            row = table.row()
            for k, text in enumerate(cells):
                row.cell(text, colspan=5 if group and k else 1, style=pdfkit.BOLD if group else None)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)], lambda: Doc((27, 18, 17), 18, CREATED, "Microsoft Word 2016"))[0]


if __name__ == "__main__":
    build()
