#!/usr/bin/env python3
"""Render the Vietnamese held-out PDF of heldout23 (deterministic).

    python3 tests/data/heldout23/make_pdfs_vi.py

Writes pdf/vi-38-KH-UBND-tuyenquang-co-so-du-lieu-dat-dai-2027-bang-tien-do-danh-dau-x-dau-trang-so-trang_2027-02-05.pdf
next to this script: Kế hoạch 38/KH-UBND of the Tuyên Quang provincial
People's Committee on building and updating the land database in 2027, two
pages. EVERY PAGE carries a running header line (the document's own number
"Số 38/KH-UBND" at the left, "Trang 1/2" / "Trang 2/2" at the right). Page 1
holds the plan (Mục III "Tổ chức thực hiện" assigns departments, the
provincial police, communes and wards, and asks the Fatherland Front); page 2
holds the appendix, a GANTT-LIKE table (STT | Nội dung | Chủ trì | Phối hợp |
T3 ... T12 | Hoàn thành) whose month columns are marked "x" for the months
of work, beside a "Hoàn thành" column with the deadline. Needs fpdf2 and the
DejaVu Serif fonts; the creation date is fixed, nothing is random. `plain()`
returns the body text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "vi-38-KH-UBND-tuyenquang-co-so-du-lieu-dat-dai-2027-bang-tien-do-danh-dau-x-dau-trang-so-trang_2027-02-05"
CREATED = datetime(2027, 2, 5, 9, 20, tzinfo=timezone.utc)
SOFTWARE = "Microsoft® Word for Microsoft 365"
PAGES = 2
RUNNING = "Số 38/KH-UBND"

LEFT = [("ỦY BAN NHÂN DÂN", "B", 11.5), ("TỈNH TUYÊN QUANG", "B", 11.5),
        ("―――――――", "", 9), ("", "", 11), ("Số: 38/KH-UBND", "", 12)]
RIGHT = pdfkit.national("Tuyên Quang, ngày 05 tháng 02 năm 2027")
TITLE = [("KẾ HOẠCH", "B"), ("Xây dựng, cập nhật cơ sở dữ liệu đất đai năm 2027", "B")]
# (text, kind): "" justified body, "B" bold heading
BODY = [
    ("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024; Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai, đăng ký, cấp giấy chứng nhận và hệ thống thông tin đất đai; thực hiện Chỉ thị số 07/CT-UBND ngày 12/01/2027 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch xây dựng, cập nhật cơ sở dữ liệu đất đai năm 2027 như sau:", ""),
    ("I. MỤC ĐÍCH, YÊU CẦU", "B"),
    ("Hoàn thiện cơ sở dữ liệu đất đai của 124 xã, phường, bảo đảm \"đúng, đủ, sạch, sống\", kết nối với Hệ thống thông tin đất đai quốc gia; phục vụ giải quyết thủ tục hành chính trên môi trường điện tử.", ""),
    ("II. NHIỆM VỤ", "B"),
    ("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và tiến độ theo Phụ lục kèm theo Kế hoạch này (ô đánh dấu \"x\" là tháng triển khai; cột \"Hoàn thành\" là thời hạn hoàn thành).", ""),
    ("III. TỔ CHỨC THỰC HIỆN", "B"),
    ("1. Sở Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch, trình Ủy ban nhân dân tỉnh trước ngày 15/3/2027; hướng dẫn, kiểm tra Văn phòng Đăng ký đất đai tỉnh và các xã, phường trong quá trình thực hiện; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20 hằng tháng.", ""),
    ("2. Sở Khoa học và Công nghệ bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho cơ sở dữ liệu đất đai đặt tại Trung tâm dữ liệu của tỉnh; kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư trong quý III/2027.", ""),
    ("3. Công an tỉnh phối hợp với Sở Nông nghiệp và Môi trường xác thực thông tin người sử dụng đất qua Cơ sở dữ liệu quốc gia về dân cư.", ""),
    ("4. Ủy ban nhân dân các xã, phường:", ""),
    ("- Chỉ đạo công chức địa chính cung cấp đầy đủ hồ sơ, tài liệu đất đai đang lưu trữ tại xã, phường cho đơn vị thi công;", ""),
    ("- Niêm yết công khai kết quả chỉnh lý hồ sơ địa chính tại trụ sở trong thời gian 15 ngày để người dân kiểm tra.", ""),
    ("5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động người dân phối hợp kê khai, cung cấp giấy tờ về quyền sử dụng đất.", ""),
]
RECIPIENTS = ["- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- Các sở, ngành; UBND các xã, phường;", "- Lưu: VT, NLN."]
SIGNER = [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"), ("", ""), ("", ""),
          ("Ma Văn Thành", "B")]
ANNEX_TITLE = [("PHỤ LỤC", "B"), ("NHIỆM VỤ VÀ TIẾN ĐỘ XÂY DỰNG CƠ SỞ DỮ LIỆU ĐẤT ĐAI NĂM 2027", "B"),
               ("(Kèm theo Kế hoạch số 38/KH-UBND ngày 05/02/2027 của Ủy ban nhân dân tỉnh)", "I")]
MONTHS = [f"T{m}" for m in range(3, 13)]
HEAD = ["STT", "Nội dung", "Chủ trì", "Phối hợp"] + MONTHS + ["Hoàn thành"]
# (stt, content, lead, partners, months marked, deadline)
ROWS = [
    ("1", "Thu thập, rà soát, đánh giá hồ sơ địa chính hiện có", "Văn phòng Đăng ký đất đai tỉnh",
     "UBND các xã, phường", {3, 4}, "Tháng 4/2027"),
    ("2", "Số hóa hồ sơ địa chính dạng giấy của 124 xã, phường", "Văn phòng Đăng ký đất đai tỉnh",
     "Sở Khoa học và Công nghệ", {4, 5, 6, 7, 8, 9}, "30/9/2027"),
    ("3", "Chỉnh lý bản đồ địa chính các xã vùng cao", "Sở Nông nghiệp và Môi trường",
     "UBND các xã, phường", {5, 6, 7, 8, 9, 10}, "Quý IV/2027"),
    ("4", "Xây dựng cơ sở dữ liệu giá đất", "Sở Nông nghiệp và Môi trường",
     "Sở Tài chính; Thuế tỉnh Tuyên Quang", {6, 7, 8, 9, 10, 11}, "6 tháng cuối năm 2027"),
    ("5", "Kiểm tra, nghiệm thu sản phẩm từng giai đoạn", "Sở Nông nghiệp và Môi trường",
     "Sở Tài chính", {6, 9, 12}, "Theo từng giai đoạn"),
    ("6", "Vận hành thử nghiệm, cập nhật biến động đất đai vào cơ sở dữ liệu", "Văn phòng Đăng ký đất đai tỉnh",
     "", {10, 11, 12}, "Trước ngày 25/12/2027"),
    ("7", "Tập huấn khai thác cơ sở dữ liệu cho công chức địa chính cấp xã", "Sở Nông nghiệp và Môi trường",
     "Sở Nội vụ", {11}, "Tháng 11/2027"),
    ("8", "Sơ kết, báo cáo kết quả thực hiện Kế hoạch năm 2027", "Sở Nông nghiệp và Môi trường",
     "Các sở, ngành có liên quan", {12}, "Năm 2027"),
]
WIDTHS = (8, 38, 27, 27) + (6.6,) * 10 + (21,)


def cells(r):
    stt, content, lead, partners, marked, deadline = r
    return [stt, content, lead, partners] + ["x" if m in marked else "" for m in range(3, 13)] + [deadline]


class Doc(pdfkit.WordDoc):
    BODY, LINE, PARA_AFTER = 11, 5.0, 0.6
    SIGN_BEFORE, SIGN_ROOM, SIGN_WL, SIGN_SIZE = 1, 34, 92, 11

    def header(self):
        """Running line on every page: own number left, "Trang n/N" right."""
        self.set_font("Serif", "I", 9)
        self.set_y(7)
        self.set_x(self.l_margin)
        self.cell(self.epw / 2, 4, RUNNING, align="L")
        self.cell(self.epw / 2, 4, f"Trang {self.page_no()}/{PAGES}", align="R")
        self.set_y(self.t_margin)


def fill(pdf):
    pdf.add_page()
    pdf.two_col(LEFT, RIGHT)
    pdf.titles(TITLE, size=13, before=3, after=2, h=6)
    for text, kind in BODY:
        if kind == "B":
            pdf.head(text)
        else:
            pdf.para(text)
    pdf.signature(RECIPIENTS, SIGNER)
    pdf.add_page()
    pdf.titles(ANNEX_TITLE[:2], size=11, before=0, after=0)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(0, 5.5, ANNEX_TITLE[2][0], align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 7.5)
    aligns = ("CENTER", "LEFT", "LEFT", "LEFT") + ("CENTER",) * 10 + ("LEFT",)
    with pdf.table(col_widths=WIDTHS, width=pdf.epw, line_height=4.0, text_align=aligns,
                   headings_style=pdfkit.BOLD, padding=(0.8, 0.4, 0.8, 0.4), v_align="MIDDLE") as table:
        row = table.row()
        for c in HEAD:
            row.cell(c)
        for r in ROWS:
            row = table.row()
            for c in cells(r):
                row.cell(c)
    assert pdf.page_no() == PAGES, pdf.page_no()


def plain():
    """The text the PDF renders, in reading order (running header at the top of each page)."""
    parts = [RUNNING, "Trang 1/2"]
    parts += [t for t, _, _ in LEFT if t and "―" not in t] + [t for t, _, _ in RIGHT if t and "―" not in t]
    parts += [t for t, _ in TITLE] + [t for t, _ in BODY]
    parts += ["Nơi nhận:"] + RECIPIENTS + [t for t, _ in SIGNER if t] + [RUNNING, "Trang 2/2"]
    parts += [t for t, _ in ANNEX_TITLE] + HEAD
    for r in ROWS:
        parts += [c for c in cells(r) if c]
    return "\n".join(parts)


def main():
    def new_doc():
        return Doc((12, 16, 11), 14, CREATED, SOFTWARE)
    pdfkit.write_docs(HERE, [(STEM, fill)], new_doc)


if __name__ == "__main__":
    main()
