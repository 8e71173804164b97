#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout44 (deterministic).

    python3 tests/data/heldout44/make_pdfs_vi.py

Writes pdf/vi-41-TB-VP-danang-khu-thuong-mai-tu-do-trang-ngang-than-van-ban-hai-cot-ngat-cot-giua-cau_2027-02-03.pdf
next to this script: Thông báo 41/TB-VP of the Office of the Đà Nẵng City
People's Committee (conclusions of the City Chairman on the Đà Nẵng free
trade zone), on LANDSCAPE A4 pages whose BODY IS SET IN TWO JUSTIFIED
COLUMNS with a rule between them: the two-column header block and the
centred title run across the full width of page 1, then the body flows
down the left column, on into the right column and over to page 2 (page
number at the top of page 2): the heading "1. Ban Quản lý" is the last
line of the left column of page 1 and its items a)-c) open the right
column; the page break falls inside item 4.a, between "Quyết định số
3120/QĐ-UBND ngày" and the date; on page 2 the left column ends with the
closing formula and the signer and "Nơi nhận" fill the right column. Lines are
broken with fpdf2's own line breaker and drawn one by one, so the flow
(and plain()) is known line by line (this uses fpdf2 internals:
MultiLineBreak, _preload_font_styles, _render_styled_text_line; written
against fpdf2 2.8.9). Needs fpdf2 and the DejaVu fonts; the
creation date is fixed and nothing is random, so re-running gives the same
bytes. `plain()` returns the text in reading order (header left column,
header right column, title, then the column text line by line, the page
number where page 2 starts, the signer and the recipients).
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

STEM = "vi-41-TB-VP-danang-khu-thuong-mai-tu-do-trang-ngang-than-van-ban-hai-cot-ngat-cot-giua-cau_2027-02-03"
CREATED = datetime(2027, 2, 3, 16, 25, tzinfo=timezone.utc)

HEAD_L = [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ ĐÀ NẴNG", ""), ("VĂN PHÒNG", "B"), ("RULE", ""),
          ("Số: 41/TB-VP", "")]
HEAD_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"), ("RULE", ""),
          ("", ""), ("Đà Nẵng, ngày 03 tháng 02 năm 2027", "I")]
TITLE = "THÔNG BÁO"
SUBTITLE = ("Kết luận của Chủ tịch Ủy ban nhân dân thành phố Phạm Quốc Hưng tại cuộc họp nghe báo cáo "
            "tiến độ triển khai Khu thương mại tự do Đà Nẵng")

