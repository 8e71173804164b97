"""Normalization: each fault repaired, and every span maps back to the source."""
from __future__ import annotations

import bisect
import re
import unicodedata

import pytest

from notice_parser.normalize import _rules, _stacked_rows, MappedText, normalize


@pytest.mark.parametrize("source, expected", [
    # NFD input composes to NFC
    (unicodedata.normalize("NFD", "Bộ Tài chính"), "Bộ Tài chính"),
    # a mark typed twice (NFC leaves the second one standing alone); a mark on a letter without it stays
    ("Đẩy ma\u0323\u0323nh thư\u0323\u031b\u031bc hiện giao tho\u0302\u0302ng", "Đẩy mạnh thực hiện giao thông"),
    ("x\u0301", "x\u0301"),
    # a footnote's mark after a word is out of the sentence; a unit's power stays
    ("khảo sát vào quý I/2027⁵; Quyết định số 1313/QĐ-BYT¹ của Bộ; 100 m² đất, 5 km² rừng",
     "khảo sát vào quý I/2027; Quyết định số 1313/QĐ-BYT của Bộ; 100 m² đất, 5 km² rừng"),
    # the Ƣ/ƣ glyph fault
    ("BỘ CÔNG THƢƠNG hƣớng dẫn", "BỘ CÔNG THƯƠNG hướng dẫn"),
    # Icelandic eth for Đ/đ and fraction or division slashes in document numbers
    ("ÐỀ NGHỊ ðồng chí ký Quyết định số 12⁄QĐ-UBND, 7∕CT-TTg", "ĐỀ NGHỊ đồng chí ký Quyết định số 12/QĐ-UBND, 7/CT-TTg"),
    # Windows line endings
    ("Dòng một.\r\nDòng hai.", "Dòng một.\nDòng hai."),
    # a number broken over two lines
    ("theo Chỉ thị số 11-\nCT/TU của Tỉnh ủy.", "theo Chỉ thị số 11-CT/TU của Tỉnh ủy."),
    ("Công văn số 1234/\nBTC-NSNN ngày 2/3/2024.", "Công văn số 1234/BTC-NSNN ngày 2/3/2024."),
    # hard-wrapped paragraph joined, list items kept apart
    ("1. Bộ Tài chính chủ trì, phối hợp với\nBộ Tư pháp xây dựng dự thảo;\n2. Bộ Nội vụ báo cáo.",
     "1. Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp xây dựng dự thảo;\n2. Bộ Nội vụ báo cáo."),
    # a line ending in ';' continues when the next starts in lower case
    ("a) rà soát quy định;\nđồng thời báo cáo.", "a) rà soát quy định; đồng thời báo cáo."),
    # a record's fields stay a line each; a wrapped line whose words hold a sentence's stop is no field
    ("Lead: Department of Science and Technology\nCoordinating units: Department of Finance\nTask: build the data platform",
     "Lead: Department of Science and Technology\nCoordinating units: Department of Finance\nTask: build the data platform"),
    ("Chair and spokesperson: Minister, Chairman of the Government Office Tran Quoc\n"
     "Hung. Also answering: Deputy Minister of Finance Vu Thi Lan Anh, Deputy\nMinister of Construction",
     "Chair and spokesperson: Minister, Chairman of the Government Office Tran Quoc "
     "Hung. Also answering: Deputy Minister of Finance Vu Thi Lan Anh, Deputy Minister of Construction"),
    # word-segmentation underscores
    ("Quyết_định của Thủ_tướng Chính_phủ về việc thành_lập Ban Chỉ_đạo",
     "Quyết định của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo"),
    # portal boilerplate lines dropped
    # a browser print's page head and foot, a tag line, an action bar: furniture
    ("18:42 18/03/2027 Chủ tịch UBND tỉnh kiểm tra cao tốc - Báo Đắk Lắk\nSở Xây dựng báo cáo.\n\n"
     "Từ khóa: cao tốc, giải phóng mặt bằng\nTags: groundwater, Mekong Delta\nShare | Comment (42) | Print\n"
     "https://baodaklak.vn/kinh-te/202703/chu-tich-9f2c41b/                2/2",
     "Sở Xây dựng báo cáo."),
    ("In bài viết\nThủ tướng yêu cầu Bộ Công Thương báo cáo.\nTags:",
     "Thủ tướng yêu cầu Bộ Công Thương báo cáo."),
    # a review copy's line numbers in the margin go (numbered items keep their '1.'); a few numbered
    # lines are no margin
    ("".join(f"{n:>3}  {line}\n" for n, line in enumerate(
        ["DECREE", "1. The Ministry of Finance shall guide the", "use of funds.", "2. The Ministry of",
         "Construction shall inspect the", "implementation.", "Article 3. Effect", "This Decree takes",
         "effect from the", "date of its signing."], 1)),
     "DECREE\n1. The Ministry of Finance shall guide the use of funds.\n2. The Ministry of Construction shall "
     "inspect the implementation.\nArticle 3. Effect\nThis Decree takes effect from the date of its signing."),
    # a row's dot leaders between its texts are a column gap, and its wrapped lines join; a form's blank stays
    ("1. Hoàn chỉnh hồ sơ ............ Ban Quản lý dự án ............\n30/9/2026\nHọ tên: ..........",
     "1. Hoàn chỉnh hồ sơ    Ban Quản lý dự án    30/9/2026\nHọ tên: .........."),
    # a compound wrapped before its dash in lower case ('kinh tế' / '- xã hội') is one line; 'Về văn hóa' /
    # '- Xã hội hóa …' stay a heading and its item
    ("phát triển kinh tế\n- xã hội năm 2027.\nVề văn hóa\n- Xã hội hóa các hoạt động.",
     "phát triển kinh tế - xã hội năm 2027.\nVề văn hóa\n- Xã hội hóa các hoạt động."),
    # a table under a rule of dash segments (pandoc's plain table): its cells cut where the segments start
    ("  TT   Nhiệm vụ            Đơn vị chủ trì   Thời hạn\n  --   -----------------   --------------   --------\n"
     "  1    Cấp thẻ cho học sinh Sở Giáo dục      Quý IV/2027\n  --   -----------------   --------------   --------",
     "TT    Nhiệm vụ    Đơn vị chủ trì    Thời hạn\n--\n1    Cấp thẻ cho học sinh    Sở Giáo dục    Quý IV/2027\n--"),
    # reStructuredText's simple table ruled with '=': the same; a cell that fills its column up to the next's
    # start is cut there, an empty cell is read as one
    ("STT  Nhiệm vụ              Chủ trì        Thời hạn            Sản phẩm\n"
     "===  ====================  =============  ==================  ========\n"
     "1    Công bố thủ tục mới   Văn phòng Bộ   Ngay khi có hiệu lựcQuyết định\n"
     "2    Tập huấn Nghị định    Cục Đổi mới                        Tài liệu\n"
     "3    Rà soát các thông tư  Vụ Pháp chế    Tháng 12/2026       Báo cáo\n"
     "===  ====================  =============  ==================  ========",
     "STT    Nhiệm vụ    Chủ trì    Thời hạn    Sản phẩm\n1    Công bố thủ tục mới    Văn phòng Bộ    Ngay khi có "
     "hiệu lực    Quyết định\n2    Tập huấn Nghị định    Cục Đổi mới    —    Tài liệu\n3    Rà soát các thông tư    "
     "Vụ Pháp chế    Tháng 12/2026    Báo cáo"),
    # ... but a rule under a two-column header cuts nothing
    ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI\n---------------      ---------------\nTỈNH PHÚ THỌ        Độc lập",
     "ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI\n\nTỈNH PHÚ THỌ    Độc lập"),
    # a Google Docs export's comments: the marks in the text and the list at its end out
    ("The Commission[e] shall compile a handbook before June 30, 2026[c].\n- Archives.\n\n[a]Nguyen Thi Hoa: keep it?\n"
     "_Marked as resolved_\n[c]Tran Minh Duc: checked.", "The Commission shall compile a handbook before June 30, 2026.\n"
     "- Archives."),
    # a web form folded the line breaks into ' | ': a long line of such separators is lines again; a table row is not
    (" | ".join(f"{n}. Sở Tài chính hướng dẫn các địa phương thực hiện nội dung số {n} của kế hoạch." for n in range(1, 14)),
     "\n".join(f"{n}. Sở Tài chính hướng dẫn các địa phương thực hiện nội dung số {n} của kế hoạch." for n in range(1, 14))),
    # a fax's transmission line atop each page
    ("OCT-20-2026 08:47  FROM:VAN PHONG CHINH PHU  +84 24 3804 4130    TO:+84 236 3821 906    P.001/003\n"
     "THE PRIME MINISTER\nFROM : VP UBND TINH QUANG TRI     FAX NO. : 0232 3822 415     Jun. 18 2026 03:47PM   P1\n"
     "No. 31/CT-TTg", "THE PRIME MINISTER\nNo. 31/CT-TTg"),
    # ... numbers set off by one space (a short line's by more), under an unnumbered line, past a page's footer
    # and its form feed; a list numbered '1 Sở …' with one space throughout keeps its numbers
    ("".join(f"{n} Sở Ngành {n} hoàn thành báo cáo.\n" for n in range(1, 13)),
     "".join(f"{n} Sở Ngành {n} hoàn thành báo cáo.\n" for n in range(1, 13)).strip()),
    ("Record copy\n" + "".join(f"{n}{'    ' if n == 1 else ' '}{line}\n" for n, line in enumerate(
        ["JOINT STATEMENT", "1. MAE will submit the list of", "2027 projects to AFD.", "2. AFD will inform", "MAE of",
         "the result.", "3. The two sides agreed to", "meet again in", "2027."], 1)) + "Page 1 of 2\f10 Signed in Can Tho.",
     "Record copy\nJOINT STATEMENT\n1. MAE will submit the list of 2027 projects to AFD.\n2. AFD will inform MAE of the "
     "result.\n3. The two sides agreed to meet again in 2027.\nSigned in Can Tho."),
    ("1  Sở Y tế    báo cáo\n2  Sở Tài chính    thẩm định\nGhi chú.", "1 Sở Y tế    báo cáo\n2 Sở Tài chính    thẩm định\nGhi chú."),
    # an article's title line ends its paragraph before the capitalised line under it
    ("Article 26. Responsibilities of provincial People's Committees\nPeople's Committees of provinces shall "
     "approve the plans.", "Article 26. Responsibilities of provincial People's Committees\nPeople's Committees "
     "of provinces shall approve the plans."),
    # an ASCII grid: its borders are the rules of its rows, an empty cell keeps its column
    ("+----+--------+------+\n| No | Action | Lead |\n+====+========+======+\n| 1  | Issue  | MAE  |\n|    | rules  |"
     "      |\n+----+--------+------+\n| 2  | Pay    |      |\n+----+--------+------+\n",
     "No    Action    Lead\n1    Issue rules    MAE\n\n2    Pay    —"),
    # a breadcrumb ('Trang chủ > Văn bản > Chi tiết') is navigation; one '>' in a sentence is content
    ("Trang chủ  >  Văn bản đến  >  Chi tiết\nHome » Policies » Directions\nSở Y tế báo cáo (số ca > 100).",
     "Sở Y tế báo cáo (số ca > 100)."),
    ("Số ca mắc > 100 và số ca nặng > 20.\nSở Y tế báo cáo.", "Số ca mắc > 100 và số ca nặng > 20.\nSở Y tế báo cáo."),
    # portal furniture: a download link, a link glyph before a dated title, the bulleted links under a
    # related-articles heading; a dated item of the document's own list is content
    ("Bộ Nội vụ thông báo để biết.\nTải về: 12-TB-BNV.pdf (214 KB)\n» Quyết định số 95/QĐ-BNV ban hành "
     "Chương trình công tác năm 2026 (14/01/2026)\nTIN LIÊN QUAN\n- Triển khai Nghị quyết 68-NQ/TW: doanh "
     "nghiệp hưởng lợi gì? (27/10/2026)\n- Quốc hội thảo luận Luật Nhà ở (28/10/2026)\n\n"
     "- Sở Tài chính tổng hợp, báo cáo UBND tỉnh (30/6/2025)",
     "Bộ Nội vụ thông báo để biết.\n\n- Sở Tài chính tổng hợp, báo cáo UBND tỉnh (30/6/2025)"),
    # a firm's sidebar of its other insights: link headlines, one of them reads as an order
    ("MOF shall report by March.\n\nRELATED INSIGHTS\n▸ US tariffs one year on: where exporters stand\n▸ MOIT "
     "tightens C/O checks: exporters must re-submit declarations by Q1\nView all insights →\n\nMOH shall act.",
     "MOF shall report by March.\n\nMOH shall act."),
    # a running page footer with an address and a telephone number dropped; said once (a contact, a
    # table row with a telephone column), such a line is content
    ("đoạn một.\nCục Phòng bệnh - Bộ Y tế | 138A Giảng Võ, Hà Nội | ĐT: 024.3736.8403\nđoạn hai.\n"
     "Cục Phòng bệnh - Bộ Y tế | 138A Giảng Võ, Hà Nội | ĐT: 024.3736.8403", "đoạn một.\nđoạn hai."),
    ("đoạn một.\nĐịa chỉ: 8 Tôn Thất Thuyết; ĐT: (024) 3736 8403\nđoạn hai.\nĐịa chỉ: 8 Tôn Thất Thuyết; ĐT: "
     "(024) 3736 8403", "đoạn một.\nđoạn hai."),
    ("| 1 | Sở Y tế | Kiểm tra an toàn thực phẩm | ĐT: 0912 345 678 |",
     "1    Sở Y tế    Kiểm tra an toàn thực phẩm    ĐT: 0912 345 678"),
    ("Mọi vướng mắc liên hệ đồng chí Nguyễn Văn An, ĐT: 0912 345 678.",
     "Mọi vướng mắc liên hệ đồng chí Nguyễn Văn An, ĐT: 0912 345 678."),
    # a dateline ends its paragraph even before a capitalised line of a short text
    ("Hà Nội, ngày 25 tháng 7 năm 2024\nCục Phòng bệnh có trách nhiệm:",
     "Hà Nội, ngày 25 tháng 7 năm 2024\nCục Phòng bệnh có trách nhiệm:"),
    ("Hanoi, July 25, 2024\nThe Ministry of Health shall:", "Hanoi, July 25, 2024\nThe Ministry of Health shall:"),
    # an HTML line break left in a copied text: a space in a table row, a line break elsewhere
    ("| 3 | Trung tâm Khảo thí<br>chất lượng đào tạo | Thí điểm |", "3    Trung tâm Khảo thí chất lượng đào tạo    Thí điểm"),
    # ... and a '; ' between a cell's items
    ("| MOF | Issue a circular on parks<br>Put the system into operation |",
     "MOF    Issue a circular on parks; Put the system into operation"),
    ("Đoạn một kết thúc.<br/>Đoạn hai bắt đầu.", "Đoạn một kết thúc.\nĐoạn hai bắt đầu."),
    # a Markdown copy: escapes read as what they escape, a rule of underscores under a header cell dropped
    ("| ĐẠI HỌC QUỐC GIA<br>THÀNH PHỐ HỒ CHÍ MINH<br>\\_\\_\\_\\_ | CỘNG HÒA |",
     "ĐẠI HỌC QUỐC GIA THÀNH PHỐ HỒ CHÍ MINH    CỘNG HÒA"),
    ("2\\. Giao Sở Y tế rà soát \\(đợt 1\\).", "2. Giao Sở Y tế rà soát (đợt 1)."),
    # a tab inside a line of two cells sets columns apart (a two-column header), not after a label
    ("No. 6214/UBND-KTTH\tGia Lai, September 8, 2026", "No. 6214/UBND-KTTH    Gia Lai, September 8, 2026"),
    # a spreadsheet's export: quoted cells over several lines, doubled quotes; CSV records' commas are cells'
    ('STT\tNhiệm vụ\tChủ trì\r\n1\t"Xây dựng cơ sở\ndữ liệu ""mở"""\t"Cục Thông tin,\nThống kê"\r\n',
     'STT    Nhiệm vụ    Chủ trì\n1    Xây dựng cơ sở dữ liệu "mở"    Cục Thông tin, Thống kê'),
    ('"No.","Reply","Unit"\n"1","The Customs Department shall\nreview the criteria.","Customs Department"\n',
     "No.    Reply    Unit\n1    The Customs Department shall review the criteria.    Customs Department"),
    # a tracker's export: a header line of unquoted names, an empty cell left unquoted
    ('Key,Summary,Owner,Coordinating,Due\nA-1,"Submit the plan","PMU",,"by 31 December"\n'
     'A-2,"Review the design","VRA","PMU","by 20 February 2027"\n',
     "Key    Summary    Owner    Coordinating    Due\nA-1    Submit the plan    PMU    —    by 31 December\n"
     "A-2    Review the design    VRA    PMU    by 20 February 2027"),
    # a sheet's export: the run's title row and its rows without a quoted cell are records too, each empty
    # cell between written ones kept (the rows keep their columns)
    ('BỘ Y TẾ,,,\nSTT,Nhiệm vụ,"Chủ trì\n(đơn vị)",Thời hạn\nI,NHÓM 1,,\n1,"Xây dựng, trình đề án",Cục A,"Quý II/2027"\n'
     '2,Rà soát quy định,"Cục B, Cục C","Năm 2027"\n',
     "BỘ Y TẾ\nSTT    Nhiệm vụ    Chủ trì (đơn vị)    Thời hạn\nI    NHÓM 1\n"
     "1    Xây dựng, trình đề án    Cục A    Quý II/2027\n2    Rà soát quy định    Cục B, Cục C    Năm 2027"),
    # a cell that lists agencies one a line: the list's parts; a name typed over two lines: one name
    ('STT,Nhiệm vụ,Chủ trì,Phối hợp\n1,"Rà soát quy chế","Vụ Pháp chế","Cục An toàn thông tin\nVăn phòng Bộ"\n'
     '2,"Công bố tiêu chuẩn","Ủy ban Tiêu chuẩn Đo lường\nChất lượng quốc gia","Cục A"\n',
     "STT    Nhiệm vụ    Chủ trì    Phối hợp\n1    Rà soát quy chế    Vụ Pháp chế    Cục An toàn thông tin; Văn phòng Bộ\n"
     "2    Công bố tiêu chuẩn    Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia    Cục A"),
    # a web print's inline links to other articles out ('READ MORE: … ›'); a sentence after such a label stays
    ("The ministry shall act.\nREAD MORE: Decree 221/2026/ND-CP halves e-visa fees from March ›\n"
     "Xem thêm: Nghị định số 05/2026/NĐ-CP về phí thị thực (https://example.vn/nd05)\nRead more: the annex lists the units.\n"
     "Xem thêm: Nghị định số 05/2026/NĐ-CP\n",
     "The ministry shall act.\nRead more: the annex lists the units.\nXem thêm: Nghị định số 05/2026/NĐ-CP"),
    ('He said "yes","no","maybe" in turn.', 'He said "yes","no","maybe" in turn.'),  # one line: prose
    ('a\t"quoted"\tc', 'a    "quoted"    c'),  # a tab row on one line keeps its quotes
    # a header's second row of two written cells is a row of its table: the header's empty cell keeps its column
    ("No.\tAction\tUnit\t\tDue\n\t\tLead\tSupport\t\n1\tMap risks\tDWR\tDDM\tMarch 2027\nName:\t\tNguyen Van A\n",
     "No.    Action    Unit    —    Due\nLead    Support\n1    Map risks    DWR    DDM    March 2027\nName: Nguyen Van A"),
    # Word's track changes, accepted: a deletion out, an insertion kept, a comment's anchor and list out
    ("đặc biệt[Deleted: , trước ngày 31/3/2026][Inserted: , trước ngày 15/4/2026].\n[Deleted: 4. Sơ kết.]\n"
     "5. Báo cáo Bộ[A3].\nNhận xét (Comments)\n[A3] Trần Quốc Huy, 07/3/2026 08:05: Phòng 3 tổng hợp.",
     "đặc biệt, trước ngày 15/4/2026.\n\n5. Báo cáo Bộ.\nNhận xét (Comments)"),  # a deleted line leaves a blank
    ("See note [1] and item [A] of the list.", "See note [1] and item [A] of the list."),  # no change marks
    # Word's 'All Markup' print: balloons beside the text out, line by line down their column ...
    ("    a) Rà soát mạng lưới trường, lớp, trình Ủy ban                Đã xóa: , Sở Tài chính\n"
     "nhân dân tỉnh trong Quý I/2027.                                   Nhận xét [NVA5R4]: Đề nghị\n"
     "                                                                  bổ sung Sở Y tế.\n"
     "    b) Tham mưu ban hành Đề án trường nội trú.\n",
     "a) Rà soát mạng lưới trường, lớp, trình Ủy ban nhân dân tỉnh trong Quý I/2027.\n\n"
     "b) Tham mưu ban hành Đề án trường nội trú."),
    # ... and a balloon on lines of its own, with its replies, down to the blank line after it
    ("2. The DAE shall report monthly.[NT2]\n\n    Commented [NT2]: Tram (DAE), 12/01/2027: the DAE should\n"
     "    also report to NVOP.\n        Reply – Jonas (NVOP): agreed.\n\n    Formatted: Font: Bold\n\n3. The DoF shall pay.",
     "2. The DAE shall report monthly.\n\n3. The DoF shall pay."),
    # a line that opens each page after its number is a running header: out there, kept on the first page
    ("Dự thảo lần 2 - góp ý ngày 14/01\n\n1. Sở Y tế rà soát các\n\n                 1\n"
     "Dự thảo lần 2 - góp ý ngày 14/01\n\ncơ sở khám bệnh.\n",
     "Dự thảo lần 2 - góp ý ngày 14/01\n\n1. Sở Y tế rà soát các cơ sở khám bệnh."),
    # an mbox file: each message's headers out; a reply's quotation of what the thread already gave, out
    ("From a@x.vn Tue Dec  1 16:20:05 2026\nFrom: A <a@x.vn>\nSubject: KH\nMIME-Version: 1.0\nContent-Type: text/plain; "
     "charset=UTF-8\n\n1. Trạm Y tế phường phun hóa chất tại các khu phố có ổ dịch trước ngày 12/12/2026.\n\n"
     "From b@x.vn Wed Dec  2 07:45:33 2026\nFrom: B <b@x.vn>\nSubject: Re: KH\nMIME-Version: 1.0\nContent-Type: "
     "text/plain; charset=UTF-8\n\nThống nhất. Bổ sung: Công an phường bảo đảm an ninh.\n\nVào 01/12/2026 A đã viết:\n"
     "> 1. Trạm Y tế phường phun hóa chất tại các khu phố có ổ dịch\n> trước ngày 12/12/2026.\n> \n",
     "1. Trạm Y tế phường phun hóa chất tại các khu phố có ổ dịch trước ngày 12/12/2026.\n\n"
     "Thống nhất. Bổ sung: Công an phường bảo đảm an ninh.\n\nVào 01/12/2026 A đã viết:"),
    # ... a quotation the text has not given is read, without its marks
    ("Noted.\n\nOn Fri, 27 Nov 2026 at 16:42, Lan wrote:\n> 1. The Planning and Finance Division is to compile\n"
     ">    the list of damaged classrooms\n>    by 4 December 2026.",
     "Noted.\n\nOn Fri, 27 Nov 2026 at 16:42, Lan wrote:\n1. The Planning and Finance Division is to compile "
     "the list of damaged classrooms by 4 December 2026."),
    # a page's table converted to text, a blank line between its rows: an empty cell keeps its column
    ("| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn |\n\n| 1 | Rà soát định mức | Ban Kế hoạch | | Quý I/2027 |\n\n"
     "| 2 | Lập phương án | Ban Kỹ thuật | Ban An toàn | Tháng 02/2027 |",
     "STT    Nhiệm vụ    Chủ trì    Phối hợp    Thời hạn\n\n1    Rà soát định mức    Ban Kế hoạch    —    Quý I/2027\n\n"
     "2    Lập phương án    Ban Kỹ thuật    Ban An toàn    Tháng 02/2027"),
    # a subtitle file: cue numbers and time lines out, the cues' lines join as wrapped prose
    ("1\n00:00:03,000 --> 00:00:06,565\nThe Prime Minister asked the Ministry of\n\n2\n00:00:06,805 --> "
     "00:00:12,185\nFinance to allocate funds by January 20.",
     "The Prime Minister asked the Ministry of Finance to allocate funds by January 20."),
    # ... a WebVTT file: its header, note and style blocks, cue identifiers, settings and voice tags out too
    ("WEBVTT\nKind: captions\n\nNOTE\nPhụ đề tự động.\n\nSTYLE\n::cue { color: #fff; }\n\ncue-1\n"
     "00:00:02.000 --> 00:00:09.500 line:85% align:center\n<v Phát thanh viên>Thứ nhất. Trạm Y tế xã\n\n"
     "01:10.000 --> 01:15.000\n<v.loud Phát thanh viên>phun hóa chất <00:01:12.000><c.yellow>trước ngày 05/12</c>.",
     "Thứ nhất. Trạm Y tế xã phun hóa chất trước ngày 05/12."),
    # Vietnamese written in ASCII (VIQR): its lines in Vietnamese letters; English and a stop after a vowel left
    ("CO^.NG HO`A XA~ HO^.I CHU? NGHI~A VIE^.T NAM\nDDo^.c la^.p - Tu*. do - Ha.nh phu'c\n"
     "THU? TU*O*'NG CHI'NH PHU?\nSee Notice No. 298/TB-VPCP; you're right, e.g. at 9 a.m.",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTHỦ TƯỚNG CHÍNH PHỦ\n"
     "See Notice No. 298/TB-VPCP; you're right, e.g. at 9 a.m."),
    # a scraped page's HTML entities: the characters they stand for; '&nbsp;' a space; an unknown name as written
    ("&nbsp;Đề án &quot;Phát triển &amp; bền vững 2027&ndash;2030&quot; of the People&#8217;s Committee; R&D; &foo;",
     'Đề án "Phát triển & bền vững 2027–2030" of the People’s Committee; R&D; &foo;'),
    # a Markdown page's own HTML tags: its text; what escaped HTML leaves after one reading, read once more
    ("<details>\n<summary>Ministry of Finance (MOF)</summary>\n\nMOF shall <b>issue</b> the circular.\n</details>\n"
     "&lt;p&gt;Số: 5126/UBND-NN&amp;nbsp;&amp;nbsp;Nghệ An&lt;/p&gt; if x <2 ha",
     "Ministry of Finance (MOF)\n\nMOF shall issue the circular.\n\nSố: 5126/UBND-NN Nghệ An if x <2 ha"),
    # a table drawn with box characters reads as an ASCII grid: rows of cells
    ("┌────┬──────────┐\n│ TT │ Nội dung │\n├────┼──────────┤\n│ 1  │ Rà soát  │\n└────┴──────────┘",
     "TT    Nội dung\n\n1    Rà soát"),  # the rule under the header leaves a blank line
    # a broadcast transcript's segments: the time and the speaker off
    ("[00:00:15] PV Minh Đức: Phó Thủ tướng yêu cầu Bộ Xây dựng hoàn thiện hồ sơ,\n\n[00:00:31] PV Minh Đức: trình "
     "thẩm định trước ngày 15 tháng 11.\n\n[00:01:20] [ÂM THANH - Phó Thủ tướng]: \"Tôi đề nghị Bộ Tài chính.\"",
     "Phó Thủ tướng yêu cầu Bộ Xây dựng hoàn thiện hồ sơ, trình thẩm định trước ngày 15 tháng 11.\n\n"
     "Phó Thủ tướng: \"Tôi đề nghị Bộ Tài chính.\""),  # a quotation keeps its speaker's last name part
    # an indented item before a short line further left whose own items follow: the item ends; a label between rules
    ("Sở Xây dựng\n   – Lập lộ trình ➜ T12/2026\nTrung tâm Quản lý giao thông\n   – Mở tuyến xe buýt\n"
     "--- Ghi chú ---\nLộ trình được lấy ý kiến",
     "Sở Xây dựng\n– Lập lộ trình ➜ T12/2026\n\nTrung tâm Quản lý giao thông\n– Mở tuyến xe buýt\n--- Ghi chú ---\n"
     "Lộ trình được lấy ý kiến"),
    # ... but an item's line wrapped to the left goes on to its stop
    ("     - Phối hợp với Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam và Tổng công ty Đông\n"
     "Bắc ký kết hợp đồng cung cấp than.\n     h) Ủy ban nhân dân các tỉnh chỉ đạo.",
     "- Phối hợp với Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam và Tổng công ty Đông Bắc ký kết hợp đồng cung "
     "cấp than.\nh) Ủy ban nhân dân các tỉnh chỉ đạo."),
    # a Teams export: the time and sender on a line of their own; reactions, 'Seen by', attachments, replies out
    ("[10/21/2026 6:55 AM] Hoang Van Tuan (Vice Chairman, Provincial People's Committee)\n@Provincial Police: arrange "
     "traffic control.\n❤️ 2  👍 9\n(edited)\nSeen by 21\n📎 ban-tin-06h.pdf\n\n[10/21/2026 7:22 AM] Hoang Van Tuan "
     "(Vice Chairman)\nReplying to Tran Duc Minh: \"We need 2 more trucks\"\n@Department of Finance: prepare a proposal.",
     "@Provincial Police: arrange traffic control.\n\n@Department of Finance: prepare a proposal."),
    # ... but a reply letter's 'Trả lời kiến nghị …:' and a slide's '→ 2027' are text
    ("Trả lời kiến nghị của cử tri tỉnh Lâm Đồng: Bộ Tài chính sẽ chỉ đạo.\n- Hoàn thiện đề án\n→ 2027",
     "Trả lời kiến nghị của cử tri tỉnh Lâm Đồng: Bộ Tài chính sẽ chỉ đạo.\n- Hoàn thiện đề án → 2027"),
    # ... but a paperclip used as a bullet keeps its line
    ("📎 Support for damaged crops follows Decree No. 02/2017/NĐ-CP.\n📎 ban-tin-06h.pdf (212 KB)",
     "📎 Support for damaged crops follows Decree No. 02/2017/NĐ-CP."),
    # ... a message goes on with another sender's unfinished one, or after a finished sentence: not joined
    ("[00:00:15] PV Minh Đức: Bộ Xây dựng phải\n\n[00:00:31] BTV Thu Hà: trình ngay.\n\n[00:00:40] BTV Thu Hà: tin tiếp.",
     "Bộ Xây dựng phải\n\ntrình ngay.\n\ntin tiếp."),
    # a wire story sent in takes: '(MORE)', the next take's header, 'xxx' where the sentence goes on
    ("The Ministry of Construction was told to publish the index every month so\n(MORE)\n\nVNA-ENG 0617  POL/ECO\n"
     "SLUG: EXPRESSWAYS (ADD 1)\n\n   xxx that contractors are not forced to absorb price spikes.",
     "The Ministry of Construction was told to publish the index every month so that contractors are not forced "
     "to absorb price spikes."),
    # a lone page number dropped
    ("đoạn văn thứ nhất.\n- 2 -\nđoạn văn thứ hai.", "đoạn văn thứ nhất.\nđoạn văn thứ hai."),
    # a sentence going on over a page break (page number dropped) joins; a finished one does not
    ("Bộ Tài chính báo cáo Thủ tướng\n- 2 -\n\fChính phủ trong tháng 3 năm 2024.",
     "Bộ Tài chính báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2024."),
    ("Bộ Tài chính báo cáo kết quả.\n\fII. NHIỆM VỤ", "Bộ Tài chính báo cáo kết quả.\nII. NHIỆM VỤ"),
    # a text export's page marker line is a page break
    ("cải tiến thủ\n\n--- PAGE BREAK ---\n\ntục cấp thị thực", "cải tiến thủ tục cấp thị thực"),
    ("đoạn một.\n===== Page 3 =====\nđoạn hai.", "đoạn một.\nđoạn hai."),
    ("Mục 1 --- ghi chú --- tiếp", "Mục 1 --- ghi chú --- tiếp"),
    # header columns keep a gap; the motto is never joined to the issuer
    ("BỘ TÀI CHÍNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     "BỘ TÀI CHÍNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    # markdown table pipes become column gaps
    ("| Số: 9/BTC | Hà Nội, ngày 1 tháng 2 năm 2024 |", "Số: 9/BTC    Hà Nội, ngày 1 tháng 2 năm 2024"),
    # a table row whose cells wrap over lines is one line; a lower-case line of the first cell alone goes on
    ("| 1 | Lập quy | Sở Xây |\n|   | hoạch   | dựng   |\n| 2 | Kiểm tra | Sở Y tế |",
     "1    Lập quy hoạch    Sở Xây dựng\n2    Kiểm tra    Sở Y tế"),
    ("| Rà soát các dự | Sở Tài chính | Quý I |\n| án chậm tiến độ |  |  |\n| II. Nhóm thứ hai |  |  |",
     "Rà soát các dự án chậm tiến độ    Sở Tài chính    Quý I\nII. Nhóm thứ hai"),
    # an empty cell keeps the cells after it in their columns; two columns (a header) are left alone
    ("| 1 | Rà soát | Sở Y tế | Sở Tài chính | 2026 |\n| 2 | Tập huấn | Sở Nội vụ |  | Năm 2025 |\n"
     "|  | Hà Nội, ngày 5/5/2025 |",
     "1    Rà soát    Sở Y tế    Sở Tài chính    2026\n2    Tập huấn    Sở Nội vụ    —    Năm 2025\n"
     "Hà Nội, ngày 5/5/2025"),
    # a column no row writes in is a spacer; pipes only between cells make a table too
    ("THE PRIME MINISTER | | THE SOCIALIST REPUBLIC OF VIETNAM |\nNo. 09/CT-TTg | | Hanoi, April 1, 2019 |",
     "THE PRIME MINISTER    THE SOCIALIST REPUBLIC OF VIETNAM\nNo. 09/CT-TTg    Hanoi, April 1, 2019"),
    ("No. | Task | Lead\n1 | Review the law | Ministry of Finance\n2 | Train staff |",
     "No.    Task    Lead\n1    Review the law    Ministry of Finance\n2    Train staff"),
    # a table laid out in spaces (pdftotext -layout): wrapped cells joined, an empty cell marked
    (" TT   Nhiệm vụ            Chủ trì       Thời hạn\n"
     " 1    Lập quy hoạch       Sở Xây        Quý I\n"
     "      vùng ven biển       dựng\n"
     " 2    Kiểm tra an toàn    Sở Y tế\n"
     "Ông Nguyễn Văn A   phát biểu   tại hội nghị.",
     "TT    Nhiệm vụ    Chủ trì    Thời hạn\n1    Lập quy hoạch vùng ven biển    Sở Xây dựng    Quý I\n"
     "2    Kiểm tra an toàn    Sở Y tế    —\nÔng Nguyễn Văn A phát biểu tại hội nghị."),
    # columns two spaces apart: the header splits where the first row's cells start, a wrapped cell
    # where two spaces end at a column
    (" No.  Task                      Lead agency     Coordinating\n\n"
     " 1    Allocate land for a       People's        Ministry of\n"
     "      training centre           Committee of    Agriculture\n"
     "                                Bac Ninh Ward  and Environment\n",
     "No.    Task    Lead agency    Coordinating\n\n"
     "1    Allocate land for a training centre    People's Committee of Bac Ninh Ward    "
     "Ministry of Agriculture and Environment"),
    # 'Uy ban' (the marks lost in OCR) is 'Ủy ban'; 'uy tín' is another word
    ("đ) Uy ban nhân dân các tỉnh giữ uy tín.\nUY BAN NHÂN DÂN XÃ", "đ) Ủy ban nhân dân các tỉnh giữ uy tín.\nỦY BAN NHÂN DÂN XÃ"),
    # a month name OCR read with a digit for its letter is mended ('0ctober'); a digit inside other words is not
    ("No.: 512/TB-BKHCN    Hanoi, 0ctober 16, 2026\nall househo1ds", "No.: 512/TB-BKHCN    Hanoi, October 16, 2026\n"
     "all househo1ds"),
    # a wrap before the dash of a name ('Văn hóa - Xã hội') starts no list item; a dash item does, after
    # a heading in lower case too ('Về văn hóa' then '- Xã hội hóa …')
    ("Đề nghị Ủy ban Mặt trận Tổ quốc xã phối hợp với Phòng Văn hóa\n- Xã hội vận động các tổ chức.\n"
     "3. Phòng Kinh tế:\n- Xã hội hóa các nguồn lực.\nb) Về văn hóa\n- Xã hội hóa hoạt động văn hóa.",
     "Đề nghị Ủy ban Mặt trận Tổ quốc xã phối hợp với Phòng Văn hóa - Xã hội vận động các tổ chức.\n"
     "3. Phòng Kinh tế:\n- Xã hội hóa các nguồn lực.\nb) Về văn hóa\n- Xã hội hóa hoạt động văn hóa."),
    # a short line ending on a word its sentence cannot end on joins the capitalised line after it
    ("Căn cứ Nghị quyết số 318/NQ-CP ngày 10 tháng 11 năm 2025 của\nChính phủ về bình ổn thị trường dịp cuối "
     "năm 2025 và Tết Nguyên đán, bảo đảm cân đối cung cầu hàng hóa;\nTheo đề nghị của Cục trưởng.",
     "Căn cứ Nghị quyết số 318/NQ-CP ngày 10 tháng 11 năm 2025 của Chính phủ về bình ổn thị trường dịp cuối "
     "năm 2025 và Tết Nguyên đán, bảo đảm cân đối cung cầu hàng hóa;\nTheo đề nghị của Cục trưởng."),
    # an abbreviation ending a line ends no sentence
    ("The Ministry cites Decree No. 170/2025/ND-CP of the Government on civil servants and Decree No.\n"
     "178/2024/ND-CP on policies.\nThe Ministry requests.",
     "The Ministry cites Decree No. 170/2025/ND-CP of the Government on civil servants and Decree No. "
     "178/2024/ND-CP on policies.\nThe Ministry requests."),
    # a table's long rows do not make every prose line look short (and end its paragraph)
    ("The Department of Legal Affairs shall coordinate with the Ministry\nOffice in monitoring the Plan.\n"
     "| 1 | Build the national database on electronic invoices and connect it with the tax system Build the national database on electronic invoices and connect it with the tax system | Ministry of Finance | 2026 |\n| 1 | Build the national database on electronic invoices and connect it with the tax system Build the national database on electronic invoices and connect it with the tax system | Ministry of Finance | 2026 |\n",
     "The Department of Legal Affairs shall coordinate with the Ministry Office in monitoring the Plan.\n"
     "1    Build the national database on electronic invoices and connect it with the tax system Build the national database on electronic invoices and connect it with the tax system    Ministry of Finance    2026\n1    Build the national database on electronic invoices and connect it with the tax system Build the national database on electronic invoices and connect it with the tax system    Ministry of Finance    2026"),
    # a table copied with tabs: a line of three cells written or more is a row
    ("No.\tTask\tLead agency\tDeadline\n1\tReview the law\tMinistry of Finance\t2026\n"
     "2\tTrain staff\t\tQ3 2026\nSee also:\tDecree 1\t",
     "No.    Task    Lead agency    Deadline\n1    Review the law    Ministry of Finance    2026\n"
     "2    Train staff    —    Q3 2026\nSee also: Decree 1"),
    # a Word table as docx2txt prints it, one cell per paragraph: rows rebuilt from the header's width
    ("STT\n\nNội dung\n\nChủ trì\n\nThời gian\n\nI\n\nNhóm A\n\n1\n\nRà soát mạng lưới\n\nSở Y tế\n\n"
     "Quý II/2026\n\n2\n\nĐầu tư trạm y tế\n\nSở Tài chính\n\nNăm 2027\n\nTổ chức thực hiện",
     "STT    Nội dung    Chủ trì    Thời gian\n\nI    Nhóm A    —    —\n\n1    Rà soát mạng lưới    Sở Y tế    Quý II/2026\n\n"
     "2    Đầu tư trạm y tế    Sở Tài chính    Năm 2027\n\nTổ chức thực hiện"),
    # a chat export: the time and sender of each message out, an attachment message out
    ("[12/01/2027 09:14] Văn phòng UBND: [Tệp] 12-TB-UBND.pdf (312 KB)\n"
     "[12/01/2027 09:16] Văn phòng UBND: Sở Y tế báo cáo trước ngày 30/01/2027.",
     "Sở Y tế báo cáo trước ngày 30/01/2027."),
    # ... as WhatsApp and Messenger write them, the time before the day
    ("[08:21, 24/11/2026] Trần Quốc Bảo: Phòng Tổng hợp báo cáo trước ngày 26/11/2026.",
     "Phòng Tổng hợp báo cáo trước ngày 26/11/2026."),
    # ... as a WhatsApp export writes them, and the chat's own notices out
    ("24/11/2026, 08:41 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
     "24/11/2026, 09:15 - Trần Quốc Bảo: Phòng Tổng hợp báo cáo trước ngày 26/11/2026.",
     "Phòng Tổng hợp báo cáo trước ngày 26/11/2026."),
    # the headlines linked under a related-reading heading are furniture, up to a sentence
    ("Bộ Xây dựng báo cáo Thủ tướng.\nĐỌC TIẾP\nThủ tướng ban hành Công điện 118/CĐ-TTg đôn đốc giải phóng mặt bằng\n"
     "Quốc hội thông qua Nghị quyết 188/2025/QH15\nBản quyền thuộc Báo Tuổi Trẻ.",
     "Bộ Xây dựng báo cáo Thủ tướng.\nBản quyền thuộc Báo Tuổi Trẻ."),
    # a word hyphenated over a line end is joined; a compound the text hyphenates elsewhere keeps its hyphen
    ("The Chairpersons of the People's Commit-\ntees of provinces and centrally-run cities report infor-\nmation; "
     "the centrally-\nrun cities act.",
     "The Chairpersons of the People's Committees of provinces and centrally-run cities report information; "
     "the centrally-run cities act."),
    # a numbered heading indented as the next line is (both open their paragraphs, a PDF's first-line
    # indent) stands apart; the wrapped lines of a paragraph start at the margin and are joined
    (" 6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố\n Chỉ đạo Mặt trận Tổ quốc các xã, phường vận "
     "động Nhân dân không\nđốt rác, rơm rạ, phụ phẩm nông nghiệp; giám sát việc thực hiện Chỉ thị này tại\n"
     "cơ sở và báo cáo kết quả về Ủy ban nhân dân Thành phố theo định kỳ hằng quý.\n"
     " 7. Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị\n"
     "này; sơ kết, báo cáo Ủy ban nhân dân Thành phố trước ngày 15/01/2027.\n",
     "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố\n\nChỉ đạo Mặt trận Tổ quốc các xã, phường vận "
     "động Nhân dân không đốt rác, rơm rạ, phụ phẩm nông nghiệp; giám sát việc thực hiện Chỉ thị này tại "
     "cơ sở và báo cáo kết quả về Ủy ban nhân dân Thành phố theo định kỳ hằng quý.\n"
     "7. Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Chỉ thị "
     "này; sơ kết, báo cáo Ủy ban nhân dân Thành phố trước ngày 15/01/2027."),
    # a hanging indent: the item's lines fill the width and are one paragraph
    ("1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường,\n"
     "   Sở Công Thương và Ủy ban nhân dân các xã, phường rà soát các dự án chậm tiến độ,\n"
     "   Ban Quản lý dự án đầu tư xây dựng tỉnh báo cáo trước ngày 30/6/2026.\n",
     "1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường, "
     "Sở Công Thương và Ủy ban nhân dân các xã, phường rà soát các dự án chậm tiến độ, "
     "Ban Quản lý dự án đầu tư xây dựng tỉnh báo cáo trước ngày 30/6/2026."),
    # an e-mail's quoted lines lose their marks, one per level; a lone '>' at a line start stays
    ("Hi,\n> > 1. The Ministry of Finance:\n> > a) Review the list;\n>\n> > b) Report.\n> 50% done",
     "Hi,\n1. The Ministry of Finance:\na) Review the list;\n\nb) Report.\n50% done"),
    # a social post's card for a link it shares (domain in capitals, headline, first words) asks nothing: out
    ("Chủ tịch giao nhiệm vụ như sau.\n\nBAOANGIANG.COM.VN\nChủ tịch UBND tỉnh yêu cầu sửa xong trước Tết\n"
     "Chiều 19-1, Chủ tịch kiểm tra…\n\n418 bình luận",
     "Chủ tịch giao nhiệm vụ như sau.\n\n418 bình luận"),
    # a forum's quotation of several paragraphs, blank lines between them: one quotation, its marks out
    ("Quoting the task list:\n\n> 1. The Ministry of Home Affairs shall:\n\n> a) issue a list of occupations;\n\n"
     "> b) guide the provincial Departments.\n\nThat is all.",
     "Quoting the task list:\n\n1. The Ministry of Home Affairs shall:\n\na) issue a list of occupations;\n\n"
     "b) guide the provincial Departments.\n\nThat is all."),
    ("Tỷ lệ:\n> 50% số hộ", "Tỷ lệ:\n> 50% số hộ"),
    ("Tỷ lệ:\n> 50% số hộ\nđoạn khác.\n\n> 30% số xã\nabc.\n> 20% dân số",
     "Tỷ lệ:\n> 50% số hộ đoạn khác.\n\n> 30% số xã abc.\n> 20% dân số"),
    # an OCR header set in columns: the title after a blank line is no wrapped cell of the dateline's row
    ("CHÍNH PHỦ          | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n-------            |    Độc lập - Tự do - Hạnh phúc\n"
     "Số: 198/NQ-CP      |  Hà Nội, ngày 07 tháng 12 năm 2026\n\n                      NGHỊ QUYẾT\n   PHIÊN HỌP\n",
     "CHÍNH PHỦ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 198/NQ-CP    Hà Nội, ngày 07 tháng 12 năm 2026\n\nNGHỊ QUYẾT\nPHIÊN HỌP"),
    # a layout table's row broken by a page break goes on past the page number and the running header,
    # which is dropped where it opens a page (the first page keeps it: it may hold the number)
    ("Plan No. 5/KH-BYT                          DRAFT\n\n"
     "No.   Task                           Lead agency          Deadline\n"
     "1     Review the list of drugs       Department of        Q2/2027\n"
     "      in short supply                Pharmacy\n\n"
     "2     Train hospital pharmacists     Department of        2027\n\n"
     "                              Page 1 of 2\n"
     "\fPlan No. 5/KH-BYT                          DRAFT\n\n"
     "      in clinical use                Science\n\n"
     "3     Publish the prices             Department of        Monthly\n"
     "                                     Planning\n\n"
     "                              Page 2 of 2\n"
     "\fPlan No. 5/KH-BYT                          DRAFT\n",
     "Plan No. 5/KH-BYT    DRAFT\n\nNo.    Task    Lead agency    Deadline\n"
     "1    Review the list of drugs in short supply    Department of Pharmacy    Q2/2027\n\n"
     "2    Train hospital pharmacists in clinical use    Department of Science    2027\n\n"
     "3    Publish the prices    Department of Planning    Monthly"),
    # a hard wrap's hyphen inside a document number ('02-' / '/2017/NĐ-CP') goes with the break
    ("theo Nghị định số 02-\n/2017/NĐ-CP ngày 09/01/2017 của Chính phủ",
     "theo Nghị định số 02/2017/NĐ-CP ngày 09/01/2017 của Chính phủ"),
    # a cell's line that reads like a page number ('4' under 'Quý') is the cell's, not a page's
    ("STT   Nhiệm vụ                      Chủ trì              Thời hạn\n"
     "1     Rà soát mạng lưới trường      Sở Giáo dục và       Quý\n"
     "                                    Đào tạo              4\n"
     "2     Đầu tư phòng máy tính         Sở Tài chính         Năm 2027\n",
     "STT    Nhiệm vụ    Chủ trì    Thời hạn\n1    Rà soát mạng lưới trường    Sở Giáo dục và Đào tạo    Quý 4\n"
     "2    Đầu tư phòng máy tính    Sở Tài chính    Năm 2027"),
    # a running footer of a firm's name and the page ('Lotus & Partners Page 1 of 2') is a page break
    ("- publish the list.\nLotus & Partners Page 1 of 2\nMinistry of Public Security (MPS)\n- enable the platform.",
     "- publish the list.\nMinistry of Public Security (MPS)\n- enable the platform."),
    # a social network post: what follows its action bar is the readers' comments
    ("Sở Y tế kiểm tra các cơ sở.\n\nThích   Bình luận   Chia sẻ\n\nHoàng Văn Long\nĐề nghị xã Quảng Hà "
     "cho người xuống lồng bè.\n2 giờ  Thích  Phản hồi  131",
     "Sở Y tế kiểm tra các cơ sở."),
    ("The Ministry shall act.\nLike  Comment  Share\nJohn: please hurry", "The Ministry shall act."),
    # a thread's post headers, time and view lines, short links
    ("VnExpress International @vnexpressintl · Jun 12\nThe Ministry shall act. (4/12)\nt.co/Qm7vXe2LpA\n"
     "8:05 AM · Jun 12, 2026 · 48.2K Views\nShow more replies", "The Ministry shall act. (4/12)"),
    # lines of three spaced runs that do not line up are no table
    ("Số: 12/UBND      Nam Định, ngày 1/3/2025      Khẩn\nKính gửi:   các sở   ngành của tỉnh",
     "Số: 12/UBND    Nam Định, ngày 1/3/2025    Khẩn\nKính gửi: các sở ngành của tỉnh"),
    # a narrow column's short line that ends inside a body's name goes on ('The Government' / 'Inspectorate')
    ("The ministries shall report every month to the Prime Minister.\nThe Government\nInspectorate will check.",
     "The ministries shall report every month to the Prime Minister.\nThe Government Inspectorate will check."),
    # a news page's most-read list: headlines, one of them reads as an order
    ("Văn phòng Chính phủ theo dõi, đôn đốc.\n\nĐỌC NHIỀU\nBộ Tài chính ban hành hướng dẫn thu phí mới\n"
     "Giá vàng hôm nay 16/10/2026\n\nBáo điện tử Chính phủ",
     "Văn phòng Chính phủ theo dõi, đôn đốc.\n\nBáo điện tử Chính phủ"),
    # a legal database's list of its most viewed translations: their numbers are no citations of the text's
    ("The Government Office informs the agencies concerned.\n\nMost viewed translations\nDecree 168/2024/ND-CP on "
     "administrative penalties for road traffic offences\nCircular 80/2021/TT-BTC guiding the Law on Tax "
     "Administration\n\nVNLawBase © 2026.",
     "The Government Office informs the agencies concerned.\n\nVNLawBase © 2026."),
    ("The Government Office informs the agencies concerned.\n\nMost read English translations\nDecree 214/2026/ND-CP "
     "on personal income tax deductions\n\nLegalViet © 2026.",
     "The Government Office informs the agencies concerned.\n\nLegalViet © 2026."),
    # Word's manual line break (a vertical tab) is a line break
    ("Kính gửi:\x0b- Sở Xây dựng;\x0b- Sở Công Thương.", "Kính gửi:\n- Sở Xây dựng;\n- Sở Công Thương."),
])
def test_normalize_repairs(source, expected):
    assert normalize(source).text == expected


