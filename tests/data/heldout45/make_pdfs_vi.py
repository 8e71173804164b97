#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout45 (deterministic).

    python3 tests/data/heldout45/make_pdfs_vi.py

Writes pdf/vi-03-CT-UBND-caobang-phong-chong-mua-ban-nguoi-tet-dinh-mui-muc-so-muc-chu-so-trang-chan-trang_2027-01-11.pdf
next to this script: Chỉ thị 03/CT-UBND of the Chairman of the Cao Bằng
Provincial People's Committee on preventing human trafficking and illegal
border crossings around the Lunar New Year Đinh Mùi 2027, in the usual
official layout of a provincial directive: the two-column header block
("ỦY BAN NHÂN DÂN / TỈNH CAO BẰNG / Số: 03/CT-UBND" beside the national
motto and the place and date), the centred title, justified body paragraphs
with a first-line indent, numbered items (agency headings in bold) with
lettered sub-items a), b), c), the closing request, then "Nơi nhận" beside
the signer's block; two portrait A4 pages, the page number centred in the
footer of each page. Lines are broken with fpdf2's own line breaker and
drawn one by one, so the page break (and plain()) is known line by line
(this uses fpdf2 internals: MultiLineBreak, _preload_font_styles,
_render_styled_text_line; written against fpdf2 2.8.9). Needs fpdf2 and the
DejaVu fonts; the creation date is fixed and nothing is random, so
re-running gives the same bytes. `plain()` returns the text in reading order
(header left column, header right column, title, body line by line, the
page number at the foot of each page where that page ends, "Nơi nhận" and
its lines, the signer).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.enums import Align, XPos, YPos  # noqa: E402
from fpdf.line_break import MultiLineBreak  # noqa: E402

STEM = ("vi-03-CT-UBND-caobang-phong-chong-mua-ban-nguoi-tet-dinh-mui-muc-so-muc-chu-so-trang-chan-trang"
        "_2027-01-11")
CREATED = datetime(2027, 1, 11, 9, 40, tzinfo=timezone.utc)

HEAD_L = [("ỦY BAN NHÂN DÂN", ""), ("TỈNH CAO BẰNG", "B"), ("RULE", ""), ("Số: 03/CT-UBND", "")]
HEAD_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"), ("RULE", ""),
          ("Cao Bằng, ngày 11 tháng 01 năm 2027", "I")]
TITLE = "CHỈ THỊ"
SUBTITLE = ("Về tăng cường phòng, chống mua bán người và xuất cảnh trái phép qua biên giới dịp trước, "
            "trong và sau Tết Nguyên đán Đinh Mùi năm 2027")

