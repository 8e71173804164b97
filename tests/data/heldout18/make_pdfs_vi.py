#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout18 (deterministic).

    python3 tests/data/heldout18/make_pdfs_vi.py

Writes pdf/vi-118-KL-TU-thainguyen-kinh-te-tap-the-can-deu-ngat-tu-chan-trang_2027-01-22.pdf
next to this script: Kết luận 118-KL/TU of the Standing Board of the Thái
Nguyên provincial Party Committee on cooperatives. Party-document header in
two columns ("TỈNH ỦY THÁI NGUYÊN / * / Số 118-KL/TU" beside "ĐẢNG CỘNG SẢN
VIỆT NAM" and the place and date), centred title, then body paragraphs that
this script lays out ITSELF: every line but a paragraph's last is justified
(words placed one by one with equal gaps) and a word that does not fit is
split with a "-" at the line end when its first part fits (a dumb
hyphenator: syllables of four letters or more are cut anywhere after their second letter, e.g.
"nghi-" / "ệp"). Every page ends with a running footer "Kết luận số
118-KL/TU của Ban Thường vụ Tỉnh ủy - Trang n/2". Needs fpdf2 and the DejaVu
Serif fonts (tests/data/pdfkit.py); the creation date is fixed, nothing is
random, so the PDF is rebuilt byte-identically. `plain()` returns the text
without the hyphenation and the footers (what the gold strings are checked
against, after the extraction's "-" + line break inside words is undone).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-118-KL-TU-thainguyen-kinh-te-tap-the-can-deu-ngat-tu-chan-trang_2027-01-22"
CREATED = datetime(2027, 1, 22, 9, 40, tzinfo=timezone.utc)
FOOTER = "Kết luận số 118-KL/TU của Ban Thường vụ Tỉnh ủy - Trang {}/2"

LEFT = [("TỈNH ỦY THÁI NGUYÊN", "B", 12.5), ("*", "", 12), ("Số 118-KL/TU", "", 12.5)]
RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "B", 13), ("――――――――――――", "", 9),
         ("Thái Nguyên, ngày 22 tháng 01 năm 2027", "I", 12.5)]
TITLE = [("KẾT LUẬN", "B"),
         ("của Ban Thường vụ Tỉnh ủy về kết quả 3 năm thực hiện Nghị quyết số 09-NQ/TU", "B"),
         ("và nhiệm vụ phát triển kinh tế tập thể, hợp tác xã năm 2027", "B"),
         ("-----", "")]
# (text, style); style "B" = bold heading (not justified), "" = justified paragraph
BODY = [
    ("Tại hội nghị ngày 15/01/2027, sau khi nghe Đảng ủy Ủy ban nhân dân tỉnh báo cáo kết quả "
     "3 năm thực hiện Nghị quyết số 09-NQ/TU ngày 12/5/2023 của Ban Chấp hành Đảng bộ tỉnh về "
     "phát triển kinh tế tập thể, hợp tác xã đến năm 2030 và ý kiến của các đồng chí dự hội "
     "nghị, Ban Thường vụ Tỉnh ủy kết luận như sau:", ""),
    ("1. Kết quả đạt được", "B"),
    ("Sau 3 năm, toàn tỉnh thành lập mới 214 hợp tác xã, nâng tổng số lên 1.136 hợp tác xã; "
     "doanh thu bình quân đạt 3,1 tỷ đồng/hợp tác xã/năm. Nhiều hợp tác xã chè ở các xã Tân "
     "Cương, Phú Đình đã xây dựng được thương hiệu và xuất khẩu trực tiếp. Ban Thường vụ Tỉnh "
     "ủy biểu dương Đảng ủy Ủy ban nhân dân tỉnh, Liên minh Hợp tác xã tỉnh và các địa phương "
     "đã có nhiều cách làm sáng tạo, hiệu quả.", ""),
    ("Tuy nhiên, quy mô hợp tác xã còn nhỏ, liên kết chuỗi giá trị còn lỏng lẻo; khoảng 17% "
     "hợp tác xã đã ngừng hoạt động nhưng chưa giải thể; việc ứng dụng công nghệ số trong quản "
     "trị và tiêu thụ sản phẩm còn hạn chế.", ""),
    ("2. Nhiệm vụ, giải pháp trọng tâm năm 2027", "B"),
    ("Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã "
     "hội các cấp tiếp tục quán triệt, thực hiện nghiêm Nghị quyết số 20-NQ/TW ngày 16/6/2022 "
     "của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, "
     "phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới và Nghị quyết số "
     "09-NQ/TU. Phát triển kinh tế tập thể phải gắn chặt với xây dựng nông thôn mới và chuyển "
     "đổi số; lấy hiệu quả hoạt động của hợp tác xã làm thước đo.", ""),
    ("3. Tổ chức thực hiện", "B"),
    ("3.1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:", ""),
    ("- Ban hành Kế hoạch hỗ trợ hợp tác xã ứng dụng công nghệ số trong sản xuất, tiêu thụ chè, "
     "hoàn thành trong quý I/2027;", ""),
    ("- Rà soát, sửa đổi chính sách hỗ trợ thành lập mới hợp tác xã, trình Hội đồng nhân dân "
     "tỉnh trong 6 tháng đầu năm 2027;", ""),
    ("- Bố trí ít nhất 30 tỷ đồng mỗi năm từ ngân sách tỉnh để bổ sung vốn điều lệ cho Quỹ hỗ "
     "trợ phát triển hợp tác xã;", ""),
    ("- Giải thể dứt điểm các hợp tác xã đã ngừng hoạt động từ 12 tháng trở lên trong năm "
     "2027.", ""),
    ("3.2. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, Truyền "
     "hình Thái Nguyên mở chuyên mục “Hợp tác xã kiểu mới”; hướng dẫn các cấp ủy tuyên truyền "
     "các mô hình hợp tác xã hiệu quả trong tháng 3/2027.", ""),
    ("3.3. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh vận "
     "động đoàn viên, hội viên tham gia hợp tác xã; giám sát việc thực hiện chính sách hỗ trợ "
     "hợp tác xã tại các xã, phường. Hội Nông dân tỉnh chủ trì xây dựng ít nhất 10 tổ hợp tác "
     "kiểu mẫu của nông dân trước ngày 30/9/2027.", ""),
    ("3.4. Ban Thường vụ Đảng ủy các xã, phường ban hành nghị quyết chuyên đề về phát triển "
     "kinh tế tập thể của địa phương trước ngày 30/6/2027; phân công cấp ủy viên phụ trách, "
     "theo dõi từng hợp tác xã.", ""),
    ("3.5. Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Nghị quyết số 09-NQ/TU vào chương trình "
     "kiểm tra, giám sát năm 2027.", ""),
    ("3.6. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Kết luận này; định kỳ 6 tháng "
     "(trước ngày 15/6 và 15/12) tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.", ""),
    ("Kết luận này được phổ biến đến chi bộ.", ""),
]
RECIPIENTS = ["- Ban Bí thư Trung ương Đảng (để b/c),", "- Các đảng ủy trực thuộc Tỉnh ủy,",
              "- Các ban, Văn phòng Tỉnh ủy,", "- Các đồng chí Tỉnh ủy viên,",
              "- Lưu Văn phòng Tỉnh ủy."]
