#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout10 (deterministic).

    python3 tests/data/heldout10/make_pdfs_vi.py

Writes pdf/vi-385-KH-BDTTG-nguoi-co-uy-tin-bang-hai-trang_2026-11-09.pdf next
to this script: a plan of the Ministry of Ethnic and Religious Affairs (Bộ Dân
tộc và Tôn giáo) on the policy for prestigious persons in ethnic minority
communities, 2026 - 2027. Its task table (TT | Nội dung nhiệm vụ | Đơn vị chủ
trì | Đơn vị phối hợp | Thời gian hoàn thành) has three group rows spanning the
columns and runs from the foot of page 1 onto page 2, where the heading row is
printed again (fpdf2 repeats table headings on every page); the page number
stands at the top of pages 2 and 3 (page 3 holds the last item of "III. TỔ
CHỨC THỰC HIỆN", the closing sentence and the signature). Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, nothing is random. `plain()` returns the text the PDF
renders, in reading order, with the page numbers, and the repeated heading row
where the table breaks (before row BREAK_BEFORE).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-385-KH-BDTTG-nguoi-co-uy-tin-bang-hai-trang_2026-11-09"
CREATED = datetime(2026, 11, 9, 3, 45, tzinfo=timezone.utc)

ISSUER = [("BỘ DÂN TỘC VÀ TÔN GIÁO", "B", 12), ("-------", "", 10), ("", "", 11),
          ("Số: 385/KH-BDTTG", "", 12.5)]
DATE_LINE = "Hà Nội, ngày 09 tháng 11 năm 2026"
TITLE = [("KẾ HOẠCH", "B"),
         ("Thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2026 - 2027", "B")]
PREAMBLE = [
    "Căn cứ Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, "
    "công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số và "
    "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều "
    "của Quyết định số 12/2018/QĐ-TTg;",
    "Căn cứ Quyết định số 1187/QĐ-BDTTG ngày 14/10/2026 của Bộ trưởng Bộ Dân tộc và Tôn giáo ban hành "
    "Chương trình công tác năm 2027;",
    "Bộ Dân tộc và Tôn giáo ban hành Kế hoạch thực hiện chính sách đối với người có uy tín trong đồng bào "
    "dân tộc thiểu số năm 2026 - 2027 như sau:",
]
PART_I = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("1. Phát huy vai trò cầu nối của người có uy tín giữa cấp ủy, chính quyền với đồng bào dân tộc "
     "thiểu số; giữ gìn khối đại đoàn kết, an ninh trật tự ở vùng đồng bào dân tộc thiểu số và miền núi.", ""),
    ("2. Việc thực hiện chính sách phải kịp thời, đúng đối tượng, công khai, minh bạch; phù hợp với "
     "mô hình chính quyền địa phương hai cấp.", ""),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "B"),
    ("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành như sau:", ""),
]
THEAD = ("TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
# A row of two cells is a group row (number, title spanning the other columns).
TROWS = [
    ("I", "Rà soát, công nhận và quản lý người có uy tín"),
    ("1", "Hướng dẫn các địa phương rà soát, bình chọn, công nhận người có uy tín năm 2027",
     "Vụ Chính sách dân tộc", "Vụ Pháp chế", "Cuối tháng 11/2026"),
    ("2", "Cập nhật danh sách người có uy tín được công nhận vào Cơ sở dữ liệu về công tác dân tộc",
     "Trung tâm Chuyển đổi số", "Vụ Chính sách dân tộc", "Trong quý I năm 2027"),
    ("3", "Biên soạn tài liệu bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải ở cơ sở cho người có uy tín",
     "Vụ Pháp chế", "Vụ Chính sách dân tộc; Học viện Dân tộc", "Đầu năm 2027"),
    ("II", "Bồi dưỡng, thăm hỏi, động viên người có uy tín"),
    ("4", "Tổ chức các lớp bồi dưỡng, tập huấn cho người có uy tín theo vùng",
     "Học viện Dân tộc", "Ủy ban nhân dân các tỉnh có liên quan", "Năm 2026 - 2027"),
    ("5", "Tổ chức đoàn người có uy tín tham quan, học tập kinh nghiệm phát triển kinh tế - xã hội",
     "Vụ Chính sách dân tộc", "Văn phòng Bộ", "Quý II/2027"),
    ("6", "Thăm hỏi, tặng quà người có uy tín nhân dịp Tết Nguyên đán Đinh Mùi 2027",
     "Văn phòng Bộ", "Vụ Chính sách dân tộc; Vụ Kế hoạch - Tài chính", "Tháng 01/2027 (trước Tết Nguyên đán)"),
    ("7", "Biểu dương, khen thưởng người có uy tín có thành tích tiêu biểu",
     "Vụ Tổ chức cán bộ", "Vụ Chính sách dân tộc", "Tháng 12/2027"),
    ("8", "Cung cấp báo, tạp chí và thông tin về chủ trương, chính sách cho người có uy tín",
     "Báo Dân tộc và Phát triển", "Vụ Chính sách dân tộc", "Thường xuyên"),
    ("III", "Bảo đảm điều kiện, kiểm tra, báo cáo"),
    ("9", "Bố trí kinh phí thực hiện Kế hoạch năm 2027",
     "Vụ Kế hoạch - Tài chính", "Văn phòng Bộ", "Giữa tháng 12/2026"),
    ("10", "Kiểm tra việc thực hiện chính sách tại một số địa phương",
     "Thanh tra Bộ", "Vụ Chính sách dân tộc", "Quý III/2027"),
    ("11", "Tổng hợp, báo cáo Bộ trưởng kết quả thực hiện chính sách",
     "Vụ Chính sách dân tộc", "Các đơn vị liên quan", "Định kỳ 6 tháng, trước ngày 20/6 và 20/12 hằng năm"),
    ("12", "Sơ kết 02 năm thực hiện Kế hoạch, đề xuất sửa đổi, bổ sung chính sách",
     "Vụ Chính sách dân tộc", "Vụ Pháp chế; Văn phòng Bộ", "Quý IV/2027"),
]
BREAK_BEFORE = "3"  # first row printed on page 2, under the repeated heading row
PAGE3_AT = 3  # the PART_III paragraph that opens page 3 (item "3. Đề nghị ...")
PART_III = [
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Thủ trưởng các đơn vị được giao chủ trì tại Mục II chủ động xây dựng kế hoạch chi tiết để triển "
     "khai; gửi kết quả thực hiện về Vụ Chính sách dân tộc trước ngày 10/12 hằng năm để tổng hợp.", ""),
    ("2. Vụ Chính sách dân tộc là đơn vị đầu mối, giúp Bộ trưởng theo dõi, đôn đốc việc thực hiện "
     "Kế hoạch này.", ""),
    ("3. Đề nghị Ủy ban nhân dân các tỉnh, thành phố có người có uy tín được công nhận chỉ đạo cơ quan "
     "làm công tác dân tộc cấp tỉnh phối hợp với Bộ Dân tộc và Tôn giáo triển khai các nội dung của Kế "
     "hoạch trên địa bàn; bố trí kinh phí địa phương theo phân cấp ngân sách.", ""),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương phản ánh về Bộ "
     "(qua Vụ Chính sách dân tộc) để xem xét, giải quyết./.", ""),
]
RECIPIENTS = ["- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố;",
              "- Các Vụ, đơn vị thuộc Bộ;", "- Báo Dân tộc và Phát triển;", "- Lưu: VT, CSDT."]
