#!/usr/bin/env python3
"""Render the English held-out PDF of heldout10 (deterministic).

    python3 tests/data/heldout10/make_pdfs_en.py

Writes pdf/en-287-KH-UBND-tayninh-logistics-corridor-landscape-table_2026-09-18.pdf
next to this script: an English translation of a Tay Ninh Provincial
People's Committee plan on logistics along the Ho Chi Minh City - Moc Bai
expressway. Portrait pages for the plan (two-column header, sections I-V,
signer beside recipients), then landscape pages with the appendix task
table (bordered, group rows across all columns, cells wrapping over several
lines, the heading row repeated on page 4). Page numbers at the bottom;
the page-1 number falls inside item V.3. Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, so the output is the same on every
run. `plain()` returns the text the PDF renders, in reading order (table
cells one per line, row by row).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-287-KH-UBND-tayninh-logistics-corridor-landscape-table_2026-09-18"
CREATED = datetime(2026, 9, 18, 2, 30, 0, tzinfo=timezone.utc)

ISSUER = [("PEOPLE'S COMMITTEE", True), ("OF TAY NINH PROVINCE", True),
          ("--------", False), ("No. 287/KH-UBND", False)]
MOTTO = [("SOCIALIST REPUBLIC OF VIETNAM", True),
         ("Independence - Freedom - Happiness", True),
         ("---------------", False), ("Tay Ninh, September 18, 2026", False)]
TITLE = "PLAN"
SUBTITLE = ("Developing logistics services along the Ho Chi Minh City - Moc Bai "
            "expressway corridor in 2026-2027")

BODY = [
    ("Implementing Decision No. 2210/QD-UBND dated June 30, 2026 of the "
     "Provincial People's Committee approving the Program on developing "
     "logistics services of Tay Ninh province to 2030 and Resolution No. "
     "19/2026/NQ-HDND dated July 24, 2026 of the Provincial People's Council "
     "on investment incentives for logistics infrastructure, and taking into "
     "account Official Letter No. 5120/BCT-XNK dated August 21, 2026 of the "
     "Ministry of Industry and Trade on cross-border trade with Cambodia, the "
     "Provincial People's Committee issues the Plan as follows:", False),
    ("I. PURPOSES AND REQUIREMENTS", True),
    ("To take advantage of the Ho Chi Minh City - Moc Bai expressway, expected "
     "to open to traffic in 2027, to turn the Moc Bai border gate and the Trang "
     "Bang - Phuoc Dong industrial area into the logistics hub of the south-west "
     "corridor. Tasks must be specific, assigned to a lead agency and tied to "
     "a timeline; the lead agency is accountable to the Chairman of the "
     "Provincial People's Committee for the result.", False),
    ("II. TARGETS", True),
    ("By the end of 2027: put into operation at least one logistics centre of "
     "class II and one inland container depot; reduce the average customs "
     "clearance time for goods at the Moc Bai border gate to under four hours; "
     "raise the share of logistics costs handled by enterprises in the province "
     "to 35 percent.", False),
    ("III. TASKS", True),
    ("The tasks, lead agencies, coordinating agencies and timelines are set "
     "out in the Appendix to this Plan.", False),
    ("IV. FUNDING", True),
    ("Funding comes from the provincial budget within the annual estimates of "
     "the agencies, from investors under the public-private partnership method "
     "and from other lawful sources.", False),
    ("V. ORGANISATION OF IMPLEMENTATION", True),
    ("1. The Department of Industry and Trade shall act as the standing agency "
     "of the Plan; it shall guide, monitor and sum up the implementation of the "
     "Plan and report to the Provincial People's Committee.", False),
    ("2. The Department of Finance shall advise the Provincial People's "
     "Committee on allocating funds for the tasks of the Plan in the 2027 "
     "provincial budget estimate.", False),
    ("3. Departments, agencies and the People's Committees of communes and "
     "wards concerned shall develop their own implementation plans before "
     "October 15, 2026 and send reports on their results to the Department "
     "of Industry and Trade before June 5 and December 5 every year.", False),
    ("4. Logistics enterprises and associations in the province are "
     "encouraged to invest in warehouses, cold storage and digital platforms "
     "connected with the smart border gate.", False),
    ("In the course of implementation, if any difficulties arise, agencies "
     "and units shall promptly report them to the Department of Industry and "
     "Trade for synthesis and submission to the Provincial People's Committee "
     "for consideration./.", False),
]
SIGNER = [("ON BEHALF OF THE PEOPLE'S COMMITTEE", True), ("FOR THE CHAIRMAN", True),
          ("VICE CHAIRMAN", True), ("", False), ("(Signed and sealed)", False),
          ("", False), ("Huynh Van Thanh", True)]
RECIPIENTS = ["Recipients:", "- Ministry of Industry and Trade;",
              "- Standing Board of the Provincial Party Committee;",
              "- Chairman and Vice Chairmen of the PPC;",
              "- Departments and agencies of the province;",
              "- People's Committees of communes and wards;",
              "- Archives: VT, KT."]

APPENDIX_TITLE = ["Appendix",
                  "TASKS FOR DEVELOPING LOGISTICS SERVICES ALONG THE HO CHI MINH "
                  "CITY - MOC BAI EXPRESSWAY CORRIDOR IN 2026-2027",
                  "(Attached to Plan No. 287/KH-UBND dated September 18, 2026 of "
                  "the Provincial People's Committee)"]
COLUMNS = ("No.", "Task", "Lead agency", "Coordinating agencies", "Timeline",
           "Expected output")
# A str is a group row across all columns; a tuple is a task row.
TABLE = [
    "I. INFRASTRUCTURE",
    ("1", "Complete site clearance for phase 1 (28 ha) of the Moc Bai logistics "
     "centre and hand over the cleared land to the investor",
     "People's Committees of Ben Cau and Phuoc Chi communes",
     "Department of Agriculture and Environment; Department of Finance",
     "By mid-December 2026", "Cleared land handed over"),
    ("2", "Call for investment in the Trang Bang inland container depot under "
     "the public-private partnership method",
     "Department of Finance",
     "Department of Industry and Trade; Tay Ninh Economic Zone Management Board",
     "Early 2027", "Investor selected"),
    ("3", "Upgrade provincial road 786 connecting the Moc Bai border gate with "
     "the expressway interchange",
     "Department of Construction", "", "2026-2027", "Road put into use"),
    "II. BORDER GATE, DIGITAL PLATFORMS AND PROCEDURES",
    ("4", "Put the smart border gate system at Moc Bai into full operation; "
     "connect its data with the National Single Window",
     "Tay Ninh Economic Zone Management Board",
     "Provincial Police; Provincial Border Guard Command; customs authorities "
     "at the border gate",
     "Q2/2027", "System in operation"),
    ("5", "Publish the list of logistics-related administrative procedures, "
     "with their processing times, on the provincial public service portal",
     "Department of Science and Technology", "Department of Industry and Trade",
     "No later than 30 November 2026", "List published"),
    "III. HUMAN RESOURCES AND PROMOTION",
    ("6", "Organise training courses on customs brokerage and cold-chain "
     "logistics for 500 workers",
     "Department of Home Affairs",
     "Vocational education institutions in the province",
     "In the first half of 2027", "500 workers trained"),
    ("7", "Organise the Tay Ninh - Cambodia logistics and trade connection forum",
     "Department of Industry and Trade",
     "Provincial Investment, Trade and Tourism Promotion Centre",
     "Fourth quarter of 2026", "Forum held"),
    ("8", "Sum up the results of the tasks in this Appendix and report them to "
     "the Provincial People's Committee",
     "Department of Industry and Trade", "Departments and agencies concerned",
     "Half-yearly, by 20 June and 20 December", "Report"),
]
WIDTHS = (12, 88, 44, 54, 34, 34)


def plain(stem=STEM):
    """The text the PDF renders, in reading order. The page breaks are
    automatic, so the page numbers are listed after the part whose pages
    they close (the plan: 1-2; the appendix: 3-4, its heading row repeated
    on page 4), not at the exact break."""
    assert stem == STEM, stem
    lines = [t for t, _ in ISSUER + MOTTO] + [TITLE, SUBTITLE]
    lines += [t for t, _ in BODY] + RECIPIENTS + [t for t, _ in SIGNER if t]
    lines += ["1", "2"] + APPENDIX_TITLE + list(COLUMNS)
    for row in TABLE:
        lines += [row] if isinstance(row, str) else [c for c in row if c]
    return "\n".join(lines + ["3", "4"])


Doc = pdfkit.numbered("bottom", y=-14, size=9)


def appendix(pdf):
    pdf.add_page(orientation="L")
    pdf.set_font("Serif", "B", 11)
    for i, text in enumerate(APPENDIX_TITLE):
        pdf.set_font("Serif", "B" if i < 2 else "I", 11 if i < 2 else 9.5)
        pdf.multi_cell(0, 6, text, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=WIDTHS, line_height=4.8, text_align="LEFT",
                   headings_style=pdfkit.BOLD, padding=1.2, v_align="TOP",
                   repeat_headings=1) as table:
        table.row(COLUMNS)
        for entry in TABLE:
            row = table.row()
            if isinstance(entry, str):
                row.cell(entry, colspan=len(COLUMNS), style=pdfkit.BOLD)
            else:
                for text in entry:
                    row.cell(text)


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), CREATED, "Plan No. 287/KH-UBND",
                       "People's Committee of Tay Ninh Province",
                       "heldout10 make_pdfs_en.py", "fpdf2",
                       styles=("", "B", "I"), margins=(20, 15, 18), bottom=22)
    pdfkit.header_columns(pdf, ISSUER, MOTTO, 14, 74, 92, 104, size=10.5, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=8)
    pdf.ln(4)
    for text, bold in BODY:
        pdfkit.para(pdf, text, bold, size=11, h=5.8, after=1.5)
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 20, 90, 104, 86, gap=4, break_below=215)
    appendix(pdf)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    target = pdfkit.out_path(HERE, STEM)
    print(target, build(target), "pages")