@pytest.mark.parametrize("source, word", [
    ("  Giao   Bộ Tài chính\r\n  chủ trì xây dựng Đề án.", "chủ trì"),
    (unicodedata.normalize("NFD", "Đề nghị Bộ Xây dựng\nhướng dẫn các tỉnh."), "hướng dẫn"),
    ("In bài viết\n\n\n\nBộ Y tế theo dõi, đôn đốc.", "đôn đốc"),
    ("Bộ Y tế báo cáo Thủ tướng\n\f\nChính phủ trước ngày 5/5/2024.", "Chính phủ"),
    ("Bộ Y tế báo cáo\n--- PAGE BREAK ---\nkết quả.", "kết quả"),
    ("| 1 | Lập quy | Sở Xây |\n|   | hoạch   | dựng   |", "dựng"),
    (" TT   Nhiệm vụ    Chủ trì\n 1    Lập quy     Sở Xây\n      hoạch       dựng", "dựng"),
])
def test_span_map_points_back_to_source(source, word):
    mapped = normalize(source)
    start = mapped.text.index(word)
    source_start = mapped.src[start]
    source_end = mapped.src[start + len(word) - 1] + 1
    assert unicodedata.normalize("NFC", source[source_start:source_end]) == word


def test_anchors_compress_the_map():
    mapped = normalize("Dòng một\r\ncủa đoạn.\r\n\r\n\r\n\r\nĐoạn hai.")
    anchors = mapped.anchors()
    assert anchors[0] == (0, 0)
    for norm, source in anchors:
        assert mapped.src[norm] == source


