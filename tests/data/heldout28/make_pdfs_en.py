#!/usr/bin/env python3
"""Render the English held-out PDF of heldout28 (deterministic).

    python3 tests/data/heldout28/make_pdfs_en.py

Writes pdf/en-1275-CTr-BNNMT-crop-residue-circular-use-programme-landscape-three-column-matrix-group-rows-spanning_2026-08-20.pdf
next to this script: a 2-page LANDSCAPE unofficial English translation of
Action Programme 1275/CTr-BNNMT of the Ministry of Agriculture and
Environment on the circular use of crop residues. Its core is a THREE-COLUMN
ACTION MATRIX ("No." | "Task" | "Deadline") in which the lead unit is given
only by a GROUP ROW spanning all three columns ("I. Lead: Department of ...")
above its rows; coordinators sit inside the task text; the table runs over the
page break with its heading row repeated on page 2. Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, so every run writes the same bytes.
`plain()` returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-1275-CTr-BNNMT-crop-residue-circular-use-programme-landscape-three-column-matrix-"
        "group-rows-spanning_2026-08-20")
CREATED = datetime(2026, 8, 21, 2, 15, 0, tzinfo=timezone.utc)

LEFT = [("MINISTRY OF AGRICULTURE AND ENVIRONMENT", True), ("--------", False),
        ("No. 1275/CTr-BNNMT", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", True),
         ("Ha Noi, August 20, 2026", False)]
TITLE = "ACTION PROGRAMME"
SUBTITLE = "On the circular use of rice straw and other crop residues, 2026-2027"
NOTE = "(Unofficial translation)"

PARAS = [
    ("Implementing Decision No. 2412/QD-TTg dated July 28, 2026 of the Prime Minister approving the Project "
     "on reducing open burning of agricultural by-products, the Law on Environmental Protection No. "
     "72/2020/QH14 and Decree No. 08/2022/ND-CP, the Ministry of Agriculture and Environment issues this "
     "Action Programme.", False),
    ("I. OBJECTIVES", True),
    ("By the end of 2027, at least 70% of rice straw in the Mekong Delta and the Red River Delta is collected "
     "for use instead of being burnt in the fields; no open burning within 10 km of airports.", False),
    ("II. TASKS (action matrix)", True),
]

HEAD = ("No.", "Task", "Deadline")
ROWS = [
    ("I. Lead: Department of Crop Production and Plant Protection", None),
    ("1.1", "Issue technical guidance on treating rice straw in the field with bio-products instead of burning",
     "September 30, 2026"),
    ("1.2", "Build 20 models of mechanised straw collection in the two deltas, in coordination with the National "
     "Agricultural Extension Centre", "Q4 2026"),
    ("1.3", "Review and propose the list of crop residue products eligible for the green credit programme",
     "First quarter of 2027"),
    ("II. Lead: Department of Environment", None),
    ("2.1", "Draft a circular on the management of open burning of agricultural by-products and submit it to "
     "the Minister", "December 2026"),
    ("2.2", "Set up satellite monitoring of burning hot spots and publish a hot-spot map during harvest seasons",
     "From October 2026"),
    ("2.3", "Summarise open burning incidents reported by the provinces and report them to the Minister",
     "Before the 25th of each month"),
    ("III. Lead: Department of Livestock Production and Animal Health", None),
    ("3.1", "Guide farms on the use of treated straw as cattle feed and bedding", "First half of 2027"),
    ("3.2", "Pilot straw-based biogas at 15 large pig farms, in coordination with the Department of Science "
     "and Technology", "Q2 2027"),
    ("IV. Lead: Department of Planning and Finance", None),
    ("4.1", "Allocate funds for this Programme in the Ministry's 2027 budget estimates",
     "When the 2027 estimates are prepared"),
    ("4.2", "Propose preferential loans for cooperatives buying straw balers, in coordination with the State "
     "Bank of Vietnam", "30/11/2026"),
    ("V. Lead: Department of Cooperative Economy and Rural Development", None),
    ("5.1", "Support 100 cooperatives to set up straw processing lines", "2027"),
    ("5.2", "Connect cooperatives with enterprises that buy straw for mushrooms, fibre boards and fuel pellets",
     "Regularly"),
    ("VI. Lead: Departments of Agriculture and Environment of provinces and cities", None),
    ("6.1", "Advise the provincial People's Committees to issue local plans on crop residues",
     "Within 45 days from the date of this Programme"),
    ("6.2", "Inspect and handle open burning near airports, expressways and residential areas",
     "During harvest seasons"),
    ("6.3", "Report the results of this Programme to the Ministry (through the Department of Environment)",
     "By December 15, 2026 and June 15, 2027"),
    ("VII. Lead: Information Centre for Agriculture and Environment", None),
    ("7.1", "Run a communication campaign against burning straw in the fields for farmers in the two deltas",
     "Winter-spring crop 2026-2027"),
]

TAIL = [
    ("III. IMPLEMENTATION", True),
    ("Heads of units under the Ministry and Directors of the Departments of Agriculture and Environment of "
     "provinces and cities shall implement this Programme. The Department of Environment shall act as the "
     "focal point and monitor the implementation and report to the Minister by January 15, 2027.", False),
]

SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "", "Pham Quoc Vinh"]
RECIPIENTS = ["Recipients:", "- Minister (for reporting);", "- Units under the Ministry;",
              "- Departments of Agriculture and Environment;", "- Archived: VT, MT."]


def plain():
    """The programme's text in reading order."""
    parts = [t for t, _ in LEFT + RIGHT] + [TITLE, SUBTITLE, NOTE] + [t for t, _ in PARAS]
    parts += list(HEAD)
    for row in ROWS:
        parts += [x for x in row if x]
    parts += [t for t, _ in TAIL] + [s for s in SIGN if s] + RECIPIENTS
    return "\n".join(parts)


