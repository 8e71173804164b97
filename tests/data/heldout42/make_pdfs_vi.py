#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout42 (deterministic).

    python3 tests/data/heldout42/make_pdfs_vi.py

Writes pdf/vi-131-CD-TTg-dich-ta-lon-chau-phi-tet-dinh-mui-dau-hai-cot-can-deu-chu-thich-cuoi-trang_2026-12-28.pdf
next to this script: Công điện 131/CĐ-TTg of the Prime Minister on African
swine fever and other animal diseases before Tết Đinh Mùi 2027, two A4
pages: the header block in two columns (issuer and number on the left,
national motto and place/date on the right, each under a short rule), the
centred title, the "THỦ TƯỚNG CHÍNH PHỦ điện:" addressee list, a body of
justified paragraphs with a first-line indent (fpdf2 text_columns), two
footnote markers set as raised small digits inside the text (extracted as
plain "1" and "2" glued to the preceding word) and the footnotes at the foot
of page 1 under a short rule (one footnote gives the only date of a cited
dispatch, the other cites a report), the items continuing on page 2, then
"Nơi nhận" beside the signer. Needs fpdf2 and the DejaVu fonts; the creation
date is fixed and nothing is random, so re-running gives the same bytes.
`plain()` returns the text in reading order (left header column, right
header column, page 1 body, page 1 footnotes, page 2 body, recipients,
signer).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402
from fpdf import FPDF  # noqa: E402

STEM = "vi-131-CD-TTg-dich-ta-lon-chau-phi-tet-dinh-mui-dau-hai-cot-can-deu-chu-thich-cuoi-trang_2026-12-28"
CREATED = datetime(2026, 12, 28, 10, 31, tzinfo=timezone.utc)

HEAD_L = [("THỦ TƯỚNG CHÍNH PHỦ", "B"), ("RULE", ""), ("Số: 131/CĐ-TTg", "")]
HEAD_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"),
          ("RULE", ""), ("Hà Nội, ngày 28 tháng 12 năm 2026", "I")]
TITLE = "CÔNG ĐIỆN"
SUBTITLE = ("Về việc tập trung phòng, chống bệnh Dịch tả lợn châu Phi và các dịch bệnh nguy hiểm "
            "trên gia súc, gia cầm dịp cuối năm và Tết Nguyên đán Đinh Mùi 2027")
ADDRESS = [
    ("THỦ TƯỚNG CHÍNH PHỦ điện:", "B"),
    ("- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương;", ""),
    ("- Các Bộ trưởng: Nông nghiệp và Môi trường, Công an, Quốc phòng, Công Thương, Tài chính, Y tế.", ""),
]

