#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout21 (deterministic).

    python3 tests/data/heldout21/make_pdfs_vi.py

Writes pdf/vi-09-CT-UBND-khanhhoa-an-toan-du-lich-bien-hai-doan-chu-moi-dong_2026-04-20.pdf
next to this script: Chỉ thị 09/CT-UBND of the Chairman of the Khánh Hòa
provincial People's Committee on safety of sea tourism in summer 2026, two
pages. Every body line is drawn as TWO TEXT RUNS: the line is cut at the word
nearest its middle and the second half is placed after a wide gap (about
14 mm), as some converters write justified text, so the text layer has a gap
inside sentences. Needs fpdf2 and the DejaVu Serif fonts; the creation date
is fixed, nothing is random. `plain()` returns the text the PDF renders, in
drawing order (the two runs of a line joined by one space).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-09-CT-UBND-khanhhoa-an-toan-du-lich-bien-hai-doan-chu-moi-dong_2026-04-20"
CREATED = datetime(2026, 4, 20, 9, 15, tzinfo=timezone.utc)
LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "Số: 09/CT-UBND"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
         "Khánh Hòa, ngày 20 tháng 4 năm 2026"]
TITLE = ["CHỈ THỊ", "Về bảo đảm an toàn cho du khách tại các bãi biển, đảo và",
         "hoạt động du lịch trên biển mùa du lịch hè năm 2026"]
# (text, style): "B" bold, "" body
BODY = [
    ("Mùa du lịch hè năm 2025, toàn tỉnh đón 4,1 triệu lượt khách, trong đó có 1,6 triệu lượt khách quốc tế. Tuy nhiên, đã xảy ra 11 vụ đuối nước tại các bãi tắm và 3 sự cố tàu du lịch mất an toàn; một số cơ sở kinh doanh dịch vụ thể thao dưới nước chưa có đủ trang thiết bị cứu hộ.", ""),
    ("Thực hiện Nghị định số 48/2019/NĐ-CP ngày 05/6/2019 của Chính phủ quy định về quản lý hoạt động của phương tiện thủy nội địa phục vụ vui chơi, giải trí dưới nước và Kế hoạch số 57/KH-UBND ngày 16/3/2026 của Ủy ban nhân dân tỉnh về phát triển du lịch năm 2026, để bảo đảm an toàn tuyệt đối cho du khách trong mùa du lịch hè năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", ""),
    ("1. Sở Văn hóa, Thể thao và Du lịch:", "B"),
    ("a) Chủ trì, phối hợp với Công an tỉnh kiểm tra điều kiện an toàn của các cơ sở kinh doanh dịch vụ du lịch biển, đảo, hoàn thành trước ngày 31/5/2026.", ""),
    ("b) Công bố danh sách bãi tắm đủ điều kiện đón khách trên Cổng thông tin điện tử của tỉnh; cập nhật danh sách khi có thay đổi.", ""),
    ("c) Tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng trong mùa du lịch hè.", ""),
    ("2. Sở Xây dựng chỉ đạo kiểm tra đăng kiểm các tàu, thuyền chở khách du lịch; không cấp phép hoạt động đối với phương tiện không bảo đảm an toàn. Cảng vụ Hàng hải Nha Trang phối hợp với Bộ đội Biên phòng tỉnh kiểm soát chặt chẽ số lượng khách, áo phao trên từng chuyến tàu rời bến.", ""),
    ("3. Công an tỉnh xây dựng phương án bảo đảm an ninh, trật tự tại các khu du lịch trọng điểm trong tháng 5/2026; xử lý nghiêm tình trạng chèo kéo, ép giá du khách.", ""),
    ("4. Bộ Chỉ huy Bộ đội Biên phòng tỉnh duy trì lực lượng, phương tiện tìm kiếm, cứu nạn trên biển 24/24 giờ.", ""),
    ("5. Sở Y tế bố trí các đội cấp cứu lưu động tại bãi biển Nha Trang, Cam Ranh và Ninh Chữ vào các ngày cuối tuần, ngày lễ; kiểm tra an toàn thực phẩm tại các nhà hàng hải sản, khách sạn trong quý II/2026.", ""),
    ("6. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Đài Khí tượng Thủy văn tỉnh cung cấp bản tin cảnh báo sóng lớn, dòng chảy xa bờ hằng ngày cho các đơn vị quản lý bãi tắm.", ""),
    ("7. Ủy ban nhân dân các phường, xã, đặc khu ven biển:", "B"),
    ("a) Bố trí lực lượng cứu hộ và biển cảnh báo tại các bãi tắm tự do, hoàn thành trước ngày 15/5/2026;", ""),
    ("b) Rà soát, thay thế phao tiêu, dây phân luồng hư hỏng trong tháng 5/2026;", ""),
    ("c) Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra sự cố mất an toàn do buông lỏng quản lý.", ""),
    ("8. Đề nghị Hiệp hội Du lịch Khánh Hòa vận động các hội viên mua bảo hiểm du lịch cho khách tham gia các hoạt động dưới nước.", ""),
    ("9. Báo và Phát thanh, Truyền hình Khánh Hòa tăng thời lượng phát sóng các chuyên mục hướng dẫn kỹ năng an toàn khi tắm biển.", ""),
    ("10. Giao Sở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổ chức sơ kết, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 9 năm 2026.", ""),
    ("Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Chỉ thị này./.", ""),
]
SIGNER = ["CHỦ TỊCH", "", "Võ Thành Lâm"]
NOTES = ["Nơi nhận:", "- Bộ Văn hóa, Thể thao và Du lịch;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
         "- Như mục 1 - 10;", "- Lưu: VT, KGVX."]

