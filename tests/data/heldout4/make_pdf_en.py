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
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "pdf" / "en-3415-QD-BKHCN-digital-tech-industry-law_2025-12-08.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

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


class DecisionPDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", size=9)
            self.cell(0, 6, str(self.page_no()), align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def main():
    pdf = DecisionPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 12, 8, 10, 0, tzinfo=timezone.utc))
    pdf.set_title("Decision No. 3415/QD-BKHCN (unofficial translation)")
    pdf.set_author("Ministry of Science and Technology")
    pdf.set_creator("make_pdf_en.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def two_col(left, right, lx=20, lw=70, rx=92, rw=100):
        top = pdf.get_y()
        for col_x, col_w, lines in ((lx, lw, left), (rx, rw, right)):
            pdf.set_xy(col_x, top)
            for text, bold in lines:
                pdf.set_font("Serif", "B" if bold else "", 10)
                pdf.set_x(col_x)
                pdf.cell(col_w, 5.5, text, align="C", new_x="LMARGIN",
                         new_y="NEXT")
        pdf.set_y(top + 5.5 * max(len(left), len(right)))

    def para(text, bold=False, size=10.5, align="J", indent=False):
        pdf.set_font("Serif", "B" if bold else "", size)
        pdf.multi_cell(0, 5.6, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    two_col(LEFT_HEADER, RIGHT_HEADER)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "DECISION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(0, 6, "Promulgating the Plan for implementation of the Law "
                   "on Digital Technology Industry", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9)
    pdf.cell(0, 6, "(Unofficial English translation)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para("THE MINISTER OF SCIENCE AND TECHNOLOGY", bold=True, align="C")
    for p in PREAMBLE:
        para(p)
    para("HEREBY DECIDES:", bold=True, align="C")
    for head, body in ARTICLES:
        para(f"{head} {body}")

    pdf.ln(3)
    y = pdf.get_y()
    for i, line in enumerate(RECIPIENTS):
        pdf.set_xy(20, y + i * 4.6)
        pdf.set_font("Serif", "B" if i == 0 else "", 9)
        pdf.cell(75, 4.6, line)
    for i, (text, bold) in enumerate(SIGNER):
        pdf.set_xy(100, y + i * 5.5)
        pdf.set_font("Serif", "B" if bold else "", 10)
        pdf.cell(92, 5.5, text, align="C")

    # the Plan
    pdf.add_page()
    two_col(LEFT_HEADER[:3], RIGHT_HEADER[:3])
    pdf.ln(5)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "PLAN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(0, 6, "For implementation of the Law on Digital Technology "
                   "Industry", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(0, 5, "(Enclosed with Decision No. 3415/QD-BKHCN dated "
                   "December 8, 2025 of the Minister of Science and Technology)",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, paras in PLAN_SECTIONS:
        para(title, bold=True)
        for p in paras:
            para(p)

    # the Appendix
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, "APPENDIX", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "TASKS FOR IMPLEMENTATION OF THE LAW ON DIGITAL "
                   "TECHNOLOGY INDUSTRY", align="C", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 8.5)
    group_style = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=(8, 50, 28, 34, 20, 22), line_height=4.4,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
                   borders_layout="ALL", repeat_headings=1, v_align="MIDDLE",
                   headings_style=FontFace(emphasis="BOLD")) as table:
        row = table.row()
        for c in TABLE_HEAD:
            row.cell(c)
        for item in TABLE:
            row = table.row()
            if isinstance(item, str):
                row.cell(item, colspan=6, style=group_style, align="LEFT")
                continue
            no, task, lead, span, coord, output, deadline = item
            row.cell(no)
            row.cell(task)
            if lead is not None:
                row.cell(lead, rowspan=span)
            row.cell(coord)
            row.cell(output)
            row.cell(deadline)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()
