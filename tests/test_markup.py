"""Lightweight markup of copied notices (notice_parser.markup): one row per markup form.

Each row: the source, what normalize makes of it, and a word whose span must map back to the
same word in the source. The texts are written for these tests.
"""
from __future__ import annotations

import pytest

from notice_parser import markup, parse
from notice_parser.normalize import normalize

FORMS = [
    # CriticMarkup: the changes accepted
    ("critic-insert", "Settle the advances {++and report the results++}.", "Settle the advances and report the results.",
     "report"),
    ("critic-delete", "Issue the decision{-- by the end of the audit--}.", "Issue the decision.", "decision"),
    ("critic-substitute", "Recover the funds {~~before December 31~>before November 30~~}.",
     "Recover the funds before November 30.", "November"),
    ("critic-comment", "Hold them accountable.{>>AQC: keep without a date<<}", "Hold them accountable.", "accountable"),
    ("critic-highlight", "Guide the {==provinces==} on it.", "Guide the provinces on it.", "provinces"),
    ("critic-verb-replaced", "2. {--Consider--}{++Stop++} transferring capital.", "2. Stop transferring capital.",
     "Stop"),
    # BBCode: tags gone, list items marked as their lists count them
    ("bbcode-inline", "[b]The Director[/b] shall [i]act[/i] [url=https://example.vn]now[/url].",
     "The Director shall act now.", "now"),
    ("bbcode-numbered-list", "[list=1]\n[*]First item;\n[*]Second item.\n[/list]", "1. First item;\n2. Second item.",
     "Second"),
    ("bbcode-nested-letters", "[list=1]\n[*][b]X[/b] shall:\n[list=a]\n[*]do A;\n[*]do B.\n[/list]\n[/list]",
     "1. X shall:\n\na) do A;\nb) do B.", "do B"),  # (a tag's line emptied)
    ("bbcode-bullets-by-depth", "[list]\n[*]one\n[list]\n[*]two\n[/list]\n[/list]", "- one\n\n+ two", "two"),
    ("bbcode-inline-items", "[list][*]one[*]two[/list]", "- one\n- two", "two"),
    ("bbcode-image-dropped", "[b]Hello[/b] [img]https://x.vn/a.png[/img]world", "Hello world", "world"),
    # AsciiDoc: attribute and block lines emptied, headings and items without their marks
    ("asciidoc-numbered-and-lettered", ":doctype: article\n\n== Article 2\n\n. The Government shall:\n[loweralpha]\n"
     ".. do A;\n.. do B.\n. The Ministry shall act.", "Article 2\n\n1. The Government shall:\n\na) do A;\nb) do B.\n"
     "2. The Ministry shall act.", "do B"),
    ("asciidoc-list-ends-at-a-paragraph", ":lang: en\n\n. first\n\nA paragraph.\n\n. again", "1. first\n\n"
     "A paragraph.\n\n1. again", "again"),
    ("asciidoc-bullets-and-footnote", ":lang: en\n\n== Tasks\n\n* allocate funds footnote:[Law No. 1/2025/QH15.];\n"
     "** in 2027", "Tasks\n\n- allocate funds (Law No. 1/2025/QH15.);\n+ in 2027", "Law"),
    ("asciidoc-cross-reference-and-break", ":lang: en\n\n== A\n\nSee <<art2,Article 2>> +\nnow.",
     "A\n\nSee Article 2 now.", "now"),  # (the broken line joined as any wrapped line)
]


@pytest.mark.parametrize("row_id, source, expected, word", FORMS, ids=[r[0] for r in FORMS])
def test_markup_gives_way_to_its_text(row_id, source, expected, word):
    mapped = normalize(source)
    assert mapped.text == expected
    start = mapped.text.index(word)
    assert source[mapped.src[start]:mapped.src[start + len(word) - 1] + 1] == word


@pytest.mark.parametrize("text", [
    "Chỉ thị số 14/CT-UBND [Dẫn theo: Cổng thông tin] và [1] chú thích.",  # brackets, no BBCode
    "The list [of items] is in Annex [2].",
    "Ngày 5/6: họp.\n: chú ý\nĐiều 1. Nội dung.",  # a colon line, no AsciiDoc
])
def test_plain_text_is_no_markup(text):
    assert not markup.looks_like_bbcode(text)
    assert not markup.looks_like_asciidoc(text)
    assert normalize(text).text == text


def test_tracked_changes_give_the_accepted_tasks():
    text = ("AUDIT REPORT\nNo. 7/BC-KTNN\nHanoi, September 8, 2026\n\nI. To the People's Committee of Gia Lai province\n\n"
            "1. Recover the funds {~~before December 31, 2026~>before November 30, 2026~~}.\n\n"
            "{--2. Reconsider the land prices.--}\n\n{++2. Approve the land prices.++}\n")
    tasks = parse(text, language="en").tasks
    assert [(t.assignees[0].name, t.action, t.deadline and t.deadline.end.isoformat()) for t in tasks] == [
        ("the People's Committee of Gia Lai province", "recover the funds", "2026-11-30"),
        ("the People's Committee of Gia Lai province", "approve the land prices", None)]
