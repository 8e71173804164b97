#!/usr/bin/env python3
"""Render the English held-out PDF of heldout33 (deterministic).

    python3 tests/data/heldout33/make_pdfs_en.py

Writes pdf/en-briefing-eurocham-2419-QD-TTg-pilot-emissions-trading-who-does-what-landscape-table-deadline-first-column-repeated-header_2026-11-30.pdf
next to this script: a 2-page LANDSCAPE member briefing of a European
chamber of commerce on Decision 2419/QD-TTg of the Prime Minister (pilot
emissions trading scheme 2027-2028). A short introduction with two tasks in
running text, then a ruled table "Who does what, by when" whose FIRST column
is the deadline (rows sorted by date) followed by Implementing agency |
In coordination with | Task; the table runs over the page break and its
heading row is repeated at the top of page 2. Advice to members (no tasks)
and a disclaimer close the briefing. Needs fpdf2 and the DejaVu Serif fonts;
the creation date is fixed, so every run writes the same bytes. `plain()`
returns the text.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-briefing-eurocham-2419-QD-TTg-pilot-emissions-trading-who-does-what-"
        "landscape-table-deadline-first-column-repeated-header_2026-11-30")
CREATED = datetime(2026, 11, 30, 10, 30, 0, tzinfo=timezone.utc)
RUNNING = "European Chamber of Commerce in Vietnam - Member Briefing - 30 November 2026 - For members only"

HEAD = [
    ("B", "MEMBER BRIEFING | Green Growth Sector Committee"),
    ("B", "Pilot emissions trading: what Decision No. 2419/QD-TTg asks of each agency"),
    ("I", "Ho Chi Minh City, 30 November 2026"),
]
BODY = [
    "On 16 November 2026 the Prime Minister signed Decision No. 2419/QD-TTg approving the Plan for piloting the "
    "domestic emissions trading scheme in 2027-2028. The Decision builds on Decree No. 06/2022/ND-CP dated "
    "7 January 2022, as amended by Decree No. 119/2025/ND-CP, and on Decision No. 232/QD-TTg dated 24 January 2025 "
    "approving the Scheme on establishing and developing the carbon market. In the pilot, about 150 thermal power, "
    "steel and cement facilities will receive free allowances for their 2027 emissions and may trade them on a "
    "platform of the Hanoi Stock Exchange.",
    "The Ministry of Agriculture and Environment (MAE) leads the pilot. Under Article 2 of the Decision, MAE shall "
    "submit to the Government a decree on the allocation and auction of allowances in March 2027. The Ministry of "
    "Finance shall coordinate with MAE in setting the fees for registering and trading allowances before "
    "31 January 2027.",
    "The table below lists the other tasks of the Decision in order of their deadlines.",
]
TABLE_HEAD = ["Deadline", "Implementing agency", "In coordination with", "Task"]
TABLE = [
    ("15 December 2026", "Ministry of Agriculture and Environment", "-",
     "Issue the list of thermal power, steel and cement facilities allocated allowances for the 2027 compliance period"),
    ("by 31 December 2026", "Ministry of Finance", "Ministry of Agriculture and Environment",
     "Guide the accounting treatment of emission allowances and carbon credits"),
    ("31 January 2027", "Hanoi Stock Exchange", "State Securities Commission",
     "Complete the trading platform for allowances and run trial trading sessions"),
    ("Q1 2027", "Vietnam Securities Depository and Clearing Corporation", "-",
     "Open depository accounts for the facilities allocated allowances"),
    ("31 March 2027", "Ministry of Science and Technology", "Ministry of Agriculture and Environment",
     "Issue national standards on the measurement, reporting and verification of greenhouse gas emissions"),
    ("first half of 2027", "Ministry of Industry and Trade", "Ministry of Agriculture and Environment",
     "Propose an emission reduction roadmap for coal-fired power plants"),
    ("by 30 June 2027", "State Bank of Vietnam", "-",
     "Issue guidance on green credit for facilities taking part in the pilot"),
    ("Quarterly, from Q2 2027", "Ministry of Agriculture and Environment", "-",
     "Publish allowance prices and trading volumes on the national registry"),
    ("Q3 2027", "Ministry of Construction", "-",
     "Verify the 2026 emission reports of cement facilities"),
    ("30 September 2027", "Provincial People's Committees", "-",
     "Inspect the emission monitoring of the facilities in their provinces"),
    ("30 November 2027", "Ministry of Agriculture and Environment", "Ministry of Finance",
     "Allocate allowances for the 2028 compliance period"),
    ("by the end of 2027", "Ministry of Finance", "Ministry of Agriculture and Environment",
     "Assess the first year of trading and report to the Prime Minister"),
    ("2028", "Ministry of Agriculture and Environment", "-",
     "Review the pilot and propose the roadmap for the official operation of the carbon market"),
    ("Ongoing", "Ministry of Foreign Affairs", "Ministry of Agriculture and Environment",
     "Negotiate the international recognition of carbon credits under Article 6 of the Paris Agreement"),
]
TAIL = [
    ("B", "What this means for members"),
    ("", "Members operating steel or cement plants in Vietnam should check whether their facilities are on the "
         "list due in December and prepare their 2026 emission reports. Members are welcome to send their comments "
         "on the draft allocation decree to the Green Growth Sector Committee."),
    ("I", "This briefing is for information only and is not legal advice. The unofficial summary is based on the "
          "Vietnamese text of the Decision."),
]


def plain():
    """The briefing's text in reading order (running header and page numbers left out)."""
    parts = [t for _, t in HEAD] + BODY + [" | ".join(TABLE_HEAD)]
    parts += [" | ".join(r) for r in TABLE]
    parts += [t for _, t in TAIL]
    return "\n".join(parts)


class Briefing(pdfkit.PagedPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_xy(self.l_margin, 7)
        self.cell(self.epw, 4, RUNNING, align="L")
        self.set_y(16)

    def footer(self):
        self.set_y(-12)
        self.set_font("Serif", "", 8)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")


def build(path):
    pdf = Briefing(orientation="L", format="A4", unit="mm")
    pdf.alias_nb_pages("{nb}")
    pdfkit.setup(pdf, CREATED, "Member briefing: Decision 2419/QD-TTg pilot emissions trading",
                 author="Green Growth Sector Committee", creator="Adobe InDesign 19.0",
                 producer="Adobe PDF Library 17.0", styles=("", "B", "I"),
                 margins=(18, 16, 18), bottom=16)
    for style, text in HEAD:
        pdf.set_font("Serif", style, 15 if text.startswith("Pilot") else 10.5)
        pdf.multi_cell(0, 7 if text.startswith("Pilot") else 5.5, text, align="L", **pdfkit.NEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "", 10.5)
    for text in BODY:
        pdf.multi_cell(0, 5.4, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.5)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(34, 62, 62, 103), text_align="LEFT", line_height=5,
                   headings_style=pdfkit.BOLD, repeat_headings=1, padding=1.5) as table:
        for cells in [TABLE_HEAD] + TABLE:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.ln(4)
    for style, text in TAIL:
        pdf.set_font("Serif", style, 10.5 if style != "I" else 9)
        pdf.multi_cell(0, 5.4, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.5)
    assert pdf.page == 2, pdf.page
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
