"""Structure: the section tree, one row per marker form."""
from __future__ import annotations

import pytest

from notice_parser.structure import build_sections, iter_sections, section_path

DOC = """THÔNG BÁO
I. ĐÁNH GIÁ CHUNG
Kết quả đạt được.
II. NHIỆM VỤ
1. Bộ Công an:
a) Hoàn thành cơ sở dữ liệu;
b) Hướng dẫn các địa phương.
- Rà soát quy trình;
+ Báo cáo kết quả.
2. Bộ Tài chính bố trí kinh phí.
2.1. Trước ngày 30/6/2024.
Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành."""


def _flat():
    return [(path, s.kind, s.heading) for path, s in iter_sections(build_sections(DOC))]


@pytest.mark.parametrize("path, kind, heading_start", [
    (("I",), "part", "ĐÁNH GIÁ"),
    (("II",), "part", "NHIỆM VỤ"),
    (("II", "1"), "number", "Bộ Công an:"),
    (("II", "1", "a"), "letter", "Hoàn thành"),
    (("II", "1", "b"), "letter", "Hướng dẫn"),
    (("II", "1", "b", "-"), "bullet", "Rà soát"),
    (("II", "1", "b", "-", "+"), "bullet", "Báo cáo"),
    (("II", "2"), "number", "Bộ Tài chính"),
    (("II", "2", "2.1"), "number", "Trước ngày"),
    (("II", "Điều 3"), "article", "Chánh Văn phòng"),
])
def test_sections(path, kind, heading_start):
    rows = {row[0]: row for row in _flat()}
    assert path in rows
    assert rows[path][1] == kind
    assert rows[path][2].startswith(heading_start)


def test_spans_nest_and_cover_items():
    sections = build_sections(DOC)
    for _, section in iter_sections(sections):
        for child in section.children:
            assert section.span.start <= child.span.start <= child.span.end <= section.span.end
    offset = DOC.index("Hướng dẫn các")
    assert section_path(sections, offset) == ["II", "1", "b"]


@pytest.mark.parametrize("text, expected", [
    # lower-case letters that are also Roman digits stay letters under their number
    ("II. NHIỆM VỤ\n1. Các Bộ:\nb) Rà soát;\nc) Cắt giảm thủ tục;\nd) Số hóa hồ sơ.",
     [("II",), ("II", "1"), ("II", "1", "b"), ("II", "1", "c"), ("II", "1", "d")]),
    ("1. The ministries shall:\ni. review the rules;\nv. report.",
     [("1",)]),
    ("PHẦN II - NHIỆM VỤ\n1. Bộ Tài chính bố trí kinh phí.",
     [("II",), ("II", "1")]),
    ("Mục iv. Tổ chức thực hiện", []),
    # the distribution list is no part of the body; an appendix after it is
    ("1. Bộ Công an báo cáo.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nPHỤ LỤC\nI. DANH MỤC\n1. Dự án A.",
     [("1",), ("I",), ("I", "1")]),
    ("1. The Ministry of Finance shall report.\nRecipients:\n- As above;\n- Archived: VT.",
     [("1",)]),
    ("Recipients of support shall:\n1. register before May 1.", [("1",)]),
])
def test_marker_forms(text, expected):
    assert [path for path, _ in iter_sections(build_sections(text))] == expected


def test_a_sentence_opening_with_distribution_is_body():
    text = "1. Distribution of relief goods:\na) The Ministry of Finance shall allocate funds."
    assert [path for path, _ in iter_sections(build_sections(text))] == [("1",), ("1", "a")]