SIGNER = [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Lò Văn Phương", "B")]


def plain(stem=STEM):
    out = [t for t, _, _ in ISSUER if t] + [t for t, _, _ in pdfkit.national(DATE_LINE) if t]
    out += [t for t, _ in TITLE] + PREAMBLE + [t for t, _ in PART_I] + list(THEAD)
    for cells in TROWS:
        if cells[0] == BREAK_BEFORE:
            out += ["2"] + list(THEAD)
        out += list(cells)
    texts = [t for t, _ in PART_III]
    out += texts[:PAGE3_AT] + ["3"] + texts[PAGE3_AT:] + ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT = 12.5, 6.4, "    "
    SIGN_WL = 88


def fill(pdf):
    pdf.add_page()
    pdf.two_col(ISSUER, pdfkit.national(DATE_LINE), wl=76)
    pdf.titles(TITLE, size=13, before=6, after=4)
    for p in PREAMBLE:
        pdf.para(p, style="I")
    for text, style in PART_I:
        (pdf.head if style else pdf.para)(text)
    with pdf.grid((10, 62, 34, 38, 31), ("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"), size=10.5) as table:
        for cells in (THEAD,) + tuple(TROWS):
            row = table.row()
            if len(cells) == 2:
                row.cell(cells[0], style=pdfkit.BOLD)
                row.cell(cells[1], colspan=4, style=pdfkit.BOLD)
                continue
            for c in cells:
                row.cell(c)
    pdf.ln(3)
    for text, style in PART_III:
        (pdf.head if style else pdf.para)(text)
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)], lambda: Doc((25, 18, 18), 18, CREATED, "Microsoft Word 2019"))[0]


if __name__ == "__main__":
    build()
