#!/usr/bin/env python3
"""Render the English held-out PDF of heldout29 (deterministic).

    python3 tests/data/heldout29/make_pdfs_en.py

Writes pdf/en-3305-KH-BNV-commune-civil-servant-database-cover-page-landscape-numbered-annex-right-aligned-deadlines_2026-05-12.pdf
next to this script: a 2-page unofficial English translation of Plan
3305/KH-BNV of the Ministry of Home Affairs on the database of commune-level
cadres and civil servants. Page 1 is a PORTRAIT COVER PAGE carrying the
header, the title block, the basis, a short implementation section and the
signature; page 2 is a LANDSCAPE page holding only the NUMBERED ANNEX, a
five-column table ("No." | "Task" | "Lead" | "Coordinating" | "Deadline")
whose deadline column is RIGHT-ALIGNED and written in short forms ("06/2026",
"Q3/2026", "end-2026", "H1/2027", "15/10/2026", "From Q1/2027", "Monthly").
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, so every
run writes the same bytes. `plain()` returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-3305-KH-BNV-commune-civil-servant-database-cover-page-landscape-numbered-annex-"
        "right-aligned-deadlines_2026-05-12")
CREATED = datetime(2026, 5, 13, 1, 40, 0, tzinfo=timezone.utc)

LEFT = [("MINISTRY OF HOME AFFAIRS", True), ("--------", False), ("No. 3305/KH-BNV", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", True),
         ("Ha Noi, May 12, 2026", False)]
TITLE = "PLAN"
SUBTITLE = ("Building and operating the database of cadres and civil servants of communes, "
            "wards and special zones, 2026-2027")
NOTE = "(Unofficial translation - the tasks are listed in the Annex)"

PARAS = [
    ("I. BASIS", True),
    ("Resolution No. 76/2025/UBTVQH15 dated April 14, 2025 of the National Assembly Standing Committee on "
     "the arrangement of administrative units in 2025; Decree No. 170/2025/ND-CP dated June 30, 2025 of "
     "the Government on the recruitment, use and management of civil servants; Decision No. 893/QD-TTg "
     "dated April 20, 2026 of the Prime Minister on the national database of cadres, civil servants and "
     "public employees.", False),
    ("II. PURPOSE", True),
    ("By mid-2027 the records of all cadres and civil servants of the 3,321 communes, wards and special "
     "zones are kept in one database, updated on the day a change is decided, and used for payroll, "
     "training and evaluation. Paper files are no longer required for transfers between localities.", False),
    ("III. IMPLEMENTATION", True),
    ("Units under the Ministry and the Departments of Home Affairs of provinces and cities shall carry "
     "out the tasks in the Annex and report the results to the Ministry (through the Department of Civil "
     "Servants and Public Employees) before December 10, 2026.", False),
    ("Difficulties arising during implementation should be reported to the Ministry of Home Affairs for "
     "consideration.", False),
]

SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "", "", "Truong Hai Long"]
RECIPIENTS = ["Recipients:", "- Minister (for reporting);", "- Units under the Ministry;",
              "- People's Committees and Departments of Home Affairs", "  of provinces and cities;",
              "- Archived: VT, CCVC."]

ANNEX_TITLE = "ANNEX - ASSIGNMENT OF TASKS"
ANNEX_NOTE = "(Attached to Plan No. 3305/KH-BNV dated May 12, 2026 of the Ministry of Home Affairs)"
HEAD = ("No.", "Task", "Lead", "Coordinating", "Deadline")
DHA = "Departments of Home Affairs of provinces and cities"
CS = "Department of Civil Servants and Public Employees"
ITC = "Information Technology Centre"
ROWS = [
    ("1", "Issue the data catalogue and technical standards of the database", CS,
     "Ministry of Science and Technology", "06/2026"),
    ("2", "Upgrade the database software for all communes, wards and special zones", ITC,
     "Ministry of Public Security", "Q3/2026"),
    ("3", "Connect the database with the national population database", ITC,
     "Ministry of Public Security", "end-2026"),
    ("4", "Train commune staff to update records on the system", DHA, "", "Q3/2026"),
    ("5", "Enter and verify the records of all commune cadres and civil servants",
     "People's Committees of communes, wards and special zones", DHA, "15/10/2026"),
    ("6", "Digitise the paper personnel files of commune civil servants", DHA,
     "Provincial archives", "H1/2027"),
    ("7", "Draft a circular on electronic personnel files", "Department of Legal Affairs", CS, "Q4/2026"),
    ("8", "Include the digitisation costs in the 2027 budget estimates", "Department of Planning and Finance",
     "Ministry of Finance", "end-2026"),
    ("9", "Secure the data and keep backups in two data centres", ITC, "Government Cipher Committee",
     "Q4/2026"),
    ("10", "Inspect data quality in ten provinces", "Ministry Inspectorate", DHA, "Q2/2027"),
    ("11", "Publish statistics on commune civil servants from the database", CS, "", "From Q1/2027"),
    ("12", "Run a help desk for communes", ITC, "", "Ongoing"),
    ("13", "Assess the operation of the database and propose amendments to Decree No. 170/2025/ND-CP",
     CS, "", "2027"),
    ("14", "Report the progress to the Minister", CS, "", "Monthly"),
]


def plain():
    """The plan's text in reading order."""
    parts = [t for t, _ in LEFT + RIGHT] + [TITLE, SUBTITLE, NOTE] + [t for t, _ in PARAS]
    parts += RECIPIENTS + [s for s in SIGN if s]
    parts += [ANNEX_TITLE, ANNEX_NOTE] + list(HEAD)
    for row in ROWS:
        parts += [x for x in row if x]
    return "\n".join(parts)


def annex(pdf):
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 6, ANNEX_TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(0, 5, ANNEX_NOTE, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(11, 112, 62, 52, 25), width=pdf.epw, line_height=4.4,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"), padding=(0.8, 1.5, 0.8, 1.5),
                   v_align="TOP", headings_style=pdfkit.BOLD) as table:
        for cells in [HEAD] + ROWS:
            r = table.row()
            for c in cells:
                r.cell(c)


def build(path):
    pdf = pdfkit.PagedPDF(orientation="P", format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "Plan 3305/KH-BNV - commune civil servant database",
                 author="Ministry of Home Affairs", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(22, 18, 20), bottom=15)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 15, 80, 95, 105, size=10, h=5.5, settle=True)
    pdf.ln(30)
    pdf.set_font("Serif", "B", 22)
    pdf.cell(0, 12, TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(0, 7, SUBTITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(0, 7, NOTE, align="C", **pdfkit.NEXT)
    pdf.ln(16)
    for t, bold in PARAS:
        pdfkit.para(pdf, t, bold=bold, size=11, h=5.8, after=1.2)
    pdf.ln(4)
    y = pdf.get_y()
    assert y + 5.5 * len(SIGN) < pdf.h - 15, y
    pdf.set_font("Serif", "", 9)
    for i, r in enumerate(RECIPIENTS):
        pdf.set_xy(pdf.l_margin, y + i * 4.6)
        pdf.cell(90, 4.6, r)
    pdf.set_font("Serif", "B", 11)
    for i, s in enumerate(SIGN):
        pdf.set_xy(115, y + i * 5.5)
        pdf.cell(75, 5.5, s, align="C")
    pdf.add_page(orientation="L")
    pdf.set_y(pdf.t_margin)
    annex(pdf)
    assert pdf.page == 2, pdf.page
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
