#!/usr/bin/env python3
"""Render the English held-out PDF of heldout12 (deterministic).

    python3 tests/data/heldout12/make_pdfs_en.py

Writes pdf/en-136-TB-VPCP-deputy-pm-dam-safety-rainy-season-subitems_2026-03-20.pdf
next to this script: an English translation of a Government Office notice
of a Deputy Prime Minister's conclusions on dam and reservoir safety before
the 2026 rainy season. Two-column header, numbered sections whose agency
headings carry sub-items a), b), c), page numbers at the bottom, recipients
beside a two-line signer. Needs fpdf2 and the DejaVu Serif fonts; the
creation date is fixed, so every run writes the same bytes. `plain()`
returns the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-136-TB-VPCP-deputy-pm-dam-safety-rainy-season-subitems_2026-03-20"
CREATED = datetime(2026, 3, 20, 8, 40, 0, tzinfo=timezone.utc)

HEAD_LEFT = [("GOVERNMENT OFFICE", True), ("--------", False), ("No. 136/TB-VPCP", False)]
HEAD_RIGHT = [("SOCIALIST REPUBLIC OF VIETNAM", True),
              ("Independence - Freedom - Happiness", True),
              ("--------------------", False), ("Hanoi, March 20, 2026", False)]
TITLE = "NOTICE"
SUBTITLE = ("Conclusions of Deputy Prime Minister Tran Van Hieu at the meeting on "
            "the safety of dams and reservoirs before the 2026 rainy season")

# (kind, text): "p" a justified paragraph, "h" a bold section heading,
# "a" an agency heading (bold, numbered), "s" a sub-item indented under it.
BODY = [
    ("p", "On March 16, 2026, at the Government headquarters, Deputy Prime Minister "
          "Tran Van Hieu chaired a meeting on ensuring the safety of dams and reservoirs "
          "before the 2026 rainy season. Attending were leaders of the Ministries of "
          "Agriculture and Environment, Industry and Trade, Finance, National Defence and "
          "Public Security, Vietnam Electricity, and, online, the People's Committees of "
          "twelve provinces and cities. After hearing the report of the Ministry of "
          "Agriculture and Environment and the opinions of the delegates, the Deputy Prime "
          "Minister concluded as follows:"),
    ("h", "I. ASSESSMENT"),
    ("p", "The country has 6,750 irrigation reservoirs and 760 hydropower reservoirs. "
          "Implementing Decree No. 114/2018/ND-CP dated September 4, 2018 of the Government "
          "on the safety management of dams and reservoirs and Official Dispatch No. "
          "21/CD-TTg dated February 27, 2026 of the Prime Minister, ministries and "
          "localities have inspected most large dams. However, about 1,200 small irrigation "
          "reservoirs are degraded, many of them lack operating procedures and emergency "
          "response plans, and three dam incidents occurred in the 2025 rainy season. "
          "Monitoring equipment and data sharing between reservoir owners and local "
          "authorities are still weak."),
    ("h", "II. TASKS IN THE COMING TIME"),
    ("p", "1. Ministries, agencies and the People's Committees of provinces and cities with "
          "dams and reservoirs shall put the safety of downstream residents above the "
          "benefits of power generation and water storage, and must not be subjective "
          "about any dam, however small."),
    ("a", "2. The Ministry of Agriculture and Environment:"),
    ("s", "a) Preside over and coordinate with the Ministry of Industry and Trade in "
          "reviewing and adjusting the inter-reservoir operating procedures for the Red "
          "River, Ma River and Vu Gia - Thu Bon River basins, and submit them to the Prime "
          "Minister no later than April 30, 2026."),
    ("s", "b) Guide and urge localities to complete the repair of degraded irrigation "
          "reservoirs before the 2026 rainy season."),
    ("s", "c) From now until the end of 2026, inspect the safety of irrigation dams in "
          "the Central Highlands and the south-central provinces."),
    ("s", "d) Complete the national database on dams and reservoirs and connect it with "
          "the disaster management information system in the third quarter of 2026."),
    ("a", "3. The Ministry of Industry and Trade:"),
    ("s", "a) Direct hydropower owners to install automatic rain and water level gauges "
          "and transmit their data to the Ministry before June 15, 2026."),
    ("s", "b) Inspect the compliance of hydropower owners with approved operating "
          "procedures; strictly handle violations."),
    ("p", "4. The Ministry of Finance shall preside over and coordinate with the Ministry "
          "of Agriculture and Environment in balancing funds from the central budget "
          "reserve for emergency repairs of 85 degraded reservoirs, and report to the "
          "Prime Minister before April 15, 2026."),
    ("a", "5. The People's Committees of provinces and cities with dams and reservoirs:"),
    ("s", "a) Approve the emergency response plans for the downstream areas of dams under "
          "their management before May 31, 2026."),
    ("s", "b) Organise evacuation drills for residents downstream of high-risk dams by the "
          "end of June 2026."),
    ("s", "c) Report on the implementation of this Notice to the Ministry of Agriculture "
          "and Environment before the 5th of each month from May to November 2026."),
    ("p", "6. Vietnam Electricity (EVN) shall direct its hydropower companies to share "
          "real-time operating data with the People's Committees of the communes and wards "
          "downstream."),
    ("p", "7. The Government Office shall monitor and urge the implementation of the tasks "
          "in this Notice."),
    ("p", "The Government Office hereby informs the ministries, agencies and localities "
          "concerned for their information and implementation./."),
]

RECIPIENTS = ["Recipients:", "- PM, Deputy PMs;", "- Ministries: AE, IT, F, ND, PS;",
              "- People's Committees of provinces", "  and cities with dams;",
              "- EVN;", "- GO: Minister-Chairman, Vice", "  Chairmen, Portal, Dept. NN;",
              "- Filed: VT, NN (2)."]
SIGNER = [("PP. MINISTER-CHAIRMAN", True), ("VICE CHAIRMAN", True), ("", False),
          ("[signed]", False), ("", False), ("Le Minh Tu", True)]


def plain(stem=STEM):
    """The rendered text in reading order (page numbers left out)."""
    assert stem == STEM
    head = [l for pair in zip(HEAD_LEFT, HEAD_RIGHT) for l, _ in pair]
    head += [l for l, _ in HEAD_RIGHT[len(HEAD_LEFT):]]
    sign = [t for t, _ in SIGNER if t]
    return "\n".join(head + [TITLE, SUBTITLE] + [t for _, t in BODY] + RECIPIENTS + sign) + "\n"


Doc = pdfkit.numbered("bottom", y=-12, size=9, text="Page {}")


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), CREATED, "Notice No. 136/TB-VPCP",
                       creator="Microsoft Word", producer="fpdf2",
                       styles=("", "B"), margins=(22, 16, 18), bottom=20)
    pdfkit.header_columns(pdf, HEAD_LEFT, HEAD_RIGHT, 18, 70, 92, 104, size=10.5, settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=8)
    pdf.ln(3)
    for kind, text in BODY:
        if kind == "s":
            pdfkit.para(pdf, text, size=11, h=5.6, after=1.0, x=30)
        else:
            pdfkit.para(pdf, text, bold=kind in "ha", size=11, h=5.8, after=1.6)
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 22, 80, 110, 80, gap=5, break_below=225)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    pdfkit.build_one(HERE, STEM, build)


if __name__ == "__main__":
    main()
