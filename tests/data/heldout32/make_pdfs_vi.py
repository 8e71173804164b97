#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout32 (deterministic).

    python3 tests/data/heldout32/make_pdfs_vi.py

Writes pdf/vi-142-KL-TU-lamdong-du-lich-2027-tet-dinh-mui-chu-thich-cuoi-trang-so-mu-trich-dan_2026-11-25.pdf
next to this script: CONCLUSION 142-KL/TU of the Standing Board of the Lâm
Đồng provincial Party Committee on tourism in 2026, the tasks for 2027 and
the preparations for the Lunar New Year, two pages, every page carrying its
own FOOTNOTES below a short rule (superscript markers ¹ ... ⁵ in the body,
the cited documents' numbers and dates only in the footnotes).
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-142-KL-TU-lamdong-du-lich-2027-tet-dinh-mui-chu-thich-cuoi-trang-so-mu-trich-dan_2026-11-25"
CREATED = datetime(2026, 11, 26, 1, 15, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2016"

LEFT = [("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "B", 12), ("TỈNH ỦY", "B", 12), ("*", "", 11), ("Số 142-KL/TU", "", 12)]
RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "B", 12), ("―――――――――", "", 9), ("", "", 11),
         ("Lâm Đồng, ngày 25 tháng 11 năm 2026", "I", 12.5)]
TITLE = [("KẾT LUẬN", "B"),
         ("của Ban Thường vụ Tỉnh ủy về tình hình phát triển du lịch năm 2026, nhiệm vụ trọng tâm năm 2027 và công tác chuẩn bị Tết Nguyên đán Đinh Mùi 2027", "B")]
BODY = [
    ("Tại hội nghị ngày 20/11/2026, sau khi nghe Đảng ủy Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về phát triển du lịch¹ và ý kiến thảo luận của các đồng chí Ủy viên Ban Thường vụ, Ban Thường vụ Tỉnh ủy kết luận như sau:", ""),
    ("1. Đánh giá chung", "B"),
    ("Năm 2026, toàn tỉnh đón khoảng 14,2 triệu lượt khách, tăng 11% so với năm 2025; doanh thu du lịch ước đạt 41.500 tỷ đồng. Việc liên kết ba vùng du lịch Đà Lạt - Mũi Né - Tà Đùng sau hợp nhất bước đầu hình thành sản phẩm mới². Tuy nhiên, hạ tầng giao thông kết nối còn hạn chế, một số dự án du lịch chậm tiến độ kéo dài, tình trạng xây dựng trái phép tại khu vực rừng phòng hộ chưa được xử lý dứt điểm³.", ""),
    ("2. Nhiệm vụ trọng tâm thời gian tới", "B"),
    ("2.1. Đảng ủy Ủy ban nhân dân tỉnh (Đảng ủy UBND tỉnh) lãnh đạo, chỉ đạo:", "B"),
    ("a) Hoàn thiện Đề án phát triển du lịch tỉnh Lâm Đồng trở thành ngành kinh tế mũi nhọn giai đoạn 2027 - 2030, trình Ban Thường vụ Tỉnh ủy trong Quý I/2027.", ""),
    ("b) Rà soát, phân loại các dự án du lịch chậm triển khai; thu hồi dứt điểm các dự án vi phạm kéo dài, hoàn thành chậm nhất ngày 15 tháng 3 năm 2027.", ""),
    ("c) Bảo đảm cung ứng đủ hàng hóa thiết yếu và dịch vụ lưu trú, vận chuyển khách trước Tết Nguyên đán Đinh Mùi 2027.", ""),
    ("d) Xây dựng cơ sở dữ liệu du lịch số dùng chung của tỉnh, kết nối với Cơ sở dữ liệu quốc gia về du lịch, hoàn thành trong 6 tháng đầu năm 2027.", ""),
    ("đ) Chỉ đạo xử lý nghiêm các công trình xây dựng trái phép trong rừng phòng hộ tại các xã, phường thuộc khu vực Đà Lạt; báo cáo kết quả với Thường trực Tỉnh ủy trước ngày 20 hằng tháng.", ""),
    ("2.2. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch định hướng thông tin, tuyên truyền quảng bá hình ảnh du lịch Lâm Đồng trên báo chí và mạng xã hội; hướng dẫn tổ chức các hoạt động mừng Đảng, mừng Xuân Đinh Mùi 2027 bảo đảm trang trọng, tiết kiệm.", ""),
    ("2.3. Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc lãnh đạo, chỉ đạo quản lý đất rừng phòng hộ của các đảng ủy xã, phường có liên quan trong Quý II/2027.", ""),
    ("2.4. Ban Tổ chức Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy xem xét trách nhiệm người đứng đầu các địa phương để xảy ra vi phạm kéo dài⁴, báo cáo trong tháng 01/2027.", ""),
    ("2.5. Các đảng ủy xã, phường, đặc khu:", "B"),
    ("- Lãnh đạo tổ chức Tết vui tươi, an toàn; thăm hỏi, tặng quà gia đình chính sách, hộ nghèo trước Tết Nguyên đán Đinh Mùi 2027.", ""),
    ("- Chỉ đạo lực lượng công an, dân quân giữ vững an ninh trật tự tại các khu, điểm du lịch trong dịp Tết và Lễ hội Hoa Đà Lạt.", ""),
    ("- Báo cáo kết quả tổ chức Tết về Văn phòng Tỉnh ủy chậm nhất ngày 25 tháng 02 năm 2027.", ""),
    ("2.6. Đề nghị Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì, phối hợp với các tổ chức chính trị - xã hội vận động doanh nghiệp, nhà hảo tâm chăm lo Tết cho người nghèo; giám sát việc niêm yết, bán đúng giá tại các cơ sở kinh doanh du lịch.", ""),
    ("2.7. Đảng ủy Công an tỉnh lãnh đạo triển khai đợt cao điểm tấn công, trấn áp tội phạm⁵ bảo đảm an toàn cho du khách từ nay đến hết tháng 3/2027.", ""),
    ("2.8. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này; tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/6/2027.", ""),
]
FOOT = {
    1: ["¹ Kết luận số 98-KL/TU ngày 14/3/2026 của Ban Thường vụ Tỉnh ủy về phát triển du lịch sau hợp nhất tỉnh.",
        "² Theo Kế hoạch số 215/KH-UBND ngày 02/6/2026 của Ủy ban nhân dân tỉnh về liên kết phát triển du lịch ba vùng.",
        "³ Thanh tra tỉnh đã có Kết luận thanh tra số 61/KL-TTr ngày 18/8/2026 về quản lý đất rừng phòng hộ khu vực Đà Lạt."],
    2: ["⁴ Thực hiện theo Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng.",
        "⁵ Theo Chỉ thị số 09-CT/TU ngày 05/11/2026 của Ban Thường vụ Tỉnh ủy về bảo đảm an ninh, trật tự dịp cuối năm."],
}
NOINHAN = ["Nơi nhận:", "- Đảng ủy UBND tỉnh,", "- Các ban đảng, Văn phòng Tỉnh ủy,", "- UBKT Tỉnh ủy,",
           "- Các đảng ủy trực thuộc Tỉnh ủy,", "- Các đồng chí Tỉnh ủy viên,", "- Lưu Văn phòng Tỉnh ủy."]
SIGN = [("T/M BAN THƯỜNG VỤ", "B"), ("PHÓ BÍ THƯ THƯỜNG TRỰC", ""), ("", ""), ("", ""), ("Võ Thành Nhân", "B")]
FOOT_ROOM = 38  # mm kept free at the bottom of every page for the footnotes


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.0, 1.0

    def footer(self):
        notes = FOOT.get(self.page_no(), [])
        if not notes:
            return
        y = self.h - FOOT_ROOM + 6
        self.set_line_width(0.2)
        self.line(self.l_margin, y, self.l_margin + 50, y)
        self.set_xy(self.l_margin, y + 1.5)
        self.set_font("Serif", "", 9)
        for n in notes:
            self.multi_cell(0, 4.2, n, align="J", **pdfkit.NEXT)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=5, after=3, h=6.5)
    pages = {}
    for text, kind in BODY:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
        for mark in "¹²³⁴⁵":
            if mark in text:
                pages[mark] = pdf.page_no()
    pdf.ln(2)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 18, 34], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()
    # every footnote sits on the page of its marker
    for page, notes in FOOT.items():
        for n in notes:
            assert pages[n[0]] == page, (n[0], pages[n[0]], page)


def plain():
    """The text the PDF renders, in reading order, without the page number."""
    parts = [t for t, _, _ in LEFT if t and t != "*"] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY] + NOINHAN + [t for t, _ in SIGN if t]
    parts += [n for notes in FOOT.values() for n in notes]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 15, 15), FOOT_ROOM, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
