#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout46 (deterministic).

    python3 tests/data/heldout46/make_pdfs_vi.py

Writes pdf/vi-47-TB-VP-BDTTG-ket-luan-bo-truong-bo-tri-dan-cu-sat-lo-trang-cuoi-ngang-phu-luc-bang_2027-01-22.pdf
next to this script: Thông báo 47/TB-VP of the Văn phòng Bộ Dân tộc và Tôn
giáo conveying the Minister's conclusions at a meeting on resettling ethnic
minority households living in landslide and flash-flood risk areas, in the
usual official layout: the two-column header ("BỘ DÂN TỘC VÀ TÔN GIÁO /
VĂN PHÒNG / Số: 47/TB-VP" beside the national motto and the place and
date), the centred title, justified body paragraphs with a first-line
indent, bold section and agency headings with lettered items, the closing
formula, "Nơi nhận" beside the signer; pages 1-2 portrait A4 with the page
number centred at the top of page 2, and a LAST PAGE IN LANDSCAPE (page
number "3" at its top) holding the appendix task table (STT, Nội dung,
Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn) on one page, no row split.
Body lines are broken with fpdf2's own line breaker and drawn one by one
(fpdf2 internals: MultiLineBreak, _preload_font_styles,
_render_styled_text_line; written against fpdf2 2.8.9); the table is drawn
by fpdf2's table(). Needs fpdf2 and the DejaVu fonts; the creation date is
fixed and nothing is random, so re-running gives the same bytes. `plain()`
returns the text in reading order (header left column, right column, title,
body line by line, the page number where a page starts, "Nơi nhận" and its
lines, the signer, the appendix caption and the table row by row, cell by
cell).
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

STEM = ("vi-47-TB-VP-BDTTG-ket-luan-bo-truong-bo-tri-dan-cu-sat-lo-trang-cuoi-ngang-phu-luc-bang"
        "_2027-01-22")
CREATED = datetime(2027, 1, 22, 15, 5, tzinfo=timezone.utc)

HEAD_L = [("BỘ DÂN TỘC VÀ TÔN GIÁO", ""), ("VĂN PHÒNG", "B"), ("RULE", ""), ("Số: 47/TB-VP", "")]
HEAD_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"), ("RULE", ""),
          ("Hà Nội, ngày 22 tháng 01 năm 2027", "I")]
TITLE = "THÔNG BÁO"
SUBTITLE = ("Kết luận của Bộ trưởng Vi Văn Khải tại cuộc họp về bố trí, ổn định dân cư cho đồng bào "
            "dân tộc thiểu số ở khu vực có nguy cơ sạt lở đất, lũ quét")