SIGNER = [("T/M BAN THƯỜNG VỤ", "B"), ("PHÓ BÍ THƯ THƯỜNG TRỰC", "B"), ("", ""),
          ("(Đã ký)", "I"), ("", ""), ("Hoàng Văn Quyết", "B")]
SIZE, LINE, INDENT = 13.5, 6.4, 10


def plain(stem=STEM):
    out = [t for t, _, _ in LEFT] + [t for t, _, _ in RIGHT] + [t for t, _ in TITLE]
    out += [t for t, _ in BODY] + ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(out) + "\n"


class Doc(pdfkit.WordDoc):
    NUMBER = {"at": "bottom", "size": 9, "y": -13, "text": FOOTER}
    SIGN_WL, SIGN_ROOM, SIGN_SIZE = 84, 48, 12.5

    def lines_of(self, text, first_w, w):
        """Greedy line breaking with a dumb hyphenator; returns lists of words."""
        space = self.get_string_width(" ")
        lines, cur, cur_w, avail = [], [], 0.0, first_w
        words = text.split(" ")
        i = 0
        while i < len(words):
            word = words[i]
            ww = self.get_string_width(word)
            need = ww if not cur else cur_w + space + ww
            if need <= avail:
                cur.append(word)
                cur_w = need
                i += 1
                continue
            split = None
            if cur and len(word) >= 4 and word.isalpha():
                for k in range(len(word) - 2, 1, -1):
                    pre = word[:k] + "-"
                    if cur_w + space + self.get_string_width(pre) <= avail:
                        split = k
                        break
            if split is not None:
                cur.append(word[:split] + "-")
                words[i] = word[split:]
            lines.append(cur)
            cur, cur_w, avail = [], 0.0, w
        if cur:
            lines.append(cur)
        return lines

    def jpara(self, text, style="", indent=INDENT):
        self.set_font("Serif", style, SIZE)
        x0, w = self.l_margin, self.epw
        lines = self.lines_of(text, w - indent, w)
        for n, words in enumerate(lines):
            if self.get_y() + LINE > self.h - self.b_margin:
                self.add_page()
            x = x0 + (indent if n == 0 else 0)
            avail = w - (indent if n == 0 else 0)
            widths = [self.get_string_width(t) for t in words]
            last = n == len(lines) - 1
            gap = self.get_string_width(" ")
            if not last and len(words) > 1:
                gap = (avail - sum(widths)) / (len(words) - 1)
            y = self.get_y()
            for t, tw in zip(words, widths):
                self.text(x, y + LINE * 0.75, t)
                x += tw + gap
            self.set_y(y + LINE)
        self.ln(1.0)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT, wl=72)
    pdf.titles(TITLE, size=13.5, before=5, after=3)
    for text, style in BODY:
        if style == "B":
            pdf.jpara(text, "B", indent=0)
        else:
            pdf.jpara(text)
    pdf.SIGN_BEFORE = 3
    pdf.signature(RECIPIENTS, SIGNER)


def build():
    return pdfkit.write_docs(HERE, [(STEM, fill)],
                             lambda: Doc((25, 18, 18), 20, CREATED, "Microsoft Word 2016"))[0]


if __name__ == "__main__":
    build()
