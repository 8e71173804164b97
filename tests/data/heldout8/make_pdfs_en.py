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
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

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
    parts += [TITLE, SUBTITLE] + AUTHOR
    for item in BODY:
        if item is PAGE_BREAK:
            parts.append("1")
        else:
            parts.append(item[0])
    parts += RECIPIENTS + [t for t, _ in SIGN] + ["2"]
    return "\n".join(parts)


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def build(path):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime(2026, 7, 10, 9, 0, 0, tzinfo=timezone.utc))
    pdf.set_title("Resolution No. 27/2026/NQ-HDND")
    pdf.set_author("People's Council of Lao Cai Province")
    pdf.set_creator("heldout8 make_pdfs_en.py")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    top = pdf.get_y()
    for text, bold in LEFT_HEADER:
        pdf.set_font("Serif", "B" if bold else "", 10.5)
        pdf.set_x(20)
        pdf.cell(70, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top)
    for text, bold in RIGHT_HEADER:
        pdf.set_font("Serif", "B" if bold else "", 10.5)
        pdf.set_x(92)
        pdf.cell(100, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(0, 5.5, SUBTITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for line in AUTHOR:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for item in BODY:
        if item is PAGE_BREAK:
            pdf.add_page()
            continue
        text, bold = item
        pdf.set_font("Serif", "B" if bold else "", 10.5)
        pdf.multi_cell(0, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 18 - 50:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("Serif", "", 9)
    for line in RECIPIENTS:
        pdf.set_x(20)
        pdf.multi_cell(88, 4.4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    for text, bold in SIGN:
        pdf.set_font("Serif", "B" if bold else "", 10.5)
        pdf.set_x(112)
        pdf.cell(80, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


if __name__ == "__main__":
    out = HERE / "pdf" / (STEM + ".pdf")
    out.parent.mkdir(exist_ok=True)
    build(out)
    print(out)
