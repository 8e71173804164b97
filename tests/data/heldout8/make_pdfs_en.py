#!/usr/bin/env python3
"""Render the English held-out PDF of heldout8 (deterministic).

    python3 tests/data/heldout8/make_pdfs_en.py

Writes pdf/en-27-2026-NQ-HDND-laocai-landslide-relocation_2026-07-10.pdf next
to this script: an unofficial English translation of a provincial People's
Council resolution on support for relocating households out of landslide
areas. Two-column header, "Pursuant to" / "Considering" lines, Article 1
(scope, subjects, support levels, funding: no tasks), Article 2
"Implementation" assigning the Provincial People's Committee (a)-d) items,
a forced page break between items a) and b)), the Standing Board, committees,
groups of deputies and deputies of the Council, the Fatherland Front and one
Council committee; Article 3 effect and repealed resolutions. Page numbers
at the bottom. Needs fpdf2 and the DejaVu Serif fonts; the creation date is
fixed, so the output is the same on every run. `plain()` returns the text
the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-27-2026-NQ-HDND-laocai-landslide-relocation_2026-07-10"
PAGE_BREAK = None  # marker in BODY: start a new page here

LEFT_HEADER = [
    ("PEOPLE'S COUNCIL", True),
    ("LAO CAI PROVINCE", True),
    ("--------", False),
    ("No. 27/2026/NQ-HDND", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Lao Cai, July 10, 2026", False),
]

TITLE = "RESOLUTION"
SUBTITLE = ("Prescribing support policies for relocating households out of "
            "areas at high risk of landslides and flash floods in Lao Cai "
            "province for the 2026-2030 period")
AUTHOR = ["THE PEOPLE'S COUNCIL OF LAO CAI PROVINCE",
          "TERM XVI, SIXTH SESSION"]

BODY = [
    ("Pursuant to the Law on Organisation of Local Government No. "
     "72/2025/QH15 dated June 16, 2025;", False),
    ("Pursuant to the Law on Promulgation of Legal Documents No. "
     "64/2025/QH15 dated February 19, 2025;", False),
    ("Pursuant to the Law on the State Budget No. 89/2025/QH15;", False),
    ("Considering Submission No. 142/TTr-UBND dated June 22, 2026 of the "
     "Provincial People's Committee on the draft Resolution; Verification "
     "Report No. 58/BC-HDND dated July 3, 2026 of the Economic - Budget "
     "Committee of the Provincial People's Council; and the opinions of the "
     "deputies of the Provincial People's Council at the session.", False),
    ("RESOLVES:", True),
    ("Article 1. Scope, subjects and support levels", True),
    ("1. Scope: this Resolution prescribes support for households relocated "
     "out of areas at high risk of landslides, flash floods and flood "
     "sweeps identified on the hazard zoning map approved by the Provincial "
     "People's Committee.", False),
    ("2. Subjects: households and individuals with lawful residence in the "
     "high-risk areas who agree to relocate to concentrated relocation "
     "sites or to move in with relatives elsewhere in the province.", False),
    ("3. Support levels: a) VND 80 million per household relocating to a "
     "concentrated site; b) VND 60 million per household relocating on its "
     "own; c) an additional VND 10 million per household of ethnic "
     "minorities, poor or near-poor households. Support is paid once and "
     "is not deducted from other policies.", False),
    ("4. Funding: the provincial budget, the central budget supplementing "
     "the provincial budget, and lawful contributions of organisations and "
     "individuals. The total estimate for 2026-2030 is VND 1,240 billion.",
     False),
    ("Article 2. Implementation", True),
    ("1. The Provincial People's Committee shall:", False),
    ("a) Organise the implementation of this Resolution; issue the detailed "
     "guidance on dossiers, procedures and payment of support within 30 "
     "days from the effective date of this Resolution;", False),
    PAGE_BREAK,
    ("b) Approve the list of relocation sites and of households to be "
     "relocated in 2027 and report it to the Provincial People's Council "
     "before the next session of the Provincial People's Council;", False),
    ("c) Direct the People's Committees of communes and wards to arrange "
     "land plots at the relocation sites and hand them over to households "
     "in the year the support is granted;", False),
    ("d) Conduct a preliminary review after three years of implementation "
     "and report to the Provincial People's Council in the fourth quarter "
     "of 2028.", False),
    ("2. The Standing Board of the Provincial People's Council, the "
     "Committees of the Provincial People's Council, the Groups of deputies "
     "and the deputies of the Provincial People's Council shall supervise "
     "the implementation of this Resolution.", False),
    ("3. The Vietnam Fatherland Front Committee of Lao Cai Province is "
     "requested to participate in supervising the implementation of this "
     "Resolution and to mobilise people living in high-risk areas to agree "
     "to relocate.", False),
    ("4. The Economic - Budget Committee of the Provincial People's Council "
     "shall conduct a thematic supervision of the construction of "
     "relocation sites in 2027 and report the results to the Standing "
     "Board of the Provincial People's Council before December 15, 2027.",
     False),
    ("Article 3. Effect", True),
    ("1. This Resolution was adopted by the People's Council of Lao Cai "
     "Province, Term XVI, Sixth Session, on July 10, 2026 and takes effect "
     "from July 20, 2026.", False),
    ("2. Resolution No. 45/2021/NQ-HDND dated December 10, 2021 of the "
     "People's Council of Yen Bai Province and Resolution No. "
     "12/2022/NQ-HDND of the People's Council of Lao Cai Province (before "
     "the merger) cease to be effective from the effective date of this "
     "Resolution.", False),
]

SIGN = [
    ("CHAIRWOMAN", True),
    ("(Signed and sealed)", False),
    ("Nguyen Thi Hoa", True),
]
RECIPIENTS = [
    "Recipients:",
    "- Standing Committee of the National Assembly;",
    "- The Government;",
    "- Ministry of Finance; Ministry of Agriculture and Environment;",
    "- Department for Examination of Legal Documents (Ministry of Justice);",
    "- Standing Board of the Provincial Party Committee;",
    "- Provincial People's Council, Provincial People's Committee;",
    "- Provincial Delegation of National Assembly Deputies;",
    "- Provincial Gazette, Provincial Portal;",
    "- Archives: VT.",
]


def plain(stem=STEM):
    """The text the PDF renders, in reading order (page numbers included)."""
    assert stem == STEM, stem
    parts = [t for t, _ in LEFT_HEADER] + [t for t, _ in RIGHT_HEADER]
    parts += [TITLE, SUBTITLE] + AUTHOR + pdfkit.body_texts(BODY)
    parts += RECIPIENTS + [t for t, _ in SIGN] + ["2"]
    return "\n".join(parts)


Doc = pdfkit.numbered("bottom", y=-13)


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), datetime(2026, 7, 10, 9, 0, 0, tzinfo=timezone.utc),
                       "Resolution No. 27/2026/NQ-HDND", "People's Council of Lao Cai Province",
                       "heldout8 make_pdfs_en.py", "fpdf2")
    pdfkit.header_columns(pdf, LEFT_HEADER, RIGHT_HEADER, 20, 70, 92, 100, size=10.5)
    pdfkit.title_block(pdf, TITLE, SUBTITLE)
    pdf.ln(2)
    for line in AUTHOR:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdfkit.paragraphs(pdf, BODY)
    pdfkit.sign_stack(pdf, RECIPIENTS, SIGN, 20, 88, 112, 80, gap=4, room=50)
    pdf.output(str(path))


if __name__ == "__main__":
    out = pdfkit.out_path(HERE, STEM)
    build(out)
    print(out)
