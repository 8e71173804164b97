#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout7 (deterministic).

    python3 tests/data/heldout7/make_pdfs_vi.py

Writes pdf/vi-418-SXD-QLGT-gialai-atgt-tet-bang-ke_2026-01-12.pdf next to
this script: an official letter of the Gia Lai Department of Construction
whose task table is drawn with ruled borders, has one lead-agency cell
merged over two rows, and continues onto the next page WITHOUT repeating
its heading row. Needs fpdf2 and the DejaVu Serif fonts; the creation
date is fixed. `plain()` returns the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-418-SXD-QLGT-gialai-atgt-tet-bang-ke_2026-01-12"

LEFT = [("UBND TỈNH GIA LAI", False), ("SỞ XÂY DỰNG", True), ("-------", False),
        ("Số: 418/SXD-QLGT", False),
        ("V/v triển khai nhiệm vụ bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Bính Ngọ và Lễ hội Xuân năm 2026", False)]
RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
         ("---------------", False), ("Gia Lai, ngày 12 tháng 01 năm 2026", False)]

ADDR = ["Kính gửi:",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Ủy ban nhân dân các xã, phường trên địa bàn tỉnh;",
        "- Hiệp hội Vận tải ô tô tỉnh Gia Lai."]

BODY1 = [
    "Thực hiện Chỉ thị số 02/CT-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh về tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán Bính Ngọ và Lễ hội Xuân năm 2026; căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 và Nghị định số 165/2024/NĐ-CP ngày 26/12/2024 của Chính phủ, Sở Xây dựng thông tin và đề nghị như sau:",
    "Trong dịp Tết Nguyên đán Ất Tỵ năm 2025, trên địa bàn tỉnh xảy ra 41 vụ tai nạn giao thông, làm chết 29 người; lượng hành khách qua các bến xe tăng khoảng 35% so với ngày thường. Dự báo nhu cầu đi lại dịp Tết năm 2026 tiếp tục tăng cao, nhất là trên Quốc lộ 19 và Quốc lộ 1.",
    "Công tác bảo đảm trật tự, an toàn giao thông phải được triển khai đồng bộ, không để xảy ra ùn tắc kéo dài trên các tuyến trục chính.",
    "Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời hạn thực hiện như sau:",
]

HEAD = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn")
HT = "Phòng Quản lý kết cấu hạ tầng giao thông"
VT = "Phòng Quản lý vận tải, phương tiện và người lái"
# None in the lead column = covered by the merged cell above (rowspan 2)
ROWS = [
    ("1", "Kiểm tra, sửa chữa hư hỏng mặt đường, bổ sung biển báo, đèn tín hiệu trên các tuyến quốc lộ được ủy thác quản lý và các tuyến đường tỉnh", HT, "Ban Quản lý bảo trì đường bộ tỉnh", "Trước ngày 05/02/2026"),
    ("2", "Rà soát, xử lý dứt điểm các điểm đen, điểm tiềm ẩn nguy cơ tai nạn giao thông trên Quốc lộ 19 và đường tỉnh 639", None, "Công an tỉnh; Ủy ban nhân dân các xã, phường có tuyến đi qua", "Trước ngày 10/02/2026"),
    ("3", "Kiểm tra điều kiện bảo đảm an toàn của các bến xe khách và phương tiện kinh doanh vận tải hành khách", VT, "Các doanh nghiệp khai thác bến xe khách", "Từ ngày 25/01/2026 đến ngày 05/3/2026"),
    ("4", "Yêu cầu các doanh nghiệp vận tải niêm yết công khai giá vé, không tăng giá vé vượt mức đã kê khai", VT, "Sở Tài chính", "Thường xuyên"),
    ("5", "Xây dựng phương án tăng chuyến, bổ sung phương tiện phục vụ người dân về quê đón Tết và trở lại làm việc", VT, "Hiệp hội Vận tải ô tô tỉnh Gia Lai", "Tháng 01/2026"),
    ("6", "Thanh tra, kiểm tra việc chấp hành quy định về kinh doanh vận tải bằng xe ô tô, xử lý nghiêm xe dù, bến cóc", "Thanh tra Sở", "Công an tỉnh; " + VT, "Quý I/2026"),
    ("7", "Tham mưu bố trí kinh phí sửa chữa đột xuất các vị trí hư hỏng nặng trên đường tỉnh", "Phòng Kế hoạch - Tài chính", HT, "Trước ngày 20/01/2026"),
    ("8", "Tổ chức trực ban 24/24 giờ, tiếp nhận và xử lý phản ánh của người dân qua đường dây nóng của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Từ ngày 14/02/2026 đến hết ngày 22/02/2026"),
    ("9", "Tổng hợp kết quả thực hiện, báo cáo Giám đốc Sở để báo cáo Ủy ban nhân dân tỉnh", VT, "Các phòng, đơn vị thuộc Sở", "Trước ngày 06/3/2026"),
]

