"""Office packages (.xlsx, .docx, .odt) and a workbook's XML parts pasted into a text file."""
import io
import zipfile

import pytest

from notice_parser import parse
from notice_parser.errors import EmptyDocumentError, InputTooLargeError, UnsupportedFormatError
from notice_parser.ingest import Limits, read_source
from notice_parser.officexml import pasted_workbook_text, shared_strings, worksheet_lines

_STRINGS = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">'
            "<si><t>Nhiệm vụ</t></si><si><t>Đơn vị chủ trì</t></si><si><t>Thời hạn</t></si>"
            "<si><t>Rà soát danh sách nhà chung cư</t></si><si><t>Sở Xây dựng</t></si>"
            "<si><r><rPr><b/></rPr><t>Quý I/</t></r><r><t>2027</t></r></si>"
            '<si><t>Tổ chức kiểm tra &amp; báo cáo</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>')
_SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>'
          '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="C3" t="inlineStr"><is><t>Tháng 3/2027</t></is></c></row>'
          '<row r="4"><c r="A4"><v>42</v></c><c r="B4" t="s"><v>99</v></c></row>'
          "</sheetData></worksheet>")
_DOCUMENT = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
             "<w:p><w:r><w:t>Giao Sở Xây dựng rà soát danh sách nhà chung cư trước ngày 15/12/2026.</w:t></w:r></w:p>"
             "</w:body></w:document>")
_CONTENT = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            "<text:p>Giao Sở Tài chính bố trí kinh phí kiểm tra trong quý I năm 2027.</text:p>"
            "</office:text></office:body></office:document-content>")


def _package(parts: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text)
    return buffer.getvalue()


def test_shared_strings_join_a_rich_items_runs_and_leave_out_its_reading_guide():
    assert shared_strings(_STRINGS)[5:] == ["Quý I/2027", "Tổ chức kiểm tra & báo cáo"]


def test_worksheet_cells_come_from_the_shared_strings_in_their_columns():
    assert worksheet_lines(_SHEET, shared_strings(_STRINGS)) == [
        "Nhiệm vụ | Đơn vị chủ trì | Thời hạn",
        "Rà soát danh sách nhà chung cư | Sở Xây dựng | Quý I/2027",
        "Tổ chức kiểm tra & báo cáo |  | Tháng 3/2027",  # B3 left out: an empty cell
        "42 |",  # an index past the strings reads as an empty cell
    ]


@pytest.mark.parametrize("text, found", [
    ("===== xl/sharedStrings.xml =====\n" + _STRINGS + "\n===== xl/worksheets/sheet1.xml =====\n" + _SHEET, True),
    (_SHEET, True),  # no shared strings: the indexes read as empty cells, the rest as written
    ("<worksheet> is a word in this note, <sheetData> too, but no row follows.", False),
    ("Kế hoạch kiểm tra nhà chung cư năm 2027", False),
])
def test_a_pasted_workbook_is_read_by_its_rows(text, found):
    rows = pasted_workbook_text(text)
    assert (rows is not None and "|" in rows) is found


@pytest.mark.parametrize("name, parts, expected, warning", [
    ("plan.xlsx", {"xl/workbook.xml": "<workbook/>", "xl/sharedStrings.xml": _STRINGS,
                   "xl/worksheets/sheet1.xml": _SHEET}, "Rà soát danh sách nhà chung cư | Sở Xây dựng | Quý I/2027",
     "Excel workbook"),
    ("letter.docx", {"word/document.xml": _DOCUMENT}, "Giao Sở Xây dựng rà soát", "word processor"),
    ("plan.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": _CONTENT},
     "Giao Sở Tài chính bố trí kinh phí", "word processor"),
])
def test_an_office_package_is_read_from_its_xml(tmp_path, name, parts, expected, warning):
    path = tmp_path / name
    path.write_bytes(_package(parts))
    source = read_source(path)
    assert expected in source.text and "<" not in source.text
    assert any(warning in w for w in source.warnings)


@pytest.mark.parametrize("parts, limits, error", [
    ({"photo.jpg": "not text"}, Limits(), UnsupportedFormatError),  # another ZIP archive
    ({"xl/worksheets/sheet1.xml": "<worksheet><sheetData></sheetData></worksheet>"}, Limits(), EmptyDocumentError),
    ({"word/document.xml": _DOCUMENT}, Limits(max_text_chars=100), InputTooLargeError),  # refused before unpacking
])
def test_a_package_without_readable_text_is_a_typed_error_naming_the_file(tmp_path, parts, limits, error):
    path = tmp_path / "archive.zip"
    path.write_bytes(_package(parts))
    with pytest.raises(error) as info:
        read_source(path, limits=limits)
    assert "archive.zip" in str(info.value)


def test_a_workbooks_task_table_gives_its_tasks(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(_package({"xl/sharedStrings.xml": _STRINGS, "xl/worksheets/sheet1.xml": _SHEET}))
    notice = parse(path, language="vi")
    assert [(t.assignees[0].name, t.deadline.end.isoformat() if t.deadline else None) for t in notice.tasks][:1] == \
        [("Sở Xây dựng", "2027-03-31")]
