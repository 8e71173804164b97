#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout43 (deterministic).

    python3 tests/data/heldout43/make_pdfs_vi.py

Writes pdf/vi-09-KH-UBND-phutho-par-index-sipas-papi-2027-bang-qua-trang-lap-tieu-de-o-chu-tri-gop-chu-thich_2027-01-08.pdf
next to this script: Kế hoạch 09/KH-UBND of the Phú Thọ Provincial People's
Committee on raising the PAR INDEX, SIPAS and PAPI scores in 2027, A4: the
header block in two columns, the centred title, justified body paragraphs
(one with a raised footnote marker), then a ruled five-column task table
(TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành)
drawn cell by cell: the "Cơ quan chủ trì" cells are VERTICALLY MERGED over
the rows of each lead agency (the name printed once, centred in the merged
cell), the table runs over the page break with its heading row REPEATED on
page 2, and the merged cell that spans the break prints its name only on
page 1 (the continuation on page 2 is an empty merged cell, as Word does);
raised footnote markers sit at the end of a task cell and of a deadline
cell, the footnotes at the foot of the page where their marker is; then
"III. TỔ CHỨC THỰC HIỆN", "Nơi nhận" beside the signer. Page numbers at the
top from page 2. Needs fpdf2 and the DejaVu fonts; the creation date is
fixed and nothing is random, so re-running gives the same bytes. `plain()`
returns the text in reading order (header columns, title, body, table rows
cell by cell with the merged name at the first row of its part, each page's
footnotes at the end of that page, the page number at the top of the next
page, the closing sections, recipients, signer).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402
from fpdf import FPDF  # noqa: E402

STEM = "vi-09-KH-UBND-phutho-par-index-sipas-papi-2027-bang-qua-trang-lap-tieu-de-o-chu-tri-gop-chu-thich_2027-01-08"
CREATED = datetime(2027, 1, 8, 9, 12, tzinfo=timezone.utc)
SUPS = {"¹": "1", "²": "2", "³": "3"}

HEAD_L = [("ỦY BAN NHÂN DÂN", ""), ("TỈNH PHÚ THỌ", "B"), ("RULE", ""), ("Số: 09/KH-UBND", "")]
HEAD_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"), ("RULE", ""),
          ("Phú Thọ, ngày 08 tháng 01 năm 2027", "I")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân, tổ chức và Chỉ số hiệu quả "
            "quản trị và hành chính công cấp tỉnh năm 2027")

INTRO = [
    ("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành "
     "chính nhà nước giai đoạn 2021 - 2030; Kế hoạch số 201/KH-UBND ngày 26/12/2026 của Ủy ban nhân dân tỉnh "
     "về cải cách hành chính năm 2027; trên cơ sở kết quả đánh giá các chỉ số của tỉnh¹, Ủy ban nhân dân tỉnh "
     "ban hành Kế hoạch nâng cao các chỉ số năm 2027 như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("1. Khắc phục các chỉ số thành phần giảm điểm; phấn đấu năm 2027 Chỉ số PAR INDEX của tỉnh đạt trên 90%, "
     "Chỉ số SIPAS đạt trên 85%, thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước.", ""),
    ("2. Gắn trách nhiệm của người đứng đầu với kết quả các chỉ số thuộc lĩnh vực được giao; kết quả thực hiện "
     "Kế hoạch là một tiêu chí đánh giá, xếp loại cơ quan, đơn vị cuối năm.", ""),
    ("II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN", "B"),
    ("Ủy ban nhân dân tỉnh phân công các cơ quan, đơn vị thực hiện các nhiệm vụ cụ thể sau:", ""),
]

