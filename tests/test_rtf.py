"""RTF documents: the text without the markup (notice_parser.rtf), one row per RTF form."""
from __future__ import annotations

import pytest

from notice_parser import parse
from notice_parser.ingest import read_source
from notice_parser.rtf import looks_like_rtf, rtf_to_text

HEAD = r"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl;\red0\green0\blue0;}"


@pytest.mark.parametrize("body, expected", [
    # a Unicode character and its one-character stand-in
    (r"\uc1\pard B\u7843?o c\u225?o\par", "Bảo cáo"),
    # \uc2: two stand-in characters; \uc0: none (a control word's space delimits it, no text)
    (r"\uc2 S\u7903??\uc0 \u7903 x\par", "Sởởx"),
    # bytes of the code page (Windows-1258, its combining tone marks put together)
    (r"S\'f5\'d2 Y t\'ea\'ec\par", "Sở Y tế"),
    # a character past U+FFFF as its two UTF-16 halves
    (r"A \u-10179?\u-8704? B\par", "A 😀 B"),
    # a control word stands in as one character; a group's end ends the stand-in
    (r"\uc1\u8220\par Next {\u8221}Z\par", "“Next ”Z"),
    # braces that do not balance
    (r"a}}} {{b\par", "a b"),
    # a style group keeps its text; a '{\*\…}' destination and the tables hold none
    (r"{\b K\u7870?T LU\u7852?N}{\*\generator Riched20;}\tab 1\par", "KẾT LUẬN\t1"),
    # escaped braces and backslash, a non-breaking space, an optional hyphen, quotes
    (r"\{x\} a\\b\~c\-d \ldblquote e\rdblquote\par", "{x} a\\b\u00a0cd “e”"),
    # a raw line break in the file is no text; '\line' is
    ("a\r\nb\\line c\\par", "ab\nc"),
    # a table's cells and rows
    (r"\trowd A\cell B\cell\row", "A | B |"),
])
def test_rtf_to_text(body, expected):
    assert rtf_to_text(HEAD + body + "}") == expected + "\n"


def test_an_rtf_file_is_read_as_its_text_with_a_warning(tmp_path):
    path = tmp_path / "thong-bao.rtf"
    path.write_text(HEAD + r"\pard S\u7903? Y t\u7871? b\u225?o c\u225?o k\u7871?t qu\u7843? tr\u432?\u7899?c "
                    r"ng\u224?y 15/8/2026.\par}", encoding="ascii")
    source = read_source(path)
    assert looks_like_rtf(path.read_text()) and source.text == "Sở Y tế báo cáo kết quả trước ngày 15/8/2026.\n"
    assert any("RTF" in warning for warning in source.warnings)
    task = parse(path, language="vi").tasks[0]
    assert task.assignees[0].name == "Sở Y tế" and task.deadline.end.isoformat() == "2026-08-15"