# (style, text): "" justified paragraph with a first-line indent, "B" bold heading (no indent)
BODY = [
    ("", "Năm 2026, lực lượng chức năng trên địa bàn tỉnh đã phát hiện, điều tra 14 vụ, 29 đối tượng mua "
         "bán người; tiếp nhận, hỗ trợ 37 nạn nhân trở về; ngăn chặn 412 trường hợp công dân có ý định xuất "
         "cảnh trái phép. Tuy nhiên, tội phạm mua bán người qua biên giới vẫn diễn biến phức tạp; các đối "
         "tượng lợi dụng mạng xã hội để dụ dỗ, lừa gạt phụ nữ, trẻ em và người lao động bằng thủ đoạn "
         "\"việc nhẹ, lương cao\". Dịp Tết Nguyên đán, nhiều lao động đi làm ăn xa trở về địa phương, tiềm "
         "ẩn nguy cơ bị lôi kéo, môi giới xuất cảnh trái phép."),
    ("", "Thực hiện Luật Phòng, chống mua bán người số 53/2024/QH15 ngày 28/11/2024 và Kế hoạch số "
         "85/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh Cao Bằng thực hiện Chương trình phòng, chống "
         "mua bán người giai đoạn 2026 - 2030, để kịp thời ngăn chặn, đẩy lùi tội phạm mua bán người, Chủ "
         "tịch Ủy ban nhân dân tỉnh yêu cầu:"),
    ("B", "1. Công an tỉnh"),
    ("", "a) Chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở đợt cao điểm tấn công, trấn áp tội "
         "phạm mua bán người, tội phạm tổ chức xuất cảnh trái phép từ ngày 15/01/2027 đến hết ngày 15/3/2027."),
    ("", "b) Rà soát, lập danh sách công dân xuất cảnh trái phép chưa trở về, thông báo cho Ủy ban nhân dân "
         "các xã, phường nơi cư trú trước ngày 31/01/2027."),
    ("", "c) Tăng cường quản lý các tài khoản mạng xã hội có dấu hiệu tuyển dụng lao động đi nước ngoài trái "
         "phép; xử lý nghiêm các đối tượng đăng tải thông tin dụ dỗ, lừa gạt."),
    ("B", "2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("", "a) Tăng cường tuần tra, kiểm soát trên các tuyến biên giới, đường mòn, lối mở; ngăn chặn kịp thời "
         "các trường hợp xuất cảnh, nhập cảnh trái phép."),
    ("", "b) Tiếp nhận, bàn giao nạn nhân bị mua bán trở về qua các cửa khẩu, lối mở cho Sở Y tế trong thời "
         "hạn 24 giờ kể từ khi tiếp nhận."),
    ("B", "3. Sở Y tế"),
    ("", "a) Chủ trì, phối hợp với Hội Liên hiệp Phụ nữ tỉnh tổ chức tiếp nhận, hỗ trợ nhu cầu thiết yếu, "
         "tư vấn tâm lý cho nạn nhân tại Cơ sở bảo trợ xã hội tổng hợp tỉnh."),
    ("", "b) Ban hành quy trình phối hợp tiếp nhận, xác minh, bảo vệ nạn nhân theo hướng dẫn tại Công văn số "
         "4127/BYT-BTXH của Bộ Y tế; hoàn thành trong Quý I/2027."),
    ("", "4. Sở Giáo dục và Đào tạo, Tỉnh đoàn Cao Bằng tổ chức sinh hoạt chuyên đề về kỹ năng nhận diện, "
         "phòng tránh mua bán người cho học sinh trung học phổ thông, đoàn viên thanh niên các xã biên giới, "
         "hoàn thành trước ngày 29/01/2027."),
    ("", "5. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Cao Bằng "
         "xây dựng chuyên mục tuyên truyền về phòng, chống mua bán người bằng tiếng Tày, Nùng, Mông, đưa lên "
         "sóng trước ngày 25/01/2027."),
    ("", "6. Sở Nội vụ chỉ đạo Trung tâm Dịch vụ việc làm tỉnh tổ chức ít nhất 02 phiên giao dịch việc làm "
         "lưu động tại các xã biên giới trong 6 tháng đầu năm 2027; hướng dẫn người lao động đi làm việc ở "
         "nước ngoài theo hợp đồng thông qua các doanh nghiệp được cấp phép."),
    ("B", "7. Chủ tịch Ủy ban nhân dân các xã, phường"),
    ("", "a) Quản lý chặt chẽ nhân khẩu, người lao động đi làm ăn xa; kịp thời thông báo cho Công an xã các "
         "trường hợp vắng mặt dài ngày không rõ lý do."),
    ("", "b) Tổ chức cho 100% hộ gia đình ở các thôn, xóm giáp biên giới ký cam kết không tham gia, tiếp tay "
         "cho hoạt động xuất cảnh trái phép trước ngày 05/02/2027."),
    ("", "c) Định kỳ hằng quý báo cáo kết quả thực hiện Chỉ thị này về Công an tỉnh."),
    ("", "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo các tổ chức chính trị - xã hội trực thuộc "
         "tuyên truyền, vận động hội viên, đoàn viên cảnh giác trước các thủ đoạn lừa gạt ra nước ngoài."),
    ("", "9. Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp kết "
         "quả, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 20/3/2027."),
    ("", "Yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các "
         "xã, phường nghiêm túc triển khai thực hiện Chỉ thị này./."),
]
SIGNER = [("CHỦ TỊCH", "B"), ("", ""), ("", ""), ("", ""), ("Nông Thanh Tùng", "B")]
RECIPIENTS = ["Nơi nhận:", "- Bộ Công an (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Các sở, ban, ngành, đoàn thể tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;", "- UBND các xã, phường;",
              "- Báo và PT, TH Cao Bằng;", "- Lưu: VT, NC."]

L_MARGIN, R_MARGIN, T_MARGIN, B_MARGIN = 30, 15, 20, 22
BODY_PT, LH, PARA_GAP, INDENT = 12, 5.7, 0.8, 10
FOOT_Y = 297 - 14
LOG = []  # text drawn, in reading order (plain())


def lines_of(pdf, text, style, width, align=Align.J, indent=0.0, size=BODY_PT):
    """fpdf2's own line breaking of `text` at `width` (the TextLines multi_cell would draw)."""
    pdf.set_font("Serif", style, size)
    frags = pdf._preload_font_styles(pdf.normalize_text(text), False)
    mlb = MultiLineBreak(frags, width, (pdf.c_margin, pdf.c_margin), align=align, first_line_indent=indent)
    out = []
    line = mlb.get_line()
    while line is not None:
        out.append(line)
        line = mlb.get_line()
    return out


