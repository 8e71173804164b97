#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout17 (deterministic).

    python3 tests/data/heldout17/make_pdfs_vi.py

Writes pdf/vi-212-KH-BXD-thanh-toan-dien-tu-giao-thong-bang-lap-tieu-de-trang-2_2026-12-28.pdf
next to this script: Kế hoạch 212/KH-BXD of the Ministry of Construction on
extending electronic road-traffic payment in 2027. Page 1: two-column
header, centred title, italic "Căn cứ" lines, purposes (no tasks) and the
start of a ruled task table STT | Nội dung | Cơ quan chủ trì | Cơ quan phối
hợp | Thời gian hoàn thành | Sản phẩm with Roman-numbered group rows and
cells wrapped over several lines. The table crosses the page break and its
heading row is REPEATED at the top of page 2 (fpdf2 repeats table headings
on every page), under the page number "2". After the table: "III. TỔ CHỨC
THỰC HIỆN" in prose and "Nơi nhận" beside "KT. BỘ TRƯỞNG / THỨ TRƯỞNG".
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text the PDF renders (the repeated heading
row included), in drawing order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-212-KH-BXD-thanh-toan-dien-tu-giao-thong-bang-lap-tieu-de-trang-2_2026-12-28"
CREATED = datetime(2026, 12, 28, 10, 15, tzinfo=timezone.utc)

ISSUER = [("BỘ XÂY DỰNG", "B", 12), ("-------", "", 10), ("", "", 10), ("", "", 10),
          ("Số: 212/KH-BXD", "", 12)]
DATE_LINE = "Hà Nội, ngày 28 tháng 12 năm 2026"
TITLE = [("KẾ HOẠCH", "B"),
         ("Triển khai mở rộng thanh toán điện tử giao thông đường bộ năm 2027", "B")]
INTRO = [
    ("Căn cứ Nghị định số 119/2024/NĐ-CP ngày 30 tháng 9 năm 2024 của Chính phủ quy định về "
     "thanh toán điện tử giao thông đường bộ;", "I"),
    ("Căn cứ Quyết định số 1156/QĐ-BXD ngày 14 tháng 8 năm 2026 của Bộ trưởng Bộ Xây dựng phê "
     "duyệt Đề án chuyển đổi số ngành Xây dựng giai đoạn 2026 - 2030;", "I"),
    ("Bộ Xây dựng ban hành Kế hoạch triển khai mở rộng thanh toán điện tử giao thông đường bộ "
     "năm 2027 như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("1. Mở rộng thanh toán điện tử từ trạm thu phí đường bộ sang bãi đỗ xe, phí trông giữ xe "
     "và các dịch vụ giao thông khác; đến hết năm 2027 có ít nhất 90% phương tiện ô tô lưu "
     "hành có tài khoản giao thông.", ""),
    ("2. Việc triển khai phải bảo đảm an toàn dữ liệu cá nhân của chủ phương tiện và không làm "
     "phát sinh thủ tục hành chính mới.", ""),
    ("II. NHIỆM VỤ CỤ THỂ", "B"),
    ("Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành như sau:", ""),
]
HEAD = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
        "Sản phẩm"]
