#!/usr/bin/env python3
"""Render the English held-out PDF of heldout23 (deterministic).

    python3 tests/data/heldout23/make_pdfs_en.py

Writes pdf/en-1035-HD-BYT-heat-wave-health-protection-guidance-diagonal-watermark-timeline-annex_2026-05-08.pdf
next to this script: a 2-page English translation of a Ministry of Health
guidance on protecting health in heat waves, stamped on every page with a
large DIAGONAL WATERMARK ("UNOFFICIAL TRANSLATION - FOR REFERENCE ONLY",
light grey, rotated 35 degrees, drawn first on each page so that its words sit
in the text layer before, and across, the page's own lines); page 2 ends with
a small ruled timeline annex (No. | Task | Unit in charge | Time). Needs fpdf2
and the DejaVu Serif fonts; the creation date is fixed, so every run writes
the same bytes. `plain()` returns the text in reading order without the
watermark.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-1035-HD-BYT-heat-wave-health-protection-guidance-diagonal-watermark-timeline-annex_2026-05-08"
CREATED = datetime(2026, 5, 8, 7, 40, 0, tzinfo=timezone.utc)
WATERMARK = "UNOFFICIAL TRANSLATION - FOR REFERENCE ONLY"

HEADER_L = [("MINISTRY OF HEALTH", True), ("No. 1035/HD-BYT", False)]
HEADER_R = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", False),
            ("Hanoi, May 8, 2026", False)]
TITLE = ["GUIDANCE", "On protecting people's health during heat waves in the hot season of 2026"]
BODY = [
    ("Pursuant to Decree No. 42/2025/ND-CP dated February 27, 2025 of the Government defining the functions, "
     "tasks, powers and organisational structure of the Ministry of Health; implementing Decision No. 1870/QD-BYT "
     "dated April 22, 2026 of the Minister of Health approving the plan for climate change adaptation in the "
     "health sector, the Ministry of Health provides the following guidance.", False),
    ("I. PURPOSE", True),
    ("To reduce illness and death caused by heat, especially among older people, young children, outdoor "
     "workers and people with chronic diseases, as the national forecasting centre expects more hot days than "
     "the average of recent years from May to August.", False),
    ("II. MAIN MEASURES", True),
    ("Health facilities apply the heat-health warning levels in Annex 1 (green, yellow, orange and red) and the "
     "first-aid steps for heat stroke in Annex 2. People are advised to drink water regularly, avoid outdoor work "
     "between 11:00 and 15:00 and watch over elderly neighbours.", False),
    ("III. ORGANISATION OF IMPLEMENTATION", True),
    ("1. Provincial Departments of Health shall:", False),
    ("a) advise the provincial People's Committees to issue local heat-wave response plans before May 31, 2026;", False),
    ("b) direct hospitals in the province to prepare cooling rooms and reserve beds for heat-stroke patients;", False),
    ("c) report cases of heat stroke and deaths to the Department of Preventive Medicine every week during heat waves.", False),
    ("2. Hospitals under the Ministry and provincial general hospitals shall set up rapid response teams for "
     "heat stroke and keep sufficient stocks of oral rehydration salts and intravenous fluids.", False),
    ("3. The Department of Preventive Medicine shall preside over and coordinate with the National Centre for "
     "Hydro-Meteorological Forecasting in issuing heat-health warnings to the public. It shall summarise the "
     "situation nationwide and report to the Minister in the third quarter of 2026.", False),
    ("4. The Department of Medical Examination and Treatment shall update the guideline on the diagnosis and "
     "treatment of heat stroke within 30 days from the date of this Guidance.", False),
    ("5. The Department of Planning and Finance shall ensure funds for the purchase of cooling equipment for "
     "the hospitals under the Ministry.", False),
    ("6. The Ministry of Health requests:", False),
    ("- the Ministry of Education and Training to direct schools to reduce outdoor activities on days with a red "
     "heat warning;", False),
    ("- the Ministry of Home Affairs to guide employers on working hours for outdoor workers during heat waves "
     "before June 15, 2026;", False),
    ("- Provincial People's Committees to direct communes, wards and special zones to open cooling points for the "
     "elderly and the homeless, and to ensure water and power supply for medical facilities;", False),
    ("- Vietnam Television, the Voice of Vietnam and the Vietnam News Agency to broadcast the heat-health "
     "messages free of charge.", False),
]
SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "(signed)", "Tran Van Thuan"]
RECIPIENTS = ["Recipients:", "- As in Section III;", "- The Minister (for reporting);", "- Archives: VT, DPM."]
ANNEX_TITLE = ["ANNEX 3", "TIMELINE OF KEY TASKS"]
HEAD = ["No.", "Task", "Unit in charge", "Time"]
ROWS = [
    ("1", "Train commune health stations on first aid for heat stroke", "Provincial Centres for Disease Control", "June 2026"),
    ("2", "Review stocks of oral rehydration salts at wholesalers", "Drug Administration of Vietnam", "Monthly, May - September"),
    ("3", "Evaluate the response to the 2026 hot season and propose changes to this Guidance",
     "Department of Preventive Medicine", "Before 30/11/2026"),
]
WIDTHS = (10, 84, 50, 30)


def plain():
    """The rendered text in reading order (without the watermark)."""
    out = [t for t, _ in HEADER_L] + [t for t, _ in HEADER_R] + TITLE + [t for t, _ in BODY] + SIGN + RECIPIENTS
    out += ANNEX_TITLE + HEAD
    for r in ROWS:
        out += list(r)
    return "\n".join(out)


class Doc(pdfkit.numbered("bottom", y=-14, text="{}")):
    def header(self):
        super().header()
        self.set_font("Serif", "B", 30)
        self.set_text_color(215, 215, 215)
        with self.rotation(35, 105, 160):
            w = self.get_string_width(WATERMARK)
            self.text(105 - w / 2, 160, WATERMARK)
        self.set_text_color(0, 0, 0)
        self.set_font("Serif", "", 10.5)


def build(path):
    pdf = Doc()
    pdfkit.setup(pdf, CREATED, "Guidance No. 1035/HD-BYT (unofficial English translation)",
                 author="Ministry of Health", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(20, 18, 18), bottom=20)
    pdfkit.header_columns(pdf, HEADER_L, HEADER_R, 18, 70, 92, 100, size=10, settle=True)
    pdfkit.title_block(pdf, TITLE[0], TITLE[1], gap=6)
    pdf.ln(4)
    for text, bold in BODY:
        pdfkit.para(pdf, text, bold=bold, size=10.5, h=5.4)
    pdf.ln(3)
    y = pdf.get_y()
    if y > pdf.h - 60:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("Serif", "B", 10)
    for s in SIGN:
        pdf.set_x(112)
        pdf.cell(80, 5.2, s, align="C", **pdfkit.NEXT)
    pdf.set_y(y)
    for i, r in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "B" if i == 0 else "", 9)
        pdf.cell(80, 4.6, r, **pdfkit.NEXT)
    pdf.set_y(max(pdf.get_y(), y + 5.2 * len(SIGN)) + 10)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6, ANNEX_TITLE[0], align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5.5, ANNEX_TITLE[1], align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    with pdf.table(col_widths=WIDTHS, width=pdf.epw, line_height=4.6, text_align="LEFT",
                   headings_style=pdfkit.BOLD, padding=(0.8, 1.0, 0.8, 1.0), v_align="MIDDLE") as table:
        row = table.row()
        for h in HEAD:
            row.cell(h, align="C")
        for r in ROWS:
            row = table.row()
            for i, c in enumerate(r):
                row.cell(c, align="C" if i in (0, 3) else "L")
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
