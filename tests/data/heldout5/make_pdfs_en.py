#!/usr/bin/env python3
"""Render the English held-out PDFs of heldout5 (deterministic).

    python3 tests/data/heldout5/make_pdfs_en.py

Writes pdf/en-08-CT-TTg-dry-season-power-supply_2026-03-03.pdf next to this
script: an unofficial English translation of a Prime Minister's directive
(two-column header, numbered ministry sections with a)-c) items, page numbers
at the bottom of every page). Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, so the output is the same on every run.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

DIRECTIVE_STEM = "en-08-CT-TTg-dry-season-power-supply_2026-03-03"

LEFT_HEADER = [
    ("THE PRIME MINISTER", True),
    ("-------", False),
    ("No. 08/CT-TTg", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Hanoi, March 3, 2026", False),
]

TITLE = "DIRECTIVE"
SUBTITLE = ("On ensuring electricity supply for the 2026 dry season and "
            "the following years")

# (text, bold) paragraphs in reading order
BODY = [
    ("In 2025 the national power system met the demand for production and "
     "daily life, and no load shedding took place during the hot months. "
     "However, electricity demand in the first two months of 2026 rose by "
     "11.4% over the same period, the water level of several large "
     "hydropower reservoirs in the North is lower than the average of many "
     "years, and a number of power source and grid projects under the "
     "revised National Power Development Plan approved in Decision No. "
     "768/QD-TTg dated April 15, 2025 are behind schedule.", False),
    ("To implement Resolution No. 70-NQ/TW dated August 20, 2025 of the "
     "Politburo on ensuring national energy security and the Law on "
     "Electricity No. 61/2024/QH15, and to ensure that there is no power "
     "shortage in any circumstance, the Prime Minister hereby requests:",
     False),
    ("1. The Ministry of Industry and Trade shall:", True),
    ("a) Take the lead and coordinate with the Ministry of Finance and "
     "Vietnam Electricity in reviewing the power supply-demand balance for "
     "each month of the dry season and report the results to the Prime "
     "Minister before March 20, 2026.", False),
    ("b) Direct the National Power System and Market Operation Company to "
     "mobilise power sources in an optimal and transparent manner.", False),
    ("c) Complete the draft Decree amending Decree No. 80/2024/ND-CP dated "
     "July 3, 2024 on direct power purchase agreements and submit it to the "
     "Government in the second quarter of 2026.", False),
    ("d) Inspect the progress of key power source and transmission projects "
     "every month and deal with obstacles within its competence.", False),
    ("2. The Ministry of Finance shall:", True),
    ("a) Prioritise the allocation of public investment capital for power "
     "transmission projects in the 2026 state budget estimate.", False),
    ("b) Coordinate with the Ministry of Industry and Trade in proposing "
     "mechanisms to attract private investment in the power grid and report "
     "to the Prime Minister within the third quarter of 2026.", False),
    ("3. The Ministry of Agriculture and Environment shall:", True),
    ("a) Direct the operation of the inter-reservoir systems in the Red "
     "River and Ma River basins so as to secure water for both power "
     "generation and agricultural production during the dry season.", False),
    ("b) Complete the procedures for converting the use of land and forest "
     "for power projects of national importance "
     "before April 30, 2026.", False),
    ("4. The Ministry of Construction shall give priority to the appraisal "
     "of construction designs of power projects.", False),
    ("5. The State Bank of Vietnam shall direct credit institutions to "
     "balance capital sources for power projects with feasible plans.",
     False),
    ("6. Vietnam Electricity (EVN) shall:", True),
    ("a) Ensure the safe and stable operation of power plants and the "
     "transmission grid.", False),
    ("b) Energise the 500 kV Lao Cai - Vinh Yen transmission line before "
     "June 30, 2026.", False),
    ("c) Report daily on the power supply situation to the Ministry of "
     "Industry and Trade during the peak months.", False),
    ("7. Chairpersons of People's Committees of provinces and centrally-run "
     "cities shall:", True),
    ("a) Complete site clearance for power grid projects in their "
     "localities no later than May 31, 2026.", False),
    ("b) Launch campaigns on economical and efficient use of electricity in "
     "public offices, street lighting and advertising.", False),
    ("Electricity savings in 2026 must reach at least 3% of total commercial "
     "electricity; public lighting shall be reduced by 50% after 22:00 "
     "during the dry season.", False),
    ("8. Vietnam Television, the Voice of Vietnam and the Vietnam News Agency "
     "shall step up communication on saving electricity.", False),
    ("9. Deputy Prime Minister Bui Thanh Son shall directly direct the "
     "implementation of this Directive. The Government Office shall monitor "
     "and urge the implementation of this Directive.", False),
    ("Ministers, heads of ministerial-level agencies, heads of Government "
     "agencies and Chairpersons of People's Committees of provinces and "
     "centrally-run cities shall seriously implement this Directive./.",
     False),
]

RECIPIENTS = [
    "Recipients:",
    "- Secretariat of the Party Central Committee;",
    "- Prime Minister, Deputy Prime Ministers;",
    "- Ministries, ministerial-level agencies;",
    "- People's Committees of provinces",
    "  and centrally-run cities;",
    "- Vietnam Electricity;",
    "- Archive: VT, CN (2).",
]
SIGNER = [
    ("PRIME MINISTER", True),
    ("", False),
    ("(signed)", False),
    ("", False),
    ("Pham Minh Chinh", True),
]


FooterPDF = pdfkit.numbered("bottom", y=-13, h=6)


def render_directive():
    pdf = pdfkit.setup(FooterPDF(format="A4"), datetime(2026, 3, 3, 9, 0, tzinfo=timezone.utc),
                       "Directive No. 08/CT-TTg (unofficial translation)",
                       "The Prime Minister", "make_pdfs_en.py", "fpdf2",
                       styles=("", "B", "I"), margins=(22, 16, 18), bottom=20)
    pdfkit.header_columns(pdf, LEFT_HEADER, RIGHT_HEADER, 22, 62, 88, 104, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=7, sub_h=6, note="(Unofficial translation)")
    pdf.ln(3)
    pdfkit.paragraphs(pdf, BODY, h=5.6, after=1.2)
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 22, 75, 105, 87, break_below=230)
    out = pdfkit.out_path(HERE, DIRECTIVE_STEM)
    pdf.output(str(out))
    print(out)


def main():
    render_directive()


if __name__ == "__main__":
    main()
