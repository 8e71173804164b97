#!/usr/bin/env python3
"""Render the English held-out PDF of heldout34 (deterministic).

    python3 tests/data/heldout34/make_pdfs_en.py

Writes pdf/en-56-2026-NQ-HDND-haiphong-electric-motorbike-switch-support-margin-deadline-sidenotes-footnotes-running-header_2026-12-11.pdf
next to this script: a 2-page unofficial translation of Resolution
56/2026/NQ-HDND of the People's Council of Hai Phong City on support for
households switching from petrol to electric motorbikes (2027-2030). The
body is set in a narrow column with a wide LEFT MARGIN in which some
paragraphs carry an italic SIDENOTE ("Deadline: ...") that is the only place
their deadline is written; two superscript footnote references ("\u00b9", "\u00b2")
have their notes at the bottom of page 1, one of them holding a task; a
running header (own number, "unofficial translation") and a "Page n of 2"
footer are on both pages. Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, so every run writes the same bytes. `plain()`
returns the text.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-56-2026-NQ-HDND-haiphong-electric-motorbike-switch-support-"
        "margin-deadline-sidenotes-footnotes-running-header_2026-12-11")
CREATED = datetime(2026, 12, 14, 8, 15, 0, tzinfo=timezone.utc)
RUNNING = "Resolution No. 56/2026/NQ-HDND of the Hai Phong City People's Council - unofficial translation"

LEFT = ["PEOPLE'S COUNCIL", "OF HAI PHONG CITY", "No. 56/2026/NQ-HDND"]
RIGHT = ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Hai Phong, 11 December 2026"]
TITLE = ["RESOLUTION", "On support for households switching from petrol motorbikes",
         "to electric motorbikes in Hai Phong City, 2027-2030",
         "THE PEOPLE'S COUNCIL OF HAI PHONG CITY", "17TH TERM, 5TH SESSION"]
# (kind, text, sidenote); kind: p paragraph, h heading, i indented item
# "^1" / "^2" mark footnote references (printed as the superscript digits U+00B9, U+00B2)
PAGE1 = [
    ("p", "Pursuant to the Law on Organisation of Local Government;", None),
    ("p", "Pursuant to the Law on Promulgation of Legal Documents No. 64/2025/QH15 dated 19 February 2025;", None),
    ("p", "Pursuant to Decision No. 876/QD-TTg dated 22 July 2022 of the Prime Minister approving the action "
          "programme on green energy transition and reduction of emissions in transport, and Directive No. 20/CT-TTg "
          "dated 12 July 2025 of the Prime Minister on urgent tasks to address environmental pollution;", None),
    ("p", "Considering Submission No. 412/TTr-UBND dated 25 November 2026 of the City People's Committee, the "
          "verification report of the Economic and Budget Committee and the discussion of the delegates at the session,", None),
    ("h", "RESOLVES:", None),
    ("h", "Article 1. Scope, beneficiaries and support level", None),
    ("p", "1. Households with permanent residence in the city that hand over a petrol motorbike registered before "
          "1 January 2020 for scrapping and buy a new electric motorbike receive a one-off support of VND 5 million^1.", None),
    ("p", "2. Poor and near-poor households and households in the special zones of Cat Hai and Bach Long Vi receive "
          "an additional VND 2 million per motorbike.", None),
    ("h", "Article 2. Funding", None),
    ("p", "The support is paid from the city budget, estimated at VND 1,150 billion for 2027-2030, of which VND 240 "
          "billion in 2027^2.", None),
]
PAGE2 = [
    ("h", "Article 3. Implementation", None),
    ("p", "1. The City People's Committee shall:", None),
    ("i", "a) issue the procedures for receiving and paying support applications;",
          "Deadline: within 30 days of the effective date"),
    ("i", "b) direct the Department of Finance to include the support funds in the 2027 budget estimate and allocate "
          "them to communes, wards and special zones each quarter;", None),
    ("i", "c) direct the Department of Construction to plan public charging and battery-swapping stations at bus "
          "terminals and markets;", "Deadline: in H1 2027"),
    ("i", "d) direct the Department of Agriculture and Environment to guide the collection and recycling of used "
          "batteries and scrapped motorbikes;", None),
    ("i", "e) organise communication on the policy in residential areas and schools;",
          "Deadline: before the 2027 Lunar New Year"),
    ("i", "f) report the results of implementation to the City People's Council.",
          "Deadline: annually, by 30 November"),
    ("p", "2. The People's Committees of communes, wards and special zones shall receive and verify applications, "
          "and shall pay the support within 15 working days of receiving a complete application.", None),
    ("p", "3. The Standing Board, the committees, the groups of delegates and the delegates of the City People's "
          "Council shall supervise the implementation of this Resolution.", None),
    ("p", "4. The Vietnam Fatherland Front Committee of Hai Phong City shall mobilise people to switch to electric "
          "motorbikes and take part in supervising the implementation of this Resolution.", None),
    ("h", "Article 4. Effect", None),
    ("p", "This Resolution was adopted by the People's Council of Hai Phong City, 17th term, at its 5th session on "
          "11 December 2026 and takes effect from 1 January 2027. Resolution No. 38/2024/NQ-HDND of the former "
          "Hai Duong Provincial People's Council ceases to be effective from the same date.", None),
]
FOOTNOTES = [
    "\u00b9 The list of eligible models is that of the manufacturers meeting national technical standards. The City "
    "People's Committee shall publish the list of eligible models of electric motorbikes on the city portal by "
    "31 January 2027.",
    "\u00b2 The 2027 amount is included in the city budget estimate approved at this session.",
]
SIGN = ["CHAIRWOMAN", "(signed and sealed)", "Pham Thi Thu Hoai"]
RECIPIENTS = ["Recipients:", "- Government Office; Ministry of Justice;", "- City People's Committee;",
              "- Communes, wards and special zones;", "- Archived."]

BODY_X = 62      # body column starts here (mm)
NOTE_X, NOTE_W = 16, 40   # sidenote column


def _clean(text):
    return text.replace("^1", "\u00b9").replace("^2", "\u00b2")


def plain():
    """The resolution's text in reading order (running header and page footers left out)."""
    parts = LEFT + RIGHT + TITLE
    for _, text, note in PAGE1 + PAGE2:
        parts.append(_clean(text))
        if note:
            parts.append(note)
    parts += FOOTNOTES + SIGN + RECIPIENTS
    return "\n".join(parts)


