"""Ruled tables in PDFs (pdftables): one pipe row per table row, whatever draws the grid.

The PDFs are drawn here with fpdf2 (the test extra): a task table whose cells wrap
over lines, its borders drawn the three ways writers draw them (a stroked rectangle
per cell, thin filled rectangles as Word does, lines), a lead-agency cell merged over
two rows, a table going on over a page break, and text without a grid.
"""
from __future__ import annotations

import os
import re

import pytest

from notice_parser import parse
from notice_parser.ingest import read_source

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WIDTHS = (12, 70, 36, 36, 26)  # mm: index, task, lead, coordinators, deadline
VI_HEADER = ("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
VI_ROWS = [
    ("1", "Xây dựng cơ sở dữ liệu đất đai tập trung, kết nối với cơ sở dữ liệu quốc gia",
     "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Khoa học và Công nghệ", "Quý II/2026"),
    ("2", "Triển khai nền tảng họp trực tuyến đến cấp xã", "Văn phòng UBND tỉnh",
     "Sở Khoa học và Công nghệ", "Tháng 6/2026"),
    ("3", "Đào tạo kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "UBND các xã, phường",
     "Năm 2026"),
]
EN_HEADER = ("No.", "Task", "Lead agency", "Coordinating agencies", "Deadline")
EN_ROWS = [
    ("1", "Review and amend the regulations on public investment disbursement",
     "Ministry of Finance", "Ministry of Justice", "December 15, 2026"),
    ("2", "Build the national database on electronic invoices", "Ministry of Finance",
     "State Bank of Vietnam", "Q3 2026"),
]


def _new_pdf(size: float):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) draws the test PDFs")
    if not os.path.exists(FONT):
        pytest.skip("DejaVu fonts not installed")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("serif", fname=FONT)
    pdf.set_font("serif", size=size)
    return pdf


def _table_pdf(path, header, rows, *, borders="boxes", merge_lead=False, intro="", rows_per_page=None):
    pdf = _new_pdf(10)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 6, intro or "Các nhiệm vụ cụ thể như sau:", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 4
    table = [header, *rows]
    for number, row in enumerate(table):
        if rows_per_page and number > 1 and (number - 1) % rows_per_page == 0:
            pdf.add_page()
            y = 20
        widths = WIDTHS if len(row) > 1 else (sum(WIDTHS),)  # a group row ("I. …") spans the table
        heights = [len(pdf.multi_cell(w - 2, 5, text, dry_run=True, output="LINES")) * 5 + 2
                   for w, text in zip(widths, row)]
        height = max(heights)
        x = 15.0
        for column, (width, text) in enumerate(zip(widths, row)):
            merged_below = merge_lead and column == 2 and number == 1
            merged_above = merge_lead and column == 2 and number == 2
            if not merged_above:
                pdf.set_xy(x + 1, y + 1)
                pdf.multi_cell(width - 2, 5, text)
            _border(pdf, borders, x, y, width, height, top=not merged_above, bottom=not merged_below)
            x += width
        y += height
    pdf.output(str(path))


def _border(pdf, borders, x, y, width, height, *, top=True, bottom=True):
    if borders == "none":  # columns kept apart by position alone
        return
    if borders == "boxes" and top and bottom:
        pdf.rect(x, y, width, height)  # one stroked rectangle per cell
        return
    edges = [(x, y, x, y + height), (x + width, y, x + width, y + height)]
    if top:
        edges.append((x, y, x + width, y))
    if bottom:
        edges.append((x, y + height, x + width, y + height))
    for x0, y0, x1, y1 in edges:
        if borders == "filled":  # Word: each border a thin filled rectangle
            pdf.rect(min(x0, x1), min(y0, y1), max(x1 - x0, 0.15), max(y1 - y0, 0.15), style="F")
        else:
            pdf.line(x0, y0, x1, y1)


def _rows(text: str) -> list[list[str]]:
    return [re.split(r" {3,}", line.strip()) for line in text.splitlines() if len(re.findall(r" {3,}", line)) >= 3]


@pytest.mark.parametrize("borders", ["boxes", "filled", "lines", "none"])
def test_each_table_row_is_one_line_of_cells(tmp_path, borders):
    path = tmp_path / "plan.pdf"
    _table_pdf(path, VI_HEADER, VI_ROWS, borders=borders)
    notice = parse(path, language="vi", ocr="never")
    assert _rows(notice.text) == [list(VI_HEADER), *[list(row) for row in VI_ROWS]]


def test_rows_are_tasks_with_lead_coordinators_and_deadline(tmp_path):
    path = tmp_path / "plan.pdf"
    _table_pdf(path, VI_HEADER, VI_ROWS, borders="filled")
    tasks = parse(path, language="vi", ocr="never").tasks
    assert [(t.assignees[0].name, [c.name for c in t.coordinators], t.deadline and t.deadline.granularity)
            for t in tasks] == [
        ("Sở Nông nghiệp và Môi trường", ["Sở Tài chính", "Sở Khoa học và Công nghệ"], "quarter"),
        ("Văn phòng UBND tỉnh", ["Sở Khoa học và Công nghệ"], "month"),
        ("Sở Nội vụ", ["UBND các xã, phường"], "year"),
    ]
    assert tasks[0].action.startswith("xây dựng cơ sở dữ liệu đất đai tập trung, kết nối")


