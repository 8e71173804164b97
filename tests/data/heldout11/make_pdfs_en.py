#!/usr/bin/env python3
"""Render the English held-out PDF of heldout11 (deterministic).

    python3 tests/data/heldout11/make_pdfs_en.py

Writes pdf/en-355-KH-UBND-cantho-market-cashless-lead-support-labels_2026-10-30.pdf
next to this script: an English translation of a Can Tho City People's
Committee plan on digitising traditional markets. Its task list is no
table: each numbered task is a bold line followed by "Lead:", "Support:",
"Timeline:" and "Output:" lines. Two-column header, page numbers at the
bottom, recipients beside the signer. Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed, so every run writes the same bytes.
`plain()` returns the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-355-KH-UBND-cantho-market-cashless-lead-support-labels_2026-10-30"
CREATED = datetime(2026, 10, 30, 3, 15, 0, tzinfo=timezone.utc)

LEFT = [("PEOPLE'S COMMITTEE", True), ("OF CAN THO CITY", True),
        ("_______", False), ("No. 355/KH-UBND", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIETNAM", True),
         ("Independence - Freedom - Happiness", True),
         ("_______________", False), ("Can Tho, October 30, 2026", False)]
TITLE = "PLAN"
SUBTITLE = ("Digitising traditional markets and expanding cashless payments "
            "in Can Tho City, 2026-2027")

INTRO = [
    ("Pursuant to Decision No. 1813/QD-TTg dated October 28, 2021 of the Prime "
     "Minister approving the Scheme on developing cashless payments; "
     "implementing Plan No. 142/KH-UBND dated May 8, 2026 of the City People's "
     "Committee on digital transformation in 2026, the City People's Committee "
     "issues the Plan as follows:", False),
    ("I. PURPOSES AND TARGETS", True),
    ("1. To bring the 186 traditional markets of the city, including the floating "
     "markets of Cai Rang and Nga Nam, onto digital platforms, so that residents "
     "and tourists can find goods and pay without cash.", False),
    ("2. Targets by the end of 2027: 90 percent of stallholders accept QR-code "
     "payments; all class-I and class-II markets use electronic invoices; cash "
     "transactions at markets fall below 50 percent of turnover. These targets "
     "are used to evaluate the emulation results of wards and communes.", False),
    ("II. TASKS AND ASSIGNMENT", True),
]

# (task, lead, support, timeline, output); the task line is bold.
TASKS = [
    ("1. Publish the locations, stall numbers and opening hours of all 186 "
     "traditional markets on the city's digital map",
     "Department of Industry and Trade",
     "Department of Science and Technology; People's Committees of wards and "
     "communes having markets",
     "Right in December 2026", "Market layer on the digital map"),
    ("2. Open QR-code payment accounts for at least 80 percent of stallholders",
     "People's Committees of wards and communes having markets",
     "Commercial banks in the city; Viettel Can Tho; VNPT Can Tho",
     "First quarter of 2027", "Accounts opened"),
    ("3. Train market management boards and stallholders in using electronic "
     "invoices and selling on e-commerce platforms",
     "Department of Industry and Trade",
     "Can Tho City Tax; Department of Science and Technology",
     "2027", "3,000 stallholders trained"),
    ("4. Install fire alarms and cameras connected to the city's Intelligent "
     "Operations Centre at 40 class-I and class-II markets",
     "City Police; Department of Industry and Trade",
     "People's Committees of wards and communes having markets",
     "Before the 2027 Lunar New Year", "Systems installed"),
    ("5. Develop a mechanism supporting transaction fees for cashless payments "
     "at markets and submit it to the City People's Council",
     "Department of Finance",
     "Department of Industry and Trade; Department of Justice",
     "No later than 60 days after the date of this Plan", "Draft resolution"),
    ("6. Communicate the benefits and safety of cashless payments to consumers "
     "and tourists",
     "Can Tho Newspaper and Radio - Television",
     "-", "Regularly", "Reports, short videos"),
    ("7. Sum up the results of the Plan and report them to the City People's "
     "Committee",
     "Department of Industry and Trade",
     "Departments, agencies and People's Committees of wards and communes",
     "Before the 10th of the month following each quarter", "Quarterly report"),
]
LABELS = ("Lead", "Support", "Timeline", "Output")

OUTRO = [
    ("III. FUNDING", True),
    ("Funds come from the city budget for digital transformation in 2026-2027, "
     "the budgets of wards and communes and contributions of banks and "
     "telecommunications enterprises.", False),
    ("IV. ORGANISATION OF IMPLEMENTATION", True),
    ("Heads of departments and agencies and Chairpersons of the People's "
     "Committees of wards and communes shall organise the implementation of this "
     "Plan. In the course of implementation, any difficulties should be reported "
     "to the City People's Committee through the Department of Industry and "
     "Trade for consideration.", False),
]

RECIPIENTS = ["Recipients:", "- Ministry of Industry and Trade;",
              "- State Bank of Vietnam;", "- Standing Board of the City Party Committee;",
              "- City People's Council;", "- Departments and agencies;",
              "- People's Committees of wards and communes;", "- Archived: VT, KT."]
SIGNER = [("ON BEHALF OF THE PEOPLE'S COMMITTEE", True), ("PP. CHAIRMAN", True),
          ("VICE CHAIRMAN", True), ("", False), ("(signed)", False), ("", False),
          ("Truong Van Khoa", True)]


def task_lines(task):
    """The lines of one task: the bold task line, then the labelled lines."""
    head, *values = task
    return [(head, True)] + [(f"{label}: {value}", False)
                             for label, value in zip(LABELS, values)]


def plain(stem=STEM):
    """The text the PDF renders, in reading order; the page numbers follow
    the signature (the breaks are automatic)."""
    assert stem == STEM, stem
    parts = [t for t, _ in LEFT + RIGHT] + [TITLE, SUBTITLE]
    parts += [t for t, _ in INTRO]
    for task in TASKS:
        parts += [t for t, _ in task_lines(task)]
    parts += [t for t, _ in OUTRO] + RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(parts + ["1", "2"])


Doc = pdfkit.numbered("bottom", y=-13, size=9)


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), CREATED, "Plan No. 355/KH-UBND",
                       "People's Committee of Can Tho City",
                       "heldout11 make_pdfs_en.py", "fpdf2",
                       margins=(22, 16, 18), bottom=20)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 12, 76, 94, 100, size=10.5, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=7)
    pdf.ln(3)
    for text, bold in INTRO:
        pdfkit.para(pdf, text, bold, size=11, h=5.7, after=1.4)
    for task in TASKS:
        for i, (text, bold) in enumerate(task_lines(task)):
            pdfkit.para(pdf, text, bold, size=11, h=5.5, align="L",
                        after=0.4 if i < len(LABELS) else 2.2, x=None if bold else 30)
    for text, bold in OUTRO:
        pdfkit.para(pdf, text, bold, size=11, h=5.7, after=1.4)
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 22, 86, 104, 86, gap=4, break_below=222)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    path = pdfkit.out_path(HERE, STEM)
    pages = build(path)
    print(f"{path}: {pages} pages")


if __name__ == "__main__":
    main()
