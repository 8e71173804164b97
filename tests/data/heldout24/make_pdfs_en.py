#!/usr/bin/env python3
"""Render the English held-out PDF of heldout24 (deterministic).

    python3 tests/data/heldout24/make_pdfs_en.py

Writes pdf/en-joint-statement-MAE-AFD-mekong-water-security-dialogue-two-sides-agreed-line-numbered-margin_2026-11-12.pdf
next to this script: a 2-page joint statement of the Ministry of Agriculture
and Environment and the French Development Agency (AFD) after their third
policy dialogue on water security in the Mekong Delta, as the dialogue
secretariat's RECORD COPY WITH LINE NUMBERS IN THE LEFT MARGIN (every printed
line numbered 1, 2, 3 ... continuously over both pages, small grey digits
left of the text; the text itself set ragged-right, line by line, so each
number sits on the baseline of its line). Needs fpdf2 and the DejaVu Serif
fonts; the creation date is fixed, so every run writes the same bytes.
`plain()` returns the text in reading order without line and page numbers.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-joint-statement-MAE-AFD-mekong-water-security-dialogue-two-sides-agreed-line-numbered-margin_2026-11-12"
CREATED = datetime(2026, 11, 13, 2, 15, 0, tzinfo=timezone.utc)

NOTE = "Record copy with line numbers, circulated by the Dialogue Secretariat on 13 November 2026"
# (text, style, indent): style "B" bold, "C" bold centred, "" plain, "S" a signature
# line "left|right" in two centred halves (one line number)
PARAS = [
    ("JOINT STATEMENT", "C", 0),
    ("Third Annual Policy Dialogue on Water Security in the Mekong Delta between the Ministry of Agriculture "
     "and Environment of Viet Nam and the French Development Agency (AFD)", "C", 0),
    ("Can Tho, 12 November 2026", "C", 0),
    ("1. On 12 November 2026, in Can Tho City, the Ministry of Agriculture and Environment (MAE) of the "
     "Socialist Republic of Viet Nam and the French Development Agency (AFD) held their third annual policy "
     "dialogue on water security in the Mekong Delta. The dialogue was co-chaired by Deputy Minister Le Thanh "
     "Binh and AFD Country Director Claire Moreau, and was attended by representatives of the People's "
     "Committees of Can Tho City, An Giang, Ca Mau, Dong Thap and Vinh Long provinces.", "", 0),
    ("2. The two sides reviewed the cooperation since the second dialogue. Three sluice gates of the Phase 1 "
     "salinity control project in Ca Mau have been completed, 1,850 hectares of mangroves have been replanted, "
     "and the AFD-financed climate policy loan of EUR 100 million was signed in July 2026. The dialogue took "
     "place in the framework of Resolution No. 120/NQ-CP dated 17 November 2017 of the Government on "
     "sustainable and climate-resilient development of the Mekong Delta, Decision No. 287/QD-TTg dated "
     "28 February 2022 of the Prime Minister approving the Mekong Delta regional plan for 2021-2030, and "
     "Decision No. 3915/QD-BNNMT dated 2 October 2026 of the Minister of Agriculture and Environment issuing "
     "the ministry's action plan on water security for 2026-2030.", "", 0),
    ("3. The two sides agreed that water security must remain at the heart of their partnership and that "
     "nature-based solutions should be combined with hard infrastructure wherever possible.", "", 0),
    ("4. On the project pipeline, the two sides agreed that:", "", 0),
    ("(a) MAE will submit the list of priority projects for the 2027-2029 AFD financing pipeline to AFD by "
     "31 January 2027;", "", 6),
    ("(b) AFD will mobilise a grant of EUR 3 million from the European Union for the feasibility studies of "
     "the priority projects and inform MAE of the result in the first quarter of 2027;", "", 6),
    ("(c) the Department of Water Resources Management, in coordination with the Department of Dyke "
     "Management and Natural Disaster Prevention, will update the salinity intrusion forecasting model for "
     "the Mekong Delta before the 2026-2027 dry season;", "", 6),
    ("(d) the People's Committee of Can Tho City and the People's Committee of Ca Mau province will complete "
     "site clearance for the Phase 2 sluice gates by 30 June 2027;", "", 6),
    ("(e) the International Cooperation Department and AFD will jointly set up a technical working group on "
     "nature-based solutions by 15 December 2026.", "", 6),
    ("5. On data and skills, the two sides agreed that the National Centre for Hydro-Meteorological "
     "Forecasting will share real-time salinity data with the project management units free of charge, and "
     "that AFD will support the training of 40 provincial staff in the use of these data in the first half "
     "of 2027.", "", 0),
    ("6. On finance, the two sides agreed that the Central Project Office (CPO) will submit the withdrawal "
     "application for the first tranche of the climate policy loan within 15 working days of the loan's "
     "effectiveness. The Vietnamese side requested the Ministry of Finance to speed up the allocation of "
     "counterpart funds for the Phase 2 sluice gates. The People's Committee of An Giang province asked AFD "
     "to consider a new credit line for freshwater storage in the Long Xuyen Quadrangle.", "", 0),
    ("7. The two sides further agreed on the following next steps:", "", 0),
    ("- MAE will issue technical guidelines on mangrove restoration by nature-based solutions in the second "
     "half of 2027;", "", 6),
    ("- AFD will finance technical assistance for the design of the Ca Mau coastal protection project, "
     "subject to the approval of its Board;", "", 6),
    ("- the Department of Irrigation Works Management and Construction will prepare the pre-feasibility "
     "study of the Cai Lon - Cai Be second-stage works and send it to AFD before 31 March 2027;", "", 6),
    ("- MAE and AFD will review the progress of these commitments twice a year, before 30 June and "
     "31 December;", "", 6),
    ("- MAE will report the outcome of the dialogue to the Prime Minister before 30 November 2026.", "", 6),
    ("8. The International Cooperation Department, as the Secretariat of the dialogue, will circulate the "
     "final minutes to all participants within ten days of this statement. The fourth dialogue is expected "
     "to take place in Paris in the fourth quarter of 2027.", "", 0),
    ("9. This Joint Statement was made in Can Tho on 12 November 2026 in English and Vietnamese, both texts "
     "being equally authentic.", "", 0),
    ("FOR THE MINISTRY OF AGRICULTURE|FOR THE FRENCH", "S", 0),
    ("AND ENVIRONMENT|DEVELOPMENT AGENCY", "S", 0),
    ("(signed)|(signed)", "S", 0),
    ("Deputy Minister Le Thanh Binh|Country Director Claire Moreau", "S", 0),
]

LEFT, TOP, RIGHT, BOTTOM = 28, 18, 20, 20
H = 5.6


def plain():
    """The statement's text in reading order (no line or page numbers)."""
    return "\n".join([NOTE] + [t.replace("|", "\n") if s == "S" else t for t, s, _ in PARAS])


