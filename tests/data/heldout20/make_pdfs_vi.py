#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout20 (deterministic).

    python3 tests/data/heldout20/make_pdfs_vi.py

Writes pdf/vi-142-NQ-CP-phien-hop-thuong-ky-thang-8-cong-bao-hai-cot_2026-09-07.pdf
next to this script: Nghị quyết 142/NQ-CP, the Government's resolution of its
regular meeting of August 2026, as printed in the official gazette: a running
head "CÔNG BÁO/Số ... /Ngày ...  <page>" on both pages, the document's header
block and title across the page, and the BODY IN TWO COLUMNS on both pages
(left column top to bottom, then right column). Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, nothing is random. `plain()` returns
the text the PDF renders, in drawing order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-142-NQ-CP-phien-hop-thuong-ky-thang-8-cong-bao-hai-cot_2026-09-07"
CREATED = datetime(2026, 9, 12, 7, 30, tzinfo=timezone.utc)
RUNNING = ["CÔNG BÁO/Số 1187 + 1188/Ngày 12-9-2026", "CÔNG BÁO/Số 1187 + 1188/Ngày 12-9-2026"]
FIRST_PAGE_NO = 15
LEFT = ["CHÍNH PHỦ", "-------", "Số: 142/NQ-CP"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 07 tháng 9 năm 2026"]
TITLE = ["NGHỊ QUYẾT", "Phiên họp Chính phủ thường kỳ tháng 8 năm 2026"]
# (text, style): "B" bold, "I" italic, "" body
BODY = [
    ("CHÍNH PHỦ", "B"),
    ("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15 ngày 18 tháng 02 năm 2025;", "I"),
    ("Trên cơ sở thảo luận của các thành viên Chính phủ và kết luận của Thủ tướng Chính phủ tại phiên họp Chính phủ thường kỳ tháng 8 năm 2026, tổ chức ngày 03 tháng 9 năm 2026,", "I"),
    ("QUYẾT NGHỊ:", "B"),
    ("1. Về tình hình kinh tế - xã hội tháng 8 và 8 tháng năm 2026:", "B"),
    ("Chính phủ thống nhất đánh giá: kinh tế vĩ mô ổn định, lạm phát được kiểm soát; chỉ số giá tiêu dùng bình quân 8 tháng tăng 3,1%; tổng kim ngạch xuất nhập khẩu 8 tháng ước đạt 612 tỷ USD. Tuy nhiên, giải ngân vốn đầu tư công mới đạt 41,2% kế hoạch; thị trường bất động sản phục hồi chậm.", ""),
    ("2. Về nhiệm vụ, giải pháp trọng tâm thời gian tới:", "B"),
    ("Chính phủ yêu cầu các bộ, cơ quan, địa phương:", ""),
    ("a) Bám sát diễn biến thị trường, chủ động điều hành giá các mặt hàng thiết yếu, không để tăng giá đột biến vào dịp khai giảng năm học mới.", ""),
    ("b) Đẩy nhanh cắt giảm, đơn giản hóa thủ tục hành chính liên quan đến hoạt động kinh doanh; hoàn thành việc công khai quy trình nội bộ giải quyết thủ tục hành chính trên Cổng Dịch vụ công quốc gia trước ngày 30 tháng 10 năm 2026.", ""),
    ("3. Về giải ngân vốn đầu tư công:", "B"),
    ("Giao Bộ Tài chính chủ trì, phối hợp với các bộ, cơ quan trung ương và địa phương rà soát, điều chuyển kế hoạch vốn năm 2026 của các dự án chậm giải ngân, báo cáo Thủ tướng Chính phủ trong thời hạn 15 ngày kể từ ngày ban hành Nghị quyết này.", ""),
    ("Các bộ, cơ quan trung ương và địa phương phân công lãnh đạo trực tiếp phụ trách từng dự án trọng điểm; phấn đấu giải ngân trên 95% kế hoạch vốn năm 2026 trước ngày 31 tháng 01 năm 2027.", ""),
    ("4. Về bảo đảm cung ứng điện:", "B"),
    ("Giao Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung ứng đủ điện cho sản xuất và tiêu dùng trong những tháng cuối năm; đồng thời hoàn thiện cơ chế mua bán điện trực tiếp, trình Chính phủ trong quý IV năm 2026.", ""),
    ("5. Về phát triển nhà ở xã hội:", "B"),
    ("Bộ Xây dựng chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam hướng dẫn các địa phương tháo gỡ vướng mắc trong thủ tục vay vốn mua nhà ở xã hội; tổng hợp kết quả thực hiện Nghị quyết số 201/2025/QH15 ngày 29 tháng 5 năm 2025 của Quốc hội, báo cáo Chính phủ tại phiên họp thường kỳ tháng 12 năm 2026.", ""),
    ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương bố trí quỹ đất sạch cho nhà ở xã hội theo chỉ tiêu được giao tại Quyết định số 444/QĐ-TTg ngày 27 tháng 02 năm 2025 của Thủ tướng Chính phủ.", ""),
    ("6. Về công tác xây dựng thể chế:", "B"),
    ("Bộ Tư pháp chủ trì thẩm định kịp thời các dự án luật trình Quốc hội tại Kỳ họp thứ hai; các bộ, cơ quan ngang bộ không để nợ đọng văn bản quy định chi tiết.", ""),
    ("7. Về an sinh xã hội:", "B"),
    ("Bộ Y tế chủ trì, phối hợp với Bộ Tài chính trình Chính phủ Nghị định sửa đổi chế độ trợ cấp xã hội hằng tháng trước ngày 15 tháng 11 năm 2026.", ""),
    ("8. Về chuyển đổi số và phát triển khoa học, công nghệ:", "B"),
    ("Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Công an hoàn thành kết nối cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành với Trung tâm dữ liệu quốc gia trong tháng 11 năm 2026; hướng dẫn các địa phương triển khai nền tảng số dùng chung cấp xã.", ""),
    ("Các bộ, cơ quan, địa phương cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính được thực hiện trực tuyến toàn trình.", ""),
    ("9. Về tài nguyên, môi trường và ứng phó với biến đổi khí hậu:", "B"),
    ("Bộ Nông nghiệp và Môi trường khẩn trương hướng dẫn các địa phương xử lý ô nhiễm tại các lưu vực sông Nhuệ - Đáy, Bắc Hưng Hải; trình Thủ tướng Chính phủ kế hoạch thực hiện Đóng góp do quốc gia tự quyết định (NDC) cập nhật trước ngày 31 tháng 12 năm 2026.", ""),
    ("Ủy ban nhân dân các tỉnh ven biển chủ động di dời dân cư ra khỏi khu vực có nguy cơ sạt lở bờ biển, bờ sông.", ""),
    ("10. Về giáo dục, văn hóa, xã hội:", "B"),
    ("Chính phủ ghi nhận năm học 2026 - 2027 được chuẩn bị chu đáo; đủ sách giáo khoa và giáo viên cho các cấp học; các hoạt động kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9 được tổ chức trang trọng, tiết kiệm. Số lao động có việc làm tăng 1,2% so với cùng kỳ; các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời.", ""),
    ("11. Về quốc phòng, an ninh, đối ngoại:", "B"),
    ("Chính phủ đánh giá quốc phòng, an ninh được giữ vững; trật tự, an toàn xã hội được bảo đảm; tội phạm lừa đảo qua mạng giảm 18% so với cùng kỳ. Công tác đối ngoại và hội nhập quốc tế được triển khai đồng bộ, góp phần nâng cao vị thế của đất nước.", ""),
    ("12. Giao Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này; định kỳ hằng tháng tổng hợp tình hình, báo cáo tại phiên họp Chính phủ thường kỳ.", ""),
]
SIGNER = ["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "", "Lê Minh Khôi"]

X0, COLW, GAP, TOP, BOTTOM, LH = 16, 86, 6, 26, 282, 5.0


def lines_of(pdf, text, style, w):
    pdf.set_font("Serif", style, 10)
    return pdf.multi_cell(w, LH, text, dry_run=True, output="LINES")


class Gazette(FPDF):
    def header(self):
        self.set_font("Serif", "I", 9)
        self.set_xy(X0, 12)
        n = FIRST_PAGE_NO + self.page_no() - 1
        self.cell(2 * COLW + GAP - 10, 5, RUNNING[self.page_no() - 1], align="C")
        self.cell(10, 5, str(n), align="R")
        self.line(X0, 18, X0 + 2 * COLW + GAP, 18)


def layout(pdf):
    """(page, column, text, style) for every body line, in drawing order."""
    out, page, col, y = [], 1, 0, None
    first_top = 76
    y = first_top
    for text, style in BODY:
        for ln in lines_of(pdf, text, style, COLW):
            if y + LH > BOTTOM:
                col += 1
                if col == 2:
                    page, col = page + 1, 0
                y = first_top if page == 1 else TOP
            out.append((page, col, y, ln, style))
            y += LH
        y += 1.2
    # the last page is balanced: its lines are shared between the two columns
    last = [i for i, r in enumerate(out) if r[0] == page]
    half = (len(last) + 1) // 2
    for k, i in enumerate(last[half:]):
        p, _, _, ln, st = out[i]
        out[i] = (p, 1, out[last[k]][2], ln, st)
    return out


def fill(pdf):
    pdf.add_page()
    pdf.set_font("Serif", "B", 10)
    for i, t in enumerate(LEFT):
        pdf.set_xy(X0, 24 + i * 5)
        pdf.cell(60, 5, t, align="C")
    for i, t in enumerate(RIGHT):
        pdf.set_font("Serif", "I" if i == 2 else "B", 10)
        pdf.set_xy(X0 + 70, 24 + i * 5)
        pdf.cell(108, 5, t, align="C")
    pdf.set_font("Serif", "B", 12)
    pdf.set_xy(X0, 48)
    pdf.cell(2 * COLW + GAP, 6, TITLE[0], align="C")
    pdf.set_font("Serif", "B", 11)
    pdf.set_xy(X0, 55)
    pdf.cell(2 * COLW + GAP, 6, TITLE[1], align="C")
    pdf.line(X0 + 75, 63, X0 + 2 * COLW + GAP - 75, 63)
    placed = layout(pdf)
    cur = 1
    for page, col, y, text, style in placed:
        if page != cur:
            pdf.add_page(); cur = page
        pdf.set_font("Serif", style, 10)
        pdf.set_xy(X0 + col * (COLW + GAP), y)
        pdf.cell(COLW, LH, text, align="L")
    y = placed[-1][2] + 10
    x = X0 + placed[-1][1] * (COLW + GAP)  # under the right column
    for i, t in enumerate(SIGNER):
        pdf.set_font("Serif", "B", 10)
        pdf.set_xy(x, y + i * 5)
        pdf.cell(COLW, 5, t, align="C")
    return placed


def plain(stem=STEM):
    pdf = new_doc(); placed = fill(pdf)
    out = [RUNNING[0], str(FIRST_PAGE_NO)] + LEFT + RIGHT + TITLE
    cur = 1
    for page, col, y, text, style in placed:
        if page != cur:
            out += [RUNNING[page - 1], str(FIRST_PAGE_NO + page - 1)]; cur = page
        out.append(text)
    out += [t for t in SIGNER if t]
    return "\n".join(out) + "\n"


def new_doc():
    pdf = Gazette(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Nghị quyết 142/NQ-CP - Công báo")
    pdf.set_producer("Cong bao dien tu")
    pdf.set_creator("Cong bao dien tu")
    pdf.set_author("Văn phòng Chính phủ")
    pdfkit.add_fonts(pdf, ("", "B", "I"))
    pdf.set_margins(X0, 20, X0)
    pdf.set_auto_page_break(False)
    return pdf


def build(path):
    pdf = new_doc(); fill(pdf)
    pdf.output(str(path))
    return pdf.pages_count


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
