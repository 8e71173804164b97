#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout40 (deterministic).

    python3 tests/data/heldout40/make_pdfs_vi.py

Writes pdf/vi-21-CT-UBND-thainguyen-giai-ngan-von-dau-tu-cong-2027-can-deu-hai-le-tieu-de-lech-ky-hai-cot_2026-12-15.pdf
next to this script: Directive 21/CT-UBND of the Chairman of the Thái Nguyên
provincial People's Committee on public investment disbursement in 2027, two
pages. The body is JUSTIFIED in a fairly narrow text block, so many lines
have wide gaps between words; the two-cell header has its RIGHT CELL SET
LOWER than the left one (the motto starts level with the left cell's second
line); at the end "Nơi nhận:" and the signature block "KT. CHỦ TỊCH / PHÓ
CHỦ TỊCH" stand side by side in two columns. Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed, nothing is random. `plain()` returns the
text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-21-CT-UBND-thainguyen-giai-ngan-von-dau-tu-cong-2027-can-deu-hai-le-tieu-de-lech-ky-hai-cot_2026-12-15"
CREATED = datetime(2026, 12, 15, 8, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2016"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 12.5), ("TỈNH THÁI NGUYÊN", "B", 12.5),
        ("――――――", "", 9), ("Số: 21/CT-UBND", "", 13)]
RIGHT = pdfkit.national("Thái Nguyên, ngày 15 tháng 12 năm 2026")
RIGHT_DROP = 4.5  # mm: the right cell starts this far below the left one

TITLE = [("CHỈ THỊ", "B"),
         ("Về đẩy mạnh giải ngân vốn đầu tư công và nâng cao", "B"),
         ("chất lượng công trình xây dựng năm 2027", "B")]

BODY = [
    ("Năm 2026, tỷ lệ giải ngân vốn đầu tư công của tỉnh ước đạt 87,4% kế hoạch Thủ tướng Chính phủ giao, cao hơn bình quân chung cả nước; nhiều công trình giao thông, thủy lợi, trường học được đưa vào sử dụng đúng hẹn. Tuy nhiên, vẫn còn 23 dự án giải ngân dưới 50% kế hoạch vốn, công tác bồi thường, giải phóng mặt bằng ở một số xã, phường còn chậm; một số chủ đầu tư lập hồ sơ thanh toán dồn vào cuối năm, chất lượng hồ sơ thiết kế chưa cao, dẫn đến phải điều chỉnh nhiều lần, kéo dài thời gian thực hiện dự án.", ""),
    ("Để thực hiện hiệu quả Luật Đầu tư công số 58/2024/QH15 ngày 29/11/2024 và Nghị quyết số 12/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư công năm 2027, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:", ""),
    ("1. Sở Tài chính:", "H"),
    ("a) Tham mưu Ủy ban nhân dân tỉnh giao chi tiết kế hoạch vốn đầu tư công năm 2027 cho các chủ đầu tư trước ngày 31/12/2026.", ""),
    ("b) Chủ trì, phối hợp với Kho bạc Nhà nước khu vực V theo dõi tình hình giải ngân của từng dự án, báo cáo Ủy ban nhân dân tỉnh trước ngày 05 hằng tháng.", ""),
    ("c) Đề xuất điều chuyển vốn từ các dự án giải ngân chậm sang các dự án có khả năng giải ngân tốt, trình Ủy ban nhân dân tỉnh trong tháng 6/2027.", ""),
    ("2. Sở Xây dựng:", "H"),
    ("a) Rút ngắn thời gian thẩm định dự án, thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở, bảo đảm không quá 15 ngày đối với mỗi hồ sơ hợp lệ.", ""),
    ("b) Tăng cường kiểm tra công tác quản lý chất lượng tại các công trình trọng điểm của tỉnh; công bố giá vật liệu xây dựng trên địa bàn theo định kỳ hằng tháng.", ""),
    ("3. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường hướng dẫn xác định giá đất cụ thể, phương án bồi thường, hỗ trợ, tái định cư cho các dự án chuyển tiếp, hoàn thành trước ngày 30/4/2027.", ""),
    ("4. Các chủ đầu tư:", "H"),
    ("a) Lập kế hoạch giải ngân chi tiết theo từng tháng của từng dự án, gửi Sở Tài chính trước ngày 15/01/2027.", ""),
    ("b) Kiên quyết thay thế nhà thầu vi phạm tiến độ, không đủ năng lực; không để hồ sơ thanh toán dồn vào những tháng cuối năm.", ""),
    ("5. Ủy ban nhân dân các xã, phường tập trung hoàn thành giải phóng mặt bằng các dự án khởi công mới trong 6 tháng đầu năm 2027; bố trí quỹ đất tái định cư bảo đảm điều kiện sống của người dân bằng hoặc tốt hơn nơi ở cũ.", ""),
    ("6. Đề nghị Kho bạc Nhà nước khu vực V kiểm soát, thanh toán kịp thời các khoản chi ngay khi chủ đầu tư gửi đủ hồ sơ hợp lệ.", ""),
    ("7. Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này; tham mưu xem xét trách nhiệm người đứng đầu các cơ quan, đơn vị để chậm giải ngân, gắn với đánh giá, xếp loại cuối năm.", ""),
    ("Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các chủ đầu tư nghiêm túc thực hiện Chỉ thị này./.", ""),
]
RECIPIENTS = ["- Bộ Tài chính;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
              "- Như mục 7 và đoạn cuối;", "- Lưu: VT, KT."]
SIGNER = [("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Đinh Quang Huy", "B")]


class Doc(pdfkit.WordDoc):
    NUMBER = {"at": "top", "size": 12, "y": 10, "next_line": True, "then_y": "top"}
    BODY, LINE, INDENT, PARA_AFTER = 13.5, 6.6, "      ", 1.8
    SIGN_ROOM, SIGN_WL, SIGN_SIZE = 50, 86, 13

    def two_col_dropped(self, left, right, drop, wl=74, lshift=8):
        """Header cells side by side, the right one starting `drop` mm lower."""
        x0, y0, h = self.l_margin, self.get_y(), 5.8
        for lines, x, w, y in ((left, x0 - lshift, wl + lshift - 4, y0),
                               (right, x0 + wl - 4, self.epw - wl + 4, y0 + drop)):
            for t, st, sz in lines:
                if t:
                    self.set_font("Serif", st, sz)
                    self.set_xy(x, y)
                    self.cell(w, h, t, align="C")
                y += h
        self.set_xy(x0, y0 + max(len(left) * h, drop + len(right) * h))


def fill(pdf):
    pdf.two_col_dropped(LEFT, RIGHT, RIGHT_DROP)
    pdf.titles(TITLE, size=13.5, after=4, before=5, h=6.6)
    for text, style in BODY:
        if style == "H":
            pdf.para(text, style="B", align="L", indent=False)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)


def new_doc():
    pdf = Doc((30, 18, 20), 20, CREATED, SOFTWARE)
    pdf.add_page()
    return pdf


def plain():
    """The rendered text in reading order."""
    parts = [t for t, _, _ in LEFT] + [t for t, _, _ in RIGHT]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY]
    parts += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER]
    return "\n".join(p for p in parts if p)


if __name__ == "__main__":
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)
