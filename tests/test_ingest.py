"""Ingestion: encodings detected (never silently mis-decoded), PDFs read, bad input typed."""
from __future__ import annotations

import codecs
import json

import pytest

from notice_parser import parse
from notice_parser.errors import (
    EmptyDocumentError,
    EncodingError,
    InputNotFoundError,
    NoTextLayerError,
    UnsupportedFormatError,
    CorruptPdfError,
)
from notice_parser.ingest import COLUMN_GAP, decode_text, html_to_text, json_document_text, read_source

TEXT = "Bộ Thông tin và Truyền thông chủ trì, phối hợp với Bộ Tài chính."


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),
    (TEXT.encode("utf-16-be"), "utf-16-be"),
])
def test_decode_text_detects_encoding(data, encoding):
    text, detected = decode_text(data)
    assert text == TEXT
    assert detected == encoding


@pytest.mark.parametrize("data, error", [
    (TEXT.encode("cp1258", errors="ignore") + b"\xff\xfe\xfa", EncodingError),
    (b"\x00\x01\x02\x03binary\x00\x00\x10", UnsupportedFormatError),
])
def test_decode_text_refuses_undecodable(data, error):
    with pytest.raises(error):
        decode_text(data, "x.txt")


def test_read_source_errors_name_the_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(EmptyDocumentError) as info:
        read_source(empty)
    assert "empty.txt" in str(info.value)
    with pytest.raises(InputNotFoundError):
        read_source(tmp_path / "missing.txt")