def _reference_sub(source: str, pattern: str, repl: str) -> tuple[str, list[int]]:
    """Substitution with a source offset per character, one match at a time."""
    text, offsets, pos = "", [], 0
    for match in re.finditer(pattern, source):
        start, end = match.span()
        text += source[pos:start] + repl
        offsets += list(range(pos, start))
        offsets += list(range(start, end)) if len(repl) == end - start else [start] * len(repl)
        pos = end
    return text + source[pos:], offsets + list(range(pos, len(source) + 1))


@pytest.mark.parametrize("pattern, repl, source", [
    (r"\r\n", "\n", "a\r\nb\r\n\r\nc"),   # shorter
    (r"\t", "    ", "a\tb\t"),              # longer
    (r"x", "", "xaxxbx"),                  # deleted
    (r"ab", "ba", "abcab"),                # same length
    (r"^\n+|\n+$", "", "\n\nabc\n\n"),     # what strip_newlines does
])
def test_sub_maps_every_character(pattern, repl, source):
    mapped = MappedText.of(source).sub(re.compile(pattern), repl)
    text, offsets = _reference_sub(source, pattern, repl)
    assert (mapped.text, list(mapped.src)) == (text, offsets)
    assert [(n, s) for n, s in enumerate(offsets) if n == 0 or s - n != offsets[n - 1] - (n - 1)] == mapped.anchors()


