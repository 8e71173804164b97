#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout41 (deterministic).

    python3 tests/data/heldout41/make_pdfs_vi.py

Writes pdf/vi-8125-BTC-DT-don-doc-giai-ngan-von-dau-tu-cong-fax-ocr-dau-trang-fax-loi-nhan-dang_2026-11-23.pdf
next to this script: official letter 8125/BTC-ĐT of the Ministry of Finance
to the provinces on public investment disbursement, two pages, laid out as
a RECEIVED FAX whose text layer came from OCR: a fax header line at the top
of each page ("FROM : ... FAX NO. : ... 24 Nov. 2026 09:12 P1"), the body
set line by line (left-aligned, lines broken where the fax broke them, one
word split by a line-end hyphen: "thanh-" / "toán"), and OCR errors kept in
the text ("TÀl" with l for I, "0DA" with zero for O, "hoàn thanh" with a
missing diacritic). Needs fpdf2 and the DejaVu fonts; the creation date is
fixed, nothing is random. `plain()` returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402
from fpdf import FPDF  # noqa: E402

STEM = "vi-8125-BTC-DT-don-doc-giai-ngan-von-dau-tu-cong-fax-ocr-dau-trang-fax-loi-nhan-dang_2026-11-23"
CREATED = datetime(2026, 11, 24, 2, 14, tzinfo=timezone.utc)
FAX = "FROM : BO TAI CHINH - VU DAU TU      FAX NO. : 024 2220 8091      24 Nov. 2026 09:12 P{}"

HEAD_L = ["BỘ TÀl CHÍNH", "", "Số: 8125/BTC-ĐT", "V/v đẩy nhanh giải ngân vốn đầu tư", "công năm 2026"]
HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
          "Hà Nội, ngày 23 tháng 11 năm 2026", ""]
KINH_GUI = "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương."

# Body lines as the fax broke them; None = page break.
LINES = [
    "Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29/11/2024 và Nghị định số 85/2025/NĐ-CP",
    "ngày 08/4/2025 của Chính phủ quy định chi tiết một số điều của Luật Đầu tư công; thực hiện",
    "Nghị quyết số 251/NQ-CP ngày 05/11/2026 của Chính phủ về phiên họp Chính phủ thường kỳ",
    "tháng 10 năm 2026 và Công điện số 97/CĐ-TTg ngày 02/10/2026 của Thủ tướng Chính phủ,",
    "Bộ Tài chính có ý kiến như sau:",
    "Đến ngày 15/11/2026, giải ngân vốn đầu tư công cả nước ước đạt 61,8% kế hoạch Thủ tướng",
    "Chính phủ giao; còn 14 tỉnh, thành phố giải ngân thấp hơn bình quân chung, nhiều dự án có",
    "khối lượng hoàn thành nhưng chủ đầu tư chưa lập hồ sơ đề nghị thanh-",
    "toán gửi Kho bạc Nhà nước.",
    "1. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:",
    "a) Chỉ đạo các chủ đầu tư rà soát tiến độ từng dự án, điều chuyển vốn từ dự án chậm giải",
    "ngân sang dự án có khả năng giải ngân tốt hơn trong nội bộ tỉnh; gửi kết quả điều chỉnh kế",
    "hoạch về Bộ Tài chính trước 31/12/2026.",
    "b) Tập trung thanh toán khối lượng hoàn thanh của các dự án sử dụng vốn kế hoạch năm",
    "2026, bảo đảm giải ngân xong các khoản đã đủ hồ sơ đến hết ngày 31/01/2027.",
    "c) Đẩy nhanh tiến độ các dự án sử dụng vốn 0DA và vốn vay ưu đãi của nhà tài trợ nước",
    "ngoài; chủ động làm việc với nhà tài trợ để xử lý vướng mắc về thủ tục rút vốn.",
    "d) Chỉ đạo cơ quan chuyên môn tổng hợp tình hình giải ngân theo quý, gửi Bộ Tài chính",
    "trước ngày 25 của tháng cuối quý.",
    "đ) Xử lý nghiêm các tổ chức, cá nhân cố tình gây cản trở, làm chậm tiến độ giao vốn, thực",
    "hiện và giải ngân vốn đầu tư công.",
    None,
    "2. Đề nghị các Bộ, cơ quan trung ương và địa phương nhập kế hoạch vốn năm 2027 lên Hệ",
    "thống thông tin quốc gia về đầu tư công ngay sau khi được giao, hoàn thành trước ngày",
    "10/01/2027.",
    "3. Bộ Tài chính giao Kho bạc Nhà nước chỉ đạo Kho bạc Nhà nước các khu vực kiểm soát,",
    "thanh toán trong ngày làm việc đối với hồ sơ hợp lệ; phối hợp với Cục Quản lý nợ và Kinh",
    "tế đối ngoại xử lý dứt điểm các khoản vốn 0DA đã ghi thu, ghi chi còn tồn, xong trong tháng",
    "12/2026.",
    "4. Giao Cục Quản lý đấu thầu hướng dẫn các địa phương tháo gỡ vướng mắc trong lựa chọn",
    "nhà thầu qua Hệ thống mạng đấu thầu quốc gia, trả lời bằng văn bản trong thời hạn 07 ngày",
    "làm việc kể từ ngày nhận được đề nghị.",
    "5. Vụ Đầu tư chủ trì, phối hợp với các đơn vị liên quan theo dõi tình hình giải ngân của các",
    "địa phương, tổng hợp danh sách các tỉnh giải ngân dưới mức bình quân để báo cáo Thủ tướng",
    "Chính phủ trước ngày 05/12/2026.",
    "Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh, thành phố quan tâm, chỉ đạo các cơ quan,",
    "đơn vị liên quan thực hiện nghiêm các nội dung nêu trên./.",
]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Thủ tướng Chính phủ (để b/c);", "- VPCP;",
              "- KBNN; Cục QLN&KTĐN; Cục QLĐT;", "- Lưu: VT, ĐT (70b)."]
