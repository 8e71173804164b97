#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout8 (deterministic).

    python3 tests/data/heldout8/make_pdfs_vi.py

Writes pdf/vi-18-2026-NQ-HDND-hungyen-nong-nghiep-cong-nghe-cao_2026-07-10.pdf
next to this script: a resolution of the Hưng Yên provincial People's
Council (HĐND) with a two-column header, "Căn cứ"/"Xét" lines, a bordered
table of support levels that holds no task, "Điều 2. Tổ chức thực hiện"
assigning the provincial People's Committee, the Standing Committee, the
Committees, the delegation groups and the delegates of the Council and the
Fatherland Front, an effect article and the closing adoption formula;
page numbers at the top of pages 2 and 3. Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed. `plain()` returns the text the PDF
renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-18-2026-NQ-HDND-hungyen-nong-nghiep-cong-nghe-cao_2026-07-10"

LEFT = [("HỘI ĐỒNG NHÂN DÂN", True), ("TỈNH HƯNG YÊN", True), ("--------", False)]
RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True),
         ("----------------", False)]
NUMBER = "Số: 18/2026/NQ-HĐND"
PLACE_DATE = "Hưng Yên, ngày 10 tháng 7 năm 2026"
TITLE = [("NGHỊ QUYẾT", True),
         ("Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh Hưng Yên giai đoạn 2026 - 2030", True),
         ("------------", False),
         ("HỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN", True),
         ("KHÓA XVIII, KỲ HỌP THỨ BA", True)]

PREAMBLE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
    "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;",
    "Căn cứ Nghị định số 57/2018/NĐ-CP ngày 17 tháng 4 năm 2018 của Chính phủ về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn;",
    "Xét Tờ trình số 95/TTr-UBND ngày 24 tháng 6 năm 2026 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh Hưng Yên giai đoạn 2026 - 2030; Báo cáo thẩm tra số 41/BC-KTNS ngày 06 tháng 7 năm 2026 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.",
]
QN = "QUYẾT NGHỊ:"

ART1 = [
    ("Điều 1. Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh Hưng Yên giai đoạn 2026 - 2030", True),
    ("1. Phạm vi điều chỉnh: Nghị quyết này quy định nội dung, mức hỗ trợ và điều kiện hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh giai đoạn 2026 - 2030.", False),
    ("2. Đối tượng áp dụng: hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ và vừa, hộ gia đình trực tiếp sản xuất nông nghiệp trên địa bàn tỉnh; cơ quan, tổ chức, cá nhân có liên quan.", False),
    ("3. Nội dung, mức hỗ trợ và điều kiện hỗ trợ:", False),
]
THEAD = ("TT", "Nội dung hỗ trợ", "Mức hỗ trợ", "Điều kiện")
TROWS = [
    ("1", "Xây dựng nhà màng, nhà lưới sản xuất rau, hoa, quả", "50% chi phí, tối đa 300 triệu đồng/ha", "Diện tích liền vùng từ 0,5 ha trở lên"),
    ("2", "Lắp đặt hệ thống tưới nhỏ giọt, tưới phun tự động", "40% chi phí, tối đa 80 triệu đồng/ha", "Có thiết kế kỹ thuật được thẩm định"),
    ("3", "Chứng nhận VietGAP, chứng nhận hữu cơ lần đầu", "100% chi phí, tối đa 60 triệu đồng/cơ sở", "Được tổ chức chứng nhận hợp pháp cấp giấy chứng nhận"),
    ("4", "Ứng dụng phần mềm truy xuất nguồn gốc sản phẩm", "20 triệu đồng/cơ sở", "Kết nối với hệ thống truy xuất nguồn gốc của tỉnh"),
]
ART1B = [
    ("4. Mỗi đối tượng chỉ được hỗ trợ một lần cho cùng một nội dung; trường hợp cùng một nội dung được hưởng nhiều chính sách thì được lựa chọn chính sách có mức hỗ trợ cao nhất.", False),
    ("5. Nguồn kinh phí: ngân sách tỉnh bố trí trong dự toán chi sự nghiệp nông nghiệp hằng năm; tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 480 tỷ đồng.", False),
]
ART2 = [
    ("Điều 2. Tổ chức thực hiện", True),
    ("1. Giao Ủy ban nhân dân tỉnh:", False),
    ("a) Tổ chức triển khai thực hiện Nghị quyết; ban hành hướng dẫn trình tự, thủ tục, hồ sơ đề nghị hỗ trợ trước ngày 30 tháng 9 năm 2026;", False),
    ("b) Bố trí kinh phí thực hiện chính sách trong dự toán ngân sách hằng năm;", False),
    ("c) Định kỳ hằng năm báo cáo Hội đồng nhân dân tỉnh kết quả thực hiện tại kỳ họp thường lệ cuối năm; tổ chức sơ kết 02 năm thực hiện Nghị quyết trong quý IV năm 2027;", False),
    ("d) Trường hợp các quy định của Trung ương về chính sách hỗ trợ nông nghiệp có thay đổi, nghiên cứu, đề xuất sửa đổi, bổ sung Nghị quyết, trình Hội đồng nhân dân tỉnh xem xét, quyết định.", False),
    ("2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.", False),
    ("3. Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh chủ trì, phối hợp với Ban Pháp chế Hội đồng nhân dân tỉnh khảo sát việc triển khai chính sách tại một số xã, phường, báo cáo Thường trực Hội đồng nhân dân tỉnh trước kỳ họp thứ Năm của Hội đồng nhân dân tỉnh.", False),
    ("4. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động hợp tác xã, nông dân tham gia sản xuất theo chuỗi giá trị và tham gia giám sát việc thực hiện Nghị quyết.", False),
]
ART3 = [
    ("Điều 3. Hiệu lực thi hành", True),
    ("1. Nghị quyết này có hiệu lực thi hành từ ngày 20 tháng 7 năm 2026.", False),
    ("2. Nghị quyết số 09/2022/NQ-HĐND ngày 15 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Hưng Yên và Nghị quyết số 23/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Thái Bình (trước sắp xếp) hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.", False),
    ("3. Các dự án, hợp đồng đã được phê duyệt hỗ trợ theo các Nghị quyết quy định tại khoản 2 Điều này tiếp tục được thực hiện cho đến khi kết thúc.", False),
    ("Nghị quyết này đã được Hội đồng nhân dân tỉnh Hưng Yên khóa XVIII, Kỳ họp thứ Ba thông qua ngày 10 tháng 7 năm 2026./.", False),
]
NOINHAN = ["Nơi nhận:", "- Ủy ban Thường vụ Quốc hội;", "- Chính phủ;", "- Bộ Nông nghiệp và Môi trường, Bộ Tài chính;",
           "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;", "- Thường trực Tỉnh ủy;",
           "- Thường trực HĐND, UBND tỉnh;", "- Đại biểu HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
           "- HĐND, UBND các xã, phường;", "- Lưu: VT."]
