#!/usr/bin/env python3
"""Render the English held-out PDF of heldout22 (deterministic).

    python3 tests/data/heldout22/make_pdfs_en.py

Writes pdf/en-3352-QD-BNNMT-data-ecosystem-plan-appendix-ruled-table-merged-lead-agency-cells_2026-10-27.pdf
next to this script: a 2-page English translation of a decision of the
Minister of Agriculture and Environment whose appendix is a ruled task table
(No. | Task | Lead agency | Coordinating agencies | Deadline | Output) with
group rows spanning all six columns and LEAD-AGENCY CELLS MERGED VERTICALLY
over two or three task rows (the name is drawn once, centred in the merged
cell); long cells wrap over several lines. Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed, so every run writes the same bytes.
`plain()` returns the text in reading order (the table cell by cell).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-3352-QD-BNNMT-data-ecosystem-plan-appendix-ruled-table-merged-lead-agency-cells_2026-10-27"
CREATED = datetime(2026, 10, 27, 9, 15, 0, tzinfo=timezone.utc)

HEADER_L = [("MINISTRY OF AGRICULTURE", True), ("AND ENVIRONMENT", True), ("No. 3352/QD-BNNMT", False)]
HEADER_R = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", False),
            ("Hanoi, October 27, 2026", False)]
TITLE = ["DECISION", "Promulgating the Plan for building the agricultural and environmental data ecosystem for the period 2026-2028"]
BODY = [
    ("THE MINISTER OF AGRICULTURE AND ENVIRONMENT", True),
    ("Pursuant to Decree No. 35/2025/ND-CP dated February 25, 2025 of the Government defining the functions, "
     "tasks, powers and organisational structure of the Ministry of Agriculture and Environment;", False),
    ("Pursuant to Resolution No. 214/NQ-CP dated July 9, 2026 of the Government on developing the national "
     "data ecosystem;", False),
    ("At the proposal of the Director of the Department of Digital Transformation,", False),
    ("DECIDES:", True),
    ("Article 1. To promulgate together with this Decision the Plan for building the agricultural and "
     "environmental data ecosystem for the period 2026-2028, with the tasks set out in the Appendix.", False),
    ("Article 2. The Department of Digital Transformation shall monitor and urge the implementation of the Plan. "
     "It shall summarise the results and report them to the Minister before December 15 every year. "
     "The Department of Planning and Finance shall allocate funds for the tasks of the Plan in the annual "
     "budget estimates of the Ministry.", False),
    ("Article 3. This Decision takes effect from the date of signing. The Chief of the Ministry Office, the "
     "Director of the Department of Digital Transformation, the Director of the Department of Planning and "
     "Finance and Heads of relevant units under the Ministry shall be responsible for implementing this "
     "Decision.", False),
]
SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "(signed)", "Vu Thanh Liem"]
RECIPIENTS = ["Recipients:", "- As in Article 3;", "- The Minister (for reporting);", "- Archives: VT, CDS."]

APPX_TITLE = ["APPENDIX", "TASKS OF THE PLAN FOR BUILDING THE AGRICULTURAL AND ENVIRONMENTAL DATA ECOSYSTEM",
              "(Issued together with Decision No. 3352/QD-BNNMT dated October 27, 2026 of the Minister of Agriculture and Environment)"]
HEAD = ["No.", "Task", "Lead agency", "Coordinating agencies", "Deadline", "Output"]
DDT = "Department of Digital Transformation"
# rows: ("group", text) or (no, task, (lead, rowspan) or None, coord, deadline, output)
ROWS = [
    ("group", "I. DATA INFRASTRUCTURE"),
    ("1", "Build the Ministry's shared data centre on the cloud platform", (DDT, 3),
     "Department of Planning and Finance", "Quarter IV/2026", "Data centre in operation"),
    ("2", "Connect the land, water resources and forestry databases with the National Data Centre", None,
     "Department of Land Management; Department of Water Resources Management; Department of Forestry and Forest Protection",
     "Before 30/6/2027", "Connection report"),
    ("3", "Issue the Ministry's data catalogue and the rules on data sharing", None,
     "Department of Legal Affairs", "2026", "Decision of the Minister"),
    ("group", "II. SECTORAL DATABASES"),
    ("4", "Complete the national database on crops and livestock", ("Department of Crop Production and Plant Protection", 2),
     "Department of Livestock Production and Veterinary Medicine", "Quarter II/2027", "Database put into use"),
    ("5", "Build the early warning map of pests and plant diseases", None,
     "Provincial Departments of Agriculture and Environment", "Monthly, from January 2027", "Monthly warning map"),
    ("6", "Update the data of fishing vessels and catch logs into the VNFishbase system", ("Department of Fisheries and Fisheries Surveillance", 1),
     "Provincial Departments of Agriculture and Environment", "Regularly", "Updated data"),
    ("7", "Build the environmental monitoring data system connected with the automatic monitoring stations",
     ("Department of Environment", 2), DDT, "First half of 2027", "Data system"),
    ("8", "Build the database on sources of waste and emissions", None, "-", "31/12/2027", "Database"),
    ("9", "Digitise the hydro-meteorological records of the period 1960-2000", ("Department of Hydro-Meteorology", 1),
     "National Centre for Hydro-Meteorological Forecasting", "By 2028", "Digitised records"),
    ("group", "III. DATA SERVICES AND HUMAN RESOURCES"),
    ("10", "Provide open data on weather, water and air quality on the Ministry's portal", (DDT, 3),
     "Department of Hydro-Meteorology; Department of Environment", "Quarter III/2027", "Open data pages"),
    ("11", "Assess the security level of the Ministry's information systems holding data", None,
     "Department of Cyber Security and High-Tech Crime Prevention (Ministry of Public Security)",
     "Within 60 days from the date of this Decision", "Assessment report"),
    ("12", "Guide the provincial Departments of Agriculture and Environment on reporting data through the Ministry's reporting system",
     None, "-", "Before 31/3/2027", "Guidance document"),
    ("13", "Train officials of the Ministry on data governance", ("Department of Organisation and Personnel", 1),
     DDT, "Annually", "Training courses"),
    ("14", "Evaluate the implementation of the Plan and propose adjustments", ("Department of Planning and Finance", 1),
     DDT, "December 2027", "Evaluation report"),
]
WIDTHS = (9, 48, 36, 38, 23, 20)


def plain():
    """The rendered text in reading order."""
    out = [t for t, _ in HEADER_L] + [t for t, _ in HEADER_R] + TITLE + [t for t, _ in BODY] + SIGN + RECIPIENTS
    out += APPX_TITLE + HEAD
    for r in ROWS:
        if r[0] == "group":
            out.append(r[1])
            continue
        no, task, lead, coord, dl, outp = r
        out += [no, task] + ([lead[0]] if lead else []) + [coord, dl, outp]
    return "\n".join(out)


def build(path):
    pdf = pdfkit.numbered("bottom", y=-14, text="{}")()
    pdfkit.setup(pdf, CREATED, "Decision No. 3352/QD-BNNMT (English translation)",
                 author="Ministry of Agriculture and Environment", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(18, 16, 18), bottom=20)
    pdfkit.header_columns(pdf, HEADER_L, HEADER_R, 18, 70, 92, 100, size=10, settle=True)
    pdfkit.title_block(pdf, TITLE[0], TITLE[1], gap=5)
    pdf.ln(3)
    for text, bold in BODY:
        if bold:
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(0, 5.6, text, align="C", **pdfkit.NEXT)
            pdf.ln(0.8)
        else:
            pdfkit.para(pdf, text, size=10.5, h=5.4)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("Serif", "B", 10)
    for s in SIGN:
        pdf.set_x(112)
        pdf.cell(80, 5.2, s, align="C", **pdfkit.NEXT)
    pdf.set_y(y)
    for i, r in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if False else ("B" if i == 0 else ""), 9)
        pdf.cell(80, 4.6, r, **pdfkit.NEXT)
    pdf.set_y(max(pdf.get_y(), y + 5.2 * len(SIGN)) + 8)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6, APPX_TITLE[0], align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 10)
    pdf.multi_cell(0, 5, APPX_TITLE[1], align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(0, 5, APPX_TITLE[2], align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 8.5)
    with pdf.table(col_widths=WIDTHS, width=pdf.epw, line_height=4.0, text_align="LEFT",
                   headings_style=pdfkit.BOLD, padding=(0.8, 1.0, 0.8, 1.0), v_align="MIDDLE") as table:
        row = table.row()
        for h in HEAD:
            row.cell(h, align="C")
        for r in ROWS:
            row = table.row()
            if r[0] == "group":
                row.cell(r[1], colspan=6, style=pdfkit.BOLD)
                continue
            no, task, lead, coord, dl, outp = r
            row.cell(no, align="C")
            row.cell(task)
            if lead:
                row.cell(lead[0], rowspan=lead[1], align="C")
            row.cell(coord)
            row.cell(dl, align="C")
            row.cell(outp)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
