#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout35 (deterministic).

    python3 tests/data/heldout35/make_pdfs_vi.py

Writes pdf/vi-97-TB-VPCP-ket-luan-PTTg-lam-viec-dienbien-tra-loi-tung-kien-nghi-de-muc-nghieng_2026-12-18.pdf
next to this script: notice 97/TB-VPCP of the Government Office conveying a
Deputy Prime Minister's conclusions at a working session with Điện Biên
province, two pages: two-column header (issuer and number left, motto and
date right), centred title, assessment, the province's tasks, then the
province's proposals ANSWERED ONE BY ONE, each under an italic "Về đề nghị
..." heading followed by the answer (acknowledgement, agreement or an
assignment to a ministry). The page number "2" is at the top of page 2.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-97-TB-VPCP-ket-luan-PTTg-lam-viec-dienbien-tra-loi-tung-kien-nghi-de-muc-nghieng_2026-12-18"
CREATED = datetime(2026, 12, 18, 9, 30, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2019"

LEFT = [("VĂN PHÒNG CHÍNH PHỦ", "B", 12.5), ("―――――――", "", 9), ("", "", 11),
        ("Số: 97/TB-VPCP", "", 12.5)]
RIGHT = pdfkit.national("Hà Nội, ngày 18 tháng 12 năm 2026")
TITLES = [("THÔNG BÁO", "B"),
          ("Kết luận của Phó Thủ tướng Chính phủ Lê Minh Khang", "B"),
          ("tại buổi làm việc với lãnh đạo tỉnh Điện Biên", "B")]
# (kind, text): P paragraph, H bold heading, I italic proposal heading
BODY = [
    ("P", "Ngày 05 tháng 12 năm 2026, tại tỉnh Điện Biên, Phó Thủ tướng Chính phủ Lê Minh Khang đã làm việc với "
          "lãnh đạo tỉnh Điện Biên về tình hình kinh tế - xã hội năm 2026 và các kiến nghị của Tỉnh. Tham dự có "
          "đại diện lãnh đạo các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Giáo dục và Đào tạo, Tư pháp, "
          "Khoa học và Công nghệ. Sau khi nghe Báo cáo số 412/BC-UBND ngày 01/12/2026 của Ủy ban nhân dân tỉnh "
          "Điện Biên và ý kiến của các Bộ, Phó Thủ tướng kết luận như sau:"),
    ("H", "I. ĐÁNH GIÁ CHUNG"),
    ("P", "Năm 2026, trong bối cảnh thiên tai gây thiệt hại lớn, tỉnh Điện Biên đã nỗ lực vượt khó, tăng trưởng "
          "kinh tế ước đạt 8,4%, thu ngân sách vượt dự toán; bộ máy chính quyền hai cấp vận hành ổn định. Phó Thủ "
          "tướng ghi nhận, biểu dương những kết quả Tỉnh đạt được."),
    ("H", "II. NHIỆM VỤ THỜI GIAN TỚI"),
    ("P", "Ủy ban nhân dân tỉnh Điện Biên (sau đây gọi là Tỉnh) tập trung thực hiện:"),
    ("P", "1. Hoàn thành di dời các hộ dân ra khỏi vùng có nguy cơ sạt lở cao, xong trước 31/3/2027."),
    ("P", "2. Đẩy mạnh giải ngân vốn đầu tư công năm 2027; chấn chỉnh các chủ đầu tư giải ngân chậm."),
    ("P", "3. Phối hợp với Bộ Xây dựng hoàn thiện hồ sơ Dự án đường cao tốc Sơn La - Điện Biên, trình cấp có "
          "thẩm quyền trong tháng 01/2027."),
    ("P", "4. Xây dựng Đề án phát triển du lịch lịch sử gắn với Di tích quốc gia đặc biệt Chiến trường Điện Biên "
          "Phủ, trình Hội đồng nhân dân tỉnh trong năm 2027."),
    ("H", "III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH"),
    ("I", "1. Về đề nghị hỗ trợ vốn đầu tư Cảng hàng không Điện Biên giai đoạn 2"),
    ("P", "Giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính nghiên cứu, đề xuất phương án đầu tư theo phương "
          "thức đối tác công tư, báo cáo Thủ tướng Chính phủ chậm nhất trong quý II/2027."),
    ("I", "2. Về đề nghị bổ sung 1.200 tỷ đồng thực hiện sắp xếp dân cư vùng sạt lở"),
    ("P", "Phó Thủ tướng ghi nhận kiến nghị của Tỉnh. Giao Bộ Tài chính tổng hợp, đề xuất bố trí từ nguồn dự "
          "phòng ngân sách trung ương năm 2027, báo cáo cấp có thẩm quyền trước ngày 15/01/2027. Bộ Nông nghiệp "
          "và Môi trường hướng dẫn Tỉnh lập hồ sơ đề nghị hỗ trợ theo Quyết định số 590/QĐ-TTg ngày 18/5/2022 "
          "của Thủ tướng Chính phủ."),
    ("I", "3. Về đề nghị sửa đổi quy định giao rừng, cho thuê rừng cho cộng đồng dân cư"),
    ("P", "Giao Bộ Nông nghiệp và Môi trường tổng hợp, đề xuất sửa đổi Nghị định số 156/2018/NĐ-CP ngày "
          "16/11/2018 của Chính phủ trong năm 2027; phối hợp với Bộ Tư pháp đánh giá sự cần thiết sửa đổi Luật "
          "Lâm nghiệp, báo cáo Chính phủ trước Kỳ họp thứ 3, Quốc hội khóa XVI."),
    ("I", "4. Về đề nghị thí điểm trường phổ thông dân tộc bán trú liên xã"),
    ("P", "Đồng ý về chủ trương để Tỉnh thí điểm trong năm học 2027 - 2028. Giao Bộ Giáo dục và Đào tạo hướng "
          "dẫn Tỉnh tổ chức thí điểm, bảo đảm điều kiện tối thiểu về cơ sở vật chất và đội ngũ giáo viên. Tỉnh "
          "báo cáo kết quả thí điểm về Bộ Giáo dục và Đào tạo sau khi kết thúc năm học 2027 - 2028."),
    ("I", "5. Về đề nghị sửa chữa Quốc lộ 12 đoạn qua xã Mường Chà"),
    ("P", "Giao Bộ Xây dựng xem xét, bố trí vốn bảo trì đường bộ năm 2027 để sửa chữa các điểm sạt lở trên "
          "Quốc lộ 12, trả lời Tỉnh trước ngày 31/01/2027."),
    ("I", "6. Về đề nghị phủ sóng di động tại các bản vùng biên giới"),
    ("P", "Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp viễn thông phủ sóng di động tại các bản chưa có "
          "sóng trên địa bàn Tỉnh, hoàn thành trong năm 2027."),
    ("H", "IV. TỔ CHỨC THỰC HIỆN"),
    ("P", "Văn phòng Chính phủ theo dõi, đôn đốc các bộ, cơ quan và Tỉnh thực hiện các nội dung tại Thông báo này."),
    ("P", "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Điện Biên và các bộ, cơ quan liên quan biết, "
          "thực hiện./."),
]
NOINHAN = ["Nơi nhận:", "- Thủ tướng, các PTTg;", "- Các Bộ: TC, XD, NNMT, GDĐT, TP, KHCN;",
           "- Tỉnh ủy, UBND tỉnh Điện Biên;", "- VPCP: BTCN, các PCN, Vụ: KTTH, NN, CN;",
           "- Lưu: VT, ĐP (2b)."]
SIGN = [("KT. BỘ TRƯỞNG, CHỦ NHIỆM", "B"), ("PHÓ CHỦ NHIỆM", "B"), ("", ""), ("Đỗ Thanh Tùng", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER, INDENT = 11.5, 5.4, 1.0, "      "


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLES, size=13.5, before=6, after=4)
    for kind, text in BODY:
        if kind == "H":
            pdf.head(text)
        elif kind == "I":
            pdf.para(text, style="BI", indent=False, align="L")
        else:
            pdf.para(text)
    pdf.ln(3)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 85, 90, [0, 6, 12, 30], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the page number."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLES] + [t for _, t in BODY]
    parts += NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((22, 15, 15), 15, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