class Doc(pdfkit.numbered("bottom", y=-14, text="Page {} of 2")):
    pass


def number(pdf, n, y):
    """The grey line number n left of the text column, on the line at y."""
    pdf.set_font("Serif", "", 7.5)
    pdf.set_text_color(120, 120, 120)
    pdf.set_xy(LEFT - 14, y)
    pdf.cell(9, H, str(n), align="R")
    pdf.set_text_color(0, 0, 0)


def sign_line(pdf, n, y, halves, width):
    """One numbered signature line: two bold centred halves."""
    number(pdf, n, y)
    pdf.set_font("Serif", "B", 10)
    pdf.set_xy(LEFT, y)
    for half in halves:
        pdf.cell(width / 2, H, half, align="C")
    pdf.set_xy(LEFT, y + H)


def build(path):
    pdf = Doc()
    pdfkit.setup(pdf, CREATED, "Joint Statement MAE - AFD, third policy dialogue (record copy)",
                 author="Dialogue Secretariat", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(LEFT, TOP, RIGHT), bottom=BOTTOM)
    pdf.set_font("Serif", "I", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, NOTE, align="R", **pdfkit.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    n = 0
    width = pdf.w - LEFT - RIGHT
    for text, style, indent in PARAS:
        if style == "S":
            n += 1
            y = pdf.get_y()
            sign_line(pdf, n, y, text.split("|"), width)
            continue
        font = "B" if style in ("B", "C") else ""
        size = 12 if text == "JOINT STATEMENT" else 10.5
        pdf.set_font("Serif", font, size)
        lines = pdf.multi_cell(width - indent, H, text, dry_run=True, output="LINES")
        for line in lines:
            if pdf.get_y() + H > pdf.h - BOTTOM:
                pdf.add_page()
            n += 1
            y = pdf.get_y()
            number(pdf, n, y)
            pdf.set_font("Serif", font, size)
            pdf.set_xy(LEFT + indent, y)
            pdf.cell(width - indent, H, line, align="C" if style == "C" else "L", **pdfkit.NEXT)
        pdf.ln(1.6)
        if text.startswith("9. "):
            pdf.ln(4)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
