#!/usr/bin/env python3
"""Render the English held-out PDF of heldout7 (deterministic).

    python3 tests/data/heldout7/make_pdfs_en.py

Writes pdf/en-1342-QD-TTg-rural-clean-water-program_2026-08-14.pdf next to
this script: an unofficial English translation of a Prime Minister's
decision approving a rural clean water program. Two-column header, Article 1
(objectives as noun phrases), Article 2 "Responsibilities of agencies" with
one numbered sub-article per ministry and a)-c) items under it; a forced page
break falls between items a) and b) of the Ministry of Construction; page
numbers at the bottom; Article 4 closing clause. Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, so the output is the same on every
run. `plain()` returns the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-1342-QD-TTg-rural-clean-water-program_2026-08-14"
PAGE_BREAK = None  # marker in BODY: start a new page here

LEFT_HEADER = [
    ("THE PRIME MINISTER", True),
    ("-------", False),
    ("No. 1342/QD-TTg", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Hanoi, August 14, 2026", False),
]

TITLE = "DECISION"
SUBTITLE = ("Approving the Program on safe and sustainable rural water supply "
            "for the 2026-2030 period")
AUTHOR = "THE PRIME MINISTER"

BODY = [
    ("Pursuant to the Law on Organization of the Government No. "
     "63/2025/QH15 dated February 18, 2025;", False),
    ("Pursuant to the Law on Water Resources No. 28/2023/QH15;", False),
    ("Pursuant to Decision No. 1978/QD-TTg dated November 24, 2021 of the "
     "Prime Minister approving the National Strategy on Rural Water Supply "
     "and Sanitation to 2030, with a vision to 2045;", False),
    ("At the request of the Minister of Agriculture and Environment in "
     "Submission No. 612/TTr-BNNMT dated July 2, 2026.", False),
    ("DECIDES:", True),
    ("Article 1. Approval of the Program", True),
    ("To approve the Program on safe and sustainable rural water supply for "
     "the 2026-2030 period (hereinafter referred to as the Program) with the "
     "following main contents:", False),
    ("1. Objectives: by 2030, 75% of the rural population uses clean water "
     "meeting national technical standards, at a minimum of 60 litres per "
     "person per day; 100% of rural schools and commune health stations "
     "have clean water and hygienic latrines.", False),
    ("2. Main solutions: upgrading and interconnecting existing water "
     "supply works; developing reservoirs for fresh water storage in "
     "drought- and salinity-prone areas; applying digital technology in "
     "the management and operation of water supply works; mobilizing "
     "private investment.", False),
    ("3. Funding: the state budget, ODA loans and lawful contributions of "
     "enterprises and communities.", False),
    ("Article 2. Responsibilities of agencies", True),
    ("1. The Ministry of Agriculture and Environment shall:", False),
    ("a) Act as the standing agency of the Program; preside over and "
     "coordinate with the Ministry of Finance in formulating the detailed "
     "implementation plan, to be submitted to the Prime Minister in the "
     "fourth quarter of 2026;", False),
    ("b) Build the national database on rural water supply works and "
     "connect it with the databases of the Ministry of Construction and "
     "localities, to be completed before June 30, 2027;", False),
    ("c) Guide localities in monitoring water resources and the quality of "
     "raw water at intake points of rural water supply works.", False),
    ("2. The Ministry of Construction shall:", False),
    ("a) Review and amend the technical regulations on the design of "
     "centralized water supply works in rural areas in line with the "
     "Program, to be completed in 2027;", False),
    PAGE_BREAK,
    ("b) Guide the connection of rural water supply systems with the "
     "urban water supply networks of adjacent wards;", False),
    ("c) Preside over and coordinate with the Ministry of Agriculture and "
     "Environment in developing the unit price framework for clean water in "
     "rural areas, to be issued in the first half of 2027.", False),
    ("3. The Ministry of Finance shall:", False),
    ("a) Balance and allocate state budget capital for the Program in the "
     "medium-term public investment plan for the 2026-2030 period;", False),
    ("b) Preside over the drafting of mechanisms to encourage enterprises "
     "to invest in rural water supply under the public-private partnership "
     "method, and submit them to the Government before December 31, 2026.",
     False),
    ("4. The Ministry of Health shall direct the regular and unscheduled "
     "inspection of the quality of water supplied by rural water supply "
     "works.", False),
    ("5. The Ministry of Science and Technology shall preside over the "
     "selection of research tasks on household-scale water treatment "
     "technologies for saline and alum-contaminated areas.", False),
    ("6. The People's Committees of provinces and centrally-run cities "
     "shall:", False),
    ("a) Approve the provincial rural water supply plan for the 2026-2030 "
     "period within 90 days from the date of signing of this Decision;",
     False),
    ("b) Assign the People's Committees of communes to manage small-scale "
     "water supply works handed over to communities;", False),
    ("c) Send annual reports on the implementation of the Program to the "
     "Ministry of Agriculture and Environment before November 30 every "
     "year.", False),
    ("Article 3. Effect", True),
    ("This Decision takes effect from the date of signing.", False),
    ("Article 4. Implementation responsibility", True),
    ("Ministers, heads of ministerial-level agencies, heads of "
     "Government-attached agencies, Chairpersons of the People's Committees "
     "of provinces and centrally-run cities and heads of relevant agencies "
     "shall implement this Decision./.", False),
]

SIGN = [
    ("PRIME MINISTER", True),
    ("(Signed)", False),
    ("Tran Minh Khoa", True),
]
RECIPIENTS = [
    "Recipients:",
    "- As in Article 4;",
    "- The Party Central Committee's Office;",
    "- The Government Office: the Minister-Chairman, Vice Chairpersons, "
    "Departments;",
    "- Archives: VT, NN (2b).",
]


def _body_texts():
    return [item[0] for item in BODY if item is not PAGE_BREAK]


def plain():
    """The text the PDF renders, in reading order (page numbers included)."""
    parts = [t for t, _ in LEFT_HEADER] + [t for t, _ in RIGHT_HEADER]
    parts += [TITLE, SUBTITLE, AUTHOR] + pdfkit.body_texts(BODY)
    parts += RECIPIENTS + [t for t, _ in SIGN] + ["2"]
    return "\n".join(parts)


Doc = pdfkit.numbered("bottom", y=-13)


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), datetime(2026, 8, 14, 8, 0, 0, tzinfo=timezone.utc),
                       "Decision No. 1342/QD-TTg", "The Prime Minister",
                       "heldout7 make_pdfs_en.py", "fpdf2")
    pdfkit.header_columns(pdf, LEFT_HEADER, RIGHT_HEADER, 20, 70, 92, 100, size=10.5)
    pdfkit.title_block(pdf, TITLE, SUBTITLE)
    pdf.ln(2)
    pdf.cell(0, 6, AUTHOR, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdfkit.paragraphs(pdf, BODY)
    pdfkit.sign_stack(pdf, RECIPIENTS, SIGN, 20, 85, 110, 80, gap=4, room=40)
    pdf.output(str(path))


if __name__ == "__main__":
    out = pdfkit.out_path(HERE, STEM)
    build(out)
    print(out)
