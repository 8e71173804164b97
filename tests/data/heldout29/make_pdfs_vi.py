#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout29 (deterministic).

    python3 tests/data/heldout29/make_pdfs_vi.py

Writes pdf/vi-1742-KH-BKHCN-trien-khai-nghi-dinh-csdl-khcn-phu-luc-o-gop-nhieu-hang-san-pham_2026-09-15.pdf
next to this script: PLAN (Kế hoạch triển khai) 1742/KH-BKHCN of the Ministry
of Science and Technology implementing a decree on the national science and
technology database, two pages. Mục III (organisation) holds five tasks; the
APPENDIX (Phụ lục) is a bordered table TT | Nội dung | Cơ quan chủ trì | Cơ
quan phối hợp | Sản phẩm | Thời gian hoàn thành whose "Cơ quan chủ trì"
cells are MERGED OVER SEVERAL ROWS (fpdf2 rowspan: 4, 2, 2 and 3 rows) and
two "Thời gian hoàn thành" cells span two rows each, so a lead agency or a
deadline is printed once for several tasks.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-1742-KH-BKHCN-trien-khai-nghi-dinh-csdl-khcn-phu-luc-o-gop-nhieu-hang-san-pham_2026-09-15"
CREATED = datetime(2026, 9, 15, 9, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word for Microsoft 365"

LEFT = [("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "B", 11.5), ("―――――――", "", 9),
        ("", "", 11), ("Số: 1742/KH-BKHCN", "", 12)]
RIGHT = pdfkit.national("Hà Nội, ngày 15 tháng 9 năm 2026")
TITLE = [("KẾ HOẠCH", "B"),
         ("Triển khai thi hành Nghị định số 168/2026/NĐ-CP về Cơ sở dữ liệu quốc gia về khoa học và công nghệ", "B")]
BODY1 = [
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị định số 168/2026/NĐ-CP ngày 30/6/2026 của Chính phủ quy định về Cơ sở dữ liệu quốc gia về khoa học và công nghệ (sau đây gọi là Nghị định); Quyết định số 2011/QĐ-BKHCN ngày 12/8/2026 của Bộ trưởng Bộ Khoa học và Công nghệ ban hành Chương trình công tác 6 tháng cuối năm 2026, Bộ Khoa học và Công nghệ ban hành Kế hoạch triển khai thi hành Nghị định như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("Xác định đầy đủ nội dung công việc, sản phẩm và thời hạn hoàn thành để Nghị định được thi hành thống nhất từ ngày có hiệu lực; dữ liệu về nhiệm vụ khoa học và công nghệ các cấp được cập nhật đầy đủ, đúng, sạch, sống và được kết nối, chia sẻ với các cơ sở dữ liệu quốc gia khác.", ""),
    ("II. NỘI DUNG", "B"),
    ("Các nội dung, cơ quan chủ trì, cơ quan phối hợp, sản phẩm và thời gian hoàn thành được quy định tại Phụ lục kèm theo Kế hoạch này.", ""),
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
]
BODY3 = [
    "1. Thủ trưởng các đơn vị thuộc Bộ được giao chủ trì nội dung tại Phụ lục xây dựng kế hoạch chi tiết của đơn vị, gửi Văn phòng Bộ trước ngày 30/9/2026.",
    "2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn chi sự nghiệp khoa học và công nghệ của các đơn vị.",
    "3. Văn phòng Bộ theo dõi, đôn đốc việc thực hiện Kế hoạch; định kỳ trước ngày 15/12 hằng năm tổng hợp kết quả, báo cáo Bộ trưởng.",
    "4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Khoa học và Công nghệ cập nhật dữ liệu nhiệm vụ khoa học và công nghệ cấp tỉnh lên Cơ sở dữ liệu quốc gia về khoa học và công nghệ trước ngày 31/3/2027.",
]
NOINHAN = ["Nơi nhận:", "- Văn phòng Chính phủ (để b/c);", "- Bộ trưởng (để b/c);",
           "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố;", "- Các đơn vị thuộc Bộ;",
           "- Lưu: VT, TTTK."]
SIGN = [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("", ""), ("Đặng Quốc Vinh", "B")]

APPX_TITLE = [("Phụ lục", "B"),
              ("NỘI DUNG TRIỂN KHAI THI HÀNH NGHỊ ĐỊNH SỐ 168/2026/NĐ-CP", "B"),
              ("(Kèm theo Kế hoạch số 1742/KH-BKHCN ngày 15/9/2026 của Bộ Khoa học và Công nghệ)", "I")]
HEAD = ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành")
# a cell is text, or (text, rowspan); None where a merged cell above covers the column
ROWS = [
    ("1", "Xây dựng quy chế thu thập, cập nhật, khai thác Cơ sở dữ liệu quốc gia về khoa học và công nghệ", ("Cục Thông tin, Thống kê", 4), "Vụ Pháp chế", "Quyết định của Bộ trưởng", "Quý IV/2026"),
    ("2", "Chuẩn hóa danh mục dữ liệu dùng chung về nhiệm vụ khoa học và công nghệ", None, "Các đơn vị thuộc Bộ", "Danh mục dữ liệu dùng chung", ("Tháng 12/2026", 2)),
    ("3", "Kết nối Cơ sở dữ liệu với Cổng Dịch vụ công quốc gia và Hệ thống thông tin báo cáo quốc gia", None, "Cục Chuyển đổi số quốc gia", "Kết nối được vận hành", None),
    ("4", "Số hóa hồ sơ kết quả nhiệm vụ khoa học và công nghệ cấp quốc gia giai đoạn 2016 - 2025", None, "Các đơn vị quản lý chương trình", "Dữ liệu số hóa", "Năm 2027"),
    ("5", "Hướng dẫn kê khai kinh phí nhiệm vụ khoa học và công nghệ trên hệ thống", ("Vụ Kế hoạch - Tài chính", 2), "Cục Thông tin, Thống kê", "Văn bản hướng dẫn", "30/11/2026"),
    ("6", "Đưa chỉ tiêu cập nhật dữ liệu vào tiêu chí đánh giá, xếp loại đơn vị thuộc Bộ", None, "Vụ Tổ chức cán bộ", "Bộ tiêu chí", "Quý I/2027"),
    ("7", "Xác định cấp độ an toàn hệ thống thông tin và triển khai phương án bảo vệ theo cấp độ", ("Cục Chuyển đổi số quốc gia", 2), "Cục Thông tin, Thống kê", "Hồ sơ đề xuất cấp độ được phê duyệt", "6 tháng đầu năm 2027"),
    ("8", "Cấp tài khoản cho các tổ chức khoa học và công nghệ cập nhật dữ liệu", None, "Cục Thông tin, Thống kê", "Tài khoản được cấp", "Thường xuyên"),
    ("9", "Tuyên truyền, phổ biến Nghị định trên Cổng thông tin điện tử của Bộ", ("Văn phòng Bộ", 3), "Các cơ quan báo chí thuộc Bộ", "Chuyên mục, tin bài", ("Quý IV/2026", 2)),
    ("10", "Tổ chức hội nghị tập huấn cho cán bộ đầu mối của các bộ, ngành, địa phương", None, "Cục Thông tin, Thống kê", "Hội nghị tập huấn", None),
    ("11", "Sơ kết 01 năm thi hành Nghị định, đề xuất sửa đổi, bổ sung (nếu có)", None, "Các đơn vị thuộc Bộ", "Báo cáo sơ kết", "Tháng 7/2027"),
]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12, 5.7, 0.8


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=4, after=3, h=6.5)
    for text, kind in BODY1:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    for text in BODY3:
        pdf.para(text)
    pdf.ln(2)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 18, 34], family="Serif")
    pdf.add_page()
    pdf.titles(APPX_TITLE, size=12, before=0, after=2, h=5.6)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(8, 52, 27, 27, 27, 23), width=pdf.epw, line_height=4.4,
                   text_align=("CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "CENTER"),
                   headings_style=pdfkit.BOLD, padding=(1.0, 1.2, 1.0, 1.2),
                   v_align="MIDDLE") as t:
        row = t.row()
        for c in HEAD:
            row.cell(c)
        for r in ROWS:
            row = t.row()
            for c in r:
                if c is None:
                    continue
                if isinstance(c, tuple):
                    row.cell(c[0], rowspan=c[1])
                else:
                    row.cell(c)
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order (a merged cell once, in its first row)."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY1] + BODY3 + NOINHAN + [t for t, _ in SIGN if t]
    parts += [t for t, _ in APPX_TITLE] + [" ".join(HEAD)]
    for r in ROWS:
        parts.append(" ".join(c[0] if isinstance(c, tuple) else c for c in r if c is not None))
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 18, 18), 20, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
