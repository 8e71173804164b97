#!/usr/bin/env python3
"""Render the English held-out PDF of heldout39 (deterministic).

    python3 tests/data/heldout39/make_pdfs_en.py

Writes pdf/en-WB-aide-memoire-mekong-climate-resilient-livelihoods-agreed-next-steps-landscape-wrapped-table-cells_2026-12-04.pdf
next to this script: a 2-page LANDSCAPE aide-memoire of a World Bank
implementation support mission with numbered paragraphs ("3.", "(a)", "(b)")
and an "Agreed next steps" table with ruled cells whose text wraps onto two
or three lines inside each cell; the table runs over the page break and its
header row is printed again at the top of page 2. Needs fpdf2 and the DejaVu
fonts; the creation date is fixed, so every run writes the same bytes.
`plain()` returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-WB-aide-memoire-mekong-climate-resilient-livelihoods-agreed-next-steps-"
        "landscape-wrapped-table-cells_2026-12-04")
CREATED = datetime(2026, 12, 4, 16, 30, 0, tzinfo=timezone.utc)

TITLE = ["SOCIALIST REPUBLIC OF VIET NAM - WORLD BANK",
         "Mekong Delta Climate-Resilient Livelihoods Project",
         "Sixth Implementation Support Mission, 23 November - 4 December 2026",
         "AIDE-MEMOIRE",
         "Ha Noi, 4 December 2026"]
BODY = [
    ("p", "1. A World Bank team carried out the sixth implementation support mission of the project in Can Tho, An "
          "Giang, Dong Thap and Ca Mau. The mission thanks the Ministry of Agriculture and Environment (MAE), the "
          "Central Project Management Unit (CPMU) and the four provincial PMUs for their cooperation. The findings "
          "and agreed actions below were discussed at a wrap-up meeting chaired by a Vice Minister of Agriculture "
          "and Environment in Ha Noi on 4 December 2026."),
    ("p", "2. Overall progress is rated moderately satisfactory. Disbursement reached USD 96.4 million, or 41 percent "
          "of the credit, and 23 of the 31 sub-projects are under construction. The shrimp-rice rotation model now "
          "covers 18,500 ha."),
    ("h", "A. Key findings and agreed actions"),
    ("p", "3. Counterpart funds. The provinces allocated only VND 212 billion of the VND 390 billion of counterpart "
          "funds planned for 2026. It was agreed that:"),
    ("i", "(a) the People's Committees of An Giang and Ca Mau provinces will allocate the remaining counterpart "
          "funds in their 2027 budget estimates;"),
    ("i", "(b) the CPMU will consolidate the counterpart fund needs for 2027-2028 and send them to the Ministry of "
          "Finance by 18 December 2026."),
    ("p", "4. Restructuring. Decision No. 1745/QD-BNNMT dated 16 September 2026 approved the adjusted investment "
          "policy and a closing date of 30 June 2029. MAE will send the formal restructuring request to the Bank, "
          "through the Ministry of Finance, before 20 January 2027, in line with Decree No. 242/2025/ND-CP."),
    ("p", "5. Environmental and social safeguards. Earthworks at two Ca Mau sub-projects started before all "
          "compensation had been paid. (a) The Ca Mau PMU must suspend the earthworks at the Tan Thuan sluice until "
          "every affected household has been paid; (b) the CPMU will update the Environmental and Social "
          "Commitment Plan and disclose it within 30 days of this aide-memoire."),
    ("p", "6. Financial management. The 2025 audit opinion on the An Giang accounts was qualified. The An Giang "
          "PMU will recover the ineligible expenditures of VND 2.7 billion identified by the auditor."),
    ("h", "B. Agreed next steps"),
    ("p", "7. The next steps below were agreed at the wrap-up meeting; the actions of paragraphs 3-6 are not "
          "repeated. The next mission is planned for May 2027."),
]
HEAD = ["No.", "Action", "Responsible", "Support", "Target date"]
ROWS = [
    ["1", "Complete the detailed design of the Cai Lon - Cai Be water transfer works and submit it to MAE for "
          "approval", "Can Tho PMU", "CPMU", "by 15 March 2027"],
    ["2", "Recruit the independent resettlement monitoring consultant for the four provinces", "CPMU", "-",
          "January 2027"],
    ["3", "Prepare the 2027 annual work plan and budget and send it to the Bank for no objection", "CPMU",
          "Provincial PMUs", "by 31 January 2027"],
    ["4", "Update the climate-smart farming training modules for shrimp-rice farmers in the saline zone",
          "Dong Thap PMU", "Dong Thap Department of Agriculture and Environment", "2027"],
    ["5", "Report on the grievance redress mechanism and the complaints received and resolved", "Provincial PMUs",
          "-", "Quarterly"],
    ["6", "Keep the project monitoring and evaluation database up to date with the results of each sub-project",
          "CPMU", "Provincial PMUs", "Ongoing"],
    ["7", "Have the project financial statements audited by an independent auditor acceptable to the Bank",
          "CPMU", "-", "Annually"],
    ["8", "Organise the mid-term review workshop with the four provincial People's Committees", "MAE",
          "World Bank", "First half of 2027"],
    ["9", "Provide a hydraulic modelling specialist to review the sluice designs of the Ca Mau sub-projects",
          "World Bank", "-", "February 2027"],
    ["10", "Issue the decision approving the revised procurement plan for 2027", "MAE", "CPMU",
          "by 31 December 2026"],
]
SIGN = ["For the World Bank: Task Team Leader", "For the Ministry of Agriculture and Environment: Director, CPMU"]


def plain():
    """The aide-memoire's text in reading order (the repeated header row of page 2 left out)."""
    parts = TITLE + [t for _, t in BODY] + HEAD
    for r in ROWS:
        parts += r
    return "\n".join(parts + SIGN)


class Doc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Serif", "", 8)
        self.cell(0, 5, f"Aide-memoire - Mekong Delta Climate-Resilient Livelihoods Project - {self.page_no()}",
                  align="C")


def build(path):
    pdf = Doc(orientation="L", format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdfkit.add_fonts(pdf, ("", "B", "I"))
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "I" if i == 4 else "B", 12 if i == 3 else 10.5)
        pdf.cell(0, 5.6, t, align="C", **pdfkit.NEXT)
    pdf.ln(2)
    for kind, text in BODY:
        if kind == "h":
            pdf.ln(0.5)
            pdfkit.para(pdf, text, bold=True, size=10, h=5, after=0.6)
        elif kind == "i":
            pdf.set_x(pdf.l_margin + 8)
            pdf.set_font("Serif", "", 10)
            pdf.multi_cell(pdf.epw - 8, 5, text, align="J", **pdfkit.NEXT)
            pdf.ln(0.6)
        else:
            pdfkit.para(pdf, text, size=10, h=5, after=0.8)
    pdf.ln(1)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(10, 78, 48, 62, 63), width=pdf.epw, line_height=4.8,
                   headings_style=pdfkit.BOLD, repeat_headings=1, text_align="LEFT",
                   padding=(1.2, 1.5, 1.2, 1.5), v_align="TOP") as table:
        for cells in [HEAD] + ROWS:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("Serif", "", 10)
    for s in SIGN:
        pdf.cell(0, 5.5, s, **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
