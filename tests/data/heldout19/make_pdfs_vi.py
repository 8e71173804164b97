#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout19 (deterministic).

    python3 tests/data/heldout19/make_pdfs_vi.py

Writes pdf/vi-2184-QD-UBND-dongthap-de-an-lua-phat-thai-thap-tieu-de-bang-hai-cot-ke-khung_2026-10-05.pdf
next to this script: Quyết định 2184/QĐ-UBND of the Đồng Tháp provincial
People's Committee approving a project (Đề án) on low-emission high-quality
rice areas for 2026 - 2030. The header block is a RULED two-column table
(issuer, rule and number in the left cell; national motto, rule and place
and date in the right cell, each cell holding several lines), the body is
justified, "Điều 2" lists the tasks under department headings with a)-d)
items, "Điều 3" names seven addressees, and "Nơi nhận" stands beside the
signer. Page numbers at the top from page 2. Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, nothing is random. `plain()`
returns the text the PDF renders, in drawing order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-2184-QD-UBND-dongthap-de-an-lua-phat-thai-thap-tieu-de-bang-hai-cot-ke-khung_2026-10-05"
CREATED = datetime(2026, 10, 5, 8, 40, tzinfo=timezone.utc)

LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "-------", "Số: 2184/QĐ-UBND"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "---------------", "Đồng Tháp, ngày 05 tháng 10 năm 2026"]
TITLE = [("QUYẾT ĐỊNH", "B"),
         ("Phê duyệt Đề án phát triển vùng nguyên liệu lúa chất lượng cao, phát thải thấp "
          "tỉnh Đồng Tháp giai đoạn 2026 - 2030", "B"),
         ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "B")]
