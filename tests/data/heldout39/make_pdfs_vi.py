#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout39 (deterministic).

    python3 tests/data/heldout39/make_pdfs_vi.py

Writes pdf/vi-2468-QD-UBND-quangtri-ke-hoach-chinh-quyen-so-2027-phu-luc-bang-o-ke-chu-xuong-dong-lap-tieu-de_2026-12-10.pdf
next to this script: Decision 2468/QĐ-UBND of the Quảng Trị provincial People's
Committee issuing the 2027 digital-government plan, two pages. The decision
fills the top of page 1; its appendix "Phụ lục: Danh mục nhiệm vụ" is a RULED
TABLE (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
thành | Sản phẩm) whose narrow columns make the text of each cell WRAP onto two
or three lines; the table runs over the page break and its HEADER ROW IS
REPEATED at the top of page 2. Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, nothing is random. `plain()` returns the text it
renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-2468-QD-UBND-quangtri-ke-hoach-chinh-quyen-so-2027-phu-luc-bang-o-ke-chu-xuong-dong-lap-tieu-de_2026-12-10"
CREATED = datetime(2026, 12, 10, 9, 5, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 11.5), ("TỈNH QUẢNG TRỊ", "B", 11.5),
        ("―――――――", "", 9), ("Số: 2468/QĐ-UBND", "", 12)]
RIGHT = pdfkit.national("Quảng Trị, ngày 10 tháng 12 năm 2026")

TITLE = [("QUYẾT ĐỊNH", "B"),
         ("Ban hành Kế hoạch xây dựng chính quyền số và chuyển đổi số", "B"),
         ("tỉnh Quảng Trị năm 2027", "B"),
         ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "B")]

BODY = [
    ("Căn cứ Luật Tổ chức chính quyền địa phương;", "I"),
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;", "I"),
    ("Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử;", "I"),
    ("Căn cứ Kế hoạch số 112-KH/TU ngày 15/9/2026 của Ban Thường vụ Tỉnh ủy về chuyển đổi số giai đoạn 2026 - 2030;", "I"),
    ("Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 845/TTr-SKHCN ngày 02/12/2026.", "I"),
    ("QUYẾT ĐỊNH:", "C"),
    ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng chính quyền số và chuyển đổi số tỉnh Quảng Trị năm 2027, gồm các nhiệm vụ tại Phụ lục: Danh mục nhiệm vụ.", ""),
    ("Điều 2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc các cơ quan, địa phương triển khai Kế hoạch, định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.", ""),
    ("Điều 3. Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ chịu trách nhiệm thi hành Quyết định này./.", ""),
]
RECIPIENTS = ["- Như Điều 3;", "- Bộ Khoa học và Công nghệ;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."]
SIGNER = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
          ("", ""), ("(Đã ký)", "I"), ("", ""), ("Hoàng Thị Mỹ Duyên", "B")]

APPENDIX_TITLE = [("Phụ lục: Danh mục nhiệm vụ", "B"),
                  ("(Kèm theo Quyết định số 2468/QĐ-UBND ngày 10/12/2026 của Ủy ban nhân dân tỉnh Quảng Trị)", "I")]
HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
ROWS = [
    ["1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, kết nối với Cổng Dịch vụ công quốc gia", "Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh", "Quý II/2027", "Hệ thống được nâng cấp"],
    ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Ủy ban nhân dân các xã, phường, đặc khu", "Sở Khoa học và Công nghệ", "6 tháng đầu năm 2027", "Kho dữ liệu số hóa"],
    ["3", "Xây dựng cơ sở dữ liệu đất đai tỉnh, đồng bộ với cơ sở dữ liệu đất đai quốc gia", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường, đặc khu", "năm 2027", "Cơ sở dữ liệu đất đai"],
    ["4", "Triển khai nền tảng học bạ số cho các trường phổ thông", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Học kỳ I năm học 2027 - 2028", "Học bạ số"],
    ["5", "Rà soát, cắt giảm giấy tờ công dân trong thủ tục hành chính khi dữ liệu dân cư đã được khai thác", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Thường xuyên", "Báo cáo rà soát"],
    ["6", "Hướng dẫn, xác thực tài khoản định danh điện tử mức độ 2 cho người dân ở các xã vùng sâu, vùng xa", "Công an tỉnh", "Ủy ban nhân dân các xã, phường, đặc khu", "đầu quý I/2027", "Tài khoản được kích hoạt"],
    ["7", "Bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số trong dự toán ngân sách", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Hằng năm", "Quyết định giao dự toán"],
    ["8", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Sở Y tế", "", "trước ngày 30/9/2027", "Bệnh án điện tử được vận hành"],
    ["9", "Đánh giá an toàn hệ thống thông tin theo cấp độ đối với các hệ thống dùng chung của tỉnh", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Quý III/2027", "Hồ sơ đề xuất cấp độ được phê duyệt"],
    ["10", "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã, phường, đặc khu", "trong tháng 4/2027", "Lớp tập huấn"],
    ["11", "Phát triển tổ công nghệ số cộng đồng tại các thôn, khu phố và đặc khu", "Ủy ban nhân dân các xã, phường, đặc khu", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Quý I/2027", "Quyết định thành lập tổ"],
    ["12", "Xây dựng sàn thương mại điện tử giới thiệu nông sản, sản phẩm OCOP của tỉnh", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "31/10/2027", "Sàn thương mại điện tử"],
    ["13", "Tuyên truyền về chuyển đổi số trên báo chí, hệ thống thông tin cơ sở", "Báo và Phát thanh, Truyền hình Quảng Trị", "Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên", "Tin, bài, phóng sự"],
]
WIDTHS = (10, 54, 29, 33, 24, 25)


class Doc(pdfkit.WordDoc):
    NUMBER = {"at": "top", "size": 11, "y": 10, "next_line": True, "then_y": "top"}
    BODY, LINE, PARA_AFTER = 11.5, 5.3, 0.6
    SIGN_ROOM = 45

    def task_table(self, rows, widths, aligns):
        """Ruled table, header row repeated on each page, cells wrapping inside."""
        self.set_font("Serif", "", 9)
        with self.table(col_widths=widths, width=self.epw, line_height=4.1, text_align=aligns,
                        headings_style=pdfkit.BOLD, repeat_headings=1,
                        padding=(0.8, 1.0, 0.8, 1.0), v_align="MIDDLE") as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def fill(pdf):
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=12, after=1, before=2, h=5.8)
    for text, style in BODY:
        if style == "C":
            pdf.para(text, style="B", align="C", indent=False)
        else:
            pdf.para(text, style=style)
    pdf.ln(2)
    pdf.titles(APPENDIX_TITLE, size=11.5, before=1, after=2, h=5.5)
    pdf.task_table([HEAD] + ROWS, WIDTHS, aligns=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"))
    pdf.signature(RECIPIENTS, SIGNER)


def new_doc():
    pdf = Doc((20, 12, 15), 15, CREATED, SOFTWARE)
    pdf.add_page()
    return pdf


def plain():
    """The rendered text in reading order (the table row by row, cell by cell)."""
    parts = [t for t, _, _ in LEFT] + [t for t, _, _ in RIGHT]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY]
    parts += [t for t, _ in APPENDIX_TITLE]
    for r in [HEAD] + ROWS:
        parts += r
    parts += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER]
    return "\n".join(p for p in parts if p)


if __name__ == "__main__":
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)
