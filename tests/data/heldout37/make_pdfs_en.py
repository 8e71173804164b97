#!/usr/bin/env python3
"""Render the English held-out PDF of heldout37 (deterministic).

    python3 tests/data/heldout37/make_pdfs_en.py

Writes pdf/en-3417-QD-BNNMT-mekong-dry-season-salinity-response-letter-spaced-headings-running-header_2026-12-18.pdf
next to this script: a 2-page unofficial translation of Decision 3417/QD-BNNMT
of the Minister of Agriculture and Environment on the drought, water shortage
and saltwater intrusion response plan for the Mekong Delta in the 2026-2027 dry
season. The headings are LETTER-SPACED ("D E C I D E S :", set with fpdf2's
char spacing, so text extraction may return them with or without gaps), a
RUNNING HEADER with the document number and "Unofficial translation" is
printed at the top of every page, and the preamble cites laws, decrees and a
decision with their dates. Needs fpdf2 and the DejaVu fonts; the creation date
is fixed, so every run writes the same bytes. `plain()` returns the text.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-3417-QD-BNNMT-mekong-dry-season-salinity-response-letter-spaced-headings-"
        "running-header_2026-12-18")
CREATED = datetime(2026, 12, 18, 8, 20, 0, tzinfo=timezone.utc)
RUNNING = "Decision No. 3417/QD-BNNMT - Unofficial translation"

LEFT = ["MINISTRY OF AGRICULTURE", "AND ENVIRONMENT", "No. 3417/QD-BNNMT"]
RIGHT = ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Ha Noi, 18 December 2026"]
TITLE = ["DECISION", "Promulgating the Plan for responding to drought, water shortage and saltwater intrusion",
         "in the Mekong Delta in the 2026-2027 dry season"]
SIGNER_TITLE = "THE MINISTER OF AGRICULTURE AND ENVIRONMENT"
PREAMBLE = [
    "Pursuant to the Law on Water Resources No. 28/2023/QH15 dated 27 November 2023;",
    "Pursuant to the Law on Natural Disaster Prevention and Control No. 33/2013/QH13 dated 19 June 2013, "
    "amended and supplemented by Law No. 60/2020/QH14 dated 17 June 2020;",
    "Pursuant to Decree No. 35/2025/ND-CP dated 25 February 2025 of the Government defining the functions, tasks, "
    "powers and organisational structure of the Ministry of Agriculture and Environment;",
    "Pursuant to Decree No. 53/2024/ND-CP dated 16 May 2024 of the Government detailing the Law on Water Resources;",
    "Implementing Decision No. 2296/QD-TTg dated 14 October 2026 of the Prime Minister on measures to secure water "
    "for daily life and production in the 2026-2027 dry season;",
    "At the request of the Director of the Department of Water Resources Management,",
]
DECIDES = "DECIDES:"
BODY = [
    ("h", "Article 1."),
    ("p", "To promulgate together with this Decision the Plan for responding to drought, water shortage and saltwater "
          "intrusion in the Mekong Delta in the 2026-2027 dry season. Salinity of 4 g/l is forecast to reach 45-60 km "
          "inland on the Tien and Hau rivers from late January to April 2027, about 5-10 km further than the average of "
          "recent years; about 85,000 hectares of winter-spring rice and 62,000 households are at risk of water shortage."),
    ("h", "Article 2. Organisation of implementation"),
    ("p", "1. The Department of Water Resources Management shall:"),
    ("i", "a) Lead and coordinate with the Department of Dyke Management and Natural Disaster Prevention in updating the "
          "salinity forecast for the Mekong Delta and publish it by the 5th of every month;"),
    ("i", "b) Inspect the operation of water regulating works in An Giang, Can Tho City, Vinh Long, Dong Thap and Ca Mau "
          "in January 2027;"),
    ("i", "c) Submit to the Minister the summary report on the response in the dry season by 30 June 2027."),
    ("p", "2. The Department of Irrigation Works Management and Construction shall:"),
    ("i", "a) Direct irrigation exploitation companies to store fresh water in the canal system before the Lunar New Year "
          "(Tet) 2027;"),
    ("i", "b) Complete the operating procedure of the Cai Lon - Cai Be sluice system within 15 days of the signing of "
          "this Decision."),
    ("p", "3. The National Centre for Hydro-Meteorological Forecasting shall issue salinity bulletins twice a week "
          "throughout the dry season."),
    ("p", "4. The Department of Planning and Finance shall allocate funds for the emergency works of the Plan in the "
          "first quarter of 2027."),
    ("p", "5. The Ministry requests the People's Committees of An Giang, Can Tho City, Vinh Long, Dong Thap and Ca Mau to:"),
    ("i", "a) Direct communes and wards to build temporary dams and store fresh water for households in saline areas;"),
    ("i", "b) Report the drought and salinity situation to the Ministry before the 20th of every month;"),
    ("i", "c) Arrange funds from the local budget for dredging canals in the first six months of 2027."),
    ("h", "Article 3. Implementation"),
    ("p", "This Decision takes effect from the date of signing."),
    ("p", "The Chief of the Ministry Office, the Director of the Department of Water Resources Management, the Director "
          "of the Department of Irrigation Works Management and Construction, the Director of the National Centre for "
          "Hydro-Meteorological Forecasting and heads of relevant units shall implement this Decision."),
]
SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "(signed and sealed)", "Nguyen Hoang Hiep"]
RECIPIENTS = ["Recipients:", "- As in Article 3;", "- The Prime Minister (for reporting);",
              "- People's Committees of the five provinces and cities;", "- Archived: VT, QLTNN."]


def _lines():
    parts = LEFT + RIGHT + TITLE + [SIGNER_TITLE] + PREAMBLE + [DECIDES]
    parts += [t for _, t in BODY] + SIGN + RECIPIENTS
    return parts


def plain():
    """The decision's text in reading order (running header and page numbers left out)."""
    return "\n".join(_lines())