BODY2 = [
    "Đề nghị Ủy ban nhân dân các xã, phường chỉ đạo lực lượng chức năng giải tỏa chợ tạm, lều quán lấn chiếm hành lang an toàn đường bộ trên địa bàn trước ngày 10/02/2026; đồng thời tuyên truyền người dân không sử dụng rượu, bia khi tham gia giao thông.",
    "Đề nghị Hiệp hội Vận tải ô tô tỉnh Gia Lai vận động các hội viên không sử dụng lái xe vi phạm quy định về nồng độ cồn, ma túy.",
    "Quá trình triển khai, nếu có vướng mắc, các phòng, đơn vị báo cáo về Sở (qua Phòng Quản lý vận tải, phương tiện và người lái) để được hướng dẫn.",
    "Sở Xây dựng thông báo để các cơ quan, đơn vị biết, phối hợp thực hiện./.",
]
NOINHAN = ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLGT."]
SIGN = [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("(Đã ký)", False), ("Trần Quốc Vinh", True)]


def plain():
    out = [t for t, _ in LEFT] + [t for t, _ in RIGHT] + ADDR + BODY1 + list(HEAD)
    for r in ROWS:
        out += [c for c in r if c is not None]
    out += BODY2 + NOINHAN + [t for t, _ in SIGN]
    return "\n".join(out) + "\n"


def build():
    pdf = pdfkit.setup(FPDF(format="A4"), datetime(2026, 1, 12, 8, 0, tzinfo=timezone.utc),
                       "Công văn 418/SXD-QLGT", family="DejaVuSerif", margins=(20, 15, 15))
    pdf.set_font("DejaVuSerif", "", 10)
    y0 = pdf.get_y()
    for t, b in LEFT:
        pdf.set_font("DejaVuSerif", "B" if b else "", 10)
        pdf.set_x(20)
        pdf.multi_cell(75, 5, t, align="C")
    yl = pdf.get_y()
    pdf.set_y(y0)
    for t, b in RIGHT:
        pdf.set_font("DejaVuSerif", "B" if b else "", 10)
        pdf.set_x(98)
        pdf.multi_cell(97, 5, t, align="C")
    pdf.set_y(max(yl, pdf.get_y()) + 4)
    pdf.set_font("DejaVuSerif", "", 11)
    for i, t in enumerate(ADDR):
        pdf.set_x(45 if i else 35)
        pdf.multi_cell(0, 6, t)
    pdf.ln(2)
    for t in BODY1:
        pdf.multi_cell(0, 6, "      " + t, align="J")
        pdf.ln(1)
    pdf.set_font("DejaVuSerif", "", 9.5)
    with pdf.table(col_widths=(8, 58, 34, 34, 26), line_height=5,
                   repeat_headings=0, text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT")) as table:
        row = table.row()
        pdf.set_font("DejaVuSerif", "B", 9.5)
        for h in HEAD:
            row.cell(h)
        for r in ROWS:
            row = table.row()
            for j, c in enumerate(r):
                if c is None:
                    continue
                if j == 2 and r[0] == "1":
                    row.cell(c, rowspan=2)
                else:
                    row.cell(c)
    pdf.set_font("DejaVuSerif", "", 11)
    pdf.ln(3)
    for t in BODY2:
        pdf.multi_cell(0, 6, "      " + t, align="J")
        pdf.ln(1)
    pdfkit.sign_stack(pdf, NOINHAN, SIGN, 20, 80, 110, 85, rh=4.5, ssize=11, sh=6, wrap=False,
                      family="DejaVuSerif")
    out = pdfkit.out_path(HERE, STEM)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