# (style, text): "" justified paragraph with a first-line indent, "B" bold heading (no indent)
BODY = [
    ("", "Ngày 19/01/2027, tại trụ sở Bộ, Bộ trưởng Vi Văn Khải chủ trì cuộc họp về công tác bố trí, ổn định "
         "dân cư cho đồng bào dân tộc thiểu số ở khu vực có nguy cơ sạt lở đất, lũ quét. Tham dự cuộc họp có "
         "Thứ trưởng Lý Thị Hằng, lãnh đạo các vụ, đơn vị thuộc Bộ và đại diện Ủy ban nhân dân các tỉnh Lai "
         "Châu, Điện Biên, Lào Cai, Quảng Ngãi (trực tuyến). Sau khi nghe Văn phòng Điều phối Chương trình mục "
         "tiêu quốc gia báo cáo và ý kiến của các đại biểu, Bộ trưởng kết luận như sau:"),
    ("B", "I. ĐÁNH GIÁ CHUNG"),
    ("", "Thực hiện Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội và Quyết định số 1719/QĐ-TTg ngày "
         "14/10/2021 của Thủ tướng Chính phủ, giai đoạn 2021 - 2025 cả nước đã bố trí, ổn định cho 9.460 hộ "
         "đồng bào dân tộc thiểu số; năm 2026 tiếp tục di dời 1.318 hộ ra khỏi khu vực nguy hiểm. Bộ trưởng "
         "biểu dương Văn phòng Điều phối Chương trình mục tiêu quốc gia và các địa phương đã chủ động, kịp "
         "thời trong công tác di dời dân sau các đợt mưa lũ năm 2026."),
    ("", "Tuy nhiên, còn khoảng 6.200 hộ đang sinh sống ở khu vực có nguy cơ sạt lở cao và rất cao; một số "
         "điểm tái định cư thiếu đất sản xuất, nước sinh hoạt; tiến độ giải ngân vốn hỗ trợ ở một số tỉnh còn "
         "chậm."),
    ("B", "II. NHIỆM VỤ TRỌNG TÂM"),
    ("", "Việc bố trí dân cư phải bảo đảm người dân có đất ở, đất sản xuất và sinh kế ổn định lâu dài; không "
         "để người dân phải quay lại nơi ở cũ có nguy cơ sạt lở."),
    ("B", "1. Văn phòng Điều phối Chương trình mục tiêu quốc gia (sau đây gọi tắt là Văn phòng Điều phối)"),
    ("", "a) Chủ trì, phối hợp với Vụ Kế hoạch - Tài chính tổng hợp nhu cầu bố trí dân cư năm 2027 của các "
         "tỉnh, trình Bộ trưởng trước ngày 28/02/2027."),
    ("", "b) Xây dựng bộ tiêu chí ưu tiên hỗ trợ các hộ ở khu vực có nguy cơ sạt lở rất cao, hoàn thành trong "
         "tháng 3/2027."),
    ("", "c) Định kỳ hằng tháng cập nhật tiến độ di dời, bố trí dân cư của các tỉnh trên Hệ thống thông tin "
         "giám sát, đánh giá Chương trình."),
    ("B", "2. Vụ Kế hoạch - Tài chính"),
    ("", "Chủ trì tham mưu phương án phân bổ vốn sự nghiệp năm 2027 cho nội dung bố trí dân cư, trình Bộ "
         "trưởng trong Quý I/2027; đề xuất điều chuyển vốn của các địa phương giải ngân chậm, báo cáo Bộ "
         "trưởng trước ngày 30/9/2027."),
    ("", "3. Vụ Pháp chế phối hợp với Văn phòng Điều phối rà soát, đề xuất sửa đổi quy định về định mức hỗ "
         "trợ đất ở, nhà ở, nước sinh hoạt cho hộ phải di dời, hoàn thành trong năm 2027."),
    ("", "4. Vụ Địa phương I, Vụ Địa phương II, Vụ Địa phương III theo dõi sát tình hình di dời, bố trí dân "
         "cư tại địa bàn phụ trách; kịp thời báo cáo Bộ trưởng những vấn đề phát sinh vượt thẩm quyền."),
    ("", "5. Báo Dân tộc và Phát triển xây dựng chuyên trang tuyên truyền các mô hình bố trí dân cư gắn với "
         "sinh kế bền vững."),
    ("", "6. Đề nghị Ủy ban nhân dân các tỉnh có đồng bào dân tộc thiểu số sinh sống ở khu vực có nguy cơ "
         "sạt lở đất, lũ quét ưu tiên bố trí quỹ đất ở, đất sản xuất cho các hộ phải di dời; hoàn thành di "
         "dời các hộ ở khu vực có nguy cơ rất cao trước mùa mưa bão năm 2027."),
    ("", "7. Văn phòng Bộ theo dõi, đôn đốc các đơn vị thực hiện kết luận của Bộ trưởng."),
    ("", "Các nhiệm vụ cụ thể khác được giao tại Phụ lục kèm theo Thông báo này."),
    ("", "Văn phòng Bộ Dân tộc và Tôn giáo thông báo để các đơn vị, địa phương biết, thực hiện./."),
]
SIGNER = [("KT. CHÁNH VĂN PHÒNG", "B"), ("PHÓ CHÁNH VĂN PHÒNG", "B"), ("", ""),
          ("", ""), ("", ""), ("Hà Thị Ngọc", "B")]
RECIPIENTS = ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Các vụ, đơn vị thuộc Bộ;",
              "- UBND các tỉnh: Lai Châu, Điện Biên,", "  Lào Cai, Quảng Ngãi;", "- Cổng TTĐT của Bộ;",
              "- Lưu: VT, VPĐP."]

APPX_CAPTION = ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ GIAO CÁC ĐƠN VỊ",
                "(Kèm theo Thông báo số 47/TB-VP ngày 22/01/2027 của Văn phòng Bộ Dân tộc và Tôn giáo)"]