def test_a_lead_cell_merged_over_two_rows_leads_both(tmp_path):
    path = tmp_path / "merged.pdf"
    _table_pdf(path, VI_HEADER, VI_ROWS, borders="lines", merge_lead=True)
    tasks = parse(path, language="vi", ocr="never").tasks
    assert [t.assignees[0].name for t in tasks[:2]] == ["Sở Nông nghiệp và Môi trường"] * 2


def test_a_table_going_on_over_a_page_break(tmp_path):
    path = tmp_path / "long.pdf"
    _table_pdf(path, VI_HEADER, VI_ROWS, borders="boxes", rows_per_page=2)
    notice = parse(path, language="vi", ocr="never")
    assert len(notice.pages) == 2
    assert [t.assignees[0].name for t in notice.tasks] == [row[2] for row in VI_ROWS]
    assert notice.tasks[2].page == 2


def test_english_table(tmp_path):
    path = tmp_path / "plan-en.pdf"
    _table_pdf(path, EN_HEADER, EN_ROWS, borders="filled", intro="The specific tasks are as follows:")
    tasks = parse(path, language="en", ocr="never").tasks
    assert [(t.assignees[0].name, [c.name for c in t.coordinators], t.deadline.end.isoformat())
            for t in tasks] == [("Ministry of Finance", ["Ministry of Justice"], "2026-12-15"),
                                ("Ministry of Finance", ["State Bank of Vietnam"], "2026-09-30")]


def test_a_table_without_borders_with_group_rows_gives_its_tasks(tmp_path):
    path = tmp_path / "unruled.pdf"
    group_rows = [("I. Nhóm nhiệm vụ về dữ liệu",), *VI_ROWS[:2], ("II. Nhóm nhiệm vụ về nhân lực",), VI_ROWS[2]]
    _table_pdf(path, VI_HEADER, group_rows, borders="none")
    notice = parse(path, language="vi", ocr="never")
    assert "I. Nhóm nhiệm vụ về dữ liệu" in notice.text.splitlines()
    assert [(t.assignees[0].name, [c.name for c in t.coordinators]) for t in notice.tasks] == [
        (row[2], [c.strip() for c in row[3].split(";")]) for row in VI_ROWS]


def test_header_words_in_prose_make_no_table(tmp_path):
    path = tmp_path / "prose.pdf"
    pdf = _new_pdf(11)
    pdf.add_page()
    for number in range(1, 4):
        pdf.multi_cell(180, 6, f"{number}. Mỗi nhiệm vụ ghi rõ nội dung nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp "
                       "và thời gian hoàn thành; Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")
    pdf.output(str(path))
    text = read_source(path).text
    assert "    " not in text and "cơ quan chủ trì, cơ quan phối hợp" in text


def test_text_without_a_grid_is_read_as_before(tmp_path):
    path = tmp_path / "plain.pdf"
    pdf = _new_pdf(11)
    pdf.add_page()
    pdf.multi_cell(180, 6, "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát định mức, "
                   "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.")
    pdf.line(15, 60, 195, 60)  # a lone rule (a signature line) is no table
    pdf.output(str(path))
    text = read_source(path).text
    assert "|" not in text and "      " not in text
    assert "Sở Tài chính chủ trì" in text


def test_task_cards_boxed_two_to_a_row_are_read_one_card_at_a_time(tmp_path):
    cards = [("Sở Xây dựng", "Sở Tài chính", "Kiểm tra chất lượng các cầu tạm trên tuyến đường ven biển", "30/11/2026"),
             ("Công an tỉnh", "Không", "Bảo đảm an ninh trật tự tại khu tái định cư", "Quý I/2027"),
             ("Sở Tài chính", "Sở Nội vụ", "Rà soát định mức chi cho các đoàn kiểm tra", "15/12/2026"),
             ("Văn phòng UBND tỉnh", "Không", "Cập nhật các phiếu lên hệ thống theo dõi nhiệm vụ", "Tháng 12/2026")]
    path = tmp_path / "cards.pdf"
    pdf = _new_pdf(10)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(15, 15)
    pdf.multi_cell(180, 6, "PHỤ LỤC: CÁC PHIẾU GIAO NHIỆM VỤ", new_x="LMARGIN", new_y="NEXT")
    for index, (lead, partner, task, due) in enumerate(cards):
        x, y = 15 + (index % 2) * 92, 30 + (index // 2) * 62
        pdf.rect(x, y, 86, 58)
        pdf.set_xy(x + 2, y + 2)
        pdf.multi_cell(82, 5, f"PHIẾU SỐ {index + 1:02d}\nĐơn vị chủ trì: {lead}\nĐơn vị phối hợp: {partner}\n"
                       f"Nội dung: {task}\nThời hạn: {due}")
    pdf.output(str(path))
    tasks = parse(path).tasks
    assert [(t.assignees[0].name, [c.name for c in t.coordinators], t.deadline.text) for t in tasks] == [
        ("Sở Xây dựng", ["Sở Tài chính"], "30/11/2026"), ("Công an tỉnh", [], "Quý I/2027"),
        ("Sở Tài chính", ["Sở Nội vụ"], "15/12/2026"), ("Văn phòng UBND tỉnh", [], "Tháng 12/2026")]
    assert tasks[0].action == "kiểm tra chất lượng các cầu tạm trên tuyến đường ven biển"