# Body paragraphs: a list of segments (a str, or ("sup", digit) for a footnote
# marker) and a style; None = page break (footnotes are printed on page 1).
BODY = [
    ([("Từ đầu tháng 11 năm 2026 đến nay, bệnh Dịch tả lợn châu Phi đã tái phát tại 214 xã, phường "
       "thuộc 19 tỉnh, thành phố, làm gần 41.000 con lợn mắc bệnh, chết và buộc phải tiêu hủy"), ("sup", "1"),
      ("; bệnh cúm gia cầm A/H5N1 xuất hiện trở lại tại Cà Mau, An Giang và Đồng Tháp. Nhu cầu vận chuyển, "
       "giết mổ, tiêu thụ thịt lợn dịp cuối năm và Tết Nguyên đán Đinh Mùi 2027 tăng cao, nguy cơ dịch bệnh "
       "lây lan ra diện rộng là rất lớn.")], ""),
    ([("Thực hiện Luật Thú y số 79/2015/QH13 ngày 19/6/2015 và chỉ đạo của Thủ tướng Chính phủ tại Công "
       "điện số 86/CĐ-TTg của Thủ tướng Chính phủ"), ("sup", "2"),
      (", các bộ, ngành, địa phương đã vào cuộc tích cực; tuy nhiên một số nơi còn chủ quan, tỷ lệ tiêm "
       "phòng chưa đạt yêu cầu, vẫn còn tình trạng giấu dịch, vứt xác lợn chết ra môi trường.")], ""),
    (["Để chủ động ngăn chặn, kiểm soát dịch bệnh, bảo đảm nguồn cung thực phẩm an toàn dịp Tết, Thủ tướng "
      "Chính phủ yêu cầu:"], ""),
    (["1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung chỉ đạo:"], "B"),
    (["a) Huy động cả hệ thống chính trị ở cơ sở vào cuộc phòng, chống dịch bệnh; phát hiện sớm, xử lý dứt "
      "điểm các ổ dịch mới phát sinh, không để dịch lây lan sang địa bàn khác."], ""),
    (["b) Tổ chức tiêm phòng vắc xin Dịch tả lợn châu Phi cho đàn lợn tại các vùng có nguy cơ cao, hoàn "
      "thành đợt tiêm bổ sung trước ngày 31/01/2027."], ""),
    (["c) Tiêu hủy lợn bệnh, lợn chết theo đúng quy định; xử lý nghiêm tổ chức, cá nhân giấu dịch, vứt xác "
      "động vật ra môi trường."], ""),
    (["d) Chỉ đạo Ủy ban nhân dân cấp xã kiểm soát chặt chẽ việc vận chuyển, giết mổ gia súc, gia cầm trên "
      "địa bàn; báo cáo tình hình dịch bệnh về Bộ Nông nghiệp và Môi trường trước ngày 05 hằng tháng."], ""),
    None,
    (["đ) Chủ động sử dụng ngân sách địa phương hỗ trợ kịp thời cho người chăn nuôi có lợn buộc phải tiêu hủy."], ""),
    (["2. Bộ Nông nghiệp và Môi trường:"], "B"),
    (["a) Chủ trì, phối hợp với Ủy ban nhân dân các tỉnh, thành phố giám sát chặt chẽ diễn biến dịch bệnh "
      "trên cả nước, nhất là tại các tỉnh biên giới phía Bắc và Tây Nam."], ""),
    (["b) Chỉ đạo Cục Chăn nuôi và Thú y bảo đảm đủ vắc xin, hóa chất sát trùng dự trữ quốc gia để hỗ trợ "
      "kịp thời cho các địa phương có dịch."], ""),
    (["c) Tổ chức các đoàn công tác kiểm tra, đôn đốc công tác phòng, chống dịch tại các địa phương có dịch "
      "trong tháng 01/2027."], ""),
    (["d) Hoàn thành đánh giá hiệu quả các loại vắc xin Dịch tả lợn châu Phi đã được cấp phép lưu hành, báo "
      "cáo Thủ tướng Chính phủ trong Quý I năm 2027."], ""),
    (["đ) Xây dựng Kế hoạch quốc gia phòng, chống bệnh Dịch tả lợn châu Phi giai đoạn 2027 - 2030 thay thế "
      "Kế hoạch ban hành kèm theo Quyết định số 972/QĐ-TTg, trình Thủ tướng Chính phủ trong năm 2027."], ""),
    (["3. Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng chỉ đạo lực lượng chức năng tại khu vực biên giới "
      "ngăn chặn triệt để việc vận chuyển trái phép lợn, sản phẩm từ lợn qua biên giới vào Việt Nam."], ""),
    (["4. Bộ Công Thương chỉ đạo lực lượng quản lý thị trường tăng cường kiểm tra, xử lý việc kinh doanh sản "
      "phẩm động vật không rõ nguồn gốc, nhất là dịp cao điểm trước Tết."], ""),
    (["5. Bộ Tài chính chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương sử dụng dự "
      "phòng ngân sách để hỗ trợ người chăn nuôi và chi cho công tác phòng, chống dịch trong thời hạn 15 ngày "
      "kể từ ngày ký Công điện này."], ""),
    (["6. Bộ Y tế chỉ đạo các cơ sở y tế tăng cường giám sát, phát hiện sớm và điều trị kịp thời các trường "
      "hợp mắc bệnh liên cầu khuẩn lợn ở người; phối hợp với cơ quan thú y điều tra nguồn lây khi có ca bệnh."], ""),
    (["7. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo Mặt trận Tổ quốc các cấp vận động người "
      "chăn nuôi không giấu dịch, không bán chạy lợn bệnh."], ""),
    (["8. Các cơ quan thông tấn, báo chí tăng cường thông tin, tuyên truyền về các biện pháp phòng, chống dịch "
      "bệnh để người dân chủ động thực hiện."], ""),
    (["9. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao; báo cáo Thủ tướng Chính "
      "phủ, Phó Thủ tướng Chính phủ phụ trách những vấn đề phát sinh vượt thẩm quyền./."], ""),
]
FOOTNOTES = [
    ("1", "Số liệu tại Báo cáo số 1047/BC-BNNMT ngày 24/12/2026 của Bộ Nông nghiệp và Môi trường."),
    ("2", "Công điện số 86/CĐ-TTg ngày 16/9/2026 của Thủ tướng Chính phủ về tăng cường phòng, chống bệnh "
          "Dịch tả lợn châu Phi."),
]
RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
              "- Văn phòng Trung ương Đảng;", "- Ủy ban Trung ương MTTQ Việt Nam;",
              "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,", "  các Vụ: TH, KTTH, QHĐP;",
              "- Lưu: VT, NN (2b)."]
SIGNER = [("KT. THỦ TƯỚNG", "B"), ("PHÓ THỦ TƯỚNG", "B"), ("", ""), ("", ""), ("(Đã ký)", "I"), ("", ""),
          ("Nguyễn Hữu Tường", "B")]

BODY_SIZE, LINE = 12, 1.3
FOOT_ROOM = 26  # mm kept free above the bottom margin of page 1 for the footnotes


