#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout27 (deterministic).

    python3 tests/data/heldout27/make_pdfs_vi.py

Writes pdf/vi-96-KH-SYT-khanhhoa-kiem-tra-attp-tet-dinh-mui-2027-luoi-hai-cot-trang-2-lon-nguoc_2026-12-21.pdf
next to this script: INSPECTION PLAN (Kế hoạch kiểm tra) 96/KH-SYT of the
Khánh Hòa Department of Health on food safety over the 2027 Lunar New Year,
two pages. Page 1: purposes, the inspection period and teams, and a bordered
SCHEDULE TABLE of the inspected establishments (date, team). Page 2: the
"TỔ CHỨC THỰC HIỆN" items set in a TWO-COLUMN GRID (the item number in a
narrow left column, the text in a wide right column, no borders), then the
"Nơi nhận" list and the signer; the WHOLE OF PAGE 2 IS DRAWN ROTATED BY 180
DEGREES (upside down, as a sheet fed the wrong way round and scanned to
PDF by a copier that kept its text layer): the text stays extractable.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-96-KH-SYT-khanhhoa-kiem-tra-attp-tet-dinh-mui-2027-luoi-hai-cot-trang-2-lon-nguoc_2026-12-21"
CREATED = datetime(2026, 12, 21, 9, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2016"

LEFT = [("UBND TỈNH KHÁNH HÒA", "", 11.5), ("SỞ Y TẾ", "B", 11.5), ("―――――――", "", 9),
        ("", "", 11), ("Số: 96/KH-SYT", "", 12)]
RIGHT = pdfkit.national("Khánh Hòa, ngày 21 tháng 12 năm 2026")
TITLE = [("KẾ HOẠCH", "B"),
         ("Kiểm tra an toàn thực phẩm tại các cơ sở sản xuất, kinh doanh thực phẩm dịp Tết Nguyên đán Đinh Mùi năm 2027", "B")]
BODY1 = [
    ("Căn cứ Luật An toàn thực phẩm năm 2010; Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm; Kế hoạch số 412/KH-UBND ngày 10/12/2026 của Ủy ban nhân dân tỉnh về bảo đảm an toàn thực phẩm Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027, Sở Y tế ban hành Kế hoạch kiểm tra như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("Phát hiện, xử lý kịp thời các cơ sở vi phạm quy định về an toàn thực phẩm; không để xảy ra ngộ độc thực phẩm đông người trong dịp Tết. Việc kiểm tra bảo đảm đúng pháp luật, không gây phiền hà cho cơ sở.", ""),
    ("II. THỜI GIAN, THÀNH PHẦN VÀ ĐỊA ĐIỂM KIỂM TRA", "B"),
    ("1. Thời gian: từ ngày 04/01/2027 đến ngày 29/01/2027.", ""),
    ("2. Thành phần: Đoàn kiểm tra số 1 do lãnh đạo Chi cục An toàn vệ sinh thực phẩm làm Trưởng đoàn; Đoàn kiểm tra số 2 do lãnh đạo Phòng Nghiệp vụ Y làm Trưởng đoàn, có đại diện Công an tỉnh và Sở Công Thương tham gia.", ""),
    ("3. Lịch kiểm tra:", ""),
]
SCHEDULE = [
    ("TT", "Cơ sở được kiểm tra", "Địa bàn", "Ngày kiểm tra", "Đoàn"),
    ("1", "Công ty TNHH Chế biến thủy sản Hòn Khói", "Phường Bắc Nha Trang", "05/01/2027", "Số 1"),
    ("2", "Cơ sở sản xuất giò chả Bà Tư", "Phường Ninh Hòa", "07/01/2027", "Số 1"),
    ("3", "Chợ Đầm", "Phường Nha Trang", "11/01/2027", "Số 2"),
    ("4", "Bếp ăn tập thể Khu công nghiệp Suối Dầu", "Xã Suối Dầu", "13/01/2027", "Số 2"),
    ("5", "Cơ sở sản xuất rượu nếp Phước Hà", "Phường Phan Rang", "18/01/2027", "Số 1"),
    ("6", "Siêu thị và quầy bánh mứt Tết Cam Ranh", "Phường Cam Ranh", "20/01/2027", "Số 2"),
]
AFTER_TABLE = "Đoàn kiểm tra có thể kiểm tra đột xuất các cơ sở khác khi có thông tin phản ánh."
HEAD2 = "III. TỔ CHỨC THỰC HIỆN"
ITEMS = [
    ("1.", "Chi cục An toàn vệ sinh thực phẩm: chủ trì tổ chức các đoàn kiểm tra theo lịch tại mục II; lấy mẫu xét nghiệm nhanh tại chỗ đối với thịt, giò chả, bánh chưng, rượu; tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở Y tế trước ngày 05/02/2027."),
    ("2.", "Trung tâm Kiểm soát bệnh tật tỉnh: phối hợp với Chi cục An toàn vệ sinh thực phẩm xét nghiệm các mẫu thực phẩm nghi ngờ không bảo đảm an toàn, trả kết quả trong vòng 05 ngày làm việc kể từ ngày nhận mẫu."),
    ("3.", "Phòng Kế hoạch - Tài chính: bảo đảm kinh phí cho hoạt động của các đoàn kiểm tra."),
    ("4.", "Văn phòng Sở: đăng tải kết quả kiểm tra và danh sách cơ sở vi phạm trên Cổng thông tin điện tử của Sở Y tế."),
    ("5.", "Các cơ sở được kiểm tra: chuẩn bị hồ sơ pháp lý, hồ sơ tự kiểm tra an toàn thực phẩm; bố trí người đại diện làm việc với Đoàn kiểm tra theo lịch."),
    ("6.", "Đề nghị Ủy ban nhân dân các xã, phường, đặc khu: chỉ đạo Trạm Y tế kiểm tra các chợ, bếp ăn tập thể trên địa bàn; báo cáo kết quả về Sở Y tế trước ngày 03/02/2027."),
    ("7.", "Đề nghị Công an tỉnh, Sở Công Thương: cử cán bộ tham gia Đoàn kiểm tra số 2; phối hợp xử lý các vụ việc vi phạm có dấu hiệu tội phạm."),
    ("8.", "Trưởng các Đoàn kiểm tra báo cáo nhanh kết quả về Chi cục An toàn vệ sinh thực phẩm trước 16 giờ thứ Sáu hằng tuần, bắt đầu từ ngày 08/01/2027."),
]
NOINHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Ban Chỉ đạo liên ngành ATTP tỉnh;",
           "- Công an tỉnh, Sở Công Thương;", "- UBND các xã, phường, đặc khu;",
           "- Các cơ sở tại mục II.3;", "- Lưu: VT, ATTP."]
SIGN = [("KT. GIÁM ĐỐC", "B"), ("PHÓ GIÁM ĐỐC", "B"), ("", ""), ("", ""), ("Trần Thị Mỹ Duyên", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.1, 1.0

    def header(self):
        pass

    def footer(self):
        pass


def grid_items(pdf, items, wn=12):
    """Two-column grid without borders: number in a narrow left column, text in the right."""
    for num, text in items:
        y = pdf.get_y()
        pdf.set_font("Serif", "B", 12.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(wn, 6.1, num, align="L")
        pdf.set_font("Serif", "", 12.5)
        pdf.set_xy(pdf.l_margin + wn, y)
        pdf.multi_cell(pdf.epw - wn, 6.1, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.5)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=4, after=3, h=6.5)
    for text, kind in BODY1:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    with pdf.grid((10, 62, 45, 30, 18), aligns=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER"), size=10.5) as t:
        for r in SCHEDULE:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)
    pdf.para(AFTER_TABLE)
    # page 2, upside down: everything is drawn inside a 180-degree rotation about the page centre
    pdf.set_auto_page_break(False)
    pdf.add_page()
    with pdf.rotation(180, x=pdf.w / 2, y=pdf.h / 2):
        pdf.head(HEAD2)
        grid_items(pdf, ITEMS)
        pdf.ln(3)
        pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 18, 34], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY1]
    parts += [" ".join(r) for r in SCHEDULE] + [AFTER_TABLE, HEAD2]
    parts += [f"{n} {t}" for n, t in ITEMS]
    parts += NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 18, 18), 20, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
