#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout34 (deterministic).

    python3 tests/data/heldout34/make_pdfs_vi.py

Writes pdf/vi-6218-UBND-TH-vinhlong-tra-loi-kien-nghi-cu-tri-toan-bo-noi-dung-trong-bang-ke-o_2026-12-03.pdf
next to this script: the official letter 6218/UBND-TH of the Vĩnh Long
provincial People's Committee ANSWERING VOTERS' PETITIONS sent by the
Standing Committee of the provincial People's Council, two pages, its WHOLE
BODY SET IN A RULED TABLE: a two-column grid (STT | Nội dung) where every
petition has a "Kiến nghị:" row and a "Trả lời:" row (the answer naming the
agencies that must act), a group row per field spanning both columns, and the
closing request in a last spanning row. fpdf2 keeps rows whole, so the page
break falls between rows; the page number "2" is at the top of page 2.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, nothing
is random. `plain()` returns the text it renders in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-6218-UBND-TH-vinhlong-tra-loi-kien-nghi-cu-tri-toan-bo-noi-dung-trong-bang-ke-o_2026-12-03"
CREATED = datetime(2026, 12, 3, 8, 15, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word 2016"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 12), ("TỈNH VĨNH LONG", "B", 12), ("―――――――", "", 9),
        ("Số: 6218/UBND-TH", "", 12.5), ("V/v trả lời kiến nghị cử tri trước", "", 10.5),
        ("Kỳ họp thứ mười, HĐND tỉnh khóa X", "", 10.5)]
RIGHT = pdfkit.national("Vĩnh Long, ngày 03 tháng 12 năm 2026")
KG = "Kính gửi: Thường trực Hội đồng nhân dân tỉnh."
INTRO = ("Ủy ban nhân dân tỉnh nhận được Báo cáo số 245/BC-TTHĐND ngày 20/11/2026 của Thường trực Hội đồng nhân dân "
         "tỉnh tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ mười. Trên cơ sở báo cáo của các sở, ngành và "
         "địa phương, Ủy ban nhân dân tỉnh trả lời và giao nhiệm vụ như sau:")
