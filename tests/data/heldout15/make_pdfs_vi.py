#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout15 (deterministic).

    python3 tests/data/heldout15/make_pdfs_vi.py

Writes pdf/vi-512-KH-BVHTTDL-kich-cau-du-lich-noi-dia-bang-ngang-trang_2026-12-14.pdf
next to this script: a plan of the Ministry of Culture, Sports and Tourism
(Bộ Văn hóa, Thể thao và Du lịch) on stimulating domestic tourism in 2027.
Page 1 (portrait) holds the header, the "Căn cứ" lines, purposes (no tasks),
a pointer to the appendix, "III. TỔ CHỨC THỰC HIỆN" and the signature; page 2
is a LANDSCAPE page with the appendix: a ruled table (TT | Nhiệm vụ | Đơn vị
chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm) with three bold
group rows spanning the columns and eleven task rows. The page number "2"
stands at the top of page 2. Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, nothing is random. `plain()` returns the text the PDF
renders, in reading order, with the page number.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-512-KH-BVHTTDL-kich-cau-du-lich-noi-dia-bang-ngang-trang_2026-12-14"
CREATED = datetime(2026, 12, 14, 2, 30, tzinfo=timezone.utc)

ISSUER = [("BỘ VĂN HÓA, THỂ THAO", "B", 11.5), ("VÀ DU LỊCH", "B", 11.5), ("-------", "", 10),
          ("Số: 512/KH-BVHTTDL", "", 12)]
DATE_LINE = "Hà Nội, ngày 14 tháng 12 năm 2026"
TITLE = [("KẾ HOẠCH", "B"), ("Triển khai Chương trình kích cầu du lịch nội địa năm 2027", "B")]
PREAMBLE = [
    "Căn cứ Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ về nhiệm vụ, giải pháp chủ yếu đẩy "
    "nhanh phục hồi, tăng tốc phát triển du lịch hiệu quả, bền vững; Chỉ thị số 08/CT-TTg ngày "
    "23/02/2024 của Thủ tướng Chính phủ về phát triển du lịch toàn diện, nhanh và bền vững;",
    "Căn cứ Quyết định số 3846/QĐ-BVHTTDL ngày 30/11/2026 của Bộ trưởng Bộ Văn hóa, Thể thao và Du "
    "lịch ban hành Chương trình công tác năm 2027, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch "
    "như sau:",
]
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("1. Kích thích nhu cầu đi du lịch của người dân, phấn đấu năm 2027 đón 135 triệu lượt khách du lịch "
     "nội địa; tăng cường liên kết giữa các địa phương, doanh nghiệp lữ hành, lưu trú và vận chuyển.", ""),
    ("2. Các nhiệm vụ phải được triển khai đồng bộ, tiết kiệm, gắn với bảo đảm chất lượng dịch vụ và "
     "quyền lợi của khách du lịch.", ""),
    ("II. NHIỆM VỤ", "B"),
    ("Nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo "
     "Kế hoạch này.", ""),
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Cục Du lịch Quốc gia Việt Nam là đơn vị thường trực, chủ trì theo dõi, đôn đốc các đơn vị "
     "thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Bộ trưởng trước ngày 20/12/2027.", ""),
    ("2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách năm 2027 "
     "được giao cho Bộ.", ""),
    ("3. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo cơ quan quản lý "
     "nhà nước về du lịch của địa phương xây dựng chương trình kích cầu du lịch năm 2027, gửi về Bộ "
     "Văn hóa, Thể thao và Du lịch (qua Cục Du lịch Quốc gia Việt Nam) trước ngày 31/01/2027.", ""),
    ("4. Đề nghị Hiệp hội Du lịch Việt Nam vận động các doanh nghiệp hội viên tham gia Chương trình "
     "với mức giảm giá tối thiểu 15%.", ""),
    ("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo Bộ trưởng (qua Cục Du lịch "
     "Quốc gia Việt Nam) để xem xét, chỉ đạo./.", ""),
]
RECIPIENTS = ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố;",
              "- Các đơn vị thuộc Bộ;", "- Hiệp hội Du lịch Việt Nam;", "- Lưu: VT, TCDL."]
