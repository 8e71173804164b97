#!/usr/bin/env python3
"""Render the English held-out PDF of heldout41 (deterministic).

    python3 tests/data/heldout41/make_pdfs_en.py

Writes pdf/en-news-policymonitor-standing-government-meeting-pm-assignments-two-column-newsletter-sidebar_2026-12-18.pdf
next to this script: a 2-page A4 NEWSLETTER laid out in TWO TEXT COLUMNS
per page, with a running header and a "Page n of 2" footer, a boxed
sidebar at the foot of the right-hand column of page 1, and a lead news
report (Vietnam News style) of a standing Government meeting whose
assignments run from the left column into the right column of page 1 and
on to page 2. Needs fpdf2 and the DejaVu fonts; the creation date is
fixed, so every run writes the same bytes. `plain()` returns the text in
reading order (header and footer left out).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-news-policymonitor-standing-government-meeting-pm-assignments-"
        "two-column-newsletter-sidebar_2026-12-18")
CREATED = datetime(2026, 12, 18, 6, 30, 0, tzinfo=timezone.utc)

MASTHEAD = "VIET NAM POLICY MONITOR"
ISSUE = "Weekly digest of government decisions for investors  |  Issue 48  |  18 December 2026"
HEADLINE = "PM sets year-end deadlines for ministries at standing Government meeting"
# (style, text): "P" body paragraph, "Q" quoted paragraph (same look), "H" crosshead
STORY = [
    ("P", "HA NOI - Prime Minister Pham Minh Chinh on Thursday chaired a meeting of the standing Government "
          "to review socio-economic results in 2026 and give ministries their last tasks of the year. "
          "Public investment disbursement reached 71.8 per cent of the plan by 15 December, still below the target."),
    ("P", "The meeting followed Resolution No. 329/NQ-CP dated 30 November 2026 on the Government's regular "
          "meeting and Directive No. 28/CT-TTg dated 3 December 2026 on tax collection from e-commerce."),
    ("H", "Money must move"),
    ("P", "The PM asked the Ministry of Finance to report to the Government on the results of disbursement in 2026 "
          "by 5 January 2027. The ministry was also told to propose transferring capital from slow projects to "
          "faster ones before the Lunar New Year."),
    ("Q", "\"The Ministry of Construction must put the remaining expressway sections of the 3,000-kilometre "
          "programme into operation by 31 December, with no excuses,\" the PM said."),
    ("Q", "\"Provinces and cities must hand over all remaining land for the North-South high-speed railway by the "
          "end of the second quarter of 2027,\" he added."),
    ("P", "The Ministry of Science and Technology was asked to bring the second phase of the National Data Centre "
          "into use by mid-2027. The PM directed the State Bank of Viet Nam to keep lending rates stable and to "
          "steer credit towards production and business."),
    ("H", "Land, power and wages"),
    ("P", "The Ministry of Agriculture and Environment was assigned to issue guidance on the 2027 land price tables "
          "before 25 December. The Ministry of Industry and Trade must ensure sufficient electricity for the "
          "2027 dry season, in coordination with Vietnam Electricity (EVN)."),
    ("P", "The Ministry of Home Affairs will submit the draft decree on the new base salary in January 2027, "
          "while the Government Inspectorate was told to complete its inspection of the stalled "
          "hospital projects within 30 days."),
    ("Q", "\"The Ministry of Education and Training must make sure that every school damaged by the floods in "
          "the central region reopens before the second semester,\" the Government leader said."),
    ("P", "The Ministry of Foreign Affairs is to work with the Ministry of Industry and Trade to prepare the "
          "Viet Nam - EU trade dialogue in February 2027."),
    ("Q", "\"Ministries, branches and localities must cut at least 30 per cent of business conditions by the end "
          "of 2026. We promised this to the people and to businesses,\" the PM stressed."),
    ("P", "The Government Office was tasked with monitoring the implementation and reporting to the PM every month. "
          "The Government will hold its regular meeting for December on 3 January 2027. - VNS"),
]
SIDEBAR_TITLE = "AT A GLANCE"
SIDEBAR = [
    "Disbursement to 15 Dec: 71.8% of plan",
    "Expressways in use: 2,960 km",
    "Export turnover 2026: USD 468 billion (est.)",
    "CPI, 11 months: +3.4% year on year",
    "Next regular Government meeting: 3 January 2027",
]
STORY2_HEAD = "Ho Chi Minh City opens second metro line to bidders"
STORY2 = [
    "The Management Authority for Urban Railways of Ho Chi Minh City said on Wednesday that eleven contractors "
    "had bought bidding documents for the civil works of Metro Line 2, Ben Thanh - Tham Luong. The winning bids "
    "are expected in the spring; the line is planned to carry its first passengers in 2030.",
]


def plain():
    """The newsletter's text in reading order (running header and footer left out)."""
    parts = [MASTHEAD, ISSUE, HEADLINE] + [t for _, t in STORY]
    parts += [SIDEBAR_TITLE] + SIDEBAR + [STORY2_HEAD] + STORY2
    return "\n".join(parts)


