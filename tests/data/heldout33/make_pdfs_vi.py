#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout33 (deterministic).

    python3 tests/data/heldout33/make_pdfs_vi.py

Writes pdf/vi-17-CD-UBND-gialai-chu-tich-mua-lu-ven-bien-hoa-toc-dien-danh-sach-hai-cot_2026-11-16.pdf
next to this script: the URGENT DISPATCH (Công điện) 17/CĐ-UBND of the
Chairman of the Gia Lai provincial People's Committee on the heavy rain and
floods in the coastal communes and wards, two pages, with a framed "HỎA TỐC"
stamp above the header and the "điện:" ADDRESSEE LIST SET IN TWO COLUMNS
side by side (provincial bodies on the left, communes and companies on the
right), then ten numbered orders, the page break (and the top page number "2")
inside the reporting clause of order 2 b).
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-17-CD-UBND-gialai-chu-tich-mua-lu-ven-bien-hoa-toc-dien-danh-sach-hai-cot_2026-11-16"
CREATED = datetime(2026, 11, 16, 3, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"

STAMP = "HỎA TỐC"
LEFT = [("ỦY BAN NHÂN DÂN", "B", 12), ("TỈNH GIA LAI", "B", 12), ("―――――――", "", 9), ("Số: 17/CĐ-UBND", "", 12.5)]
RIGHT = pdfkit.national("Gia Lai, ngày 16 tháng 11 năm 2026")
TITLE = [("CÔNG ĐIỆN", "B"),
         ("Về việc tập trung ứng phó mưa lớn, lũ, ngập lụt tại các xã, phường ven biển và vùng trũng thấp", "B")]
LEAD = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"
ADDR_L = ["- Giám đốc các Sở: Nông nghiệp và Môi trường, Xây dựng, Y tế, Giáo dục và Đào tạo, Tài chính;",
          "- Giám đốc Công an tỉnh;",
          "- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;",
          "- Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh;"]
ADDR_R = ["- Chủ tịch Ủy ban nhân dân các xã, phường ven biển và vùng trũng thấp;",
          "- Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định;",
          "- Báo và Phát thanh, Truyền hình Gia Lai;",
          "- Chánh Văn phòng Ủy ban nhân dân tỉnh."]
BODY = [
    ("Theo Đài Khí tượng Thủy văn tỉnh, từ đêm 15/11 đến sáng 16/11/2026, khu vực phía Đông tỉnh có mưa to đến rất to, lượng mưa phổ biến 180 - 320 mm; mực nước các sông Kôn, Hà Thanh, Lại Giang đang lên nhanh, dự báo vượt báo động 3 vào chiều tối ngày 16/11/2026. Tiếp theo Công điện số 15/CĐ-UBND ngày 12/11/2026 và thực hiện Công điện số 108/CĐ-TTg ngày 15/11/2026 của Thủ tướng Chính phủ, để chủ động ứng phó, bảo đảm an toàn tính mạng của Nhân dân, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", ""),
    ("1. Chủ tịch Ủy ban nhân dân các xã, phường ven biển và vùng trũng thấp:", "B"),
    ("a) Tổ chức sơ tán các hộ dân ở khu vực có nguy cơ sạt lở, ngập sâu đến nơi an toàn, hoàn thành trước 17 giờ 00 ngày 17/11/2026.", ""),
    ("b) Kiểm tra, kêu gọi tàu thuyền vào nơi tránh trú an toàn; kiên quyết không để người ở lại trên tàu, lồng bè khi lũ lên cao.", ""),
    ("c) Bố trí lực lượng, phương tiện canh gác tại các ngầm tràn, đoạn đường bị ngập sâu, không để người và phương tiện qua lại khi chưa bảo đảm an toàn.", ""),
    ("d) Tổ chức vệ sinh môi trường, khử khuẩn khu dân cư ngay sau khi nước rút.", ""),
    ("2. Giám đốc Sở Nông nghiệp và Môi trường:", "B"),
    ("a) Theo dõi chặt chẽ diễn biến mưa lũ, thông tin kịp thời cho các địa phương; tham mưu Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo các biện pháp ứng phó phù hợp.", ""),
    ("b) Chỉ đạo Công ty TNHH MTV Khai thác công trình thủy lợi Bình Định vận hành các hồ chứa theo đúng quy trình đã được phê duyệt tại Quyết định số 2315/QĐ-UBND ngày 12/8/2026 của Ủy ban nhân dân tỉnh; báo cáo tình hình an toàn hồ chứa về Văn phòng thường trực Ban Chỉ huy phòng thủ dân sự tỉnh trước 16 giờ hằng ngày.", ""),
    ("3. Giám đốc Sở Xây dựng chủ trì, phối hợp với Công an tỉnh tổ chức phân luồng, bảo đảm giao thông trên Quốc lộ 19, Quốc lộ 1 và các tuyến đường tỉnh bị ngập; khắc phục các điểm sạt lở, thông tuyến trước ngày 30/11/2026.", ""),
    ("4. Giám đốc Sở Y tế bảo đảm đủ thuốc, hóa chất, cơ số dự phòng cho các vùng bị chia cắt; chỉ đạo các trạm y tế xã, phường triển khai phòng, chống dịch bệnh sau lũ trong tháng 12/2026.", ""),
    ("5. Giám đốc Sở Giáo dục và Đào tạo căn cứ tình hình mưa lũ quyết định cho học sinh nghỉ học tại các vùng bị ngập, chia cắt.", ""),
    ("6. Giám đốc Công an tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh bố trí lực lượng, phương tiện sẵn sàng cứu hộ, cứu nạn khi có yêu cầu.", ""),
    ("7. Giám đốc Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ khắc phục hậu quả mưa lũ cho các địa phương.", ""),
    ("8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động các tổ chức, cá nhân ủng hộ Nhân dân vùng bị thiệt hại.", ""),
    ("9. Báo và Phát thanh, Truyền hình Gia Lai tăng thời lượng đưa tin về diễn biến mưa lũ và hướng dẫn người dân kỹ năng ứng phó.", ""),
    ("10. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Công điện này, kịp thời báo cáo Chủ tịch Ủy ban nhân dân tỉnh những vấn đề phát sinh vượt thẩm quyền.", ""),
]
NOINHAN = ["Nơi nhận:", "- Như trên;", "- Văn phòng Chính phủ (b/c);", "- Bộ Nông nghiệp và Môi trường (b/c);",
           "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KT."]
SIGN = [("CHỦ TỊCH", "B"), ("", ""), ("", ""), ("Trần Minh Khoa", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.0, 1.0


def stamp(pdf):
    pdf.set_font("Serif", "B", 12)
    pdf.set_line_width(0.5)
    pdf.set_xy(pdf.l_margin, 8)
    pdf.cell(32, 8, STAMP, border=1, align="C")
    pdf.set_xy(pdf.l_margin, 18)


def addressees(pdf):
    """The 'điện:' list in two columns side by side."""
    pdf.set_font("Serif", "B", 12.5)
    pdf.multi_cell(0, 6.2, LEAD, align="C", **pdfkit.NEXT)
    pdf.ln(1)
    y0 = pdf.get_y()
    col = (pdf.epw - 6) / 2
    ends = []
    for items, x in ((ADDR_L, pdf.l_margin), (ADDR_R, pdf.l_margin + col + 6)):
        pdf.set_xy(x, y0)
        pdf.set_font("Serif", "", 11.5)
        for t in items:
            pdf.set_x(x)
            pdf.multi_cell(col, 5.6, t, align="L", new_x="LEFT", new_y="NEXT")
        ends.append(pdf.get_y())
    pdf.set_xy(pdf.l_margin, max(ends) + 3)


def fill(pdf):
    pdf.add_page()
    stamp(pdf)
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=5, after=3, h=6.5)
    addressees(pdf)
    for text, kind in BODY:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.ln(2)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 24], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the page number."""
    parts = [STAMP] + [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [LEAD] + ADDR_L + ADDR_R + [t for t, _ in BODY] + NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 15, 15), 20, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