# A row of one string is a group row (Roman numeral, title).
ROWS = [
    ("I", "Hoàn thiện thể chế"),
    ["1", "Rà soát, đề xuất sửa đổi, bổ sung Nghị định số 119/2024/NĐ-CP", "Vụ Pháp chế",
     "Cục Đường bộ Việt Nam; Ngân hàng Nhà nước Việt Nam", "Quý I/2027",
     "Báo cáo rà soát, dự thảo Nghị định"],
    ["2", "Xây dựng quy chuẩn kỹ thuật quốc gia về thiết bị thu phí điện tử tại bãi đỗ xe",
     "Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng", "Cục Đường bộ Việt Nam",
     "Tháng 6/2027", "Thông tư ban hành quy chuẩn"],
    ["3", "Hướng dẫn thu phí sử dụng đường cao tốc do Nhà nước đầu tư qua tài khoản giao thông",
     "Cục Đường bộ Việt Nam", "Bộ Tài chính", "Trước 31/3/2027", "Văn bản hướng dẫn"],
    ("II", "Phát triển hạ tầng và dữ liệu"),
    ["4", "Triển khai thu phí điện tử không dừng tại bãi đỗ xe của 20 cảng hàng không",
     "Cục Hàng không Việt Nam", "Tổng công ty Cảng hàng không Việt Nam - CTCP",
     "6 tháng đầu năm 2027", "Hệ thống thu phí được vận hành"],
    ["5", "Kết nối dữ liệu đăng kiểm phương tiện với hệ thống thanh toán điện tử giao thông",
     "Cục Đăng kiểm Việt Nam", "Trung tâm Công nghệ thông tin; Cục Cảnh sát giao thông (Bộ Công an)",
     "Quý III/2027", "Dữ liệu được kết nối, đồng bộ"],
    ["6", "Xây dựng cơ sở dữ liệu tập trung về giao dịch thanh toán điện tử giao thông",
     "Trung tâm Công nghệ thông tin", "Các nhà cung cấp dịch vụ thanh toán", "Năm 2027",
     "Cơ sở dữ liệu"],
    ["7", "Thí điểm thu phí trông giữ xe qua tài khoản giao thông tại các đô thị loại đặc biệt",
     "Cục Đường bộ Việt Nam",
     "Ủy ban nhân dân thành phố Hà Nội; Ủy ban nhân dân Thành phố Hồ Chí Minh",
     "Từ tháng 4/2027 đến tháng 9/2027", "Báo cáo kết quả thí điểm"],
    ["8", "Nâng cấp các trạm thu phí của dự án BOT sang hình thức thu phí tự do nhiều làn",
     "Cục Đường bộ Việt Nam", "Các nhà đầu tư dự án BOT", "Trước ngày 30/11/2027",
     "Trạm thu phí được nâng cấp"],
    ("III", "Tuyên truyền, đào tạo và kiểm tra"),
    ["9", "Tuyên truyền, hướng dẫn chủ phương tiện mở và sử dụng tài khoản giao thông",
     "Báo Xây dựng", "Sở Xây dựng các tỉnh, thành phố", "Thường xuyên", "Tin, bài, phóng sự"],
    ["10", "Tập huấn nghiệp vụ thanh toán điện tử cho công chức Sở Xây dựng các tỉnh, thành phố",
     "Cục Đường bộ Việt Nam", "Trường Cán bộ quản lý xây dựng và đô thị", "Quý II/2027",
     "Các lớp tập huấn"],
    ["11", "Kiểm tra việc chấp hành quy định về thanh toán điện tử tại các trạm thu phí",
     "Thanh tra Bộ", "Cục Đường bộ Việt Nam", "Hằng quý", "Báo cáo kiểm tra"],
    ["12", "Tổng hợp, báo cáo Bộ trưởng kết quả thực hiện Kế hoạch", "Vụ Kế hoạch - Tài chính",
     "Các cơ quan, đơn vị thuộc Bộ", "Trước ngày 15/12/2027", "Báo cáo tổng kết"],
]
WIDTHS = (10, 52, 30, 34, 22, 26)
OUTRO = [
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Thủ trưởng các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại bảng trên chủ động xây "
     "dựng kế hoạch chi tiết để thực hiện; báo cáo kết quả về Bộ (qua Vụ Kế hoạch - Tài chính) "
     "trước ngày 20 của tháng cuối quý.", ""),
    ("2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ dự toán ngân sách nhà "
     "nước năm 2027 giao cho Bộ.", ""),
    ("3. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Xây dựng "
     "phối hợp với Cục Đường bộ Việt Nam triển khai thanh toán điện tử tại các bãi đỗ xe do địa "
     "phương quản lý.", ""),
    ("4. Đề nghị Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng liên kết tài khoản "
     "thanh toán với tài khoản giao thông của khách hàng.", ""),
    ("5. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo Bộ trưởng "
     "(qua Cục Đường bộ Việt Nam) để xem xét, giải quyết./.", ""),
]
RECIPIENTS = ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Ngân hàng Nhà nước Việt Nam;",
              "- UBND các tỉnh, thành phố;", "- Sở Xây dựng các tỉnh, thành phố;",
              "- Các cơ quan, đơn vị thuộc Bộ;", "- Lưu: VT, ĐB."]
SIGNER = [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Nguyễn Đức Tài", "B")]
BREAK_AFTER = 8  # the page break falls before row 7 (ROWS[8]); checked against pypdfium2


def _cells(row):
    if isinstance(row, tuple):
        return [row[0], row[1], "", "", "", ""]
    return list(row)


def plain(stem=STEM):
    out = [t for t, _, _ in ISSUER if t] + [t for t, _, _ in pdfkit.national(DATE_LINE) if t]
    out += [t for t, _ in TITLE] + [t for t, _ in INTRO]
    out += HEAD
    for i, row in enumerate(ROWS):
        if i == BREAK_AFTER:
            out += ["2"] + HEAD
        out += [c for c in _cells(row) if c]
    out += [t for t, _ in OUTRO]
    out += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT, PARA_AFTER = 11, 5.2, "    ", 0.6
    SIGN_WL, SIGN_ROOM, SIGN_SIZE = 84, 40, 12


def fill(pdf):
    pdf.add_page()
    pdf.two_col(ISSUER, pdfkit.national(DATE_LINE), wl=70)
    pdf.titles(TITLE, size=13, before=4, after=3)
    for text, style in INTRO:
        if style == "B":
            pdf.head(text)
        else:
            pdf.para(text, style=style)
    with pdf.grid(WIDTHS, aligns=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"),
                  size=9, line_height=4.1) as table:
        head = table.row()
        for c in HEAD:
            head.cell(c)
        for row in ROWS:
            r = table.row()
            if isinstance(row, tuple):
                r.cell(row[0], style=pdfkit.BOLD)
                r.cell(row[1], style=pdfkit.BOLD, colspan=5)
            else:
                for c in row:
                    r.cell(c)
    pdf.ln(3)
    for text, style in OUTRO:
        if style == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)],
                             lambda: Doc((20, 16, 16), 16, CREATED, "Microsoft Word 2019"))[0]


if __name__ == "__main__":
    build()
