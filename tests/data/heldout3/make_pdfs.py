#!/usr/bin/env python3
"""Render the three Vietnamese PDF documents of heldout3 (pdf/vi-*.pdf).

Deterministic: fixed creation date, fixed fonts (DejaVu Serif), no randomness.
The layout imitates a Word export of an administrative document in the form of
Decree 30/2020/ND-CP: two-column header (issuer left, national motto right on
the same lines), number and dateline, bold centred title, justified body, page
number at the top centre from page 2, "Noi nhan" beside the signer, and task
tables drawn with cell borders (headings repeated after a page break).

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

CREATED = datetime.datetime(2026, 11, 24, 9, 0, 0, tzinfo=datetime.timezone.utc)

LEFT, RIGHT, TOP, BOTTOM = 30, 15, 20, 20
BODY = 12.5
LINE = 6.2


class Doc(pdfkit.WordDoc):
    def __init__(self):
        super().__init__((LEFT, TOP, RIGHT), BOTTOM, CREATED, "Microsoft® Word 2016")


# =============================================================================
# 1. Nghe An provincial plan with a task table crossing a page break
# =============================================================================
def doc_nghean(pdf):
    pdf.add_page()
    pdf.two_col(
        [("ỦY BAN NHÂN DÂN", "", 12.5), ("TỈNH NGHỆ AN", "B", 12.5),
         ("―――――――", "", 9), ("", "", 11), ("Số: 186/KH-UBND", "", 12.5)],
        national("Nghệ An, ngày 20 tháng 10 năm 2025"),
    )
    pdf.titles([("KẾ HOẠCH", "B"),
               ("Triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh Nghệ An", "B"),
               ("―――――――", "")])
    pdf.para("Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;")
    pdf.para("Căn cứ Nghị định số 165/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ "
             "quy định chi tiết một số điều và biện pháp thi hành Luật Dữ liệu;")
    pdf.para("Thực hiện Quyết định số 1532/QĐ-TTg ngày 14 tháng 8 năm 2025 của Thủ tướng "
             "Chính phủ ban hành Kế hoạch triển khai thi hành Luật Dữ liệu và Công văn số "
             "3870/BCA-C06 ngày 02 tháng 9 năm 2025 của Bộ Công an, Ủy ban nhân dân tỉnh ban "
             "hành Kế hoạch như sau:")
    pdf.head("I. MỤC ĐÍCH, YÊU CẦU")
    pdf.para("1. Tổ chức thi hành Luật Dữ liệu kịp thời, thống nhất; gắn việc thi hành Luật "
             "với thực hiện Đề án 06 và chuyển đổi số của tỉnh.")
    pdf.para("2. Đến nay, tỉnh đã kết nối 17/24 cơ sở dữ liệu chuyên ngành với nền tảng tích "
             "hợp, chia sẻ dữ liệu quốc gia; Kho dữ liệu dùng chung của tỉnh đã được đưa vào "
             "vận hành từ tháng 6/2025. Phấn đấu đến hết năm 2026, 100% cơ sở dữ liệu chuyên "
             "ngành của tỉnh được kết nối, chia sẻ với Cơ sở dữ liệu tổng hợp quốc gia.")
    pdf.head("II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN")
    rows = [
        ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        ("1", "Tổ chức hội nghị quán triệt, phổ biến Luật Dữ liệu và Nghị định số "
              "165/2025/NĐ-CP cho cán bộ chủ chốt các sở, ban, ngành và Ủy ban nhân dân các "
              "xã, phường",
         "Công an tỉnh", "Sở Tư pháp; Sở Khoa học và Công nghệ", "Tháng 11/2025"),
        ("2", "Tuyên truyền nội dung Luật Dữ liệu trên Báo và Phát thanh, Truyền hình Nghệ "
              "An, Cổng Thông tin điện tử tỉnh và hệ thống thông tin cơ sở",
         "Sở Văn hóa, Thể thao và Du lịch",
         "Báo và Phát thanh, Truyền hình Nghệ An; UBND các xã, phường", "Thường xuyên"),
        ("3", "Rà soát các văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành có nội "
              "dung liên quan đến dữ liệu, đề xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ",
         "Sở Tư pháp", "Các sở, ban, ngành", "Trước ngày 15/12/2025"),
        ("4", "Xây dựng Danh mục dữ liệu dùng chung, dữ liệu mở của tỉnh, trình UBND tỉnh "
              "ban hành",
         "Sở Khoa học và Công nghệ", "Công an tỉnh; các sở, ban, ngành", "Quý I/2026"),
        ("5", "Cập nhật Kiến trúc dữ liệu tỉnh Nghệ An phiên bản 2.0 phù hợp với Khung "
              "kiến trúc dữ liệu quốc gia",
         "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh; Công an tỉnh",
         "6 tháng đầu năm 2026"),
        ("6", "Rà soát, làm sạch dữ liệu dân cư, đất đai, hộ tịch; đồng bộ với Cơ sở dữ "
              "liệu quốc gia về dân cư",
         "Công an tỉnh; Sở Nông nghiệp và Môi trường", "Sở Tư pháp; UBND các xã, phường",
         "Tháng 12/2025"),
        ("7", "Xây dựng cơ sở dữ liệu về tài chính, ngân sách và đầu tư công của tỉnh, kết "
              "nối với hệ thống thông tin của Bộ Tài chính",
         "Sở Tài chính", "Sở Khoa học và Công nghệ", "Quý II/2026"),
        ("8", "Số hóa hồ sơ sức khỏe điện tử, kết nối dữ liệu khám bệnh, chữa bệnh với Cơ "
              "sở dữ liệu quốc gia về bảo hiểm",
         "Sở Y tế", "Bảo hiểm xã hội tỉnh; Công an tỉnh", "Năm 2026"),
        ("9", "Cập nhật cơ sở dữ liệu ngành giáo dục (học sinh, giáo viên, cơ sở giáo dục), "
              "chia sẻ dữ liệu phục vụ tuyển sinh đầu cấp năm học 2026-2027",
         "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Trước ngày 30/4/2026"),
        ("10", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh "
               "năm 2026",
         "Sở Tài chính", "Công an tỉnh; Sở Khoa học và Công nghệ", "Tháng 12/2025"),
        ("11", "Đào tạo, bồi dưỡng kỹ năng quản trị dữ liệu cho công chức phụ trách chuyển "
               "đổi số tại các sở, ngành và các xã, phường",
         "Sở Nội vụ", "Sở Khoa học và Công nghệ; Công an tỉnh", "Hằng năm"),
        ("12", "Kiểm tra việc triển khai thi hành Luật Dữ liệu tại các cơ quan, đơn vị, "
               "địa phương",
         "Công an tỉnh", "Sở Khoa học và Công nghệ; Sở Tư pháp", "Quý IV/2026"),
        ("13", "Sơ kết 01 năm thi hành Luật Dữ liệu trên địa bàn tỉnh, báo cáo UBND tỉnh, "
               "Bộ Công an",
         "Công an tỉnh", "Các sở, ban, ngành; UBND các xã, phường", "Trước ngày 20/11/2026"),
    ]
    pdf.table_(rows, (9, 62, 33, 36, 25),
               aligns=("CENTER", "JUSTIFY", "LEFT", "LEFT", "CENTER"))
    pdf.head("III. TỔ CHỨC THỰC HIỆN")
    pdf.para("1. Công an tỉnh là cơ quan thường trực, chủ trì, phối hợp với Sở Khoa học và "
             "Công nghệ theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch "
             "này; tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 10 "
             "tháng 12 hằng năm.")
    pdf.para("2. Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường căn cứ nhiệm "
             "vụ được giao, xây dựng kế hoạch chi tiết của cơ quan, đơn vị mình, hoàn thành "
             "trong tháng 11 năm 2025.")
    pdf.para("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền, vận động Nhân "
             "dân cập nhật thông tin, dữ liệu cá nhân qua ứng dụng VNeID.")
    pdf.para("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị "
             "kịp thời phản ánh về Công an tỉnh (qua Phòng Cảnh sát quản lý hành chính về "
             "trật tự xã hội) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.")
    pdf.signature(
        ["- Bộ Công an (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
         "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
         "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;",
         "- Lưu: VT, NC (Hg)."],
        [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
         ("", ""), ("", ""), ("", ""), ("Hoàng Minh Tuấn", "B")],
    )


# =============================================================================
# 2. Ministry of Industry and Trade decision with an appendix task table
#    (different column order and header wording)
# =============================================================================
def doc_bct(pdf):
    pdf.add_page()
    pdf.two_col(
        [("BỘ CÔNG THƯƠNG", "B", 12.5), ("―――――――", "", 9), ("", "", 11),
         ("Số: 2874/QĐ-BCT", "", 12.5)],
        national("Hà Nội, ngày 05 tháng 12 năm 2025")[:2] + [("――――――――――――――", "", 9),
                 ("Hà Nội, ngày 05 tháng 12 năm 2025", "I", 12.5)],
    )
    pdf.titles([("QUYẾT ĐỊNH", "B"),
               ("Ban hành Kế hoạch thực hiện Chương trình kích cầu tiêu dùng nội địa "
                "dịp cuối năm 2025 và Tết Nguyên đán Bính Ngọ 2026", "B"),
               ("―――――――", ""), ("BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "B")], after=2)
    pdf.para("Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ "
             "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;",
             style="I")
    pdf.para("Căn cứ Nghị quyết số 318/NQ-CP ngày 10 tháng 11 năm 2025 của Chính phủ về các "
             "nhiệm vụ, giải pháp bảo đảm cân đối cung cầu, bình ổn thị trường dịp cuối năm "
             "2025 và Tết Nguyên đán Bính Ngọ 2026;", style="I")
    pdf.para("Theo đề nghị của Cục trưởng Cục Quản lý và Phát triển thị trường trong nước.",
             style="I")
    pdf.titles([("QUYẾT ĐỊNH:", "B")], size=12.5, after=1)
    pdf.para("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình kích "
             "cầu tiêu dùng nội địa dịp cuối năm 2025 và Tết Nguyên đán Bính Ngọ 2026, gồm "
             "Danh mục nhiệm vụ tại Phụ lục kèm theo.")
    pdf.para("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng năm 2025 "
             "tăng 9,3% so với cùng kỳ. Mục tiêu của Chương trình là tổng mức bán lẻ tháng "
             "12/2025 và tháng 01/2026 tăng tối thiểu 10% so với cùng kỳ.")
    pdf.para("Điều 2. Tổ chức thực hiện")
    pdf.para("1. Thủ trưởng các đơn vị thuộc Bộ được giao chủ trì nhiệm vụ tại Phụ lục kèm "
             "theo tổ chức triển khai bảo đảm đúng tiến độ, chất lượng; báo cáo kết quả thực "
             "hiện về Cục Quản lý và Phát triển thị trường trong nước trước ngày 20 hằng tháng.")
    pdf.para("2. Cục Quản lý và Phát triển thị trường trong nước là đầu mối theo dõi, đôn "
             "đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện "
             "Chương trình trước ngày 15 tháng 3 năm 2026.")
    pdf.para("3. Đề nghị Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương phối hợp "
             "với các đơn vị thuộc Bộ tổ chức các chương trình khuyến mại tập trung, phiên "
             "chợ hàng Việt tại địa phương; báo cáo kết quả về Bộ Công Thương trước ngày 28 "
             "tháng 02 năm 2026.")
    pdf.para("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    pdf.para("Điều 4. Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý và Phát triển thị trường "
             "trong nước và Thủ trưởng các đơn vị liên quan thuộc Bộ chịu trách nhiệm thi "
             "hành Quyết định này./.")
    pdf.signature(
        ["- Như Điều 4;", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;",
         "- Văn phòng Chính phủ;", "- Sở Công Thương các tỉnh, thành phố;",
         "- Cổng TTĐT Bộ Công Thương;", "- Lưu: VT, TTTN."],
        [("KT. BỘ TRƯỞNG", "B"), ("THỨ TRƯỞNG", "B"), ("", ""), ("", ""), ("", ""),
         ("Lê Quang Hiếu", "B")],
    )
    pdf.add_page()
    pdf.titles([("PHỤ LỤC", "B"),
               ("DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH KÍCH CẦU TIÊU DÙNG NỘI ĐỊA", "B")],
              size=12.5, after=0)
    pdf.para("(Kèm theo Quyết định số 2874/QĐ-BCT ngày 05 tháng 12 năm 2025 của Bộ trưởng "
             "Bộ Công Thương)", style="I", size=11.5, align="C", after=3)
    rows = [
        ("STT", "Nhiệm vụ", "Sản phẩm", "Thời hạn", "Đơn vị thực hiện", "Đơn vị phối hợp"),
        ("1", "Theo dõi diễn biến cung cầu, giá cả các mặt hàng thiết yếu; xây dựng kịch "
              "bản điều tiết nguồn hàng dịp Tết",
         "Báo cáo; kịch bản điều tiết", "Trước ngày 15/12/2025",
         "Cục Quản lý và Phát triển thị trường trong nước",
         "Sở Công Thương các tỉnh, thành phố"),
        ("2", "Tổ chức Tháng khuyến mại tập trung quốc gia năm 2025 trên phạm vi toàn quốc",
         "Kế hoạch tổ chức; báo cáo kết quả", "Tháng 12/2025",
         "Cục Quản lý và Phát triển thị trường trong nước",
         "Cục Thương mại điện tử và Kinh tế số; Sở Công Thương các tỉnh, thành phố"),
        ("3", "Tổ chức Ngày mua sắm trực tuyến Việt Nam (Online Friday) năm 2025",
         "Sự kiện; báo cáo", "Trước ngày 12/12/2025",
         "Cục Thương mại điện tử và Kinh tế số", "Hiệp hội Thương mại điện tử Việt Nam"),
        ("4", "Hướng dẫn các sàn giao dịch thương mại điện tử kiểm soát hàng giả, hàng kém "
              "chất lượng trong đợt cao điểm mua sắm",
         "Văn bản hướng dẫn", "Thường xuyên", "Cục Thương mại điện tử và Kinh tế số",
         "Cục Quản lý và Phát triển thị trường trong nước; Bộ Công an"),
        ("5", "Triển khai chương trình đưa hàng Việt về nông thôn, khu công nghiệp dịp Tết",
         "Các phiên chợ hàng Việt", "Quý I/2026", "Cục Xúc tiến thương mại",
         "Sở Công Thương các tỉnh, thành phố; Hiệp hội các nhà bán lẻ Việt Nam"),
        ("6", "Tổ chức hội nghị kết nối cung cầu nông sản giữa các địa phương với hệ thống "
              "phân phối hiện đại",
         "Hội nghị kết nối", "Tháng 01/2026", "Cục Xúc tiến thương mại",
         "Cục Quản lý và Phát triển thị trường trong nước"),
        ("7", "Bảo đảm nguồn cung xăng dầu cho thị trường, không để gián đoạn nguồn cung",
         "Báo cáo tình hình cung ứng", "Hằng tuần",
         "Cục Quản lý và Phát triển thị trường trong nước", "Cục Công nghiệp"),
        ("8", "Xây dựng phương án bảo đảm cung ứng điện ổn định dịp Tết Nguyên đán",
         "Phương án cung ứng điện", "Trước ngày 31/12/2025", "Cục Điện lực",
         "Tập đoàn Điện lực Việt Nam"),
        ("9", "Rà soát quy định về khuyến mại tại Nghị định số 81/2018/NĐ-CP, đề xuất sửa "
              "đổi, bổ sung",
         "Dự thảo Nghị định", "6 tháng đầu năm 2026", "Vụ Pháp chế",
         "Cục Quản lý và Phát triển thị trường trong nước"),
        ("10", "Tuyên truyền về Chương trình và Cuộc vận động \"Người Việt Nam ưu tiên dùng "
               "hàng Việt Nam\"",
         "Tin, bài, phóng sự", "Thường xuyên", "Báo Công Thương", "Văn phòng Bộ"),
        ("11", "Tổng kết Chương trình, đề xuất giải pháp kích cầu tiêu dùng năm 2026",
         "Báo cáo tổng kết", "Quý I/2026",
         "Cục Quản lý và Phát triển thị trường trong nước", "Các đơn vị thuộc Bộ"),
    ]
    pdf.table_(rows, (11.5, 43, 25, 27, 30.5, 33), size=10,
               aligns=("CENTER", "JUSTIFY", "LEFT", "CENTER", "LEFT", "LEFT"))


# =============================================================================
# 3. Quang Nam official letter (January 2025, before the mergers): prose tasks
#    and a statistics table of past results (not tasks)
# =============================================================================
def doc_quangnam(pdf):
    pdf.add_page()
    pdf.two_col(
        [("ỦY BAN NHÂN DÂN", "", 12.5), ("TỈNH QUẢNG NAM", "B", 12.5),
         ("―――――――", "", 9), ("", "", 11), ("Số: 245/UBND-KTTH", "", 12.5),
         ("V/v đẩy nhanh tiến độ giải ngân", "", 11),
         ("vốn đầu tư công năm 2025", "", 11)],
        national("Quảng Nam, ngày 14 tháng 01 năm 2025"),
    )
    pdf.ln(5)
    pdf.set_font("Serif", "", BODY)
    y = pdf.get_y()
    pdf.set_xy(LEFT + 25, y)
    pdf.cell(25, LINE, "Kính gửi:")
    for i, t in enumerate(["- Các Sở, ban, ngành thuộc tỉnh;",
                           "- UBND các huyện, thị xã, thành phố;",
                           "- Các chủ đầu tư, Ban quản lý dự án."]):
        pdf.set_xy(LEFT + 50, y + i * LINE)
        pdf.cell(100, LINE, t)
    pdf.set_xy(LEFT, y + 3 * LINE + 3)
    pdf.para("Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ về nhiệm vụ, "
             "giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán "
             "ngân sách nhà nước năm 2025 và Quyết định số 3120/QĐ-UBND ngày 20/12/2024 của "
             "UBND tỉnh về giao kế hoạch vốn đầu tư công năm 2025, UBND tỉnh có ý kiến như sau:")
    pdf.para("Năm 2024, tổng kế hoạch vốn đầu tư công của tỉnh là 6.842,5 tỷ đồng; đến ngày "
             "31/12/2024 giải ngân được 5.197,3 tỷ đồng, đạt 75,9% kế hoạch, thấp hơn bình "
             "quân chung cả nước. Kết quả giải ngân theo nhóm chủ đầu tư như sau:")
    rows = [
        ("TT", "Nhóm chủ đầu tư", "Kế hoạch vốn (tỷ đồng)", "Giải ngân đến 31/12/2024 (tỷ đồng)", "Tỷ lệ (%)"),
        ("1", "Các Sở, ban, ngành thuộc tỉnh", "1.204,6", "1.011,2", "83,9"),
        ("2", "UBND các huyện, thị xã, thành phố", "2.978,4", "2.137,8", "71,8"),
        ("3", "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh", "1.865,1", "1.402,7", "75,2"),
        ("4", "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "794,4", "645,6", "81,3"),
        ("", "Tổng cộng", "6.842,5", "5.197,3", "75,9"),
    ]
    pdf.table_(rows, (10, 70, 27, 33, 25), size=10.5,
               aligns=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"))
    pdf.para("Nguyên nhân chủ yếu là vướng mắc trong bồi thường, giải phóng mặt bằng, khan "
             "hiếm vật liệu đất đắp và năng lực của một số chủ đầu tư, nhà thầu còn hạn chế. "
             "Để phấn đấu tỷ lệ giải ngân năm 2025 đạt trên 95% kế hoạch, Chủ tịch UBND tỉnh "
             "yêu cầu:")
    pdf.para("1. Sở Kế hoạch và Đầu tư (Sở KH&ĐT):")
    pdf.para("a) Chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh điều chuyển kế hoạch "
             "vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt, hoàn "
             "thành trước ngày 30/6/2025.")
    pdf.para("b) Hằng tháng, trước ngày 25, tổng hợp tình hình giải ngân của từng chủ đầu "
             "tư, báo cáo UBND tỉnh, trong đó đề xuất biểu dương, phê bình cụ thể.")
    pdf.para("c) Chủ trì các Tổ công tác kiểm tra, đôn đốc giải ngân tại các huyện, thị xã, "
             "thành phố trong Quý I/2025.")
    pdf.para("2. Sở Tài chính thẩm định, phê duyệt quyết toán dự án hoàn thành kịp thời, không "
             "để tồn đọng; phối hợp với Sở KH&ĐT rà soát, thu hồi dứt điểm các khoản tạm ứng "
             "quá hạn trước ngày 31/3/2025.")
    pdf.para("3. Sở Tài nguyên và Môi trường (Sở TN&MT) chủ trì, phối hợp với UBND các huyện, "
             "thị xã, thành phố giải quyết dứt điểm vướng mắc về xác định giá đất cụ thể, bồi "
             "thường, giải phóng mặt bằng của các dự án trọng điểm, hoàn thành trong tháng "
             "3/2025.")
    pdf.para("4. Sở Xây dựng công bố giá vật liệu xây dựng trên địa bàn tỉnh trước ngày 05 "
             "của tháng đầu quý; phối hợp với UBND các huyện, thị xã, thành phố xử lý tình "
             "trạng khan hiếm vật liệu đất đắp nền đường.")
    pdf.para("5. Đề nghị Kho bạc Nhà nước Quảng Nam kiểm soát, thanh toán vốn cho các dự án "
             "ngay khi có khối lượng nghiệm thu theo quy định của Luật Đầu tư công số "
             "58/2024/QH15.")
    pdf.para("6. UBND các huyện, thị xã, thành phố:")
    pdf.para("a) Tập trung giải phóng mặt bằng các dự án trọng điểm; bàn giao mặt bằng sạch "
             "cho nhà thầu trong Quý II/2025.")
    pdf.para("b) Xây dựng kế hoạch giải ngân chi tiết theo từng tháng, gửi Sở KH&ĐT trước "
             "ngày 10/02/2025.")
    pdf.para("7. Các chủ đầu tư, Ban quản lý dự án kiên quyết xử lý các nhà thầu vi phạm tiến "
             "độ theo quy định của hợp đồng.")
    pdf.para("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành, Chủ tịch UBND các "
             "huyện, thị xã, thành phố và các chủ đầu tư nghiêm túc triển khai thực hiện./.")
    pdf.signature(
        ["- Như trên;", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
         "- Kho bạc Nhà nước Quảng Nam;", "- CPVP;", "- Lưu: VT, KTTH."],
        [("TM. ỦY BAN NHÂN DÂN", "B"), ("KT. CHỦ TỊCH", "B"), ("PHÓ CHỦ TỊCH", "B"),
         ("", ""), ("", ""), ("", ""), ("Trần Văn Phước", "B")],
    )


DOCS = [
    ("vi-186-KH-UBND-nghean-luat-du-lieu_2025-10-20", doc_nghean),
    ("vi-2874-QD-BCT-kich-cau-tieu-dung-tet_2025-12-05", doc_bct),
    ("vi-245-UBND-KTTH-quangnam-giai-ngan-dtc_2025-01-14", doc_quangnam),
]


def main():
    pdfkit.write_docs(HERE, DOCS, Doc)


if __name__ == "__main__":
    main()
