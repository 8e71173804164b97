#!/usr/bin/env python3
"""Render the two Vietnamese PDF documents of heldout4 (pdf/vi-*.pdf).

Deterministic: fixed creation date, fixed fonts (DejaVu Serif), no randomness.
Layout of a Word export of an administrative document (Decree 30/2020/ND-CP
form): two-column header, dateline, bold centred title, justified body, page
number at the top centre from page 2, "Noi nhan" beside the signer.

1. Ministry of Construction plan whose appendix task table has group rows
   spanning all columns ("I. Nhom nhiem vu ve the che") and merged "Co quan
   chu tri" cells spanning several rows; cells wrap; the table crosses a page.
2. Official letter of the Ho Chi Minh City Department of Health with a "V/v"
   line under the number, a "Kinh gui" list and a short bordered statistics
   table that holds no task.

The texts below are the content described by gold/<stem>.gold.json.

    python3 make_pdfs.py            # writes pdf/<stem>.pdf next to this file
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/data, for pdfkit
import pdfkit  # noqa: E402
from pdfkit import national  # noqa: E402

CREATED = datetime.datetime(2026, 11, 25, 8, 30, 0, tzinfo=datetime.timezone.utc)

LEFT, RIGHT, TOP, BOTTOM = 30, 15, 20, 20
BODY = 12.5
LINE = 6.2


class Doc(pdfkit.WordDoc):
    INDENT = "      "

    def __init__(self):
        super().__init__((LEFT, TOP, RIGHT), BOTTOM, CREATED,
                         "Microsoft® Word for Microsoft 365")

    def two_col(self, left, right, wl=74, lshift=10):
        super().two_col(left, right, wl, lshift)


# =============================================================================
# 1. Ministry of Construction plan, appendix table with spans
# =============================================================================
LEAD_NHA = "Cục Quản lý nhà và thị trường bất động sản"


def doc_bxd(pdf):
    pdf.add_page()
    pdf.two_col(
        [("BỘ XÂY DỰNG", "B", 12.5), ("―――――――", "", 9), ("", "", 11),
         ("Số: 145/KH-BXD", "", 12.5)],
        national("Hà Nội, ngày 12 tháng 9 năm 2025")[:3]
        + [("Hà Nội, ngày 12 tháng 9 năm 2025", "I", 12.5)],
    )
    pdf.titles([("KẾ HOẠCH", "B"),
               ("Triển khai thực hiện Nghị quyết số 201/2025/QH15 của Quốc hội về thí "
                "điểm một số cơ chế, chính sách đặc biệt để phát triển nhà ở xã hội", "B"),
               ("―――――――", "")])
    pdf.para("Căn cứ Luật Nhà ở năm 2023;")
    pdf.para("Căn cứ Nghị quyết số 201/2025/QH15 ngày 29 tháng 5 năm 2025 của Quốc hội về "
             "thí điểm một số cơ chế, chính sách đặc biệt để phát triển nhà ở xã hội;")
    pdf.para("Căn cứ Nghị định số 192/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy "
             "định chi tiết một số điều và biện pháp thi hành Nghị quyết số 201/2025/QH15;")
    pdf.para("Thực hiện Quyết định số 444/QĐ-TTg ngày 27 tháng 02 năm 2025 của Thủ tướng "
             "Chính phủ về việc giao chỉ tiêu hoàn thành nhà ở xã hội trong năm 2025 và các "
             "năm tiếp theo đến năm 2030, Bộ Xây dựng ban hành Kế hoạch triển khai như sau:")
    pdf.head("I. MỤC ĐÍCH, YÊU CẦU")
    pdf.para("1. Cụ thể hóa các nhiệm vụ được giao cho Bộ Xây dựng tại Nghị quyết số "
             "201/2025/QH15; mỗi nhiệm vụ phải xác định rõ đơn vị chủ trì, đơn vị phối hợp, "
             "sản phẩm và thời hạn hoàn thành.")
    pdf.para("2. Tính đến ngày 31/8/2025, cả nước có 692 dự án nhà ở xã hội đang triển khai "
             "với quy mô khoảng 633.000 căn; riêng 8 tháng năm 2025 đã hoàn thành 61 dự án. "
             "Phấn đấu trong năm 2025 hoàn thành tối thiểu 100.275 căn hộ theo chỉ tiêu "
             "Thủ tướng Chính phủ giao.")
    pdf.head("II. NHIỆM VỤ CỤ THỂ")
    pdf.para("Danh mục nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành "
             "chi tiết tại Phụ lục kèm theo Kế hoạch này.")
    pdf.head("III. TỔ CHỨC THỰC HIỆN")
    pdf.para("1. Thủ trưởng các Cục, Vụ, Viện và đơn vị thuộc Bộ được giao chủ trì nhiệm vụ "
             "tại Phụ lục chủ động tổ chức triển khai, bảo đảm chất lượng và tiến độ; báo cáo "
             "tình hình thực hiện (qua Cục Quản lý nhà và thị trường bất động sản) trước ngày "
             "25 hằng tháng.")
    pdf.para("2. Cục Quản lý nhà và thị trường bất động sản là đơn vị đầu mối, theo dõi, "
             "đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả "
             "thực hiện định kỳ 6 tháng (trước ngày 20/6 và ngày 20/12 hằng năm).")
    pdf.para("3. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch "
             "trong dự toán ngân sách năm 2026 của Bộ.")
    pdf.para("4. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo "
             "Sở Xây dựng và các cơ quan liên quan triển khai các nội dung thuộc thẩm quyền "
             "của địa phương; gửi báo cáo kết quả về Bộ Xây dựng trước ngày 10 tháng 12 năm "
             "2025 để tổng hợp.")
    pdf.para("Kế hoạch này được gửi đến các đơn vị để biết, phối hợp./.")
    pdf.signature(
        ["- Thủ tướng Chính phủ (để b/c);", "- Phó Thủ tướng Chính phủ (để b/c);",
         "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- UBND các tỉnh, thành phố;",
         "- Sở Xây dựng các tỉnh, thành phố;", "- Lưu: VT, QLN (3b)."],
        [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("", ""), ("", ""),
         ("Nguyễn Hữu Tường", "B")],
    )
    # ---- appendix --------------------------------------------------------
    pdf.add_page()
    pdf.titles([("Phụ lục", "B"),
               ("DANH MỤC NHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT SỐ 201/2025/QH15", "B")],
              size=12.5, after=0)
    pdf.para("(Kèm theo Kế hoạch số 145/KH-BXD ngày 12/9/2025 của Bộ Xây dựng)",
             style="I", size=11.5, align="C", after=3)
    grp = pdfkit.BOLD
    with pdf.grid((11, 59, 33, 37, 25),
                  ("CENTER", "JUSTIFY", "CENTER", "LEFT", "CENTER"),
                  size=10, line_height=4.8) as t:
        r = t.row()
        for c in ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"):
            r.cell(c)

        def group(text):
            t.row().cell(text, colspan=5, align="LEFT", style=grp)

        group("I. Nhóm nhiệm vụ về thể chế")
        r = t.row()
        r.cell("1")
        r.cell("Xây dựng Thông tư hướng dẫn phương pháp xác định giá bán, giá thuê mua nhà ở "
               "xã hội không sử dụng vốn đầu tư công")
        r.cell(LEAD_NHA, rowspan=3)
        r.cell("Vụ Pháp chế; Bộ Tài chính")
        r.cell("Tháng 11/2025")
        r = t.row()
        r.cell("2")
        r.cell("Rà soát, đề xuất sửa đổi quy định về đối tượng, điều kiện được hưởng chính "
               "sách hỗ trợ về nhà ở xã hội")
        r.cell("Bộ Nội vụ; Bộ Quốc phòng; Bộ Công an")
        r.cell("Quý IV/2025")
        r = t.row()
        r.cell("3")
        r.cell("Hướng dẫn trình tự, thủ tục giao chủ đầu tư dự án nhà ở xã hội không thông qua "
               "đấu thầu theo Nghị quyết số 201/2025/QH15")
        r.cell("Vụ Pháp chế; UBND các tỉnh, thành phố trực thuộc trung ương")
        r.cell("Trước ngày 30/10/2025")
        r = t.row()
        r.cell("4")
        r.cell("Xây dựng Thông tư ban hành thiết kế mẫu, thiết kế điển hình nhà ở xã hội "
               "thấp tầng và cao tầng")
        r.cell("Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng")
        r.cell("Viện Kiến trúc Quốc gia; Hội Kiến trúc sư Việt Nam")
        r.cell("6 tháng đầu năm 2026")

        group("II. Nhóm nhiệm vụ về quỹ đất, quy hoạch và nguồn vốn")
        r = t.row()
        r.cell("5")
        r.cell("Hướng dẫn các địa phương rà soát, bố trí quỹ đất 20% trong dự án nhà ở "
               "thương mại, khu đô thị để đầu tư xây dựng nhà ở xã hội")
        r.cell("Cục Quy hoạch - Kiến trúc")
        r.cell("Bộ Nông nghiệp và Môi trường; UBND các tỉnh, thành phố trực thuộc trung ương")
        r.cell("Quý IV/2025")
        r = t.row()
        r.cell("6")
        r.cell("Đề xuất nguồn vốn và cơ chế cho vay ưu đãi đối với chủ đầu tư và người mua, "
               "thuê mua nhà ở xã hội giai đoạn 2026 - 2030")
        r.cell("Vụ Kế hoạch - Tài chính")
        r.cell("Ngân hàng Nhà nước Việt Nam; Bộ Tài chính")
        r.cell("Trước ngày 15/12/2025")
        r = t.row()
        r.cell("7")
        r.cell("Hoàn thiện Hệ thống thông tin về nhà ở và thị trường bất động sản, bổ sung "
               "phân hệ theo dõi tiến độ các dự án nhà ở xã hội")
        r.cell(LEAD_NHA)
        r.cell("Trung tâm Công nghệ thông tin; Sở Xây dựng các tỉnh, thành phố")
        r.cell("Năm 2026")

        group("III. Nhóm nhiệm vụ kiểm tra, đôn đốc và thông tin")
        r = t.row()
        r.cell("8")
        r.cell("Tổ chức các đoàn công tác kiểm tra, đôn đốc tiến độ dự án nhà ở xã hội tại "
               "các địa phương có tỷ lệ hoàn thành chỉ tiêu thấp")
        r.cell(LEAD_NHA, rowspan=2)
        r.cell("Cục Kinh tế - Quản lý đầu tư xây dựng; UBND các tỉnh, thành phố có liên quan")
        r.cell("Định kỳ hằng quý")
        r = t.row()
        r.cell("9")
        r.cell("Sơ kết 01 năm thực hiện Nghị quyết số 201/2025/QH15, báo cáo Chính phủ")
        r.cell("Các đơn vị thuộc Bộ; UBND các tỉnh, thành phố trực thuộc trung ương")
        r.cell("Tháng 6/2026")
        r = t.row()
        r.cell("10")
        r.cell("Công khai danh sách dự án nhà ở xã hội đủ điều kiện bán, cho thuê mua trên "
               "Cổng thông tin điện tử Bộ Xây dựng")
        r.cell("Văn phòng Bộ")
        r.cell(LEAD_NHA)
        r.cell("Thường xuyên")


# =============================================================================
# 2. HCMC Department of Health official letter with a statistics table
# =============================================================================
def doc_syt(pdf):
    pdf.add_page()
    pdf.two_col(
        [("ỦY BAN NHÂN DÂN", "", 12), ("THÀNH PHỐ HỒ CHÍ MINH", "", 12),
         ("SỞ Y TẾ", "B", 12.5), ("―――――――", "", 9), ("Số: 5873/SYT-NVY", "", 12.5),
         ("V/v tăng cường phòng, chống sốt xuất", "", 11),
         ("huyết, tay chân miệng mùa mưa năm 2025", "", 11)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 11.5),
         ("Độc lập - Tự do - Hạnh phúc", "B", 12.5), ("――――――――――――――", "", 9),
         ("", "", 11),
         ("Thành phố Hồ Chí Minh, ngày 14 tháng 10 năm 2025", "I", 11.5)],
    )
    pdf.ln(5)
    pdf.set_font("Serif", "", BODY)
    x0 = LEFT + 20
    for i, t in enumerate(["- Trung tâm Kiểm soát bệnh tật Thành phố;",
                           "- Các bệnh viện công lập và ngoài công lập trên địa bàn Thành phố;",
                           "- Trạm Y tế các xã, phường, đặc khu;",
                           "- Ủy ban nhân dân các xã, phường, đặc khu."]):
        pdf.set_x(LEFT + 8)
        if i == 0:
            pdf.cell(20, LINE, "Kính gửi:")
        pdf.set_x(x0 + 10)
        pdf.multi_cell(pdf.epw - 30, LINE, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.para("Căn cứ Công văn số 6120/BYT-PB ngày 26 tháng 9 năm 2025 của Bộ Y tế về việc "
             "tăng cường công tác phòng, chống dịch bệnh truyền nhiễm trong mùa mưa; thực hiện "
             "chỉ đạo của Ủy ban nhân dân Thành phố tại Công văn số 4418/UBND-VX ngày 03 tháng "
             "10 năm 2025;")
    pdf.para("Từ đầu năm đến tuần 40 năm 2025, số ca mắc sốt xuất huyết và tay chân miệng "
             "trên địa bàn Thành phố tiếp tục tăng so với cùng kỳ, tập trung tại khu vực Bình "
             "Dương (trước sắp xếp) và các phường ven trung tâm; đã ghi nhận 04 trường hợp "
             "tử vong do sốt xuất huyết. Số liệu cụ thể như sau:")
    pdf.table_([
        ("TT", "Khu vực", "Sốt xuất huyết (ca)", "So cùng kỳ", "Tay chân miệng (ca)",
         "So cùng kỳ"),
        ("1", "Khu vực Thành phố Hồ Chí Minh (trước sắp xếp)", "18.342", "+21,5%",
         "9.126", "+12,8%"),
        ("2", "Khu vực tỉnh Bình Dương (trước sắp xếp)", "6.915", "+34,2%", "3.408",
         "+18,1%"),
        ("3", "Khu vực tỉnh Bà Rịa - Vũng Tàu (trước sắp xếp)", "2.270", "-4,6%", "1.152",
         "+6,3%"),
        ("", "Tổng cộng", "27.527", "+22,4%", "13.686", "+13,5%"),
    ], (10, 58, 24, 23, 24, 23),
        aligns=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER", "CENTER"))
    pdf.set_font("Serif", "", BODY)
    pdf.para("Ngày 06/10/2025, Sở Y tế đã tổ chức họp trực tuyến với các đơn vị để đánh giá "
             "tình hình dịch bệnh. Để chủ động kiểm soát dịch bệnh trong cao điểm mùa mưa, Sở "
             "Y tế đề nghị Thủ trưởng các đơn vị triển khai các nội dung sau:")
    pdf.head("1. Trung tâm Kiểm soát bệnh tật Thành phố")
    pdf.para("a) Chủ trì, phối hợp với Trạm Y tế các xã, phường, đặc khu giám sát chặt chẽ "
             "ca bệnh và ổ dịch sốt xuất huyết, tay chân miệng tại cộng đồng.")
    pdf.para("b) Tổ chức chiến dịch diệt lăng quăng, bọ gậy đợt 2 năm 2025 tại các xã, "
             "phường có số ca mắc cao, hoàn thành trước ngày 31/10/2025.")
    pdf.para("c) Tổng hợp số liệu ca bệnh, báo cáo Sở Y tế (qua Phòng Nghiệp vụ Y) trước "
             "ngày 05 hằng tháng.")
    pdf.head("2. Các bệnh viện công lập và ngoài công lập")
    pdf.para("a) Bố trí khu vực khám sàng lọc, điều trị riêng cho bệnh nhi mắc tay chân "
             "miệng để hạn chế lây nhiễm chéo trong bệnh viện.")
    pdf.para("b) Bảo đảm đủ thuốc, dịch truyền và trang thiết bị hồi sức để điều trị các "
             "trường hợp sốt xuất huyết nặng.")
    pdf.para("c) Tập huấn cho nhân viên y tế về chẩn đoán, điều trị sốt xuất huyết Dengue "
             "theo Quyết định số 2760/QĐ-BYT ngày 04/7/2023 của Bộ Y tế, hoàn thành trong tháng "
             "11/2025.")
    pdf.head("3. Trạm Y tế các xã, phường, đặc khu")
    pdf.para("a) Tham mưu Ủy ban nhân dân cùng cấp huy động các đoàn thể, tổ dân phố tham "
             "gia chiến dịch diệt lăng quăng, bọ gậy.")
    pdf.para("b) Báo cáo ca bệnh truyền nhiễm trên hệ thống giám sát theo Thông tư số "
             "54/2015/TT-BYT của Bộ Y tế ngay khi có chẩn đoán.")
    pdf.head("4. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu")
    pdf.para("Chỉ đạo tổ chức ra quân tổng vệ sinh môi trường tại khu dân cư, công trình xây "
             "dựng và nhà trọ trên địa bàn, hoàn thành trước ngày 31/10/2025.")
    pdf.para("Sở Y tế đề nghị Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.")
    pdf.para("Đầu mối liên hệ: Phòng Nghiệp vụ Y, Sở Y tế, điện thoại 028.3930.9912.",
             style="I", size=11)
    pdf.signature(
        ["- Như trên;", "- UBND Thành phố (để b/c);", "- Cục Phòng bệnh - Bộ Y tế (để b/c);",
         "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, NVY (T.Hg)."],
        [("KT. GIÁM ĐỐC", "B"), ("PHÓ GIÁM ĐỐC", "B"), ("", ""), ("", ""), ("", ""),
         ("Trần Ngọc Hân", "B")],
    )


DOCS = [
    ("vi-145-KH-BXD-nha-o-xa-hoi-phu-luc_2025-09-12", doc_bxd),
    ("vi-5873-SYT-NVY-hcm-sot-xuat-huyet_2025-10-14", doc_syt),
]


def main():
    pdfkit.write_docs(HERE, DOCS, Doc)


if __name__ == "__main__":
    main()
