#!/usr/bin/env python3
"""Render the English held-out PDF of heldout17 (deterministic).

    python3 tests/data/heldout17/make_pdfs_en.py

Writes pdf/en-aide-memoire-WB-central-highlands-connectivity-agreed-actions-table-repeated-header_2026-11-02.pdf
next to this script: a World Bank implementation support mission's
aide-memoire (no document number) with observations in prose (no tasks),
two "is requested to" sentences, and an agreed-actions table (No. | Action |
Responsible | Due date) that crosses the page break, its header row
repeated at the top of page 2. Page numbers at the bottom ("Page N").
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, so every
run writes the same bytes. `plain()` returns the rendered text in order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-aide-memoire-WB-central-highlands-connectivity-agreed-actions-table-"
        "repeated-header_2026-11-02")
CREATED = datetime(2026, 11, 3, 2, 15, 0, tzinfo=timezone.utc)

TOP = ["THE WORLD BANK", "Vietnam Country Office"]
TITLE = "AIDE-MEMOIRE"
SUBTITLE = ("Central Highlands Connectivity and Livelihoods Project (P179214)\n"
            "Implementation Support Mission, October 5-16, 2026")
PLACE_DATE = "Hanoi, November 2, 2026"

BODY = [
    ("h", "A. INTRODUCTION"),
    ("p", "1. A World Bank team carried out an implementation support mission for the project "
          "from October 5 to 16, 2026. The mission met the Ministry of Finance (MOF), the "
          "Ministry of Agriculture and Environment (MAE), the Central Project Management Unit "
          "(CPMU) under MAE, the People's Committee of Gia Lai province (Gia Lai PPC) and the "
          "People's Committee of Dak Lak province (Dak Lak PPC), and visited sub-projects in "
          "eleven communes. The team thanks the Government and the provinces for their "
          "cooperation. A wrap-up meeting was held at MAE on October 16, 2026."),
    ("p", "2. The project is implemented under Decision No. 1620/QD-TTg dated August 21, 2023 "
          "of the Prime Minister approving the investment policy, and the adjustments approved "
          "by Decision No. 1849/QD-BNNMT dated May 12, 2026 of the Minister of Agriculture and "
          "Environment. ODA management follows Decree No. 242/2025/ND-CP."),
    ("h", "B. PROGRESS AND KEY FINDINGS"),
    ("p", "3. Disbursement reached USD 41.6 million, or 27% of the loan, against 35% planned "
          "for this stage. The mission rates progress towards the development objective as "
          "Moderately Satisfactory and implementation progress as Moderately Unsatisfactory."),
    ("p", "4. Component 1 (rural roads): 96 of 212 km are completed. Works on package CW-05 "
          "in Gia Lai have stopped because 34 households have not received compensation. "
          "The quality of the completed sections is good."),
    ("p", "5. Component 2 (livelihoods): 1,850 coffee households have joined the replanting "
          "model. The mission observed that farmers' groups in Dak Lak keep better records "
          "than those in Gia Lai. The Bank will review the revised livelihood grant manual "
          "within 10 working days of receiving it."),
    ("p", "6. Safeguards and fiduciary aspects: the Dak Lak Provincial Project Management "
          "Unit (Dak Lak PPMU) has had no safeguards specialist since July. The FY2025 audit "
          "report was received on time and its opinion was unqualified."),
    ("p", "7. The Ministry of Finance is requested to confirm the reallocation of USD 6 million "
          "from Category 2 to Category 1 of the loan before December 15, 2026. The Ministry of "
          "Agriculture and Environment is requested to approve the adjusted feasibility study "
          "of the project before December 31, 2026."),
    ("h", "C. AGREED ACTIONS"),
    ("p", "8. The mission and the Government agreed on the actions in the table below."),
]
TABLE = [
    ["No.", "Action", "Responsible", "Due date"],
    ["1", "Submit the updated Project Operations Manual to the Bank for no-objection", "CPMU",
     "November 30, 2026"],
    ["2", "Recruit a full-time environmental and social safeguards specialist",
     "Dak Lak PPMU", "December 15, 2026"],
    ["3", "Complete compensation for the 34 remaining households of package CW-05",
     "Gia Lai PPC", "Q1 2027"],
    ["4", "Establish grievance redress committees in the 18 project communes",
     "Gia Lai PPC and Dak Lak PPC", "Q4 2026"],
    ["5", "Sign the civil works contract for package CW-07 (Krong Pac canal)",
     "Dak Lak PPMU", "January 2027"],
    ["6", "Update the procurement plan in STEP and send it to the Bank", "CPMU",
     "Within 30 days of this Aide-Memoire"],
    ["7", "Issue the decision allocating 2027 counterpart funds", "Dak Lak PPC",
     "Before 31/12/2026"],
    ["8", "Send the quarterly interim financial reports (IFRs) to the Bank", "CPMU",
     "Within 45 days after the end of each quarter"],
    ["9", "Prepare the terms of reference for the mid-term review", "CPMU", "H1 2027"],
    ["10", "Issue guidance on the on-lending ratio for Gia Lai and Dak Lak", "MOF",
     "Upon receipt of the CPMU's request"],
    ["11", "Report on the results of the coffee replanting model", "Dak Lak PPMU", "Monthly"],
    ["12", "Submit the audited financial statements for FY2026 to the Bank", "CPMU",
     "June 30, 2027"],
]
AFTER = [
    ("h", "D. NEXT STEPS"),
    ("p", "9. The next implementation support mission is tentatively planned for April 2027. "
          "This Aide-Memoire was discussed with MOF and MAE at the wrap-up meeting and may be "
          "disclosed to the public."),
]
SIGNER = ["Nguyen Thi Mai Anh", "Task Team Leader, The World Bank"]


def plain():
    """The rendered text in reading order (table row by row, header repeated on page 2)."""
    out = TOP + [TITLE] + SUBTITLE.split("\n") + [PLACE_DATE]
    out += [t for _, t in BODY]
    out += [" | ".join(r) for r in TABLE]
    out += [t for _, t in AFTER] + SIGNER
    return "\n".join(out)


Memo = pdfkit.numbered("bottom", y=-14, size=9, text="Page {}")


def block(pdf, kind, text):
    if kind == "h":
        pdf.ln(1.5)
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(0, 5.6, text, align="L", **pdfkit.NEXT)
        pdf.ln(0.8)
    else:
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(0, 5.0, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.4)


def build(path):
    pdf = pdfkit.setup(Memo(format="A4"), CREATED, STEM, author="The World Bank",
                       creator="Microsoft Word", producer="Microsoft Word",
                       margins=(22, 18, 22), bottom=20)
    pdf.set_font("Serif", "B", 10)
    for t in TOP:
        pdf.cell(0, 5, t, align="L", **pdfkit.NEXT)
    pdf.ln(4)
    pdf.set_font("Serif", "B", 14)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(0, 5.5, SUBTITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 6, PLACE_DATE, align="R", **pdfkit.NEXT)
    pdf.ln(2)
    for kind, text in BODY:
        block(pdf, kind, text)
    pdf.set_font("Serif", "", 9.5)
    pdfkit.grid(pdf, TABLE, col_widths=(10, 86, 36, 34), line_height=4.8,
                text_align=("C", "L", "L", "L"), headings_style=pdfkit.BOLD,
                repeat_headings=1)
    pdf.ln(3)
    for kind, text in AFTER:
        block(pdf, kind, text)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 10)
    for t in SIGNER:
        pdf.cell(0, 5.2, t, align="R", **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
