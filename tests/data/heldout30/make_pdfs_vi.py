#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout30 (deterministic).

    python3 tests/data/heldout30/make_pdfs_vi.py

Writes pdf/vi-512-TB-VPUBND-khanhhoa-ket-luan-chu-tich-khu-kinh-te-van-phong-phieu-giao-nhiem-vu-o-hai-cot_2026-11-03.pdf
next to this script: NOTICE 512/TB-VPUBND of the Office of the Khánh Hòa
provincial People's Committee conveying the Chairman's conclusions on the
Vân Phong economic zone, two pages. Page 1 holds the notice (assessment with
no tasks, three prose tasks, signature); page 2 holds ten TASK CARDS
("PHIẾU GIAO NHIỆM VỤ"), boxed forms laid out TWO PER ROW, each with the
labelled lines "Đơn vị chủ trì:", "Đơn vị phối hợp:", "Nội dung:",
"Thời hạn:" and a "Mức độ: [x] Khẩn [ ] Thường" tick line.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-512-TB-VPUBND-khanhhoa-ket-luan-chu-tich-khu-kinh-te-van-phong-phieu-giao-nhiem-vu-o-hai-cot_2026-11-03"
CREATED = datetime(2026, 11, 3, 8, 15, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word for Microsoft 365"

LEFT = [("ỦY BAN NHÂN DÂN", "", 12), ("TỈNH KHÁNH HÒA", "", 12), ("VĂN PHÒNG", "B", 12),
        ("―――――――", "", 9), ("Số: 512/TB-VPUBND", "", 12)]
RIGHT = pdfkit.national("Khánh Hòa, ngày 03 tháng 11 năm 2026")
TITLE = [("THÔNG BÁO", "B"),
         ("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tiến độ các dự án hạ tầng Khu kinh tế Vân Phong", "B")]
BODY = [
    ("Ngày 30/10/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp nghe Ban Quản lý Khu kinh tế Vân Phong báo cáo tiến độ các dự án hạ tầng sau 10 tháng thực hiện Quyết định số 1968/QĐ-UBND ngày 05/8/2026 của Ủy ban nhân dân tỉnh về điều chỉnh kế hoạch đầu tư công năm 2026 và các nội dung đã kết luận tại Thông báo số 448/TB-VPUBND ngày 12/9/2026 của Văn phòng Ủy ban nhân dân tỉnh. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:", ""),
    ("I. ĐÁNH GIÁ CHUNG", "B"),
    ("Đến ngày 25/10/2026, giải ngân vốn đầu tư công tại Khu kinh tế đạt 58,3% kế hoạch; đường ven biển đoạn qua phường Ninh Hòa đã hoàn thành 72% khối lượng. Công tác giải phóng mặt bằng khu tái định cư Ninh Thủy còn chậm do vướng định giá đất cụ thể và 17 hộ chưa đồng thuận.", ""),
    ("II. NHIỆM VỤ TRỌNG TÂM", "B"),
    ("1. Giao Ban Quản lý Khu kinh tế Vân Phong làm đầu mối tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh tiến độ các dự án trước ngày 05 hằng tháng.", ""),
    ("2. Các sở, ngành, địa phương được giao nhiệm vụ tại các Phiếu giao nhiệm vụ kèm theo Thông báo này khẩn trương triển khai; trường hợp không hoàn thành đúng thời hạn phải báo cáo rõ nguyên nhân, trách nhiệm của tập thể, cá nhân.", ""),
    ("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.", ""),
]
NOINHAN = ["Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ngành, đơn vị tại Phiếu kèm theo;",
           "- UBND phường Ninh Hòa;", "- Lưu: VT, KT."]
SIGN = [("KT. CHÁNH VĂN PHÒNG", "B"), ("PHÓ CHÁNH VĂN PHÒNG", "B"), ("", ""), ("", ""), ("Lê Hữu Phước", "B")]

APPX_TITLE = [("CÁC PHIẾU GIAO NHIỆM VỤ", "B"),
              ("(Kèm theo Thông báo số 512/TB-VPUBND ngày 03/11/2026 của Văn phòng Ủy ban nhân dân tỉnh)", "I")]
# (lead, coordinators, content, deadline, urgent)
CARDS = [
    ("Ban Quản lý Khu kinh tế Vân Phong", "Sở Xây dựng", "Rà soát, điều chỉnh cục bộ quy hoạch phân khu xây dựng khu vực Ninh Thủy", "30/11/2026", True),
    ("Ban Quản lý Khu kinh tế Vân Phong", "UBND phường Ninh Hòa", "Bàn giao 45 ha mặt bằng cho nhà đầu tư dự án cảng tổng hợp Nam Vân Phong", "Tháng 12/2026", False),
    ("Sở Tài chính", "Ban Quản lý Khu kinh tế Vân Phong", "Tham mưu điều chuyển 120 tỷ đồng vốn đầu tư công từ các dự án giải ngân chậm sang khu tái định cư Ninh Thủy", "Trước ngày 25/11/2026", True),
    ("Sở Nông nghiệp và Môi trường", "UBND phường Ninh Hòa", "Hoàn thành định giá đất cụ thể khu tái định cư Ninh Thủy", "Quý IV/2026", True),
    ("Sở Xây dựng", "Không", "Thẩm định thiết kế cơ sở đường ven biển đoạn Ninh Hòa - Vạn Giã", "15/12/2026", False),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Sở Xây dựng", "Khởi công đường ven biển đoạn Ninh Hòa - Vạn Giã", "Quý I/2027", False),
    ("UBND phường Ninh Hòa", "Công an tỉnh", "Tổ chức cưỡng chế thu hồi đất đối với 17 hộ chưa bàn giao mặt bằng", "Trước ngày 31/12/2026", True),
    ("Công an tỉnh", "Không", "Bảo đảm an ninh trật tự trong quá trình cưỡng chế thu hồi đất", "Theo kế hoạch cưỡng chế", False),
    ("Sở Công Thương", "Tổng công ty Điện lực miền Trung", "Đôn đốc đầu tư đường dây 110 kV cấp điện cho Khu công nghiệp Ninh Thủy", "6 tháng đầu năm 2027", False),
    ("Văn phòng UBND tỉnh", "Không", "Cập nhật các Phiếu lên Hệ thống theo dõi nhiệm vụ, nhắc hạn tự động", "Thường xuyên", False),
]


def card_lines(i, card):
    lead, coord, content, deadline, urgent = card
    return [("B", f"PHIẾU GIAO NHIỆM VỤ SỐ {i:02d}/PGNV"),
            ("", f"Đơn vị chủ trì: {lead}"),
            ("", f"Đơn vị phối hợp: {coord}"),
            ("", f"Nội dung: {content}"),
            ("", f"Thời hạn: {deadline}"),
            ("", "Mức độ: [x] Khẩn   [ ] Thường" if urgent else "Mức độ: [ ] Khẩn   [x] Thường")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.0, 1.0


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=5, after=3, h=6.5)
    for text, kind in BODY:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.ln(2)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 18, 34], family="Serif")
    assert pdf.page_no() == 1, pdf.page_no()
    pdf.add_page()
    pdf.titles(APPX_TITLE, size=12, before=0, after=3, h=5.8)
    w = (pdf.epw - 6) / 2
    lh = 4.5
    y = pdf.get_y()
    for k in range(0, len(CARDS), 2):
        heights = []
        for j in range(2):
            i = k + j
            x = pdf.l_margin + j * (w + 6)
            yy = y + 2
            for style, text in card_lines(i + 1, CARDS[i]):
                pdf.set_font("Serif", style, 9.5)
                pdf.set_xy(x + 2, yy)
                pdf.multi_cell(w - 4, lh, text, align="L")
                yy = pdf.get_y()
            heights.append(yy - y + 2)
        h = max(heights)
        for j in range(2):
            pdf.rect(pdf.l_margin + j * (w + 6), y, w, h)
        y += h + 4
    assert y < pdf.h - 10, y
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order (cards row by row, left card first)."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY] + NOINHAN + [t for t, _ in SIGN if t]
    parts += [t for t, _ in APPX_TITLE]
    for i, c in enumerate(CARDS, 1):
        parts += [t for _, t in card_lines(i, c)]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 15, 15), 15, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