COLS = [10, 68, 30, 35, 27]  # mm; sum = epw (170)
HEADING = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
# (lead, [(tt, task, coordinators, deadline), ...]) -- the lead cell is merged over the group's rows
GROUPS = [
    ("Sở Nội vụ", [
        ("1", "Phân tích kết quả từng chỉ số thành phần của PAR INDEX, SIPAS và PAPI năm 2025 để xác định nguyên "
              "nhân giảm điểm và giải pháp khắc phục", "Các sở, ban, ngành", "Tháng 02/2027"),
        ("2", "Tổ chức điều tra xã hội học đo lường sự hài lòng của người dân, tổ chức tại 100% xã, phường²",
         "Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường", "Quý III/2027"),
        ("3", "Kiểm tra công tác cải cách hành chính tại các sở, ban, ngành và UBND các xã, phường",
         "Văn phòng UBND tỉnh; Thanh tra tỉnh", "Theo kế hoạch kiểm tra được phê duyệt"),
    ]),
    ("Sở Khoa học và Công nghệ", [
        ("4", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, bảo đảm kết nối, chia sẻ dữ liệu "
              "với Cổng Dịch vụ công quốc gia", "Văn phòng UBND tỉnh", "Quý I/2027"),
        ("5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực, bảo đảm tỷ lệ số hóa đạt 100%",
         "Trung tâm Phục vụ hành chính công tỉnh; UBND các xã, phường", "6 tháng đầu năm 2027"),
        ("6", "Cấp chứng thư chữ ký số chuyên dùng cho 100% cán bộ, công chức cấp xã", "UBND các xã, phường",
         "Trước ngày 30/4/2027"),
    ]),
    ("Văn phòng UBND tỉnh", [
        ("7", "Công khai kết quả giải quyết hồ sơ, tỷ lệ hồ sơ trễ hạn của từng cơ quan, đơn vị trên Cổng thông "
              "tin điện tử tỉnh", "Sở Khoa học và Công nghệ", "Hằng tháng"),
        ("8", "Tham mưu Chủ tịch UBND tỉnh tổ chức đối thoại với người dân, doanh nghiệp về thủ tục hành chính",
         "Sở Nội vụ", "Quý II/2027"),
    ]),
    ("Sở Tư pháp", [
        ("9", "Rà soát, kiến nghị bãi bỏ văn bản quy phạm pháp luật của tỉnh không còn phù hợp sau sắp xếp đơn "
              "vị hành chính", "Các sở, ban, ngành", "Trong năm 2027"),
    ]),
    ("Sở Tài chính", [
        ("10", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2027 của các cơ quan, đơn vị",
         "Sở Nội vụ", "Quý I/2027"),
    ]),
    ("UBND các xã, phường", [
        ("11", "Niêm yết công khai, đầy đủ, đúng quy định các thủ tục hành chính tại Trung tâm Phục vụ hành chính "
               "công xã, phường", "", "Thường xuyên³"),
        ("12", "Lắp đặt thiết bị đánh giá mức độ hài lòng tại bộ phận tiếp nhận hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh", "Trước ngày 31/3/2027"),
        ("13", "Chấn chỉnh thái độ, tác phong của công chức tiếp nhận hồ sơ; xử lý nghiêm công chức gây phiền hà, "
               "sách nhiễu người dân", "Sở Nội vụ", "Thường xuyên"),
    ]),
    ("Công an tỉnh", [
        ("14", "Hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID khi thực hiện thủ tục hành chính "
               "trực tuyến", "UBND các xã, phường", "Năm 2027"),
    ]),
]
FOOTNOTES = {
    "1": ("Năm 2025, Chỉ số cải cách hành chính (PAR INDEX) của tỉnh đạt 86,74%, xếp thứ 21/34; Chỉ số SIPAS "
          "đạt 81,95%, xếp thứ 24/34 (Quyết định số 1265/QĐ-BNV ngày 28/5/2026 của Bộ Nội vụ)."),
    "2": ("SIPAS: Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước; "
          "PAPI: Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh."),
    "3": ("Theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo "
          "cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia."),
}
CLOSING = [
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao "
     "xây dựng kế hoạch chi tiết của cơ quan, đơn vị, gửi Sở Nội vụ trước ngày 31/01/2027.", ""),
    ("2. Sở Nội vụ theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân "
     "tỉnh kết quả thực hiện trước ngày 15/12/2027.", ""),
    ("3. Báo và Phát thanh, Truyền hình Phú Thọ mở chuyên mục tuyên truyền về cải cách hành chính và các mô "
     "hình hay trong giải quyết thủ tục hành chính.", ""),
    ("Trong quá trình thực hiện, khó khăn, vướng mắc được phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban "
     "nhân dân tỉnh xem xét, giải quyết./.", ""),
]
RECIPIENTS = ["Nơi nhận:", "- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
              "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các xã, phường;",
              "- Báo và PT, TH Phú Thọ;", "- CVP, các PCVP UBND tỉnh;", "- Lưu: VT, NC."]