class Dispatch(FPDF):
    def footer(self):
        if self.page_no() == 1:
            y = self.h - 16 - FOOT_ROOM + 6
            self.set_draw_color(0)
            self.set_line_width(0.2)
            self.line(self.l_margin, y, self.l_margin + 50, y)
            self.set_y(y + 1.5)
            for mark, text in FOOTNOTES:
                self.set_x(self.l_margin)
                self.set_font("Serif", "", 6.5)
                self.char_vpos = "SUP"
                self.write(4.2, mark)
                self.char_vpos = "LINE"
                self.set_font("Serif", "", 9)
                self.multi_cell(0, 4.2, " " + text, align="J", **pdfkit.NEXT)
        self.set_y(-11)
        self.set_font("Serif", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")

    def header(self):
        # page 2 onwards: the normal bottom margin (page 1 keeps room for the footnotes)
        if self.page_no() > 1:
            self.set_auto_page_break(True, 16)


def header_block(pdf):
    top = pdf.get_y()
    for x, w, lines in ((pdf.l_margin - 6, 78, HEAD_L), (pdf.l_margin + 66, pdf.epw - 66 + 6, HEAD_R)):
        y = top
        for text, style in lines:
            if text == "RULE":
                pdf.set_line_width(0.3)
                cx = x + w / 2
                half = 14 if lines is HEAD_L else 26
                pdf.line(cx - half, y + 1.0, cx + half, y + 1.0)
                y += 2.6
                continue
            pdf.set_font("Serif", style, 12 if style == "I" or lines is HEAD_R and text.startswith("Độc") else 11.5)
            pdf.set_xy(x, y)
            pdf.cell(w, 6, text, align="C")
            y += 6
    pdf.set_y(top + 6 * 3 + 2.6 + 6)


def fill(pdf):
    header_block(pdf)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 12.5)
    pdf.set_x(pdf.l_margin + 8)
    pdf.multi_cell(pdf.epw - 16, 6.2, SUBTITLE, align="C", **pdfkit.NEXT)
    y = pdf.get_y() + 2.5
    pdf.set_line_width(0.3)
    pdf.line(pdf.w / 2 - 18, y, pdf.w / 2 + 18, y)
    pdf.ln(5)
    for text, style in ADDRESS:
        pdf.set_font("Serif", style, BODY_SIZE)
        pdf.set_x(pdf.l_margin + (0 if style else 10))
        pdf.multi_cell(pdf.epw - (0 if style else 10), 6.2, text, align="J" if not style else "L", **pdfkit.NEXT)
    pdf.ln(2)
    chunks, cur = [], []
    for item in BODY:
        if item is None:
            chunks.append(cur)
            cur = []
        else:
            cur.append(item)
    chunks.append(cur)
    for n, chunk in enumerate(chunks):
        if n:
            pdf.add_page()
        with pdf.text_columns(text_align="J", line_height=LINE) as cols:
            for segs, style in chunk:
                with cols.paragraph(first_line_indent=10, bottom_margin=1.6) as par:
                    for seg in segs:
                        if isinstance(seg, tuple):
                            pdf.set_font("Serif", style, BODY_SIZE)
                            pdf.char_vpos = "SUP"
                            par.write(seg[1])
                            pdf.char_vpos = "LINE"
                        else:
                            pdf.set_font("Serif", style, BODY_SIZE)
                            par.write(seg)
    pdf.ln(3)
    if pdf.get_y() + 6 * len(SIGNER) > pdf.h - 16:
        pdf.add_page()
    y = pdf.get_y()
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 11 if i == 0 else 9.5)
        pdf.set_xy(pdf.l_margin, y + i * 4.8)
        pdf.cell(85, 4.8, t)
    for i, (t, st) in enumerate(SIGNER):
        pdf.set_font("Serif", st, 12)
        pdf.set_xy(pdf.l_margin + 88, y + i * 6)
        pdf.cell(pdf.epw - 88, 6, t, align="C")


def new_doc():
    pdf = Dispatch(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_author("VPCP")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(22, 15, 15)
    pdf.set_auto_page_break(True, 16 + FOOT_ROOM)
    pdf.add_page()
    return pdf


def _text(segs):
    return "".join(s if isinstance(s, str) else s[1] for s in segs)


def plain():
    """The rendered text in reading order."""
    parts = [t for t, _ in HEAD_L if t != "RULE"] + [t for t, _ in HEAD_R if t != "RULE"]
    parts += [TITLE, SUBTITLE] + [t for t, _ in ADDRESS]
    page = 1
    for item in BODY:
        if item is None:
            parts += [f"{m} {t}" for m, t in FOOTNOTES] + [str(page)]
            page += 1
            continue
        parts.append(_text(item[0]))
    parts += RECIPIENTS + [t for t, _ in SIGNER] + [str(page)]
    return "\n".join(p for p in parts if p)


if __name__ == "__main__":
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)