class Decision(pdfkit.PagedPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, RUNNING, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 12.5, self.w - self.r_margin, 12.5)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font("Serif", "I", 8.5)
        self.cell(0, 4, f"{self.page_no()}", align="C")


def spaced(pdf, text, size, h=7, spacing=2.2):
    pdf.set_font("Serif", "B", size)
    pdf.set_char_spacing(spacing)
    pdf.multi_cell(0, h, text, align="C", **pdfkit.NEXT)
    pdf.set_char_spacing(0)


def build(path):
    pdf = Decision(orientation="P", format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "3417/QD-BNNMT (unofficial translation)",
                 author="MAE Department of Water Resources Management", creator="Microsoft Word for Microsoft 365",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(22, 18, 20), bottom=18)
    y = pdf.get_y()
    for i, (l, r) in enumerate(zip(LEFT, RIGHT)):
        pdf.set_font("Serif", "B" if i < 2 else "", 10)
        pdf.set_xy(14, y + i * 5.2)
        pdf.cell(74, 5.2, l, align="C")
        pdf.set_font("Serif", "I" if i == 2 else "B", 10)
        pdf.set_xy(92, y + i * 5.2)
        pdf.cell(102, 5.2, r, align="C")
    pdf.set_y(y + 20)
    spaced(pdf, TITLE[0], 13, spacing=3)
    for t in TITLE[1:]:
        pdf.set_font("Serif", "B", 11)
        pdf.multi_cell(0, 6, t, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    spaced(pdf, SIGNER_TITLE, 10.5, spacing=1.2)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10.5)
    for t in PREAMBLE:
        pdf.multi_cell(0, 5.4, t, align="J", **pdfkit.NEXT)
        pdf.ln(0.6)
    pdf.ln(2)
    spaced(pdf, DECIDES, 12, spacing=3.5)
    pdf.ln(2)
    for kind, t in BODY:
        pdf.set_font("Serif", "B" if kind == "h" else "", 11)
        if kind == "i":
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(pdf.epw - 6, 5.6, t, align="J", **pdfkit.NEXT)
        else:
            pdf.multi_cell(0, 5.6, t, align="L" if kind == "h" else "J", **pdfkit.NEXT)
        pdf.ln(1.2)
    pdfkit.sign_stack(pdf, RECIPIENTS, [(t, i < 2) for i, t in enumerate(SIGN)], rx=22, rw=85, sx=112, sw=80,
                      gap=4, room=38)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
