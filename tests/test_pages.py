"""Notice.pages: a PDF's pages, and the pages a text export marks; tasks know their page."""
from __future__ import annotations

import pytest

from notice_parser import parse
from notice_parser.normalize import page_breaks

_TASK_1 = "Bộ Y tế chủ trì xây dựng đề án phòng, chống dịch."
_TASK_2 = "Bộ Tài chính bố trí kinh phí thực hiện đề án."


@pytest.mark.parametrize("form, text, pages", [
    ("no break", f"{_TASK_1}\n{_TASK_2}\n", []),
    ("form feed", f"{_TASK_1}\n\f{_TASK_2}\n", [_TASK_1, _TASK_2]),
    ("trailing form feed", f"{_TASK_1}\n\f{_TASK_2}\n\f\n", [_TASK_1, _TASK_2]),
    ("blank page between", f"{_TASK_1}\n\f\f{_TASK_2}\n", [_TASK_1, "", _TASK_2]),
    ("break marker", f"{_TASK_1}\n\n--- PAGE BREAK ---\n\n{_TASK_2}\n", [_TASK_1, _TASK_2]),
    ("numbered markers", f"=== Trang 1 ===\n{_TASK_1}\n=== Trang 2/2 ===\n{_TASK_2}\n",
     [_TASK_1, _TASK_2]),
    ("leading marker", f"--- PAGE BREAK ---\n{_TASK_1}\n--- PAGE BREAK ---\n{_TASK_2}\n",
     [_TASK_1, _TASK_2]),
])
def test_text_pages(form, text, pages):
    notice = parse(text, language="vi")
    assert [notice.text[p.span.start:p.span.end].strip() for p in notice.pages] == pages
    assert [p.number for p in notice.pages] == list(range(1, len(pages) + 1))
    if pages:
        assert [(t.page, t.assignees[0].name) for t in notice.tasks] == [
            (pages.index(_TASK_1) + 1, "Bộ Y tế"), (pages.index(_TASK_2) + 1, "Bộ Tài chính")]


def test_page_breaks_point_at_the_break():
    text = "a\fb\n--- PAGE BREAK ---\nc\n| ---- Page 3 ---- |\nd"
    assert [text[i] for i in page_breaks(text)] == ["\f", "-", "|"]


def test_words_that_only_look_like_markers_are_text():
    assert page_breaks("Trang 2 của báo cáo\nPage break-even analysis\n") == []


def test_pdf_pages(tmp_path):
    from test_ingest import _pdf_with

    path = tmp_path / "two.pdf"
    _pdf_with([[(_TASK_1, "")], [(_TASK_2, "")]], path)
    notice = parse(path, language="vi", ocr="never")
    assert [p.number for p in notice.pages] == [1, 2]
    assert [t.page for t in notice.tasks] == [1, 2]


def test_a_table_going_on_over_a_page_break_keeps_the_break():
    text = (" TT   Nhiệm vụ            Chủ trì       Thời hạn\n"
            " 1    Lập quy hoạch       Sở Xây        Quý I/2026\n"
            "      vùng ven biển       dựng\n\f\n"
            " 2    Kiểm tra an toàn    Sở Y tế       Quý II/2026\n")
    notice = parse(text, language="vi")
    assert [p.number for p in notice.pages] == [1, 2]
    assert [(t.page, t.assignees[0].name) for t in notice.tasks] == [(1, "Sở Xây dựng"), (2, "Sở Y tế")]
