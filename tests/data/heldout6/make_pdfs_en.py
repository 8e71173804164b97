#!/usr/bin/env python3
"""Render the English held-out PDF of heldout6 (deterministic).

    python3 tests/data/heldout6/make_pdfs_en.py

Writes pdf/en-96-KH-UBND-quangngai-iuu-fishing-plan_2026-04-02.pdf next to
this script: an unofficial English translation of a Quang Ngai provincial
People's Committee plan against IUU fishing (two-column header, prose
sections, an appendix task table drawn WITH borders; the lead-agency cell is
repeated on every row, not merged). Needs fpdf2 and the DejaVu Serif fonts;
the creation date is fixed, so the output is the same on every run.
`plain()` returns the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-96-KH-UBND-quangngai-iuu-fishing-plan_2026-04-02"

LEFT_HEADER = [
    ("PEOPLE'S COMMITTEE", True),
    ("OF QUANG NGAI PROVINCE", True),
    ("-------", False),
    ("No. 96/KH-UBND", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Quang Ngai, April 2, 2026", False),
]

TITLE = "PLAN"
SUBTITLE = ("On implementing urgent measures to combat illegal, unreported "
            "and unregulated (IUU) fishing in Quang Ngai province in 2026")

BODY = [
    ("Implementing Official Dispatch No. 35/CD-TTg dated March 20, 2026 of "
     "the Prime Minister on drastic solutions to combat IUU fishing ahead of "
     "the fifth inspection of the European Commission, and the Law on "
     "Fisheries No. 18/2017/QH14, the People's Committee of Quang Ngai "
     "Province issues the Plan as follows:", False),
    ("I. PURPOSES AND REQUIREMENTS", True),
    ("1. To end violations of foreign waters by the province's fishing "
     "vessels and to help remove the EC's \"yellow card\" in 2026.", False),
    ("2. Tasks must be assigned to specific agencies, with clear "
     "responsibilities and completion times; heads of agencies are "
     "accountable to the Chairman of the Provincial People's Committee for "
     "violations in their fields.", False),
    ("As of March 2026, the province has 4,812 fishing vessels, of which "
     "1,306 vessels have vessel monitoring systems (VMS); 27 vessels lost connection for more than "
     "ten days in the first quarter.", False),
    ("II. KEY TASKS", True),
    ("The specific tasks, lead agencies, coordinating agencies and "
     "completion times are set out in the Appendix enclosed with this "
     "Plan.", False),
    ("III. ORGANIZATION OF IMPLEMENTATION", True),
    ("1. Departments, agencies and localities shall organize the "
     "implementation of the tasks assigned in the Appendix; report the "
     "results to the Department of Agriculture and Environment before the "
     "20th of every month.", False),
    ("2. Departments, agencies and localities shall strictly handle "
     "officials and public employees who cover up or assist IUU fishing "
     "violations.", False),
    ("3. The Department of Agriculture and Environment (the standing "
     "agency) shall monitor and urge the implementation of this Plan, and "
     "consolidate reports to the Provincial People's Committee before the "
     "25th of every month.", False),
    ("4. The Department of Finance shall advise the Provincial People's "
     "Committee on allocating funds for the implementation of this Plan "
     "from the local budget.", False),
    ("5. People's Committees of coastal communes, wards and the Ly Son "
     "special zone shall update the data of fishing vessels in their "
     "areas on the VNFishbase database within 15 days from the date of "
     "this Plan.", False),
    ("In the course of implementation, difficulties and problems shall be "
     "reported to the Provincial People's Committee through the Department "
     "of Agriculture and Environment for consideration and settlement./.",
     False),
]

SIGN = [
    ("ON BEHALF OF THE PEOPLE'S COMMITTEE", True),
    ("FOR THE CHAIRMAN", True),
    ("VICE CHAIRMAN", True),
    ("(Signed and sealed)", False),
    ("Vo Thanh Nghia", True),
]
RECIPIENTS = [
    "Recipients:",
    "- Ministry of Agriculture and Environment;",
    "- Chairman, Vice Chairmen of the Provincial People's Committee;",
    "- Departments, agencies as per the Appendix;",
    "- People's Committees of coastal communes, wards and special zone;",
    "- Archives: VT, KTN.",
]

APPENDIX_TITLE = "APPENDIX"
APPENDIX_SUB = ("TASKS TO COMBAT IUU FISHING IN 2026 (Enclosed with Plan No. "
                "96/KH-UBND dated April 2, 2026 of the People's Committee of "
                "Quang Ngai Province)")

DAE = "Department of Agriculture and Environment"
BG = "Provincial Border Guard Command"
COAST = "People's Committees of coastal communes, wards and special zone"
HEAD = ("No.", "Tasks", "Lead agency", "Coordinating agencies",
        "Completion time")
ROWS = [
    ("1", "Register, inspect and license all fishing vessels of 6 metres "
     "or longer that are still unregistered", DAE, COAST,
     "Before June 30, 2026"),
    ("2", "Inspect and strictly sanction fishing vessels that disconnect "
     "VMS equipment for more than 6 hours at sea without reporting", DAE,
     BG + "; Provincial Police", "Regularly"),
    ("3", "Control fishing vessels entering and leaving the ports of Sa Ky, "
     "Tinh Ky and Ben Dinh (Ly Son)", DAE, BG, "Every day"),
    ("4", "Put the electronic catch documentation and traceability system "
     "(eCDT) into operation at designated fishing ports", DAE,
     "Department of Science and Technology", "Second quarter of 2026"),
    ("5", "Investigate and prosecute cases of brokering or organizing the "
     "illegal sending of fishing vessels and fishermen to foreign waters",
     "Provincial Police", BG + "; Provincial People's Procuracy",
     "Before May 31, 2026"),
    ("6", "Patrol and control fishing vessels at border posts and at sea",
     BG, DAE, "Regularly"),
    ("7", "Arrange funds to support VMS fees for fishing vessels of poor "
     "households", "Department of Finance", DAE, "In 2026"),
    ("8", "Disseminate regulations on IUU fishing to fishermen, vessel "
     "owners and seafood purchasing establishments",
     "Quang Ngai Newspaper and Radio - Television", DAE, "In April 2026"),
    ("9", "Have all vessel owners sign commitments not to violate foreign "
     "waters", COAST, BG, "Before April 30, 2026"),
    ("10", "Review and propose disciplinary measures against officials who "
     "neglect their duties in combating IUU fishing",
     "Department of Home Affairs", DAE + "; Provincial Inspectorate",
     "Third quarter of 2026"),
]


def plain():
    """The text the PDF renders, in reading order."""
    parts = [t for t, _ in LEFT_HEADER] + [t for t, _ in RIGHT_HEADER]
    parts += [TITLE, SUBTITLE] + [t for t, _ in BODY]
    parts += RECIPIENTS + [t for t, _ in SIGN]
    parts += [APPENDIX_TITLE, APPENDIX_SUB]
    for row in (HEAD,) + tuple(ROWS):
        parts += list(row)
    return "\n".join(parts)


def build(path):
    pdf = pdfkit.setup(FPDF(format="A4"), datetime(2026, 4, 2, 8, 0, 0, tzinfo=timezone.utc),
                       "Plan No. 96/KH-UBND", "People's Committee of Quang Ngai Province",
                       "heldout6 make_pdfs_en.py", "fpdf2")
    pdfkit.header_columns(pdf, LEFT_HEADER, RIGHT_HEADER, 20, 70, 92, 100, size=10.5)
    pdfkit.title_block(pdf, TITLE, SUBTITLE)
    pdf.ln(4)
    pdfkit.paragraphs(pdf, BODY)
    pdfkit.sign_stack(pdf, RECIPIENTS, SIGN, 20, 85, 110, 80, room=40)
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 7, APPENDIX_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.multi_cell(0, 5, APPENDIX_SUB, align="C", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    pdfkit.grid(pdf, (HEAD,) + tuple(ROWS), col_widths=(9, 58, 34, 40, 27), line_height=5,
                text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                borders_layout="ALL", first_row_as_headings=True,
                headings_style=pdfkit.BOLD, padding=1.2)
    pdf.output(str(path))


if __name__ == "__main__":
    out = pdfkit.out_path(HERE, STEM)
    build(out)
    print(out)
