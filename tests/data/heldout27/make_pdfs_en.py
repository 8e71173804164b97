#!/usr/bin/env python3
"""Render the English held-out PDF of heldout27 (deterministic).

    python3 tests/data/heldout27/make_pdfs_en.py

Writes pdf/en-2731-KH-BKHCN-xray-radiation-safety-inspection-plan-2027-number-text-grid-page-2-upside-down_2026-12-04.pdf
next to this script: a 2-page unofficial English translation of Inspection
Plan 2731/KH-BKHCN of the Ministry of Science and Technology on radiation
safety at medical X-ray facilities in 2027. Section V (responsibilities) is a
bordered TWO-COLUMN GRID (a narrow number column and a text column holding
the lettered sub-items), and PAGE 2 IS PRINTED UPSIDE DOWN (its content is
drawn rotated 180 degrees about the page centre, as from a sheet fed the
wrong way into a scanner that kept the text layer). Needs fpdf2 and the
DejaVu Serif fonts; the creation date is fixed, so every run writes the same
bytes. `plain()` returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-2731-KH-BKHCN-xray-radiation-safety-inspection-plan-2027-number-text-grid-"
        "page-2-upside-down_2026-12-04")
CREATED = datetime(2026, 12, 7, 9, 30, 0, tzinfo=timezone.utc)

LEFT = [("MINISTRY OF SCIENCE AND TECHNOLOGY", True), ("--------", False), ("No. 2731/KH-BKHCN", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", True),
         ("Hanoi, December 4, 2026", False)]
TITLE = "INSPECTION PLAN"
SUBTITLE = "Radiation safety at medical X-ray facilities in 2027"
NOTE = "(Unofficial translation)"

PARAS = [
    ("Pursuant to the Law on Atomic Energy No. 94/2025/QH15; Decree No. 142/2020/ND-CP on radiation "
     "work and radiation support services; and Decision No. 3120/QD-BKHCN dated November 20, 2026 of the "
     "Minister of Science and Technology approving the 2027 inspection programme, the Ministry of Science "
     "and Technology issues the Plan for inspecting radiation safety at medical X-ray facilities in 2027 "
     "as follows:", False),
    ("I. PURPOSE AND REQUIREMENTS", True),
    ("To assess compliance with the law on radiation safety at medical X-ray facilities, detect and handle "
     "violations, and propose amendments to the licensing procedures. Inspections must be objective and "
     "must not disrupt the examination and treatment of patients.", False),
    ("II. SCOPE AND SUBJECTS", True),
    ("120 public and private facilities using diagnostic X-ray, CT and mammography equipment in Hanoi, "
     "Hai Phong, Da Nang, Gia Lai, Dak Lak, Can Tho, An Giang and Ho Chi Minh City, listed in the Annex.",
     False),
    ("III. CONTENTS", True),
    ("Licences for radiation work and for radiation safety officers; personal dosimetry records of "
     "radiation workers; shielding of X-ray rooms and warning signs; quality control of the equipment; "
     "radiation emergency plans.", False),
    ("IV. TIME", True),
    ("Inspections take place from March to October 2027; an inspection at one facility lasts no more "
     "than five working days.", False),
    ("V. IMPLEMENTATION RESPONSIBILITIES", True),
]

GRID1 = [
    ("1", "The Ministry Inspectorate shall:\n"
          "a) set up the inspection teams and issue the inspection decisions before February 26, 2027;\n"
          "b) notify each facility in writing at least seven days before the inspection;\n"
          "c) publish the inspection conclusions on the Ministry's portal within 15 days of signing them;\n"
          "d) summarise the inspection results and report them to the Minister before December 15, 2027."),
    ("2", "The Agency for Radiation and Nuclear Safety shall:\n"
          "a) assign six officials with expertise in radiation measurement to the inspection teams in "
          "January 2027;\n"
          "b) provide the inspection teams with the licensing data of the facilities before "
          "February 15, 2027;\n"
          "c) in coordination with the Ministry of Health, review and amend the procedures for licensing "
          "medical X-ray equipment in the second quarter of 2027."),
    ("3", "The Department of Planning and Finance shall allocate VND 1.2 billion for the inspections "
          "from the Ministry's 2027 budget estimates."),
]

GRID2 = [
    ("4", "The Departments of Science and Technology of the eight provinces and cities named in "
          "Section II shall:\n"
          "a) update the list of X-ray facilities in their localities and send it to the Ministry "
          "Inspectorate before January 31, 2027;\n"
          "b) assign one official to each inspection team working in their locality;\n"
          "c) inspect the facilities not covered by the Ministry's teams in the third quarter of 2027."),
    ("5", "The inspected facilities shall:\n"
          "a) prepare self-assessment reports in the form in the Annex and send them to the inspection "
          "team three working days before the inspection;\n"
          "b) arrange for their radiation safety officers to work with the inspection team;\n"
          "c) remedy the violations found within 30 days of receiving the inspection conclusions and report "
          "the results to the Ministry Inspectorate."),
    ("6", "The Ministry of Health is requested to direct the Departments of Health of the provinces and "
          "cities concerned to assign staff to take part in the inspections of public hospitals."),
    ("7", "The Information Centre of the Ministry shall post this Plan on the Ministry's portal within "
          "five days from the date of signing."),
    ("8", "The Chief Inspector of the Ministry, the Director of the Agency for Radiation and Nuclear "
          "Safety, the Director of the Department of Planning and Finance and heads of relevant units "
          "shall implement this Plan."),
]

SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "", "Vu Hai Quang"]
RECIPIENTS = ["Recipients:", "- As in Section V;", "- Minister (for reporting);",
              "- Ministry of Health;", "- Archived: VT, TTr."]


def plain():
    """The plan's text in reading order."""
    parts = [t for t, _ in LEFT + RIGHT] + [TITLE, SUBTITLE, NOTE] + [t for t, _ in PARAS]
    for n, t in GRID1 + GRID2:
        parts += [n, t]
    parts += [s for s in SIGN if s] + RECIPIENTS
    return "\n".join(parts)


def grid(pdf, rows):
    pdf.set_font("Serif", "", 10)
    with pdf.table(col_widths=(10, 160), width=pdf.epw, line_height=5.0, first_row_as_headings=False,
                   text_align=("CENTER", "LEFT"), padding=(1.0, 1.5, 1.0, 1.5), v_align="TOP") as table:
        for n, t in rows:
            row = table.row()
            row.cell(n)
            row.cell(t)


def page2(pdf):
    grid(pdf, GRID2)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("Serif", "", 9)
    for i, r in enumerate(RECIPIENTS):
        pdf.set_xy(pdf.l_margin, y + i * 4.6)
        pdf.cell(70, 4.6, r)
    pdf.set_font("Serif", "B", 10.5)
    for i, s in enumerate(SIGN):
        pdf.set_xy(110, y + i * 5.5)
        pdf.cell(80, 5.5, s, align="C")


def build(path):
    pdf = pdfkit.PagedPDF(format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "Inspection Plan 2731/KH-BKHCN - X-ray radiation safety 2027",
                 author="Ministry of Science and Technology", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(20, 15, 20), bottom=12)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 20, 80, 100, 90, size=9.5, h=5, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=3, sub_h=5.5, note=NOTE)
    pdf.ln(2)
    for t, bold in PARAS:
        pdfkit.para(pdf, t, bold=bold, size=10.5, h=5.4, after=1.0)
    grid(pdf, GRID1)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # Page 2 is upside down: everything is drawn rotated 180 degrees about the page centre.
    with pdf.rotation(180, x=pdf.w / 2, y=pdf.h / 2):
        page2(pdf)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