# (text, style): "B" bold heading, "I" italic, "" body
BODY = [
    ("Căn cứ Luật Tổ chức chính quyền địa phương;", "I"),
    ("Căn cứ Quyết định số 1490/QĐ-TTg ngày 27 tháng 11 năm 2023 của Thủ tướng Chính phủ phê "
     "duyệt Đề án phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát "
     "thải thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030;", "I"),
    ("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 3318/TTr-SNNMT "
     "ngày 22 tháng 9 năm 2026.", "I"),
    ("QUYẾT ĐỊNH:", "C"),
    ("Điều 1. Phê duyệt Đề án phát triển vùng nguyên liệu lúa chất lượng cao, phát thải thấp "
     "tỉnh Đồng Tháp giai đoạn 2026 - 2030 (sau đây gọi là Đề án) với các nội dung chủ yếu "
     "sau:", ""),
    ("1. Mục tiêu: đến năm 2030, diện tích canh tác lúa chất lượng cao, phát thải thấp đạt "
     "250.000 ha; lượng phát thải khí nhà kính giảm trên 10% so với canh tác truyền thống; "
     "100% diện tích trong vùng Đề án có liên kết sản xuất và tiêu thụ.", ""),
    ("2. Phạm vi: 42 xã, phường có diện tích trồng lúa tập trung của tỉnh.", ""),
    ("3. Kinh phí thực hiện: ngân sách trung ương, ngân sách tỉnh, vốn tín dụng và nguồn vốn "
     "hợp pháp của doanh nghiệp, hợp tác xã. Nội dung chi tiết tại Đề án kèm theo.", ""),
    ("Điều 2. Tổ chức thực hiện", "B"),
    ("1. Sở Nông nghiệp và Môi trường:", ""),
    ("a) Chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch thực hiện Đề án năm "
     "2027, trình Ủy ban nhân dân tỉnh trước ngày 15/11/2026.", ""),
    ("b) Xác định, công bố danh sách vùng nguyên liệu đủ điều kiện tham gia Đề án trong quý "
     "I/2027.", ""),
    ("c) Hướng dẫn các hợp tác xã áp dụng quy trình canh tác giảm phát thải; phối hợp với Sở "
     "Khoa học và Công nghệ xây dựng hệ thống đo đạc, báo cáo và thẩm định phát thải (MRV).", ""),
    ("d) Định kỳ 6 tháng, hằng năm tổng hợp kết quả thực hiện Đề án, báo cáo Ủy ban nhân dân "
     "tỉnh trước ngày 15/6 và ngày 15/12.", ""),
    ("2. Sở Tài chính:", ""),
    ("a) Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Đề án trong dự toán ngân sách "
     "hằng năm.", ""),
    ("b) Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thẩm định các dự án liên kết sản "
     "xuất, tiêu thụ lúa gạo có sử dụng ngân sách tỉnh.", ""),
    ("3. Sở Công Thương chủ trì tổ chức các hoạt động xúc tiến thương mại, kết nối doanh nghiệp "
     "xuất khẩu gạo với hợp tác xã trong vùng nguyên liệu; xây dựng, đăng ký nhãn hiệu chứng "
     "nhận “Lúa gạo Đồng Tháp phát thải thấp” trong năm 2027.", ""),
    ("4. Sở Khoa học và Công nghệ ưu tiên bố trí nhiệm vụ khoa học và công nghệ về giống lúa "
     "chịu mặn, quy trình tưới ngập khô xen kẽ; hỗ trợ các hợp tác xã ứng dụng truy xuất nguồn "
     "gốc điện tử.", ""),
    ("5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Hội Nông dân tỉnh vận động hội "
     "viên tham gia liên kết sản xuất theo Đề án.", ""),
    ("6. Ủy ban nhân dân các xã, phường trong vùng Đề án:", ""),
    ("a) Rà soát, lập danh sách hộ dân, hợp tác xã tham gia Đề án, gửi Sở Nông nghiệp và Môi "
     "trường trước ngày 30/11/2026.", ""),
    ("b) Vận động nông dân thu gom rơm rạ ra khỏi ruộng, không đốt rơm rạ sau thu hoạch.", ""),
    ("c) Phối hợp với Sở Nông nghiệp và Môi trường tổ chức tập huấn kỹ thuật canh tác cho nông "
     "dân ít nhất một lần mỗi vụ.", ""),
    ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", ""),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở "
     "Tài chính, Giám đốc Sở Công Thương, Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Ủy ban "
     "nhân dân các xã, phường trong vùng Đề án và Thủ trưởng các cơ quan, đơn vị có liên quan "
     "chịu trách nhiệm thi hành Quyết định này./.", ""),
]
RECIPIENTS = ["- Như Điều 3;", "- Bộ Nông nghiệp và Môi trường;", "- TT/TU, TT/HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;", "- Lưu: VT, KT."]
SIGNER = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
          ("", ""), ("", ""), ("Huỳnh Văn Thạnh", "B")]
# The page break falls inside "2. Sở Tài chính:", before its item b) (BODY[16]);
# checked against the pypdfium2 text.
PAGE_BREAK_BEFORE = 16


def plain(stem=STEM):
    """Text in drawing order (the page number "2" is drawn at the top of page 2)."""
    body = [t for t, _ in BODY]
    body.insert(PAGE_BREAK_BEFORE, "2")
    out = LEFT + RIGHT + [t for t, _ in TITLE] + body
    out += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT, PARA_AFTER = 12, 5.9, "    ", 0.8
    SIGN_WL, SIGN_ROOM, SIGN_SIZE = 86, 45, 12


def header_table(pdf):
    """The ruled two-column header: one row, each cell several centred lines."""
    pdf.set_font("Serif", "B", 11)
    with pdf.table(col_widths=(70, 104), width=pdf.epw, line_height=5.6, text_align="CENTER",
                   first_row_as_headings=False, padding=(1.5, 1, 1.5, 1)) as table:
        row = table.row()
        row.cell("\n".join(LEFT))
        row.cell("\n".join(RIGHT))
    pdf.ln(2)


def fill(pdf):
    pdf.add_page()
    header_table(pdf)
    pdf.titles(TITLE, size=13, before=3, after=3, h=6.2)
    for text, style in BODY:
        if style == "C":
            pdf.para(text, style="B", align="C", indent=False)
        elif style == "B":
            pdf.head(text)
        else:
            pdf.para(text, style=style)
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)],
                             lambda: Doc((22, 15, 18), 15, CREATED, "Microsoft Word 2019"))[0]


if __name__ == "__main__":
    build()