SIGNER = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("", ""),
          ("(Đã ký)", "I"), ("", ""), ("Hà Minh Tuệ", "B")]

BODY, LH = 12.5, 6.2           # body font size, line height
TSIZE, TLH, PAD = 10, 4.7, 1.2  # table font size, line height, cell padding
FSIZE, FLH = 9, 4.2             # footnotes
BOTTOM = 18                     # bottom margin (mm)
LOG = []                        # text drawn, in reading order (plain())


class Plan(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", "", 11)
            self.set_y(8)
            self.cell(0, 5, str(self.page_no()), align="C")
            LOG.append(("PAGE", self.page_no()))
            self.set_y(self.t_margin)


def plainify(text):
    return "".join(SUPS.get(c, c) for c in text)


def draw_line(pdf, x, y, text, h, style=""):
    """One line at (x, y); superscript characters become raised small digits glued to the text."""
    pdf.set_xy(x, y)
    seg = ""
    for c in text + "\0":
        if c in SUPS or c == "\0":
            if seg:
                pdf.set_font("Serif", style, pdf.font_size_pt)
                pdf.cell(pdf.get_string_width(seg), h, seg)
                seg = ""
            if c in SUPS:
                size = pdf.font_size_pt
                pdf.char_vpos = "SUP"
                pdf.cell(pdf.get_string_width(SUPS[c]) * 0.7, h, SUPS[c])
                pdf.char_vpos = "LINE"
                pdf.set_font("Serif", style, size)
        else:
            seg += c


def wrap(pdf, w, text, style=""):
    pdf.set_font("Serif", style, TSIZE)
    return pdf.multi_cell(w - 2 * PAD, TLH, text, dry_run=True, output="LINES") if text else []


def footnote_height(pdf, marks):
    if not marks:
        return 0
    pdf.set_font("Serif", "", FSIZE)
    h = 4
    for m in marks:
        h += len(pdf.multi_cell(pdf.epw - 4, FLH, FOOTNOTES[m], dry_run=True, output="LINES")) * FLH
    return h


def draw_footnotes(pdf, marks):
    """Draw the footnotes of `marks` at the foot of the page; returns their text lines."""
    if not marks:
        return []
    auto, margin = pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False, margin)
    y = pdf.h - BOTTOM - footnote_height(pdf, marks) + 1.5
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, y, pdf.l_margin + 50, y)
    y += 2
    for m in marks:
        pdf.set_font("Serif", "", FSIZE)
        pdf.set_xy(pdf.l_margin, y)
        pdf.char_vpos = "SUP"
        pdf.cell(3, FLH, m)
        pdf.char_vpos = "LINE"
        pdf.set_font("Serif", "", FSIZE)
        pdf.set_xy(pdf.l_margin + 4, y)
        n = len(pdf.multi_cell(pdf.epw - 4, FLH, FOOTNOTES[m], dry_run=True, output="LINES"))
        pdf.multi_cell(pdf.epw - 4, FLH, FOOTNOTES[m], align="J")
        y += n * FLH
    pdf.set_auto_page_break(auto, margin)
    return [f"{m} {FOOTNOTES[m]}" for m in marks]


def marks_in(text):
    return [SUPS[c] for c in text if c in SUPS]


