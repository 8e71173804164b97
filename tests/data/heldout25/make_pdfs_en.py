#!/usr/bin/env python3
"""Render the English held-out PDF of heldout25 (deterministic).

    python3 tests/data/heldout25/make_pdfs_en.py

Writes pdf/en-aide-memoire-WB-mekong-urban-resilience-agreed-actions-table-no-repeated-header-running-footer-page-x-of-y_2027-01-22.pdf
next to this script: a 2-page World Bank implementation support mission
aide-memoire whose "Agreed actions" table (No. | Agreed action | Responsibility |
Timeline) starts on page 1 and runs onto page 2 WITHOUT repeating its heading
row, and whose every page carries a RUNNING FOOTER with the project and loan
numbers on the left and "Page x of 2" on the right. Needs fpdf2 and the
DejaVu Serif fonts; the creation date is fixed, so every run writes the same
bytes. `plain()` returns the text in reading order without the footers.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf.enums import TableHeadingsDisplay

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-aide-memoire-WB-mekong-urban-resilience-agreed-actions-table-no-repeated-header-"
        "running-footer-page-x-of-y_2027-01-22")
CREATED = datetime(2027, 1, 25, 3, 40, 0, tzinfo=timezone.utc)
FOOTER = "Viet Nam - Mekong Delta Urban Resilience Project (P180452; Loan No. 9871-VN) - Aide-Memoire, January 2027"

TITLE = [
    "VIET NAM",
    "MEKONG DELTA URBAN RESILIENCE PROJECT (P180452)",
    "Implementation Support Mission, January 11-22, 2027",
    "AIDE-MEMOIRE",
]

PARAS = [
    ("A. Introduction", "B"),
    ("1. A World Bank (the Bank) team carried out an implementation support mission for the Mekong Delta "
     "Urban Resilience Project from January 11 to 22, 2027. The mission worked with the Ministry of "
     "Construction (MOC), the Ministry of Finance (MOF), the Central Project Management Unit (CPMU) under "
     "MOC, the People's Committees (PPCs) of Can Tho City, Vinh Long province and Ca Mau province, and the "
     "three provincial project management units (PMUs). The findings were discussed at a wrap-up meeting "
     "in Can Tho on January 22, 2027. This Aide-Memoire records the findings and the actions agreed.", ""),
    ("2. The project was approved by Decision No. 1457/QD-TTg dated November 28, 2024 of the Prime Minister "
     "and became effective on June 3, 2025. Loan proceeds are managed under Decree No. 242/2025/ND-CP of the "
     "Government on the management and use of ODA and concessional loans.", ""),
    ("B. Key findings", "B"),
    ("3. Progress towards the project development objective is rated Moderately Satisfactory and overall "
     "implementation progress Moderately Unsatisfactory. Disbursement stands at USD 41.6 million, or 18 "
     "percent of the loan, against 35 percent projected at appraisal. Civil works in Can Tho are on "
     "schedule, but site clearance in Vinh Long and Ca Mau is about nine months behind, and 37 households "
     "in Tan Thanh ward, Ca Mau province, have filed compensation complaints that remain unresolved.", ""),
    ("4. The mission requests the People's Committee of Ca Mau province to resolve the complaints of the 37 "
     "households in Tan Thanh ward before March 31, 2027. The Ministry of Finance is requested to complete "
     "the appraisal of the project restructuring proposal and send its opinion to the Bank by February 28, "
     "2027. MOC, as the line agency, is requested to instruct the CPMU to fill the vacant procurement "
     "specialist position immediately.", ""),
    ("5. The Bank will process the restructuring within six weeks of receiving the MOF's letter. The next "
     "implementation support mission is tentatively planned for June 2027.", ""),
    ("C. Agreed actions", "B"),
    ("6. The agreed actions are listed in the table below.", ""),
]

TABLE = [
    ("No.", "Agreed action", "Responsibility", "Timeline"),
    ("1", "Submit the revised procurement plan for 2027 to the Bank through STEP", "CPMU",
     "February 15, 2027"),
    ("2", "Sign the contract for the Cai Khe riverbank embankment (package CT-W3)", "Can Tho PMU",
     "By end-March 2027"),
    ("3", "Hire an independent environmental and social monitoring consultant", "CPMU", "Q2 2027"),
    ("4", "Allocate counterpart funds of VND 95 billion for resettlement in the 2027 provincial budget",
     "Vinh Long PPC", "Q1 2027"),
    ("5", "Complete the detailed measurement survey for the Ca Mau drainage component",
     "Ca Mau PMU, in coordination with the Ca Mau Department of Agriculture and Environment",
     "31/03/2027"),
    ("6", "Publish the updated grievance redress records on the project website", "CPMU and PMUs",
     "Monthly"),
    ("7", "Send the Bank the interim unaudited financial report for the fourth quarter of 2026", "CPMU",
     "Two weeks after the mission"),
    ("8", "Update the resettlement action plan of the Vinh Long subproject and disclose it locally",
     "Vinh Long PMU", "Before compensation payments start"),
    ("9", "Issue the decision on the operation and maintenance budget of the three pumping stations",
     "Can Tho PPC", "H2 2027"),
    ("10", "Train ward staff in the use of the flood early warning dashboard",
     "CPMU, with the National Centre for Hydro-Meteorological Forecasting", "May 2027"),
    ("11", "Confirm the reallocation of USD 8 million from Component 2 to Component 1", "MOF",
     "March 2027"),
    ("12", "Approve the adjusted project investment decision", "MOC", "End-June 2027"),
    ("13", "Submit the mid-term review report to the Bank", "CPMU", "September 30, 2027"),
]

AFTER = [
    ("7. The Government and the Bank agreed that this Aide-Memoire may be disclosed to the public in "
     "accordance with the Bank's Access to Information Policy.", ""),
]

SIGN = "Hanoi, January 22, 2027"


def plain():
    """The aide-memoire's text in reading order (no footers)."""
    parts = TITLE + [t for t, _ in PARAS]
    for row in TABLE:
        parts.extend(row)
    parts += [t for t, _ in AFTER] + [SIGN]
    return "\n".join(parts)


class Doc(pdfkit.PagedPDF):
    def footer(self):
        self.set_y(-14)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("Serif", "I", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(self.epw - 25, 5, FOOTER, align="L")
        self.cell(25, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.alias_nb_pages()
    pdfkit.setup(pdf, CREATED, "Aide-Memoire - Mekong Delta Urban Resilience Project - January 2027",
                 author="World Bank", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(22, 18, 22), bottom=22)
    pdf.set_font("Serif", "B", 12)
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "B", 13 if i == len(TITLE) - 1 else 11)
        pdf.cell(0, 6.5, t, align="C", **pdfkit.NEXT)
    pdf.ln(4)
    for t, st in PARAS:
        pdfkit.para(pdf, t, bold=(st == "B"), size=10.5, h=5.5, after=1.5)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(9, 78, 48, 31), width=pdf.epw, line_height=4.8,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT"), headings_style=pdfkit.BOLD,
                   repeat_headings=TableHeadingsDisplay.NONE,
                   padding=(1.0, 1.2, 1.0, 1.2), v_align="TOP") as table:
        for cells in TABLE:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(4)
    for t, st in AFTER:
        pdfkit.para(pdf, t, size=10.5, h=5.5, after=1.5)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(0, 6, SIGN, align="R", **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
