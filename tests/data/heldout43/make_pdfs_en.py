#!/usr/bin/env python3
"""Render the English held-out PDF of heldout43 (deterministic).

    python3 tests/data/heldout43/make_pdfs_en.py

Writes pdf/en-05-CT-TTg-social-housing-2027-translation-footnotes-two-column-signature-block_2027-01-26.pdf
next to this script: an unofficial ENGLISH TRANSLATION of a Prime Minister's
DIRECTIVE, A4, laid out like a Word export: the header block in two
columns, centred title, justified body paragraphs, indented a)-c) items,
the page number at the top from page 2. The preamble carries three
FOOTNOTE markers (raised digits, glued to the word before them) whose notes
sit at the foot of page 1 under a short rule: the number and date of the
Law on Housing, the date of a cited resolution and a report cited only in
its note. The directive ends with a TWO-COLUMN SIGNATURE BLOCK drawn as a
borderless two-column table, row by row: the recipients' list on the left
and the signer's block on the right, so that an extraction in drawing order
interleaves the two columns line by line. Page 1 ends inside item 2 a), so
the footnotes and the page number "2" fall in the middle of that sentence.
Needs fpdf2 and the DejaVu fonts; the creation date is fixed and nothing is
random, so every run writes the same bytes (the script asserts three pages). `plain()` returns
the text in reading order (header columns, title, the preamble with the
markers as superscript digits, the footnotes, the rest of the body, the
translator's note, the recipients, then the signer block; page numbers
left out).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-05-CT-TTg-social-housing-2027-translation-footnotes-two-column-signature-block_2027-01-26"
CREATED = datetime(2027, 1, 27, 2, 40, 0, tzinfo=timezone.utc)
SUP = {"1": "¹", "2": "²", "3": "³"}

LEFT = [("THE PRIME MINISTER", True), ("-------", False), ("No. 05/CT-TTg", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True),
         ("Independence - Freedom - Happiness", True),
         ("---------------", False),
         ("Ha Noi, 26 January 2027", False)]
TITLE = "DIRECTIVE"
SUBTITLE = "On accelerating the development of social housing in 2027 and the following years"

# Preamble paragraphs: lists of (text, marker) runs; a marker is a footnote number or None.
PREAMBLE = [
    [("Implementing the Law on Housing", "1"),
     (" and Resolution No. 201/2025/QH15 of the National Assembly on piloting a number of special "
      "mechanisms and policies for social housing development", "2"),
     (", and the Project on investing in the construction of at least one million social housing "
      "apartments for low-income earners and industrial park workers in the 2021-2030 period approved "
      "by Decision No. 338/QD-TTg dated 3 April 2023 of the Prime Minister, ministries and localities "
      "have made clear progress. By the end of 2026, 198 projects with about 131,000 apartments had been "
      "completed and a further 346 projects with about 310,000 apartments were under construction", "3"),
     (".", None)],
    [("However, the results remain far below the target of 100,000 apartments a year; the allocation of "
      "land and the selection of investors are slow; many localities have not yet set aside land funds "
      "for social housing; few buyers have reached the preferential credit package; and in some projects "
      "apartments have been sold to people who are not eligible.", None)],
]
FOOTNOTES = [
    ("1", "Law No. 27/2023/QH15 dated 27 November 2023, in effect from 1 August 2024."),
    ("2", "Resolution No. 201/2025/QH15 dated 29 May 2025 of the National Assembly."),
    ("3", "According to Report No. 45/BC-BXD dated 15 January 2027 of the Ministry of Construction on the "
          "results of social housing development in 2026."),
]

# (indent level, text) after the preamble
BODY = [
    (0, "To complete at least 150,000 social housing apartments in 2027, the Prime Minister requests "
        "Ministers, Heads of ministerial-level agencies, Heads of Government-attached agencies and "
        "Chairpersons of the People's Committees of provinces and centrally run cities to direct the "
        "following tasks:"),
    (0, "1. The Ministry of Construction shall:"),
    (1, "a) preside over and coordinate with the Ministry of Finance in drafting a Decree amending and "
        "supplementing Decree No. 100/2024/ND-CP dated 26 July 2024 on social housing, and submit it to "
        "the Government in the first quarter of 2027;"),
    (1, "b) publish on its electronic portal the list of social housing projects open for sale or lease "
        "in each locality before the 10th of every month;"),
    (1, "c) set up interdisciplinary working groups to inspect and urge the localities with low "
        "completion rates in April 2027."),
    (0, "2. The Ministry of Finance shall:"),
    (1, "a) propose to the Prime Minister the allocation of VND 5,000 billion from the central budget to "
        "the Vietnam Bank for Social Policies for loans to buyers of social housing before 31 March 2027;"),
    (1, "b) guide localities on the exemption of land use levies and land rents for social housing "
        "projects."),
    (0, "3. The State Bank of Vietnam shall direct commercial banks to review the credit package for "
        "social housing and propose adjustments to lending rates in the first half of 2027, and shall "
        "report on the disbursement of the package to the Prime Minister every quarter."),
    (0, "4. The Ministry of Agriculture and Environment shall guide localities on allocating land for "
        "social housing projects without auction and on determining land prices, within 30 days from "
        "the date of signing this Directive."),
    (0, "5. The Ministry of Public Security shall investigate and strictly handle acts of brokerage, "
        "speculation and fraud in the sale of social housing."),
    (0, "6. The Vietnam General Confederation of Labour shall start the construction of trade union "
        "social housing projects in Bac Ninh, Hai Phong and Dong Nai in 2027."),
    (0, "7. The People's Committees of provinces and centrally run cities shall:"),
    (1, "a) set aside land funds for social housing in line with the targets in the Appendix to this "
        "Directive and report the results to the Ministry of Construction before 28 February 2027;"),
    (1, "b) shorten the procedures for approving investment policies and selecting investors for social "
        "housing projects;"),
    (1, "c) publish on their portals the lists of people who have bought or leased social housing, so "
        "as to prevent purchases by ineligible persons."),
    (0, "Chairpersons of the People's Committees of provinces and centrally run cities shall be "
        "accountable to the Prime Minister for the results of social housing development in their "
        "localities."),
    (0, "8. The People's Committees of Ha Noi and Ho Chi Minh City shall each start the construction of "
        "at least 10 new social housing projects in 2027."),
    (0, "9. The Government Inspectorate shall inspect the selection of buyers and lessees of social "
        "housing in ten localities in the third quarter of 2027."),
    (0, "10. Vietnam Television, Voice of Vietnam, Vietnam News Agency and Nhan Dan Newspaper shall "
        "publicise the policies on social housing and the procedures for buying and leasing it."),
    (0, "11. The Central Committee of the Vietnam Fatherland Front is requested to direct its member "
        "organisations to supervise the selection of buyers and lessees of social housing at the "
        "grassroots level."),
    (0, "12. The Ministry of Construction shall monitor the implementation of this Directive and report "
        "to the Prime Minister before 15 December 2027; the Government Office shall monitor and urge "
        "the ministries and localities in accordance with its functions."),
    (0, "Ministers, Heads of ministerial-level agencies, Heads of Government-attached agencies and "
        "Chairpersons of the People's Committees of provinces and centrally run cities shall strictly "
        "implement this Directive."),
]
NOTE = ("Translator's note: the Appendix (targets for land funds and completed apartments by locality) "
        "is not reproduced in this translation. The Vietnamese text prevails.")
RECIPIENTS = [
    "Recipients:",
    "- Secretariat of the Party Central Committee;",
    "- Prime Minister, Deputy Prime Ministers;",
    "- Ministries, ministerial-level agencies,",
    "  Government-attached agencies;",
    "- People's Committees of provinces and",
    "  centrally run cities;",
    "- Vietnam Bank for Social Policies;",
    "- Vietnam General Confederation of Labour;",
    "- VTV, VOV, VNA, Nhan Dan Newspaper;",
    "- Government Office: Minister-Chairman,",
    "  Vice Chairmen, Government e-portal,",
    "  Departments: KTTH, NN, PL, TKBT;",
    "- Archives: VT, CN (3).",
]
SIGNER = [("", False), ("FOR THE PRIME MINISTER", True), ("DEPUTY PRIME MINISTER", True), ("", False),
          ("(signed and sealed)", False), ("", False), ("", False), ("", False), ("Tran Hong Son", True)]

SIZE, LINE, INDENT, GAP = 11, 5.7, 7, 1.2
FOOT_TOP = 297 - 46  # y of the footnote rule on page 1


def plain():
    """The directive's text in reading order (page numbers left out)."""
    parts = [t for t, _ in LEFT] + [t for t, _ in RIGHT] + [TITLE, SUBTITLE]
    for runs in PREAMBLE:
        parts.append("".join(t + (SUP[m] if m else "") for t, m in runs))
    parts += [SUP[n] + " " + t for n, t in FOOTNOTES]
    parts += [text for _, text in BODY]
    parts.append(NOTE)
    parts += RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(parts)


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_auto_page_break(True, margin=20)
            self.set_font("Serif", "", 10)
            self.set_y(9)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_y(self.t_margin)

    def footer(self):
        if self.page_no() != 1:
            return
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, FOOT_TOP, self.l_margin + 50, FOOT_TOP)
        self.set_y(FOOT_TOP + 1.5)
        for n, text in FOOTNOTES:
            self.set_x(self.l_margin)
            self.set_font("Serif", "", 6.5)
            self.char_vpos = "SUP"
            self.cell(2.5, 4.2, n)
            self.char_vpos = "LINE"
            self.set_font("Serif", "", 8.5)
            self.multi_cell(self.epw - 2.5, 4.2, text, **pdfkit.NEXT)


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdf.set_author("Unofficial translation")
    pdf.set_creator("Microsoft Word")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=297 - FOOT_TOP + 3)
    pdf.add_page()
    pdfkit.header_columns(pdf, LEFT, RIGHT, 18, 72, 90, 105, size=10.5, h=5.5, settle=True)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 11)
    pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(pdf.epw - 24, 5.6, SUBTITLE, align="C", **pdfkit.NEXT)
    pdf.ln(1)
    pdf.cell(0, 4, "-----------", align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", SIZE)
    with pdf.text_columns(text_align="J", line_height=LINE / (SIZE * 0.3528)) as cols:
        for runs in PREAMBLE:
            with cols.paragraph(bottom_margin=GAP) as par:
                for text, marker in runs:
                    par.write(text)
                    if marker:
                        pdf.char_vpos = "SUP"
                        par.write(marker)
                        pdf.char_vpos = "LINE"
    for level, text in BODY:
        pdf.set_font("Serif", "", SIZE)
        x = pdf.l_margin + INDENT * level
        pdf.set_x(x)
        pdf.multi_cell(pdf.w - pdf.r_margin - x, LINE, text, align="J", **pdfkit.NEXT)
        pdf.ln(GAP)
    pdf.ln(1)
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(0, 4.6, NOTE, align="L", **pdfkit.NEXT)
    pdf.ln(5)
    assert pdf.page_no() == 3 and pdf.get_y() + len(RECIPIENTS) * 4.3 < pdf.h - 20, pdf.get_y()
    y = pdf.get_y()
    # drawn row by row, left cell then right cell, as a borderless two-column table
    for i in range(max(len(RECIPIENTS), len(SIGNER))):
        if i < len(RECIPIENTS):
            pdf.set_font("Serif", "BI" if i == 0 else "", 9.5 if i == 0 else 8.5)
            pdf.set_xy(pdf.l_margin, y + i * 4.3)
            pdf.cell(82, 4.3, RECIPIENTS[i])
        if i < len(SIGNER) and SIGNER[i][0]:
            text, bold = SIGNER[i]
            pdf.set_font("Serif", "B" if bold else "", 11)
            pdf.set_xy(pdf.l_margin + 84, y + i * 4.3)
            pdf.cell(pdf.epw - 84, 4.3, text, align="C")
    pages = pdf.page_no()
    pdf.output(str(path))
    return pages


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
