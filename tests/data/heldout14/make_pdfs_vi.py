#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout14 (deterministic).

    python3 tests/data/heldout14/make_pdfs_vi.py

Writes pdf/vi-18-CT-UBND-hanoi-o-nhiem-khong-khi-chu-thich-cuoi-trang_2026-10-21.pdf
next to this script: a directive (Chỉ thị 18/CT-UBND) of the Hà Nội People's
Committee on air pollution in the 2026 - 2027 dry season, two pages. The two
documents it cites in its opening paragraph are referenced by superscript
footnote markers ("¹", "²"); the footnotes, which alone give their dates and
titles, stand under a short rule at the bottom of page 1. Headings naming the
departments are bold, their items follow. Page numbers stand at the top from
page 2. Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed,
nothing is random. `plain()` returns the text the PDF renders, in reading
order, without the page numbers.
"""
from datetime import datetime, timezone
from pathlib import Path
import sys

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # pdfkit lives in tests/data
import pdfkit  # noqa: E402  (after the path insert)

STEM = "vi-18-CT-UBND-hanoi-o-nhiem-khong-khi-chu-thich-cuoi-trang_2026-10-21"
CREATED = datetime(2026, 10, 21, 9, 5, tzinfo=timezone.utc)

HEADER_LEFT = [("ỦY BAN NHÂN DÂN", "B", 12), ("THÀNH PHỐ HÀ NỘI", "B", 12),
               ("―――――――", "", 9), ("", "", 11), ("Số: 18/CT-UBND", "", 12.5)]
HEADER_RIGHT = pdfkit.national("Hà Nội, ngày 21 tháng 10 năm 2026")
HEADING = [("CHỈ THỊ", "B"),
           ("Về tăng cường các biện pháp kiểm soát ô nhiễm không khí", "B"),
           ("trên địa bàn Thành phố trong mùa khô 2026 - 2027", "B"),
           ("-----", "")]
# (kind, text): "P" paragraph, "S" bold heading naming the agency, "A" a)-d) item.
PAGE1 = [
    ("P", "Thời gian qua, thực hiện Kế hoạch số 312/KH-UBND¹ và Chỉ thị số 20/CT-TTg của Thủ "
          "tướng Chính phủ², chất lượng không khí trên địa bàn Thành phố đã có chuyển biến; số "
          "ngày có chỉ số chất lượng không khí (AQI) ở mức kém giảm 18% so với năm 2025. Tuy nhiên, "
          "vào các tháng mùa khô, nồng độ bụi mịn PM2.5 vẫn thường xuyên vượt quy chuẩn, nhất là "
          "tại khu vực nội đô và các phường ven đô có hoạt động xây dựng lớn."),
    ("P", "Để chủ động kiểm soát ô nhiễm không khí trong mùa khô 2026 - 2027, Chủ tịch Ủy ban "
          "nhân dân Thành phố yêu cầu:"),
    ("S", "1. Sở Nông nghiệp và Môi trường"),
    ("A", "a) Chủ trì, phối hợp với Sở Khoa học và Công nghệ vận hành ổn định hệ thống quan trắc "
          "không khí tự động để công bố chỉ số AQI theo giờ trên ứng dụng iHanoi;"),
    ("A", "b) Khi chỉ số AQI vượt ngưỡng 200 trong 02 ngày liên tiếp, tham mưu Chủ tịch Ủy ban nhân "
          "dân Thành phố ban bố cảnh báo và áp dụng các biện pháp khẩn cấp theo Kế hoạch số "
          "312/KH-UBND;"),
    ("A", "c) Xây dựng cơ sở dữ liệu nguồn thải công nghiệp trên địa bàn Thành phố, hoàn thành "
          "trong quý I/2027;"),
    ("A", "d) Tổng hợp kết quả thực hiện Chỉ thị, báo cáo Chủ tịch Ủy ban nhân dân Thành phố "
          "trước ngày 05 hằng tháng."),
    ("S", "2. Sở Xây dựng"),
    ("P", "Kiểm tra, xử lý nghiêm các công trình xây dựng không che chắn, không rửa xe trước khi ra "
          "khỏi công trường; chủ trì, phối hợp với Công an Thành phố kiểm soát các phương tiện chở "
          "vật liệu xây dựng, phế thải để rơi vãi trên đường. Sở này chỉ đạo các đơn vị duy trì "
          "tưới nước, rửa đường ít nhất 02 lần/ngày trên các tuyến phố chính trong những ngày ô "
          "nhiễm."),
]
FOOTNOTES = [
    "¹ Kế hoạch số 312/KH-UBND ngày 28/12/2024 của Ủy ban nhân dân Thành phố về cải thiện chất "
    "lượng không khí trên địa bàn thành phố Hà Nội đến năm 2030.",
    "² Chỉ thị số 20/CT-TTg ngày 12/7/2025 của Thủ tướng Chính phủ về một số nhiệm vụ cấp bách, "
    "quyết liệt ngăn chặn, giảm thiểu ô nhiễm môi trường.",
]
PAGE2 = [
    ("S", "3. Công an Thành phố"),
    ("P", "Xử lý nghiêm các trường hợp đốt rác, đốt rơm rạ ngoài trời; xử phạt các phương tiện xả "
          "khói đen quá tiêu chuẩn theo Nghị định số 168/2024/NĐ-CP ngày 26/12/2024 của Chính phủ."),
    ("S", "4. Sở Công Thương"),
    ("P", "Vận động các cơ sở sản xuất chuyển đổi lò hơi đốt than sang sử dụng nhiên liệu sạch; "
          "lập danh sách cơ sở sử dụng lò đốt than tại các phường nội đô, hoàn thành trong tháng "
          "11/2026."),
    ("S", "5. Sở Y tế, Sở Giáo dục và Đào tạo"),
    ("P", "Hướng dẫn người dân, học sinh các biện pháp bảo vệ sức khỏe khi chất lượng không khí ở "
          "mức xấu; xây dựng phương án điều chỉnh hoạt động ngoài trời của các cơ sở giáo dục, "
          "trình Ủy ban nhân dân Thành phố trước ngày 30/11/2026."),
    ("S", "6. Chủ tịch Ủy ban nhân dân các xã, phường"),
    ("P", "Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân Thành phố nếu để xảy ra tình trạng đốt "
          "rác, đốt rơm rạ kéo dài trên địa bàn. Tổ chức ra quân tổng vệ sinh môi trường vào Chủ "
          "nhật cuối cùng hằng tháng; kiểm tra, xóa bỏ các điểm tập kết rác tự phát."),
    ("S", "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố"),
    ("P", "Chỉ đạo Mặt trận Tổ quốc các xã, phường vận động Nhân dân không đốt rác, rơm rạ, phụ "
          "phẩm nông nghiệp; giám sát việc thực hiện Chỉ thị này tại cơ sở."),
    ("P", "8. Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị này; sơ "
          "kết, báo cáo Ủy ban nhân dân Thành phố trước ngày 15/01/2027."),
    ("P", "Yêu cầu Thủ trưởng các sở, ban, ngành Thành phố, Chủ tịch Ủy ban nhân dân các xã, phường "
          "nghiêm túc thực hiện Chỉ thị này./."),
]
RECIPIENTS = ["- Bộ Nông nghiệp và Môi trường;", "- TT Thành ủy, TT HĐND Thành phố;",
              "- Chủ tịch, các PCT UBND Thành phố;", "- Các sở, ban, ngành Thành phố;",
              "- UBND các xã, phường;", "- Lưu: VT, NNMT."]
SIGNER = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
          ("", ""), ("", ""), ("Nguyễn Thanh Tùng", "B")]


def plain(stem=STEM):
    """The text of the PDF, in reading order (page numbers left out)."""
    assert stem == STEM
    lines = [t for t, _, _ in HEADER_LEFT if t] + [t for t, _, _ in HEADER_RIGHT if t]
    lines += [t for t, _ in HEADING] + [t for _, t in PAGE1] + FOOTNOTES
    lines += [t for _, t in PAGE2]
    lines += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(lines) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT = 12.5, 6.0, "      "
    SIGN_WL, SIGN_ROOM = 80, 45


def body(pdf, items):
    for kind, text in items:
        if kind == "S":
            pdf.para(text, style="B", after=0.4)
        elif kind == "A":
            pdf.para(text, after=0.6)
        else:
            pdf.para(text)


def footnotes(pdf):
    """A short rule and the 9.5 pt footnotes at the bottom of the current page."""
    size, line = 9.5, 4.4
    pdf.set_font("Serif", "", size)
    rows = sum(len(pdf.multi_cell(0, line, t, dry_run=True, output="LINES")) for t in FOOTNOTES)
    top = pdf.h - pdf.b_margin - rows * line - 3
    assert pdf.get_y() < top - 2, (pdf.get_y(), top)
    pdf.line(pdf.l_margin, top, pdf.l_margin + 50, top)
    pdf.set_xy(pdf.l_margin, top + 1.5)
    for t in FOOTNOTES:
        pdf.multi_cell(0, line, t, align="J", **pdfkit.NEXT)


def render(pdf):
    pdf.add_page()
    pdf.two_col(HEADER_LEFT, HEADER_RIGHT, wl=76)
    pdf.titles(HEADING, size=13.5, before=6, after=2)
    body(pdf, PAGE1)
    assert pdf.page_no() == 1, "page 1 overflowed"
    footnotes(pdf)
    pdf.add_page()
    body(pdf, PAGE2)
    pdf.signature(RECIPIENTS, SIGNER)
    assert pdf.page_no() == 2, pdf.page_no()


def build():
    make = lambda: Doc((30, 20, 15), 20, CREATED, "Microsoft Word 2019")  # noqa: E731
    return pdfkit.write_docs(HERE, [(STEM, render)], make)[0]


if __name__ == "__main__":
    build()
