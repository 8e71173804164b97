#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout28 (deterministic).

    python3 tests/data/heldout28/make_pdfs_vi.py

Writes pdf/vi-203-KH-UBND-camau-cong-nghe-so-nuoi-tom-2027-bang-nhom-theo-quy-lap-hang-tieu-de-qua-trang_2027-01-08.pdf
next to this script: PLAN (Kế hoạch) 203/KH-UBND of the Cà Mau provincial
People's Committee on digital technology in shrimp farming in 2027, two
pages. Section II is a bordered TASK TABLE GROUPED BY QUARTER: full-width
group rows "QUÝ I/2027" ... "QUÝ IV/2027" and "NHIỆM VỤ THỰC HIỆN THƯỜNG
XUYÊN" between the numbered rows (TT | Nội dung nhiệm vụ | Cơ quan chủ trì |
Cơ quan phối hợp | Ghi chú); the table RUNS OVER THE PAGE BREAK and its
HEADING ROW IS REPEATED at the top of page 2 (fpdf2 repeat_headings).
Section III (organisation) and the signer follow on page 2.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-203-KH-UBND-camau-cong-nghe-so-nuoi-tom-2027-bang-nhom-theo-quy-lap-hang-tieu-de-qua-trang_2027-01-08"
CREATED = datetime(2027, 1, 8, 8, 15, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 11.5), ("TỈNH CÀ MAU", "B", 11.5), ("―――――――", "", 9),
        ("", "", 11), ("Số: 203/KH-UBND", "", 12)]
RIGHT = pdfkit.national("Cà Mau, ngày 08 tháng 01 năm 2027")
TITLE = [("KẾ HOẠCH", "B"),
         ("Ứng dụng công nghệ số trong quản lý nuôi tôm trên địa bàn tỉnh năm 2027", "B")]
BODY1 = [
    ("Căn cứ Quyết định số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045; Nghị quyết số 38/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2027; Quyết định số 2517/QĐ-UBND ngày 25/11/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án phát triển nuôi tôm công nghệ cao, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("Từng bước số hóa dữ liệu vùng nuôi, nhật ký nuôi và truy xuất nguồn gốc tôm; phấn đấu đến hết năm 2027 có ít nhất 30% diện tích nuôi tôm siêu thâm canh ứng dụng thiết bị cảm biến và phần mềm quản lý ao nuôi. Nhiệm vụ giao cụ thể, rõ cơ quan chủ trì và thời gian hoàn thành.", ""),
    ("II. NHIỆM VỤ CỤ THỂ", "B"),
    ("Nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện được xác định theo từng quý tại bảng sau (nhiệm vụ thuộc quý nào hoàn thành trong quý đó, trừ trường hợp cột Ghi chú có thời hạn khác):", ""),
]
HEAD = ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú")
ROWS = [
    "QUÝ I/2027",
    ("1", "Xây dựng cơ sở dữ liệu vùng nuôi tôm nước lợ của tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", ""),
    ("2", "Cấp mã số vùng nuôi cho các cơ sở nuôi tôm siêu thâm canh", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Trước ngày 15/3/2027"),
    ("3", "Ban hành hướng dẫn kỹ thuật lắp đặt cảm biến môi trường ao nuôi", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", ""),
    "QUÝ II/2027",
    ("4", "Triển khai thí điểm nhật ký nuôi tôm điện tử tại 05 xã ven biển", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã thí điểm", ""),
    ("5", "Đánh giá hạ tầng viễn thông tại các vùng nuôi tôm tập trung", "Sở Khoa học và Công nghệ", "Viễn thông Cà Mau; Viettel Cà Mau", ""),
    ("6", "Tập huấn sử dụng phần mềm quản lý ao nuôi cho hộ nuôi tôm", "Trung tâm Khuyến nông tỉnh", "Hội Nông dân tỉnh", "Trước ngày 30/5/2027"),
    "QUÝ III/2027",
    ("7", "Kết nối cơ sở dữ liệu vùng nuôi với hệ thống truy xuất nguồn gốc nông sản của tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", ""),
    ("8", "Tham mưu cơ chế hỗ trợ hộ nuôi mua thiết bị cảm biến", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", ""),
    ("9", "Xây dựng bản đồ số cảnh báo dịch bệnh tôm", "Chi cục Chăn nuôi, Thú y và Thủy sản", "Trung tâm Khuyến nông tỉnh", ""),
    "QUÝ IV/2027",
    ("10", "Tổng kết thí điểm nhật ký nuôi tôm điện tử, đề xuất nhân rộng", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã thí điểm", ""),
    ("11", "Đánh giá kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Trước ngày 10/12/2027"),
    "NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN",
    ("12", "Tuyên truyền lợi ích của ứng dụng công nghệ số trong nuôi tôm", "Báo và Phát thanh, Truyền hình Cà Mau", "Sở Nông nghiệp và Môi trường", ""),
    ("13", "Hỗ trợ doanh nghiệp công nghệ số kết nối với hợp tác xã nuôi tôm", "Sở Khoa học và Công nghệ", "Liên minh Hợp tác xã tỉnh", ""),
]
HEAD3 = "III. TỔ CHỨC THỰC HIỆN"
BODY3 = [
    "1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 6 và 15 tháng 12 năm 2027.",
    "2. Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, gửi Sở Nông nghiệp và Môi trường trước ngày 28/02/2027.",
    "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2027 của các cơ quan, đơn vị.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.",
]
NOINHAN = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
           "- CT, các PCT UBND tỉnh;", "- Các sở, ngành tại Mục II;", "- UBND các xã, phường;",
           "- Lưu: VT, KT."]
SIGN = [("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("", ""), ("", ""), ("Lâm Văn Bi", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12, 5.7, 0.8


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=4, after=3, h=6.5)
    for text, kind in BODY1:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.set_font("Serif", "", 10)
    with pdf.table(col_widths=(9, 63, 38, 38, 24), width=pdf.epw, line_height=4.5,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                   headings_style=pdfkit.BOLD, repeat_headings=1,
                   padding=(1.0, 1.2, 1.0, 1.2), v_align="MIDDLE") as t:
        row = t.row()
        for c in HEAD:
            row.cell(c)
        for r in ROWS:
            row = t.row()
            if isinstance(r, str):
                pdf.set_font("Serif", "B", 10)
                row.cell(r, colspan=5, align="LEFT")
                pdf.set_font("Serif", "", 10)
            else:
                for c in r:
                    row.cell(c)
    pdf.ln(3)
    pdf.head(HEAD3)
    for p in BODY3:
        pdf.para(p)
    pdf.ln(2)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 18, 34], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order (the repeated heading row once)."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY1]
    parts += [" ".join(HEAD)] + [r if isinstance(r, str) else " ".join(c for c in r if c) for r in ROWS]
    parts += [HEAD3] + BODY3 + NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 18, 18), 20, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