APPX = [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    ["1", "Khảo sát thực địa các điểm bố trí dân cư tập trung tại Lai Châu, Điện Biên, Lào Cai",
     "Văn phòng Điều phối", "Vụ Địa phương I", "Tháng 4/2027"],
    ["2", "Xây dựng phần mềm quản lý danh sách hộ cần di dời, kết nối với Cơ sở dữ liệu quốc gia về dân cư",
     "Trung tâm Thông tin", "Văn phòng Điều phối; Bộ Công an", "Quý III/2027"],
    ["3", "Tổ chức hội nghị sơ kết công tác bố trí dân cư khu vực miền Trung - Tây Nguyên",
     "Vụ Địa phương II", "Văn phòng Điều phối", "Trước ngày 15/5/2027"],
    ["4", "Thanh tra việc quản lý, sử dụng vốn hỗ trợ bố trí dân cư tại 03 tỉnh",
     "Thanh tra Bộ", "Vụ Kế hoạch - Tài chính", "Quý IV/2027"],
    ["5", "Biên soạn tài liệu hướng dẫn phát triển sinh kế cho hộ tái định cư",
     "Học viện Dân tộc", "Văn phòng Điều phối", "Tháng 8/2027"],
    ["6", "Tổng hợp báo cáo 6 tháng, báo cáo năm về công tác bố trí dân cư",
     "Văn phòng Điều phối", "Các vụ địa phương", "Trước ngày 15/6 và 15/12 hằng năm"],
    ["7", "Kiểm tra, hỗ trợ địa phương di dời khẩn cấp các hộ khi xảy ra sạt lở đất, lũ quét",
     "Vụ Địa phương III", "Văn phòng Điều phối", "Trong vòng 48 giờ kể từ khi nhận được báo cáo của địa phương"],
    ["8", "Rà soát, đề xuất bổ sung hộ bị ảnh hưởng thiên tai vào đối tượng chính sách giai đoạn 2026 - 2030",
     "Vụ Chính sách dân tộc", "Vụ Pháp chế", "Năm 2027"],
]
APPX_WIDTHS = (12, 95, 44, 54, 47)

L_MARGIN, R_MARGIN, T_MARGIN, B_MARGIN = 30, 15, 20, 20
BODY_PT, LH, PARA_GAP, INDENT = 12.5, 6.0, 1.0, 10
TOP_NUM_Y = 10
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


class Notice(FPDF):
    pass


def page_number(pdf):
    """The page number centred at the top of the page (from page 2)."""
    pdf.set_font("Serif", "", 11)
    pdf.set_xy(pdf.l_margin, TOP_NUM_Y)
    pdf.cell(pdf.epw, 5, str(pdf.page_no()), align="C")
    LOG.append(("PAGE", pdf.page_no()))


class Flow:
    """One column flowing over portrait pages; the page number at the top from page 2."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.y = pdf.get_y()
        self.bottom = pdf.h - B_MARGIN

    def room(self, h):
        if self.y + h <= self.bottom:
            return
        self.pdf.add_page()
        page_number(self.pdf)
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
    for x, w, lines, half in ((pdf.l_margin - 14, 80, HEAD_L, 14), (pdf.l_margin + 62, pdf.epw - 58, HEAD_R, 30)):
        y = top
        for text, style in lines:
            if text == "RULE":
                cx = x + w / 2
                pdf.set_line_width(0.3)
                pdf.line(cx - half, y + 0.3, cx + half, y + 0.3)
                y += 3.5 if lines is HEAD_L else 5
                continue
            size = 12.5 if lines is HEAD_L else (12 if text.startswith("CỘNG") else 13)
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
    for tl in lines_of(pdf, SUBTITLE, "B", pdf.epw - 20, Align.C, size=13):
        draw(pdf, tl, pdf.l_margin + 10, y, 6.5)
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
            pdf.set_font("Serif", style, 12.5)
            pdf.set_xy(pdf.l_margin + 80, ys)
            pdf.cell(pdf.epw - 80, 6.5, text, align="C")
            LOG.append(text)
        ys += 6.5
    flow.y = max(y, ys)


def appendix(pdf):
    """The last page, landscape: caption, then the task table on that one page."""
    pdf.add_page(orientation="L")
    page_number(pdf)
    pdf.set_y(T_MARGIN)
    for i, text in enumerate(APPX_CAPTION):
        pdf.set_font("Serif", "I" if i == 2 else "B", 12 if i < 2 else 11)
        pdf.cell(0, 6.5, text, align="C", **pdfkit.NEXT)
        LOG.append(text)
    pdf.ln(3)
    pdf.set_font("Serif", "", 11)
    with pdf.table(col_widths=APPX_WIDTHS, width=sum(APPX_WIDTHS), line_height=5.6,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"), headings_style=pdfkit.BOLD,
                   padding=(1.2, 1.5, 1.2, 1.5), v_align="MIDDLE", repeat_headings=1) as table:
        for cells in APPX:
            row = table.row()
            for c in cells:
                row.cell(c)
                LOG.append(c)
    assert pdf.page_no() == 3, "the appendix table must stay on the last page"


def fill(pdf):
    header_block(pdf)
    title_block(pdf)
    flow = Flow(pdf)
    for style, text in BODY:
        flow.para(text, style)
    signature(flow)
    assert pdf.page_no() == 2, "the body must fill two portrait pages"
    appendix(pdf)


def new_doc():
    LOG.clear()
    pdf = Notice(orientation="P", format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_author("Van phong Bo Dan toc va Ton giao")
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
