#!/usr/bin/env python3
"""Render the English held-out PDF of heldout3 (deterministic).

    python3 tests/data/heldout3/make_pdf_en.py

Writes pdf/en-5316-KH-UBND-hcmc-gateway-congestion_2025-10-20.pdf next to this
script: an unofficial English translation of a Ho Chi Minh City People's
Committee plan, two-column header, page numbers, a bordered task table whose
cells wrap over several lines. Needs fpdf2 and the DejaVu Serif fonts.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "pdf" / "en-5316-KH-UBND-hcmc-gateway-congestion_2025-10-20.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

LEFT_HEADER = [
    ("PEOPLE'S COMMITTEE", True),
    ("OF HO CHI MINH CITY", True),
    ("-------", False),
    ("No. 5316/KH-UBND", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIET NAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Ho Chi Minh City, October 20, 2025", False),
]

INTRO = [
    "Pursuant to the Law on Road Traffic Order and Safety dated June 27, 2024;",
    "Pursuant to Resolution No. 98/2023/QH15 dated June 24, 2023 of the National "
    "Assembly on piloting a number of specific mechanisms and policies for the "
    "development of Ho Chi Minh City;",
    "Implementing Notice No. 486/TB-VPCP dated September 29, 2025 of the Government "
    "Office on the conclusions of the Prime Minister at the working session with "
    "Ho Chi Minh City, the People's Committee of Ho Chi Minh City promulgates the "
    "Plan as follows:",
]

SECTIONS_BEFORE = [
    ("I. PURPOSES AND REQUIREMENTS", [
        "1. Reduce the average travel time through the city's main gateways by 20% "
        "by the end of 2026 compared with 2024; no congestion point lasting more "
        "than 60 minutes during the Lunar New Year holiday of 2026.",
        "2. Tasks must be assigned clearly to each agency, with a specific lead "
        "agency, output and completion time; the implementation must be closely "
        "coordinated between departments and localities.",
    ]),
    ("II. CURRENT SITUATION", [
        "In the first nine months of 2025, 46 congestion points lasting more than "
        "30 minutes were recorded at the gateways of the city, mainly on National "
        "Highway 13, National Highway 1 and Hanoi Highway and around the Cat Lai "
        "port area. The number of registered vehicles in the city has exceeded 9.2 "
        "million after the merger with Binh Duong and Ba Ria - Vung Tau provinces.",
    ]),
]

TABLE_TITLE = "III. TASKS"
TABLE_HEAD = ("No.", "Task", "Lead agency", "Coordinating agencies", "Deadline")
TABLE_ROWS = [
    ("1", "Review and adjust the signal timing at 25 intersections on National "
          "Highway 13, National Highway 1 and Hanoi Highway",
     "Department of Construction",
     "City Police; People's Committees of relevant wards",
     "Before December 15, 2025"),
    ("2", "Complete and put into operation the An Phu intersection project",
     "Management Authority for Construction Investment of Traffic Works",
     "Department of Construction; Department of Finance",
     "First half of 2026"),
    ("3", "Pilot the use of AI cameras to detect traffic violations and "
          "congestion at the city's gateways",
     "City Police",
     "Department of Science and Technology; Department of Construction",
     "March 2026"),
    ("4", "Study and propose the expansion of the gateway sections of Ring Road 2 "
          "and National Highway 50",
     "Department of Construction; Department of Agriculture and Environment",
     "People's Committees of relevant wards and communes",
     "2026"),
    ("5", "Publish real-time traffic information on the city's digital "
          "government platform",
     "Department of Science and Technology",
     "Department of Construction; City Police",
     "Within 60 days from the date of this Plan"),
    ("6", "Organize traffic flows for container trucks in the Cat Lai port area",
     "People's Committee of Cat Lai Ward",
     "Saigon Newport Corporation; City Police",
     "Before December 31, 2025"),
    ("7", "Balance and allocate funds from the city budget for the tasks of this "
          "Plan",
     "Department of Finance",
     "Department of Construction",
     "Fourth quarter of 2025"),
    ("8", "Disseminate information on traffic diversion plans and alternative "
          "routes to the public",
     "Ho Chi Minh City Television",
     "Saigon Giai Phong Newspaper; Department of Culture and Sports",
     "Regularly"),
]

SECTIONS_AFTER = [
    ("IV. IMPLEMENTATION ORGANIZATION", [
        "1. The Department of Construction is the standing agency of this Plan; it "
        "shall monitor and urge the implementation of this Plan.",
        "2. The Department of Construction shall report the implementation results "
        "to the City People's Committee before the 15th of the last month of each "
        "quarter.",
        "3. The City Police shall direct the Traffic Police Division to arrange "
        "forces to regulate traffic at the gateways during peak hours and holidays.",
        "4. Relevant departments, agencies and localities shall organize the "
        "implementation of the tasks assigned in this Plan.",
        "In the course of implementation, any difficulties should be reported to "
        "the Department of Construction for synthesis and submission to the City "
        "People's Committee for consideration./.",
    ]),
]

RECIPIENTS = [
    "Recipients:",
    "- Ministry of Construction;",
    "- Standing Board of the City Party Committee;",
    "- Chairman, Vice Chairpersons of the City PC;",
    "- Departments, agencies as in Section III;",
    "- Archive: VT, DT.",
]
SIGNER = [
    ("ON BEHALF OF THE PEOPLE'S COMMITTEE", True),
    ("FOR THE CHAIRMAN", True),
    ("VICE CHAIRMAN", True),
    ("(signed and sealed)", False),
]


class PlanPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Serif", size=9)
        self.cell(0, 8, f"Page {self.page_no()}/{{nb}}", align="C")


def main():
    pdf = PlanPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 10, 20, 9, 0, tzinfo=timezone.utc))
    pdf.set_title("Plan No. 5316/KH-UBND (unofficial translation)")
    pdf.set_author("People's Committee of Ho Chi Minh City")
    pdf.set_creator("make_pdf_en.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    # two-column header
    top = pdf.get_y()
    for col_x, col_w, lines in ((18, 72, LEFT_HEADER), (92, 100, RIGHT_HEADER)):
        pdf.set_xy(col_x, top)
        for text, bold in lines:
            pdf.set_font("Serif", "B" if bold else "", 10)
            pdf.set_x(col_x)
            pdf.cell(col_w, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "PLAN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(0, 6, "On reducing traffic congestion at the gateways of Ho Chi "
                   "Minh City in 2025-2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.cell(0, 6, "(Unofficial English translation)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def para(text, bold=False, size=10.5):
        pdf.set_font("Serif", "B" if bold else "", size)
        pdf.multi_cell(0, 5.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    for line in INTRO:
        para(line)
    for title, paras in SECTIONS_BEFORE:
        para(title, bold=True)
        for p in paras:
            para(p)

    para(TABLE_TITLE, bold=True)
    pdf.set_font("Serif", "", 9)
    with pdf.table(col_widths=(9, 52, 36, 40, 27), line_height=4.8,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                   borders_layout="ALL", repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD")) as table:
        for cells in (TABLE_HEAD,) + tuple(TABLE_ROWS):
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(4)

    for title, paras in SECTIONS_AFTER:
        para(title, bold=True)
        for p in paras:
            para(p)

    pdf.ln(3)
    y = pdf.get_y()
    if y > 230:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("Serif", "", 9)
    for i, line in enumerate(RECIPIENTS):
        pdf.set_xy(18, y + i * 4.6)
        pdf.set_font("Serif", "B" if i == 0 else "", 9)
        pdf.cell(80, 4.6, line)
    for i, (text, bold) in enumerate(SIGNER):
        pdf.set_xy(100, y + i * 5.5)
        pdf.set_font("Serif", "B" if bold else "", 10)
        pdf.cell(92, 5.5, text, align="C")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
