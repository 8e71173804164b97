#!/usr/bin/env python3
"""Render the Vietnamese PDF document of heldout5 (pdf/vi-*.pdf).

Deterministic: fixed creation date, DejaVu Serif fonts, no randomness.

1. Decision of the People's Committee of Tuyên Quang province promulgating a
   plan; the plan's task list is an appendix table drawn WITHOUT any border
   or rule: the five columns (STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ
   quan phối hợp, Thời gian hoàn thành) are aligned by position only, cells
   wrap over several lines, three group rows name the task groups. The plan
   follows the decision on page 2; the appendix fills page 3.

The text below is the content described by gold/<stem>.gold.json; `plain()`
returns it as one string (used to check the gold).

    python3 make_pdfs_vi.py            # writes pdf/<stem>.pdf next to this file
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

CREATED = datetime.datetime(2026, 3, 5, 16, 10, 0, tzinfo=datetime.timezone.utc)
STEM = "vi-412-QD-UBND-tuyenquang-ke-hoach-nq57_2026-03-05"

LEFT, RIGHT, TOP, BOTTOM = 28, 15, 18, 18
BODY = 12
LINE = 5.8

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "―――――――", "", "Số: 412/QĐ-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "――――――――――――――", "", "Tuyên Quang, ngày 05 tháng 3 năm 2026"]

TITLE = ["QUYẾT ĐỊNH",
         "Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ "
         "Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và "
         "chuyển đổi số quốc gia trên địa bàn tỉnh Tuyên Quang năm 2026",
         "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"]

PREAMBLE = [
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá "
    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ ban hành "
    "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;",
    "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN "
    "ngày 25 tháng 02 năm 2026.",
]

ARTICLES = [
    ("Điều 1.", "Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 57-NQ/TW "
     "ngày 22/12/2024 của Bộ Chính trị trên địa bàn tỉnh Tuyên Quang năm 2026."),
    ("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."),
    ("Điều 3.", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Khoa học và Công "
     "nghệ, Tài chính, Nội vụ; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các "
     "cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
]

RECIPIENTS_QD = ["- Như Điều 3;", "- Bộ Khoa học và Công nghệ (b/c);",
                 "- Chủ tịch, các PCT UBND tỉnh;",
                 "- Lưu: VT, KGVX."]
SIGNER_QD = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
             ("", ""), ("", ""), ("Hoàng Văn Khởi", "B")]

PLAN_TITLE = ["KẾ HOẠCH",
              "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị trên địa bàn tỉnh "
              "Tuyên Quang năm 2026",
              "(Ban hành kèm theo Quyết định số 412/QĐ-UBND ngày 05/3/2026 của Ủy ban "
              "nhân dân tỉnh Tuyên Quang)"]

PLAN = [
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("P", "1. Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 57-NQ/TW phù hợp với "
          "điều kiện của tỉnh sau sắp xếp đơn vị hành chính."),
    ("P", "2. Nhiệm vụ được giao phải gắn với sản phẩm cụ thể, thời hạn hoàn thành và "
          "trách nhiệm của người đứng đầu cơ quan, đơn vị."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU"),
    ("P", "Phấn đấu đến hết năm 2026, 100% thủ tục hành chính đủ điều kiện được cung cấp "
          "dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết trực "
          "tuyến đạt tối thiểu 80%; kinh tế số chiếm 12% GRDP của tỉnh."),
    ("H", "III. NHIỆM VỤ CỤ THỂ"),
    ("P", "Danh mục nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành "
          "tại Phụ lục kèm theo Kế hoạch này."),
    ("H", "IV. TỔ CHỨC THỰC HIỆN"),
    ("P", "1. Sở Khoa học và Công nghệ chủ trì theo dõi, đôn đốc việc triển khai Kế hoạch; "
          "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026."),
    ("P", "2. Các sở, ban, ngành tỉnh chủ động xây dựng kế hoạch chi tiết để thực hiện các "
          "nhiệm vụ được giao tại Phụ lục; gửi báo cáo kết quả về Sở Khoa học và Công nghệ "
          "trước ngày 05/12/2026."),
    ("P", "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân "
          "sách nhà nước năm 2026 của các cơ quan, đơn vị./."),
]

APPX_TITLE = ["Phụ lục",
              "DANH MỤC NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NĂM 2026",
              "(Kèm theo Kế hoạch ban hành tại Quyết định số 412/QĐ-UBND ngày 05/3/2026 "
              "của Ủy ban nhân dân tỉnh Tuyên Quang)"]

COLS = [("STT", 12), ("Nội dung nhiệm vụ", 65), ("Cơ quan chủ trì", 32),
        ("Cơ quan phối hợp", 34), ("Thời gian hoàn thành", 24)]

# ("G", text) = group row; otherwise (stt, task, lead, partners, time)
ROWS = [
    ("G", "I. Hoàn thiện thể chế, chính sách"),
    ("1", "Xây dựng, trình Hội đồng nhân dân tỉnh ban hành Nghị quyết quy định chính "
          "sách hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh",
     "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Tư pháp", "Tháng 7/2026"),
    ("2", "Rà soát, kiến nghị bãi bỏ các quy định, thủ tục hành chính không còn phù hợp, "
          "cản trở hoạt động khoa học, công nghệ và đổi mới sáng tạo",
     "Sở Tư pháp", "Các sở, ban, ngành; UBND các xã, phường", "Quý II/2026"),
    ("3", "Ban hành danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng thực hiện "
          "từ năm 2027",
     "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Trước ngày 30/9/2026"),
    ("G", "II. Phát triển hạ tầng số và dữ liệu số"),
    ("4", "Xây dựng Trung tâm dữ liệu tỉnh, kết nối, chia sẻ dữ liệu với Trung tâm dữ "
          "liệu quốc gia",
     "Sở Khoa học và Công nghệ", "Công an tỉnh; Sở Tài chính", "Năm 2026"),
    ("5", "Phủ sóng di động 4G/5G đến 100% thôn, bản thuộc các xã vùng sâu, vùng xa, "
          "khu vực biên giới",
     "Sở Khoa học và Công nghệ", "Viettel Tuyên Quang; VNPT Tuyên Quang; UBND các xã",
     "Quý IV/2026"),
    ("6", "Số hóa, làm sạch cơ sở dữ liệu đất đai và kết nối với Cơ sở dữ liệu quốc gia "
          "về đất đai",
     "Sở Nông nghiệp và Môi trường", "Công an tỉnh; UBND các xã, phường",
     "6 tháng cuối năm 2026"),
    ("7", "Đưa vào vận hành học bạ số, sổ điểm điện tử tại 100% cơ sở giáo dục phổ thông",
     "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Trước ngày 05/9/2026"),
    ("G", "III. Phát triển nguồn nhân lực số, chính quyền số"),
    ("8", "Tổ chức đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã sau sắp xếp",
     "Sở Nội vụ", "Sở Khoa học và Công nghệ; Trường Chính trị tỉnh", "Thường xuyên"),
    ("9", "Triển khai phong trào \"Bình dân học vụ số\" đến các thôn, tổ dân phố",
     "Tỉnh đoàn Tuyên Quang", "UBND các xã, phường", "Quý III/2026"),
    ("10", "Thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh theo chính sách đặc thù "
           "của tỉnh",
     "Sở Nội vụ", "Sở Khoa học và Công nghệ; Sở Tài chính", "Hằng năm"),
    ("11", "Đánh giá, xếp hạng mức độ chuyển đổi số của các xã, phường; công bố kết quả",
     "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Tháng 12/2026"),
]


class Doc(pdfkit.WordDoc):
    NUMBER = dict(pdfkit.WordDoc.NUMBER, size=10, y=9, w=None, next_line=False)
    BODY, LINE, INDENT, PARA_AFTER = BODY, LINE, "     ", 1
    SIGN_BEFORE, SIGN_ROOM, SIGN_WL, SIGN_SIZE = 3, 45, 80, 12

    def __init__(self):
        super().__init__((LEFT, TOP, RIGHT), BOTTOM, CREATED, "Microsoft® Word 2019")

    def header_block(self):
        big = [("B", 11.5)] * 2 + [("", 12)] * 3
        self.two_col([(t, st, sz) for t, (st, sz) in zip(HEADER_LEFT, big)],
                     [(t, "I" if i == 4 else st, sz)
                      for i, (t, (st, sz)) in enumerate(zip(HEADER_RIGHT, big))],
                     wl=68, lshift=6)

    def centred(self, lines, styles, size=13):
        self.titles(list(zip(lines, styles)), size, after=3, before=3, h=6.2)
    def borderless_table(self):
        size, lh = 10, 4.35
        xs = [LEFT]
        for _, w in COLS[:-1]:
            xs.append(xs[-1] + w)

        def lines_of(text, w, style=""):
            self.set_font("Serif", style, size)
            return self.multi_cell(w - 2, lh, text, dry_run=True, output="LINES")

        def put_row(cells, style="", aligns=None):
            wrapped = [lines_of(c, w, style) for c, (_, w) in zip(cells, COLS)]
            n = max(len(x) for x in wrapped)
            if self.get_y() + n * lh > self.h - BOTTOM:
                self.add_page()
                put_row([c for c, _ in COLS], "B", ["C"] * 5)
            y = self.get_y()
            self.set_font("Serif", style, size)
            for k, (ls, x) in enumerate(zip(wrapped, xs)):
                for j, t in enumerate(ls):
                    self.set_xy(x + 1, y + j * lh)
                    self.cell(COLS[k][1] - 2, lh, t, align=(aligns[k] if aligns else "L"))
            self.set_xy(LEFT, y + n * lh + 1.5)

        put_row([c for c, _ in COLS], "B", ["C"] * 5)
        self.ln(1)
        for row in ROWS:
            if row[0] == "G":
                if self.get_y() + 32 > self.h - BOTTOM:
                    self.add_page()
                self.set_font("Serif", "B", size)
                self.set_x(LEFT + 1)
                self.cell(0, lh, row[1])
                self.set_xy(LEFT, self.get_y() + lh + 1.5)
            else:
                put_row(list(row), "", ["C", "L", "L", "L", "C"])


def build(path):
    pdf = Doc()
    pdf.add_page()
    pdf.header_block()
    pdf.centred(TITLE, ["B", "B", "B"])
    for p in PREAMBLE:
        pdf.para(p, "I")
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 8, "QUYẾT ĐỊNH:", align="C", new_x="LMARGIN", new_y="NEXT")
    for head, text in ARTICLES:
        pdf.set_font("Serif", "", BODY)
        pdf.multi_cell(0, LINE, "     **" + head + "** " + text, align="J", markdown=True,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.signature(RECIPIENTS_QD, SIGNER_QD)
    if pdf.get_y() > pdf.h - BOTTOM - 80:
        pdf.add_page()
    else:
        pdf.ln(6)
    pdf.centred(PLAN_TITLE, ["B", "B", "I"])
    for kind, text in PLAN:
        pdf.para(text, "B" if kind == "H" else "", indent=kind != "H")
    pdf.add_page()
    pdf.centred(APPX_TITLE, ["B", "B", "I"], size=12)
    pdf.borderless_table()
    pdf.output(path)


def plain():
    """The rendered text as one string (for checking the gold)."""
    parts = HEADER_LEFT + HEADER_RIGHT + TITLE + PREAMBLE + ["QUYẾT ĐỊNH:"]
    parts += [h + " " + t for h, t in ARTICLES] + RECIPIENTS_QD + [s for s, _ in SIGNER_QD]
    parts += PLAN_TITLE + [t for _, t in PLAN] + APPX_TITLE + [c for c, _ in COLS]
    for row in ROWS:
        parts += list(row[1:]) if row[0] == "G" else list(row)
    return "\n".join(parts)


def main():
    build(str(pdfkit.out_path(HERE, STEM)))


if __name__ == "__main__":
    main()
