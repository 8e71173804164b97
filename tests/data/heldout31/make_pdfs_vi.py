#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout31 (deterministic).

    python3 tests/data/heldout31/make_pdfs_vi.py

Writes pdf/vi-521-TB-VPCP-ket-luan-PTTg-lao-dong-khu-cong-nghiep-tet-dau-chim-ban-sao-cheo_2026-11-16.pdf
next to this script: NOTICE 521/TB-VPCP of the Government Office conveying a
Deputy Prime Minister's conclusions on labour supply for industrial parks
over the 2027 Lunar New Year, two pages, every page stamped with a large
light-grey diagonal "BẢN SAO" watermark drawn as real text (rotated 35
degrees) before the page's body, so the text layer carries it.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-521-TB-VPCP-ket-luan-PTTg-lao-dong-khu-cong-nghiep-tet-dau-chim-ban-sao-cheo_2026-11-16"
CREATED = datetime(2026, 11, 17, 2, 40, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"
WATERMARK = "BẢN SAO"

LEFT = [("VĂN PHÒNG CHÍNH PHỦ", "B", 12), ("―――――――", "", 9), ("", "", 11), ("Số: 521/TB-VPCP", "", 12)]
RIGHT = pdfkit.national("Hà Nội, ngày 16 tháng 11 năm 2026")
TITLE = [("THÔNG BÁO", "B"),
         ("Kết luận của Phó Thủ tướng Chính phủ Phạm Quốc Hưng tại cuộc họp về bảo đảm nguồn lao động cho các khu công nghiệp dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027", "B")]
BODY = [
    ("Ngày 11 tháng 11 năm 2026, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Phạm Quốc Hưng chủ trì cuộc họp về bảo đảm nguồn lao động cho các khu công nghiệp. Tham dự cuộc họp có lãnh đạo các Bộ: Nội vụ, Tài chính, Công Thương, Xây dựng; Ngân hàng Chính sách xã hội; Tổng Liên đoàn Lao động Việt Nam và lãnh đạo Ủy ban nhân dân Thành phố Hồ Chí Minh, các tỉnh Đồng Nai, Tây Ninh, Bắc Ninh. Sau khi nghe Bộ Nội vụ báo cáo tình hình thực hiện Văn bản số 5420/BNV-LĐVL ngày 05/11/2026 và ý kiến các đại biểu, Phó Thủ tướng kết luận như sau:", ""),
    ("I. ĐÁNH GIÁ CHUNG", "B"),
    ("Đơn hàng xuất khẩu quý IV/2026 tăng mạnh khiến nhu cầu tuyển dụng tại các khu công nghiệp phía Nam tăng khoảng 85.000 lao động; trong khi đó nhiều lao động có xu hướng về quê sớm. Việc triển khai Công điện số 118/CĐ-TTg ngày 02/11/2026 của Thủ tướng Chính phủ bước đầu có kết quả, song công tác kết nối cung cầu lao động giữa các địa phương còn rời rạc.", ""),
    ("II. NHIỆM VỤ THỜI GIAN TỚI", "B"),
    ("1. Bộ Nội vụ:", "B"),
    ("a) Chủ trì, phối hợp với Bộ Tài chính hoàn thiện dự thảo Nghị định sửa đổi, bổ sung Nghị định số 74/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động, trình Chính phủ trước ngày 15/12/2026.", ""),
    ("b) Chỉ đạo hệ thống trung tâm dịch vụ việc làm tổ chức phiên giao dịch việc làm trực tuyến kết nối giữa các địa phương hằng tuần đến hết tháng 01/2027.", ""),
    ("c) Tổng hợp tình hình thiếu hụt lao động, báo cáo Thủ tướng Chính phủ trước ngày 20 hằng tháng.", ""),
    ("2. Bộ Tài chính trình cấp có thẩm quyền bố trí kinh phí từ nguồn dự phòng ngân sách trung ương để hỗ trợ các địa phương đưa đón người lao động về quê đón Tết trong tháng 12/2026.", ""),
    ("3. Bộ Xây dựng chủ trì, phối hợp với Bộ Công Thương và các địa phương:", ""),
    ("a) Hướng dẫn các địa phương đẩy nhanh đầu tư nhà ở xã hội, nhà lưu trú cho công nhân tại các khu công nghiệp;", ""),
    ("b) Chỉ đạo các doanh nghiệp vận tải tăng cường phương tiện phục vụ người lao động về quê dịp Tết Nguyên đán Đinh Mùi 2027.", ""),
    ("4. Bộ Công Thương theo dõi sát diễn biến đơn hàng xuất khẩu của các ngành dệt may, da giày, điện tử; chủ trì, phối hợp với Ủy ban nhân dân các tỉnh, thành phố tổ chức chương trình bán hàng bình ổn giá tại các khu công nghiệp trước ngày 10/01/2027.", ""),
    ("5. Ngân hàng Chính sách xã hội giải ngân chương trình cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm, hoàn thành trước ngày 31/12/2026.", ""),
    ("6. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có khu công nghiệp tập trung:", "B"),
    ("- Nắm chắc tình hình trả lương, thưởng Tết tại các doanh nghiệp; báo cáo Bộ Nội vụ trước ngày 25/01/2027.", ""),
    ("- Tổ chức thăm hỏi, tặng quà công nhân có hoàn cảnh khó khăn không về quê đón Tết.", ""),
    ("- Phối hợp với Tổng Liên đoàn Lao động Việt Nam tổ chức các chương trình \"Chuyến xe mùa xuân\", \"Tết sum vầy\" cho người lao động.", ""),
    ("7. Đề nghị Tổng Liên đoàn Lao động Việt Nam chỉ đạo công đoàn cơ sở đối thoại với người sử dụng lao động về thưởng Tết, hoàn thành trước ngày 15/01/2027.", ""),
    ("8. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại Thông báo này.", ""),
    ("Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.", ""),
]
NOINHAN = ["Nơi nhận:", "- Thủ tướng, các Phó Thủ tướng;", "- Các Bộ: NV, TC, CT, XD;",
           "- NHCSXH, Tổng LĐLĐVN;", "- UBND các tỉnh, TP: HCM, Đồng Nai,", "  Tây Ninh, Bắc Ninh;",
           "- VPCP: BTCN, PCN Vũ Hải Nam;", "- Lưu: VT, KGVX (2).", ]
SIGN = [("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "B"), ("PHÓ CHỦ NHIỆM", "B"), ("", ""), ("", ""), ("Đỗ Thanh Bình", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.0, 1.0

    def header(self):
        # the watermark first, so it sits under the page's text
        self.set_font("Serif", "B", 84)
        self.set_text_color(225, 225, 225)
        x, y = 38, 205
        with self.rotation(35, x, y):
            self.text(x, y, WATERMARK)
        self.set_text_color(0, 0, 0)
        super().header()


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
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the watermark and page number."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY] + NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 15, 15), 15, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