# (style, text): "" justified body paragraph with first-line indent, "B" bold heading
BODY = [
    ("", "Ngày 29/01/2027, tại trụ sở Ủy ban nhân dân thành phố, Chủ tịch Ủy ban nhân dân thành phố Phạm "
         "Quốc Hưng chủ trì cuộc họp nghe Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng (sau "
         "đây gọi tắt là Ban Quản lý) báo cáo tiến độ triển khai Khu thương mại tự do Đà Nẵng theo Nghị "
         "quyết số 136/2024/QH15 ngày 26/6/2024 của Quốc hội."),
    ("", "Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân thành phố kết luận:"),
    ("B", "I. ĐÁNH GIÁ CHUNG"),
    ("", "Sau hơn một năm triển khai, thành phố đã hoàn thành quy hoạch phân khu các khu chức năng của Khu "
         "thương mại tự do, thu hút 07 dự án với tổng vốn đăng ký 1,26 tỷ USD; khu phi thuế quan số 1 gắn "
         "với cảng Liên Chiểu đã bàn giao 142/328 ha mặt bằng. Tuy nhiên, công tác bồi thường, giải phóng "
         "mặt bằng còn chậm so với yêu cầu tại Thông báo số 287/TB-VP ngày 12/10/2026; cơ chế phối hợp "
         "quản lý hàng hóa ra, vào khu phi thuế quan chưa được ban hành."),
    ("", "Chủ tịch Ủy ban nhân dân thành phố nhấn mạnh năm 2027 là năm quyết định để Khu thương mại tự do "
         "đi vào hoạt động, mọi vướng mắc phải được tháo gỡ dứt điểm."),
    ("B", "II. NHIỆM VỤ TRONG THỜI GIAN TỚI"),
    ("B", "1. Ban Quản lý"),
    ("", "a) Chủ trì, phối hợp với Sở Tài chính hoàn thiện hồ sơ đề xuất mở rộng Khu thương mại tự do tại "
         "khu vực cảng Liên Chiểu, trình Ủy ban nhân dân thành phố trước ngày 28/02/2027."),
    ("", "b) Xây dựng Quy chế phối hợp quản lý hoạt động xuất khẩu, nhập khẩu, lưu giữ hàng hóa trong khu "
         "phi thuế quan; hoàn thành trong Quý II/2027."),
    ("", "c) Định kỳ trước ngày 25 hằng tháng báo cáo Chủ tịch Ủy ban nhân dân thành phố tiến độ bồi "
         "thường, giải phóng mặt bằng và thu hút đầu tư vào Khu thương mại tự do."),
    ("B", "2. Sở Tài chính"),
    ("", "Chủ trì thẩm định, trình phê duyệt điều chỉnh chủ trương đầu tư dự án hạ tầng khu phi thuế quan "
         "số 1 trong tháng 3/2027; tham mưu bố trí vốn ngân sách thành phố năm 2027 cho công tác bồi "
         "thường, giải phóng mặt bằng."),
    ("B", "3. Sở Nông nghiệp và Môi trường"),
    ("", "Chủ trì, phối hợp với Ủy ban nhân dân các phường Hải Vân, Liên Chiểu xác định giá đất cụ thể để "
         "tính tiền bồi thường cho các hộ dân bị thu hồi đất, hoàn thành trong thời hạn 20 ngày kể từ ngày "
         "ký Thông báo này."),
    ("B", "4. Ủy ban nhân dân các phường Hải Vân, Liên Chiểu"),
    ("", "a) Tập trung kiểm đếm, lập phương án bồi thường, hỗ trợ cho 186 hộ dân còn lại theo Quyết định "
         "số 3120/QĐ-UBND ngày 15/11/2026 của Ủy ban nhân dân thành phố trong tháng 02/2027."),
    ("", "b) Bàn giao toàn bộ mặt bằng khu phi thuế quan số 1 cho Ban Quản lý chậm nhất ngày 30/6/2027."),
    ("", "c) Tuyệt đối không để phát sinh các trường hợp xây dựng, trồng cây trái phép trên đất đã có quyết "
         "định thu hồi."),
    ("B", "5. Các cơ quan, đơn vị khác"),
    ("", "a) Sở Xây dựng phối hợp với Ban Quản lý đẩy nhanh tiến độ lập quy hoạch chi tiết tỷ lệ 1/500 khu "
         "phi thuế quan số 1, trình phê duyệt trong 6 tháng đầu năm 2027."),
    ("", "b) Sở Khoa học và Công nghệ xây dựng nền tảng số quản lý Khu thương mại tự do có kết nối với Cổng "
         "thông tin một cửa quốc gia; hoàn thành trong Quý IV/2027."),
    ("", "c) Ban Xúc tiến và Hỗ trợ đầu tư thành phố tổ chức các chương trình xúc tiến đầu tư vào Khu "
         "thương mại tự do tại Nhật Bản, Hàn Quốc, Singapore trong năm 2027."),
    ("", "d) Công an thành phố xây dựng phương án bảo đảm an ninh, trật tự tại khu vực cảng Liên Chiểu và "
         "khu phi thuế quan."),
    ("", "đ) Đề nghị Cục Hải quan hướng dẫn thủ tục hải quan đối với hàng hóa đưa vào, đưa ra khu phi thuế "
         "quan theo quy định tại Nghị định số 35/2022/NĐ-CP của Chính phủ."),
    ("", "e) Sở Công Thương chủ trì, phối hợp với Ban Quản lý nghiên cứu, đề xuất cơ chế ưu đãi đối với "
         "doanh nghiệp logistics, thương mại điện tử xuyên biên giới đặt kho hàng trong Khu thương mại tự "
         "do, báo cáo Ủy ban nhân dân thành phố trong Quý II/2027."),
    ("", "g) Văn phòng Ủy ban nhân dân thành phố theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nội "
         "dung tại Thông báo này."),
    ("", "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng thông báo để các cơ quan, đơn vị biết, thực hiện./."),
]
SIGNER = [("KT. CHÁNH VĂN PHÒNG", "B"), ("PHÓ CHÁNH VĂN PHÒNG", "B"), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Nguyễn Thị Hồng Nhung", "B")]
RECIPIENTS = ["Nơi nhận:", "- Chủ tịch, các PCT UBND thành phố;", "- Ban Quản lý KCNC và các KCN;",
              "- Các sở: TC, XD, NNMT, KHCN, CT;", "- Công an thành phố;", "- Ban XT&HTĐT thành phố;",
              "- UBND các phường Hải Vân, Liên Chiểu;", "- CVP, các PCVP;", "- Lưu: VT, KT."]

L_MARGIN, R_MARGIN, T_MARGIN, B_MARGIN = 18, 15, 14, 13
GUTTER = 10
BODY_PT, LH, PARA_GAP, INDENT = 11, 5.3, 1.0, 8
LOG = []  # text drawn, in reading order (plain())


class Notice(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", "", 10)
            self.set_xy(self.l_margin, 6.5)
            self.cell(self.epw, 5, str(self.page_no()), align="C")
            LOG.append(("PAGE", self.page_no()))


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


class Columns:
    """Two columns flowing over landscape pages; a rule between the columns."""

    def __init__(self, pdf, top):
        self.pdf, self.col, self.top = pdf, 0, top
        self.width = (pdf.epw - GUTTER) / 2
        self.y = top
        self.bottom = pdf.h - B_MARGIN

    def x(self):
        return self.pdf.l_margin + self.col * (self.width + GUTTER)

    def rule(self):
        cx = self.pdf.l_margin + self.width + GUTTER / 2
        self.pdf.set_line_width(0.2)
        self.pdf.line(cx, self.top, cx, self.bottom - 1)

    def room(self, h):
        if self.y + h <= self.bottom:
            return
        if self.col == 0:
            self.col, self.y = 1, self.top
            return
        self.rule()
        self.pdf.add_page()
        self.col, self.top = 0, T_MARGIN
        self.y = self.top

    def para(self, text, style="", align=Align.J, indent=INDENT, size=BODY_PT, h=LH, gap=PARA_GAP):
        for tl in lines_of(self.pdf, text, style, self.width, align, indent if style == "" else 0, size):
            self.room(h)
            draw(self.pdf, tl, self.x(), self.y, h)
            LOG.append(line_text(tl))
            self.y += h
        self.y += gap

    def finish(self):
        self.rule()


def header_block(pdf):
    top = pdf.get_y()
    for x, w, lines, half in ((pdf.l_margin - 4, 92, HEAD_L, 14), (pdf.l_margin + 130, pdf.epw - 130, HEAD_R, 30)):
        y = top
        for text, style in lines:
            if text == "RULE":
                cx = x + w / 2
                pdf.set_line_width(0.3)
                pdf.line(cx - half, y + 0.5, cx + half, y + 0.5)
                y += 2.5
                continue
            if text:
                pdf.set_font("Serif", style, 12 if style != "B" or lines is HEAD_L else 11.5)
                pdf.set_xy(x, y)
                pdf.cell(w, 5.6, text, align="C")
                LOG.append(text)
            y += 5.6
    pdf.set_y(top + 4 * 5.6 + 2.5 + 5)


def title_block(pdf):
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    LOG.append(TITLE)
    pdf.set_font("Serif", "B", 12)
    pdf.set_x(pdf.l_margin + 40)
    for tl in lines_of(pdf, SUBTITLE, "B", pdf.epw - 80, Align.C, size=12):
        draw(pdf, tl, pdf.l_margin + 40, pdf.get_y(), 6)
        LOG.append(line_text(tl))
    cx = pdf.l_margin + pdf.epw / 2
    pdf.set_line_width(0.3)
    pdf.line(cx - 22, pdf.get_y() + 1.5, cx + 22, pdf.get_y() + 1.5)
    pdf.set_y(pdf.get_y() + 6)


def fill(pdf):
    header_block(pdf)
    title_block(pdf)
    cols = Columns(pdf, pdf.get_y())
    for style, text in BODY:
        cols.para(text, style)
    cols.y += 2
    cols.room(len(SIGNER) * 5.6)  # the signer block is kept together
    for text, style in SIGNER:
        if text:
            cols.para(text, style, Align.C, size=11, h=5.6, gap=0)
        else:
            cols.room(5.6)
            cols.y += 5.6
    cols.y += 2
    for i, text in enumerate(RECIPIENTS):
        cols.para(text, "BI" if i == 0 else "", Align.L, size=11 if i == 0 else 9.5, h=4.6, gap=0)
    cols.finish()


def new_doc():
    LOG.clear()
    pdf = Notice(orientation="L", format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_author("VP UBND TP Da Nang")
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
