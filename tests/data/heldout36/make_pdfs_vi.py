#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout36 (deterministic).

    python3 tests/data/heldout36/make_pdfs_vi.py

Writes pdf/vi-318-KH-UBND-ninhbinh-an-toan-thuc-pham-tet-2027-bang-ngat-trang-lap-tieu-de_2026-12-16.pdf
next to this script: plan 318/KH-UBND of the Ninh Bình provincial People's
Committee on food safety for the 2027 New Year and Tết, two pages: two-column
header, centred title, purposes (no tasks), then a five-column task table
(TT | task | lead | coordinating | deadline) that breaks across the page
with its heading row REPEATED at the top of page 2, then a closing paragraph
and the signer. Needs fpdf2 and the DejaVu Serif fonts; the creation date is
fixed, nothing is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-318-KH-UBND-ninhbinh-an-toan-thuc-pham-tet-2027-bang-ngat-trang-lap-tieu-de_2026-12-16"
CREATED = datetime(2026, 12, 16, 8, 10, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word for Microsoft 365"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 12), ("TỈNH NINH BÌNH", "B", 12), ("―――――――", "", 9),
        ("Số: 318/KH-UBND", "", 12.5)]
RIGHT = pdfkit.national("Ninh Bình, ngày 16 tháng 12 năm 2026")
TITLES = [("KẾ HOẠCH", "B"),
          ("Bảo đảm an toàn thực phẩm dịp Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027", "B")]
INTRO = [
    ("P", "Thực hiện Chỉ thị số 17/CT-TTg ngày 13/6/2023 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm "
          "an toàn thực phẩm và Kế hoạch số 96/KH-BCĐLNATTP ngày 02/12/2026 của Ban Chỉ đạo liên ngành trung ương "
          "về an toàn thực phẩm, Ủy ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("P", "Kiểm soát chặt chẽ thực phẩm lưu thông trên địa bàn trong dịp cao điểm; không để xảy ra ngộ độc thực "
          "phẩm đông người; xử lý nghiêm các cơ sở vi phạm và công khai trên phương tiện thông tin đại chúng."),
    ("H", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
]
HEAD = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn")
ROWS = [
    ("1", "Thành lập các đoàn kiểm tra liên ngành cấp tỉnh về an toàn thực phẩm", "Sở Y tế",
     "Sở Công Thương; Sở Nông nghiệp và Môi trường; Công an tỉnh", "Trước ngày 22/12/2026"),
    ("2", "Kiểm tra các bếp ăn tập thể tại khu công nghiệp Gián Khẩu, Khánh Phú, Đồng Văn", "Sở Y tế",
     "Ban Quản lý các khu công nghiệp tỉnh", "Tháng 01/2027"),
    ("3", "Tổng hợp kết quả kiểm tra của các đoàn, báo cáo Ủy ban nhân dân tỉnh", "Sở Y tế", "",
     "Trước 16 giờ thứ Sáu hằng tuần"),
    ("4", "Kiểm soát giết mổ gia súc, gia cầm và vận chuyển sản phẩm động vật vào tỉnh",
     "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Từ 20/12/2026 đến hết 20/02/2027"),
    ("5", "Lấy mẫu giám sát dư lượng thuốc bảo vệ thực vật trên rau, quả tại các chợ đầu mối",
     "Sở Nông nghiệp và Môi trường", "", "Trước ngày 15/01/2027"),
    ("6", "Kiểm tra chất lượng bánh, mứt, kẹo, rượu và đồ uống bày bán tại các chợ, siêu thị", "Sở Công Thương",
     "Chi cục Quản lý thị trường tỉnh Ninh Bình", "Trước Tết Nguyên đán"),
    ("7", "Xây dựng phương án dự trữ hàng hóa thiết yếu phục vụ Tết", "Sở Công Thương", "Sở Tài chính",
     "Trong tháng 12/2026"),
    ("8", "Điều tra, xử lý các đường dây buôn bán thực phẩm nhập lậu, không rõ nguồn gốc", "Công an tỉnh",
     "Chi cục Quản lý thị trường tỉnh Ninh Bình", "Thường xuyên"),
    ("9", "Bảo đảm kinh phí cho hoạt động kiểm tra, lấy mẫu xét nghiệm", "Sở Tài chính", "Sở Y tế",
     "Trong vòng 10 ngày kể từ ngày ban hành Kế hoạch"),
    ("10", "Mở chuyên mục tuyên truyền an toàn thực phẩm trên sóng phát thanh, truyền hình",
     "Báo và Phát thanh, Truyền hình Ninh Bình", "Sở Y tế", "Từ ngày 20/12/2026"),
    ("11", "Thông tin kết quả kiểm tra, danh sách cơ sở vi phạm trên Cổng thông tin điện tử tỉnh",
     "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Trước ngày 10/02/2027"),
    ("12", "Kiểm tra các cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố trên địa bàn",
     "Ủy ban nhân dân các xã, phường", "Trạm Y tế xã, phường", "Quý I/2027"),
    ("13", "Ký cam kết bảo đảm an toàn thực phẩm với các hộ kinh doanh tại chợ",
     "Ủy ban nhân dân các xã, phường", "", "Chậm nhất ngày 31/12/2026"),
    ("14", "Vận động hội viên không sử dụng thực phẩm không rõ nguồn gốc trong dịp Tết",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", ""),
    ("15", "Tổng kết công tác bảo đảm an toàn thực phẩm dịp Tết, báo cáo Ban Chỉ đạo liên ngành trung ương",
     "Sở Y tế", "Các sở, ngành liên quan", "Trước ngày 25/02/2027"),
]
CLOSING = [
    ("H", "III. TỔ CHỨC THỰC HIỆN"),
    ("P", "Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được phân công tại Mục II xây dựng kế "
          "hoạch chi tiết, gửi Sở Y tế trước ngày 25/12/2026. Sở Y tế là cơ quan thường trực, theo dõi, đôn đốc "
          "việc thực hiện Kế hoạch này."),
]
NOINHAN = ["Nơi nhận:", "- BCĐ liên ngành TW về ATTP;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
           "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ngành có tên tại Mục II;",
           "- UBND các xã, phường;", "- Lưu: VT, VX."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("", ""),
        ("Phạm Thị Ngọc Lan", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER, INDENT = 12, 5.6, 1.0, "      "


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLES, size=13, before=6, after=4)
    for kind, text in INTRO:
        pdf.head(text) if kind == "H" else pdf.para(text)
    pdf.set_font("Serif", "", 10)
    with pdf.table(col_widths=(9, 52, 30, 34, 28), width=pdf.epw, line_height=4.6,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                   headings_style=pdfkit.BOLD, repeat_headings=1,
                   padding=(0.8, 1.0, 0.8, 1.0), v_align="MIDDLE") as table:
        for r in (HEAD,) + tuple(ROWS):
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    for kind, text in CLOSING:
        pdf.head(text) if kind == "H" else pdf.para(text)
    pdf.ln(2)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 85, 90, [0, 6, 12, 18, 36], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the page number."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLES] + [t for _, t in INTRO]
    parts += [" ".join(c for c in r if c) for r in (HEAD,) + tuple(ROWS)]
    parts += [t for _, t in CLOSING] + NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((22, 15, 15), 15, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