def matrix(pdf):
    pdf.set_font("Serif", "", 10)
    group = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(col_widths=(16, 170, 61), width=pdf.epw, line_height=4.6,
                   text_align=("CENTER", "LEFT", "LEFT"), padding=(1.0, 1.5, 1.0, 1.5),
                   v_align="TOP", repeat_headings=1, headings_style=pdfkit.BOLD) as table:
        head = table.row()
        for h in HEAD:
            head.cell(h)
        for row in ROWS:
            r = table.row()
            if row[1] is None:
                r.cell(row[0], colspan=3, style=group, align="LEFT")
            else:
                for c in row:
                    r.cell(c)


def build(path):
    pdf = pdfkit.PagedPDF(orientation="L", format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "Action Programme 1275/CTr-BNNMT - crop residues 2026-2027",
                 author="Ministry of Agriculture and Environment", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(25, 15, 25), bottom=14)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 25, 110, 160, 110, size=9.5, h=5, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=3, sub_h=5.5, note=NOTE)
    pdf.ln(2)
    for t, bold in PARAS:
        pdfkit.para(pdf, t, bold=bold, size=10.5, h=5.4, after=1.0)
    matrix(pdf)
    pdf.ln(3)
    for t, bold in TAIL:
        pdfkit.para(pdf, t, bold=bold, size=10.5, h=5.4, after=1.0)
    pdf.ln(1)
    pdf.set_auto_page_break(False)
    y = pdf.get_y()
    assert y + 5.5 * len(SIGN) < pdf.h - 8, y
    pdf.set_font("Serif", "", 9)
    for i, r in enumerate(RECIPIENTS):
        pdf.set_xy(pdf.l_margin, y + i * 4.6)
        pdf.cell(100, 4.6, r)
    pdf.set_font("Serif", "B", 10.5)
    for i, s in enumerate(SIGN):
        pdf.set_xy(170, y + i * 5.5)
        pdf.cell(90, 5.5, s, align="C")
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
