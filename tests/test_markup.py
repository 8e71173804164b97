"""Lightweight markup of copied notices (notice_parser.markup): one row per markup form.

Each row: the source, what normalize makes of it, and a word whose span must map back to the
same word in the source. The texts are written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from notice_parser import markup, mime, parse
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
    # MediaWiki: templates, footnotes and quotes gone, lists counted, a table as pipe rows
    ("mediawiki-lists-and-layout", "{{header\n | title = Plan 4\n}}\n'''Article 2.''' The [[Ministry of Finance|MOF]]"
     " shall:<ref>Note.</ref>\n# review the fees;\n## by sector;\n# report.\n* a bullet\n{{right|'''Ha Noi'''}}\n"
     "[[Category:Plans]]\n", "Article 2. The MOF shall:\n1. review the fees;\na) by sector;\n2. report.\n- a bullet\n"
     "Ha Noi", "fees"),
    ("mediawiki-heading-and-table", "== II. Tasks ==\n{| class=\"wikitable\"\n|+ Works\n! No. !! Work !! Lead\n|-\n"
     "| 1 || Repair the bridge || style=\"color:red\" | Unit 7\n|-\n| 2\n| Paint it\n| Unit 8\n|}\n",
     "II. Tasks Works\nNo.    Work    Lead\n1    Repair the bridge    Unit 7\n2    Paint it    Unit 8", "Paint"),
    # Org mode: open items numbered, closed ones and unexported subtrees gone, properties as labelled lines
    ("org-todo-items-and-properties", "#+TITLE: Plan No. 5/KH-BTC\n#+TODO: TODO WAITING | DONE\n* Tasks\n"
     "** TODO Draft the circular\nDEADLINE: <2027-03-31 Wed -7d>\n:PROPERTIES:\n:LEAD:     Department of Legal Affairs\n"
     ":ALIAS:    DLA\n:END:\n** DONE Hold the workshop\nCLOSED: [2026-11-02 Mon 10:05]\n** WAITING Approve the budget\n"
     "SCHEDULED: <2027-01-04 Mon>\n", "Plan No. 5/KH-BTC\nTasks\n1. Draft the circular\nDeadline: 2027-03-31\nLead: "
     "Department of Legal Affairs\n\n2. Approve the budget", "Legal"),  # (a task's field keeps its own line)
    ("org-unexported-subtree-comments-checkboxes", "#+TITLE: Note\n# a comment\n* Header :noexport:\n:PROPERTIES:\n"
     ":NUMBER: 1\n:END:\n* Actions\n- [ ] open a hotline\n- [X] print leaflets\n- Note taken on [2026-12-08 Tue 09:14] "
     "\\\\\n  circulated.\n- see [[https://x.vn/a][the portal]]\n", "Note\nActions\n- open a hotline\n- see the portal",
     "portal"),
    # a unified diff of a draft and the signed text: the signed text (a hunk's counts need not be right)
    ("unified-diff-new-version", "diff --git a/draft.txt b/signed.txt\nindex 4f1c2ab..9e07d3c 100644\n"
     "--- a/draft.txt\n+++ b/signed.txt\n@@ -1,3 +1,3 @@\n DIRECTIVE\n-No.: ..../CT-NHNN\n+No.: 12/CT-NHNN\n\n"
     "@@ -9,2 +9,2 @@\n 2. The Payment Department shall:\n-a) draft a circular;\n+a) report every month;\n"
     "+b) submit the circular.\n 3. The Agency shall act.\n", "DIRECTIVE\nNo.: 12/CT-NHNN\n\n"
     "2. The Payment Department shall:\na) report every month;\nb) submit the circular.\n3. The Agency shall act.",
     "submit"),
    # LaTeX: the preamble, comments and layout gone, list items marked as their list counts them
    # an AsciiDoc table written a cell a line: rows of the first line's number of cells
    ("asciidoc-table-a-cell-a-line", "= Kế hoạch\n:doctype: article\n\n== Phụ lục\n\n[cols=\"1,4,2,2\"]\n|===\n"
     "|TT |Nhiệm vụ |Đơn vị chủ trì |Thời hạn\n\n|1\n|Xây dựng danh mục phần mềm\n|Cục Chuyển đổi số quốc gia\n"
     "|Quý II/2027\n\n|2\n|Vận hành kho mã nguồn\n|Trung tâm Công nghệ thông tin\n|Thường xuyên\n|===\n",
     "Kế hoạch\n\nPhụ lục\n\nTT    Nhiệm vụ    Đơn vị chủ trì    Thời hạn\n1    Xây dựng danh mục phần mềm    "
     "Cục Chuyển đổi số quốc gia    Quý II/2027\n2    Vận hành kho mã nguồn    Trung tâm Công nghệ thông tin    "
     "Thường xuyên", "Vận"),
    # LaTeX tables: a masthead whose rows end at '\tabularnewline' ('\\' breaks a cell's line there) and a task
    # table whose rows end at '\\', its spec with braces inside, rules, head marks and a spanning cell's wrapper gone
    ("latex-tables-as-rows", "\\documentclass{article}\n\\begin{document}\n\\noindent\n"
     "\\begin{tabular}{@{}p{6cm}@{}p{9cm}@{}}\n\\centering\\textbf{BỘ XÂY DỰNG\\\\CỤC ĐƯỜNG BỘ} &\n"
     "\\centering\\textit{Hà Nội, ngày 2 tháng 1 năm 2027} \\tabularnewline\n\\end{tabular}\n\n"
     "\\begin{longtable}{|c|p{5cm}|l|}\n\\hline\n\\textbf{TT} & \\textbf{Nhiệm vụ} & \\textbf{Thời hạn} \\\\ \\hline\n"
     "\\endhead\n\\multicolumn{3}{|l|}{\\textbf{I. DỮ LIỆU}} \\\\ \\hline\n1 & Xây dựng cơ sở dữ liệu,\nkết nối 50\\% & "
     "Quý II/2027 \\\\ \\hline\n2 & Báo cáo\\newline Bộ trưởng & Năm 2027 \\\\ \\hline\n\\end{longtable}\n\\end{document}\n",
     "BỘ XÂY DỰNG CỤC ĐƯỜNG BỘ    Hà Nội, ngày 2 tháng 1 năm 2027\n\nTT    Nhiệm vụ    Thời hạn\nI. DỮ LIỆU\n"
     "1    Xây dựng cơ sở dữ liệu, kết nối 50%    Quý II/2027\n2    Báo cáo Bộ trưởng    Năm 2027", "Quý II/2027"),
    # a register's YAML export: keys as labels (owner -> Lead, due -> Deadline), a record a paragraph, a key over
    # a list a heading, folded ('>') and literal ('|') blocks, quotes, nulls, comments and document marks gone
    ("yaml-register-records", "# Exported from the project register\n---\nmeeting_date: 2026-12-18\n"
     "minutes_by: Project Management Unit (PMU)\naction_points:\n  - id: AP-01\n    action: >\n"
     "      submit the revised procurement plan\n      to UNDP for clearance\n    owner: Project Management Unit (PMU)\n"
     "    support: ~\n    due: \"by 20 December 2026\"\n    status: open\n  - id: AP-02\n    action: |\n"
     "      issue the technical guideline\n    owner: Department of Climate Change\n    support: UNDP Viet Nam\n"
     "    due: no later than Q2 2027\n...\n",
     "Meeting date: 2026-12-18\nMinutes by: Project Management Unit (PMU)\n\nAction points\n\nID: AP-01\n"
     "Action: submit the revised procurement plan to UNDP for clearance\nLead: Project Management Unit (PMU)\n"
     "Deadline: by 20 December 2026\nStatus: open\n\nID: AP-02\nAction: issue the technical guideline\nLead: "
     "Department of Climate Change\nSupport: UNDP Viet Nam\nDeadline: no later than Q2 2027", "Q2 2027"),
    # Textile and Confluence wiki markup: block signatures, macros, links, emphasis and header cells gone
    ("textile-and-confluence-page", "h1. Dialogue summary\n\n{info:title=Status}Published by the Secretariat.{info}\n\n"
     "h2. Commitments\n\np(lead). The *Ministry of Finance* will reply by \"the portal\":https://x.vn/a soon.\n\n"
     "||No.||Lead||Commitment||With||Timing||\n|1|Ministry of Finance|refund the _pending_ VAT dossiers|Tax Department|"
     "by 26 February 2027|\n|_. Agency |_. Task |\n# first item\n## sub item\n* bullet [White Book|^wb.pdf]\n----\n",
     "Dialogue summary\n\nPublished by the Secretariat.\n\nCommitments\n\nThe Ministry of Finance will reply by the "
     "portal soon.\n\nNo.    Lead    Commitment    With    Timing\n1    Ministry of Finance    refund the pending VAT "
     "dossiers    Tax Department    by 26 February 2027\nAgency    Task\n1. first item\na) sub item\n- bullet White Book",
     "26 February"),
    # pandoc's reStructuredText: comments gone, '#. ' items counted by their list (a line that is no item ends
    # it), a list table's rows pipe rows under its title, another directive's line gone and its text kept
    ("rst-auto-numbered-items-and-list-table", ".. Chuyển từ tệp Word (-t rst)\n.. Ghi chú của người chuyển\n\n"
     "I. NHIỆM VỤ\n===========\n\n#. Rà soát khu vực nuôi biển.\n\n#. Giao khu vực biển.\n\nPhòng Kinh tế chủ trì:\n\n"
     "#. Lập danh sách.\n\n.. list-table:: Bảng 1. Phân công\n   :header-rows: 1\n\n   * - TT\n     - Nội dung\n"
     "     - Chủ trì\n   * - 1\n     - Lắp đặt trạm\n       quan trắc\n     - Phòng Kinh tế\n\n.. note::\n\n"
     "   Ghi chú cuối.\n",
     "I. NHIỆM VỤ\n\n1. Rà soát khu vực nuôi biển.\n\n2. Giao khu vực biển.\n\nPhòng Kinh tế chủ trì:\n\n"
     "1. Lập danh sách.\n\nBảng 1. Phân công\n\nTT    Nội dung    Chủ trì\n1    Lắp đặt trạm quan trắc    "
     "Phòng Kinh tế\n\nGhi chú cuối.", "Lắp đặt"),
    ("latex-lettered-list-and-commands", "\\documentclass{article}\n\\usepackage{enumitem}\n\\begin{document}\n"
     "\\section*{3. Tasks}\n% a comment\nThe Ministry~of Finance shall:\n\\begin{enumerate}[(a)]\n"
     "  \\item review the fees \\textbf{before May 1, 2027};\n  \\item report 10\\% of cases.\\footnote{Estimate.}\n"
     "\\end{enumerate}\n\\rule{3cm}{0.4pt}\\\\\nHa Noi\n\\end{document}\n", "3. Tasks\nThe Ministry of Finance shall:\n"
     "a) review the fees before May 1, 2027;\nb) report 10% of cases. (Estimate.)\n\nHa Noi", "May"),
]


@pytest.mark.parametrize("row_id, source, expected, word", FORMS, ids=[r[0] for r in FORMS])
def test_markup_gives_way_to_its_text(row_id, source, expected, word):
    mapped = normalize(source)
    assert mapped.text == expected
    start = mapped.text.index(word)
    assert source[mapped.src[start]:mapped.src[start + len(word) - 1] + 1] == word


_B64_BODY = "U+G7nyBZIHThur8gdHJp4buDbiBraGFpIG5nYXkga+G6vyBob+G6oWNoIHRpw6ptIGNo4bunbmcu"
MIME_FORMS = [
    # a multipart message: the quoted-printable plain part decoded (a character's bytes on both sides of a
    # soft line break), headers, preamble, boundaries and the attachment dropped
    ("mime-multipart-quoted-printable",
     "Return-Path: <vp@tct.vn>\nFrom: =?utf-8?b?VsSDbiBwaMOybmc=?= <vp@tct.vn>\nSubject: [TCT] Thong bao\n"
     "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"=_b1\"\n\nThis is a multi-part message in MIME "
     "format.\n\n--=_b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
     "B=E1=BB=99 T=C3=A0i ch=C3=ADnh b=C3=A1o c=C3=A1o tr=C6=B0=E1=BB=9Bc ng=C3=\n=A0y 15/12/2026 v=E1=BB=81 "
     "vi=E1=BB=87c thu ph=C3=AD.\n\n--=_b1\nContent-Type: application/pdf; name=\"tb.pdf\"\n"
     "Content-Transfer-Encoding: base64\n\nJVBERi0xLjcK\n--=_b1--\n",
     "Bộ Tài chính báo cáo trước ngày 15/12/2026 về việc thu phí.", "15/12/2026"),
    # one plain part in base64
    ("mime-single-part-base64",
     "From: So Y te <syt@x.vn>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
     "Content-Transfer-Encoding: base64\n\n" + _B64_BODY + "\n", "Sở Y tế triển khai ngay kế hoạch tiêm chủng.", None),
    # soft line breaks inside English words
    ("mime-soft-line-breaks",
     "Date: Thu, 3 Dec 2026 19:42:05 +0700\nSubject: =?UTF-8?Q?FW:_Dispatch?=\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
     "The Ministry of Construction shall clear the landslide=\ns on national highways before 6 December 2026.\n",
     "The Ministry of Construction shall clear the landslides on national highways before 6 December 2026.", "highways"),
    # an HTML-only message: its text
    ("mime-html-only",
     "From: a@b.vn\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
     "Content-Transfer-Encoding: quoted-printable\n\n<p>S=E1=BB=9F X=C3=A2y d=E1=BB=B1ng b=C3=A1o c=C3=A1o.</p>\n",
     "Sở Xây dựng báo cáo.", None),
    # an HTML-only message in 8bit: its text is already decoded, whatever charset it declares
    ("mime-html-only-8bit-declared-charset",
     "From: a@b.vn\nMIME-Version: 1.0\nContent-Type: text/html; charset=windows-1258\n\n"
     "<p>Sở Xây dựng báo cáo.</p>\n", "Sở Xây dựng báo cáo.", None),
]


@pytest.mark.parametrize("row_id, source, expected, word", MIME_FORMS, ids=[r[0] for r in MIME_FORMS])
def test_an_email_source_gives_its_decoded_body(row_id, source, expected, word):
    mapped = normalize(source)
    assert mapped.text.strip() == expected
    if word is not None:  # a word written as plain characters keeps its offset
        start = mapped.text.index(word)
        assert source[mapped.src[start]:mapped.src[start + len(word) - 1] + 1] == word


@pytest.mark.parametrize("text", [
    "Chỉ thị số 14/CT-UBND [Dẫn theo: Cổng thông tin] và [1] chú thích.",  # brackets, no BBCode
    "Subject: Báo cáo tháng 11.\n\nContent-Type là một trường của thư điện tử.",  # a header line, no MIME head
    "The list [of items] is in Annex [2].",
    "Ngày 5/6: họp.\n: chú ý\nĐiều 1. Nội dung.",  # a colon line, no AsciiDoc
    "#+ a hashtag line\n* a bullet\nC:\\Users\\section 2 \\item",  # no keyword line, no LaTeX command pair
    "He said ''yes'' twice.\n== a line of equals ==",  # quotes and an equals line: one wiki sign, not two
    "+++ Breaking +++\n\n@@ admin: see -1 +2 @@",  # a headline and a chat mention: no hunk header at a line start
])
def test_plain_text_is_no_markup(text):
    assert not markup.looks_like_bbcode(text)
    assert not markup.looks_like_asciidoc(text)
    assert not markup.looks_like_org(text)
    assert not markup.looks_like_latex(text)
    assert not markup.looks_like_mediawiki(text)
    assert not markup.looks_like_unified_diff(text)
    assert not mime.looks_like_mime(text)
    assert normalize(text).text == text


def test_tracked_changes_give_the_accepted_tasks():
    text = ("AUDIT REPORT\nNo. 7/BC-KTNN\nHanoi, September 8, 2026\n\nI. To the People's Committee of Gia Lai province\n\n"
            "1. Recover the funds {~~before December 31, 2026~>before November 30, 2026~~}.\n\n"
            "{--2. Reconsider the land prices.--}\n\n{++2. Approve the land prices.++}\n")
    tasks = parse(text, language="en").tasks
    assert [(t.assignees[0].name, t.action, t.deadline and t.deadline.end.isoformat()) for t in tasks] == [
        ("the People's Committee of Gia Lai province", "recover the funds", "2026-11-30"),
        ("the People's Committee of Gia Lai province", "approve the land prices", None)]


def test_an_org_files_open_items_are_tasks_of_their_lead():
    text = ("#+TITLE: Plan No. 9/KH-BKHCN\n#+TODO: TODO | DONE CANCELLED\n* Tasks\n** TODO Issue guidance on remote signing\n"
            "DEADLINE: <2027-02-26 Fri>\n:PROPERTIES:\n:LEAD:     Department of Legal Affairs\n"
            ":COORDINATING: Ministry of Public Security\n:END:\n** DONE Licence two providers\n:PROPERTIES:\n"
            ":LEAD:     Department of Planning\n:END:\n** TODO Study mutual recognition with ASEAN partners\n:PROPERTIES:\n"
            ":LEAD:     Department of International Cooperation\n:END:\n")
    tasks = parse(text, language="en").tasks
    assert [(t.assignees[0].name, [c.name for c in t.coordinators], t.action, t.deadline and t.deadline.end.isoformat())
            for t in tasks] == [
        ("Department of Legal Affairs", ["Ministry of Public Security"], "issue guidance on remote signing", "2027-02-26"),
        ("Department of International Cooperation", [], "study mutual recognition with ASEAN partners", None)]


def test_a_calendar_exports_open_todos_are_tasks_of_their_lead():
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Plan 12/KH-BXD - tasks\r\nBEGIN:VTODO\r\n"
            "UID:kh12-01@example.vn\r\nSUMMARY:Issue guidance on inspecting old apartment\r\n  buildings\r\n"
            "DESCRIPTION:Lead: Department of Housing\\nCoordinate: Ministry of Finance\\, Ministry of Home\r\n"
            "  Affairs\\nDeadline: in the first quarter of 2027\r\nORGANIZER;CN=\"Department of\r\n Housing\":mailto:a@b.vn\r\n"
            "DUE;VALUE=DATE:20270331\r\nSTATUS:NEEDS-ACTION\r\nEND:VTODO\r\nBEGIN:VTODO\r\nSUMMARY:Review the fees\r\n"
            "DESCRIPTION:Lead: Department of Planning\r\nSTATUS:COMPLETED\r\nEND:VTODO\r\nBEGIN:VTODO\r\n"
            "SUMMARY:Publish the list of unsafe buildings\r\nDESCRIPTION:Lead: Department of Housing\r\n"
            "DUE;VALUE=DATE:20270630\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
    assert markup.looks_like_icalendar(text)
    tasks = parse(text, language="en").tasks
    assert [(t.assignees[0].name, [c.name for c in t.coordinators], t.action, t.deadline and t.deadline.end.isoformat())
            for t in tasks] == [
        ("Department of Housing", ["Ministry of Finance", "Ministry of Home Affairs"],
         "issue guidance on inspecting old apartment buildings", "2027-03-31"),
        ("Department of Housing", [], "publish the list of unsafe buildings", "2027-06-30")]


def test_a_yaml_registers_records_and_a_confluence_table_are_tasks():
    register = ("---\nmeeting_date: 2026-12-18\nminutes_by: PMU\naction_points:\n  - id: AP-01\n    action: >\n"
                "      submit the revised procurement plan\n      to UNDP for clearance\n"
                "    owner: Project Management Unit\n    support: ~\n    due: by 20 December 2026\n  - id: AP-02\n"
                "    action: issue the technical guideline\n    owner: Department of Climate Change\n"
                "    support: UNDP Viet Nam\n    due: no later than Q2 2027\n")
    page = ("h1. Dialogue\n\nh2. Commitments\n\n||No.||Lead||Commitment||With||Timing||\n"
            "|1|Ministry of Finance|refund the pending VAT dossiers|Tax Department|by 26 February 2027|\n")
    read = [[(t.assignees[0].name, [c.name for c in t.coordinators], t.action, t.deadline and t.deadline.end.isoformat())
             for t in parse(text, language="en").tasks] for text in (register, page)]
    assert read == [[("Project Management Unit", [], "submit the revised procurement plan to UNDP for clearance",
                      "2026-12-20"),
                     ("Department of Climate Change", ["UNDP Viet Nam"], "issue the technical guideline", "2027-06-30")],
                    [("Ministry of Finance", ["Tax Department"], "refund the pending VAT dossiers", "2027-02-26")]]


LATEX_TASKS = [
    ("enumerate-items-under-a-subsection", "en",
     "\\documentclass{article}\n\\begin{document}\n\\textbf{GOVERNMENT OFFICE}\\\\\nNo.~12/TB-VPCP\n\n"
     "\\subsection*{1. The Ministry of Finance shall:}\n\\begin{enumerate}[(a)]\n"
     "  \\item review the fee rates \\textbf{before March 31, 2027};\n  \\item guide the provinces on refunds.\n"
     "\\end{enumerate}\n\\end{document}\n",
     [("The Ministry of Finance", "review the fee rates", "2027-03-31"),
      ("The Ministry of Finance", "guide the provinces on refunds", None)]),
    ("longtable-rows", "vi",
     "\\documentclass{article}\n\\begin{document}\nSố: 12/QĐ-BXD\n\\begin{longtable}{|c|p{6cm}|p{3cm}|l|}\n\\hline\n"
     "TT & Nội dung nhiệm vụ & Đơn vị chủ trì & Thời hạn \\\\ \\hline\n\\endhead\n"
     "1 & Xây dựng cơ sở dữ liệu về phụ phẩm nông nghiệp & Cục Chuyển đổi số & Quý II/2027 \\\\ \\hline\n"
     "\\end{longtable}\n\\end{document}\n",
     [("Cục Chuyển đổi số", "xây dựng cơ sở dữ liệu về phụ phẩm nông nghiệp", "2027-06-30")]),
]


@pytest.mark.parametrize("row_id, language, text, expected", LATEX_TASKS, ids=[r[0] for r in LATEX_TASKS])
def test_a_latex_sources_items_and_table_rows_are_tasks(row_id, language, text, expected):
    tasks = parse(text, language=language).tasks
    assert [(t.assignees[0].name, t.action, t.deadline and t.deadline.end.isoformat()) for t in tasks] == expected


def test_a_wiki_pages_numbered_items_and_table_rows_are_tasks():
    text = ("{{header\n | title = Decision No. 77/QD-BXD\n}}\n'''MINISTRY OF CONSTRUCTION'''<br/>\nNo. 77/QD-BXD\n\n"
            "== Tasks ==\n# '''The Vietnam Road Administration:'''<ref>Formerly a General Department.</ref>\n"
            "## Inspect the ferry piers before 30 March 2027.\n## Report the results to the Ministry.\n"
            "{| class=\"wikitable\"\n! No. !! Work !! Lead !! Deadline\n|-\n"
            "| 1 || Rebuild the culvert at km 12 || Project Management Unit 6 || June 2027\n|}\n"
            "[[Category:Decisions]]\n")
    tasks = parse(text, language="en").tasks
    assert [(t.assignees[0].name, t.action, t.deadline and t.deadline.end.isoformat()) for t in tasks] == [
        ("The Vietnam Road Administration", "inspect the ferry piers", "2027-03-30"),
        ("The Vietnam Road Administration", "report the results to the Ministry", None),
        ("Project Management Unit 6", "rebuild the culvert at km 12", "2027-06-30")]


@pytest.mark.parametrize("text, sent", [
    # an mbox thread: its latest message's day
    ("From a@x.vn Fri Nov 27 09:42:05 2026\nFrom: A <a@x.vn>\nSubject: Items\nDate: Fri, 27 Nov 2026 16:42:05 +0700\n"
     "MIME-Version: 1.0\nContent-Type: text/plain\n\n1. Do it.\n\nFrom b@x.vn Tue Dec  1 03:03:19 2026\n"
     "From: B <b@x.vn>\nSubject: RE: Items\nDate: Tue, 1 Dec 2026 10:03:19 +0700\nMIME-Version: 1.0\n"
     "Content-Type: text/plain\n\nAgreed.\n", dt.date(2026, 12, 1)),
    # one message, CRLF lines
    ("From: A <a@x.vn>\r\nDate: Mon, 30 Nov 2026 08:15:44 +0700\r\nMIME-Version: 1.0\r\n"
     "Content-Type: text/plain\r\n\r\nText.\r\n", dt.date(2026, 11, 30)),
    # a page saved as MHTML is sent by no one
    ("From: <Saved by Blink>\nDate: Mon, 30 Nov 2026 10:02:41 +0700\nMIME-Version: 1.0\n"
     "Content-Type: text/html\n\n<p>Text</p>\n", None),
    ("Date: Mon, 30 Nov 2026\n\nA plain text.", None),  # no e-mail
    ("From: A <a@x.vn>\nDate: yesterday\nMIME-Version: 1.0\nContent-Type: text/plain\n\nText.", None),  # no date
], ids=["mbox-latest-message", "single-message-crlf", "mhtml-page", "plain-text", "unreadable-date"])
def test_the_day_an_email_was_sent(text, sent):
    assert mime.sent_date(text) == sent
