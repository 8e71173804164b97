"""The marked view of a Vietnamese text typed without marks (notice_parser.accents)."""
import pytest

from notice_parser import parse
from notice_parser.accents import marked_view, unmarked
from notice_parser.textutil import strip_marks

UNMARKED = ("2. Nhiem vu thoi gian toi:\n"
            "a) So Xay dung chu tri, phoi hop voi So Tai chinh ra soat quy dat, bao cao UBND tinh truoc ngay 30/6/2026.\n"
            "b) Thanh tra tinh thanh tra viec xet duyet ho so trong quy IV/2026.\n"
            "c) De nghi Ngan hang Chinh sach xa hoi chi nhanh tinh Quang Ngai day nhanh giai ngan von vay.\n"
            "d) Giao Van phong UBND tinh theo doi, don doc cac don vi thuc hien ket luan nay.\n")


@pytest.mark.parametrize("written, viewed", [
    ("So Xay dung chu tri, phoi hop voi So Tai chinh ra soat", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát"),
    ("Ngan hang Chinh sach xa hoi", "Ngân hàng Chính sách xã hội"),  # the registry's name, in the text's case
    ("quy dat", "quy dat"),  # lone syllables of many ways keep no marks ('quy': 'quy', 'quý', 'quỹ')
    ("Quang Ngai", "Quảng Ngãi"),  # a province
])
def test_the_view_has_the_marks_of_known_phrases(written, viewed):
    view = marked_view(UNMARKED)
    assert len(view) == len(UNMARKED)
    start = UNMARKED.index(written)
    assert view[start:start + len(written)] == viewed
    assert strip_marks(view) == UNMARKED


def test_only_unmarked_vietnamese_is_read_through_the_view():
    assert unmarked(UNMARKED * 2, "vi")
    assert not unmarked(UNMARKED * 2, "en")
    assert not unmarked(marked_view(UNMARKED * 2), "vi")
    assert not unmarked(UNMARKED[:100], "vi")  # too short to tell


def test_tasks_of_an_unmarked_text_are_found_and_written_as_the_text_writes_them():
    tasks = parse("Quang Ngai, ngay 08 thang 6 nam 2026\n" + UNMARKED * 2, language="vi").tasks
    found = [(t.assignees[0].name, t.action[:20], t.coordinators[0].name if t.coordinators else None) for t in tasks]
    assert ("So Xay dung", "ra soat quy dat, bao", "So Tai chinh") in found
    assert ("Thanh tra tinh", "thanh tra viec xet d", None) in found
    assert ("Van phong UBND tinh", "theo doi, don doc ca", None) in found