SIGN = [("CHỦ TỊCH", True), ("(Đã ký)", False), ("Đoàn Văn Thụy", True)]


def plain(stem=STEM):
    out = [t for t, _ in LEFT] + [t for t, _ in RIGHT] + [NUMBER, PLACE_DATE] + [t for t, _ in TITLE]
    out += PREAMBLE + [QN] + [t for t, _ in ART1] + list(THEAD)
    for r in TROWS:
        out += list(r)
    out += [t for t, _ in ART1B] + [t for t, _ in ART2] + [t for t, _ in ART3]
    out += NOINHAN + [t for t, _ in SIGN]
    return "\n".join(out) + "\n"


Doc = pdfkit.numbered("top", family="DejaVuSerif", size=11, y=8, h=6, then_y=18)


def build():
    pdf = pdfkit.setup(Doc(format="A4"), datetime(2026, 7, 10, 8, 0, tzinfo=timezone.utc),
                       "Nghị quyết 18/2026/NQ-HĐND", "HĐND tỉnh Hưng Yên",
                       styles=("", "B", "I", "BI"), family="DejaVuSerif", margins=(22, 15, 18))
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdfkit.header_rows(pdf, LEFT, RIGHT, NUMBER, PLACE_DATE)
    pdf.ln(6)
    for t, b in TITLE:
        pdf.set_font("DejaVuSerif", "B" if b else "", 12.5 if t == "NGHỊ QUYẾT" else 11.5)
        pdf.multi_cell(w, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "I", 11.5)
    for p in PREAMBLE:
        pdf.multi_cell(w, 6, "      " + p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVuSerif", "B", 12)
    pdf.cell(w, 8, QN, align="C", new_x="LMARGIN", new_y="NEXT")

    pdfkit.indented(pdf, ART1, w)
    pdf.set_font("DejaVuSerif", "", 10)
    pdfkit.grid(pdf, (THEAD,) + tuple(TROWS), col_widths=(10, 60, 45, 55),
                text_align=("CENTER", "LEFT", "LEFT", "LEFT"), line_height=5,
                first_row_as_headings=True)
    pdf.ln(2)
    for items in (ART1B, ART2, ART3):
        pdfkit.indented(pdf, items, w)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 72:
        pdf.add_page()
    pdfkit.noinhan_sign(pdf, NOINHAN, [(t, "B" if b else "") for t, b in SIGN], 95, 100,
                        (0, 7, 30))
    out = pdfkit.out_path(HERE, STEM)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