@pytest.mark.parametrize("source", ["\n\nabc\n\n", "abc\n", "\nabc", "\n\n", "", "a\n\nb"])
def test_strip_newlines_maps_like_a_substitution(source):
    stripped = MappedText.of(source).strip_newlines()
    substituted = MappedText.of(source).sub(re.compile(r"^\n+|\n+$"), "")
    assert (stripped.text, stripped.src) == (substituted.text, substituted.src)


@pytest.mark.parametrize("source", [
    "Trang 1\fBộ Y tế\r\n\r\n\r\nbáo cáo\f\fkết quả.",
    "\n\n  a\tb  \f  c\u200bd\n\n",
    "--- PAGE BREAK ---\nabc\n--- PAGE BREAK ---\n",
    "Bộ[A1] rà soát[Deleted: cũ][Inserted: mới] hồ sơ.\n[A1] Huy, 06/3: xem lại.\n",
    'STT\tViệc\tNơi\r\n1\t"Rà soát\nhồ sơ ""A"""\t"Sở Y tế"\r\n2\tBáo cáo\tSở Tài chính\r\n',
    unicodedata.normalize("NFD", "Hà Nội\fngày 5 tháng 5\f"),
    "",
])
def test_text_offset_is_bisect_of_the_map(source):
    mapped = normalize(source)
    for offset in range(len(source) + 2):
        assert mapped.text_offset(offset) == bisect.bisect_left(mapped.src, offset, hi=len(mapped.text))


