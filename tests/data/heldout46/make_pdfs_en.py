#!/usr/bin/env python3
"""Render the English held-out PDF of heldout46 (deterministic).

    python3 tests/data/heldout46/make_pdfs_en.py

Writes pdf/en-296-KH-UBND-laichau-ginseng-plan-official-layout-task-table-row-split-across-page-break-repeated-header-page-footer_2027-01-15.pdf
next to this script: the English translation of a PROVINCIAL PEOPLE'S
COMMITTEE'S PLAN (Lai Chau) in the official layout. A4 portrait, three
pages: the two-column header block (issuer, rule and number on the left;
national name, motto, rule and the italic place and date on the right), the
centred title, justified paragraphs, Roman-numbered sections, a ruled task
table (No. | Tasks | Lead agency | Coordinating agencies | Deadline) drawn
cell by cell, in which ONE ROW BREAKS ACROSS THE PAGE BREAK (its first
lines at the foot of page 2, the rest under the heading row repeated at the
top of page 3, as Word prints a row that is allowed to break), the
recipients beside the signature block, and the page number centred in the
footer of every page.
Needs fpdf2 and the DejaVu fonts; the creation date is fixed and nothing is
random, so every run writes the same bytes (the script asserts three pages
and that exactly one row is split).
`plain()` returns the reader text in reading order: the left header column,
the right header column, the title, the paragraphs, the table (heading row
once, each row whole, cells in column order), the recipients, then the
signature block; the page-number footers and the repeated heading row are
left out.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-296-KH-UBND-laichau-ginseng-plan-official-layout-task-table-row-split-across-page-break-"
        "repeated-header-page-footer_2027-01-15")
CREATED = datetime(2027, 1, 15, 9, 10, 0, tzinfo=timezone.utc)

HEAD_LEFT = [("PEOPLE'S COMMITTEE", "B"), ("OF LAI CHAU PROVINCE", "B"), ("-------", ""),
             ("No. 296/KH-UBND", "")]
HEAD_RIGHT = [("SOCIALIST REPUBLIC OF VIETNAM", "B"), ("Independence - Freedom - Happiness", "B"),
              ("---------------", ""), ("Lai Chau, January 15, 2027", "I")]
TITLE = [("PLAN", "B"), ("On developing Lai Chau ginseng in the 2027-2030 period", "B")]

# (kind, text): "P" indented paragraph, "H" bold section heading, "I" item
BEFORE = [
    ("P", "Pursuant to Resolution No. 18/2026/NQ-HDND dated December 10, 2026 of the Provincial People's "
          "Council on policies to support the development of medicinal plants in Lai Chau province for the "
          "2027-2030 period;"),
    ("P", "At the proposal of the Department of Agriculture and Environment, the People's Committee of Lai Chau "
          "Province issues the Plan on developing Lai Chau ginseng in the 2027-2030 period as follows:"),
    ("H", "I. PURPOSES AND REQUIREMENTS"),
    ("I", "1. Purposes: To develop Lai Chau ginseng into a key product of the province with a high value, to "
          "raise the incomes of ethnic minority households living near the forest, and to link ginseng growing "
          "with the protection of natural forests."),
    ("I", "2. Requirements: The tasks must be assigned to specific agencies, with clear deadlines and outputs. "
          "Ginseng growing must not lead to the clearing of natural forests or the conversion of forest land."),
    ("H", "II. TARGETS BY 2030"),
    ("I", "- The area under Lai Chau ginseng reaches 1,500 ha, of which at least 300 ha are certified under the "
          "GACP-WHO standards;"),
    ("I", "- The province produces at least 2 million ginseng seedlings a year from certified seed sources;"),
    ("I", "- At least 10 ginseng products are rated 4 stars or higher under the One Commune One Product "
          "programme;"),
    ("I", "- Households growing ginseng earn an average of VND 150 million a year from ginseng."),
    ("H", "III. CURRENT SITUATION"),
    ("P", "By the end of 2026, Lai Chau ginseng was grown on 860 ha in the communes of Ta Tong, Mu Ca, Pa Tan, "
          "Sin Ho and Ta Leng, by 1,940 households, 32 cooperatives and 9 enterprises. The price of fresh "
          "ginseng roots remains high, but the sale of ginseng of unknown origin labelled as Lai Chau ginseng "
          "harms the reputation of the product, and most households still sell fresh roots without processing."),
    ("P", "In 2026, the province supported 410 households with seedlings and shade nets, recognised 3 ginseng "
          "products as 4-star OCOP products and hosted the first meeting of ginseng buyers from Hanoi and Ho "
          "Chi Minh City. The seedling nursery in Ta Tong commune, however, lacks water in the dry season, and "
          "the survival rate of seedlings planted under the forest canopy is only about 65%."),
    ("P", "Scientific research on Lai Chau ginseng has so far been limited to the conservation of seed sources; "
          "there are no provincial standards for the quality of fresh roots, and the processing of ginseng "
          "products is still done by hand in small household workshops, so their value added is low and the "
          "province depends on traders from outside the province for the sale of fresh roots."),
    ("H", "IV. TASKS AND SOLUTIONS"),
    ("I", "1. Planning and seed sources: Ginseng growing areas are planned only under the natural forest canopy "
          "at an altitude of 1,400 m or more; new growing areas are to be expanded gradually, in step with the "
          "supply of certified seedlings. Seed sources of Lai Chau ginseng must be conserved and selected from "
          "the mother gardens recognised by the competent authorities."),
    ("I", "2. Science and technology: Apply tissue culture and seedling propagation technologies, mechanise the "
          "processing stages and build a traceability system for the whole ginseng value chain, from seedlings "
          "to finished products."),
    ("I", "3. Markets and brand: Build the Lai Chau ginseng brand in association with the geographical "
          "indication, promote sales through e-commerce platforms and link producers with pharmaceutical and "
          "cosmetic enterprises; strictly prevent ginseng of unknown origin from being sold under the name of "
          "Lai Chau ginseng."),
    ("I", "4. Production organisation: Encourage households to join cooperatives and link with enterprises under "
          "contracts; every commune with ginseng growing areas should have at least one ginseng cooperative by "
          "2030."),
    ("I", "5. Forest protection: Ginseng growers who are assigned forests are responsible for protecting them; "
          "cutting trees, burning vegetation or building permanent works in ginseng gardens under the forest "
          "canopy is prohibited."),
    ("I", "6. Funding: Funding for this Plan comes from the provincial budget under Resolution No. "
          "18/2026/NQ-HDND, the national target programmes, loans and the contributions of enterprises and "
          "cooperatives."),
    ("I", "7. The key tasks for the 2027-2030 period are assigned as follows:"),
]

TABLE_HEAD = ["No.", "Tasks", "Lead agency", "Coordinating agencies", "Deadline"]
ROWS = [
    ["1", "Review and adjust the planning of ginseng growing areas under the natural forest canopy in "
          "accordance with the Law on Forestry",
     "Department of Agriculture and Environment",
     "People's Committees of Ta Tong, Mu Ca, Pa Tan, Sin Ho and Ta Leng communes", "Quarter II/2027"],
    ["2", "Build water supply and shade net systems for the provincial ginseng seedling nursery in Ta Tong "
          "commune",
     "Lai Chau Medicinal Plant Research and Conservation Centre",
     "Department of Agriculture and Environment; Department of Finance", "Before the 2027 rainy season"],
    ["3", "Guide and support cooperatives and enterprises in having 300 ha of ginseng growing areas certified "
          "under the GACP-WHO standards",
     "Department of Health", "Department of Agriculture and Environment; ginseng cooperatives and enterprises",
     "2027-2030"],
    ["4", "Build a QR-code traceability system for ginseng growing households linked to the national "
          "traceability portal",
     "Department of Science and Technology",
     "Department of Industry and Trade; ginseng growing enterprises", "December 2027"],
    ["5", "Train ethnic minority households in growing ginseng under the forest canopy and in protecting "
          "ginseng gardens against pests and theft, and evaluate the results of the training courses",
     "Provincial Agricultural Extension Centre",
     "People's Committees of the communes with ginseng growing areas; Provincial Farmers' Association",
     "Before 31/10/2027"],
    ["6", "Inspect seed sources and stop the sale of ginseng seedlings of unknown origin",
     "Department of Agriculture and Environment", "Provincial Police", "Quarter III/2027"],
    ["7", "Organise the Lai Chau Ginseng Fair and trade promotion programmes for ginseng products",
     "Department of Culture, Sports and Tourism", "Department of Industry and Trade", "Annually"],
    ["8", "Provide preferential loans to households and cooperatives growing ginseng",
     "Agribank Lai Chau Branch", "Department of Finance", "Regularly"],
    ["9", "Call for investment in a ginseng deep-processing plant",
     "Department of Finance", "Department of Agriculture and Environment", "First half of 2028"],
]

AFTER = [
    ("H", "V. IMPLEMENTATION"),
    ("I", "1. The Department of Agriculture and Environment shall preside over and coordinate with the "
          "Department of Finance and the People's Committees of the communes concerned in organising the "
          "implementation of this Plan; and shall report the results to the Provincial People's Committee "
          "before November 30 every year."),
    ("I", "2. The Department of Finance shall advise the Provincial People's Committee on allocating funds for "
          "this Plan in the annual budget estimates."),
    ("I", "3. The Department of Science and Technology shall file the application for the geographical "
          "indication \"Lai Chau\" for ginseng products in the second quarter of 2027."),
    ("I", "4. The Provincial Police shall detect and strictly handle the trading of ginseng of unknown origin "
          "labelled as Lai Chau ginseng."),
    ("I", "5. The People's Committees of the communes with ginseng growing areas shall:"),
    ("I", "a) Manage and protect the natural forests in the ginseng growing areas;"),
    ("I", "b) Review the households growing ginseng and send the list to the Department of Agriculture and "
          "Environment within 30 days from the date of this Plan."),
    ("I", "6. The Provincial Farmers' Association and the Provincial Cooperative Alliance shall support the "
          "setting up of ginseng cooperatives."),
    ("P", "Departments, agencies and People's Committees of communes and wards shall seriously implement this "
          "Plan. Any difficulties arising shall be reported to the Department "
          "of Agriculture and Environment for synthesis and submission to the Provincial People's "
          "Committee./."),
]

RECIPIENTS = [
    "Recipients:",
    "- Ministry of Agriculture and Environment;",
    "- Standing Board of the Provincial Party Committee;",
    "- Standing Board of the Provincial People's Council;",
    "- Chairperson and Vice Chairpersons of the PPC;",
    "- Departments and agencies of the province;",
    "- People's Committees of communes and wards;",
    "- Archives: VT, KT.",
]
SIGNER = [("ON BEHALF OF THE PEOPLE'S COMMITTEE", "B"), ("FOR THE CHAIRPERSON", "B"), ("VICE CHAIRPERSON", "B"),
          ("", ""), ("", ""), ("Giang A Tua", "B")]

WIDTHS = [11.5, 56.5, 32, 40, 27]   # sum 167 = A4 width - margins (25 + 18)
LH = 4.8                        # table line height
FS = 9.5                        # table font size
PAD = 1.2                       # cell padding
SPLIT_ROW = "5"                 # the row expected to break across the page break
BOTTOM = 20                     # bottom margin (mm), also while drawing the table


def plain():
    """The plan's text in reading order (footers and the repeated heading row left out)."""
    parts = [t for t, _ in HEAD_LEFT if t.strip("-")]
    parts += [t for t, _ in HEAD_RIGHT if t.strip("-")]
    parts += [t for t, _ in TITLE]
    parts += [t for _, t in BEFORE]
    parts.append("\t".join(TABLE_HEAD))
    parts += ["\t".join(r) for r in ROWS]
    parts += [t for _, t in AFTER]
    parts += RECIPIENTS
    parts += [t for t, _ in SIGNER if t]
    return "\n".join(parts)


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 9.5)
        self.cell(0, 5, str(self.page_no()), align="C")


