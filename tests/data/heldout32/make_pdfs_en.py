#!/usr/bin/env python3
"""Render the English held-out PDF of heldout32 (deterministic).

    python3 tests/data/heldout32/make_pdfs_en.py

Writes pdf/en-389-KH-UBND-haiphong-free-trade-zone-2027-plan-gantt-timetable-shaded-quarter-cells_2026-12-14.pdf
next to this script: a 2-page English version of Plan 389/KH-UBND of the
Hai Phong City People's Committee on the free trade zone in 2027. Section II
has "The Department of X shall take the lead and coordinate with ..."
paragraphs; section III is a GANTT-STYLE TIMETABLE: ruled grid with columns
No. | Task | Lead | Q1 | Q2 | Q3 | Q4 | Deadline, the quarters a task runs in
filled grey with no text. A running header and a "Page n of 2" footer are on
each page. Needs fpdf2 and the DejaVu Serif fonts; the creation date is
fixed, so every run writes the same bytes. `plain()` returns the text.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-389-KH-UBND-haiphong-free-trade-zone-2027-plan-gantt-timetable-"
        "shaded-quarter-cells_2026-12-14")
CREATED = datetime(2026, 12, 14, 9, 15, 0, tzinfo=timezone.utc)
RUNNING = "Plan 389/KH-UBND - Hai Phong free trade zone 2027 - English version for reference"

HEAD = [
    ("B", "PEOPLE'S COMMITTEE OF HAI PHONG CITY"),
    ("", "No.: 389/KH-UBND"),
    ("I", "Hai Phong, December 14, 2026"),
    ("B", "PLAN"),
    ("B", "On developing the Hai Phong free trade zone in 2027"),
]
BODY = [
    ("", "Implementing Decision No. 1238/QD-TTg dated June 20, 2025 of the Prime Minister on establishing "
         "the Hai Phong free trade zone and Decree No. 35/2022/ND-CP dated May 28, 2022 on industrial parks "
         "and economic zones, the People's Committee of Hai Phong City issues this Plan."),
    ("B", "I. OBJECTIVES"),
    ("", "To attract at least USD 3 billion of registered capital to the free trade zone in 2027 and to "
         "complete the basic infrastructure of the first 1,200 ha. The free trade zone is expected to create "
         "15,000 jobs by 2030."),
    ("B", "II. TASKS AND RESPONSIBILITIES"),
    ("", "1. The Department of Finance shall take the lead and coordinate with the Hai Phong Economic Zone "
         "Authority in drafting the list of projects calling for investment in the free trade zone and "
         "submitting it to the City People's Committee before February 28, 2027. The Department of Finance "
         "shall also advise the City People's Committee on the 2027 capital plan for the zone's "
         "infrastructure in Q1 2027."),
    ("", "2. The Hai Phong Economic Zone Authority shall take the lead and coordinate with the Department of "
         "Agriculture and Environment in completing site clearance for the first 1,200 ha no later than "
         "June 30, 2027. It shall set up a one-stop shop at the free trade zone in the first quarter of 2027 "
         "and report the number of investors received by the 20th of each month."),
    ("", "3. The Department of Construction shall approve the detailed zoning plan at 1/2,000 scale of the "
         "free trade zone before March 31, 2027. It shall review the roads connecting the zone to Lach Huyen "
         "port and report the results to the City People's Committee in the second quarter of 2027."),
    ("", "4. The Department of Home Affairs shall propose the staff of the one-stop shop within 10 working "
         "days of receiving the proposal of the Hai Phong Economic Zone Authority."),
    ("", "5. The Department of Science and Technology shall build the digital management platform of the "
         "free trade zone in 2027."),
    ("", "6. The Customs Sub-department of Region III is requested to pilot digital customs supervision of "
         "goods entering and leaving the free trade zone in the second half of 2027."),
    ("", "7. The City Police shall ensure security and order in the free trade zone and at the construction sites."),
    ("", "8. The People's Committees of the wards and communes where the free trade zone is located shall "
         "announce land recovery plans to the affected households and coordinate with the Hai Phong Economic "
         "Zone Authority in paying compensation."),
    ("B", "III. TIMETABLE"),
    ("", "The tasks below are additional to those in Section II. Shaded cells mark the quarters in which a task is carried out."),
]
TABLE_HEAD = ["No.", "Task", "Lead", "Q1", "Q2", "Q3", "Q4", "Deadline"]
TABLE = [
    ("1", "Organise an investment promotion conference for the free trade zone in Singapore",
     "Department of Finance", (0, 1, 0, 0), "May 2027"),
    ("2", "Publish the investment procedures of the free trade zone in English, Korean and Japanese",
     "Department of Foreign Affairs", (1, 0, 0, 0), "March 15, 2027"),
    ("3", "Train the staff of the one-stop shop on investment and customs procedures",
     "Department of Home Affairs", (0, 1, 1, 0), "September 30, 2027"),
    ("4", "Review the first year of the free trade zone and propose adjustments to the Plan",
     "Department of Finance", (0, 0, 0, 1), "December 2027"),
]
TAIL = [
    ("B", "IV. IMPLEMENTATION"),
    ("", "Departments, agencies and the People's Committees of wards and communes shall send reports on the "
         "implementation of this Plan to the Department of Finance before December 10, 2027 for synthesis."),
    ("", "The Department of Finance shall monitor the implementation of this Plan and report to the City "
         "People's Committee every quarter."),
    ("B", "FOR THE PEOPLE'S COMMITTEE"),
    ("B", "PP. CHAIRMAN"),
    ("B", "VICE CHAIRMAN"),
    ("", "Nguyen Duc Thanh"),
]


def plain():
    """The plan's text in reading order (running header and footers left out)."""
    parts = [t for _, t in HEAD] + [t for _, t in BODY] + [" | ".join(TABLE_HEAD)]
    for no, task, lead, _, dl in TABLE:
        parts.append(" | ".join([no, task, lead, dl]))
    parts += [t for _, t in TAIL]
    return "\n".join(parts)