SIGNER = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(đã ký)", "", "Lê Hoàng Nam"]


class Fax(FPDF):
    def header(self):
        self.set_font("Mono", "", 8)
        self.set_xy(8, 5)
        self.cell(0, 4, FAX.format(self.page_no()))
        self.set_y(16)


def fill(pdf):
    x0 = pdf.l_margin
    y = pdf.get_y()
    for i, (l, r) in enumerate(zip(HEAD_L, HEAD_R)):
        pdf.set_font("Serif", "B" if i < 2 and l else "", 10.5)
        pdf.set_xy(x0, y + i * 5.4)
        pdf.cell(70, 5.4, l, align="C")
        pdf.set_font("Serif", "I" if r.startswith("Hà Nội") else "B", 10.5)
        pdf.set_xy(x0 + 70, y + i * 5.4)
        pdf.cell(pdf.epw - 70, 5.4, r, align="C")
    pdf.set_y(y + 5 * 5.4 + 4)
    pdf.set_font("Serif", "", 11)
    pdf.cell(0, 6, KINH_GUI, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    for line in LINES:
        if line is None:
            pdf.add_page()
            continue
        pdf.set_font("Serif", "", 10.2)
        pdf.cell(0, 6.1, line, **pdfkit.NEXT)
    pdf.ln(4)
    y = pdf.get_y()
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 10 if i == 0 else 9)
        pdf.set_xy(x0, y + i * 4.6)
        pdf.cell(80, 4.6, t)
    for i, t in enumerate(SIGNER):
        pdf.set_font("Serif", "B" if i in (0, 1, 5) else "I", 10.5)
        pdf.set_xy(x0 + 90, y + i * 5.5)
        pdf.cell(pdf.epw - 90, 5.5, t, align="C")


def new_doc():
    pdf = Fax(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Canon iR-ADV C5535 / ABBYY FineReader 15")
    pdf.set_producer("ABBYY FineReader 15")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.add_font("Mono", "", str(pdfkit.FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_margins(18, 16, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    return pdf


def plain():
    """The rendered text in reading order."""
    parts = [FAX.format(1)]
    for l, r in zip(HEAD_L, HEAD_R):
        parts += [l, r]
    parts.append(KINH_GUI)
    for line in LINES:
        parts.append(FAX.format(2) if line is None else line)
    parts += RECIPIENTS + SIGNER
    return "\n".join(p for p in parts if p)


if __name__ == "__main__":
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)
