#!/usr/bin/env python3
"""Render the English held-out PDF of heldout40 (deterministic).

    python3 tests/data/heldout40/make_pdfs_en.py

Writes pdf/en-251-CD-TTg-pm-dispatch-floods-south-central-highlands-slide-deck-landscape-big-titles-action-table_2026-11-27.pdf
next to this script: a 2-page LANDSCAPE PDF made from two presentation
SLIDES summarising (in English translation) a Prime Minister's Official
Dispatch on floods: each page has one big title in a coloured title bar,
bullet points with a second indentation level, and the second page an
action table (No. / Action / Lead / Coordinating / Deadline). A small slide
footer carries the slide number. Needs fpdf2 and the DejaVu fonts; the
creation date is fixed, so every run writes the same bytes. `plain()`
returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-251-CD-TTg-pm-dispatch-floods-south-central-highlands-slide-deck-"
        "landscape-big-titles-action-table_2026-11-27")
CREATED = datetime(2026, 11, 27, 9, 15, 0, tzinfo=timezone.utc)

SLIDES = [
    {
        "title": "Official Dispatch No. 251/CD-TTg: Responding to Floods in the South Central Coast and Central Highlands",
        "sub": "Prime Minister | Ha Noi, 27 November 2026 | Unofficial English translation for the briefing of development partners",
        "bullets": [
            (0, "To: Ministers of National Defence, Public Security, Agriculture and Environment, Construction, "
                "Industry and Trade; Chairpersons of the People's Committees of Quang Ngai, Gia Lai, Dak Lak, "
                "Khanh Hoa and Lam Dong provinces"),
            (0, "Situation: rainfall of 600-900 mm since 24 November 2026; 41 communes isolated; water levels at "
                "Song Hinh and Ba Ha reservoirs above the alarm line. Follows Official Dispatch No. 246/CD-TTg "
                "dated 23 November 2026."),
            (0, "The Chairpersons of the People's Committees of the five provinces are requested to:"),
            (1, "complete the evacuation of residents from riverbanks and landslide-prone slopes no later than "
                "5 p.m. on 28 November 2026;"),
            (1, "keep commune shock forces and boats on standby at every flooded commune;"),
            (1, "send a full report on losses to the Ministry of Agriculture and Environment within five working "
                "days of receiving this dispatch."),
            (0, "The Minister of National Defence and the Minister of Public Security shall, within their "
                "assigned functions, deploy troops, helicopters and rescue boats to reach the isolated communes."),
            (0, "The Minister of Agriculture and Environment shall direct the safe operation of irrigation and "
                "hydropower reservoirs, in coordination with the Minister of Industry and Trade."),
            (0, "The Minister of Construction shall reopen National Highway 19 and the Khanh Le pass, and repair "
                "the railway sections cut by landslides before 20 December."),
        ],
    },
    {
        "title": "Recovery Actions after the Floods",
        "sub": "Official Dispatch No. 251/CD-TTg, part 2",
        "bullets": [
            (0, "Ministries and provinces shall carry out the actions in the table below:"),
        ],
    },
]
HEAD = ["No.", "Action", "Lead", "Coordinating", "Deadline"]
ROWS = [
    ["1", "Provide food, drinking water and medicine to households in isolated communes",
     "People's Committees of the five provinces", "Military Region 5 Command", "Immediately"],
    ["2", "Release rice from the national reserve to the provinces that request it", "Ministry of Finance",
     "-", "Immediately"],
    ["3", "Propose support from the central budget reserve and submit it to the Prime Minister",
     "Ministry of Finance", "Ministry of Agriculture and Environment", "by 8 December 2026"],
    ["4", "Disinfect flooded areas and supply clean water treatment chemicals", "Ministry of Health",
     "-", "Immediately"],
    ["5", "Repair damaged schools so that pupils can return to class", "People's Committees of the five provinces",
     "Ministry of Education and Training", "by 31 December 2026"],
    ["6", "Rebuild houses that collapsed or were swept away", "People's Committees of the five provinces",
     "Viet Nam Fatherland Front", "Q1 2027"],
    ["7", "Restore damaged dykes and irrigation canals before the winter-spring crop",
     "Ministry of Agriculture and Environment", "People's Committees of the five provinces", "March 2027"],
    ["8", "Monitor and urge the implementation of this dispatch", "Government Office", "-", "-"],
]
FOOT = "FOR THE PRIME MINISTER - DEPUTY PRIME MINISTER Le Van Thinh (signed)"


def plain():
    """The slides' text in reading order (slide footers left out)."""
    parts = []
    for s in SLIDES:
        parts += [s["title"], s["sub"]] + [t for _, t in s["bullets"]]
    parts += HEAD
    for r in ROWS:
        parts += r
    return "\n".join(parts + [FOOT])


class Doc(FPDF):
    def footer(self):
        self.set_y(-11)
        self.set_font("Serif", "", 8)
        self.cell(0, 5, f"Briefing on Official Dispatch 251/CD-TTg  |  Slide {self.page_no()} / 2", align="R")


def title_bar(pdf, title, sub):
    pdf.set_fill_color(20, 60, 110)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Serif", "B", 20)
    pdf.set_xy(0, 0)
    pdf.multi_cell(pdf.w, 10, title, align="C", fill=True, padding=(6, 14, 4, 14), **pdfkit.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10)
    pdf.cell(0, 5, sub, align="C", **pdfkit.NEXT)
    pdf.ln(3)


def bullets(pdf, items):
    for level, text in items:
        indent = 6 + 10 * level
        pdf.set_x(pdf.l_margin + indent)
        pdf.set_font("Serif", "", 12 if level == 0 else 11)
        mark = "\u25a0" if level == 0 else "\u2013"
        pdf.cell(6, 6.2, mark)
        pdf.multi_cell(pdf.epw - indent - 6, 6.2, text, align="L", **pdfkit.NEXT)
        pdf.ln(1)


def build(path):
    pdf = Doc(orientation="L", format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdfkit.add_fonts(pdf, ("", "B", "I"))
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(False)
    for i, s in enumerate(SLIDES):
        pdf.add_page()
        title_bar(pdf, s["title"], s["sub"])
        bullets(pdf, s["bullets"])
        if i == 1:
            pdf.ln(1)
            pdf.set_font("Serif", "", 10.5)
            with pdf.table(col_widths=(13, 101, 58, 58, 35), width=pdf.epw, line_height=5.4,
                           headings_style=pdfkit.BOLD, text_align="LEFT",
                           padding=(1.2, 1.5, 1.2, 1.5), v_align="TOP") as table:
                for cells in [HEAD] + ROWS:
                    row = table.row()
                    for c in cells:
                        row.cell(c)
            pdf.ln(4)
            pdf.set_font("Serif", "B", 10)
            pdf.cell(0, 5, FOOT, align="R", **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