class Resolution(pdfkit.PagedPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_xy(16, 8)
        self.cell(178, 4, RUNNING, align="C")
        self.line(16, 13, 194, 13)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8.5)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def body(pdf, items):
    for kind, text, note in items:
        y0 = pdf.get_y()
        if kind == "h":
            pdf.set_font("Serif", "B", 10.5)
            pdf.set_x(BODY_X)
            pdf.multi_cell(194 - BODY_X, 5.4, text, align="L", **pdfkit.NEXT)
            pdf.ln(0.8)
            continue
        pdf.set_font("Serif", "", 10.5)
        x = BODY_X + (5 if kind == "i" else 0)
        pdf.set_x(x)
        pdf.multi_cell(194 - x, 5.4, _clean(text), align="J", **pdfkit.NEXT)
        y1 = pdf.get_y()
        if note:
            pdf.set_font("Serif", "I", 8.5)
            pdf.set_xy(NOTE_X, y0)
            pdf.multi_cell(NOTE_W, 4.2, note, align="L", **pdfkit.NEXT)
            y1 = max(y1, pdf.get_y())
            pdf.set_y(y1)
        pdf.ln(1.2)


def build(path):
    pdf = Resolution(orientation="P", format="A4", unit="mm")
    pdf.alias_nb_pages("{nb}")
    pdfkit.setup(pdf, CREATED, "Resolution 56/2026/NQ-HDND (unofficial translation)",
                 author="Hai Phong Department of Justice", creator="Microsoft Word 2019",
                 producer="Microsoft: Print To PDF", styles=("", "B", "I"),
                 margins=(16, 18, 16), bottom=16)
    pdf.set_auto_page_break(False)
    y = pdf.get_y()
    pdf.set_font("Serif", "B", 10)
    for i, (l, r) in enumerate(zip(LEFT, RIGHT)):
        pdf.set_xy(16, y + i * 5.2)
        pdf.cell(72, 5.2, l, align="C")
        pdf.set_xy(96, y + i * 5.2)
        if i == 2:
            pdf.set_font("Serif", "I", 10)
        pdf.cell(98, 5.2, r, align="C")
    pdf.set_y(y + 19)
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "B", 13 if i == 0 else 10.5)
        pdf.cell(0, 6 if i == 0 else 5.2, t, align="C", **pdfkit.NEXT)
        if i == 2:
            pdf.ln(2)
    pdf.ln(3)
    body(pdf, PAGE1)
    assert pdf.get_y() < 246, pdf.get_y()
    pdf.line(16, 250, 80, 250)
    pdf.set_y(251.5)
    pdf.set_font("Serif", "", 8)
    for note in FOOTNOTES:
        pdf.multi_cell(178, 3.8, note, align="J", **pdfkit.NEXT)
    assert pdf.get_y() < 281, pdf.get_y()
    pdf.add_page()
    body(pdf, PAGE2)
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("Serif", "", 8.5)
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 8.5) if i else pdf.set_font("Serif", "I", 8.5)
        pdf.set_xy(16, y + i * 4.2)
        pdf.cell(80, 4.2, t)
    pdf.set_font("Serif", "B", 10.5)
    for i, t in enumerate(SIGN):
        pdf.set_font("Serif", "I" if i == 1 else "B", 10.5)
        pdf.set_xy(110, y + i * (5.5 if i < 2 else 14))
        pdf.cell(84, 5.5, t, align="C")
    assert pdf.page == 2, pdf.page
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
