#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout9 (deterministic).

    python3 tests/data/heldout9/make_pdfs_vi.py

Writes pdf/vi-186-QD-UBND-phuong-hacthanh-ke-hoach-trat-tu-via-he_2026-07-08.pdf
next to this script: a decision of the Chairman of the People's Committee
of Hạc Thành ward (Thanh Hóa) approving a plan, with a two-column header,
"Căn cứ" lines, three articles (Điều 3 lists the ward's offices that
"chịu trách nhiệm thi hành Quyết định này"), then the attached plan on a
new page whose task table puts the time column first and the coordinating
units before the lead unit. Page numbers at the bottom. Needs fpdf2 and
the DejaVu Serif fonts; the creation date is fixed, nothing is random.
`plain()` returns the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-186-QD-UBND-phuong-hacthanh-ke-hoach-trat-tu-via-he_2026-07-08"

LEFT = ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẠC THÀNH", "-------"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
NUMBER = "Số: 186/QĐ-UBND"
PLACE_DATE = "Hạc Thành, ngày 08 tháng 7 năm 2026"
TITLE = ["QUYẾT ĐỊNH",
         "Phê duyệt Kế hoạch lập lại trật tự vỉa hè, lòng đường và chỉnh trang đô thị trên địa bàn phường Hạc Thành năm 2026",
         "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH"]
PREAMBLE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "Căn cứ Quyết định số 2150/QĐ-UBND ngày 12/6/2026 của Ủy ban nhân dân tỉnh Thanh Hóa về tăng cường quản lý trật tự đô thị trên địa bàn tỉnh;",
    "Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị tại Tờ trình số 58/TTr-KTHTĐT ngày 03/7/2026.",
]
QD = "QUYẾT ĐỊNH:"
ARTS = [
    "Điều 1. Phê duyệt Kế hoạch lập lại trật tự vỉa hè, lòng đường và chỉnh trang đô thị trên địa bàn phường Hạc Thành năm 2026 (Kế hoạch kèm theo).",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Trưởng phòng Văn hóa - Xã hội, Trưởng Công an phường, Tổ trưởng các tổ dân phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
]
NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Sở Xây dựng (để b/c);",
           "- TT Đảng ủy, TT HĐND phường;", "- Chủ tịch, các PCT UBND phường;", "- Lưu: VT, KTHTĐT."]
SIGN = ["CHỦ TỊCH", "(Đã ký)", "Lê Thị Thu Trang"]

PLAN_HEAD = ["KẾ HOẠCH",
             "Lập lại trật tự vỉa hè, lòng đường và chỉnh trang đô thị trên địa bàn phường Hạc Thành năm 2026",
             "(Kèm theo Quyết định số 186/QĐ-UBND ngày 08/7/2026 của Chủ tịch Ủy ban nhân dân phường Hạc Thành)"]
