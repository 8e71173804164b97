#!/usr/bin/env python3
"""Render the English held-out PDF of heldout19 (deterministic).

    python3 tests/data/heldout19/make_pdfs_en.py

Writes pdf/en-274-TB-VPCP-deputy-pm-high-speed-railway-site-clearance-ruled-task-table-wrapped-cells_2026-06-11.pdf
next to this script: a Government Office notice (English text) of a Deputy
Prime Minister's conclusions on site clearance for the North-South
high-speed railway, whose tasks sit in a ruled five-column table (No. | Task
| Lead agency | Coordinating agencies | Deadline) with narrow columns, so
most cells wrap over several lines; the table crosses the page break with
its header row repeated, and four prose tasks follow it. Page numbers at the
top from page 2. Needs fpdf2 and the DejaVu Serif fonts; the creation date
is fixed, so every run writes the same bytes. `plain()` returns the
rendered text in order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-274-TB-VPCP-deputy-pm-high-speed-railway-site-clearance-ruled-task-table-"
        "wrapped-cells_2026-06-11")
CREATED = datetime(2026, 6, 12, 1, 40, 0, tzinfo=timezone.utc)

LEFT = [("GOVERNMENT OFFICE", True), ("-------", False), ("No. 274/TB-VPCP", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", True),
         ("Hanoi, June 11, 2026", False)]
TITLE = "NOTICE"
SUBTITLE = ("Conclusions of Deputy Prime Minister Hoang Minh Khai at the meeting on site "
            "clearance for the North-South high-speed railway project")

BODY = [
    ("p", "On June 6, 2026, at the Government headquarters, Deputy Prime Minister Hoang Minh "
          "Khai chaired a meeting on site clearance for the North-South high-speed railway "
          "project, whose investment policy was decided by Resolution No. 172/2024/QH15 dated "
          "November 30, 2024 of the National Assembly. Attending were leaders of the Ministries "
          "of Construction, Finance, Agriculture and Environment, National Defence, Industry "
          "and Trade, the Vietnam Railway Authority and the People's Committees of the 15 "
          "provinces and cities along the route. After hearing the report of the Ministry of "
          "Construction and the opinions of the delegates, the Deputy Prime Minister concluded:"),
    ("h", "1. Assessment"),
    ("p", "Since Notice No. 205/TB-VPCP dated April 30, 2026, the localities have measured 81 "
          "per cent of the land to be recovered and paid compensation to 9,400 of the 23,600 "
          "affected households. Compensation follows Decree No. 88/2024/ND-CP dated July 15, "
          "2024 of the Government. Progress is still uneven: three provinces have not yet "
          "approved any resettlement area. Site clearance is the decisive condition for "
          "starting the main works in 2027."),
    ("h", "2. Tasks"),
    ("p", "The Deputy Prime Minister assigned the tasks in the table below."),
]
TABLE = [
    ["No.", "Task", "Lead agency", "Coordinating agencies", "Deadline"],
    ["1", "Approve the resettlement plans for the households affected in the first phase",
     "People's Committees of the 15 provinces and cities along the route", "-",
     "Before July 31, 2026"],
    ["2", "Hand over at least 70 per cent of the cleared land of the Ninh Binh - Vinh section "
          "to the investor",
     "People's Committees of Ninh Binh, Thanh Hoa and Nghe An provinces",
     "Vietnam Railway Authority", "Q4 2026"],
    ["3", "Issue guidance on determining land prices for compensation in the railway corridor",
     "Ministry of Agriculture and Environment", "Ministry of Finance; Ministry of Construction",
     "Within 15 days of the date of this Notice"],
    ["4", "Arrange central budget capital for site clearance of the project",
     "Ministry of Finance", "Ministry of Construction", "Q3 2026"],
    ["5", "Finalise the set of technical standards for high-speed railway works",
     "Ministry of Construction", "Ministry of Science and Technology", "August 2026"],
    ["6", "Relocate the high-voltage power lines crossing the route",
     "Ministry of Industry and Trade", "Viet Nam Electricity; People's Committees of the "
     "provinces concerned", "As soon as the land is handed over"],
    ["7", "Relocate the defence works located within the route",
     "Ministry of National Defence", "People's Committees of the provinces concerned", "In 2026"],
    ["8", "Report on the progress of site clearance to the Deputy Prime Minister",
     "Ministry of Construction", "-", "Before the 25th of every month"],
    ["9", "Build the database on land recovery and compensation for the project",
     "Ministry of Agriculture and Environment", "Ministry of Public Security", "H1 2027"],
    ["10", "Propose a special mechanism for licensing sand and soil mines supplying the project",
     "Ministry of Agriculture and Environment", "Ministry of Construction",
     "Before September 15, 2026"],
    ["11", "Inspect the payment and use of compensation funds in the localities",
     "Government Inspectorate", "-", "Regularly"],
    ["12", "Train commune officials in compensation, support and resettlement procedures",
     "People's Committees of the 15 provinces and cities along the route",
     "Ministry of Agriculture and Environment", "In July 2026"],
    ["13", "Prepare a communication plan on the project for the public along the route",
     "Ministry of Culture, Sports and Tourism", "Viet Nam Television; Voice of Vietnam",
     "Within 30 days of the date of this Notice"],
]
AFTER = [
    ("h", "3. Other tasks"),
    ("p", "a) The Vietnam Railways Corporation shall prepare the plan for relocating the existing "
          "stations affected by the route and send it to the Ministry of Construction before "
          "October 31, 2026."),
    ("p", "b) The People's Committees of the 15 provinces and cities along the route shall "
          "publicly announce the boundaries of the railway corridor and stop issuing "
          "construction permits within it."),
    ("p", "c) The Government Office shall monitor and urge the implementation of the tasks in "
          "this Notice."),
    ("p", "The Government Office hereby informs the ministries, agencies and localities "
          "concerned for their information and implementation."),
]
RECIPIENTS = ["Recipients:", "- Prime Minister, Deputy Prime Ministers;",
              "- Ministries: CD, TC, NNMT, QP, CT, KHCN, CA, VHTTDL;",
              "- People's Committees of 15 provinces and cities;",
              "- Government Inspectorate; VNR; EVN;", "- Filed: VT, CN (3)."]
SIGNER = [("FOR THE MINISTER, CHAIRMAN", True), ("DEPUTY CHAIRMAN", True), ("", False),
          ("(signed)", False), ("", False), ("Tran Van Loc", True)]


def plain():
    """The rendered text in reading order (table row by row)."""
    out = [t for t, _ in LEFT] + [t for t, _ in RIGHT] + [TITLE, SUBTITLE]
    out += [t for _, t in BODY]
    out += [" | ".join(r) for r in TABLE]
    out += [t for _, t in AFTER] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(out)


Doc = pdfkit.numbered("top", y=8, size=9, next_line=True, then_y="top")


def block(pdf, kind, text):
    if kind == "h":
        pdf.ln(1)
        pdf.set_font("Serif", "B", 11)
        pdf.multi_cell(0, 5.8, text, align="L", **pdfkit.NEXT)
        pdf.ln(0.6)
    else:
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(0, 5.1, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.2)


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), CREATED, STEM, author="Government Office",
                       creator="Microsoft Word", producer="Microsoft Word",
                       margins=(22, 14, 18), bottom=16)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 20, 62, 80, 112, size=10.5, settle=True)
    pdf.ln(4)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(0, 5.6, SUBTITLE, align="C", **pdfkit.NEXT)
    pdf.ln(2)
    for kind, text in BODY:
        block(pdf, kind, text)
    pdf.set_font("Serif", "", 9)
    pdfkit.grid(pdf, TABLE, col_widths=(9, 60, 38, 36, 27), line_height=4.2,
                text_align=("C", "L", "L", "L", "L"), headings_style=pdfkit.BOLD,
                repeat_headings=1)
    pdf.ln(3)
    for kind, text in AFTER:
        block(pdf, kind, text)
    pdfkit.sign_stack(pdf, RECIPIENTS, SIGNER, 22, 85, 110, 80, gap=3, room=40)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
