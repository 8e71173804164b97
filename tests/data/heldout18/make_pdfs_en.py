#!/usr/bin/env python3
"""Render the English held-out PDF of heldout18 (deterministic).

    python3 tests/data/heldout18/make_pdfs_en.py

Writes pdf/en-41-CT-TTg-mekong-saltwater-intrusion-dry-season-two-column-page-2-only_2026-12-02.pdf
next to this script: an English translation of a Prime Minister's Directive
on drought and saltwater intrusion whose page 1 is set in ONE column (header,
title, background, items 1-2) and whose page 2 is set in TWO JUSTIFIED
COLUMNS (items 3-8, balanced), with the recipients and the signature across
the page under them. Page numbers at the bottom. Needs fpdf2 and the DejaVu
Serif fonts; the creation date is fixed, so every run writes the same bytes.
`plain()` returns the rendered text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf.enums import MethodReturnValue

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-41-CT-TTg-mekong-saltwater-intrusion-dry-season-two-column-page-2-only_2026-12-02"
CREATED = datetime(2026, 12, 3, 1, 40, 0, tzinfo=timezone.utc)

LEFT_HEAD = [("THE PRIME MINISTER", True), ("-------", False)]
RIGHT_HEAD = [("SOCIALIST REPUBLIC OF VIETNAM", True),
              ("Independence - Freedom - Happiness", True), ("---------------", False)]
NUMBER = "No.: 41/CT-TTg"
PLACE_DATE = "Hanoi, December 2, 2026"
TITLE = "DIRECTIVE"
SUBTITLE = ("On proactive response to drought, water shortage and saltwater intrusion\n"
            "in the Mekong Delta in the 2026-2027 dry season")

PAGE1 = [
    ("p", "In the 2025-2026 dry season, thanks to the implementation of Resolution No. "
          "120/NQ-CP dated November 17, 2017 of the Government on sustainable and "
          "climate-resilient development of the Mekong Delta and the early warnings of the "
          "forecasting agencies, the damage caused by saltwater intrusion was much lower than in "
          "previous seasons. The Prime Minister commends the localities and the forces that "
          "took part in the response."),
    ("p", "According to the forecasts, the flow of the Mekong River in the 2026-2027 dry "
          "season will be 15-20% below the average of many years; saltwater may reach 50-65 km "
          "inland on the main rivers from late December 2026, and the peak is expected in "
          "February and March 2027. About 85,000 hectares of rice and 60,000 households are at "
          "risk. Following Official Dispatch No. 95/CD-TTg dated October 30, 2026, and in line "
          "with the regional plan approved by Decision No. 287/QD-TTg dated February 28, 2022, "
          "the Prime Minister requests:"),
    ("h", "1. The Chairpersons of the People's Committees of An Giang, Dong Thap, Vinh Long, "
          "Ca Mau and Tay Ninh provinces and Can Tho city shall:"),
    ("l", "a) Review and update the local plans for responding to drought and saltwater "
          "intrusion, and complete them before December 20, 2026;"),
    ("l", "b) Store fresh water in canals, ponds and reservoirs, and close the salinity control "
          "sluices in good time;"),
    ("l", "c) Adjust the sowing calendar of the 2026-2027 winter-spring rice crop in line with "
          "the salinity forecasts;"),
    ("l", "d) Supply drinking water to households in areas without piped water; no household "
          "may be left without water for daily use;"),
    ("l", "e) Report on the drought situation and damage to the Ministry of Agriculture and "
          "Environment before 3 p.m. every Friday."),
    ("h", "2. The Ministry of Agriculture and Environment shall:"),
    ("l", "a) Issue salinity forecasts for the main rivers every week;"),
    ("l", "b) Preside over and coordinate with the Ministry of Construction and the People's "
          "Committees of the provinces concerned in operating the irrigation systems to keep "
          "fresh water for production and daily use;"),
    ("l", "c) Complete the operating rules of the Cai Lon - Cai Be sluice system before "
          "January 15, 2027;"),
    ("l", "d) Send working delegations to inspect the response in the localities in January 2027."),
]
PAGE2 = [
    ("h", "3. The Ministry of Construction"),
    ("p", "The Ministry of Construction shall direct water supply companies in the region to "
          "store raw water and prepare alternative intakes before December 31, 2026. The "
          "Ministry shall also speed up the inter-regional water supply pipeline from Dong Thap "
          "to Vinh Long and put it into operation in the second quarter of 2027."),
    ("h", "4. The Ministry of Finance"),
    ("p", "The Ministry of Finance shall:"),
    ("l", "- Allocate the central budget reserve to the localities for drought relief within 10 "
          "days of receiving their proposals;"),
    ("l", "- Guide the localities in using their own budget reserves for the response."),
    ("h", "5. The Ministry of Industry and Trade"),
    ("p", "The Ministry of Industry and Trade shall direct Vietnam Electricity to ensure power "
          "supply for the pumping stations throughout the dry season."),
    ("h", "6. The State Bank of Vietnam"),
    ("p", "The State Bank of Vietnam shall direct credit institutions to reschedule the debts "
          "of borrowers whose crops are damaged by saltwater intrusion."),
    ("h", "7. Press agencies"),
    ("p", "Vietnam Television, the Voice of Vietnam and the Vietnam News Agency shall increase "
          "the information on salinity forecasts and on the measures people can take."),
    ("h", "8. Other agencies"),
    ("p", "The Ministry of National Defence and the Ministry of Public Security shall direct the "
          "forces stationed in the region to help people transport fresh water at the request "
          "of the localities."),
    ("p", "The Government Office shall monitor and urge the implementation of this Directive, "
          "and report to the Prime Minister on emerging issues."),
    ("p", "Ministers and Chairpersons of the People's Committees of the provinces concerned "
          "are accountable to the Prime Minister for any serious damage that occurs in their "
          "sectors and localities because of a slow response."),
]
RECIPIENTS = ["Recipients:", "- Deputy Prime Ministers;", "- Ministries, ministerial-level agencies;",
              "- People's Committees of the Mekong Delta provinces and cities;",
              "- Vietnam Electricity;", "- Filed: VT, NN."]
SIGNER = ["PRIME MINISTER", "", "", "Nguyen Van Khoa"]

MARGIN = 20
COL_W = 82
GUTTER = 6
COL_X = (MARGIN, MARGIN + COL_W + GUTTER)
PAGE_BOTTOM = 297 - 22
SIGN_ROOM = 50
STYLE = {"h": ("B", 10.5, 5.3, 1.2), "p": ("", 10.5, 5.3, 1.4), "l": ("", 10.5, 5.3, 1.0)}


def plain():
    """The rendered text in reading order (page 2: left column, then right column)."""
    out = [t for t, _ in LEFT_HEAD] + [t for t, _ in RIGHT_HEAD]
    out += [NUMBER, PLACE_DATE, TITLE, SUBTITLE]
    out += [t for _, t in PAGE1] + [t for _, t in PAGE2]
    out += RECIPIENTS + [s for s in SIGNER if s]
    return "\n".join(out)


Directive = pdfkit.numbered("bottom", y=-14, size=9)


def page1_block(pdf, kind, text):
    style, size, h, after = STYLE[kind]
    pdf.set_font("Serif", style, size)
    pdf.set_x(MARGIN + (6 if kind == "l" else 0))
    pdf.multi_cell(0, h, text, align="J", **pdfkit.NEXT)
    pdf.ln(after)


def height(pdf, kind, text):
    style, size, h, after = STYLE[kind]
    pdf.set_font("Serif", style, size)
    lines = pdf.multi_cell(COL_W, h, text, dry_run=True, output=MethodReturnValue.LINES)
    return len(lines) * h + after


def flow(pdf, top, blocks, bottom):
    """Blocks down the left column, then the right one; returns the rest and the lowest y."""
    col, y, low = 0, top, top
    rest = list(blocks)
    while rest and col < 2:
        kind, text = rest[0]
        need = height(pdf, kind, text)
        if kind == "h" and len(rest) > 1:
            need += height(pdf, *rest[1])
        if y + need > bottom:
            col, y = col + 1, top
            continue
        style, size, h, after = STYLE[kind]
        pdf.set_font("Serif", style, size)
        pdf.set_xy(COL_X[col], y)
        pdf.multi_cell(COL_W, h, text, align="L" if kind == "h" else "J",
                       new_x="LEFT", new_y="NEXT")
        pdf.ln(after)
        y = pdf.get_y()
        low = max(low, y)
        rest.pop(0)
    return rest, low


def build(path):
    pdf = pdfkit.setup(Directive(format="A4"), CREATED, STEM, author="Government Office",
                       creator="Microsoft Word", producer="Microsoft Word",
                       margins=(MARGIN, 16, MARGIN), bottom=20)
    pdfkit.header_columns(pdf, LEFT_HEAD, RIGHT_HEAD, MARGIN, 70, 92, 98, size=10, h=5.2,
                          settle=True)
    pdf.set_font("Serif", "", 10.5)
    pdf.set_x(MARGIN)
    pdf.cell(70, 6, NUMBER, align="C")
    pdf.set_font("Serif", "", 10.5)
    pdf.set_x(92)
    pdf.cell(98, 6, PLACE_DATE, align="C", **pdfkit.NEXT)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=5)
    pdf.ln(4)
    for kind, text in PAGE1:
        page1_block(pdf, kind, text)
    if pdf.page_no() != 1:
        raise SystemExit("page 1 overflows")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for bottom in range(60, PAGE_BOTTOM - SIGN_ROOM + 1):
        trial = Directive(format="A4")
        pdfkit.add_fonts(trial, ("", "B"))
        trial.set_auto_page_break(False)
        trial.add_page()
        left, _ = flow(trial, 18, PAGE2, bottom)
        if not left:
            break
    else:
        raise SystemExit("page 2 does not fit")
    rest, low = flow(pdf, 18, PAGE2, bottom)
    if rest:
        raise SystemExit(f"{len(rest)} blocks do not fit")
    y = low + 6
    pdf.set_y(y)
    for k, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "B" if k == 0 else "", 10 if k == 0 else 9)
        pdf.set_x(MARGIN)
        pdf.cell(95, 4.6, t, **pdfkit.NEXT)
    pdf.set_y(y)
    for t in SIGNER:
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_x(118)
        pdf.cell(72, 5.2, t, align="C", **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    pdfkit.build_one(HERE, STEM, build)


if __name__ == "__main__":
    main()
