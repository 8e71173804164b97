#!/usr/bin/env python3
"""Render the English held-out PDF of heldout21 (deterministic).

    python3 tests/data/heldout21/make_pdfs_en.py

Writes pdf/en-211-KH-UBND-camau-coastal-erosion-plan-split-line-runs-wide-gap_2026-07-22.pdf
next to this script: a 2-page English translation of a Ca Mau provincial
plan in which every body line is written as TWO text runs, the second run
placed after a wide gap (as some converters position text), with a bottom
page number. Needs fpdf2 and the DejaVu Serif fonts; the creation date is
fixed, so every run writes the same bytes. `plain()` returns the rendered
text in order (the two runs of a line joined by one space).
"""
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-211-KH-UBND-camau-coastal-erosion-plan-split-line-runs-wide-gap_2026-07-22"
CREATED = datetime(2026, 7, 22, 8, 40, 0, tzinfo=timezone.utc)
WIDTH = 92          # characters per body line before the split
GAPS = (9, 14, 11)  # mm between the two runs, cycling line by line

HEADER = [
    ("CA MAU PROVINCIAL PEOPLE'S COMMITTEE", True),
    ("No. 211/KH-UBND", False),
    ("SOCIALIST REPUBLIC OF VIET NAM", True),
    ("Independence - Freedom - Happiness", False),
    ("Ca Mau, July 22, 2026", False),
]
TITLE = ["PLAN", "Preventing coastal and riverbank erosion and land subsidence in Ca Mau province, 2026-2027"]

BODY = [
    ("Pursuant to Resolution No. 120/NQ-CP dated November 17, 2017 of the Government on sustainable "
     "and climate-resilient development of the Mekong Delta; pursuant to Decision No. 957/QD-TTg dated "
     "July 6, 2024 of the Prime Minister approving the project on preventing subsidence, landslides, "
     "flooding and saltwater intrusion in the Mekong Delta to 2035; the Provincial People's Committee "
     "issues the Plan as follows.", False),
    ("I. PURPOSES AND TARGETS", True),
    ("Protect lives and property of people living along the coast; by 2027, reduce the length of "
     "seriously eroded coastline by 30% compared with 2025; no new settlement is allowed in the areas "
     "at high risk of erosion. These targets are monitored by the Provincial Steering Committee for "
     "Natural Disaster Prevention and Control.", False),
    ("II. IMPLEMENTATION", True),
    ("1. Department of Agriculture and Environment (DAE)", True),
    ("a) Take charge of and coordinate with the communes and wards along the coast in reviewing and "
     "updating the map of erosion risk areas; complete before September 30, 2026.", False),
    ("b) Build the groundwater monitoring network in 2026; propose a roadmap to stop groundwater "
     "extraction in subsidence areas, submit it to the Provincial People's Committee in the fourth "
     "quarter of 2026.", False),
    ("c) Plant and restore at least 500 ha of protective mangrove forest in 2027.", False),
    ("d) Summarise the implementation of this Plan and report to the Provincial People's Committee "
     "before December 10 every year.", False),
    ("2. Department of Finance", True),
    ("Balance and allocate funds from the provincial budget for emergency erosion works; advise the "
     "Provincial People's Committee on mobilising ODA and private capital for sea dike projects in "
     "the first half of 2027.", False),
    ("3. Department of Construction", True),
    ("Guide the communes and wards in relocating houses out of the erosion risk areas; draw up the "
     "plan of resettlement sites for the coastal communes; inspect the safety of houses and works along the Ong Doc and Ganh Hao "
     "rivers before the rainy season.", False),
    ("4. Department of Science and Technology", True),
    ("In coordination with the DAE, select and transfer low-cost erosion control technologies "
     "(pile-and-brushwood fences, prefabricated breakwaters) for pilot application in two coastal "
     "communes in 2027.", False),
    ("5. Provincial Military Command and Provincial Border Guard Command", True),
    ("Be ready with forces and means to evacuate people from dangerous areas when erosion or storms "
     "occur; the Provincial Border Guard Command shall also patrol and stop illegal sand extraction "
     "and mangrove cutting in the border belt.", False),
    ("6. People's Committees of communes, wards and special zones", True),
    ("a) Within 10 days of the date of this Plan, post warning signs at eroded sites and fence off "
     "the dangerous sections.", False),
    ("b) Mobilise households in high-risk areas to move to safe places; do not grant construction "
     "permits in the areas at high risk of erosion.", False),
    ("c) Report erosion incidents to the DAE within 24 hours of their occurrence.", False),
    ("7. Ca Mau Newspaper and Radio - Television", True),
    ("Open a column on erosion and subsidence and broadcast it regularly.", False),
    ("III. ORGANISATION", True),
    ("Departments, agencies and People's Committees of communes, wards and special zones shall "
     "organise the implementation of this Plan. They shall send their results to the DAE before "
     "November 30, 2026 for the first report. Difficulties shall be reported to the Provincial People's "
     "Committee (through the DAE) for consideration.", False),
]
SIGN = ["ON BEHALF OF THE PEOPLE'S COMMITTEE", "FOR THE CHAIRMAN", "VICE CHAIRMAN", "Lam Quoc Thai"]
RECIPIENTS = "Recipients: Ministry of Agriculture and Environment; Provincial Party Committee; departments and agencies; communes, wards and special zones; archived."


def split_lines(text):
    """Lines of `text` wrapped at WIDTH, each cut in two runs at the space nearest the middle."""
    out = []
    for line in textwrap.wrap(text, WIDTH, break_on_hyphens=False):
        spaces = [i for i, c in enumerate(line) if c == " "]
        if not spaces:
            out.append((line, ""))
            continue
        cut = min(spaces, key=lambda i: abs(i - len(line) // 2))
        out.append((line[:cut], line[cut + 1:]))
    return out


def plain():
    """The rendered text in reading order."""
    out = [t for t, _ in HEADER] + TITLE
    for text, bold in BODY:
        out.append(text if bold else " ".join(" ".join(p for p in pair if p) for pair in split_lines(text)))
    out += SIGN + [RECIPIENTS]
    return "\n".join(out)


def build(path):
    pdf = pdfkit.numbered("bottom", y=-14, text="{}")()
    pdfkit.setup(pdf, CREATED, "Plan No. 211/KH-UBND (English translation)",
                 author="Ca Mau Provincial People's Committee", creator="Writer",
                 producer="LibreOffice 7.6", margins=(20, 16, 18), bottom=20)
    pdfkit.header_columns(pdf, HEADER[:2], HEADER[2:], 20, 75, 100, 90, size=10, settle=True)
    pdfkit.title_block(pdf, TITLE[0], TITLE[1], gap=5)
    pdf.ln(3)
    k = 0
    for text, bold in BODY:
        if bold:
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(0, 5.6, text, **pdfkit.NEXT)
            pdf.ln(0.8)
            continue
        pdf.set_font("Serif", "", 10.5)
        for first, second in split_lines(text):
            if pdf.get_y() > pdf.h - 26:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(20, y)
            w = pdf.get_string_width(first)
            pdf.cell(w + 0.5, 5.4, first)
            if second:
                pdf.set_xy(20 + w + GAPS[k % len(GAPS)], y)
                pdf.cell(pdf.get_string_width(second) + 0.5, 5.4, second)
            k += 1
            pdf.set_xy(20, y + 5.4)
        pdf.ln(1.2)
    pdf.ln(4)
    pdf.set_font("Serif", "B", 10)
    for s in SIGN:
        pdf.set_x(110)
        pdf.cell(80, 5.2, s, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 8.5)
    pdf.multi_cell(0, 4.4, RECIPIENTS, **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
