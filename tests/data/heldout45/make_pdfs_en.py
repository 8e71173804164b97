#!/usr/bin/env python3
"""Render the English held-out PDF of heldout45 (deterministic).

    python3 tests/data/heldout45/make_pdfs_en.py

Writes pdf/en-37-CT-TTg-antimicrobial-resistance-pm-directive-two-column-header-numbered-lettered-items-page-footer_2027-01-12.pdf
next to this script: the English translation of a PRIME MINISTER'S
DIRECTIVE in the usual official layout. A4 portrait, two pages: the
two-column header block (issuer, rule and number on the left; national
name, motto, rule and the italic place and date on the right), the centred
title, justified body paragraphs with a first-line indent, numbered items
with lettered sub-items, the recipients list beside the signature block,
and a page number centred in the footer of every page.
Needs fpdf2 and the DejaVu fonts; the creation date is fixed and nothing is
random, so every run writes the same bytes (the script asserts two pages).
`plain()` returns the text in reading order: the left header column, the
right header column, the title, the body paragraphs, the recipients, then
the signature block; the page-number footers are left out.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-37-CT-TTg-antimicrobial-resistance-pm-directive-two-column-header-"
        "numbered-lettered-items-page-footer_2027-01-12")
CREATED = datetime(2027, 1, 13, 8, 30, 0, tzinfo=timezone.utc)

HEAD_LEFT = [("THE PRIME MINISTER", "B"), ("-------", ""), ("No. 37/CT-TTg", "")]
HEAD_RIGHT = [("SOCIALIST REPUBLIC OF VIETNAM", "B"), ("Independence - Freedom - Happiness", "B"),
              ("---------------", ""), ("Hanoi, January 12, 2027", "I")]
TITLE = [("DIRECTIVE", "B"),
         ("On strengthening the prevention and control of antimicrobial resistance", "B")]

# (kind, text): "P" indented paragraph, "N" numbered item, "L" lettered sub-item
BODY = [
    ("P", "Antimicrobial resistance (AMR) is one of the ten greatest threats to global public health. In Viet "
          "Nam, antibiotics are still widely sold without a prescription, and a large share of antibiotics is "
          "used in livestock farming and aquaculture, including for disease prevention. According to Report No. "
          "1875/BC-BYT dated December 15, 2026 of the Ministry of Health, the resistance of several common "
          "bacteria to third-generation cephalosporins exceeds 60% in some hospitals."),
    ("P", "The implementation of the National Strategy on the prevention and control of antimicrobial "
          "resistance in Viet Nam for the 2023-2030 period, with a vision to 2045, has achieved initial "
          "results: the national pharmacy network connects more than 90% of retail pharmacies, and 70% of "
          "provincial hospitals have set up antimicrobial stewardship teams. However, the control of antibiotic "
          "sales at retail pharmacies and of antibiotic use in agriculture remains weak."),
    ("P", "To curb the increase in antimicrobial resistance, protect people's health and ensure food safety, the "
          "Prime Minister requests Ministers, Heads of ministerial-level agencies, Heads of Government-attached "
          "agencies and Chairpersons of People's Committees of provinces and centrally run cities to focus on "
          "directing the following tasks:"),
    ("N", "1. Ministries, ministerial-level agencies and People's Committees of provinces and centrally run "
          "cities:"),
    ("L", "a) Include the targets of the prevention and control of antimicrobial resistance in their annual work "
          "plans;"),
    ("L", "b) Step up communication to change the habits of buying antibiotics without a prescription and of "
          "using antibiotics in livestock farming."),
    ("N", "2. The Ministry of Health shall:"),
    ("L", "a) Preside over and coordinate with the Ministry of Industry and Trade in inspecting the sale of "
          "antibiotics without a prescription at retail pharmacies nationwide, and announce the results in the "
          "second quarter of 2027;"),
    ("L", "b) Ensure that every hospital of provincial level and above has an antimicrobial stewardship team by "
          "December 31, 2027;"),
    ("L", "c) Complete the national antimicrobial resistance surveillance network, linking at least 50 "
          "laboratories, within 2027;"),
    ("L", "d) A draft Decree detailing the prescription and retail sale of antibiotics under the Law on Pharmacy "
          "No. 105/2016/QH13 dated April 6, 2016, as amended by Law No. 44/2024/QH15, shall be submitted by the "
          "Ministry of Health to the Government in the third quarter of 2027."),
    ("N", "3. The Ministry of Agriculture and Environment is assigned to:"),
    ("L", "a) Take the lead in implementing the roadmap for reducing the use of antimicrobials for disease "
          "prevention in livestock farming and aquaculture;"),
    ("L", "b) Issue the list of antimicrobials banned from use in animal feed in the first half of 2027;"),
    ("L", "c) Monitor antibiotic residues in food of animal origin and publish the results every six months."),
    ("N", "4. The Ministry of Industry and Trade is responsible for directing the market surveillance forces to "
          "detect and strictly handle the trading of antibiotics and veterinary drugs of unknown origin, "
          "including on e-commerce platforms."),
    ("N", "5. The Ministry of Health, the Ministry of Agriculture and Environment and the Ministry of Science and "
          "Technology shall jointly build a shared data platform on antimicrobial resistance in humans, animals "
          "and the environment under the One Health approach, to be completed before September 30, 2027."),
    ("N", "6. The Ministry of Education and Training shall include content on antimicrobial resistance in the "
          "training programmes of medical, pharmaceutical and veterinary training institutions from the "
          "2027-2028 school year."),
    ("N", "7. Vietnam Television, the Voice of Vietnam and the Vietnam News Agency shall open columns and "
          "regularly broadcast content on the prudent use of antibiotics."),
    ("N", "8. The Ministry of Finance shall balance and allocate funds for the tasks in this Directive in "
          "accordance with the law on the state budget."),
    ("N", "9. The People's Committees of provinces and centrally run cities shall:"),
    ("L", "a) Direct the Departments of Health to inspect all retail pharmacies in their areas, and report the "
          "results to the Ministry of Health before June 30, 2027;"),
    ("L", "b) Issue their plans for implementing this Directive within 30 days from the date of its signing;"),
    ("L", "c) Report on the implementation of this Directive to the Ministry of Health before December 15 every "
          "year."),
    ("N", "10. The Ministry of Health shall take the lead in monitoring, urging and inspecting the implementation "
          "of this Directive, and report the results to the Prime Minister in December 2027."),
    ("P", "Ministers, Heads of ministerial-level agencies, Heads of Government-attached agencies and Chairpersons "
          "of People's Committees of provinces and centrally run cities are requested to seriously implement this "
          "Directive./."),
]

RECIPIENTS = [
    "Recipients:",
    "- Secretariat of the Party Central Committee;",
    "- Prime Minister, Deputy Prime Ministers;",
    "- Ministries, ministerial-level agencies, Government-attached agencies;",
    "- People's Committees of provinces and centrally run cities;",
    "- Office of the Party Central Committee;",
    "- Office of the National Assembly;",
    "- Vietnam Television, Voice of Vietnam, Vietnam News Agency;",
    "- Government Office: Minister-Chairman, Vice Chairpersons, Departments, Government e-portal;",
    "- Archives: VT, KGVX (2).",
]
SIGNER = [("FOR THE PRIME MINISTER", "B"), ("DEPUTY PRIME MINISTER", "B"), ("", ""), ("", ""),
          ("", ""), ("Ho Quang Vinh", "B")]


def plain():
    """The directive's text in reading order (page-number footers left out)."""
    parts = [t for t, _ in HEAD_LEFT if t.strip("-")]
    parts += [t for t, _ in HEAD_RIGHT if t.strip("-")]
    parts += [t for t, _ in TITLE]
    parts += [t for _, t in BODY]
    parts += RECIPIENTS
    parts += [t for t, _ in SIGNER if t]
    return "\n".join(parts)


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 9.5)
        self.cell(0, 5, str(self.page_no()), align="C")


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdf.set_author("Government Office")
    pdf.set_creator("Microsoft Word")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(25, 15, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    # two-column header block
    top = pdf.get_y()
    lx, lw = pdf.l_margin - 4, 62
    rx, rw = pdf.l_margin + 60, pdf.epw - 60
    for col_x, col_w, lines in ((lx, lw, HEAD_LEFT), (rx, rw, HEAD_RIGHT)):
        pdf.set_xy(col_x, top)
        for text, style in lines:
            pdf.set_font("Serif", style, 11 if style == "B" else 11.5)
            pdf.set_x(col_x)
            pdf.cell(col_w, 5.4, text, align="C", **pdfkit.NEXT)
    pdf.set_y(top + 5.4 * 4 + 4)
    for text, style in TITLE:
        pdf.set_font("Serif", style, 12.5 if text == "DIRECTIVE" else 11.5)
        pdf.multi_cell(0, 6, text, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 11)
    with pdf.text_columns(text_align="J", line_height=1.32) as cols:
        for kind, text in BODY:
            # every paragraph, item and sub-item starts with a first-line indent
            with cols.paragraph(first_line_indent=9 if kind == "P" else 7, bottom_margin=0.8) as par:
                par.write(text)
    # recipients (left, small) beside the signature block (right)
    pdf.ln(2)
    if pdf.get_y() > pdf.h - pdf.b_margin - 48:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y0)
    for i, line in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 10 if i == 0 else 8.5)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(92, 4.1, line, align="L", **pdfkit.NEXT)
    pdf.set_y(y0)
    for text, style in SIGNER:
        pdf.set_font("Serif", style or "", 11)
        pdf.set_x(pdf.l_margin + 92)
        pdf.cell(pdf.epw - 92, 5.6, text, align="C", **pdfkit.NEXT)
    pages = pdf.page_no()
    assert pages == 2, pages
    pdf.output(str(path))
    return pages


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