X0, W, GAP, TOP, BOTTOM, LH = 22, 166, 14, 22, 275, 6.0


def lines_of(pdf, text, style):
    pdf.set_font("Serif", style, 12)
    return pdf.multi_cell(W - GAP, LH, text, dry_run=True, output="LINES")


def halves(line):
    """Cut a line at the space nearest its middle: (first run, second run)."""
    words = line.split(" ")
    if len(words) < 2:
        return line, ""
    best, k = None, 1
    for i in range(1, len(words)):
        d = abs(len(" ".join(words[:i])) - len(line) / 2)
        if best is None or d < best:
            best, k = d, i
    return " ".join(words[:k]), " ".join(words[k:])


def new_doc():
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Chỉ thị 09/CT-UBND")
    pdf.set_author("UBND tinh Khanh Hoa")
    pdf.set_creator("Microsoft Word 2016")
    pdf.set_producer("PDF Converter 3.2")
    pdfkit.add_fonts(pdf, ("", "B", "I"))
    pdf.set_margins(X0, 18, X0)
    pdf.set_auto_page_break(False)
    return pdf


def fill(pdf):
    """Draw everything; return the list of rendered strings in drawing order."""
    out = []
    pdf.add_page()
    for i, t in enumerate(LEFT):
        pdf.set_font("Serif", "" if i == 2 else "B", 11)
        pdf.set_xy(X0 - 6, 16 + i * 5.5)
        pdf.cell(64, 5.5, t, align="C"); out.append(t)
    for i, t in enumerate(RIGHT):
        pdf.set_font("Serif", "I" if i == 2 else "B", 11)
        pdf.set_xy(X0 + 62, 16 + i * 5.5)
        pdf.cell(110, 5.5, t, align="C"); out.append(t)
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "B", 13 if i == 0 else 12)
        pdf.set_xy(X0, 40 + i * 6.5)
        pdf.cell(W, 6.5, t, align="C"); out.append(t)
    y = 64
    for text, style in BODY:
        for ln in lines_of(pdf, text, style):
            if y + LH > BOTTOM:
                pdf.add_page(); y = TOP
            a, b = halves(ln)
            pdf.set_font("Serif", style, 12)
            pdf.set_xy(X0, y)
            pdf.cell(pdf.get_string_width(a) + 0.5, LH, a)
            out.append(a)
            if b:
                pdf.set_xy(X0 + pdf.get_string_width(a) + GAP, y)
                pdf.cell(pdf.get_string_width(b) + 0.5, LH, b)
                out[-1] = a + " " + b
            y += LH
        y += 1.5
    y += 4
    if y + 35 > BOTTOM:
        pdf.add_page(); y = TOP
    for i, t in enumerate(NOTES):
        pdf.set_font("Serif", "B" if i == 0 else "", 10)
        pdf.set_xy(X0, y + i * 5)
        pdf.cell(80, 5, t); out.append(t)
    for i, t in enumerate(SIGNER):
        pdf.set_font("Serif", "B", 12)
        pdf.set_xy(X0 + 96, y + i * 8)
        pdf.cell(70, 8, t, align="C")
        if t:
            out.append(t)
    return out


def plain(stem=STEM):
    return "\n".join(fill(new_doc())) + "\n"


def build(path):
    pdf = new_doc(); fill(pdf)
    pdf.output(str(path))
    return pdf.pages_count


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