HEAD = ("STT", "Nội dung kiến nghị và trả lời")
ROWS = [
    ("G", "I. LĨNH VỰC GIAO THÔNG, XÂY DỰNG"),
    ("1", "Kiến nghị: Cử tri xã Long Hồ phản ánh cầu Cái Cá trên đường liên xã xuống cấp nghiêm trọng, xe tải vẫn lưu thông, tiềm ẩn nguy cơ mất an toàn."),
    ("", "Trả lời: Cầu Cái Cá được xây dựng năm 2004, hiện đã nứt dầm. Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban nhân dân xã Long Hồ khảo sát, lập phương án sửa chữa cầu Cái Cá, hoàn thành trong quý I/2027. Ủy ban nhân dân xã Long Hồ cắm biển hạn chế tải trọng và bố trí lực lượng hướng dẫn giao thông tại hai đầu cầu trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản này."),
    ("2", "Kiến nghị: Cử tri phường Phước Hậu đề nghị sớm mở rộng mạng lưới cấp nước sạch cho các khóm ven sông."),
    ("", "Trả lời: Giao Sở Nông nghiệp và Môi trường phối hợp với Công ty Cổ phần Cấp thoát nước Vĩnh Long hoàn thành đầu tư tuyến ống cấp nước cho 04 khóm ven sông trong 6 tháng đầu năm 2027. Đề nghị Công ty Cổ phần Cấp thoát nước Vĩnh Long báo cáo tiến độ thi công về Sở Nông nghiệp và Môi trường hằng tháng, trước ngày 25."),
    ("G", "II. LĨNH VỰC NỘI VỤ, TÀI CHÍNH"),
    ("3", "Kiến nghị: Cử tri nhiều xã phản ánh chế độ đối với người hoạt động không chuyên trách nghỉ việc sau sắp xếp theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ chưa được chi trả đầy đủ."),
    ("", "Trả lời: Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thẩm định hồ sơ, hoàn tất chi trả chế độ cho các trường hợp còn tồn đọng trước Tết Nguyên đán Đinh Mùi. Sở Tài chính tham mưu bổ sung kinh phí cho các xã còn thiếu nguồn, chậm nhất ngày 15/01/2027."),
    ("G", "III. LĨNH VỰC ĐẤT ĐAI, MÔI TRƯỜNG"),
    ("4", "Kiến nghị: Cử tri xã Trà Ôn phản ánh thời gian giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu còn kéo dài."),
    ("", "Trả lời: Giao Sở Nông nghiệp và Môi trường chỉ đạo Văn phòng Đăng ký đất đai giải quyết dứt điểm 312 hồ sơ tồn đọng từ nay đến hết năm 2026. Trung tâm Phục vụ hành chính công tỉnh công khai tình trạng giải quyết từng hồ sơ trên Cổng dịch vụ công của tỉnh."),
    ("5", "Kiến nghị: Cử tri xã Trà Ôn đề nghị đầu tư kè chống sạt lở bờ sông Hậu đoạn qua ấp Vĩnh Hòa."),
    ("", "Trả lời: Giao Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh chủ trì, phối hợp với Ủy ban nhân dân xã Trà Ôn lập báo cáo đề xuất chủ trương đầu tư kè, trình Ủy ban nhân dân tỉnh trong 6 tháng đầu năm 2027. Ủy ban nhân dân xã Trà Ôn di dời các hộ dân trong vùng sạt lở nguy hiểm đến nơi an toàn."),
    ("G", "IV. LĨNH VỰC GIÁO DỤC, Y TẾ"),
    ("6", "Kiến nghị: Cử tri phản ánh nhiều điểm trường tiểu học ở vùng nông thôn xuống cấp, thiếu phòng học bộ môn."),
    ("", "Trả lời: Giao Sở Giáo dục và Đào tạo tổng hợp danh mục điểm trường cần sửa chữa, trình Ủy ban nhân dân tỉnh trong quý I/2027. Ủy ban nhân dân các xã, phường có điểm trường xuống cấp rà soát, gửi đề xuất về Sở Giáo dục và Đào tạo chậm nhất ngày 31/12/2026."),
    ("7", "Kiến nghị: Cử tri đề nghị tăng mức hỗ trợ mua thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo."),
    ("", "Trả lời: Nội dung này thuộc thẩm quyền của Trung ương; Ủy ban nhân dân tỉnh đã có Văn bản số 5730/UBND-VX ngày 05/11/2026 kiến nghị Bộ Y tế. Giao Sở Y tế theo dõi, tiếp tục đề xuất khi Trung ương sửa đổi chính sách."),
    ("S", "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành, Ủy ban nhân dân các xã, phường được giao nhiệm vụ tại văn bản này khẩn trương triển khai thực hiện; báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) trước ngày 20/6/2027 để tổng hợp, trả lời cử tri tại kỳ họp giữa năm 2027."),
]
NOINHAN = ["Nơi nhận:", "- Như trên;", "- Đoàn ĐBQH tỉnh;", "- CT, các PCT UBND tỉnh;",
           "- Các sở, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, TH."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("", ""), ("Đặng Văn Chính", "B")]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 12.5, 6.0, 1.0


def body_table(pdf):
    with pdf.grid((13, 162), aligns=("CENTER", "JUSTIFY"), size=11.5, line_height=5.6) as table:
        row = table.row()
        for c in HEAD:
            row.cell(c)
        for stt, text in ROWS:
            row = table.row()
            if stt == "G":
                row.cell(text, colspan=2, align="LEFT", style=pdfkit.BOLD)
            elif stt == "S":
                row.cell(text, colspan=2, align="JUSTIFY")
            else:
                row.cell(stt)
                row.cell(text)
    pdf.ln(4)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.ln(4)
    pdf.para(KG, align="C", indent=False)
    pdf.para(INTRO)
    body_table(pdf)
    pdfkit.noinhan_sign(pdf, NOINHAN, SIGN, 80, 92, [0, 6, 12, 24, 36], family="Serif")
    assert pdf.page_no() == 2, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order, without the page number."""
    parts = [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [KG, INTRO] + list(HEAD)
    for stt, text in ROWS:
        parts += [text] if stt in ("G", "S", "") else [stt, text]
    parts += NOINHAN + [t for t, _ in SIGN if t]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((20, 15, 15), 20, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