def test_corrupt_pdf_is_a_typed_error(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\nthis is not a pdf at all\n%%EOF")
    with pytest.raises((CorruptPdfError, NoTextLayerError)) as info:
        read_source(bad)
    assert "bad.pdf" in str(info.value)


def _fpdf():
    """An fpdf2 document with DejaVu Sans as 'dv' (the test skips without fpdf2 or the font)."""
    pytest.importorskip("fpdf", reason="fpdf2 (dev extra) makes test PDFs")
    from fpdf import FPDF

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    import os
    if not os.path.exists(font):
        pytest.skip("DejaVu font not installed")
    pdf = FPDF()
    pdf.add_font("dv", fname=font)
    return pdf


def _pdf_with(text_lines: list[str], path):
    pdf = _fpdf()
    pdf.set_font("dv", size=11)
    for page_lines in text_lines:
        pdf.add_page()
        for left, right in page_lines:
            y = pdf.get_y()
            pdf.set_xy(15, y)
            pdf.cell(70, 6, left)
            if right:
                pdf.set_xy(110, y)
                pdf.cell(90, 6, right)
            pdf.ln(7)
    pdf.output(str(path))


def test_pdf_pages_and_column_gap(tmp_path):
    path = tmp_path / "two.pdf"
    _pdf_with([[("BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                ("Số: 12/BTC-NSNN", "Hà Nội, ngày 3 tháng 4 năm 2024")],
               [("Nơi nhận:", "KT. BỘ TRƯỞNG")]], path)
    source = read_source(path)
    assert source.page_count == 2
    first, second = source.text.split("\f")
    header = first.splitlines()[0]
    left, _, right = header.partition("      ")
    assert left.strip() == "BỘ TÀI CHÍNH"
    assert right.strip().startswith("CỘNG HÒA")
    assert "KT. BỘ TRƯỞNG" in second


@pytest.mark.parametrize("left, right, joined", [
    ("Sở Y tế chủ", "trì, phối hợp với Sở Tài chính", True),  # a line drawn as two runs
    ("cảnh báo sóng lớn,", "dòng chảy xa bờ", True),
    ("báo cáo trước ngày 30 tháng", "9 năm 2026.", True),
    ("BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False),  # a second column
    ("V/v tăng cường quản lý", "Hà Nội, ngày 3 tháng 4 năm 2024", False),
    ("Số: 12/BTC-NSNN", "14 tháng 3", False),
    ("- Như trên;", "KT. BỘ TRƯỞNG", False),
])
def test_a_wide_gap_inside_a_sentence_is_no_column(tmp_path, left, right, joined):
    path = tmp_path / "runs.pdf"
    _pdf_with([[(left, right)]], path)
    line = read_source(path).text.strip()
    assert (COLUMN_GAP not in line) is joined, line
    assert " ".join(line.split()) == f"{left} {right}"


@pytest.mark.parametrize("page, text", [
    ("thực hiện nghi\ufffeêm Nghị quyết", "thực hiện nghiêm Nghị quyết"),  # a syllable split by the typesetter
    ("the infor\ufffemation system", "the information system"),
    ("a centrally\ufffeun rule; centrally-un units", "a centrally-un rule; centrally-un units"),  # the page writes it so
    ("tỉnh Quảng\ufffeNam", "tỉnh Quảng-Nam"),  # before a capital: a compound's own hyphen
    ("24/HDLN-BYT\ufffeBCT", "24/HDLN-BYT-BCT"),  # capitals: a code's own hyphen (a heading's split stays too)
    ("Quyết định số 20\ufffeNQ/TW", "Quyết định số 20-NQ/TW"),  # not between letters
])
def test_pdfium_line_end_hyphen_is_read_as_the_typesetter_wrote_it(page, text):
    from notice_parser.ingest import _clean_page
    assert _clean_page(page) == text


def test_a_diagonal_watermark_is_no_text(tmp_path):
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("dv", size=40)
    with pdf.rotation(angle=35, x=105, y=150):
        pdf.text(30, 160, "BẢN DỊCH THAM KHẢO")
    pdf.set_font("dv", size=11)
    for number, line in enumerate(["1. Sở Tài chính bố trí kinh phí cho các dự án trọng điểm của tỉnh trong năm 2026",
                                   "2. Sở Xây dựng hướng dẫn các chủ đầu tư hoàn thiện hồ sơ thiết kế trước quý III"]):
        pdf.set_xy(15, 120 + 8 * number)
        pdf.cell(180, 6, line)
    path = tmp_path / "watermark.pdf"
    pdf.output(str(path))
    text = read_source(path).text
    assert "THAM" not in text and "DỊCH" not in text
    assert "1. Sở Tài chính bố trí kinh phí" in text and "2. Sở Xây dựng hướng dẫn" in text


def test_a_chat_exports_formatted_message_is_one_text_given_once():
    message = {"type": "message", "text": [{"type": "bold", "text": "1. Sở Xây dựng"},
                                           ": kiểm tra các ngầm tràn, báo cáo trước 16 giờ.\nCông an tỉnh phân luồng."],
               "text_entities": [{"type": "bold", "text": "1. Sở Xây dựng"},
                                 {"type": "plain", "text": ": kiểm tra các ngầm tràn, báo cáo trước 16 giờ.\n"
                                                           "Công an tỉnh phân luồng."}]}
    text = json_document_text(json.dumps({"name": "Nhóm điều hành", "messages": [message]}, ensure_ascii=False))
    assert text == "1. Sở Xây dựng: kiểm tra các ngầm tràn, báo cáo trước 16 giờ.\nCông an tỉnh phân luồng."


def test_a_chat_exports_messages_are_each_read_however_short():
    messages = [{"type": "message", "user": "U04CHAU", "ts": "1799719451.001900",
                 "text": "Action items below :wave: minutes: <https://drive.example.vn/m/Q4|Q4 minutes>"},
                {"type": "message", "user": "U04BAO", "ts": "1799719780.002300",
                 "text": "<@U04CHAU> noted. Hue PPMU, please send the draft by 15 February 2027."},
                {"type": "message", "user": "U04CHAU", "ts": "1799719990.000100",
                 "text": "<!channel> Each PPMU to report by 1 March 2027."}]
    text = json_document_text(json.dumps(messages))
    assert text == ("Action items below  minutes: Q4 minutes\n\n"
                    "@U04CHAU noted. Hue PPMU, please send the draft by 15 February 2027.\n\n"
                    "@channel Each PPMU to report by 1 March 2027.")


_PAGE = ("<html><head><title>Thông báo</title></head><body><p>Sở Tài chính bố trí kinh phí trước ngày 15/12/2026."
         "</p></body></html>")


@pytest.mark.parametrize("saved", [
    # a WARC file: the crawler's warcinfo and request records out, the response's WARC and HTTP headers out
    "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\n\r\nsoftware: Heritrix/3.4\r\n"
    "operator: crawl desk\r\n\r\n\r\nWARC/1.0\r\nWARC-Type: request\r\nContent-Type: application/http; "
    "msgtype=request\r\n\r\nGET /tb-512.htm HTTP/1.1\r\nHost: example.vn\r\n\r\n\r\nWARC/1.0\r\nWARC-Type: "
    "response\r\nWARC-Target-URI: https://example.vn/tb-512.htm\r\nContent-Type: application/http; "
    "msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\n"
    f"\r\n{_PAGE}\r\n\r\n",
    # an HTTP response saved with its headers
    f"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nX-Cache: HIT\n\n{_PAGE}",
])
def test_a_crawled_page_is_read_without_its_archive_and_http_headers(tmp_path, saved):
    path = tmp_path / "page.txt"
    path.write_bytes(saved.encode("utf-8"))
    text = read_source(path).text
    assert "Sở Tài chính bố trí kinh phí trước ngày 15/12/2026." in text
    assert not any(word in text for word in ("WARC", "Heritrix", "HTTP/1.1", "nginx", "Host:", "GET "))


def test_a_web_archive_without_a_page_is_a_typed_error(tmp_path):
    path = tmp_path / "crawl.txt"
    path.write_text("WARC/1.0\nWARC-Type: warcinfo\nContent-Type: application/warc-fields\n\nsoftware: Heritrix\n")
    with pytest.raises(EmptyDocumentError, match="crawl.txt"):
        read_source(path)


def test_a_confluence_pages_dates_show_and_its_macro_settings_and_task_ids_do_not():
    page = ('<ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green</ac:parameter>'
            '<ac:parameter ac:name="title">APPROVED</ac:parameter></ac:structured-macro>'
            '<p>Meeting date: <time datetime="2026-12-10" /></p><ac:task-list><ac:task><ac:task-id>21</ac:task-id>'
            '<ac:task-uuid>2d9f4a61-7c03</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body>'
            '<strong>Ministry Office</strong>: issue the notice by <time datetime="2026-12-14" /></ac:task-body>'
            '</ac:task></ac:task-list><p>Due <time datetime="2027-01-04">4 January</time>.</p>')
    text = html_to_text(page)
    assert "Meeting date: 2026-12-10" in text and "issue the notice by 2026-12-14" in text
    assert "Due 4 January." in text  # a time element with its own text shows that text
    assert not any(word in text for word in ("Green", "APPROVED", "2d9f4a61", "incomplete", "21"))


def test_an_excel_xml_workbook_is_read_as_rows_of_cells():
    workbook = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-'
                'microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
                "<DocumentProperties><Author>Sato</Author><Created>2026-11-27T07:55:12Z</Created></DocumentProperties>"
                '<Styles><Style ss:ID="s1"><Font ss:Bold="1"/></Style></Styles>\n<Worksheet ss:Name="Actions"><Table>\n'
                '<Row><Cell><Data ss:Type="String">No.</Data></Cell><Cell><Data ss:Type="String">Action</Data></Cell>'
                '<Cell><Data ss:Type="String">Lead</Data></Cell><Cell><Data ss:Type="String">Support</Data></Cell>'
                '<Cell><Data ss:Type="String">Due</Data></Cell></Row>\n<Row><Cell><Data ss:Type="Number">1</Data></Cell>'
                '<Cell><Data ss:Type="String">Submit the plan</Data></Cell><Cell><Data ss:Type="String">PMU</Data></Cell>'
                '<Cell ss:Index="5"><Data ss:Type="String">in Q4 2026</Data></Cell></Row>\n</Table></Worksheet></Workbook>')
    text = html_to_text(workbook)
    assert "Sato" not in text and "2026-11-27" not in text
    assert "| 1 | Submit the plan | PMU | | in Q4 2026" in text  # the cell the row leaves out is empty


def test_a_header_table_is_laid_out_as_two_columns_and_other_cells_stay_on_their_row():
    page = ('<table><tr><td><b>BỘ KHOA HỌC VÀ CÔNG NGHỆ</b><br>―――――<br>Số: 18/CT-BKHCN</td>\n'
            '<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc<br>\n'
            '<i>Hà Nội, ngày 27 tháng 11 năm 2026</i></td></tr></table>\n<p>CHỈ THỊ</p>\n'
            '<table><tr><td>1</td>\n<td>Sở Y tế<br>chủ trì</td><td>Quý I/2027</td></tr>\n'
            '<tr><td>Sở Xây dựng</td><td>Rà soát<br>báo cáo</td></tr></table>')
    lines = html_to_text(page).split("\n")
    assert lines[0] == "BỘ KHOA HỌC VÀ CÔNG NGHỆ" + COLUMN_GAP + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert lines[2].startswith("Số: 18/CT-BKHCN" + " " * 9 + COLUMN_GAP + "Hà Nội, ngày 27")  # the left column padded
    assert "| 1 | Sở Y tế chủ trì | Quý I/2027" in lines  # three cells: a break in a cell is a space
    assert "| Sở Xây dựng | Rà soát báo cáo" in lines  # one cell of several lines: no columns


def test_a_saved_page_mhtml_with_crlf_lines_is_read_by_its_html_part(tmp_path):
    body = "<html><body><p>S=E1=BB=9F T=C3=A0i ch=C3=ADnh b=E1=BB=91 tr=C3=AD kinh ph=C3=AD.</p></body></html>"
    saved = ("From: <Saved by Blink>\r\nSubject: page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
             '\ttype="text/html";\r\n\tboundary="----B--x"\r\n\r\n\r\n------B--x\r\nContent-Type: text/html\r\n'
             f"Content-Transfer-Encoding: quoted-printable\r\n\r\n{body}\r\n\r\n------B--x--\r\n")
    path = tmp_path / "page.mht.txt"
    path.write_bytes(saved.encode("ascii"))
    assert "Sở Tài chính bố trí kinh phí." in parse(path).text
