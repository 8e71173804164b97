#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout26 (deterministic).

    python3 tests/data/heldout26/make_pdfs_vi.py

Writes pdf/vi-21-CD-TTg-chay-rung-nuoc-sinh-hoat-nang-nong-tieu-de-chay-lap-giua-cau_2027-04-06.pdf
next to this script: OFFICIAL DISPATCH (Công điện) 21/CĐ-TTg of the Prime
Minister on forest fires and drinking water in the 2027 hot season, two
pages. A long addressee list ("Bộ trưởng các Bộ: ...", "Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố: ..."), numbered orders that each begin with the
addressed post. From page 2 on, every page carries a RUNNING HEADER (the
dispatch's number and date, and the page number) that the page break drops
into the middle of a sentence: a text extraction reads it inside the
paragraph that runs on from page 1. Needs fpdf2 and the DejaVu Serif fonts;
the creation date is fixed, nothing is random. `plain()` returns the body
text in reading order without the running header.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-21-CD-TTg-chay-rung-nuoc-sinh-hoat-nang-nong-tieu-de-chay-lap-giua-cau_2027-04-06"
CREATED = datetime(2027, 4, 6, 16, 20, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"
RUNNING = "Công điện số 21/CĐ-TTg ngày 06/4/2027 của Thủ tướng Chính phủ"

LEFT = [("THỦ TƯỚNG CHÍNH PHỦ", "B", 11.5), ("―――――――", "", 9), ("", "", 11),
        ("Số: 21/CĐ-TTg", "", 12)]
RIGHT = pdfkit.national("Hà Nội, ngày 06 tháng 4 năm 2027")
TITLE = [("CÔNG ĐIỆN", "B"),
         ("Về việc tập trung phòng cháy, chữa cháy rừng và bảo đảm nước sinh hoạt cho Nhân dân trong cao điểm nắng nóng năm 2027", "B")]
BODY = [
    ("THỦ TƯỚNG CHÍNH PHỦ điện:", "B"),
    ("- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Quốc phòng, Công an, Công Thương, Tài chính, Y tế, Xây dựng, Khoa học và Công nghệ;", "L"),
    ("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Lào Cai, Tuyên Quang, Thái Nguyên, Phú Thọ, Sơn La, Điện Biên, Lai Châu, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng, Đồng Nai, Tây Ninh, An Giang, Cà Mau;", "L"),
    ("- Tổng Giám đốc: Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam;", "L"),
    ("- Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam.", "L"),
    ("Từ cuối tháng 3/2027, nắng nóng gay gắt kéo dài trên diện rộng ở Tây Bắc, Bắc Trung Bộ và Tây Nguyên; nhiệt độ cao nhất nhiều nơi vượt 40 độ C. Từ đầu năm đến nay đã xảy ra 146 vụ cháy rừng, làm thiệt hại gần 530 ha rừng, gấp hơn hai lần cùng kỳ năm 2026; hơn 38 nghìn hộ dân ở vùng cao thiếu nước sinh hoạt. Tiếp theo Công điện số 12/CĐ-TTg ngày 02/3/2027 và để thực hiện nghiêm Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp, Thủ tướng Chính phủ yêu cầu:", ""),
    ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:", "B"),
    ("a) Kích hoạt phương án phòng cháy, chữa cháy rừng ở mức cao nhất tại các khu rừng có cấp dự báo cháy cấp IV, cấp V; bố trí lực lượng trực 24/24 giờ tại các vùng trọng điểm cháy.", ""),
    ("b) Chỉ đạo Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu tạm dừng việc đốt thực bì, đốt nương rẫy trong thời gian cảnh báo cháy rừng ở cấp IV, cấp V.", ""),
    ("c) Xử lý nghiêm theo quy định của pháp luật các tổ chức, cá nhân vi phạm gây cháy rừng; kiểm điểm trách nhiệm người đứng đầu nơi để xảy ra cháy rừng nghiêm trọng.", ""),
    ("2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Sơn La, Điện Biên, Lai Châu, Gia Lai, Đắk Lắk, Lâm Đồng:", "B"),
    ("a) Rà soát, lập danh sách các thôn, bản thiếu nước sinh hoạt, hoàn thành trước ngày 20/4/2027; bố trí xe bồn, bể chứa cấp nước miễn phí cho người dân tại các thôn, bản này.", ""),
    ("b) Sử dụng dự phòng ngân sách địa phương để sửa chữa các công trình cấp nước bị hư hỏng, báo cáo kết quả trong tháng 5/2027.", ""),
    ("3. Bộ trưởng Bộ Nông nghiệp và Môi trường:", "B"),
    ("a) Chỉ đạo Cục Kiểm lâm và Kiểm ngư theo dõi các điểm cháy qua ảnh vệ tinh để cảnh báo kịp thời cho các địa phương.", ""),
    ("b) Chủ trì, phối hợp với Bộ Quốc phòng, Bộ Công an điều phối lực lượng, phương tiện hỗ trợ chữa cháy khi đám cháy vượt quá khả năng của địa phương.", ""),
    ("c) Chỉ đạo vận hành, điều tiết các hồ chứa thủy lợi để bảo đảm nguồn nước cho sinh hoạt và chữa cháy; tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước ngày 30/4/2027.", ""),
    ("4. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo các đơn vị đóng quân trên địa bàn sẵn sàng lực lượng, phương tiện tham gia chữa cháy rừng khi có yêu cầu của địa phương.", ""),
    ("5. Bộ trưởng Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung cấp điện ổn định cho các trạm bơm, nhà máy nước trong thời gian nắng nóng.", ""),
    ("6. Bộ trưởng Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan xem xét, đề xuất hỗ trợ kinh phí từ dự phòng ngân sách trung ương cho các địa phương bị thiệt hại, trình Thủ tướng Chính phủ trước ngày 15/5/2027.", ""),
    ("7. Bộ trưởng Bộ Y tế chỉ đạo các cơ sở y tế hướng dẫn người dân phòng tránh say nắng, sốc nhiệt; bảo đảm đủ thuốc, vật tư cấp cứu người bị bỏng.", ""),
    ("8. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tin đại chúng tăng thời lượng đưa tin cảnh báo cấp cháy rừng và hướng dẫn người dân sử dụng nước tiết kiệm.", ""),
    ("9. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này; báo cáo Thủ tướng Chính phủ những vấn đề phát sinh vượt thẩm quyền.", ""),
]
NOINHAN = ["Nơi nhận:", "- Như trên;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
           "- VPCP: BTCN, các PCN, Cổng TTĐT, các Vụ: KTTH, CN, KGVX;", "- Lưu: VT, NN (2b)."]
SIGN = [("THỦ TƯỚNG", "B"), ("", ""), ("", ""), ("Nguyễn Đình Khang", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.1, 1.0

    def header(self):
        """Running header from page 2: number and date left, page number right."""
        if self.page_no() < 2:
            return
        self.set_font("Serif", "I", 9.5)
        self.set_y(8)
        self.set_x(self.l_margin)
        self.cell(self.epw - 20, 4, RUNNING, align="L")
        self.cell(20, 4, f"Trang {self.page_no()}", align="R")
        self.set_y(self.t_margin)

    def footer(self):
        pass


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13.5, before=4, after=3, h=6.5)
    for text, kind in BODY:
        if kind == "B":
            pdf.head(text)
        elif kind == "L":
            pdf.para(text, align="L", indent=False)
        else:
            pdf.para(text)
    pdf.ln(3)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 28], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the running header."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY]
    parts += NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 18, 18), 20, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