def cell_lines(pdf, text, w, style=""):
    pdf.set_font("Serif", style, FS)
    return pdf.multi_cell(w - 2 * PAD, LH, text, dry_run=True, output="LINES")


def draw_row(pdf, cells, style=""):
    """Draw one table row; if it does not fit, break it after the lines that fit and
    continue it under a repeated heading row on the next page. Returns True if split."""
    lines = [cell_lines(pdf, c, w, style) for c, w in zip(cells, WIDTHS)]
    n = max(len(x) for x in lines)
    bottom = pdf.h - BOTTOM
    room = int((bottom - pdf.get_y() - 2 * PAD) // LH)
    split = False
    start = 0
    while start < n:
        take = n - start if n - start <= room else room
        if take <= 0 or (take < 2 and n - start > take):
            pdf.add_page()
            draw_row(pdf, TABLE_HEAD, "B")
            room = int((bottom - pdf.get_y() - 2 * PAD) // LH)
            continue
        y = pdf.get_y()
        h = take * LH + 2 * PAD
        x = pdf.l_margin
        for cl, w in zip(lines, WIDTHS):
            pdf.rect(x, y, w, h)
            pdf.set_font("Serif", style, FS)
            for i, ln in enumerate(cl[start:start + take]):
                pdf.set_xy(x + PAD, y + PAD + i * LH)
                pdf.cell(w - 2 * PAD, LH, ln)
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
        start += take
        if start < n:
            split = True
            pdf.add_page()
            draw_row(pdf, TABLE_HEAD, "B")
            room = int((bottom - pdf.get_y() - 2 * PAD) // LH)
    return split


def body(pdf, items, after=0.9):
    for kind, text in items:
        if kind == "H":
            pdf.set_font("Serif", "B", 11)
            pdf.multi_cell(0, 5.8, text, align="L", **pdfkit.NEXT)
            pdf.ln(0.6)
        else:
            pdf.set_font("Serif", "", 10.5)
            pdf.multi_cell(0, 5.3, ("      " if kind == "P" else "   ") + text, align="J", **pdfkit.NEXT)
            pdf.ln(after)


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdf.set_author("Lai Chau Provincial People's Committee")
    pdf.set_creator("Microsoft Word")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(25, 15, 18)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    pdf.add_page()
    top = pdf.get_y()
    lx, lw = pdf.l_margin - 6, 66
    rx, rw = pdf.l_margin + 58, pdf.epw - 58
    for col_x, col_w, lines in ((lx, lw, HEAD_LEFT), (rx, rw, HEAD_RIGHT)):
        pdf.set_xy(col_x, top)
        for text, style in lines:
            pdf.set_font("Serif", style, 10.5 if style == "B" else 11)
            pdf.set_x(col_x)
            pdf.cell(col_w, 5.4, text, align="C", **pdfkit.NEXT)
    pdf.set_y(top + 5.4 * 4 + 5)
    for text, style in TITLE:
        pdf.set_font("Serif", style, 13 if text == "PLAN" else 11.5)
        pdf.multi_cell(0, 6, text, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    body(pdf, BEFORE)
    pdf.ln(1)
    pdf.set_auto_page_break(False)
    if pdf.get_y() > pdf.h - BOTTOM - 30:  # no heading row alone at the foot of a page
        pdf.add_page()
    draw_row(pdf, TABLE_HEAD, "B")
    split = [r[0] for r in ROWS if draw_row(pdf, r)]
    assert split == [SPLIT_ROW], split
    pdf.set_auto_page_break(True, margin=BOTTOM)
    pdf.ln(2)
    body(pdf, AFTER, after=0.4)
    pdf.ln(1)
    if pdf.get_y() > pdf.h - pdf.b_margin - 37:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 10 if i == 0 else 8.5)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(84, 4.1, line, align="L", **pdfkit.NEXT)
    pdf.set_y(y0)
    for text, style in SIGNER:
        pdf.set_font("Serif", style or "", 10)
        pdf.set_x(pdf.l_margin + 84)
        pdf.cell(pdf.epw - 84, 5.6, text, align="C", **pdfkit.NEXT)
    pages = pdf.page_no()
    assert pages == 3, pages
    pdf.output(str(path))
    return pages


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
