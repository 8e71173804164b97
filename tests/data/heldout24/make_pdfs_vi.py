#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout24 (deterministic).

    python3 tests/data/heldout24/make_pdfs_vi.py

Writes pdf/vi-45-BB-SXD-cantho-hop-thao-go-cau-cai-son-2-dong-dan-cham-phan-cong_2026-09-15.pdf
next to this script: the MINUTES (Biên bản họp) 45/BB-SXD of a meeting
chaired by the Cần Thơ city Department of Construction on a bridge project,
two pages. Page 1 holds the header, time, place, participants and the
reports and opinions (no tasks); page 2 holds "III. KẾT LUẬN VÀ PHÂN CÔNG
THỰC HIỆN", whose items are DOT-LEADER LINES "n. content ........ unit
........ deadline" (the table of contents look of a Word tab stop with a dot
leader, typed as dots), then the closing lines and the signature block of
the chair and the secretary. Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, nothing is random. `plain()` returns the body text
in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-45-BB-SXD-cantho-hop-thao-go-cau-cai-son-2-dong-dan-cham-phan-cong_2026-09-15"
CREATED = datetime(2026, 9, 15, 10, 5, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"
DOTS = " " + "." * 12 + " "

LEFT = [("ỦY BAN NHÂN DÂN", "", 11.5), ("THÀNH PHỐ CẦN THƠ", "", 11.5), ("SỞ XÂY DỰNG", "B", 11.5),
        ("―――――――", "", 9), ("Số: 45/BB-SXD", "", 12)]
RIGHT = pdfkit.national("Cần Thơ, ngày 15 tháng 9 năm 2026")
TITLE = [("BIÊN BẢN HỌP", "B"),
         ("Về việc tháo gỡ vướng mắc, đẩy nhanh tiến độ dự án xây dựng cầu Cái Sơn 2", "B")]
PAGE1 = [
    ("Căn cứ Nghị định số 175/2024/NĐ-CP ngày 30/12/2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng; thực hiện Thông báo số 218/TB-UBND ngày 28/8/2026 của Ủy ban nhân dân thành phố về kết luận của Chủ tịch Ủy ban nhân dân thành phố tại buổi kiểm tra dự án.", ""),
    ("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "B"),
    ("1. Thời gian: 08 giờ 30, ngày 15 tháng 9 năm 2026.", ""),
    ("2. Địa điểm: Phòng họp số 2, Sở Xây dựng thành phố Cần Thơ.", ""),
    ("3. Chủ trì: ông Trần Minh Luân, Phó Giám đốc Sở Xây dựng. Thư ký: bà Lâm Ngọc Diễm, chuyên viên Phòng Quản lý chất lượng công trình.", ""),
    ("4. Thành phần: đại diện Sở Tài chính, Công an thành phố, Ủy ban nhân dân phường Cái Khế, Ban Quản lý dự án đầu tư xây dựng thành phố (chủ đầu tư), Công ty Điện lực Cần Thơ, Công ty Cổ phần Cấp thoát nước Cần Thơ, Trung tâm Kiểm định chất lượng công trình xây dựng, Công ty Cổ phần Tư vấn Xây dựng Mekong (tư vấn giám sát) và Liên danh nhà thầu thi công.", ""),
    ("II. NỘI DUNG", "B"),
    ("1. Chủ đầu tư báo cáo: đến ngày 10/9/2026, giá trị khối lượng hoàn thành đạt 46% hợp đồng, chậm khoảng 11% so với tiến độ được duyệt. Nguyên nhân chính là còn 1,2 ha mặt bằng chưa bàn giao, đường dây trung thế 22 kV và tuyến ống cấp nước D400 chưa được di dời; địa chất tại trụ T5, T6 khác với hồ sơ khảo sát nên phải điều chỉnh chiều dài cọc khoan nhồi.", ""),
    ("2. Đại diện Ban Quản lý dự án cho biết vốn bố trí năm 2026 đã giải ngân 92%, nhu cầu vốn năm 2027 còn khoảng 310 tỷ đồng và kiến nghị được bố trí bổ sung sớm.", ""),
    ("3. Đại diện Ủy ban nhân dân phường Cái Khế báo cáo còn 7 hộ chưa nhận tiền bồi thường do tranh chấp thừa kế; phường đã tổ chức đối thoại hai lần.", ""),
    ("4. Liên danh nhà thầu thi công cam kết bù tiến độ nếu mặt bằng được bàn giao trong tháng 10; tư vấn giám sát lưu ý nguy cơ mất an toàn khi thi công trụ giữa sông vào mùa nước nổi.", ""),
]
PAGE2_HEAD = [
    ("III. KẾT LUẬN VÀ PHÂN CÔNG THỰC HIỆN", "B"),
    ("Chủ trì cuộc họp kết luận, phân công các đơn vị thực hiện như sau (nội dung" + DOTS + "đơn vị thực hiện" + DOTS + "thời hạn):", ""),
]
# (content, unit, deadline)
ITEMS = [
    ("Hoàn chỉnh hồ sơ điều chỉnh thiết kế cọc khoan nhồi trụ T5, T6, gửi Sở Xây dựng thẩm định", "Ban Quản lý dự án đầu tư xây dựng thành phố", "30/9/2026"),
    ("Thẩm định hồ sơ điều chỉnh thiết kế cọc khoan nhồi trụ T5, T6", "Sở Xây dựng", "10 ngày làm việc kể từ ngày nhận đủ hồ sơ"),
    ("Bổ sung nhân lực, thiết bị, tổ chức thi công 3 ca trên công trường", "Liên danh nhà thầu thi công", "Ngay sau cuộc họp"),
    ("Hoàn thành bàn giao 1,2 ha mặt bằng còn lại", "Ủy ban nhân dân phường Cái Khế", "Trước 31/10/2026"),
    ("Di dời đường dây trung thế 22 kV ra khỏi phạm vi thi công", "Công ty Điện lực Cần Thơ", "Tháng 10/2026"),
    ("Di dời tuyến ống cấp nước D400 qua đường dẫn phía bờ trái", "Công ty Cổ phần Cấp thoát nước Cần Thơ", "Quý IV/2026"),
    ("Chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng thành phố tham mưu bố trí bổ sung vốn năm 2027 cho dự án", "Sở Tài chính", "Trước 15/11/2026"),
    ("Kiểm tra chất lượng vật liệu đắp nền đường dẫn đầu cầu", "Trung tâm Kiểm định chất lượng công trình xây dựng", "Hằng tháng"),
    ("Phân luồng, bảo đảm an toàn giao thông đường thủy khu vực thi công trụ giữa sông", "Công an thành phố", "Trong thời gian thi công trụ giữa sông"),
    ("Rà soát biện pháp thi công, an toàn lao động mùa nước nổi", "Công ty Cổ phần Tư vấn Xây dựng Mekong", "25/9/2026"),
    ("Cập nhật tiến độ dự án trên Hệ thống thông tin giám sát đầu tư công", "Ban Quản lý dự án đầu tư xây dựng thành phố", "Thứ Sáu hằng tuần"),
    ("Tổng hợp tiến độ, báo cáo Ủy ban nhân dân thành phố", "Sở Xây dựng", "Trước ngày 05 hằng tháng"),
    ("Tổ chức họp kiểm tra lại tiến độ dự án", "Sở Xây dựng", "Trong tháng 11/2026"),
]
CLOSING = [
    ("Cuộc họp kết thúc lúc 11 giờ 30 cùng ngày. Biên bản đã được đọc lại cho các thành phần dự họp và được thống nhất thông qua; biên bản lập thành 10 bản, mỗi đơn vị dự họp giữ 01 bản.", ""),
]
SIGN_LEFT = [("THƯ KÝ", "B"), ("", ""), ("", ""), ("Lâm Ngọc Diễm", "B")]
SIGN_RIGHT = [("CHỦ TRÌ CUỘC HỌP", "B"), ("PHÓ GIÁM ĐỐC SỞ XÂY DỰNG", "B"), ("", ""), ("Trần Minh Luân", "B")]


def item_text(i, item):
    content, unit, deadline = item
    return f"{i}. {content}{DOTS}{unit}{DOTS}{deadline}"


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 11.5, 5.6, 1.0
    NUMBER = {"at": "bottom", "size": 10, "y": -12}


def body(pdf, items):
    for text, kind in items:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13, before=4, after=3, h=6.2)
    body(pdf, PAGE1)
    pdf.add_page()
    body(pdf, PAGE2_HEAD)
    for i, item in enumerate(ITEMS, 1):
        pdf.para(item_text(i, item), align="L", indent=False, after=1.4)
    body(pdf, CLOSING)
    pdf.ln(4)
    y = pdf.get_y()
    half = pdf.epw / 2
    for x, lines in ((pdf.l_margin, SIGN_LEFT), (pdf.l_margin + half, SIGN_RIGHT)):
        yy = y
        for t, st in lines:
            pdf.set_font("Serif", st, 12)
            pdf.set_xy(x, yy)
            pdf.cell(half, 6, t, align="C")
            yy += 6
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order (page numbers at the foot of each page)."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in PAGE1] + ["1"]
    parts += [t for t, _ in PAGE2_HEAD] + [item_text(i, it) for i, it in enumerate(ITEMS, 1)]
    parts += [t for t, _ in CLOSING] + [t for t, _ in SIGN_LEFT + SIGN_RIGHT if t] + ["2"]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 18, 16), 18, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
