#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout13 (deterministic).

    python3 tests/data/heldout13/make_pdfs_vi.py

Writes pdf/vi-86-KL-TU-quangtri-kinh-te-bien-con-co-dang-bo_2026-11-20.pdf next
to this script: a conclusion (Kết luận) of the Standing Board of the Quảng Trị
provincial Party Committee in the Party's own layout (left header "TỈNH ỦY
QUẢNG TRỊ / * / Số 86-KL/TU", right "ĐẢNG CỘNG SẢN VIỆT NAM" and the date,
numbered items 2.1-2.6 addressed to Party committees that "lãnh đạo, chỉ đạo"
State bodies, signer "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC"). Page
numbers stand at the top from page 2. Needs fpdf2 and the DejaVu Serif fonts;
the creation date is fixed, nothing is random. `plain()` returns the text the
PDF renders, in reading order, without the page numbers.
"""
from datetime import datetime, timezone
from pathlib import Path
import sys

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # pdfkit lives in tests/data
import pdfkit  # noqa: E402  (after the path insert)

STEM = "vi-86-KL-TU-quangtri-kinh-te-bien-con-co-dang-bo_2026-11-20"
CREATED = datetime(2026, 11, 20, 8, 40, tzinfo=timezone.utc)

HEADER_LEFT = [("TỈNH ỦY QUẢNG TRỊ", "B", 12.5), ("*", "", 11), ("Số 86-KL/TU", "", 12.5)]
HEADER_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "B", 12.5), ("――――――――――――――", "", 9),
                ("Quảng Trị, ngày 20 tháng 11 năm 2026", "I", 12.5)]
HEADING = [("KẾT LUẬN", "B"),
           ("của Ban Thường vụ Tỉnh ủy về phát triển kinh tế biển", "B"),
           ("gắn với bảo đảm quốc phòng, an ninh tại đặc khu Cồn Cỏ", "B"),
           ("-----", "")]
# (kind, text): "P" paragraph, "S" item heading in bold (numbered sub-item
# that names its Party committee), "A" a)-d) item.
BODY = [
    ("P", "Tại phiên họp ngày 17/11/2026, sau khi nghe Đảng ủy Ủy ban nhân dân tỉnh báo cáo kết "
          "quả 3 năm thực hiện Chương trình hành động số 18-CTr/TU ngày 05/6/2023 của Tỉnh ủy thực "
          "hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII "
          "về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm "
          "2045 và ý kiến của các đồng chí Ủy viên Ban Thường vụ, Ban Thường vụ Tỉnh ủy kết luận "
          "như sau:"),
    ("P", "1. Ban Thường vụ Tỉnh ủy cơ bản tán thành báo cáo; ghi nhận sản lượng khai thác hải sản "
          "năm 2026 ước đạt 41.200 tấn, tăng 6,3% so với năm 2025; hạ tầng điện, nước ngọt ra đặc "
          "khu Cồn Cỏ đã được đầu tư. Tuy nhiên, việc thu hút đầu tư vào dịch vụ hậu cần nghề cá "
          "còn chậm; vẫn còn tàu cá mất kết nối thiết bị giám sát hành trình trên biển."),
    ("P", "2. Thời gian tới, các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện nghiêm các quan "
          "điểm, mục tiêu của Nghị quyết số 36-NQ/TW, tập trung thực hiện tốt các nhiệm vụ sau:"),
    ("S", "2.1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:"),
    ("A", "a) Rà soát, điều chỉnh Đề án phát triển kinh tế - xã hội đặc khu Cồn Cỏ đến năm 2030, "
          "trình Ban Thường vụ Tỉnh ủy trong quý I/2027;"),
    ("A", "b) Ưu tiên bố trí vốn đầu tư công trung hạn giai đoạn 2026 - 2030 cho dự án khu neo đậu "
          "tránh trú bão cho tàu cá Cửa Việt; hoàn thành thủ tục đầu tư dự án trước ngày "
          "30/6/2027;"),
    ("A", "c) Xây dựng cơ sở dữ liệu số về tàu cá và ngư dân gắn với hệ thống giám sát hành trình, "
          "hoàn thành trong năm 2027;"),
    ("A", "d) Chỉ đạo xử lý nghiêm các tàu cá vi phạm quy định về khai thác bất hợp pháp, không báo "
          "cáo và không theo quy định (IUU)."),
    ("S", "2.2. Đảng ủy Hội đồng nhân dân tỉnh"),
    ("P", "Lãnh đạo Thường trực Hội đồng nhân dân tỉnh trình Hội đồng nhân dân tỉnh ban hành chính "
          "sách hỗ trợ ngư dân chuyển đổi nghề tại kỳ họp cuối năm 2026; tăng cường giám sát việc "
          "sử dụng vốn đầu tư công cho hạ tầng đặc khu Cồn Cỏ."),
    ("S", "2.3. Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh"),
    ("P", "Lãnh đạo xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân trên "
          "biển; phối hợp với Đảng ủy đặc khu Cồn Cỏ xây dựng lực lượng dân quân tự vệ biển vững "
          "mạnh."),
    ("S", "2.4. Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    ("P", "Chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh định hướng công tác thông "
          "tin, tuyên truyền về biển, đảo; tổ chức cuộc thi tìm hiểu về biên giới, biển, đảo trong "
          "quý II/2027."),
    ("S", "2.5. Đảng ủy đặc khu Cồn Cỏ"),
    ("P", "Lãnh đạo xây dựng đặc khu trở thành trung tâm dịch vụ hậu cần nghề cá của tỉnh; ban hành "
          "nghị quyết chuyên đề về phát triển du lịch sinh thái biển trước ngày 31/3/2027. Ban "
          "Thường vụ Tỉnh ủy đồng ý chủ trương nghiên cứu thành lập Trung tâm dịch vụ hậu cần nghề "
          "cá tại đặc khu."),
    ("S", "2.6. Ủy ban Kiểm tra Tỉnh ủy"),
    ("P", "Đưa nội dung lãnh đạo thực hiện Kết luận này vào chương trình kiểm tra, giám sát năm "
          "2027 của Ban Thường vụ Tỉnh ủy."),
    ("P", "3. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ 6 tháng "
          "tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Kết luận "
          "này xây dựng kế hoạch thực hiện, gửi về Văn phòng Tỉnh ủy trong thời hạn 30 ngày kể từ "
          "ngày ký Kết luận."),
]
RECIPIENTS = ["- Ban Bí thư (để b/c),", "- Văn phòng Trung ương Đảng,",
              "- Các đảng ủy trực thuộc Tỉnh ủy,", "- Các ban, Văn phòng Tỉnh ủy,",
              "- Các đồng chí Tỉnh ủy viên,", "- Lưu Văn phòng Tỉnh ủy."]
SIGNER = [("T/M BAN THƯỜNG VỤ", "B"), ("PHÓ BÍ THƯ THƯỜNG TRỰC", "B"), ("", ""), ("", ""),
          ("Trần Quốc Bảo", "B")]


def plain(stem=STEM):
    """The text of the PDF, in reading order (page numbers left out)."""
    assert stem == STEM
    lines = [t for t, _, _ in HEADER_LEFT if t] + [t for t, _, _ in HEADER_RIGHT if t]
    lines += [t for t, _ in HEADING] + [t for _, t in BODY]
    lines += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(lines) + "\n"


class Doc(pdfkit.WordDoc):
    BODY, LINE, INDENT = 13, 6.6, "      "
    SIGN_WL, SIGN_ROOM = 80, 40


def render(pdf):
    pdf.add_page()
    pdf.two_col(HEADER_LEFT, HEADER_RIGHT, wl=76)
    pdf.titles(HEADING, size=13.5, before=8, after=3)
    for kind, text in BODY:
        if kind == "S":
            pdf.para(text, style="B")
        elif kind == "A":
            pdf.para(text, after=0.6)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    make = lambda: Doc((30, 20, 15), 20, CREATED, "Microsoft Word 2016")  # noqa: E731
    return pdfkit.write_docs(HERE, [(STEM, render)], make)[0]


if __name__ == "__main__":
    build()