PLAN_A = [
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Lập lại kỷ cương trong quản lý, sử dụng vỉa hè, lòng đường; xây dựng hình ảnh phường văn minh, sạch đẹp, xứng tầm trung tâm hành chính của tỉnh.", False),
    ("2. Việc xử lý vi phạm phải công khai, đúng pháp luật, kết hợp tuyên truyền, vận động với cưỡng chế; không để tái lấn chiếm sau khi ra quân.", False),
    ("II. CHỈ TIÊU", True),
    ("Đến ngày 30/9/2026, 100% tuyến phố chính không còn lấn chiếm vỉa hè trái phép; 80% hộ kinh doanh trên các tuyến phố chính ký cam kết.", False),
    ("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", True),
]
THEAD = ("TT", "Thời gian", "Nội dung công việc", "Đơn vị phối hợp", "Đơn vị chủ trì")
TROWS = [
    ("1", "Trước ngày 15/7/2026", "Thành lập Tổ công tác liên ngành lập lại trật tự đô thị phường", "Công an phường", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("2", "Từ 15/7 đến 31/7/2026", "Tuyên truyền, vận động hộ kinh doanh ký cam kết không lấn chiếm vỉa hè, lòng đường", "Tổ trưởng các tổ dân phố; Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Phòng Văn hóa - Xã hội"),
    ("3", "Tháng 8/2026", "Ra quân xử lý vi phạm trật tự đô thị trên các tuyến phố Lê Lợi, Trần Phú, Phan Chu Trinh", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"),
    ("4", "Tháng 8 - 9/2026", "Kẻ vạch phân định phần vỉa hè dành cho người đi bộ và phần sử dụng tạm thời để kinh doanh", "Tổ trưởng các tổ dân phố", "Phòng Kinh tế, Hạ tầng và Đô thị"),
    ("5", "Thứ Sáu hằng tuần", "Tổng hợp kết quả ra quân, báo cáo Chủ tịch Ủy ban nhân dân phường", "", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"),
    ("6", "Thường xuyên", "Kiểm tra, duy trì kết quả; xử lý các trường hợp tái lấn chiếm", "Tổ trưởng các tổ dân phố", "Công an phường"),
    ("7", "Quý IV/2026", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất khen thưởng tập thể, cá nhân tiêu biểu", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị"),
]
PLAN_B = [
    ("IV. KINH PHÍ", True),
    ("Kinh phí thực hiện từ nguồn ngân sách phường năm 2026 đã giao cho các đơn vị và nguồn xã hội hóa hợp pháp.", False),
    ("V. TỔ CHỨC THỰC HIỆN", True),
    ("1. Các phòng, đơn vị được phân công tại Mục III chủ động xây dựng kế hoạch chi tiết để triển khai; báo cáo kết quả về Ủy ban nhân dân phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) trước ngày 25 hằng tháng.", False),
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường giám sát việc thực hiện Kế hoạch; vận động Nhân dân cùng giữ gìn vỉa hè thông thoáng, sạch đẹp.", False),
    ("Trong quá trình thực hiện, nếu phát sinh khó khăn, vướng mắc, các đơn vị kịp thời báo cáo Chủ tịch Ủy ban nhân dân phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) để xem xét, chỉ đạo.", False),
]


def plain(stem=STEM):
    out = LEFT + RIGHT + [NUMBER, PLACE_DATE] + TITLE + PREAMBLE + [QD] + ARTS + NOINHAN + SIGN
    out += PLAN_HEAD + [t for t, _ in PLAN_A] + list(THEAD)
    for r in TROWS:
        out += [c for c in r if c]
    out += [t for t, _ in PLAN_B]
    return "\n".join(out) + "\n"


Doc = pdfkit.numbered("bottom", family="DejaVuSerif", y=-13)


def build():
    pdf = pdfkit.setup(Doc(format="A4"), datetime(2026, 7, 8, 9, 30, tzinfo=timezone.utc),
                       "Quyết định 186/QĐ-UBND", "UBND phường Hạc Thành",
                       styles=("", "B", "I"), family="DejaVuSerif", margins=(22, 15, 16))
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdfkit.header_rows(pdf, [(t, i < 2) for i, t in enumerate(LEFT)],
                       [(t, i < 2) for i, t in enumerate(RIGHT)], NUMBER, PLACE_DATE,
                       rx=64, below=1)
    pdf.ln(7)
    for i, t in enumerate(TITLE):
        pdf.set_font("DejaVuSerif", "B", 13 if i == 0 else 11.5)
        if i == 2:
            pdf.ln(3)
        pdf.multi_cell(w, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "I", 11.5)
    for p in PREAMBLE:
        pdf.multi_cell(w, 6, "      " + p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 12)
    pdf.cell(w, 9, QD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdfkit.indented(pdf, [(p, False) for p in ARTS], w, after=1)
    pdf.ln(5)
    pdfkit.noinhan_sign(pdf, NOINHAN, [(t, "I" if i == 1 else "B") for i, t in enumerate(SIGN)],
                        90, 95, (0, 12, 30), first=("B", 10.5), wrap=False)

    pdf.add_page()
    for i, t in enumerate(PLAN_HEAD):
        pdf.set_font("DejaVuSerif", "I" if i == 2 else "B", 13 if i == 0 else 11.5)
        pdf.multi_cell(w, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdfkit.indented(pdf, PLAN_A, w, indent_bold=False)
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdfkit.grid(pdf, (THEAD,) + tuple(TROWS), col_widths=(9, 27, 58, 38, 40),
                text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"), line_height=4.8,
                first_row_as_headings=True)
    pdf.ln(3)
    pdfkit.indented(pdf, PLAN_B, w, indent_bold=False)
    out = pdfkit.out_path(HERE, STEM)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
