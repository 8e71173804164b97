"""Metadata: table-driven header cases, Vietnamese and English, one row per header form."""
from __future__ import annotations

import datetime as dt

import pytest

from notice_parser import parse
from notice_parser.metadata import extract_metadata
from notice_parser.normalize import normalize

D = dt.date

VI_TWO_COLUMN = """VĂN PHÒNG CHÍNH PHỦ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 344/TB-VPCP                       Hà Nội, ngày 25 tháng 7 năm 2024

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại Hội nghị sơ kết công tác chuyển đổi số

1. Bộ Tài chính chủ trì rà soát.

Nơi nhận:                                         KT. THỦ TƯỚNG
- Thủ tướng, các Phó Thủ tướng;                   PHÓ THỦ TƯỚNG
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT, KGVX.
                                                  Trần Lưu Quang
"""

VI_PROVINCE_LETTER = """ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH LÀO CAI                              Độc lập - Tự do - Hạnh phúc
Số:   512     /UBND-KT                  Lào Cai, ngày 3 tháng 9 năm 2025
V/v triển khai thực hiện
Nghị định số 13/2023/NĐ-CP
Kính gửi: Sở Tài chính.
Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì thực hiện./.
"""

VI_BLANK_NUMBER = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:      /QĐ-UBND        Lào Cai, ngày      tháng 4 năm 2026
QUYẾT ĐỊNH
Về việc ủy quyền cho Giám đốc Sở Công Thương
"""

VI_SUB_UNIT = """BỘ CÔNG THƯƠNG
CỤC HÓA CHẤT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/HC-QLHC        Hà Nội, ngày 12 tháng 3 năm 2025
V/v hướng dẫn quản lý tiền chất
"""

VI_HOSPITAL = """        BỘ Y TẾ                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN BẠCH MAI                    Độc lập - Tự do - Hạnh phúc
Số: 412/KH-BVBM        Hà Nội, ngày 9 tháng 5 năm 2026
KẾ HOẠCH
Giảm thời gian chờ khám
"""

VI_UNMARKED = """UY BAN NHAN DAN TINH QUANG NGAI        CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc
So: 1874/TB-UBND        Quang Ngai, ngay 08 thang 6 nam 2026
THONG BAO
Ket luan cua Chu tich UBND tinh
"""

VI_PORTAL = """Thông báo số 45/TB-VPCP về kết luận của Phó Thủ tướng tại cuộc họp
Số hiệu:    45/TB-VPCP    Loại văn bản:    Thông báo
Nơi ban hành:    Văn phòng Chính phủ    Người ký:    Nguyễn Văn A
Ngày ban hành:    14/02/2020    Ngày hiệu lực:    Đang cập nhật
"""
VI_BLANK_NUMBER_WITH_YEAR = """BỘ GIAO THÔNG VẬN TẢI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:    /2025/TT-BGTVT    Hà Nội, ngày    tháng    năm 2025
THÔNG TƯ
Quy định về đào tạo lái xe
"""

VI_SCAN_NUMBER_LINE_WITHOUT_LABEL = """BỘ CÔNG THƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC HÓA CHẤT    Độc lập - Tự do - Hạnh phúc
/QĐ-XPVPHC    Hà Nội, ngày 12 tháng 7 năm 2026
QUYẾT ĐỊNH
Xử phạt vi phạm hành chính
"""

VI_HEADLINE = """Chỉ thị 15/CT-TTg của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công
Thủ tướng yêu cầu các Bộ khẩn trương rà soát."""

EN_OFFICIAL = """THE PRIME MINISTER          SOCIALIST REPUBLIC OF VIET NAM
                                Independence - Freedom - Happiness
No. 15/CT-TTg                      Hanoi, May 20, 2024

DIRECTIVE
On accelerating the disbursement of public investment capital

The Ministry of Finance shall preside over the review.
"""

EN_ONE_LINE = """THE GOVERNMENT
SOCIALIST REPUBLIC OF VIET NAM
Independence - Freedom - Happiness
No. 28/NQ-CP
Ha Noi, March 10, 2020
RESOLUTION
"""

EN_NEWS = """Speed up digital transformation backlog
The Government Office issued Notice No. 344/TB-VPCP concluding the conference, requesting the Ministry of Finance to act.
The notice also cited Decision No. 06/QD-TTg dated January 6, 2022."""

EN_NEWS_LAST_MONTH = """Deputy PM urges faster sand supply for expressways
Hanoi (VNA) - Deputy Prime Minister Tran Hong Ha on May 21 asked ministries to speed up the licensing of sand mines.
Last month, the Prime Minister issued Official Dispatch No. 38/CD-TTg dated April 9, 2026 on the supply of materials."""

EN_WIRE_HEADER = """VNA-ENG 0614  POL/ECO  21-05-2026 14:32 ICT
SLUG: VIETNAM-EXPRESSWAYS-MATERIALS
Deputy PM orders ministries to secure sand for expressway works
Hanoi, May 21 (VNA) - The Deputy Prime Minister asked ministries to finish the inventory by June 15."""

EN_NEWS_DATELINE = """Ministries told to speed up online services
Hanoi - The Government Office issued Notice No. 212/TB-VPCP dated May 4, 2024 on the conclusions of the Deputy Prime Minister."""

EN_NEWS_CITING_ONLY = """Expressway project to start soon
The Prime Minister assigned the Ministry of Transport to follow the direction in Notice No. 93/TB-VPCP dated March 31, 2022."""


VI_DATELINE_AFTER_SUBJECT = """BỘ CÔNG THƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:    /ĐCK-CTT
V/v hướng dẫn quản lý cụm công nghiệp theo địa giới hành chính mới Hà Nội, ngày    tháng 7 năm 2025
Kính gửi: Sở Công Thương tỉnh Lào Cai
"""

EN_NEWS_PUBLISHED = """ date 2023-03-14 Photo: a working session (Source: VNA)
The Ministry of Transport is requested to finish the site clearance report before April 10."""

VI_NEWS_TIMESTAMP = """In bài viết
Thông tin chỉ đạo của Thủ tướng Chính phủ
12/10/2021 08:15
Giao Bộ Y tế hoàn thành báo cáo trước ngày 30/10."""

EN_DISPATCH_BY_CODE = """THE PRIME MINISTER                    SOCIALIST REPUBLIC OF VIET NAM
No. 97/CD-TTg                        Ha Noi, September 6, 2024

