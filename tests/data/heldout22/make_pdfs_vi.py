#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout22 (deterministic).

    python3 tests/data/heldout22/make_pdfs_vi.py

Writes pdf/vi-52-NQ-HDND-dongnai-chuong-trinh-giam-sat-2027-bang-ke-o-xuong-dong_2026-12-10.pdf
next to this script: Nghị quyết 52/NQ-HĐND of the Đồng Nai provincial
People's Council on its supervision programme for 2027, two pages. Page 1
holds the resolution (Điều 2 "Tổ chức thực hiện" assigns the Standing
Committee, the Council's committees, delegations and delegates, and makes
requests to the People's Committee and the Fatherland Front); page 2 holds
the appendix, a RULED TABLE (fpdf2 table, every cell bordered) whose long
cells WRAP OVER SEVERAL LINES (STT | Nội dung giám sát | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian | Sản phẩm), with group rows spanning the
table. Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed,
nothing is random. `plain()` returns the body text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-52-NQ-HDND-dongnai-chuong-trinh-giam-sat-2027-bang-ke-o-xuong-dong_2026-12-10"
CREATED = datetime(2026, 12, 10, 16, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word for Microsoft 365"

LEFT = [("HỘI ĐỒNG NHÂN DÂN", "B", 11.5), ("TỈNH ĐỒNG NAI", "B", 11.5),
        ("―――――――", "", 9), ("", "", 11), ("Số: 52/NQ-HĐND", "", 12)]
RIGHT = pdfkit.national("Đồng Nai, ngày 10 tháng 12 năm 2026")
TITLE = [("NGHỊ QUYẾT", "B"), ("Về Chương trình giám sát năm 2027", "B"),
         ("của Hội đồng nhân dân tỉnh", "B")]
ENACT = [("HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG NAI", "B"), ("KHÓA X, KỲ HỌP THỨ MƯỜI MỘT", "B")]
# (text, kind): "" justified body, "B" bold heading, "C" centred bold
BODY = [
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;", ""),
    ("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 ngày 20 tháng 11 năm 2015;", ""),
    ("Xét Tờ trình số 118/TTr-HĐND ngày 20 tháng 11 năm 2026 của Thường trực Hội đồng nhân dân tỉnh về dự kiến Chương trình giám sát năm 2027.", ""),
    ("QUYẾT NGHỊ:", "C"),
    ("Điều 1. Thông qua Chương trình giám sát năm 2027 của Hội đồng nhân dân tỉnh với các nội dung tại Phụ lục kèm theo Nghị quyết này.", ""),
    ("Điều 2. Tổ chức thực hiện", "B"),
    ("1. Thường trực Hội đồng nhân dân tỉnh xây dựng kế hoạch tổ chức thực hiện Chương trình giám sát, hoàn thành trong tháng 01/2027; điều hòa, phối hợp hoạt động giám sát của các Ban, các Tổ đại biểu để tránh chồng chéo.", ""),
    ("2. Các Ban của Hội đồng nhân dân tỉnh ban hành kế hoạch giám sát chuyên đề theo lĩnh vực phụ trách; báo cáo kết quả giám sát với Thường trực Hội đồng nhân dân tỉnh chậm nhất 15 ngày sau khi kết thúc đợt giám sát.", ""),
    ("3. Các Tổ đại biểu Hội đồng nhân dân tỉnh tổ chức giám sát việc giải quyết kiến nghị của cử tri tại địa bàn ứng cử. Mỗi đại biểu Hội đồng nhân dân tỉnh thực hiện ít nhất một cuộc giám sát tại nơi ứng cử, gửi kết quả về Thường trực Hội đồng nhân dân tỉnh trước ngày 30/11/2027.", ""),
    ("4. Đề nghị Ủy ban nhân dân tỉnh, các sở, ngành và Ủy ban nhân dân các xã, phường có liên quan cung cấp đầy đủ thông tin, báo cáo theo yêu cầu của Đoàn giám sát; thực hiện nghiêm các kiến nghị sau giám sát và báo cáo kết quả thực hiện trong thời hạn 30 ngày kể từ ngày nhận được kết luận giám sát.", ""),
    ("5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Thường trực Hội đồng nhân dân tỉnh tổ chức giám sát việc thực hiện chính sách bảo hiểm y tế cho học sinh, sinh viên.", ""),
    ("6. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.", ""),
    ("Điều 3. Hiệu lực thi hành", "B"),
    ("Nghị quyết này đã được Hội đồng nhân dân tỉnh Đồng Nai khóa X, Kỳ họp thứ mười một thông qua ngày 10 tháng 12 năm 2026 và có hiệu lực từ ngày thông qua./.", ""),
]
RECIPIENTS = ["- UBTVQH, Chính phủ (b/c);", "- Thường trực Tỉnh ủy;", "- UBND tỉnh, UBMTTQVN tỉnh;",
              "- Đại biểu HĐND tỉnh;", "- Lưu: VT, CTHĐND."]
SIGNER = [("CHỦ TỊCH", "B"), ("", ""), ("", ""), ("Hoàng Minh Tâm", "B")]
ANNEX_TITLE = [("PHỤ LỤC", "B"), ("CHƯƠNG TRÌNH GIÁM SÁT NĂM 2027 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH", "B"),
               ("(Kèm theo Nghị quyết số 52/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân tỉnh Đồng Nai)", "I")]
HEAD = ["STT", "Nội dung giám sát", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"]
ROWS = [
    ("I", "GIÁM SÁT CHUYÊN ĐỀ CỦA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH"),
    ["1", "Giám sát việc thực hiện chính sách hỗ trợ người lao động mất việc làm tại các khu công nghiệp giai đoạn 2025 - 2026",
     "Thường trực Hội đồng nhân dân tỉnh", "Ban Văn hóa - Xã hội; Liên đoàn Lao động tỉnh", "Quý II/2027", "Báo cáo kết quả giám sát"],
    ["2", "Giám sát tiến độ bồi thường, giải phóng mặt bằng dự án đường Vành đai 4 Thành phố Hồ Chí Minh đoạn qua tỉnh",
     "Thường trực Hội đồng nhân dân tỉnh", "Ban Kinh tế - Ngân sách", "Tháng 9/2027", "Thông báo kết luận giám sát"],
    ("II", "GIÁM SÁT CHUYÊN ĐỀ CỦA CÁC BAN CỦA HỘI ĐỒNG NHÂN DÂN TỈNH"),
    ["3", "Giám sát việc quản lý, sử dụng nguồn thu tiền sử dụng đất năm 2026 của các xã, phường",
     "Ban Kinh tế - Ngân sách", "Thuế tỉnh Đồng Nai", "Quý III/2027", "Báo cáo kết quả giám sát"],
    ["4", "Giám sát công tác phòng, chống ma túy trong trường học",
     "Ban Pháp chế", "Công an tỉnh; Sở Giáo dục và Đào tạo", "6 tháng đầu năm 2027", "Báo cáo kết quả giám sát"],
    ["5", "Giám sát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số tại các xã biên giới",
     "Ban Dân tộc", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tháng 5/2027", "Báo cáo kết quả giám sát"],
    ["6", "Giám sát chất lượng khám, chữa bệnh bảo hiểm y tế tại trạm y tế xã, phường",
     "Ban Văn hóa - Xã hội", "Bảo hiểm xã hội tỉnh", "Quý IV/2027", "Báo cáo kết quả giám sát"],
    ["7", "Khảo sát việc cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân tại các xã",
     "Ban Kinh tế - Ngân sách", "Sở Nông nghiệp và Môi trường", "Trước ngày 31/10/2027", "Báo cáo khảo sát"],
    ("III", "GIÁM SÁT THƯỜNG XUYÊN"),
    ["8", "Giám sát việc giải quyết kiến nghị của cử tri gửi đến các kỳ họp Hội đồng nhân dân tỉnh",
     "Thường trực Hội đồng nhân dân tỉnh; các Ban của Hội đồng nhân dân tỉnh", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh",
     "Thường xuyên", "Báo cáo tại kỳ họp"],
]
WIDTHS = (12, 50, 30, 32, 24, 26)


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 11, 5.0, 0.6
    SIGN_BEFORE, SIGN_ROOM, SIGN_WL, SIGN_SIZE = 1, 28, 90, 11.5


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13, before=3, after=1, h=6)
    pdf.titles(ENACT, size=12, before=0, after=2, h=6)
    for text, kind in BODY:
        if kind == "C":
            pdf.para(text, style="B", align="C")
        elif kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)
    pdf.add_page()
    pdf.titles(ANNEX_TITLE[:2], size=11, before=0, after=0)
    pdf.set_font("Serif", "I", 10.5)
    pdf.multi_cell(0, 6, ANNEX_TITLE[2][0], align="C", **pdfkit.NEXT)
    pdf.ln(3)
    with pdf.grid(WIDTHS, ("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"), size=10) as table:
        row = table.row()
        for c in HEAD:
            row.cell(c)
        for r in ROWS:
            row = table.row()
            if isinstance(r, tuple):
                row.cell(r[0], style=pdfkit.BOLD)
                row.cell(r[1], colspan=5, style=pdfkit.BOLD)
            else:
                for c in r:
                    row.cell(c)


def plain():
    """The text the PDF renders, in reading order (page number "2" before the annex)."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE + ENACT] + [t for t, _ in BODY]
    parts += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t] + ["2"]
    parts += [t for t, _ in ANNEX_TITLE] + HEAD
    for r in ROWS:
        parts += list(r)
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 14, 18), 12, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