class Doc(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(self.epw / 2, 4, "Viet Nam Policy Monitor - Issue 48")
        self.cell(self.epw / 2, 4, "December 2026", align="R")
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)

    def footer(self):
        self.line(self.l_margin, self.h - 13, self.w - self.r_margin, self.h - 13)
        self.set_xy(self.l_margin, self.h - 12)
        self.set_font("Serif", "", 8)
        self.cell(self.epw, 4, f"Page {self.page_no()} of 2", align="C")


L, R, GAP = 15, 15, 8
COLW = (210 - L - R - GAP) / 2
X = [L, L + COLW + GAP]
BOTTOM = 297 - 18
LH = 5.4


class Flow:
    """Lines poured into column frames: (page, column, top, bottom)."""

    def __init__(self, pdf, frames):
        self.pdf, self.frames, self.i = pdf, frames, 0
        self.y = frames[0][2]

    def frame(self):
        return self.frames[self.i]

    def next(self):
        self.i += 1
        page, col, top, _ = self.frame()
        while self.pdf.page_no() < page:
            self.pdf.add_page()
        self.y = top

    def para(self, text, style="", size=10.5, after=2.0, h=LH):
        pdf = self.pdf
        pdf.set_font("Serif", style, size)
        lines = pdf.multi_cell(COLW, h, text, dry_run=True, output=MethodReturnValue.LINES)
        for ln in lines:
            if self.y + h > self.frame()[3]:
                self.next()
            pdf.set_xy(X[self.frame()[1]], self.y)
            pdf.cell(COLW, h, ln)
            self.y += h
        self.y += after


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdfkit.add_fonts(pdf, ("", "B", "I"))
    pdf.set_margins(L, 16, R)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(L, 16)
    pdf.set_font("Serif", "B", 22)
    pdf.cell(pdf.epw, 10, MASTHEAD, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 9)
    pdf.cell(pdf.epw, 5, ISSUE, align="C", **pdfkit.NEXT)
    pdf.line(L, pdf.get_y() + 1.5, 210 - R, pdf.get_y() + 1.5)
    pdf.set_y(pdf.get_y() + 4)
    pdf.set_font("Serif", "B", 15)
    pdf.multi_cell(pdf.epw, 7, HEADLINE, align="L", **pdfkit.NEXT)
    top1 = pdf.get_y() + 3
    box_top = 200
    frames = [(1, 0, top1, BOTTOM), (1, 1, top1, box_top - 5), (2, 0, 20, BOTTOM), (2, 1, 20, BOTTOM)]
    flow = Flow(pdf, frames)
    for style, text in STORY:
        if style == "H":
            flow.para(text, "B", 10.5, after=1.2, h=5.2)
        else:
            flow.para(text)
    # sidebar box at the foot of page 1's right column (drawn after the story)
    pdf.page = 1
    pdf.set_draw_color(20, 60, 110)
    pdf.set_fill_color(232, 238, 246)
    pdf.rect(X[1], box_top, COLW, BOTTOM - box_top, style="DF")
    pdf.set_xy(X[1] + 3, box_top + 3)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(COLW - 6, 5, SIDEBAR_TITLE)
    y = box_top + 10
    pdf.set_font("Serif", "", 9)
    for item in SIDEBAR:
        pdf.set_xy(X[1] + 3, y)
        pdf.multi_cell(COLW - 6, 4.6, item, align="L")
        y = pdf.get_y() + 1.5
    pdf.set_draw_color(0, 0, 0)
    pdf.page = pdf.pages_count
    # second story after the lead story on page 2
    flow.y += 3
    flow.para(STORY2_HEAD, "B", 12, after=1.5, h=5.6)
    for t in STORY2:
        flow.para(t)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
