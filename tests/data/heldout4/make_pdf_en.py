#!/usr/bin/env python3
"""Render the English held-out PDF of heldout4 (deterministic).

    python3 tests/data/heldout4/make_pdf_en.py

Writes pdf/en-3415-QD-BKHCN-digital-tech-industry-law_2025-12-08.pdf next to
this script: an unofficial English translation of a Ministry of Science and
Technology decision promulgating a plan, with an appendix task table drawn
with borders, in which the "Lead agency" cell is merged over two or three rows
and group rows span all columns. Needs fpdf2 (>= 2.7.9 for rowspan) and the
DejaVu Serif fonts.
"""
import sys
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-3415-QD-BKHCN-digital-tech-industry-law_2025-12-08"

LEFT_HEADER = [
    ("MINISTRY OF SCIENCE", True),
    ("AND TECHNOLOGY", True),
    ("-------", False),
    ("No. 3415/QD-BKHCN", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Hanoi, December 8, 2025", False),
]

PREAMBLE = [
    "Pursuant to the Law on Digital Technology Industry No. 71/2025/QH15 dated "
    "June 14, 2025;",
    "Pursuant to Decree No. 55/2025/ND-CP dated March 2, 2025 of the Government "
    "defining the functions, tasks, powers and organizational structure of the "
    "Ministry;",
    "Pursuant to Decision No. 1520/QD-TTg dated July 21, 2025 of the Prime "
    "Minister promulgating the list of documents detailing the laws adopted at "
    "the 9th session of the 15th National Assembly;",
    "At the request of the Director of the Department of Legal Affairs,",
]

ARTICLES = [
    ("Article 1.", "To promulgate together with this Decision the Plan for "
     "implementation of the Law on Digital Technology Industry."),
    ("Article 2.", "This Decision takes effect from the date of signing."),
    ("Article 3.", "The Chief of the Ministry Office, the Director of the "
     "Authority of Information Technology Industry, the Director of the "
     "Department of Legal Affairs, heads of units under the Ministry and "
     "relevant organizations and individuals shall implement this Decision./."),
]

RECIPIENTS = [
    "Recipients:",
    "- As Article 3;",
    "- Minister (for reporting);",
    "- Government Office;",
    "- People's Committees of provinces",
    "  and centrally-run cities;",
    "- Archive: VT, PC.",
]
SIGNER = [
    ("FOR THE MINISTER", True),
    ("DEPUTY MINISTER", True),
    ("", False),
    ("(signed)", False),
    ("", False),
    ("Hoang Minh Tuan", True),
]

PLAN_SECTIONS = [
    ("I. PURPOSES AND REQUIREMENTS", [
        "1. To ensure that the Law on Digital Technology Industry, which takes "
        "effect on January 1, 2026, is implemented uniformly and effectively "
        "throughout the country.",
        "2. Tasks must be specific, with a clear lead agency, output and "
        "completion time.",
    ]),
    ("II. TASKS", [
        "The specific tasks, lead agencies, coordinating agencies, outputs and "
        "deadlines are set out in the Appendix enclosed with this Plan.",
    ]),
    ("III. IMPLEMENTATION ORGANIZATION", [
        "1. Heads of units assigned to lead tasks in the Appendix shall develop "
        "detailed implementation plans of their units and send them to the "
        "Department of Legal Affairs before December 20, 2025.",
        "2. The Department of Legal Affairs shall take charge of and coordinate "
        "with the Ministry Office in monitoring and urging the implementation of "
        "this Plan; summarize and report to the Minister on the implementation "
        "results before November 30 every year.",
        "3. The Department of Planning and Finance shall allocate funds for the "
        "tasks in this Plan from the science and technology budget estimate of "
        "the Ministry for 2026.",
        "4. People's Committees of provinces and centrally-run cities are "
        "requested to direct their Departments of Science and Technology to "
        "disseminate the Law to digital technology enterprises in their "
        "localities.",
        "Any difficulties should be reported to the Department of Legal "
        "Affairs for consideration./.",
    ]),
]

TABLE_HEAD = ("No.", "Task", "Lead agency", "Coordinating agencies", "Output",
              "Deadline")
AITI = "Authority of Information Technology Industry"
LEGAL = "Department of Legal Affairs"
NDTA = "National Digital Transformation Agency"
# (no, task, lead or None when merged from the row above, rowspan, coord, output, deadline)
# a str row is a group row spanning all columns
TABLE = [
    "I. DEVELOPING DOCUMENTS DETAILING THE LAW",
    ("1", "Develop a Decree detailing incentives and support measures for the "
          "development of the digital technology industry", AITI, 3,
     "Department of Legal Affairs; Ministry of Finance", "Decree",
     "December 2025"),
    ("2", "Develop a Circular on criteria for identifying key digital "
          "technology products", None, 1,
     "Department of Legal Affairs; National Digital Transformation Agency",
     "Circular", "First quarter of 2026"),
    ("3", "Develop a Decree on the controlled testing mechanism for digital "
          "technology products and services", None, 1,
     "Ministry of Finance; State Bank of Vietnam", "Decree",
     "Before March 31, 2026"),
    ("4", "Review the legal documents issued by the Minister to propose "
          "amendments in line with the Law", LEGAL, 1,
     "Units under the Ministry", "Review report", "First half of 2026"),
    "II. DISSEMINATION AND ORGANIZATION OF IMPLEMENTATION",
    ("5", "Organize conferences to disseminate the Law and its guiding "
          "documents to ministries, localities and enterprises", LEGAL, 2,
     "Authority of Information Technology Industry; Ministry Office",
     "Conferences", "March 2026"),
    ("6", "Compile and post questions and answers on the Law on the "
          "Ministry's electronic portal", None, 1,
     "Ministry Office", "Q&A document", "Regularly"),
    ("7", "Build a database of digital technology enterprises and key digital "
          "technology products", NDTA, 2,
     "Authority of Information Technology Industry; People's Committees of "
     "provinces and centrally-run cities", "Database", "2026"),
    ("8", "Integrate the administrative procedures under the Law into the "
          "National Public Service Portal", None, 1,
     "Ministry Office", "Online public services", "Before June 30, 2026"),
    ("9", "Monitor and evaluate the development of digital technology "
          "enterprises and report to the Minister", AITI, 1,
     "Departments of Science and Technology of provinces and cities",
     "Annual report", "Annually, before December 15"),
]


DecisionPDF = pdfkit.numbered("top", h=6, next_line=True, ln=2)


def main():
    pdf = pdfkit.setup(DecisionPDF(format="A4"), datetime(2025, 12, 8, 10, 0, tzinfo=timezone.utc),
                       "Decision No. 3415/QD-BKHCN (unofficial translation)",
                       "Ministry of Science and Technology", "make_pdf_en.py", "fpdf2",
                       styles=("", "B", "I"), margins=(20, 15, 18))
    two_col = partial(pdfkit.header_columns, pdf, lx=20, lw=70, rx=92, rw=100, settle=True)
    para = partial(pdfkit.para, pdf)

    two_col(LEFT_HEADER, RIGHT_HEADER)
    pdfkit.title_block(pdf, "DECISION", "Promulgating the Plan for implementation of the Law "
                       "on Digital Technology Industry", sub_h=6,
                       note="(Unofficial English translation)")
    pdf.ln(3)
    para("THE MINISTER OF SCIENCE AND TECHNOLOGY", bold=True, align="C")
    for p in PREAMBLE:
        para(p)
    para("HEREBY DECIDES:", bold=True, align="C")
    for head, body in ARTICLES:
        para(f"{head} {body}")
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 20, 75, 100, 92)

    # the Plan
    pdf.add_page()
    two_col(LEFT_HEADER[:3], RIGHT_HEADER[:3])
    pdfkit.title_block(pdf, "PLAN", "For implementation of the Law on Digital Technology "
                       "Industry", gap=5, sub_h=6)
    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(0, 5, "(Enclosed with Decision No. 3415/QD-BKHCN dated "
                   "December 8, 2025 of the Minister of Science and Technology)",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdfkit.sections(pdf, PLAN_SECTIONS)

    # the Appendix
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, "APPENDIX", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "TASKS FOR IMPLEMENTATION OF THE LAW ON DIGITAL "
                   "TECHNOLOGY INDUSTRY", align="C", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 8.5)
    with pdf.table(col_widths=(8, 50, 28, 34, 20, 22), line_height=4.4,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
                   borders_layout="ALL", repeat_headings=1, v_align="MIDDLE",
                   headings_style=pdfkit.BOLD) as table:
        row = table.row()
        for c in TABLE_HEAD:
            row.cell(c)
        for item in TABLE:
            row = table.row()
            if isinstance(item, str):
                row.cell(item, colspan=6, style=pdfkit.BOLD, align="LEFT")
                continue
            no, task, lead, span, coord, output, deadline = item
            row.cell(no)
            row.cell(task)
            if lead is not None:
                row.cell(lead, rowspan=span)
            row.cell(coord)
            row.cell(output)
            row.cell(deadline)

    out = pdfkit.out_path(HERE, STEM)
    pdf.output(str(out))
    print(out)


if __name__ == "__main__":
    main()
