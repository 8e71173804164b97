#!/usr/bin/env python3
"""Render the English held-out PDF of heldout15 (deterministic).

    python3 tests/data/heldout15/make_pdfs_en.py

Writes pdf/en-212-2026-ND-CP-client-alert-e-labour-contracts-key-dates-box_2026-12-18.pdf
next to this script: a law firm's two-page CLIENT ALERT on a (fictitious)
Government Decree on electronic labour contracts. Two portrait pages: a
masthead line and a grey rule, the alert's own date (not the Decree's), a
shaded "KEY DATES AT A GLANCE" box (a two-column table with a grey fill) that
restates some of the duties below, a section of employers' obligations (not
tasks), a section of the authorities' duties with one bold agency line per
body and "-" items under it, transitional provisions, the firm's own
recommendations and a small disclaimer; "Page N of 2" and the firm's name in
the footer of each page. Needs fpdf2 and the DejaVu Serif fonts; the creation
date is fixed, so every run writes the same bytes. `plain()` returns the text
the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-212-2026-ND-CP-client-alert-e-labour-contracts-key-dates-box_2026-12-18"
CREATED = datetime(2026, 12, 28, 9, 0, 0, tzinfo=timezone.utc)

MAST = "LOTUS & PARTNERS LAW FIRM  |  CLIENT ALERT  |  Employment & Data"
TITLE = ("Decree 212/2026/ND-CP: electronic labour contracts become the norm "
         "from February 2027")
DATELINE = "Hanoi, December 28, 2026"

INTRO = [
    "On December 18, 2026, the Government issued Decree No. 212/2026/ND-CP on electronic "
    "labour contracts (the Decree), which details the Labour Code No. 45/2019/QH14 and the Law "
    "on Electronic Transactions No. 20/2023/QH15 as regards the conclusion, storage and "
    "verification of labour contracts in electronic form. The Decree takes effect on February "
    "1, 2027 and replaces the provisions on the form of labour contracts in Decree No. "
    "145/2020/ND-CP dated December 14, 2020. This alert summarises who must do what.",
]

BOX_TITLE = "KEY DATES AT A GLANCE"
BOX = [
    ("18 Dec 2026", "Decree issued"),
    ("1 Feb 2027", "Decree takes effect; the national e-contract platform must be running"),
    ("3 Mar 2027", "MOHA's standard e-contract templates due"),
    ("30 Jun 2027", "Social insurance data connected to the platform"),
    ("31 Jul 2027", "End of the transitional period for paper contracts"),
]

# (kind, text): "h" bold section heading, "a" bold agency line, "p" paragraph, "i" item
PAGE1 = [
    ("h", "1. What employers must do"),
    ("i", "- Employers with 10 or more employees must sign new labour contracts electronically "
          "through a certified e-contract service provider from February 1, 2027."),
    ("i", "- Paper contracts signed earlier remain valid, but employers must upload a scanned "
          "copy of each paper contract still in force to the platform by July 31, 2027."),
    ("i", "- Employers must send each worker a copy of the signed e-contract within three "
          "working days of signing and keep it for at least 10 years after the contract ends."),
    ("h", "2. What the authorities must do"),
    ("p", "The Decree also assigns implementation duties to the ministries and localities:"),
    ("a", "Ministry of Home Affairs (MOHA)"),
    ("i", "- put the national electronic labour contract platform into operation before the "
          "Decree takes effect;"),
    ("i", "- issue standard templates of electronic labour contracts within 30 days from the "
          "effective date;"),
    ("i", "- publish the list of certified e-contract service providers on its portal and "
          "update it every quarter."),
]
PAGE2 = [
    ("a", "Ministry of Public Security (MPS)"),
    ("i", "- enable the authentication of workers' electronic identification accounts on the "
          "platform, in accordance with Decree No. 69/2024/ND-CP, no later than the effective "
          "date."),
    ("a", "Ministry of Science and Technology"),
    ("i", "- issue technical standards for the digital signatures used in e-contracts within "
          "45 days of the effective date."),
    ("a", "Ministry of Finance"),
    ("i", "- issue a circular on the fee for using the platform in the first quarter of 2027."),
    ("a", "Vietnam Social Security"),
    ("i", "- connect the social insurance database with the platform by June 30, 2027, so that "
          "contract data update workers' insurance records automatically."),
    ("a", "Provincial People's Committees"),
    ("i", "- organise free training on e-contracts for small and medium-sized enterprises from "
          "February 1 until June 30, 2027;"),
    ("i", "- direct the provincial Departments of Home Affairs to inspect compliance in "
          "industrial parks and economic zones;"),
    ("i", "- report to MOHA on implementation before December 15 every year."),
    ("p", "The Decree further asks the Vietnam General Confederation of Labour to guide "
          "grassroots trade unions in checking that e-contracts are explained to workers "
          "before they sign."),
    ("h", "3. Transitional provisions"),
    ("p", "From February 1, 2027 until July 31, 2027, employers may still sign paper contracts "
          "with seasonal workers engaged for less than one month."),
    ("h", "4. Our recommendations"),
    ("p", "Employers should review their HR software and choose a certified provider well "
          "before February 2027. We will publish a checklist once MOHA issues the templates. "
          "For advice, please contact our Employment team at employment@lotuspartners.vn."),
    ("d", "This alert is for general information only and does not constitute legal advice."),
]


def plain():
    """The rendered text in reading order (footer after each page's body)."""
    out = [MAST, TITLE, DATELINE] + INTRO + [BOX_TITLE]
    for a, b in BOX:
        out += [a, b]
    out += [t for _, t in PAGE1] + ["Lotus & Partners", "Page 1 of 2"]
    out += [t for _, t in PAGE2] + ["Lotus & Partners", "Page 2 of 2"]
    return "\n".join(out)


class Alert(pdfkit.PagedPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.set_draw_color(150)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.cell(self.epw / 2, 5, "Lotus & Partners")
        self.cell(self.epw / 2, 5, f"Page {self.page_no()} of 2", align="R")


def body(pdf, items):
    for kind, text in items:
        if kind == "h":
            pdf.ln(1.5)
            pdfkit.para(pdf, text, bold=True, size=12, align="L", h=6.2, after=1)
        elif kind == "a":
            pdfkit.para(pdf, text, bold=True, size=10.5, align="L", h=5.6, after=0.4)
        elif kind == "d":
            pdf.ln(3)
            pdf.set_font("Serif", "I", 8.5)
            pdf.multi_cell(0, 4.4, text, **pdfkit.NEXT)
        else:
            x = 28 if kind == "i" else None
            if x is not None:
                pdf.set_x(x)
                pdf.set_font("Serif", "", 10.5)
                pdf.multi_cell(0, 5.4, text, align="J", **pdfkit.NEXT)
                pdf.ln(0.8)
            else:
                pdfkit.para(pdf, text, size=10.5, h=5.4, after=1.2)


def build(path):
    pdf = pdfkit.setup(Alert(format="A4"), CREATED, STEM, author="Lotus & Partners",
                       creator="Lotus & Partners", producer="Lotus & Partners",
                       styles=("", "B", "I"), margins=(22, 16, 22), bottom=20)
    pdf.set_font("Serif", "B", 9)
    pdf.set_text_color(90)
    pdf.cell(0, 5, MAST, **pdfkit.NEXT)
    pdf.set_text_color(0)
    pdf.set_draw_color(120)
    pdf.set_line_width(0.6)
    pdf.line(22, pdf.get_y() + 1, pdf.w - 22, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.ln(5)
    pdf.set_font("Serif", "B", 15)
    pdf.multi_cell(0, 7.5, TITLE, align="L", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 9.5)
    pdf.cell(0, 6, DATELINE, **pdfkit.NEXT)
    pdf.ln(2)
    for t in INTRO:
        pdfkit.para(pdf, t, size=10.5, h=5.4, after=2)
    pdf.set_font("Serif", "B", 10)
    pdf.set_fill_color(228, 232, 236)
    pdf.cell(0, 7, "  " + BOX_TITLE, fill=True, **pdfkit.NEXT)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=(30, 136), width=pdf.epw, line_height=5.2, first_row_as_headings=False,
                   borders_layout="NONE", cell_fill_color=(228, 232, 236), cell_fill_mode="ALL",
                   padding=(0.8, 2, 0.8, 2)) as table:
        for a, b in BOX:
            row = table.row()
            row.cell(a)
            row.cell(b)
    pdf.ln(4)
    body(pdf, PAGE1)
    pdf.add_page()
    body(pdf, PAGE2)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    pdfkit.build_one(HERE, STEM, build)


if __name__ == "__main__":
    main()