def header_block(pdf):
    top = pdf.get_y()
    for x, w, lines, half in ((pdf.l_margin - 10, 80, HEAD_L, 12), (pdf.l_margin + 62, pdf.epw - 58, HEAD_R, 28)):
        y = top
        for text, style in lines:
            if text == "RULE":
                cx = x + w / 2
                pdf.set_line_width(0.3)
                pdf.line(cx - half, y + 0.6, cx + half, y + 0.6)
                y += 3
                continue
            pdf.set_font("Serif", style, 12 if lines is HEAD_L or style != "B" or text.startswith("Độc") else 11.5)
            pdf.set_xy(x, y)
            pdf.cell(w, 5.8, text, align="C")
            LOG.append(text)
            y += 5.8
    pdf.set_y(top + 3 * 5.8 + 3 + 8)


def paragraph(pdf, text, style, page_marks):
    pdf.set_font("Serif", style, BODY)
    if style == "B":
        pdf.multi_cell(0, LH, text, align="L", **pdfkit.NEXT)
    else:
        with pdf.text_columns(text_align="J", line_height=LH / (BODY * 0.3528)) as cols:
            with cols.paragraph(first_line_indent=10, bottom_margin=0) as par:
                seg = ""
                for c in text + "\0":
                    if c in SUPS or c == "\0":
                        if seg:
                            pdf.set_font("Serif", style, BODY)
                            par.write(seg)
                            seg = ""
                        if c in SUPS:
                            pdf.char_vpos = "SUP"
                            par.write(SUPS[c])
                            pdf.char_vpos = "LINE"
                            page_marks.append(SUPS[c])
                    else:
                        seg += c
    pdf.ln(1.5)
    LOG.append(plainify(text))


def row_cells(pdf, tt, task, coord, deadline):
    return [wrap(pdf, COLS[0], tt), wrap(pdf, COLS[1], task), None, wrap(pdf, COLS[3], coord),
            wrap(pdf, COLS[4], deadline)]


def draw_heading(pdf):
    y = pdf.get_y()
    lines = [wrap(pdf, w, t, "B") for w, t in zip(COLS, HEADING)]
    h = max(len(ls) for ls in lines) * TLH + 2 * PAD
    x = pdf.l_margin
    pdf.set_line_width(0.25)
    for w, ls in zip(COLS, lines):
        pdf.rect(x, y, w, h)
        pdf.set_font("Serif", "B", TSIZE)
        ty = y + (h - len(ls) * TLH) / 2
        for ln in ls:
            pdf.set_xy(x + PAD, ty)
            pdf.cell(w - 2 * PAD, TLH, ln, align="C")
            ty += TLH
        x += w
    LOG.extend(HEADING)
    pdf.set_y(y + h)


