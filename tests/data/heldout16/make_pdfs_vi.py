#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout16 (deterministic).

    python3 tests/data/heldout16/make_pdfs_vi.py

Writes pdf/vi-05-CD-BYT-cum-a-h5n1-dau-ky-so-goc-trang_2027-01-20.pdf next to
this script: a Công điện of the Minister of Health (Bộ trưởng Bộ Y tế) on
human avian influenza A(H5N1) cases in Đồng Tháp and An Giang. Page 1: the
two-column header, the title, the "BỘ TRƯỞNG BỘ Y TẾ điện:" addressee list,
background figures (no tasks) and the numbered items, justified; a framed
digital-signature stamp ("Ký bởi / Cơ quan / Thời gian ký") is drawn LAST on
page 1, in its top right corner, so text extraction puts it after the page's
body, between the two "-" items of item 4 (the page break falls there too).
Page 2 carries the page number "2" at the top, the second "-" item of item 4
(it takes the heading's subject), the rest of the items, a responsibility warning (no task) and "Nơi nhận"
beside "KT. BỘ TRƯỞNG / THỨ TRƯỞNG". Needs fpdf2 and the DejaVu Serif fonts;
the creation date is fixed, nothing is random. `plain()` returns the text the
PDF renders, in drawing order, with the page number.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-05-CD-BYT-cum-a-h5n1-dau-ky-so-goc-trang_2027-01-20"
CREATED = datetime(2027, 1, 20, 9, 42, tzinfo=timezone.utc)

ISSUER = [("BỘ Y TẾ", "B", 12), ("-------", "", 10), ("", "", 10), ("", "", 10),
          ("Số: 05/CĐ-BYT", "", 12)]
DATE_LINE = "Hà Nội, ngày 20 tháng 01 năm 2027"
TITLE = [("CÔNG ĐIỆN", "B"), ("Về việc tăng cường phòng, chống bệnh cúm A(H5N1) ở người", "B")]
STAMP = ["Ký bởi: Bộ Y tế", "Cơ quan: Bộ Y tế", "Thời gian ký: 20.01.2027 16:42:05 +07:00"]
# (text, style): "B" = bold heading line, "L" = left-aligned list line, "" = justified paragraph.
# None marks the page break (the page-1 stamp is drawn just before it).
BODY = [
    ("BỘ TRƯỞNG BỘ Y TẾ điện:", "B"),
    ("- Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương;", "L"),
    ("- Viện trưởng Viện Vệ sinh dịch tễ Trung ương, Viện Pasteur Thành phố Hồ Chí Minh;", "L"),
    ("- Giám đốc các bệnh viện trực thuộc Bộ Y tế.", "L"),
    ("Ngày 18/01/2027, Viện Pasteur Thành phố Hồ Chí Minh xác nhận 02 trường hợp mắc cúm A(H5N1) "
     "tại tỉnh Đồng Tháp và tỉnh An Giang, trong đó 01 trường hợp tử vong; cả hai bệnh nhân đều có "
     "tiếp xúc với gia cầm ốm, chết. Tổ chức Y tế Thế giới đánh giá nguy cơ lây lan ra cộng đồng "
     "hiện ở mức thấp, nhưng vi rút có thể biến đổi và lây từ người sang người.", ""),
    ("Thực hiện Công điện số 09/CĐ-TTg ngày 19/01/2027 của Thủ tướng Chính phủ về chủ động phòng, "
     "chống dịch bệnh mùa đông xuân, Bộ trưởng Bộ Y tế yêu cầu:", ""),
    ("1. Giám đốc Sở Y tế các tỉnh Đồng Tháp, An Giang:", "B"),
    ("a) Ngay lập tức khoanh vùng, giám sát chặt chẽ những người tiếp xúc gần với các bệnh nhân "
     "trong 14 ngày;", ""),
    ("b) Lấy mẫu xét nghiệm toàn bộ người có triệu chứng hô hấp trong ổ dịch, gửi Viện Pasteur "
     "Thành phố Hồ Chí Minh trước 10 giờ ngày 22/01/2027;", ""),
    ("c) Báo cáo diễn biến dịch về Bộ Y tế (qua Cục Phòng bệnh) trước 15 giờ hằng ngày.", ""),
    ("2. Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc trung ương còn lại tăng cường giám sát "
     "ca bệnh viêm phổi nặng nghi do vi rút; tham mưu Ủy ban nhân dân cấp tỉnh chỉ đạo tuyên "
     "truyền người dân không giết mổ, sử dụng gia cầm ốm, chết.", ""),
    ("3. Viện trưởng Viện Pasteur Thành phố Hồ Chí Minh chủ trì, phối hợp với Viện Vệ sinh dịch "
     "tễ Trung ương giải trình tự gen các mẫu dương tính, báo cáo kết quả về Cục Phòng bệnh "
     "trong vòng 05 ngày kể từ ngày nhận mẫu.", ""),
    ("4. Giám đốc các bệnh viện trực thuộc Bộ Y tế:", "B"),
    ("- Chuẩn bị sẵn khu cách ly, máy thở và thuốc kháng vi rút để tiếp nhận người bệnh nặng;", ""),
    None,
    ("- Tổ chức tập huấn phác đồ điều trị cúm A(H5N1) theo Quyết định số 125/QĐ-BYT ngày "
     "14/01/2025 của Bộ trưởng Bộ Y tế cho các bệnh viện tuyến tỉnh trong tháng 02/2027.", ""),
    ("5. Cục Phòng bệnh theo dõi sát diễn biến dịch, báo cáo Bộ trưởng trước 17 giờ hằng ngày; "
     "cử đoàn công tác đến tỉnh Đồng Tháp, An Giang ngay trong tuần này.", ""),
    ("6. Cục Quản lý Dược bảo đảm đủ thuốc kháng vi rút oseltamivir cho các địa phương có ca "
     "bệnh; xuất cấp 20.000 liều từ nguồn dự trữ của Bộ Y tế trước ngày 25/01/2027.", ""),
    ("7. Đề nghị Bộ Nông nghiệp và Môi trường chỉ đạo Cục Chăn nuôi và Thú y phối hợp với Sở Nông "
     "nghiệp và Môi trường các tỉnh Đồng Tháp, An Giang điều tra, xử lý triệt để các ổ dịch cúm "
     "gia cầm.", ""),
    ("8. Văn phòng Bộ phối hợp với Cục Phòng bệnh cung cấp thông tin kịp thời, chính xác cho các "
     "cơ quan báo chí.", ""),
    ("Giám đốc Sở Y tế các tỉnh, thành phố chịu trách nhiệm trước Bộ trưởng Bộ Y tế nếu để dịch "
     "lây lan do chậm phát hiện, chậm báo cáo./.", ""),
]
RECIPIENTS = ["- Như trên;", "- Thủ tướng Chính phủ (để b/c);", "- Phó Thủ tướng Chính phủ (để b/c);",
              "- Bộ trưởng (để b/c);", "- Bộ Nông nghiệp và Môi trường;", "- UBND các tỉnh, thành phố;",
              "- Lưu: VT, PB."]
SIGNER = [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Phạm Quốc Dũng", "B")]


def plain(stem=STEM):
    out = [t for t, _, _ in ISSUER if t] + [t for t, _, _ in pdfkit.national(DATE_LINE) if t]
    out += [t for t, _ in TITLE]
    for item in BODY:
        if item is None:
            out += STAMP + ["2"]
        else:
            out.append(item[0])
    out += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT, PARA_AFTER = 12, 5.8, "    ", 0.8
    SIGN_WL, SIGN_ROOM, SIGN_SIZE = 84, 40, 12


def stamp(pdf):
    """The digital-signature box in the top right corner of the current page."""
    x, y, w = 128, 4, 74
    pdf.set_draw_color(200, 0, 0)
    pdf.set_text_color(200, 0, 0)
    pdf.rect(x, y, w, 4.2 * len(STAMP) + 2)
    pdf.set_font("Serif", "", 7.5)
    for i, t in enumerate(STAMP):
        pdf.set_xy(x + 1, y + 1 + 4.2 * i)
        pdf.cell(w - 2, 4.2, t)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(ISSUER, pdfkit.national(DATE_LINE), wl=70)
    pdf.titles(TITLE, size=13, before=4, after=3)
    for item in BODY:
        if item is None:
            stamp(pdf)
            pdf.add_page()
            continue
        text, style = item
        if style == "B":
            pdf.para(text, style="B", indent=False)
        elif style == "L":
            pdf.para(text, align="L", after=0.2, indent=False)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)],
                             lambda: Doc((25, 18, 18), 16, CREATED, "Microsoft Word 2019"))[0]


if __name__ == "__main__":
    build()
