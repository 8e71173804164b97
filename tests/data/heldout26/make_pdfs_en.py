#!/usr/bin/env python3
"""Render the English held-out PDF of heldout26 (deterministic).

    python3 tests/data/heldout26/make_pdfs_en.py

Writes pdf/en-37-KH-UBND-hue-dengue-prevention-2027-roman-sections-appendix-range-deadlines-running-header-mid-paragraph_2027-01-28.pdf
next to this script: a 2-page unofficial English translation of Plan
37/KH-UBND of the Hue City People's Committee on dengue prevention in 2027,
with Roman-numeral sections, a RUNNING HEADER printed at the top of every
page (so on page 2 it falls in the middle of the paragraph that runs over the
page break) and an appendix table (No. | Task | Responsible agency |
Coordinating agency | Completion time) whose completion times are RANGES
("March-June 2027", "Q2-Q3/2027", "15/2-15/4/2027", "2027-2028"). Needs
fpdf2 and the DejaVu Serif fonts; the creation date is fixed, so every run
writes the same bytes. `plain()` returns the text in reading order without
the running header.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-37-KH-UBND-hue-dengue-prevention-2027-roman-sections-appendix-range-deadlines-"
        "running-header-mid-paragraph_2027-01-28")
CREATED = datetime(2027, 2, 2, 8, 15, 0, tzinfo=timezone.utc)
HEADER = "Unofficial translation - Plan No. 37/KH-UBND of the Hue City People's Committee"

LEFT = [("HUE CITY PEOPLE'S COMMITTEE", True), ("--------", False), ("No. 37/KH-UBND", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", True),
         ("Hue, January 28, 2027", False)]
TITLE = "PLAN"
SUBTITLE = "On the prevention and control of dengue fever in Hue City in 2027"

PARAS = [
    ("Pursuant to Decision No. 1249/QD-BYT dated May 6, 2025 of the Minister of Health promulgating "
     "the guidelines for dengue surveillance, prevention and control; implementing Official Letter "
     "No. 6520/BYT-DP dated December 18, 2026 of the Ministry of Health on dengue prevention in 2027 "
     "and Resolution No. 09/NQ-HDND dated December 11, 2026 of the City People's Council on the 2027 "
     "budget estimates, the Hue City People's Committee issues the Plan on the prevention and control "
     "of dengue fever in 2027 as follows:", ""),
    ("I. PURPOSE AND REQUIREMENTS", "B"),
    ("1. To reduce the incidence of dengue fever to below 60 cases per 100,000 people and keep the case "
     "fatality rate below 0.05%; to detect outbreaks early and treat them thoroughly, preventing large "
     "outbreaks in wards and communes along the Huong River.", ""),
    ("2. Prevention must be carried out regularly, with the participation of the whole political system "
     "and the people; funds must be used for the right purposes and in a transparent manner.", ""),
    ("II. MAIN TASKS", "B"),
    ("1. Surveillance of cases and vectors; 2. Larvae-killing campaigns and chemical spraying; 3. Clinical "
     "treatment and training; 4. Communication on behaviour change; 5. Inspection and supervision. The "
     "specific tasks, the responsible and coordinating agencies and the completion times are set out in "
     "the Appendix attached to this Plan.", ""),
    ("III. IMPLEMENTATION ORGANISATION", "B"),
    ("1. The Department of Health shall preside over and coordinate with the Hue City Centre for Disease "
     "Control in guiding and inspecting the implementation of this Plan. The Department of Health shall "
     "report the dengue situation to the City People's Committee and the Ministry of Health before the "
     "5th of each month.", ""),
    ("2. The Department of Finance shall advise the City People's Committee on allocating VND 6.5 billion "
     "from the city budget for this Plan in February 2027.", ""),
    ("3. The Department of Education and Training shall direct schools to organise a weekly clean-up of "
     "classrooms and school grounds during the rainy season, and shall require school health staff to "
     "report every suspected case among pupils to the commune health station within 24 hours.", ""),
    ("4. Hue Radio and Television Station shall run a dengue prevention column in its evening news from "
     "April 2027 and shall broadcast the warnings of the health sector free of charge whenever an outbreak "
     "is declared. The People's Committees of wards and communes shall set up steering committees for "
     "dengue prevention before February 28, 2027, mobilise residents to remove larvae habitats in their "
     "homes every Friday, and inspect households in outbreak areas together with the commune health "
     "stations.", ""),
    ("5. Heads of departments and agencies of the city and Chairpersons of People's Committees of wards "
     "and communes shall implement this Plan. Any difficulties arising during implementation should be "
     "reported to the Department of Health for submission to the City People's Committee.", ""),
]

SIGN = ["ON BEHALF OF THE PEOPLE'S COMMITTEE", "FOR THE CHAIRMAN", "VICE CHAIRWOMAN", "",
        "Tran Thi Bich Hanh"]

APPENDIX = "APPENDIX: TASKS FOR DENGUE PREVENTION AND CONTROL IN 2027"
APPENDIX_NOTE = "(Attached to Plan No. 37/KH-UBND dated January 28, 2027 of the Hue City People's Committee)"

TABLE = [
    ("No.", "Task", "Responsible agency", "Coordinating agency", "Completion time"),
    ("1", "Conduct the first larvae-killing campaign in all wards and communes",
     "People's Committees of wards and communes", "Hue City Centre for Disease Control", "March-June 2027"),
    ("2", "Conduct the second larvae-killing campaign before the peak season",
     "People's Committees of wards and communes", "Hue City Centre for Disease Control",
     "August-October 2027"),
    ("3", "Train doctors and nurses of all hospitals on the clinical management of severe dengue",
     "Department of Health", "Hue Central Hospital", "Q1-Q2/2027"),
    ("4", "Spray chemicals in outbreak areas", "Hue City Centre for Disease Control",
     "People's Committees of wards and communes", "Within 48 hours of detecting an outbreak"),
    ("5", "Procure insecticide, sprayers and rapid test kits", "Department of Health",
     "Department of Finance", "15/2-15/4/2027"),
    ("6", "Monitor mosquito density at 40 sentinel points", "Hue City Centre for Disease Control", "-",
     "Monthly, from March 2027"),
    ("7", "Set up rapid response teams in wards and communes", "People's Committees of wards and communes",
     "Commune health stations", "1-15/3/2027"),
    ("8", "Inspect water containers at construction sites and require contractors to remove standing water",
     "Department of Construction", "People's Committees of wards and communes", "Q2-Q3/2027"),
    ("9", "Collect discarded tyres and containers in urban wards", "Department of Agriculture and Environment",
     "Hue Urban Environment and Public Works Company", "May-July 2027"),
    ("10", "Include dengue prevention in extracurricular activities of primary and lower secondary schools",
     "Department of Education and Training", "Hue City Centre for Disease Control",
     "September-December 2027"),
    ("11", "Build software for reporting dengue cases from private clinics", "Department of Science and "
     "Technology", "Department of Health", "2027-2028"),
    ("12", "Inspect dengue prevention at hospitals and private clinics", "Department of Health", "-",
     "June-November 2027"),
    ("13", "Review and evaluate the results of the Plan", "Department of Health",
     "Departments, agencies and localities", "December 2027"),
]


def plain():
    """The plan's text in reading order (no running header)."""
    parts = [t for t, _ in LEFT + RIGHT] + [TITLE, SUBTITLE] + [t for t, _ in PARAS]
    parts += [s for s in SIGN if s] + [APPENDIX, APPENDIX_NOTE]
    for row in TABLE:
        parts.extend(row)
    return "\n".join(parts)


class Doc(pdfkit.PagedPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER, align="R", **pdfkit.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "Plan 37/KH-UBND - dengue prevention 2027 (unofficial translation)",
                 author="Hue City People's Committee", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(20, 12, 18), bottom=14)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 20, 70, 92, 98, size=9.5, h=5, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=3, sub_h=5.5)
    pdf.ln(2)
    for t, st in PARAS:
        pdfkit.para(pdf, t, bold=(st == "B"), size=10.5, h=5.6, after=1.2)
    pdf.ln(1)
    pdf.set_font("Serif", "B", 9.5)
    for s in SIGN:
        pdf.set_x(110)
        pdf.cell(80, 4.6, s, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5, APPENDIX, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 8.5)
    pdf.cell(0, 4.5, APPENDIX_NOTE, align="C", **pdfkit.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Serif", "", 8)
    with pdf.table(col_widths=(8, 52, 37, 37, 36), width=pdf.epw, line_height=3.8,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"), headings_style=pdfkit.BOLD,
                   padding=(0.8, 1.0, 0.8, 1.0), v_align="TOP") as table:
        for cells in TABLE:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