class Plan(pdfkit.PagedPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(self.epw, 4, RUNNING, align="C")
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def build(path):
    pdf = Plan(orientation="P", format="A4", unit="mm")
    pdf.alias_nb_pages("{nb}")
    pdfkit.setup(pdf, CREATED, "Plan 389/KH-UBND Hai Phong free trade zone 2027",
                 author="Hai Phong City People's Committee", creator="Microsoft Word 2019",
                 producer="Microsoft: Print To PDF", styles=("", "B", "I"),
                 margins=(20, 18, 18), bottom=20)
    for style, text in HEAD:
        pdf.set_font("Serif", style, 11 if style != "B" or text != "PLAN" else 14)
        pdf.multi_cell(0, 6, text, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    for style, text in BODY:
        pdf.set_font("Serif", style, 10.5)
        pdf.multi_cell(0, 5.4, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.5)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_font("Serif", "", 9)
    widths = [9, 70, 36, 9, 9, 9, 9, 23]
    lh = 4.6
    pdf.set_font("Serif", "B", 9)
    pdf.set_auto_page_break(False)
    x0 = pdf.l_margin
    y = pdf.get_y()
    x = x0
    for w, h in zip(widths, TABLE_HEAD):
        pdf.set_xy(x, y)
        pdf.cell(w, 7, h, border=1, align="C")
        x += w
    y += 7
    pdf.set_font("Serif", "", 9)
    for no, task, lead, quarters, dl in TABLE:
        lines = max(len(pdf.multi_cell(widths[1] - 2, lh, task, dry_run=True, output="LINES")),
                    len(pdf.multi_cell(widths[2] - 2, lh, lead, dry_run=True, output="LINES")))
        rh = lines * lh + 2
        if y + rh > pdf.h - 22:
            pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Serif", "", 9)
        x = x0
        cells = [no, task, lead, "", "", "", "", dl]
        for i, (w, text) in enumerate(zip(widths, cells)):
            if 3 <= i <= 6 and quarters[i - 3]:
                pdf.set_fill_color(150, 150, 150)
                pdf.rect(x, y, w, rh, style="DF")
            else:
                pdf.rect(x, y, w, rh)
            if text:
                pdf.set_xy(x + 1, y + 1)
                pdf.multi_cell(w - 2, lh, text, align="L")
            x += w
        y += rh
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_y(y + 4)
    for style, text in TAIL:
        pdf.set_font("Serif", style, 10.5)
        pdf.multi_cell(0, 5.4, text, align="J" if style == "" else "R", **pdfkit.NEXT)
        pdf.ln(1.5)
    assert pdf.page == 2, pdf.page
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
