#!/usr/bin/env python3
"""Render the English held-out PDF of heldout42 (deterministic).

    python3 tests/data/heldout42/make_pdfs_en.py

Writes pdf/en-598-TB-VPCP-mekong-delta-drought-saltwater-intrusion-conclusions-numbered-list-across-page-break-running-footer_2026-12-04.pdf
next to this script: a 2-page A4 ENGLISH TRANSLATION of a Government
Office NOTICE of a Deputy Prime Minister's conclusions, laid out like a
Word export of a Vietnamese administrative document (two-column header,
centred title, justified numbered paragraphs), whose numbered list runs
across the page break: item 3 ("The Ministry of Agriculture and Environment
shall:") has its a)-d) on page 1 and e) on page 2, and items 4-10 follow
there (the text flows; the break falls where the page is full). Every page carries a RUNNING FOOTER with the notice's number,
"Unofficial translation" and "Page n/2". Needs fpdf2 and the DejaVu fonts;
the creation date is fixed, so every run writes the same bytes. `plain()`
returns the text in reading order (the running footer left out).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-598-TB-VPCP-mekong-delta-drought-saltwater-intrusion-conclusions-"
        "numbered-list-across-page-break-running-footer_2026-12-04")
CREATED = datetime(2026, 12, 4, 9, 15, 0, tzinfo=timezone.utc)
FOOTER = "Notice No. 598/TB-VPCP of the Government Office - Unofficial translation"

LEFT = [("GOVERNMENT OFFICE", True), ("-------", False), ("No. 598/TB-VPCP", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True),
         ("Independence - Freedom - Happiness", True),
         ("Ha Noi, 4 December 2026", False)]
TITLE = "NOTICE"
SUBTITLE = ("Conclusions of Deputy Prime Minister Tran Duc Phong at the meeting on "
            "responding to drought, water shortage and saltwater intrusion in the "
            "Mekong Delta in the 2026-2027 dry season")

# (indent level, text); the page break falls between 3 d) and 3 e)
BODY = [
    (0, "On 1 December 2026, at the Government headquarters, Deputy Prime Minister Tran Duc "
        "Phong chaired an online meeting with the Mekong Delta localities on responding to "
        "drought, water shortage and saltwater intrusion in the 2026-2027 dry season. Attending "
        "the meeting were leaders of the Ministries of Agriculture and Environment, Finance, "
        "Industry and Trade, Construction and Health, the Government Office, and the People's "
        "Committees of Can Tho City and the provinces of An Giang, Ca Mau, Dong Thap, Vinh Long "
        "and Tay Ninh. After hearing the report of the Ministry of Agriculture and Environment "
        "(Report No. 812/BC-BNNMT dated 28 November 2026) and the opinions of the delegates, "
        "the Deputy Prime Minister concluded as follows:"),
    (0, "1. The Deputy Prime Minister commended the Ministry of Agriculture and Environment and "
        "the localities for preparing their response plans early. Forecasts show that saltwater "
        "intrusion in this dry season will be higher than the average of many years, with "
        "salinity of 4 g/l reaching 60-70 km inland on the Tien and Hau rivers in February and "
        "March 2027; about 45,000 ha of rice and 60,000 households are at risk. Response work "
        "must follow Resolution No. 120/NQ-CP dated 17 November 2017 on the sustainable and "
        "climate-resilient development of the Mekong Delta and the regional plan approved by "
        "Decision No. 287/QD-TTg."),
    (0, "2. Ministries, branches and localities in the Mekong Delta must proactively deploy "
        "response plans suited to each area, giving priority to water for people's daily needs."),
    (0, "3. The Ministry of Agriculture and Environment shall:"),
    (1, "a) direct the National Centre for Hydro-Meteorological Forecasting to issue salinity "
        "forecasts and warnings for the Mekong Delta every week and send them to the localities;"),
    (1, "b) preside over and coordinate with the People's Committees of the provinces and cities "
        "concerned in operating the Cai Lon - Cai Be sluice system and other irrigation works to "
        "store fresh water;"),
    (1, "c) issue guidance to localities on the sowing calendar for the 2026-2027 winter-spring "
        "crop in saline-affected areas within 10 days from the date of this Notice;"),
    (1, "d) review the list of urgent works against drought and saltwater intrusion proposed by "
        "the localities and send it, with its opinion, to the Ministry of Finance before "
        "15 December 2026;"),
    (1, "e) submit to the Prime Minister a proposal on investing in reservoirs to store fresh "
        "water in the coastal areas of the Mekong Delta in the second quarter of 2027."),
    (0, "4. The Ministry of Finance shall preside over and coordinate with the Ministry of "
        "Agriculture and Environment in appraising the localities' proposals and submit to the "
        "Prime Minister the support from the central budget reserve before 25 December 2026."),
    (0, "5. The Ministry of Industry and Trade shall direct Vietnam Electricity (EVN) to ensure "
        "power supply for pumping stations during the dry season. It shall also, in coordination "
        "with the localities, ensure the supply of essential goods in the affected areas."),
    (0, "6. The Ministry of Construction shall direct water supply companies in the region to "
        "store raw water and adjust intake schedules, and shall report on the water supply "
        "situation in urban areas to the Deputy Prime Minister by the 5th of every month until "
        "the end of the dry season."),
    (0, "7. The Ministry of Health shall guide localities on ensuring drinking water hygiene and "
        "disease prevention in drought-affected areas."),
    (0, "8. The People's Committees of Can Tho City and the provinces of An Giang, Ca Mau, Dong "
        "Thap, Vinh Long and Tay Ninh shall:"),
    (1, "a) complete the dredging of canals and the reinforcement of temporary dams before "
        "31 January 2027;"),
    (1, "b) arrange water tanks and mobile water treatment equipment for areas without piped "
        "water, and ensure that no household lacks drinking water;"),
    (1, "c) send a report on the situation and the damage to the Ministry of Agriculture and "
        "Environment before the 25th of every month from January 2027;"),
    (1, "d) pay support to households whose crops are damaged from local budget reserves in "
        "the first half of 2027."),
    (0, "9. Vietnam Television, Voice of Vietnam and Vietnam News Agency shall provide regular "
        "information on the salinity situation so that people can store fresh water in time."),
    (0, "10. The Government Office shall monitor and urge the implementation of this Notice and "
        "report to the Prime Minister and the Deputy Prime Minister."),
    (0, "The Government Office hereby informs the ministries, agencies and localities concerned "
        "for their information and implementation."),
]
RECIPIENTS = [
    "Recipients:",
    "- Prime Minister, Deputy Prime Ministers (for reporting);",
    "- Ministries: Agriculture and Environment, Finance,",
    "  Industry and Trade, Construction, Health;",
    "- People's Committees of Can Tho City and the provinces",
    "  of An Giang, Ca Mau, Dong Thap, Vinh Long, Tay Ninh;",
    "- Vietnam Electricity;",
    "- VTV, VOV, VNA;",
    "- Government Office: Minister-Chairman, Vice Chairmen,",
    "  Departments: KTTH, CN, QHDP;",
    "- Archives: VT, NN (2).",
]
SIGNER = [("P.P. MINISTER, CHAIRMAN", True), ("VICE CHAIRMAN", True), ("", False),
          ("(signed and sealed)", False), ("", False), ("Doan Van Hieu", True)]

BODY_SIZE, LINE, INDENT, GAP = 11, 5.8, 6, 1.0


def plain():
    """The notice's text in reading order (the running footer left out)."""
    parts = [t for t, _ in LEFT] + [t for t, _ in RIGHT] + [TITLE, SUBTITLE]
    parts += [text for _, text in BODY]
    parts += RECIPIENTS + [t for t, _ in SIGNER if t]
    return "\n".join(parts)


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("Serif", "I", 8)
        self.cell(self.epw * 0.8, 4, FOOTER)
        self.cell(self.epw * 0.2, 4, f"Page {self.page_no()}/2", align="R")


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdf.set_author("Government Office")
    pdf.set_creator("Microsoft Word")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdfkit.header_columns(pdf, LEFT, RIGHT, 20, 70, 88, 105, size=10.5, h=5.5, settle=True)
    pdf.ln(6)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, TITLE, align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "B", 11)
    pdf.set_x(pdf.l_margin + 8)
    pdf.multi_cell(pdf.epw - 16, 5.6, SUBTITLE, align="C", **pdfkit.NEXT)
    pdf.ln(1)
    pdf.cell(0, 4, "-----------", align="C", **pdfkit.NEXT)
    pdf.ln(3)
    for level, text in BODY:
        pdf.set_font("Serif", "", BODY_SIZE)
        x = pdf.l_margin + INDENT * level
        pdf.set_x(x)
        pdf.multi_cell(pdf.w - pdf.r_margin - x, LINE, text, align="J", **pdfkit.NEXT)
        pdf.ln(GAP)
    pdf.ln(4)
    pdf.set_auto_page_break(False)  # recipients and signer end above the footer
    y = pdf.get_y()
    assert pdf.page_no() == 2 and y + len(RECIPIENTS) * 4.2 < pdf.h - 16, (pdf.page_no(), y)
    for i, line in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 9.5 if i == 0 else 8.5)
        pdf.set_xy(pdf.l_margin, y + i * 4.2)
        pdf.cell(88, 4.2, line)
    for i, (text, bold) in enumerate(SIGNER):
        pdf.set_font("Serif", "B" if bold else "", 10.5)
        pdf.set_xy(pdf.l_margin + 90, y + i * 5.4)
        pdf.cell(pdf.epw - 90, 5.4, text, align="C")
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