OFFICIAL DISPATCH
On responding to Typhoon Yagi
"""

EN_LETTER_WITHOUT_CODE = """MINISTRY OF FINANCE                  SOCIALIST REPUBLIC OF VIET NAM
No. 8121/BTC-TCT                     Ha Noi, August 2, 2024

OFFICIAL DISPATCH
On value-added tax refunds
"""

EN_NEWS_LONG_LINE_DATE = """Ministries told to report on the plan
The Prime Minister asked ministries to send their reports, as agreed at the meeting held on 02/03/2022
and to finish the review within the month."""


@pytest.mark.parametrize("text, language, expected", [
    (VI_TWO_COLUMN, "vi", {"number": "344/TB-VPCP", "doc_type": "notice",
                           "issued_date": D(2024, 7, 25), "place": "Hà Nội",
                           "issuer": "Văn phòng Chính phủ"}),
    (VI_PROVINCE_LETTER, "vi", {"number": "512/UBND-KT", "doc_type": "official_letter",
                                "issued_date": D(2025, 9, 3), "place": "Lào Cai",
                                "issuer": "Ủy ban nhân dân tỉnh Lào Cai"}),
    (VI_BLANK_NUMBER, "vi", {"number": None, "doc_type": "decision", "issued_date": None, "place": "Lào Cai",
                             "issuer": "Ủy ban nhân dân tỉnh Lào Cai", "published_date": None}),
    (VI_SUB_UNIT, "vi", {"number": "88/HC-QLHC", "issued_date": D(2025, 3, 12),
                         "doc_type": "official_letter"}),
    (VI_HOSPITAL, "vi", {"number": "412/KH-BVBM", "doc_type": "plan", "issuer": "BỆNH VIỆN BẠCH MAI"}),  # not its ministry
    (VI_UNMARKED, "vi", {"number": "1874/TB-UBND", "doc_type": "notice", "issued_date": D(2026, 6, 8)}),  # no marks
    (VI_PORTAL, "vi", {"number": "45/TB-VPCP", "doc_type": "notice",
                       "issued_date": D(2020, 2, 14), "issuer": "Văn phòng Chính phủ"}),
    (VI_HEADLINE, "vi", {"number": "15/CT-TTg", "doc_type": "directive",
                         "issuer": "Thủ tướng Chính phủ"}),
    (EN_OFFICIAL, "en", {"number": "15/CT-TTg", "doc_type": "directive",
                         "issued_date": D(2024, 5, 20), "place": "Hanoi",
                         "issuer": "Prime Minister"}),
    (EN_ONE_LINE, "en", {"number": "28/NQ-CP", "doc_type": "resolution",
                         "issued_date": D(2020, 3, 10), "issuer": "Government"}),
    (EN_NEWS, "en", {"number": "344/TB-VPCP", "doc_type": "notice", "issued_date": None}),
    (EN_DISPATCH_BY_CODE, "en", {"number": "97/CD-TTg", "doc_type": "dispatch"}),
    (EN_LETTER_WITHOUT_CODE, "en", {"number": "8121/BTC-TCT", "doc_type": "official_letter"}),
    (EN_NEWS_CITING_ONLY, "en", {"number": None, "issued_date": None}),
    (EN_NEWS_LAST_MONTH, "en", {"number": None, "issued_date": None}),  # an older document: a citation
    (VI_BLANK_NUMBER_WITH_YEAR, "vi", {"number": None, "doc_type": "circular", "place": "Hà Nội",
                                       "issuer": "Bộ Giao thông vận tải"}),
    (VI_SCAN_NUMBER_LINE_WITHOUT_LABEL, "vi", {"number": None, "doc_type": "decision",
                                               "issuer": "Cục Hóa chất"}),
    (EN_NEWS_DATELINE, "en", {"number": "212/TB-VPCP", "doc_type": "notice",
                              "issued_date": D(2024, 5, 4), "issuer": "Government Office"}),
    (VI_DATELINE_AFTER_SUBJECT, "vi", {"place": "Hà Nội", "issued_date": None}),
    (EN_NEWS_PUBLISHED, "en", {"issued_date": None, "published_date": D(2023, 3, 14)}),
    (EN_WIRE_HEADER, "en", {"issued_date": None, "published_date": D(2026, 5, 21)}),  # a wire's header line
    (VI_NEWS_TIMESTAMP, "vi", {"issued_date": None, "published_date": D(2021, 10, 12)}),
    (EN_NEWS_LONG_LINE_DATE, "en", {"published_date": None}),
    # a broadcast's title line: its weekday and date date the copy; a date names no body
    ("VOV1 - THỜI SỰ 18 GIỜ - THỨ BA, 20/10/2026\nBản ghi lời\n\nPhó Thủ tướng yêu cầu Bộ Xây dựng trình thẩm "
     "định.", "vi", {"issued_date": None, "published_date": D(2026, 10, 20), "issuer": None}),
    ("VTV WORLD - EVENING NEWS - TUESDAY, 20/10/2026\n\nThe Deputy Prime Minister asked ministries to report.", "en",
     {"issued_date": None, "published_date": D(2026, 10, 20), "issuer": None}),
    ("MINISTRY OF CONSTRUCTION (BỘ XÂY DỰNG)    SOCIALIST REPUBLIC OF VIET NAM\nNo. 6125/BXD-QLN    Independence - "
     "Freedom - Happiness\n", "en", {"number": "6125/BXD-QLN", "issuer": "Ministry of Construction"}),
    ("Vietnam orders checks on rice exports\n\nBy Reuters\nJanuary 5, 2027 11:42 AM GMT+7 Updated 3 hours ago\n\n"
     "HANOI, Jan 5 (Reuters) - The ministry ordered a review.", "en", {"published_date": D(2027, 1, 5)}),
    ("MINISTRY OF FINANCE\nPRESS RELEASE\n\nViet Nam and Japan hold investment dialogue\n\n"
     "Ha Noi, March 3, 2026 - On March 3, the Ministry of Finance held the fifth dialogue.", "en",
     {"doc_type": "other", "issued_date": D(2026, 3, 3), "place": "Ha Noi", "issuer": "Ministry of Finance"}),
    ("Headline of a news page\n\nSaturday, July 27, 2024 - 09:40\n\nHanoi - The Government met.", "en",
     {"place": None, "issued_date": None}),
    ("PM orders central bank to keep rates stable\n\nBy Phan Anh   November 18, 2025 | 09:12 pm GMT+7\n\n"
     "The PM asked the central bank to report before December 15.", "en",
     {"issued_date": None, "published_date": D(2025, 11, 18)}),
    ("UBND TỈNH QUẢNG NGÃI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ          Độc lập - Tự do - Hạnh phúc\n"
     "Số: 3125/SYT-NVY          Quảng Ngãi, ngày 14 tháng 10 năm 2025\n", "vi",
     {"number": "3125/SYT-NVY", "issuer": "Sở Y tế tỉnh Quảng Ngãi"}),
    ("PEOPLE'S COMMITTEE OF LAM DONG PROVINCE | SOCIALIST REPUBLIC OF VIET NAM\n"
     "No. 21/CT-UBND | Independence - Freedom - Happiness\n| Lam Dong, December 3, 2025\n\nDIRECTIVE\n", "en",
     {"number": "21/CT-UBND", "issuer": "People's Committee of Lam Dong Province"}),
    ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA\nTrang chủ | Tin tức\n\nVĂN PHÒNG CHÍNH PHỦ          CỘNG HÒA XÃ HỘI "
     "CHỦ NGHĨA VIỆT NAM\nSố: 45/TB-VPCP          Hà Nội, ngày 14 tháng 2 năm 2020\n", "vi",
     {"number": "45/TB-VPCP", "issuer": "Văn phòng Chính phủ"}),
    ("PM urges faster public investment disbursement\nThursday, November 13, 2025 - 08:15\n\n"
     "Hanoi (VNA) - Prime Minister Pham Minh Chinh on November 12 signed Official Dispatch No. 215/CD-TTg on "
     "measures to speed up disbursement.", "en",
     {"number": "215/CD-TTg", "doc_type": "dispatch", "issued_date": D(2025, 11, 12),
      "published_date": D(2025, 11, 13)}),
    ("Khánh Hòa chủ động ứng phó mưa lũ\n\n(khanhhoa.gov.vn) - Ngày 17/11/2025, Chủ tịch UBND tỉnh Khánh Hòa "
     "ký ban hành Công điện số 11/CĐ-UBND về việc ứng phó với mưa lớn.", "vi",
     {"number": "11/CĐ-UBND", "doc_type": "dispatch", "issued_date": D(2025, 11, 17),
      "issuer": "Chủ tịch UBND tỉnh Khánh Hòa"}),
    ("THƯ VIỆN PHÁP LUẬT\nTrang chủ | Văn bản\n\nTHỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Số: 38/CT-TTg | Hà Nội, ngày 22 tháng 12 năm 2025\n", "vi",
     {"number": "38/CT-TTg", "issuer": "Thủ tướng Chính phủ"}),
    # a headline's number whose date stands later in the text; a short line's due date dates no copy
    ("KH 4619/KH-BNNMT - riverbed sand - task deadlines\n\nPlan No. 4619/KH-BNNMT dated 15 December 2026 of the "
     "Ministry of Agriculture and Environment on managing riverbed sand.\n\n1. Issue guidance on the inventory\n"
     "Lead: Department of Geology and Minerals\nDue date: 2027-01-15\n", "en",
     {"number": "4619/KH-BNNMT", "doc_type": "plan", "issued_date": D(2026, 12, 15), "published_date": None}),
    ("PM orders action on air pollution\nThursday, December 4, 2025 - 10:05\n\nThe instructions were published in "
     "Notice No. 668/TB-VPCP, which the Government Office issued on December 2 after a meeting.", "en",
     {"number": "668/TB-VPCP", "doc_type": "notice", "issuer": "Government Office",
      "issued_date": D(2025, 12, 2)}),
    ("Thủ tướng yêu cầu không để ùn tắc dịp Tết\nThứ bảy, 27/12/2025, 09:42 (GMT+7)\n\nYêu cầu được nêu trong "
     "Công điện số 128/CĐ-TTg Thủ tướng ký ngày 26/12 về bảo đảm an toàn giao thông.", "vi",
     {"number": "128/CĐ-TTg", "doc_type": "dispatch", "issued_date": D(2025, 12, 26),
      "published_date": D(2025, 12, 27)}),
    ("MINISTRY OF FINANCE\tSOCIALIST REPUBLIC OF VIETNAM\nDEPARTMENT OF PUBLIC ASSET MANAGEMENT\t"
     "Independence – Freedom – Happiness\nNo.: 412/QLCS-TS\tHanoi, January 12, 2026\nRe: Reporting on surplus "
     "facilities\n", "en",
     {"number": "412/QLCS-TS", "doc_type": "official_letter", "issuer": "Department of Public Asset Management"}),
    ("BÁO LÂM ĐỒNG\nThời sự | Kinh tế\n16/04/2026 - 09:15\nChủ tịch UBND tỉnh kiểm tra các dự án\n"
     "Văn phòng UBND tỉnh Lâm Đồng vừa ban hành Thông báo số 186/TB-VP về tiến độ các dự án.", "vi",
     {"number": "186/TB-VP", "issuer": "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"}),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BHXH-CSXH\tHà Nội, ngày 5 tháng 3 "
     "năm 2026\n", "vi", {"number": "12/BHXH-CSXH", "issuer": "Bảo hiểm xã hội Việt Nam"}),
    ("Thủ tướng yêu cầu ứng phó hạn mặn\n(Chinhphu.vn) - Thủ tướng Chính phủ vừa ký Công điện số 21/CĐ-TTg "
     "ngày 12/3/2026 yêu cầu các bộ, ngành, địa phương ứng phó với hạn hán.", "vi",
     {"number": "21/CĐ-TTg", "doc_type": "dispatch", "issuer": "Thủ tướng Chính phủ",
      "issued_date": D(2026, 3, 12)}),
    ("Deputy PM urges land data clean-up\nSaturday, May 16, 2026 - 10:05\n\nHanoi (VNA) - The conclusions were "
     "announced in Notice No. 231/TB-VPCP dated May 14, 2026 of the Government Office. Decree No. 101/2024/ND-CP "
     "dated July 29, 2024 governs land data.", "en",
     {"number": "231/TB-VPCP", "doc_type": "notice", "issuer": "Government Office", "issued_date": D(2026, 5, 14)}),
    ("Bộ Giáo dục yêu cầu rà soát các khoản thu\nThứ tư, 26/8/2026, 14:05 (GMT+7)\n\nNội dung trên nằm trong Chỉ "
     "thị số 21/CT-BGDĐT ngày 24/8 về chấn chỉnh công tác thu, chi, do Bộ Giáo dục và Đào tạo ban hành.", "vi",
     {"number": "21/CT-BGDĐT", "doc_type": "directive", "issuer": "Bộ Giáo dục và Đào tạo",
      "issued_date": D(2026, 8, 24)}),
    ("Tỉnh đẩy nhanh giải ngân\nThứ hai, 10/8/2026, 08:00 (GMT+7)\n\nTheo Nghị định số 15/2022/NĐ-CP ngày "
     "28/01/2022 của Chính phủ, các địa phương phải công khai tiến độ.", "vi", {"number": None}),
    ("VnExpress International\nNews | Business\n\nWednesday, October 28, 2026 | 10:15 am GMT+7\n\nPM orders schools "
     "reopened\n\nThe instructions are in Official Dispatch No. 178/CD-TTg signed by the PM on Tuesday, October 27, "
     "2026, two days after the floods.", "en",
     {"number": "178/CD-TTg", "doc_type": "dispatch", "issuer": "Prime Minister", "issued_date": D(2026, 10, 27),
      "published_date": D(2026, 10, 28), "place": None}),
    ("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nVĂN PHÒNG\nSố: 214/TB-VPUBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Tây Ninh, ngày 14 tháng 4 năm 2026\n", "vi",
     {"number": "214/TB-VPUBND", "issuer": "Văn phòng Ủy ban nhân dân tỉnh Tây Ninh"}),
    ("SAIGON DAILY NEWS\nHome   Politics   Society\n\nPM orders checks of e-bike chargers\n\nApril 15, 2026 | 17:42\n\n"
     "Directive No. 11/CT-TTg, dated April 14, 2026, says 23 fires killed 19 people.", "en",
     {"number": "11/CT-TTg", "issuer": "Prime Minister", "issued_date": D(2026, 4, 14)}),
    ("MINH AN & PARTNERS\nHome  |  Insights  |  Contact\nEN | VI\n\nCLIENT ALERT  |  11 February 2026  |  4-minute read\n\n"
     "Directive on personal data\n\n  * On 6 February 2026, the Prime Minister issued Directive No. 05/CT-TTg on data "
     "protection.", "en",
     {"number": "05/CT-TTg", "doc_type": "directive", "issuer": "Prime Minister", "issued_date": D(2026, 2, 6),
      "published_date": D(2026, 2, 11)}),
    ("PEOPLE'S COUNCIL\nLAO CAI PROVINCE\n\nNo. 27/2026/NQ-HDND\n\nLao Cai, July 10, 2026\nRESOLUTION\n", "en",
     {"number": "27/2026/NQ-HDND", "issuer": "People's Council of Lao Cai Province", "issued_date": D(2026, 7, 10)}),
    ("THE PRIME MINISTER      SOCIALIST REPUBLIC OF VIETNAM\n No.: 196/CD-TTg\n          Hanoi, 18 December 2026\n\n"
     "OFFICIAL DISPATCH\n", "en",
     {"number": "196/CD-TTg", "issuer": "Prime Minister", "issued_date": D(2026, 12, 18), "place": "Hanoi"}),
    ("BÁO LÀO CAI\nTrang chủ   Thời sự\n\nLào Cai chủ động ứng phó rét đậm\n\nThứ Năm, 08/01/2026 - 19:25\n\n"
     "Chiều 08/1, Chủ tịch UBND tỉnh Lào Cai Vũ Đình Hưng ký ban hành Công điện số 03/CĐ-UBND về việc ứng phó "
     "với rét đậm. Trước đó, tại Văn bản số 6120/UBND-NLN ngày 22/12/2025, UBND tỉnh đã đề nghị các địa phương "
     "dự trữ rơm.", "vi",
     {"number": "03/CĐ-UBND", "doc_type": "dispatch", "issuer": "Chủ tịch UBND tỉnh Lào Cai",
      "issued_date": D(2026, 1, 8)}),
    ("TỈNH ỦY ĐỒNG NAI    ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ    Đồng Nai, ngày 05 tháng 8 năm 2026\n*\n"
     "Số 27-TB/BCĐ\n\nTHÔNG BÁO\n", "vi", {"number": "27-TB/BCĐ", "doc_type": "notice", "issued_date": D(2026, 8, 5)}),
    ("PEOPLE'S COMMITTEE\tSOCIALIST REPUBLIC OF VIETNAM\nGIA LAI PROVINCE\tIndependence - Freedom - Happiness\n"
     "No. 6214/UBND-KTTH\tGia Lai, September 8, 2026\nRe: adjusting the land price list\n", "en",
     {"number": "6214/UBND-KTTH", "issued_date": D(2026, 9, 8), "issuer": "People's Committee of Gia Lai Province"}),
    ("HANOI TIMES\nNews | Business\n\nWednesday, December 2, 2026, 18:12 (GMT+7)\n\nPM orders title backlog "
     "cleared\n\nIn Official Dispatch 206/CD-TTg signed on Tuesday, the Prime Minister said delays eroded trust.",
     "en", {"number": "206/CD-TTg", "doc_type": "dispatch", "issued_date": D(2026, 12, 1),
            "published_date": D(2026, 12, 2)}),
    # a month-first site date; a weekday with the date in brackets
    ("SAIGON DAILY\nNews | Environment\n\nTuesday, 12/15/2026, 09:40 (GMT+7)\n\nPM orders groundwater curbs\n\n"
     "In Directive No. 38/CT-TTg signed on Monday (December 14), the PM said the land is sinking.",
     "en", {"number": "38/CT-TTg", "doc_type": "directive", "issued_date": D(2026, 12, 14),
            "published_date": D(2026, 12, 15)}),
    # a press release's headline names no document; the sentence reporting the signature does
    ("MINISTRY PORTAL\nHome / News\n\nPress release: Minister approves programme for innovation centres\n\n"
     "06/01/2027 | Office of the Ministry | Print\n\nOn January 5, 2027, the Minister of Science and Technology "
     "signed Decision No. 3217/QD-BKHCN approving the Programme.", "en",
     {"number": "3217/QD-BKHCN", "doc_type": "decision", "issued_date": D(2027, 1, 5)}),
    # 'Trước đó, …' reports an older document the report cites: not the report's own
    ("BÁO ĐẮK LẮK\nThời sự > Giao thông\n\nThứ Tư, 17/03/2027, 16:25 (GMT+7)\n\nChiều 17/3, Chủ tịch UBND tỉnh kiểm "
     "tra cao tốc. Trước đó, UBND tỉnh đã ban hành Công văn số 1245/UBND-CN ngày 02/3/2027 chỉ đạo các sở.", "vi",
     {"number": None, "doc_type": None, "published_date": D(2027, 3, 17)}),
    ("LOTUS LEGAL\nInsights > Client Alerts\n\nPRODUCER RESPONSIBILITY RULES TIGHTENED\n\n8 April 2026  ·  Client "
     "Alert\n\nThe Government issued Decree No. 74/2026/ND-CP on 27 March 2026, amending the EPR rules.", "en",
     {"number": "74/2026/ND-CP", "doc_type": "decree", "issuer": "Government", "issued_date": D(2026, 3, 27)}),
    # a table's header row first names no issuer
    ("STT\tMã nhiệm vụ\tNội dung nhiệm vụ\tĐơn vị chủ trì\tHạn xử lý\n1\tNV-01\tRà soát quy hoạch.\tSở Tài chính\t"
     "31/01/2027\n", "vi", {"issuer": None, "number": None}),
    # a date before the subject with no comma after it
    ("LOTUS LEGAL\nClient Update | Energy | 25 January 2027\n\nNEW DECREE ON GRID FEES\n\nOn 18 January 2027 the "
     "Government issued Decree No. 22/2027/ND-CP on grid connection fees.", "en",
     {"number": "22/2027/ND-CP", "issuer": "Government", "issued_date": D(2027, 1, 18)}),
    ("LOTUS LEGAL\nInsights > Client Alerts\n\nLAND PRICE RULES\n\n8 April 2026  ·  Client "
     "Alert\n\nThe Government issued Decree No. 75/2026/ND-CP on land prices from 1/7/2026, amending the rules.", "en",
     {"number": "75/2026/ND-CP", "issued_date": None}),
    ("ỦY BAN NHÂN DÂN\n\nTỈNH LÀO CAI\n\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
     "Số: 214/CTr-UBND\n\nLào Cai, ngày 16 tháng 3 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n", "vi",
     {"number": "214/CTr-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai"}),
    ("CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT\nTHUỘC TÍNH\nSố/Ký hiệu: 19/2026/TT-BNNMT\n"
     "Cơ quan ban hành: Bộ Nông nghiệp và Môi trường\nNgày ban hành: 28/09/2026\n"
     "Điều 5. Cục Môi trường hướng dẫn các địa phương kết nối, truyền dữ liệu quan trắc nước thải tự động về Bộ.\n"
     "Điều 6. Sở Nông nghiệp và Môi trường kiểm tra việc truyền dữ liệu của các cơ sở trên địa bàn tỉnh.\n", "vi",
     {"number": "19/2026/TT-BNNMT", "issuer": "Bộ Nông nghiệp và Môi trường"}),
    ("Kính gửi các đồng chí lãnh đạo phòng, ban, đơn vị. Văn phòng gửi nội dung Thông báo kết luận để các đơn vị "
     "chủ động triển khai.\nỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/TB-UBND\nLào Cai, ngày 12 tháng 01 năm 2027\n",
     "vi", {"number": "12/TB-UBND", "issuer": "Ủy ban nhân dân tỉnh Lào Cai"}),
    ("TUỔI TRẺ ONLINE\nTrang chủ > Thời sự\n05/12/2026 08:30 GMT+7 - Cập nhật lúc 12:18\nTRỰC TIẾP\n"
     "Phó Thủ tướng kiểm tra giải phóng mặt bằng đường sắt tốc độ cao\n"
     "TTO - Sáng 5-12, Phó Thủ tướng kiểm tra công tác giải phóng mặt bằng dự án đường sắt tốc độ cao.\n", "vi",
     {"number": None, "issuer": None, "published_date": D(2026, 12, 5)}),
    ("                                          BAN SAO / COPY\n"
     "HO CHI MINH CITY PEOPLE'S COMMITTEE       SOCIALIST REPUBLIC OF VIETNAM\n"
     "PEOPLE'S COMMITTEE OF                     Independence - Freedom - Happiness\n"
     "CON DAO SPECIAL ZONE\n"
     "No.: 58/TB-UBND                           Con Dao, April 14, 2026\n\n                NOTICE\n", "en",
     {"number": "58/TB-UBND", "issued_date": D(2026, 4, 14),
      "issuer": "People's Committee of Con Dao Special Zone"}),
    # a post's emoji around a title line: the header under it still gives the issuer
    ("Trung tâm Truyền thông tỉnh Quảng Ninh\n\n🌀⚠️ CÔNG ĐIỆN KHẨN: ỨNG PHÓ VỚI BÃO SỐ 7 ⚠️🌀\n\n"
     "👇👇 TOÀN VĂN CÔNG ĐIỆN 👇👇\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nSố: 09/CĐ-UBND\n"
     "Quảng Ninh, ngày 21 tháng 9 năm 2026\n", "vi",
     {"number": "09/CĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Quảng Ninh"}),
    # a dateline under a firm's capitals, without number or motto, dates the alert: the decree it
    # reports is the document
    ("LOTUS & PARTNERS LAW FIRM    CLIENT ALERT\nDecree 212/2026/ND-CP: electronic labour contracts\n"
     "Hanoi, December 28, 2026\nOn December 18, 2026, the Government issued Decree No. 212/2026/ND-CP on "
     "electronic labour contracts.\nKEY DATES AT A GLANCE\n", "en",
     {"number": "212/2026/ND-CP", "doc_type": "decree", "issuer": "Government",
      "published_date": D(2026, 12, 28)}),
    # a school's notice: its capitals name an issuer the registry does not know, and it reports no document
    ("TRƯỜNG TRUNG HỌC PHỔ THÔNG NGUYỄN DU\n\nĐắk Lắk, ngày 05 tháng 3 năm 2026\n\nTHÔNG BÁO\nVề lịch thi\n", "vi",
     {"issuer": "TRƯỜNG TRUNG HỌC PHỔ THÔNG NGUYỄN DU", "issued_date": D(2026, 3, 5), "published_date": None}),
    ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH    ĐẢNG CỘNG SẢN VIỆT NAM\nTHÀNH ỦY\nSố 18-CT/TU    TP. Hồ Chí Minh, ngày 14 "
     "tháng 5 năm 2026\n\nCHỈ THỊ\nvề trật tự an toàn giao thông\n", "vi",
     {"number": "18-CT/TU", "issuer": "Thành ủy Hồ Chí Minh"}),
    ("DỰ THẢO 2 (15/6/2026)\nTHỦ TƯỚNG CHÍNH PHỦ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:      /CT-TTg\n\n"
     "CHỈ THỊ\nVề tiêm chủng mở rộng\n", "vi", {"issuer": "Thủ tướng Chính phủ", "doc_type": "directive"}),
    ("Exporters get a CBAM roadmap\nOctober 8, 2026\n\nPrime Minister Pham Minh Chinh signed Directive No. "
     "27/CT-TTg on October 6, 2026 on the carbon border adjustment mechanism.\n", "en",
     {"number": "27/CT-TTg", "issuer": "Prime Minister"}),
    # an English translation's own number after its type, alone on its line; a headline's is no number line
    ("NATIONAL ASSEMBLY STANDING COMMITTEE\nResolution No. 1192/NQ-UBTVQH16\nHa Noi, November 18, 2026\n\n"
     "RESOLUTION\nOn thematic supervision\n", "en", {"number": "1192/NQ-UBTVQH16", "doc_type": "resolution"}),
    ("MINISTRY OF FINANCE\nDecision No. 12/QD-BTC: the Ministry approves the fees\nHa Noi, November 18, 2026\n", "en",
     {"number": None}),
    # before its title after a colon, a slide's number line
    ("Official Dispatch No. 251/CD-TTg: Responding to Floods in the Central Highlands\nPrime Minister    Ha Noi, 27 "
     "November 2026\n", "en", {"number": "251/CD-TTg", "doc_type": "dispatch", "issuer": "Prime Minister"}),
    # a newspaper page: its folio dates it, a wrapped body line opening with a cited number is no number
    # line, and the report's issuer is its document's symbol's, not the paper's or its section's
    ("VIET NAM NEWS    Thursday, March 11, 2027    Page 3\nVIỆT NAM NEWS\nECONOMY & BUSINESS\n"
     "PM urges faster disbursement\nHÀ NỘI - The Prime Minister has asked ministries to disburse more, according "
     "to Directive No. 12/CT-TTg dated March 9, 2027.\nThe directive follows the Law on Public Investment and Decree\n"
     "No. 85/2025/ND-CP, which allow capital to be moved.\n", "en",
     {"number": "12/CT-TTg", "doc_type": "directive", "issuer": "Prime Minister", "issued_date": D(2027, 3, 9)}),
    # minutes: a title wrapped after 'OF THE' names no issuer
    ("MINUTES OF THE FOURTH MEETING OF THE\nPROJECT STEERING COMMITTEE\n\nTime: 08:30, 16 July 2026\n", "en",
     {"doc_type": "other", "issuer": None}),
    # 'Chiều nay' (this afternoon) opens the report's sentence: no part of the issuer
    ("VTV\nThời sự 19h\n\nChiều nay, Thủ tướng Chính phủ đã ký Công điện số 128/CĐ-TTg về việc ứng phó với bão số 13.",
     "vi", {"number": "128/CĐ-TTg", "doc_type": "dispatch", "issuer": "Thủ tướng Chính phủ"}),
    # a headline naming the issuer and the addressee: the issuer ends before 'gửi'
    ("Nhiệm vụ theo Công văn 7342/BNNMT-TL\n\nCông văn số 7342/BNNMT-TL ngày 20/11/2026 của Bộ Nông nghiệp và Môi "
     "trường gửi Ủy ban nhân dân tỉnh Cà Mau về việc phòng, chống hạn hán.",
     "vi", {"number": "7342/BNNMT-TL", "issuer": "Bộ Nông nghiệp và Môi trường"}),
    # an appendix sent on its own: the document it is attached to
    ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM\n\nDANH MỤC NHIỆM VỤ GIAO CÁC ĐƠN VỊ\n\n(Kèm theo Thông báo số 3875/TB-EVNSPC "
     "ngày 18/12/2026 của Tổng công ty Điện lực miền Nam)\n\nSTT    Nội dung    Chủ trì    Thời hạn",
     "vi", {"number": "3875/TB-EVNSPC", "doc_type": "notice", "issued_date": D(2026, 12, 18)}),
    # an appendix's title citing what it implements over the line naming the plan it is attached to
    ("BỘ Y TẾ\nPHỤ LỤC PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT SỐ 72-NQ/TW NGÀY 09/9/2025 CỦA BỘ CHÍNH TRỊ\n"
     "(Kèm theo Kế hoạch số 1894/KH-BYT ngày 24/11/2026 của Bộ Y tế)\n\nSTT    Nội dung    Chủ trì    Thời hạn",
     "vi", {"number": "1894/KH-BYT", "doc_type": "plan", "issued_date": D(2026, 11, 24)}),
    # a matrix's label cells; a dated document of no type the grammar names is "other"
    ("MEKONG DRAINAGE PROJECT - WRAP-UP MISSION\n\nMatrix of Agreed Actions\n\n"
     "Prepared by: JICA Vietnam Office    Date: 27 November 2026\n\nNo.    Action    Responsible    Due",
     "en", {"issuer": "JICA Vietnam Office", "issued_date": D(2026, 11, 27), "doc_type": "other", "number": None}),
    # an e-mail's Date line above a report of a decision: the decision's date, not the e-mail's
    ("From: Policy Desk <desk@example.vn>\nSubject: Brief #41\nDate: Fri, 9 Oct 2026 07:30 +0700\n\n"
     "On October 2, 2026, the Prime Minister signed Decision No. 2107/QD-TTg on business conditions.",
     "en", {"number": "2107/QD-TTg", "doc_type": "decision", "issued_date": D(2026, 10, 2)}),
    # a document the report's events follow or apply, and one listed with it, is cited: the report has no number
    ("Policy digest\nDecember 18, 2026\n\nPM sets deadlines at Government meeting\nHA NOI - The PM chaired a meeting "
     "on Thursday. The meeting followed Resolution No. 329/NQ-CP dated 30 November 2026 on the regular meeting and "
     "Directive No. 28/CT-TTg dated 3 December 2026 on e-commerce tax.", "en", {"number": None, "issued_date": None}),
    ("Flood housing\nOctober 22, 2026\n\nVND1.2 trillion was allocated to the six provinces under Decision No. "
     "2264/QD-TTg dated October 3, 2026, but only 38 per cent has been spent.", "en", {"number": None}),
    ("Agreed actions\n26 February 2027\n\nReference: Decree No. 242/2025/ND-CP dated 17 September 2025; Notice No. "
     "71/TB-VPCP dated 11 February 2027 of the Government Office.", "en", {"number": None}),
    # a task tracker names the document whose tasks it holds: its metadata (the board's own title is no type)
    ("KẾ HOẠCH: Theo dõi kết luận giao ban\nMô tả kế hoạch: Theo dõi thực hiện Thông báo số 15/TB-UBND ngày "
     "08/01/2027 của Ủy ban nhân dân tỉnh Lào Cai.\n\n[ ] 1.1 Ban hành Công văn số 20/SXD-KCHT đôn đốc các xã",
     "vi", {"number": "15/TB-UBND", "doc_type": "notice", "issued_date": D(2027, 1, 8)}),
    ("Smartsheet    Printed 02/03/27\nSheet Summary\n  Source document:   Decision No. 91/QD-BCT dated 08 January "
     "2027 of the Minister of Industry and Trade\n  Issued by:   Ministry of Industry and Trade (MOIT)",
     "en", {"number": "91/QD-BCT", "doc_type": "decision", "issued_date": D(2027, 1, 8),
            "issuer": "Ministry of Industry and Trade"}),
    # a thread's or a video's title names its document in the middle, its date in brackets or in the text
    ("jump to content\nVietnamBizExpats comments\n\n[Regulation] PM Directive 03/CT-TTg (29 Jan 2027) on work permits "
     "for foreigners – the task list (self.VietnamBizExpats)\nsubmitted 18 hours ago by payroll_guy\n\nOur team "
     "translated it over Tet.\n1. The Ministry of Home Affairs shall issue a list of occupations before 31 March 2027.",
     "en", {"number": "03/CT-TTg", "doc_type": "directive", "issued_date": D(2027, 1, 29), "issuer": "Prime Minister"}),
    ("Skip navigation\nSearch\n\nAvatar image\n\nViet Nam's financial centre: who does what in 2027 | Notice "
     "28/TB-VPCP explained\n\nLexMekong Law 4.12K subscribers\n\nNotice No. 28/TB-VPCP dated 20 January 2027 of the "
     "Government Office conveys the conclusions of the Prime Minister.", "en",
     {"number": "28/TB-VPCP", "doc_type": "notice", "issued_date": D(2027, 1, 20), "issuer": "Government Office"}),
    # … unless the text reports the issue of another: the headline's is what that one implements
    ("Implementing Resolution 57/NQ-TW: a plan for the ministry\n\nOn 5 January 2027 the Ministry of Science and "
     "Technology issued Plan No. 12/KH-BKHCN on digital transformation.", "en", {"number": "12/KH-BKHCN"}),
    # a page's post: the office's long Vietnamese name before 'ban hành' is its issuer (a word is a syllable)
    ("Báo An Giang\nĐã xác minh 22 tháng 1 lúc 19:45\n\n🚧 QUỐC LỘ 91: SỬA XONG TRƯỚC TẾT\nNgày 21/01/2027, Văn "
     "phòng Ủy ban nhân dân tỉnh An Giang ban hành Thông báo số 85/TB-VPUBND kết luận của Chủ tịch UBND tỉnh.", "vi",
     {"number": "85/TB-VPUBND", "doc_type": "notice", "issued_date": D(2027, 1, 21),
      "issuer": "Văn phòng Ủy ban nhân dân tỉnh An Giang"}),
    # a record's title names the body that met: its issuer (the heading under the title is none)
    ("SUMMARY RECORD\nOF THE FOURTH MEETING OF THE NATIONAL STEERING COMMITTEE ON TRADE FACILITATION\nHa Noi, Viet "
     "Nam, 14 January 2027\nINTRODUCTION\n1. The Meeting was held in Ha Noi.", "en",
     {"issuer": "National Steering Committee on Trade Facilitation", "issued_date": D(2027, 1, 14)}),
    ("BIÊN BẢN\nCUỘC HỌP CỦA BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH\nHôm nay, ngày 14/01/2027, tại Sở Khoa học và Công nghệ.",
     "vi", {"issuer": "Ban Chỉ đạo chuyển đổi số tỉnh"}),
    # an alert's identifier holds no date (not 25 November of the year 412) and names no issuer
    ("VN-DDMNDP-2026-11-25-0412\nStorm No. 16: seven provinces to move residents out of unsafe homes\n\n"
     "Provinces must finish the evacuation by 17:00 on 26 November.", "en",
     {"issuer": None, "published_date": None, "issued_date": None}),
    # a report that never says who issued its document, then calls it 'the directive': its own document
    # is the first one it names ('Decree No. 88/2019/ND-CP' comes later, as the basis)
    ("Vietnam tells exporters to register coffee farms before the EU rules apply\n\nHANOI, March 3 - "
     "The directive, No. 07/CT-TTg dated February 27, 2027, gives ministries a month to act.\n\nUnder the "
     "directive, the Ministry of Agriculture and Environment must map every coffee farm by June. Fines "
     "follow Decree No. 88/2019/ND-CP, the directive said.", "en",
     {"number": "07/CT-TTg", "doc_type": "directive", "issuer": "Prime Minister"}),
    # … but not when a later document is the one it goes on naming, nor in a record with a type of its own
    ("Exporters ask for more time\n\nThe rules of Decree No. 88/2019/ND-CP still apply. The new directive "
     "No. 07/CT-TTg adds duties. Under the directive, farms must register; the directive gives a month.", "en",
     {"number": None}),
    ("MINUTES OF THE WORKING SESSION\n\nThe session reviewed Decision No. 412/QD-BCT. The decision sets the "
     "targets and the decision names the lead units.", "en", {"number": None, "doc_type": "other"}),
], ids=["vi-two-column", "vi-province-letter", "vi-blank-number", "vi-sub-unit", "vi-hospital-under-its-ministry", "vi-typed-without-marks", "vi-portal",
        "vi-headline", "en-official", "en-one-per-line", "en-news-issued", "en-dispatch-by-code",
        "en-generic-title-without-code", "en-news-citing-only", "en-news-last-month-is-background",
        "vi-blank-number-with-year", "vi-scan-number-line-without-label", "en-news-dateline",
        "vi-dateline-after-subject", "en-news-published", "en-wire-header-date", "vi-news-timestamp", "en-news-long-line-date",
        "vi-broadcast-title-line-weekday-date", "en-broadcast-title-line-weekday-date", "en-native-name-after-the-issuer", "en-wire-byline-updated-hours-ago",
        "en-press-release-dash-dateline", "en-news-timestamp-is-no-dateline", "en-news-byline-date",
        "vi-department-under-its-province", "en-committee-as-written", "vi-portal-masthead-is-no-issuer",
        "en-news-signed-dispatch-year-less", "vi-news-signed-dispatch", "vi-legal-portal-masthead", "en-own-number-dated-later-due-date-no-copy-date",
        "en-news-notice-which-x-issued", "vi-news-dispatch-x-signed", "en-re-letter-of-a-department",
        "vi-newspaper-masthead-is-no-issuer", "vi-insurance-is-no-masthead", "vi-news-headline-joined-to-lead",
        "en-news-announced-in-notice-dated", "vi-news-directive-dated-issued-by", "vi-news-cites-an-old-decree-only",
        "en-news-weekday-date-line-signed-by-the-pm", "vi-office-under-its-committee",
        "en-news-masthead-ending-in-news", "en-law-firm-alert-bullet-and-day-month-dates",
        "en-council-over-its-province", "en-british-dateline", "vi-news-chairman-named-signs-at-afternoon",
        "vi-party-number-without-colon", "en-tab-joined-header", "en-news-dispatch-signed-on-a-weekday",
        "en-news-month-first-date-and-bracketed-signing-day", "en-press-release-reports-the-signature",
        "vi-news-earlier-document-is-cited",
        "en-law-firm-decree-issued-on-a-date", "vi-table-header-row-is-no-issuer",
        "en-law-firm-date-before-the-subject-without-comma",
        "en-law-firm-decree-on-a-subject-with-a-date",
        "vi-header-lines-set-apart-by-blank-lines", "vi-portal-label-and-value-in-one-cell",
        "vi-forwarding-words-above-the-header", "vi-live-blog-online-masthead-updated-time",
        "en-copy-stamp-and-a-committee-under-its-city", "vi-post-emoji-around-a-title-line",
        "en-law-firm-alert-dateline-without-header", "vi-school-notice-without-number",
        "vi-city-party-committee-under-its-party-organisation", "vi-draft-mark-is-no-issuer",
        "en-news-office-without-its-holder", "en-typed-number-line", "en-typed-number-in-a-headline", "en-typed-number-before-a-title",
        "en-newspaper-page-folio-wrapped-number-symbol-issuer", "en-minutes-title-wrapped-after-of-the",
        "vi-news-this-afternoon-before-the-issuer", "vi-headline-issuer-before-its-addressee",
        "vi-appendix-attached-to-a-notice", "vi-appendix-title-citing-what-it-implements",
        "en-matrix-prepared-by-and-date-cells", "en-email-date-line-above-a-reported-decision",
        "en-news-meeting-followed-a-resolution-and-a-directive", "en-news-money-allocated-under-a-decision",
        "en-reference-label-before-a-list", "vi-planner-board-tracking-a-notice",
        "en-smartsheet-source-document", "en-forum-thread-title-bracketed-date", "en-video-title-then-dated-in-text",
        "en-headline-names-what-the-reported-document-implements", "vi-post-long-office-name-issued", "en-record-title-names-the-body-that-met",
        "vi-minutes-title-names-the-body-that-met", "en-alert-identifier-is-no-date-or-issuer",
        "en-report-names-its-directive-again", "en-report-names-an-older-decree-first",
        "en-minutes-naming-a-decision-again"])
def test_header(text, language, expected):
    meta = extract_metadata(normalize(text).text, language)
    for field, value in expected.items():
        got = getattr(meta, field)
        if field == "issuer" and value is not None:
            assert got is not None and got.lower().removeprefix("the ") == value.lower(), field
        else:
            assert got == value, field


def test_an_email_is_dated_by_its_sending_only_when_the_text_states_no_date():
    plain = "Dear colleagues,\n\n1. The Finance Division is to compile the list by the 15th of each month."
    assert extract_metadata(plain, "en", sent=D(2026, 12, 1)).issued_date == D(2026, 12, 1)
    dated = "MINISTRY OF FINANCE\nNo. 12/BTC-KH\nHanoi, November 2, 2026\n\n" + plain
    assert extract_metadata(normalize(dated).text, "en", sent=D(2026, 12, 1)).issued_date == D(2026, 11, 2)


def test_signer_and_recipients():
    meta = extract_metadata(normalize(VI_TWO_COLUMN).text, "vi")
    assert meta.signer is not None
    assert meta.signer.name == "Trần Lưu Quang"
    assert meta.signer.position.startswith("KT. THỦ TƯỚNG")
    assert "PHÓ THỦ TƯỚNG" in meta.signer.position
    assert meta.recipients[:2] == ["Thủ tướng, các Phó Thủ tướng", "Các Bộ, cơ quan ngang Bộ"]


def test_signer_before_a_long_appendix():
    cards = "".join(f"Phiếu số {i:02d}\nĐơn vị chủ trì: Sở Xây dựng\nNội dung: Kiểm tra công trình số {i}\n"
                    f"Thời hạn: 30/12/2026\n\n" for i in range(1, 16))
    text = (VI_TWO_COLUMN.rstrip() + "\n\nPHỤ LỤC\n(Kèm theo Thông báo số 12/TB-VPCP)\n\n" + cards)
    meta = extract_metadata(normalize(text).text, "vi")
    assert meta.signer is not None and meta.signer.name == "Trần Lưu Quang"


def test_subject():
    meta = extract_metadata(normalize(VI_TWO_COLUMN).text, "vi")
    assert meta.subject.startswith("Kết luận của Thủ tướng Chính phủ")
    letter = extract_metadata(normalize(VI_PROVINCE_LETTER).text, "vi")
    assert letter.subject == "triển khai thực hiện Nghị định số 13/2023/NĐ-CP"


@pytest.mark.parametrize("text, language, end", [
    (EN_NEWS_PUBLISHED, "en", D(2023, 4, 10)),
    (VI_NEWS_TIMESTAMP, "vi", D(2021, 10, 30)),
], ids=["en-news", "vi-news"])
def test_year_less_deadlines_of_a_report_take_its_publication_year(text, language, end):
    (task,) = parse(text, language=language).tasks
    assert task.deadline is not None and task.deadline.end == end


def test_a_report_anchors_no_relative_deadline_at_its_publication_date():
    # "within 30 days" counts from the notice's own date, which a report without it does not give
    text = ("PM urges faster disbursement\nThursday, November 13, 2025 - 08:15\n\n"
            "The Prime Minister asked the Ministry of Finance to review the plan before November 25. "
            "He asked the Ministry of Construction to report within 30 days.")
    deadlines = {task.assignees[0].name: task.deadline for task in parse(text, language="en").tasks}
    assert deadlines["the Ministry of Finance"].end == D(2025, 11, 25)
    assert deadlines["the Ministry of Construction"].granularity == "relative"
    assert deadlines["the Ministry of Construction"].end is None
