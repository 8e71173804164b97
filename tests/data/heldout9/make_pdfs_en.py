#!/usr/bin/env python3
"""Render the English held-out PDF of heldout9 (deterministic).

    python3 tests/data/heldout9/make_pdfs_en.py

Writes pdf/en-538-TB-VPCP-pm-conference-private-enterprises_2026-11-16.pdf
next to this script: an English translation of a Government Office notice
of the Prime Minister's conclusions at a conference with private
enterprises. Two-column header, a section of the Government's own
commitments (not tasks), then "TASKS OF MINISTRIES, AGENCIES AND
LOCALITIES"; page number "2" at the top of page 2, where the automatic page
break falls inside item III.4 (not in `plain()`, which has no automatic
breaks). Needs fpdf2 and the DejaVu Serif fonts; the creation
date is fixed, so the output is the same on every run. `plain()` returns
the text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-538-TB-VPCP-pm-conference-private-enterprises_2026-11-16"
PAGE_BREAK = None  # marker in BODY: start a new page here

LEFT_HEADER = [
    ("GOVERNMENT OFFICE", True),
    ("-------", False),
    ("No. 538/TB-VPCP", False),
]
RIGHT_HEADER = [
    ("SOCIALIST REPUBLIC OF VIETNAM", True),
    ("Independence - Freedom - Happiness", True),
    ("---------------", False),
    ("Hanoi, November 16, 2026", False),
]
TITLE = "NOTICE"
SUBTITLE = ("Conclusions of Prime Minister at the conference with private "
            "enterprises on removing obstacles to production and business")

BODY = [
    ("On November 12, 2026, at the Government headquarters, the Prime "
     "Minister chaired a conference with nearly 300 private enterprises and "
     "business associations to review one year of implementing Resolution "
     "No. 68-NQ/TW dated May 4, 2025 of the Politburo on private economic "
     "development and Resolution No. 198/2025/QH15 of the National Assembly "
     "on special mechanisms and policies for private economic development. "
     "Also attending were the Deputy Prime Ministers, leaders of ministries "
     "and agencies, and the Chairpersons of the People's Committees of Hanoi, "
     "Ho Chi Minh City, Hai Phong, Da Nang and Can Tho (by video link).", False),
    ("After hearing the report of the Ministry of Finance (Official Letter "
     "No. 8105/BTC-PC dated November 10, 2026) and the opinions of the "
     "delegates, the Prime Minister concluded as follows:", False),
    ("I. ASSESSMENT", True),
    ("In the first ten months of 2026, more than 214,000 enterprises were "
     "newly established or returned to operation, up 18 per cent on the same "
     "period. The Prime Minister commended the business community for its "
     "resilience and its contribution to the growth of 8.3 per cent. However, "
     "126 petitions submitted before the conference show that overlapping "
     "regulations on land, fire prevention and construction, long processing "
     "times and informal costs remain the main obstacles.", False),
    ("II. COMMITMENTS OF THE GOVERNMENT", True),
    ("1. The Government will consistently regard the private economy as the "
     "most important driving force of the economy, protect the lawful "
     "property rights of entrepreneurs and will not criminalise civil and "
     "economic relations.", False),
    ("2. The Prime Minister will directly chair a dialogue with enterprises "
     "every six months; the next dialogue will be held in May 2027.", False),
    ("3. No new business condition will be added by a decree without a "
     "regulatory impact assessment consulted with the business community.",
     False),
    ("III. TASKS OF MINISTRIES, AGENCIES AND LOCALITIES", True),
    ("1. The Ministry of Finance shall, this week, publish on its portal the "
     "list of the 126 petitions received at the conference together with the "
     "agency in charge of each petition.", False),
    ("2. Ministries, ministerial-level agencies and the People's Committees "
     "of provinces and centrally-run cities shall respond in writing to each "
     "petition within their competence no later than December 15, 2026, and "
     "publish the responses on their portals.", False),
    ("3. The Ministry of Agriculture and Environment shall preside over and "
     "coordinate with the Ministry of Finance and the Ministry of Justice in "
     "drafting a decree on procedures for changing land use purposes for "
     "production and business projects, and submit it to the Government in "
     "the second quarter of 2027.", False),
    ("4. The State Bank of Vietnam shall direct commercial banks to simplify "
     "loan dossiers for small and medium-sized enterprises and to publish "
     "their lending interest rates on their websites.", False),
    ("5. The Ministry of Construction shall complete the review of "
     "overlapping regulations on fire prevention and construction permits for "
     "factories in industrial parks in the first ten days of December 2026; "
     "report the results to the Prime Minister.", False),
    ("6. The Ministry of Science and Technology, in coordination with the "
     "Government Office, shall put the online channel for receiving business "
     "petitions into operation before January 1, 2027.", False),
    ("7. The Prime Minister requested the Vietnam Federation of Commerce and "
     "Industry and business associations to collect and classify "
     "enterprises' petitions and send them to the Ministry of Finance at least "
     "ten working days before each dialogue.", False),
    ("8. The Chairpersons of the People's Committees of provinces and "
     "centrally-run cities shall hold dialogue conferences with enterprises "
     "in their localities at least twice a year.", False),
    ("9. Enterprises and entrepreneurs are encouraged to comply with the law, "
     "invest in innovation and report any harassment by public officials to "
     "the online channel mentioned in item 6.", False),
    ("10. The Government Office shall monitor and urge the implementation of "
     "this Notice.", False),
    ("The Government Office hereby notifies ministries, agencies and "
     "localities for information and implementation./.", False),
]
SIGN = [
    ("FOR THE MINISTER, CHAIRMAN", True),
    ("DEPUTY MINISTER", True),
    ("(Signed)", False),
    ("Pham Quang Minh", True),
]
RECIPIENTS = [
    "Recipients:",
    "- The Prime Minister, Deputy Prime Ministers;",
    "- Ministries, ministerial-level agencies;",
    "- People's Committees of provinces and centrally-run cities;",
    "- Vietnam Federation of Commerce and Industry;",
    "- Government Office: Minister-Chairman, Deputy Ministers, departments;",
    "- Archives: VT, DMDN (3).",
]


def plain(stem=STEM):
    """The text the PDF renders, in reading order (without the page number
    printed at an automatic page break)."""
    assert stem == STEM, stem
    parts = [t for t, _ in LEFT_HEADER] + [t for t, _ in RIGHT_HEADER]
    parts += [TITLE, SUBTITLE] + pdfkit.body_texts(BODY, number_offset=1)
    parts += RECIPIENTS + [t for t, _ in SIGN]
    return "\n".join(parts)


Doc = pdfkit.numbered("top", next_line=True, ln=3)


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), datetime(2026, 11, 16, 8, 0, 0, tzinfo=timezone.utc),
                       "Notice No. 538/TB-VPCP", "Government Office",
                       "heldout9 make_pdfs_en.py", "fpdf2", margins=(22, 16, 18))
    pdfkit.header_columns(pdf, LEFT_HEADER, RIGHT_HEADER, 22, 62, 90, 100, size=10.5)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=7)
    pdf.ln(5)
    pdfkit.paragraphs(pdf, BODY, h=5.3, after=1.2, x=22)
    pdfkit.sign_stack(pdf, RECIPIENTS, SIGN, 22, 92, 116, 76, gap=4, room=45, rsize=8.5, rh=4.3)
    pdf.output(str(path))


if __name__ == "__main__":
    out = pdfkit.out_path(HERE, STEM)
    build(out)
    print(out)