def test_a_cell_joined_over_lines_maps_to_a_forward_range():
    source = "| 1 | Lập quy | Sở Xây | Quý I |\n|   | hoạch   | dựng   |       |\n| 2 | Kiểm tra | Sở Y tế | Quý II |"
    mapped = normalize(source)
    start = mapped.text.index("Sở Xây dựng")
    first, last = mapped.src[start], mapped.src[start + len("Sở Xây dựng") - 1]
    assert source[first:first + 6] == "Sở Xây" and source[last - 3:last + 1] == "dựng"
    # what is written between the pieces maps just past the piece before it, never back to the row's start
    assert all(a <= b for a, b in zip(mapped.src[start:start + 11], mapped.src[start + 1:start + 12]))


def test_a_table_written_one_cell_per_line_is_not_rebuilt_where_a_row_does_not_fit():
    """Row 2 has an empty cell (one paragraph too few): its cells would land in the wrong columns."""
    text = "STT\n\nNội dung\n\nChủ trì\n\n1\n\nRà soát\n\nSở Y tế\n\n2\n\nĐầu tư\n\n3\n\nA\n\nB"
    assert _stacked_rows(text, _rules().stacked_header) == []


def test_a_table_written_one_cell_per_line_reads_an_empty_line_as_an_empty_cell():
    """A web copy writes each cell on its line and an empty cell as an empty line (its header has no
    blank lines between cells): rows 2 and 3 keep their columns; the text after the table is no cell."""
    text = ("STT\nNội dung\nChủ trì\nPhối hợp\nThời hạn\n1\nRà soát hồ sơ\nSở Y tế\nSở Tài chính\nQuý I\n"
            "2\nThẩm định dự toán\nPhòng Kinh tế\n\nTháng 7/2026\n3\nTổng hợp tiến độ\nVăn phòng\n\nThứ Sáu hằng tuần\n"
            "5. Đề nghị Ban Quản lý bố trí kinh phí.")
    lines = normalize(text).text.split("\n")
    assert lines[2].split("    ") == ["2", "Thẩm định dự toán", "Phòng Kinh tế", "—", "Tháng 7/2026"]
    assert lines[3].split("    ") == ["3", "Tổng hợp tiến độ", "Văn phòng", "—", "Thứ Sáu hằng tuần"]
    assert lines[4] == "5. Đề nghị Ban Quản lý bố trí kinh phí."


_WRAPPED = ("At its meeting on 12 November 2026, after hearing the report of the\n"
            "Party Committee of the Government on the review of grassroots health care\n"
            "since communes and wards began operating under the new model, the\n"
            "Secretariat concluded as follows:\n")
_PARAGRAPHS = [f"The Ministry of Health shall report on item {n} before 15 December 2026." for n in range(8)]


@pytest.mark.parametrize("source, paragraphs", [
    # double-spaced for comments: a blank line is a line break, three blank lines end a paragraph
    ("\n\n".join(_WRAPPED.split("\n")) * 3 + "\n\n\n" + "\n\n".join(_WRAPPED.split("\n")) * 2, 2),
    # a web copy with one paragraph a line: its blank lines end paragraphs
    ("\n\n".join(_PARAGRAPHS * 2), 16),
], ids=["double-spaced-review-copy", "paragraph-a-line-web-copy"])
def test_a_double_spaced_copy_reads_as_its_lines(source, paragraphs):
    text = normalize(source).text.strip()
    assert len(text.split("\n\n")) == paragraphs
