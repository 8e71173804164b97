#!/usr/bin/env python3
"""Render the English held-out PDF of heldout3 (deterministic).

    python3 tests/data/heldout3/make_pdf_en.py

Writes pdf/en-5316-KH-UBND-hcmc-gateway-congestion_2025-10-20.pdf next to this
script: an unofficial English translation of a Ho Chi Minh City People's
Committee plan, two-column header, page numbers, a bordered task table whose
cells wrap over several lines. Needs fpdf2 and the DejaVu Serif fonts.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-5316-KH-UBND-hcmc-gateway-congestion_2025-10-20"

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


PlanPDF = pdfkit.numbered("bottom", y=-15, h=8, text="Page {}/{{nb}}")


def main():
    pdf = pdfkit.setup(PlanPDF(format="A4"), datetime(2025, 10, 20, 9, 0, tzinfo=timezone.utc),
                       "Plan No. 5316/KH-UBND (unofficial translation)",
                       "People's Committee of Ho Chi Minh City", "make_pdf_en.py", "fpdf2",
                       margins=(18, 15, 18), bottom=20)
    pdf.alias_nb_pages()
    pdfkit.header_columns(pdf, LEFT_HEADER, RIGHT_HEADER, 18, 72, 92, 100)
    pdfkit.title_block(pdf, "PLAN", "On reducing traffic congestion at the gateways of Ho Chi "
                       "Minh City in 2025-2026", sub_h=6,
                       note="(Unofficial English translation)", note_style="")
    pdf.ln(3)
    for line in INTRO:
        pdfkit.para(pdf, line)
    pdfkit.sections(pdf, SECTIONS_BEFORE)

    pdfkit.para(pdf, TABLE_TITLE, bold=True)
    pdf.set_font("Serif", "", 9)
    pdfkit.grid(pdf, (TABLE_HEAD,) + tuple(TABLE_ROWS), col_widths=(9, 52, 36, 40, 27),
                line_height=4.8, text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                borders_layout="ALL", repeat_headings=1, headings_style=pdfkit.BOLD)
    pdf.ln(4)
    pdfkit.sections(pdf, SECTIONS_AFTER)
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 18, 80, 100, 92, break_below=230)

    out = pdfkit.out_path(HERE, STEM)
    pdf.output(str(out))
    print(out)


if __name__ == "__main__":
    main()
