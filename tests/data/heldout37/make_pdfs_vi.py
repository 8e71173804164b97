#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout37 (deterministic).

    python3 tests/data/heldout37/make_pdfs_vi.py

Writes pdf/vi-3417-SCT-QLTM-danang-tra-loi-kien-nghi-doanh-nghiep-than-hai-cot_2026-11-27.pdf
next to this script: official letter 3417/SCT-QLTM of the Đà Nẵng Department of
Industry and Trade answering enterprises' petitions ("V/v ..."), two pages:
two-column header and title across the page, then the BODY SET IN TWO
NEWSLETTER COLUMNS on both pages (left column read to its foot before the right
one starts; no paragraph crosses a column or page), then recipients and signer
across the page at the foot of page 2. Needs fpdf2 and the DejaVu Serif fonts;
the creation date is fixed, nothing is random. `plain()` returns the text it
renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-3417-SCT-QLTM-danang-tra-loi-kien-nghi-doanh-nghiep-than-hai-cot_2026-11-27"
CREATED = datetime(2026, 11, 27, 9, 25, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"

LEFT = [("UBND THÀNH PHỐ ĐÀ NẴNG", "", 11.5), ("SỞ CÔNG THƯƠNG", "B", 12), ("―――――――", "", 9),
        ("Số: 3417/SCT-QLTM", "", 12), ("V/v trả lời kiến nghị của doanh nghiệp", "", 10.5),
        ("tại Hội nghị đối thoại tháng 11/2026", "", 10.5)]
RIGHT = pdfkit.national("Đà Nẵng, ngày 27 tháng 11 năm 2026")
TITLES = [("Kính gửi: Hiệp hội Doanh nghiệp thành phố Đà Nẵng và các doanh nghiệp có kiến nghị", "")]
# four column runs: page 1 left, page 1 right, page 2 left, page 2 right
COLUMNS = [
    [("P", "Ngày 14/11/2026, Ủy ban nhân dân thành phố có Văn bản số 7321/UBND-KT chuyển các kiến nghị của doanh "
           "nghiệp tại Hội nghị đối thoại tháng 11/2026 đến Sở Công Thương để xem xét, trả lời. Sau khi làm việc với "
           "các cơ quan, đơn vị liên quan, Sở Công Thương trả lời như sau:"),
     ("H", "1. Kiến nghị của Công ty TNHH Thủy sản Sơn Trà về lắp đặt điện mặt trời mái nhà"),
     ("P", "Theo Luật Điện lực số 61/2024/QH15 ngày 30/11/2024 và Nghị định số 58/2025/NĐ-CP ngày 03/3/2025 của "
           "Chính phủ, hệ thống điện mặt trời mái nhà tự sản xuất, tự tiêu thụ không bán điện vào lưới không phải "
           "cấp giấy phép hoạt động điện lực."),
     ("P", "Đề nghị Công ty TNHH Thủy sản Sơn Trà hoàn thiện hồ sơ thông báo lắp đặt theo mẫu, gửi Sở Công Thương "
           "trước ngày 15/12/2026. Sở giao Phòng Quản lý năng lượng hướng dẫn Công ty thủ tục đấu nối với Công ty "
           "TNHH MTV Điện lực Đà Nẵng.")],
    [("H", "2. Kiến nghị của các tiểu thương chợ Hàn về mặt bằng kinh doanh"),
     ("P", "Việc bố trí lại mặt bằng thuộc thẩm quyền của chính quyền địa phương cấp xã. Đề nghị Ủy ban nhân dân "
           "phường Hải Châu rà soát quỹ mặt bằng tại chợ Hàn, công khai phương án bố trí lại ki-ốt trong quý "
           "I/2027; Ủy ban nhân dân phường Sơn Trà di dời các điểm kinh doanh tạm dọc đường Ngô Quyền vào chợ An "
           "Hải, hoàn thành cuối tháng 02/2027."),
     ("H", "3. Kiến nghị về xúc tiến thương mại"),
     ("P", "Sở Công Thương giao Trung tâm Khuyến công và Xúc tiến thương mại chủ trì, phối hợp với Hiệp hội "
           "Doanh nghiệp thành phố Đà Nẵng tổ chức Hội chợ hàng Việt Nam chất lượng cao tại Công viên Biển Đông "
           "trong 6 tháng đầu năm 2027. Trung tâm hỗ trợ 50% chi phí gian hàng cho doanh nghiệp nhỏ và vừa.")],
    [("H", "4. Kiến nghị về hàng giả, hàng nhái trên thương mại điện tử"),
     ("P", "Đề nghị Chi cục Quản lý thị trường thành phố Đà Nẵng lập chuyên đề kiểm tra hàng giả, hàng nhái kinh "
           "doanh qua sàn thương mại điện tử và mạng xã hội, xử lý nghiêm vi phạm theo Nghị định số 98/2020/NĐ-CP "
           "ngày 26/8/2020 của Chính phủ; công bố kết quả kiểm tra trên Cổng thông tin điện tử của Sở trước "
           "30/6/2027."),
     ("P", "Phòng Quản lý thương mại phối hợp với Công an thành phố Đà Nẵng cung cấp thông tin về các tài khoản "
           "bán hàng có dấu hiệu vi phạm cho Chi cục Quản lý thị trường thành phố Đà Nẵng thường xuyên.")],
    [("H", "5. Tổ chức thực hiện"),
     ("P", "Các doanh nghiệp có kiến nghị chưa được giải quyết dứt điểm gửi văn bản bổ sung về Sở Công Thương "
           "qua Hệ thống quản lý văn bản điều hành của thành phố."),
     ("P", "Phòng Quản lý thương mại theo dõi việc thực hiện các nội dung trả lời tại văn bản này, tổng hợp kết "
           "quả báo cáo Ủy ban nhân dân thành phố trong năm 2027."),
     ("P", "Sở Công Thương trả lời để Hiệp hội Doanh nghiệp thành phố Đà Nẵng và các doanh nghiệp biết, phối hợp "
           "thực hiện./.")],
]
NOINHAN = ["Nơi nhận:", "- Như trên;", "- UBND thành phố (để b/c);", "- UBND các phường: Hải Châu, Sơn Trà;",
           "- Chi cục QLTT TP Đà Nẵng;", "- Lưu: VT, QLTM."]
SIGN = [("KT. GIÁM ĐỐC", "B"), ("PHÓ GIÁM ĐỐC", "B"), ("", ""), ("Huỳnh Thị Thanh Vân", "B")]

COL_W, GAP, SIZE, LINE = 85, 8, 11, 5.2


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER, INDENT = 11, 5.2, 1.0, ""


def column(pdf, x, y0, items, bottom):
    pdf.set_xy(x, y0)
    for kind, text in items:
        pdf.set_font("Serif", "B" if kind == "H" else "", SIZE)
        pdf.set_x(x)
        pdf.multi_cell(COL_W, LINE, text, align="L" if kind == "H" else "J", **pdfkit.NEXT)
        pdf.set_y(pdf.get_y() + 1.2)
    assert pdf.get_y() < bottom, (pdf.page_no(), pdf.get_y())
    return pdf.get_y()


def fill(pdf):
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLES, size=12, before=6, after=4)
    x1, x2 = pdf.l_margin, pdf.l_margin + COL_W + GAP
    y0 = pdf.get_y()
    column(pdf, x1, y0, COLUMNS[0], 282)
    column(pdf, x2, y0, COLUMNS[1], 282)
    pdf.add_page()
    y0 = 22
    ya = column(pdf, x1, y0, COLUMNS[2], 200)
    yb = column(pdf, x2, y0, COLUMNS[3], 200)
    pdf.set_y(max(ya, yb) + 4)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 90, [0, 6, 24, 30], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the page number."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLES]
    for col in COLUMNS:
        parts += [t for _, t in col]
    parts += NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((18, 15, 17), 15, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
