#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout25 (deterministic).

    python3 tests/data/heldout25/make_pdfs_vi.py

Writes pdf/vi-96-KH-UBND-thanhhoa-de-an-06-nam-2027-phu-luc-bang-sang-trang-khong-lap-tieu-de-chan-trang-so-ky-hieu_2027-01-15.pdf
next to this script: PLAN (Kế hoạch) 96/KH-UBND of the Thanh Hóa provincial
People's Committee on Project 06 in 2027, two pages. Every page carries a
FOOTER with the plan's number and "Trang x/2". Page 1 holds the header,
purposes, the pointer to the appendix, section III (prose tasks) and the
start of the appendix task table (TT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan
phối hợp, Thời gian hoàn thành); the table runs on to page 2 WITHOUT a
repeated heading row, then the signer block. Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, nothing is random. `plain()`
returns the body text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-96-KH-UBND-thanhhoa-de-an-06-nam-2027-phu-luc-bang-sang-trang-khong-lap-tieu-de-chan-trang-so-ky-hieu_2027-01-15"
CREATED = datetime(2027, 1, 15, 8, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2016"
FOOT = "Kế hoạch số 96/KH-UBND ngày 15/01/2027 của UBND tỉnh Thanh Hóa - Trang {}/2"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 11.5), ("TỈNH THANH HÓA", "B", 11.5),
        ("―――――――", "", 9), ("", "", 11), ("Số: 96/KH-UBND", "", 12)]
RIGHT = pdfkit.national("Thanh Hóa, ngày 15 tháng 01 năm 2027")
TITLE = [("KẾ HOẠCH", "B"),
         ("Triển khai Đề án 06 trên địa bàn tỉnh Thanh Hóa năm 2027", "B")]
BODY = [
    ("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; Nghị định số 69/2024/NĐ-CP ngày 25/6/2024 của Chính phủ quy định về định danh và xác thực điện tử; Văn bản số 112/TCTĐA ngày 05/01/2027 của Tổ công tác triển khai Đề án 06 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("Khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính, phát triển kinh tế - xã hội và bảo đảm an ninh, trật tự. Nhiệm vụ phải rõ người, rõ việc, rõ thời hạn, rõ sản phẩm.", ""),
    ("II. NHIỆM VỤ CỤ THỂ", "B"),
    ("Các nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành được phân công tại Phụ lục kèm theo Kế hoạch này.", ""),
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Công an tỉnh là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng.", ""),
    ("2. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên.", ""),
    ("3. Các sở, ngành, Ủy ban nhân dân các xã, phường được giao nhiệm vụ tại Phụ lục xây dựng kế hoạch chi tiết của cơ quan, đơn vị, hoàn thành trước ngày 15/02/2027.", ""),
    ("PHỤ LỤC: DANH MỤC NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN 06 NĂM 2027", "B"),
]
HEAD = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
ROWS = [
    ("1", "Làm sạch dữ liệu hộ tịch đã số hóa, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư", "Sở Tư pháp", "Công an tỉnh", "Quý I/2027"),
    ("2", "Tích hợp xác thực tài khoản định danh điện tử VNeID vào Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Tháng 3/2027"),
    ("3", "Triển khai sổ sức khỏe điện tử trên ứng dụng VNeID cho người dân", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Trước 30/6/2027"),
    ("4", "Chi trả an sinh xã hội không dùng tiền mặt cho toàn bộ đối tượng đủ điều kiện", "Sở Nội vụ", "Bưu điện tỉnh; các ngân hàng thương mại", "6 tháng đầu năm 2027"),
    ("5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "UBND các xã, phường", "Sở Khoa học và Công nghệ", "Năm 2027"),
    ("6", "Kết nối dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Quý II/2027"),
    ("7", "Cấp học bạ số cho học sinh tiểu học, trung học cơ sở", "Sở Giáo dục và Đào tạo", "", "Tháng 8/2027"),
    ("8", "Lắp đặt camera giám sát an ninh, trật tự tại các tuyến đường trục chính", "Công an tỉnh", "UBND các xã, phường", "Quý IV/2027"),
    ("9", "Thí điểm thanh toán viện phí không dùng tiền mặt tại các bệnh viện tuyến tỉnh", "Sở Y tế", "Các ngân hàng thương mại", "Thường xuyên"),
    ("10", "Tuyên truyền lợi ích của tài khoản định danh điện tử mức độ 2", "Báo và Phát thanh, Truyền hình Thanh Hóa", "Công an tỉnh", "Hằng tháng"),
    ("11", "Đào tạo kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Quý III/2027"),
    ("12", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Công an tỉnh", "Các sở, ngành liên quan", "Tháng 12/2027"),
]
WIDTHS = (9, 64, 34, 34, 29)
NOINHAN = ["Nơi nhận:", "- Tổ công tác Đề án 06 Chính phủ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
           "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ngành, UBND các xã, phường;", "- Lưu: VT, NC."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
        ("", ""), ("", ""), ("Lê Đức Giang", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 11.5, 5.6, 0.8
    NUMBER = {"at": "bottom", "size": 9, "y": -12, "text": FOOT}


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13, before=3, after=2, h=6.2)
    for text, kind in BODY:
        pdf.head(text) if kind == "B" else pdf.para(text)
    pdf.set_font("Serif", "", 10)
    with pdf.table(col_widths=WIDTHS, width=pdf.epw, line_height=4.8, text_align="LEFT",
                   headings_style=pdfkit.BOLD, repeat_headings=0,
                   padding=(0.8, 1.2, 0.8, 1.2), v_align="MIDDLE") as table:
        for cells in (HEAD,) + tuple(ROWS):
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(4)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 18, 24, 30], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order (footers at the foot of each page)."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY]
    parts += [" ".join(HEAD)] + [" ".join(c for c in r if c) for r in ROWS]
    parts += NOINHAN + [t for t, _ in SIGN if t] + [FOOT.format(1), FOOT.format(2)]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((18, 16, 16), 18, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
