#!/usr/bin/env python3
"""Render the English held-out PDF of heldout13 (deterministic).

    python3 tests/data/heldout13/make_pdfs_en.py

Writes pdf/en-167-NQ-CP-domestic-tourism-night-economy-landscape-appendix_2026-07-22.pdf
next to this script: an English translation of a Government resolution
promulgating an action programme. Page 1 (portrait) holds the two-column
header, the "Pursuant to" lines, Articles 1-3 and the signer beside the
recipients; page 2 is a LANDSCAPE page with the appendix task table (bordered,
group rows spanning all columns, abbreviations in the agency cells). Page
numbers at the bottom. Needs fpdf2 and the DejaVu Serif fonts; the creation
date is fixed, so every run writes the same bytes. `plain()` returns the text
the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-167-NQ-CP-domestic-tourism-night-economy-landscape-appendix_2026-07-22"
CREATED = datetime(2026, 7, 22, 9, 5, 0, tzinfo=timezone.utc)

HEAD_LEFT = [("THE GOVERNMENT", True), ("--------", False), ("No. 167/NQ-CP", False)]
HEAD_RIGHT = [("SOCIALIST REPUBLIC OF VIETNAM", True),
              ("Independence - Freedom - Happiness", True),
              ("--------------------", False), ("Hanoi, July 22, 2026", False)]
TITLE = "RESOLUTION"
SUBTITLE = ("Promulgating the Government's Action Programme on stimulating domestic "
            "tourism and developing the night-time economy in 2026-2027")

# (kind, text): "c" centred bold line, "i" italic "Pursuant to" line,
# "h" bold article heading, "p" justified paragraph.
BODY = [
    ("c", "THE GOVERNMENT"),
    ("i", "Pursuant to the Law on Organisation of the Government No. 63/2025/QH15 dated "
          "February 18, 2025;"),
    ("i", "Pursuant to the Law on Tourism dated June 19, 2017;"),
    ("i", "At the proposal of the Minister of Culture, Sports and Tourism in Submission "
          "No. 102/TTr-BVHTTDL dated July 8, 2026;"),
    ("c", "RESOLVES:"),
    ("h", "Article 1."),
    ("p", "To promulgate together with this Resolution the Government's Action Programme "
          "on stimulating domestic tourism and developing the night-time economy in "
          "2026-2027. The Programme aims to welcome 135 million domestic visitors in 2027 "
          "and to raise the share of night-time spending in tourism revenue to 30%. The "
          "tasks of the Programme, their lead and coordinating agencies and their deadlines "
          "are set out in the Appendix."),
    ("h", "Article 2. Organisation of implementation"),
    ("p", "1. Ministries, ministerial-level agencies and People's Committees of provinces "
          "and centrally-run cities shall, based on the tasks in the Appendix, issue their "
          "own implementation plans within 30 days of the date of this Resolution, and send "
          "reports on implementation to the Ministry of Culture, Sports and Tourism before "
          "November 25 every year."),
    ("p", "2. The Ministry of Culture, Sports and Tourism (MoCST) shall take the lead in "
          "monitoring and urging the implementation of the Programme, and sum up the "
          "results and report to the Government before December 10 each year. The Ministry "
          "shall also organise a preliminary review of the Programme in the fourth quarter "
          "of 2027."),
    ("p", "3. The Ministry of Finance (MoF) shall arrange funds for the tasks in the "
          "Appendix in the annual budget estimates of ministries and localities. Tasks "
          "that can be financed by enterprises and by socialisation are encouraged to do so."),
    ("h", "Article 3. Implementation responsibility"),
    ("p", "This Resolution takes effect from the date of signing. Ministers, heads of "
          "ministerial-level agencies, heads of Government agencies and Chairpersons of "
          "People's Committees of provinces and centrally-run cities shall implement this "
          "Resolution."),
]

RECIPIENTS = ["Recipients:", "- Party Central Committee's Secretariat;",
              "- PM, Deputy PMs;", "- Ministries, ministerial-level agencies,",
              "  Government agencies;", "- People's Committees of provinces",
              "  and centrally-run cities;", "- GO: Minister-Chairman, Portal;",
              "- Filed: VT, KGVX (2)."]
SIGNER = [("ON BEHALF OF THE GOVERNMENT", True), ("PRIME MINISTER", True), ("", False),
          ("[signed]", False), ("", False), ("Pham Minh Chinh", True)]

APPX_TITLE = ["APPENDIX", "TASKS OF THE ACTION PROGRAMME",
              "(Issued together with Resolution No. 167/NQ-CP dated July 22, 2026 "
              "of the Government)"]
COLS = ["No.", "Task", "Lead agency", "Coordinating agencies", "Output", "Deadline"]
# a str row is a group row spanning all columns
ROWS = [
    "I. INSTITUTIONS AND POLICIES",
    ["1", "Review visa exemption policies for the 15 largest source markets and propose "
          "amendments", "Ministry of Public Security", "Ministry of Foreign Affairs; MoCST",
     "Report to the Government", "Q3 2026"],
    ["2", "Develop a decree on the management of night-time economic activities", "MoCST",
     "Ministry of Public Security; Ministry of Justice", "Decree", "December 2026"],
    ["3", "Issue guidance on fire safety for night-time entertainment venues",
     "Ministry of Public Security", "-", "Circular",
     "Within 60 days of the date of this Resolution"],
    "II. PRODUCTS, PROMOTION AND INFRASTRUCTURE",
    ["4", "Select and announce 20 pilot night-time streets and zones",
     "People's Committees of Hanoi, Ho Chi Minh City, Da Nang, Hai Phong and Khanh Hoa",
     "MoCST", "Decision on the list", "Before October 31, 2026"],
    ["5", "Launch the national stimulus campaign \"Vietnam - Travel Your Own Country\"",
     "MoCST", "Vietnam Airlines; Vietnam Railway Corporation", "Campaign",
     "Second half of 2026"],
    ["6", "Extend the operating hours of urban bus and metro lines serving night-time zones",
     "People's Committees of Hanoi and Ho Chi Minh City", "Ministry of Construction",
     "Adjusted schedules", "2027"],
    ["7", "Build the national tourism data platform and connect it with the accommodation "
          "registration system", "MoCST", "Ministry of Public Security",
     "Platform in operation", "June 2027"],
    ["8", "Direct commercial banks to offer preferential loans to tourism and "
          "accommodation businesses", "State Bank of Vietnam", "MoF", "Credit package",
     "Regularly"],
    "III. MONITORING AND EVALUATION",
    ["9", "Publish quarterly figures on domestic tourism spending",
     "National Statistics Office (under the MoF)", "MoCST", "Statistical bulletin",
     "Before the 15th of the first month of each quarter"],
    ["10", "Survey visitor satisfaction in night-time zones; publish the survey results "
           "on the MoCST portal", "MoCST", "People's Committees of provinces and cities",
     "Survey report", "Annually, before November 30"],
]


def plain(stem=STEM):
    """The rendered text in reading order (page numbers left out)."""
    assert stem == STEM
    head = [l for pair in zip(HEAD_LEFT, HEAD_RIGHT) for l, _ in pair]
    head += [l for l, _ in HEAD_RIGHT[len(HEAD_LEFT):]]
    sign = [t for t, _ in SIGNER if t]
    table = [" ".join(COLS)] + [r if isinstance(r, str) else " ".join(r) for r in ROWS]
    return "\n".join(head + [TITLE, SUBTITLE] + [t for _, t in BODY] + RECIPIENTS + sign
                     + APPX_TITLE + table) + "\n"


Doc = pdfkit.numbered("bottom", y=-12, size=9, text="{}")


def build(path):
    pdf = pdfkit.setup(Doc(format="A4"), CREATED, "Resolution No. 167/NQ-CP",
                       creator="Microsoft Word", producer="fpdf2",
                       styles=("", "B", "I"), margins=(22, 14, 18), bottom=18)
    pdfkit.header_columns(pdf, HEAD_LEFT, HEAD_RIGHT, 18, 70, 92, 104, size=10, h=5,
                          settle=True)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=5, sub_h=5.2)
    pdf.ln(2)
    for kind, text in BODY:
        if kind == "c":
            pdf.ln(1)
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(0, 5.5, text, align="C", **pdfkit.NEXT)
            pdf.ln(1)
        elif kind == "i":
            pdf.set_font("Serif", "I", 10.5)
            pdf.multi_cell(0, 5.2, text, align="J", **pdfkit.NEXT)
            pdf.ln(0.6)
        else:
            pdfkit.para(pdf, text, bold=kind == "h", size=10.5, h=5.3, after=1.0)
    pdfkit.sign_rows(pdf, RECIPIENTS, SIGNER, 22, 80, 110, 80, gap=4)
    # page 2: landscape appendix
    pdf.add_page(orientation="L")
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6, APPX_TITLE[0], align="C", **pdfkit.NEXT)
    pdf.cell(0, 6, APPX_TITLE[1], align="C", **pdfkit.NEXT)
    pdf.set_font("Serif", "I", 10)
    pdf.cell(0, 5.5, APPX_TITLE[2], align="C", **pdfkit.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Serif", "", 8.5)
    with pdf.table(col_widths=(9, 92, 50, 50, 25, 31), width=pdf.epw, line_height=3.9,
                   text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
                   headings_style=pdfkit.BOLD, padding=(0.6, 1.0, 0.6, 1.0),
                   v_align="MIDDLE") as table:
        row = table.row()
        for c in COLS:
            row.cell(c)
        for r in ROWS:
            row = table.row()
            if isinstance(r, str):
                row.cell(r, colspan=len(COLS), style=pdfkit.BOLD, align="LEFT")
            else:
                for c in r:
                    row.cell(c)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    pdfkit.build_one(HERE, STEM, build)


if __name__ == "__main__":
    main()
