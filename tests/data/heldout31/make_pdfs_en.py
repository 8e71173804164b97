#!/usr/bin/env python3
"""Render the English held-out PDF of heldout31 (deterministic).

    python3 tests/data/heldout31/make_pdfs_en.py

Writes pdf/en-news-vietnamnews-print-09-CT-TTg-public-investment-disbursement-three-column-newspaper-page-photo-caption_2027-03-11.pdf
next to this script: a 2-page print-edition newspaper page of Viet Nam News
reporting the Prime Minister's Directive 09/CT-TTg in reported speech. The
masthead, section line and headline span the page; a grey photo box with
its caption sits under the headline; the story runs in THREE JUSTIFIED
COLUMNS over both pages (the column breaks fall inside sentences), with a
running head "VIET NAM NEWS | Thursday, March 11, 2027 | Page n" on every
page and a "SEE ALSO" box of other headlines after the story.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, so every
run writes the same bytes. `plain()` returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-news-vietnamnews-print-09-CT-TTg-public-investment-disbursement-"
        "three-column-newspaper-page-photo-caption_2027-03-11")
CREATED = datetime(2027, 3, 10, 18, 40, 0, tzinfo=timezone.utc)

MAST = "VIỆT NAM NEWS"
SECTION = "POLITICS & LAWS"
HEADLINE = "PM sets end-June target for public investment disbursement"
STANDFIRST = ("Ministries and localities that fall behind face capital cuts, as the Government "
              "pushes to reach 8 per cent growth this year")
PHOTO = "[Photo]"
CAPTION = ("Workers lay asphalt on a section of the Chí Thạnh - Vân Phong expressway in Khánh Hòa "
           "province. The project is among those with the slowest disbursement. VNA/VNS Photo")
BYLINE = "By Minh Anh"

STORY = [
    "HÀ NỘI - Prime Minister Phạm Minh Chính has asked ministries, central agencies and "
    "localities to disburse at least 40 per cent of their 2027 public investment plans by the "
    "end of June, according to Directive No. 09/CT-TTg dated March 9, 2027.",
    "By the end of February, only 6.1 per cent of the VNĐ1.02 quadrillion (US$39 billion) plan "
    "had been disbursed, lower than the same period last year. Thirty-one ministries and "
    "agencies had disbursed less than 3 per cent, the Ministry of Finance said.",
    "The directive follows Resolution No. 01/NQ-CP dated January 6, 2027 on the Government's "
    "main tasks for this year, and the Law on Public Investment No. 58/2024/QH15 and Decree No. "
    "85/2025/ND-CP, which allow capital to be moved from slow projects to faster ones.",
    "Under the directive, the Ministry of Finance must report to the Government a list of "
    "projects that have not yet been allocated detailed capital by April 15. The ministry was "
    "also asked to propose transferring capital from slow-disbursing projects to faster ones "
    "in July.",
    "The PM told the Ministry of Agriculture and Environment to work with provincial People's "
    "Committees to speed up land clearance for key projects. The ministry must also issue "
    "guidance on land prices for compensation before April 30.",
    "The Ministry of Construction is responsible for securing enough sand, stone and other "
    "materials for the expressway projects, and it must publish updated construction material "
    "price indices every month.",
    "\"Slow disbursement means slow growth. Every dong that sits idle is a job that is not "
    "created,\" the PM wrote in the directive.",
    "Chairpersons of People's Committees of provinces and cities were asked to set up working "
    "groups to remove the obstacles of each delayed project within March, and to discipline "
    "investors who deliberately delay disbursement.",
    "Ministries and localities with ODA-funded projects must complete the procedures for "
    "extending loan agreements that close in 2027 before September 30.",
    "The PM proposed that the State Audit Office of Việt Nam prioritise audits of projects with "
    "low disbursement in its 2027 audit plan.",
    "The Government Inspectorate will inspect the responsibility of investors at the ten "
    "ministries and localities with the lowest disbursement rates in the third quarter.",
    "State-owned groups and corporations were urged to speed up their own investment projects, "
    "especially power transmission lines.",
    "The Government Office was tasked with monitoring the implementation of the directive and "
    "reporting to the PM before the 5th of every month.",
    "Economists said the target was ambitious. \"Last year disbursement reached 40 per cent only "
    "in August. The bottleneck is still land clearance, not money,\" said Nguyễn Đức Thành, a "
    "former director of the Việt Nam Institute for Economic and Policy Research. - VNS",
]
SEE_ALSO = ["SEE ALSO", "- Expressway contractors short of sand as dry season begins (Page 5)",
            "- Hà Nội to auction 40 land plots to fund ring road (Page 6)",
            "- Public investment: who moved fastest in 2026? (Page 9)"]


def head_text(n):
    return f"VIET NAM NEWS | Thursday, March 11, 2027 | Page {n}"


def plain():
    """The page's text in reading order (running heads left out)."""
    parts = [MAST, SECTION, HEADLINE, STANDFIRST, PHOTO, CAPTION, BYLINE] + STORY + SEE_ALSO
    return "\n".join(parts)


class Paper(pdfkit.PagedPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(self.epw, 4, head_text(self.page_no()), align="R")
        self.set_draw_color(0)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_y(16)

    def footer(self):
        pass


def build(path):
    pdf = Paper(orientation="P", format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "Viet Nam News - PM sets end-June target for public investment",
                 author="Viet Nam News", creator="Adobe InDesign 19.2",
                 producer="Adobe PDF Library 17.0", styles=("", "B", "I"),
                 margins=(14, 16, 14), bottom=16)
    pdf.set_font("Serif", "B", 26)
    pdf.cell(0, 12, MAST, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, SECTION, **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 19)
    pdf.multi_cell(0, 8.5, HEADLINE, **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 11)
    pdf.multi_cell(0, 5.6, STANDFIRST, **pdfkit.NEXT)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_fill_color(215, 215, 215)
    pdf.rect(pdf.l_margin, y, pdf.epw, 58, style="F")
    pdf.set_font("Serif", "", 9)
    pdf.set_xy(pdf.l_margin, y + 26)
    pdf.cell(pdf.epw, 5, PHOTO, align="C")
    pdf.set_xy(pdf.l_margin, y + 59)
    pdf.set_font("Serif", "I", 8.5)
    pdf.multi_cell(0, 4.2, CAPTION, **pdfkit.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Serif", "B", 9)
    pdf.cell(0, 5, BYLINE, **pdfkit.NEXT)
    pdf.ln(1)
    pdf.set_font("Serif", "", 10.5)
    with pdf.text_columns(ncols=3, gutter=5, text_align="J", line_height=1.15) as cols:
        for p in STORY:
            cols.write(p + "\n")
            cols.ln(1)
    pdf.ln(3)
    pdf.set_font("Serif", "B", 9.5)
    for i, line in enumerate(SEE_ALSO):
        pdf.set_font("Serif", "B" if i == 0 else "", 9.5)
        pdf.cell(0, 5.2, line, **pdfkit.NEXT)
    assert pdf.page == 2, pdf.page
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