SIGNER = [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Nguyễn Quang Vinh", "B")]
APPX_TITLE = [
    ("PHỤ LỤC", "B"),
    ("DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH KÍCH CẦU DU LỊCH NỘI ĐỊA NĂM 2027", "B"),
    ("(Kèm theo Kế hoạch số 512/KH-BVHTTDL ngày 14/12/2026 của Bộ Văn hóa, Thể thao và Du lịch)", "I"),
]
THEAD = ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm")
# A row of two cells is a group row (number, title spanning the other columns).
TROWS = [
    ("I", "Truyền thông, quảng bá"),
    ("1", "Xây dựng bộ nhận diện và thông điệp truyền thông của Chương trình",
     "Cục Du lịch Quốc gia Việt Nam", "Cục Báo chí", "Tháng 01/2027", "Bộ nhận diện được phê duyệt"),
    ("2", "Tổ chức chiến dịch quảng bá điểm đến trên các nền tảng số",
     "Cục Du lịch Quốc gia Việt Nam",
     "Cục Phát thanh, truyền hình và thông tin điện tử; các địa phương", "Quý I/2027",
     "Chiến dịch được triển khai"),
    ("3", "Định hướng các cơ quan báo chí thông tin về Chương trình",
     "Cục Báo chí", "Báo Văn hóa", "Thường xuyên", "Tin, bài"),
    ("II", "Phát triển sản phẩm, kết nối thị trường"),
    ("4", "Xây dựng và công bố các gói sản phẩm du lịch giảm giá",
     "Cục Du lịch Quốc gia Việt Nam", "Hiệp hội Du lịch Việt Nam; Tổng công ty Hàng không Việt Nam",
     "Trước 30/4/2027", "Danh mục gói sản phẩm"),
    ("5", "Tổ chức Tuần lễ văn hóa ẩm thực vùng miền tại các trung tâm du lịch",
     "Cục Văn hóa cơ sở, Gia đình và Thư viện", "Cục Du lịch Quốc gia Việt Nam",
     "Tháng 6 - 8/2027", "Tuần lễ được tổ chức"),
    ("6", "Phát triển sản phẩm du lịch gắn với di sản thế giới",
     "Cục Di sản văn hóa", "Cục Du lịch Quốc gia Việt Nam", "6 tháng đầu năm 2027",
     "Bộ sản phẩm mẫu"),
    ("7", "Tổ chức chuỗi giải chạy kết hợp trải nghiệm du lịch",
     "Cục Thể dục thể thao Việt Nam", "Cục Du lịch Quốc gia Việt Nam; các địa phương",
     "Quý III/2027", "04 giải chạy"),
    ("III", "Cơ chế, chính sách và bảo đảm chất lượng dịch vụ"),
    ("8", "Rà soát, đề xuất sửa đổi quy định về tiêu chuẩn cơ sở lưu trú du lịch",
     "Vụ Pháp chế", "Cục Du lịch Quốc gia Việt Nam", "Năm 2027", "Dự thảo văn bản"),
    ("9", "Kiểm tra chất lượng dịch vụ, niêm yết giá tại các khu, điểm du lịch",
     "Cục Du lịch Quốc gia Việt Nam", "Ủy ban nhân dân các tỉnh, thành phố có liên quan", "Hằng quý",
     "Báo cáo kiểm tra"),
    ("10", "Tổng hợp số liệu khách du lịch nội địa, báo cáo Bộ trưởng",
     "Cục Du lịch Quốc gia Việt Nam", "Sở quản lý nhà nước về du lịch các tỉnh, thành phố",
     "Trước ngày 10 hằng tháng", "Báo cáo tháng"),
    ("11", "Sơ kết, đánh giá hiệu quả Chương trình, đề xuất nhiệm vụ năm 2028",
     "Cục Du lịch Quốc gia Việt Nam", "Vụ Kế hoạch - Tài chính", "Trước 15/12/2027",
     "Báo cáo sơ kết"),
]


def plain(stem=STEM):
    out = [t for t, _, _ in ISSUER if t] + [t for t, _, _ in pdfkit.national(DATE_LINE) if t]
    out += [t for t, _ in TITLE] + PREAMBLE + [t for t, _ in BODY] + ["Nơi nhận:"] + RECIPIENTS
    out += [t for t, _ in SIGNER if t] + ["2"] + [t for t, _ in APPX_TITLE] + list(THEAD)
    for cells in TROWS:
        out += list(cells)
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT, PARA_AFTER = 11.5, 5.3, "    ", 0.6
    SIGN_WL, SIGN_ROOM, SIGN_SIZE = 84, 36, 11.5


def fill(pdf):
    pdf.add_page()
    pdf.two_col(ISSUER, pdfkit.national(DATE_LINE), wl=72)
    pdf.titles(TITLE, size=13, before=3, after=2)
    for p in PREAMBLE:
        pdf.para(p, style="I")
    for text, style in BODY:
        (pdf.head if style else pdf.para)(text)
    pdf.signature(RECIPIENTS, SIGNER)
    pdf.add_page(orientation="L")
    for text, style in APPX_TITLE:
        pdf.set_font("Serif", style, 12 if style == "B" else 10.5)
        pdf.multi_cell(0, 6, text, align="C", **pdfkit.NEXT)
    pdf.ln(2)
    with pdf.grid((10, 80, 44, 58, 30, 38), ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
                  size=9.5, line_height=4.4) as table:
        for cells in (THEAD,) + tuple(TROWS):
            row = table.row()
            if len(cells) == 2:
                row.cell(cells[0], style=pdfkit.BOLD)
                row.cell(cells[1], colspan=5, style=pdfkit.BOLD)
                continue
            for c in cells:
                row.cell(c)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)],
                             lambda: Doc((22, 16, 16), 14, CREATED, "Microsoft Word 2019"))[0]


if __name__ == "__main__":
    build()
