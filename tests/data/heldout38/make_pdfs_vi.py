#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout38 (deterministic).

    python3 tests/data/heldout38/make_pdfs_vi.py

Writes pdf/vi-612-TB-VP-tayninh-ket-luan-chu-tich-gap-go-doanh-nghiep-chu-thich-dau-trang-trang-x-tren-y_2026-12-03.pdf
next to this script: notice 612/TB-VP of the Office of the Tây Ninh provincial
People's Committee conveying the Chairman's conclusions at a meeting with
enterprises, two pages: a RUNNING HEADER line on every page (number, date and
issuer of the notice, ruled below), the page number "Trang x/2" in the footer
of every page, and three FOOTNOTES at the foot of page 1 (superscript markers
in the body) that give the numbers and dates of the documents cited. Needs
fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing is
random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-612-TB-VP-tayninh-ket-luan-chu-tich-gap-go-doanh-nghiep-chu-thich-dau-trang-trang-x-tren-y_2026-12-03"
CREATED = datetime(2026, 12, 3, 15, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2016"
RUNNING = "Thông báo số 612/TB-VP ngày 03/12/2026 - Văn phòng UBND tỉnh Tây Ninh"
PAGES = 2

LEFT = [("ỦY BAN NHÂN DÂN", "", 11.5), ("TỈNH TÂY NINH", "", 11.5), ("VĂN PHÒNG", "B", 12),
        ("―――――――", "", 9), ("Số: 612/TB-VP", "", 12)]
RIGHT = pdfkit.national("Tây Ninh, ngày 03 tháng 12 năm 2026")

TITLE = [("THÔNG BÁO", "B"),
         ("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi gặp gỡ,", "B"),
         ("đối thoại với doanh nghiệp cuối năm 2026", "B")]

FOOTNOTES = [
    "¹ Kế hoạch số 245/KH-UBND ngày 12/11/2026 của Ủy ban nhân dân tỉnh về tổ chức gặp gỡ, đối thoại với doanh nghiệp năm 2026.",
    "² Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.",
    "³ Nghị định số 103/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định về tiền sử dụng đất, tiền thuê đất.",
]

# (text, style): style "B" bold heading, "" body paragraph
BODY = [
    ("Ngày 28 tháng 11 năm 2026, tại Hội trường Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi gặp gỡ, đối thoại với doanh nghiệp theo kế hoạch đã ban hành¹. Tham dự có lãnh đạo các sở, ngành, Hiệp hội Doanh nghiệp tỉnh và 146 doanh nghiệp, nhà đầu tư đang hoạt động trên địa bàn.", ""),
    ("I. TÌNH HÌNH CHUNG", "B"),
    ("Mười một tháng năm 2026, tỉnh thu hút 38 dự án đầu tư trực tiếp nước ngoài mới với tổng vốn đăng ký 1,42 tỷ USD; số doanh nghiệp thành lập mới tăng 12% so với cùng kỳ. Tại buổi đối thoại, doanh nghiệp nêu 27 kiến nghị, chủ yếu về hoàn thuế, đất đai, cấp điện và chuyển đổi số²; nhiều kiến nghị liên quan đến cách tính tiền thuê đất theo quy định mới³. Các sở, ngành đã trả lời trực tiếp 19 kiến nghị tại buổi gặp gỡ.", ""),
    ("Chủ tịch Ủy ban nhân dân tỉnh ghi nhận, biểu dương cộng đồng doanh nghiệp đã vượt qua khó khăn, giữ ổn định việc làm cho người lao động. Đồng hành với doanh nghiệp phải là trách nhiệm thường trực của cả hệ thống chính quyền.", ""),
    ("II. KẾT LUẬN, CHỈ ĐẠO", "B"),
    ("1. Giao Sở Tài chính chủ trì, phối hợp với Thuế tỉnh rà soát các khoản hoàn thuế giá trị gia tăng còn tồn đọng của doanh nghiệp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh chậm nhất ngày 05/01/2027.", ""),
    ("2. Đề nghị Thuế tỉnh Tây Ninh công khai danh sách hồ sơ hoàn thuế đủ điều kiện trên Cổng thông tin điện tử của cơ quan thuế trong tuần đầu tháng 12/2026.", ""),
    ("3. Yêu cầu Sở Nông nghiệp và Môi trường hoàn thành thẩm định hồ sơ giao đất, cho thuê đất của 09 dự án tại Khu công nghiệp Phước Đông trong 07 ngày làm việc kể từ ngày nhận được văn bản này; đồng thời hướng dẫn doanh nghiệp bổ sung hồ sơ còn thiếu theo quy định về tiền thuê đất.", ""),
    ("4. Ban Quản lý các khu kinh tế tỉnh có trách nhiệm phối hợp với Công ty Điện lực Tây Ninh lập phương án cấp điện bổ sung cho các khu công nghiệp đang thiếu công suất trong quý IV/2026.", ""),
    ("5. Sở Xây dựng được giao chủ trì thẩm định thiết kế cơ sở của dự án nhà ở công nhân tại phường Tân An, gửi kết quả cho chủ đầu tư trước 31/12.", ""),
    ("6. Đồng chí Giám đốc Sở Công Thương chỉ đạo Trung tâm Xúc tiến thương mại tổ chức hội chợ kết nối cung cầu hàng nông sản giữa tháng 01/2027.", ""),
    ("7. Các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường theo chức năng, nhiệm vụ giải quyết dứt điểm các kiến nghị của doanh nghiệp nêu tại Phụ lục kèm theo Thông báo này, báo cáo kết quả trước ngày 15 hằng tháng.", ""),
    ("8. Sở Khoa học và Công nghệ:", ""),
    ("a) Hướng dẫn doanh nghiệp nhỏ và vừa đăng ký tham gia chương trình hỗ trợ chuyển đổi số của tỉnh, hoàn thành trong năm 2026;", ""),
    ("b) Chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh duy trì kênh hỗ trợ trực tuyến giải đáp vướng mắc về thủ tục đầu tư từ nay đến hết tháng 12/2026.", ""),
    ("9. Công an tỉnh phối hợp với Ủy ban nhân dân các xã, phường có khu công nghiệp thường xuyên bảo đảm an ninh, trật tự tại các khu công nghiệp và cụm công nghiệp.", ""),
    ("10. Đề nghị Hiệp hội Doanh nghiệp tỉnh tổng hợp ý kiến của hội viên về dự thảo bảng giá đất điều chỉnh, gửi Sở Tài chính trước ngày 20/12/2026.", ""),
    ("11. Yêu cầu Ủy ban nhân dân các xã, phường niêm yết công khai quy trình, thời gian giải quyết thủ tục liên quan đến đất đai tại trụ sở; rà soát quỹ đất sạch có thể bố trí cho nhà đầu tư thứ cấp, gửi Sở Nông nghiệp và Môi trường trước ngày 25/12/2026.", ""),
    ("12. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp kết quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh tại buổi gặp gỡ doanh nghiệp quý I/2027.", ""),
    ("Kiến nghị về việc gia hạn thời gian thuê đất của Công ty TNHH Dệt may Hòa Thành chưa xem xét tại buổi gặp gỡ này, sẽ xử lý khi có hồ sơ đầy đủ.", ""),
    ("Văn phòng Ủy ban nhân dân tỉnh Tây Ninh thông báo để các sở, ngành, địa phương và doanh nghiệp biết, thực hiện./.", ""),
]
RECIPIENTS = ["- CT, các PCT UBND tỉnh;", "- Các sở, ngành tỉnh;", "- Hiệp hội Doanh nghiệp tỉnh;",
              "- UBND các xã, phường;", "- LĐVP;", "- Lưu: VT, KT."]
SIGNER = [("KT. CHÁNH VĂN PHÒNG", "B"), ("PHÓ CHÁNH VĂN PHÒNG", "B"), ("", ""), ("(Đã ký)", "I"),
          ("", ""), ("Lê Thị Thanh Hương", "B")]


class Doc(pdfkit.WordDoc):
    NUMBER = {}
    SIGN_ROOM = 40
    BODY, LINE, PARA_AFTER = 11.5, 5.4, 0.8

    def header(self):
        self.set_font("Serif", "I", 9)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, RUNNING, align="R")
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() == 1:
            self.set_y(-44)
            self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
            self.ln(1.5)
            self.set_font("Serif", "", 8.5)
            for f in FOOTNOTES:
                self.multi_cell(0, 4.2, f, align="J", **pdfkit.NEXT)
        self.set_y(-15)
        self.set_font("Serif", "", 9.5)
        self.cell(0, 6, f"Trang {self.page_no()}/{PAGES}", align="C")


def keep(pdf, text):
    """A new page first when the paragraph would not fit above the footnotes (no paragraph is split)."""
    pdf.set_font("Serif", "", pdf.BODY)
    lines = pdf.multi_cell(0, pdf.LINE, text, align="J", dry_run=True, output="LINES")
    if pdf.get_y() + len(lines) * pdf.LINE > pdf.h - pdf.b_margin:
        pdf.add_page()


def fill(pdf):
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13)
    for text, style in BODY:
        if style == "B":
            pdf.head(text)
        else:
            keep(pdf, text)
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)


def new_doc():
    pdf = Doc((25, 20, 18), 46, CREATED, SOFTWARE)
    pdf.add_page()
    return pdf


def plain():
    """The rendered text in reading order (header, body, footnotes ignored for order)."""
    parts = [RUNNING]
    parts += [t for t, _, _ in LEFT] + [t for t, _, _ in RIGHT]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY] + FOOTNOTES
    parts += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER]
    return "\n".join(p for p in parts if p)


if __name__ == "__main__":
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)