def table(pdf, page_marks):
    """Rows drawn cell by cell; the lead cell merged over each group's rows on each page."""
    draw_heading(pdf)
    for lead, rows in GROUPS:
        lead_lines = wrap(pdf, COLS[2], lead)
        lead_h = len(lead_lines) * TLH + 2 * PAD
        seg_top, seg_rows, printed = pdf.get_y(), 0, False
        heights = []
        for i, (tt, task, coord, deadline) in enumerate(rows):
            cells = row_cells(pdf, tt, task, coord, deadline)
            h = max(len(c) for c in cells if c is not None) * TLH + 2 * PAD
            if len(rows) == 1:
                h = max(h, lead_h)
            heights.append(h)
        for i, (tt, task, coord, deadline) in enumerate(rows):
            cells = row_cells(pdf, tt, task, coord, deadline)
            h = heights[i]
            marks = marks_in(task) + marks_in(deadline)
            limit = pdf.h - BOTTOM - footnote_height(pdf, page_marks + marks)
            if pdf.get_y() + h > limit:
                # close the merged cell's part on this page, footnotes, new page, heading again
                if seg_rows:
                    pdf.rect(pdf.l_margin + sum(COLS[:2]), seg_top, COLS[2], pdf.get_y() - seg_top)
                LOG.extend(draw_footnotes(pdf, page_marks))
                page_marks.clear()
                pdf.add_page()
                pdf.set_x(pdf.l_margin)
                draw_heading(pdf)
                seg_top, seg_rows = pdf.get_y(), 0
            y = pdf.get_y()
            x = pdf.l_margin
            texts = [tt, task, None, coord, deadline]
            for k, (w, ls) in enumerate(zip(COLS, cells)):
                if k == 2:
                    if not printed:
                        # the merged cell's name, centred over the rows of this part that fit on the page
                        part_h, yy = 0, y
                        for hh in heights[i:]:
                            if yy + hh > pdf.h - BOTTOM - footnote_height(pdf, page_marks + marks):
                                break
                            part_h += hh
                            yy += hh
                        ty = y + (part_h - len(lead_lines) * TLH) / 2
                        pdf.set_font("Serif", "", TSIZE)
                        for ln in lead_lines:
                            pdf.set_xy(x + PAD, ty)
                            pdf.cell(w - 2 * PAD, TLH, ln, align="C")
                            ty += TLH
                        LOG.append(lead)
                        printed = True
                    x += w
                    continue
                pdf.rect(x, y, w, h)
                pdf.set_font("Serif", "", TSIZE)
                ty = y + PAD
                for ln in ls:
                    if k in (0, 4):
                        # centred cells: place the centred line, then draw it (markers raised)
                        lw = pdf.get_string_width(plainify(ln))
                        draw_line(pdf, x + (w - lw) / 2, ty, ln, TLH)
                    else:
                        draw_line(pdf, x + PAD, ty, ln, TLH)
                    ty += TLH
                if texts[k]:
                    LOG.append(plainify(texts[k]))
                x += w
            page_marks.extend(marks)
            seg_rows += 1
            pdf.set_y(y + h)
        pdf.rect(pdf.l_margin + sum(COLS[:2]), seg_top, COLS[2], pdf.get_y() - seg_top)


def fill(pdf):
    LOG.clear()
    page_marks = []
    header_block(pdf)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    LOG.append(TITLE)
    pdf.set_font("Serif", "B", 13)
    pdf.set_x(pdf.l_margin + 6)
    pdf.multi_cell(pdf.epw - 12, 6.2, SUBTITLE, align="C", **pdfkit.NEXT)
    LOG.append(SUBTITLE)
    y = pdf.get_y() + 1.5
    pdf.set_line_width(0.3)
    pdf.line(pdf.w / 2 - 20 + 5, y, pdf.w / 2 + 20 + 5, y)
    pdf.ln(6)
    for text, style in INTRO:
        paragraph(pdf, text, style, page_marks)
    pdf.ln(1)
    table(pdf, page_marks)
    pdf.ln(4)
    # the rest flows; keep this page's footnote area free, draw the footnotes at its foot
    fn_h = footnote_height(pdf, page_marks)
    pdf.set_auto_page_break(True, BOTTOM + fn_h)
    first = pdf.page_no()
    y = pdf.get_y()
    feet = draw_footnotes(pdf, list(page_marks))  # read at the foot of the page: logged below
    pdf.set_xy(pdf.l_margin, y)
    for text, style in CLOSING:
        paragraph(pdf, text, style, [])
    pdf.ln(3)
    if pdf.get_y() > pdf.h - BOTTOM - fn_h - 50:
        pdf.add_page()
    y = pdf.get_y()
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 11 if i == 0 else 9.5)
        pdf.set_xy(pdf.l_margin, y + i * 4.7)
        pdf.cell(80, 4.7, t)
    LOG.extend(RECIPIENTS)
    for i, (t, st) in enumerate(SIGNER):
        pdf.set_font("Serif", st, 12)
        pdf.set_xy(pdf.l_margin + 80, y + i * 6)
        pdf.cell(pdf.epw - 80, 6, t, align="C")
        if t:
            LOG.append(t)
    if pdf.page_no() == first:
        LOG.extend(feet)
    else:
        # the footnotes come before the next page's number
        idx = LOG.index(("PAGE", first + 1))
        LOG[idx:idx] = feet


def new_doc():
    pdf = Plan(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_author("UBND tinh Phu Tho")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(25, 15, 15)
    pdf.set_auto_page_break(False, BOTTOM)
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
