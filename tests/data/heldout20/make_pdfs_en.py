#!/usr/bin/env python3
"""Render the English held-out PDF of heldout20 (deterministic).

    python3 tests/data/heldout20/make_pdfs_en.py

Writes pdf/en-briefing-slides-MOC-19-CT-TTg-urban-railway-tasks-arrow-bullets-landscape_2026-08-12.pdf
next to this script: two landscape slides (A4 landscape, one slide a page)
that the Ministry of Construction prepared for a meeting chaired by the
Prime Minister on urban railways: a shaded title bar on each slide, tasks
as "Agency -> action - deadline" bullets, a "DONE" bullet, a "Next steps"
box and a proposal to the Prime Minister, and a slide footer with the deck
title and "n / 2". Needs fpdf2 and the DejaVu Serif fonts; the creation date
is fixed, so every run writes the same bytes. `plain()` returns the
rendered text in order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-briefing-slides-MOC-19-CT-TTg-urban-railway-tasks-arrow-bullets-landscape_2026-08-12"
CREATED = datetime(2026, 8, 11, 9, 15, 0, tzinfo=timezone.utc)
FOOTER = ("Ministry of Construction | Briefing on Directive No. 19/CT-TTg - Prime Minister's "
          "meeting on urban railways, Hanoi, August 12, 2026")

SLIDES = [
    {"kicker": "MINISTRY OF CONSTRUCTION (MOC)",
     "title": "Directive No. 19/CT-TTg dated July 3, 2026: tasks of ministries",
     "intro": ("The Directive implements Resolution No. 188/2025/QH15 dated February 19, 2025 of "
               "the National Assembly on pilot mechanisms for urban railways in Hanoi and Ho Chi "
               "Minh City. Status as of August 10, 2026:"),
     "bullets": [
         "Ministry of Construction → submit the draft decree on transit-oriented development "
         "(TOD) to the Government — by Q4 2026",
         "Ministry of Construction → issue the national technical regulation on urban railway "
         "signalling — by June 2027",
         "Ministry of Finance (in coordination with Ministry of Construction) → propose the "
         "terms of the ODA loans for rolling stock procurement — before November 30, 2026",
         "Ministry of Finance → arrange central budget capital for Hanoi Line 5 and HCMC "
         "Line 2 — in the 2027 budget estimates",
         "Ministry of Science and Technology → publish a roadmap for localising urban railway "
         "equipment — 2027",
         "Ministry of Agriculture and Environment → guide land valuation around stations for "
         "value capture — within 60 days of the Directive's date",
         "Ministry of Public Security → ensure security and order at the construction sites "
         "of Line 2 — regularly",
     ]},
    {"kicker": "MINISTRY OF CONSTRUCTION (MOC)",
     "title": "Directive No. 19/CT-TTg: tasks of the two cities and next steps",
     "intro": "Hanoi and Ho Chi Minh City:",
     "bullets": [
         "Hanoi People's Committee → complete site clearance for Line 3 (Van Cao - Hoang Quoc "
         "Viet) — before March 31, 2027",
         "Hanoi People's Committee → start construction of Line 5 — Q2 2027",
         "Ho Chi Minh City People's Committee → approve the TOD plans around eight stations of "
         "Line 1 — H2 2026",
         "Ho Chi Minh City People's Committee → select the supplier of rolling stock for "
         "Line 2 — by end-2026",
         "People's Committees of Hanoi and Ho Chi Minh City → set up urban railway management "
         "boards with full powers — DONE (July 2026)",
         "People's Committees of Hanoi and Ho Chi Minh City → report monthly progress to MOC "
         "— by the 25th of each month",
     ],
     "box_title": "Next steps (MOC)",
     "box": [
         "MOC will set up the inter-ministerial working group on urban railways — September 2026",
         "MOC will compile the six-monthly report on the Directive for the Prime Minister — "
         "every 6 months",
         "Proposal: the Prime Minister to consider extending the pilot mechanisms to Hai Phong "
         "and Da Nang.",
     ]},
]


def plain():
    """The rendered text in reading order."""
    out = []
    for i, s in enumerate(SLIDES, 1):
        out += [s["kicker"], s["title"], s["intro"]]
        out += ["• " + b for b in s["bullets"]]
        if "box" in s:
            out.append(s["box_title"])
            out += ["• " + b for b in s["box"]]
        out.append(f"{FOOTER} {i} / {len(SLIDES)}")
    return "\n".join(out)


class Deck(pdfkit.PagedPDF):
    def footer(self):
        self.set_y(-13)
        self.set_draw_color(150, 150, 150)
        self.line(15, self.get_y() - 1, self.w - 15, self.get_y() - 1)
        self.set_font("Serif", "", 8.5)
        self.cell(self.epw - 20, 5, FOOTER, align="L")
        self.cell(20, 5, f"{self.page_no()} / {len(SLIDES)}", align="R")


def bullet(pdf, text, size, h, x, w):
    pdf.set_font("Serif", "", size)
    y = pdf.get_y()
    pdf.set_xy(x, y)
    pdf.cell(6, h, "•")
    pdf.set_xy(x + 6, y)
    pdf.multi_cell(w - 6, h, text, align="L", **pdfkit.NEXT)
    pdf.ln(1.6)


def build(path):
    pdf = Deck(orientation="L", format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Briefing on Directive No. 19/CT-TTg")
    pdf.set_author("Ministry of Construction")
    pdf.set_creator("Microsoft PowerPoint")
    pdf.set_producer("Microsoft PowerPoint")
    pdfkit.add_fonts(pdf, ("", "B"))
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    for s in SLIDES:
        pdf.add_page()
        pdf.set_fill_color(22, 64, 110)
        pdf.rect(0, 0, pdf.w, 30, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(15, 6)
        pdf.set_font("Serif", "B", 9)
        pdf.cell(0, 5, s["kicker"], **pdfkit.NEXT)
        pdf.set_font("Serif", "B", 17)
        pdf.multi_cell(0, 8, s["title"], align="L", **pdfkit.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(36)
        pdf.set_font("Serif", "", 11)
        pdf.multi_cell(0, 5.6, s["intro"], align="L", **pdfkit.NEXT)
        pdf.ln(2)
        for b in s["bullets"]:
            bullet(pdf, b, 12, 6.2, 18, pdf.w - 33)
        if "box" in s:
            pdf.ln(2)
            top = pdf.get_y()
            pdf.set_fill_color(232, 238, 246)
            pdf.rect(15, top, pdf.w - 30, 34, style="F")
            pdf.set_xy(18, top + 2)
            pdf.set_font("Serif", "B", 12)
            pdf.cell(0, 6, s["box_title"], **pdfkit.NEXT)
            for b in s["box"]:
                bullet(pdf, b, 11, 5.6, 20, pdf.w - 38)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