def line_text(tl):
    return "".join(f.string for f in tl.fragments).strip()


def draw(pdf, tl, x, y, h):
    pdf.set_xy(x + tl.indent, y)
    pdf._render_styled_text_line(tl, h=h, new_x=XPos.LEFT, new_y=YPos.NEXT, border=0, fill=False, link=None)


class Directive(FPDF):
    pass


class Flow:
    """One column flowing over portrait pages; the page number centred in each page's footer."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.y = pdf.get_y()
        self.bottom = pdf.h - B_MARGIN

    def footer(self):
        self.pdf.set_font("Serif", "", 10)
        self.pdf.set_xy(self.pdf.l_margin, FOOT_Y)
        self.pdf.cell(self.pdf.epw, 5, str(self.pdf.page_no()), align="C")
        LOG.append(("PAGE", self.pdf.page_no()))

    def room(self, h):
        if self.y + h <= self.bottom:
            return
        self.footer()
        self.pdf.add_page()
        self.y = T_MARGIN

    def para(self, text, style="", align=Align.J, indent=INDENT, size=BODY_PT, h=LH, gap=PARA_GAP):
        for tl in lines_of(self.pdf, text, style, self.pdf.epw, align, indent if style == "" else 0, size):
            self.room(h)
            draw(self.pdf, tl, self.pdf.l_margin, self.y, h)
            LOG.append(line_text(tl))
            self.y += h
        self.y += gap


def header_block(pdf):
    top = pdf.get_y()
    for x, w, lines, half in ((pdf.l_margin - 12, 80, HEAD_L, 12), (pdf.l_margin + 62, pdf.epw - 58, HEAD_R, 30)):
        y = top
        for text, style in lines:
            if text == "RULE":
                cx = x + w / 2
                pdf.set_line_width(0.3)
                pdf.line(cx - half, y + 0.3, cx + half, y + 0.3)
                y += 3.5 if lines is HEAD_L else 5
                continue
            size = 12.5 if lines is HEAD_L else (12 if style == "B" and text.startswith("CỘNG") else 13)
            if style == "I":
                size = 13
            pdf.set_font("Serif", style, size)
            pdf.set_xy(x, y)
            pdf.cell(w, 6, text, align="C")
            LOG.append(text)
            y += 6
    pdf.set_y(top + 3 * 6 + 5 + 6)


def title_block(pdf):
    pdf.ln(5)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    LOG.append(TITLE)
    y = pdf.get_y()
    for tl in lines_of(pdf, SUBTITLE, "B", pdf.epw - 30, Align.C, size=13):
        draw(pdf, tl, pdf.l_margin + 15, y, 6.5)
        LOG.append(line_text(tl))
        y += 6.5
    cx = pdf.l_margin + pdf.epw / 2
    pdf.set_line_width(0.3)
    pdf.line(cx - 20, y + 1.5, cx + 20, y + 1.5)
    pdf.set_y(y + 7)


def signature(flow):
    """Nơi nhận (left) beside the signer (right), from the same top; kept on one page."""
    pdf = flow.pdf
    flow.y += 3
    flow.room(len(RECIPIENTS) * 4.8 + 2)
    y0 = flow.y
    y = y0
    for i, text in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 11.5 if i == 0 else 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(80, 5 if i == 0 else 4.8, text)
        LOG.append(text)
        y += 5 if i == 0 else 4.8
    ys = y0
    for text, style in SIGNER:
        if text:
            pdf.set_font("Serif", style, 13)
            pdf.set_xy(pdf.l_margin + 85, ys)
            pdf.cell(pdf.epw - 85, 6.5, text, align="C")
            LOG.append(text)
        ys += 6.5
    flow.y = max(y, ys)


def fill(pdf):
    header_block(pdf)
    title_block(pdf)
    flow = Flow(pdf)
    for style, text in BODY:
        flow.para(text, style)
    signature(flow)
    flow.footer()


def new_doc():
    LOG.clear()
    pdf = Directive(orientation="P", format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    pdf.set_author("UBND tinh Cao Bang")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(L_MARGIN, T_MARGIN, R_MARGIN)
    pdf.set_auto_page_break(False, B_MARGIN)
    pdf.c_margin = 0
    pdf.add_page()
    return pdf


def plain():
    """The rendered text in reading order."""
    pdf = new_doc()
    fill(pdf)
    return "\n".join(str(p[1]) if isinstance(p, tuple) else p for p in LOG if p)


if __name__ == "__main__":
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)
