#!/usr/bin/env python3
"""Render the English held-out PDF of heldout44 (deterministic).

    python3 tests/data/heldout44/make_pdfs_en.py

Writes pdf/en-record-NSC1899-asw-nsw-trade-facilitation-asean-style-numbered-paragraphs-annex-action-matrix-landscape_2027-01-14.pdf
next to this script: the SUMMARY RECORD of a national steering committee's
meeting written in the ASEAN house style. A4 portrait pages carry the
centred title block, the agenda-item headings in capitals and the
NUMBERED PARAGRAPHS ("The Meeting noted / agreed / tasked / requested ...")
set with a hanging indent: the number in the margin, the text in a
justified block to its right. Every page has a running footer (short title
and "Page n of N"). ANNEX 1 (participants) is a small bordered table;
ANNEX 2, the ACTION MATRIX, is set on LANDSCAPE pages as a bordered table
(No. | Action | Lead agency | Supporting agency(ies) | Timeline | Para.)
whose cells wrap over several lines and whose heading row is repeated
where the table crosses a page. The matrix has a dropped row and rows that
point back to the paragraphs where they were discussed.
Needs fpdf2 and the DejaVu fonts; the creation date is fixed and nothing is
random, so every run writes the same bytes (the script asserts the page
count). `plain()` returns the text in reading order: the title block, the
paragraphs, each annex table row as its cells joined by " | " (wrapped
cell lines joined with spaces); running footers left out.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-record-NSC1899-asw-nsw-trade-facilitation-asean-style-numbered-paragraphs-"
        "annex-action-matrix-landscape_2027-01-14")
CREATED = datetime(2027, 1, 15, 9, 5, 0, tzinfo=timezone.utc)
FOOTER = "Summary Record – Fourth Meeting of the National Steering Committee 1899"

TITLE = [
    "SUMMARY RECORD",
    "OF THE FOURTH MEETING OF THE NATIONAL STEERING COMMITTEE",
    "ON THE ASEAN SINGLE WINDOW, NATIONAL SINGLE WINDOW",
    "AND TRADE FACILITATION",
    "Ha Noi, Viet Nam, 14 January 2027",
]

# ("H", heading) or (number, paragraph text)
BODY = [
    ("H", "INTRODUCTION"),
    (1, "The Fourth Meeting of the National Steering Committee on the ASEAN Single Window, National Single "
        "Window and Trade Facilitation (Steering Committee 1899), established under Decision No. 1899/QD-TTg of "
        "the Prime Minister, was held on 14 January 2027 at the Government Headquarters, Ha Noi. The Meeting "
        "was chaired by the Deputy Prime Minister, Chairman of the Committee. The list of participants is at "
        "ANNEX 1."),
    (2, "In his opening remarks, the Chairman stressed that 2027 is the year in which paperless trade must "
        "become the norm, and that every ministry with procedures on the National Single Window (NSW) is "
        "accountable for the results of its own procedures."),
    ("H", "AGENDA ITEM 1: ADOPTION OF THE AGENDA"),
    (3, "The Meeting adopted the agenda at ANNEX 3 (not reproduced)."),
    ("H", "AGENDA ITEM 2: REVIEW OF THE IMPLEMENTATION OF THE 2026 PLAN"),
    (4, "The Meeting noted the report of the Customs Department of the Ministry of Finance, the Standing "
        "Agency of the Committee, on the implementation of Decision No. 12/QD-UB1899 dated 6 March 2026 "
        "promulgating the Committee's 2026 Plan. By 31 December 2026, 262 administrative procedures of 14 "
        "ministries and agencies were connected to the NSW, and 4.3 million dossiers of 71,000 enterprises "
        "were processed on it. Through the ASEAN Single Window (ASW), Viet Nam exchanged electronic "
        "certificates of origin (e-C/O Form D) with all ASEAN Member States."),
    (5, "The Meeting noted with concern that 31 procedures of four ministries remained outside the NSW, and "
        "that the share of consignments subject to specialised inspection had risen from 18% to 21%."),
    (6, "The Meeting commended the Ministry of Industry and Trade and the Ministry of Agriculture and "
        "Environment for completing the exchange of e-C/O and e-phytosanitary data with their ASEAN "
        "counterparts ahead of schedule."),
    ("H", "AGENDA ITEM 3: PRIORITIES AND ACTIONS FOR 2027"),
    (7, "The Meeting tasked the Customs Department, as the Standing Agency, to preside over and coordinate with "
        "the Ministry of Justice in finalising the draft Decree on the National Single Window, the ASEAN Single "
        "Window and specialised inspection of imports and exports replacing Decree No. 85/2019/ND-CP dated 14 "
        "November 2019, and submitting it to the Government in the second quarter of 2027."),
    (8, "The Meeting agreed that the priorities for 2027 are (a) putting the exchange of the ASEAN Customs "
        "Declaration Document into live operation, (b) full electronic issuance of certificates of origin and "
        "(c) the security and continuity of the NSW. The actions agreed for these priorities are at rows 3, 4 "
        "and 7 of the Action Matrix at ANNEX 2."),
    (9, "The representative of the Ministry of Health informed the Meeting that the remaining 23 procedures "
        "for the state inspection of imported food safety would be connected to the NSW by June 2027. The "
        "Meeting took note and included this action in the Action Matrix."),
    (10, "The Meeting discussed the recognition of electronic documents issued by foreign partners and the "
         "exchange of electronic phytosanitary certificates (ePhyto) with China, and agreed on the actions at "
         "rows 2 and 8 of ANNEX 2."),
    (11, "The Meeting agreed that specialised inspection should move from checking consignments to checking "
         "enterprises on the basis of risk, and adopted rows 5 and 6 of ANNEX 2 to that end."),
    (12, "The Meeting welcomed the proposal of the People's Committee of Hai Phong City to connect its port "
         "community system to the NSW (row 9 of ANNEX 2). The Meeting requested the Vietnam Logistics Business "
         "Association (VLA) to gather its members' feedback on the NSW and send it to the Secretariat before 28 "
         "February 2027."),
    (13, "The Meeting agreed to drop the proposal for a separate NSW helpdesk in each province, as the Customs "
         "Department's central helpdesk already answers calls around the clock."),
    (14, "The Meeting agreed that the funding of the NSW from 2028 and Viet Nam's reporting under the ASEAN "
         "Trade Facilitation Framework would be followed up as set out in rows 11 and 12 of ANNEX 2. The "
         "Meeting welcomed the offer of the World Bank to support the review of the NSW's operating costs."),
    ("H", "AGENDA ITEM 4: OTHER MATTERS AND NEXT MEETING"),
    (15, "The Customs Department shall report on the implementation of the actions in ANNEX 2 to the Chairman "
         "every quarter."),
    (16, "The Meeting noted that the date and venue of the Fifth Meeting are yet to be confirmed."),
    (17, "The Meeting tasked the Secretariat to circulate this Record to the members of the Committee within "
         "seven days of the Meeting."),
    (18, "This Record was adopted by the Meeting on 14 January 2027 in Ha Noi."),
]

ANNEX1_TITLE = "ANNEX 1 – LIST OF PARTICIPANTS"
ANNEX1 = [
    ("Agency", "Representative"),
    ("Government", "Deputy Prime Minister, Chairman of the Committee"),
    ("Ministry of Finance / Customs Department", "Mr. Nguyen Duc Lam, Deputy Minister; Ms. Vu Thi Hien, Deputy Director General"),
    ("Ministry of Industry and Trade", "Mr. Hoang Minh Quan, Deputy Minister"),
    ("Ministry of Agriculture and Environment", "Ms. Dinh Thu Ha, Director, Department of Plant Protection"),
    ("Ministry of Health", "Mr. Le Van Tuan, Director, Food Safety Authority"),
    ("Ministry of Science and Technology", "Ms. Tran Lan Phuong, Deputy Director, Information Security Authority"),
    ("Ministry of Public Security", "Sr. Col. Bui Quang Hai"),
    ("Ministry of Construction", "Mr. Pham Van Thanh, Vietnam Maritime and Inland Waterway Administration"),
    ("Ministry of Justice", "Ms. Ngo Thi Mai, Department of Legal Document Examination"),
    ("Ministry of Foreign Affairs", "Mr. Dao Viet Anh, ASEAN Department"),
    ("People's Committee of Hai Phong City", "Mr. Vu Tien Dung, Vice Chairman"),
    ("VCCI; Vietnam Logistics Business Association", "Observers"),
    ("World Bank", "Observer"),
]

ANNEX2_TITLE = "ANNEX 2 – ACTION MATRIX 2027"
ANNEX2 = [
    ("No.", "Action", "Lead agency", "Supporting agency(ies)", "Timeline", "Para."),
    ("1", "Connect the remaining 23 procedures for the state inspection of imported food safety to the NSW",
     "Ministry of Health (MOH)", "Customs Department", "Jun 2027", "9"),
    ("2", "Issue technical guidelines for the exchange of electronic phytosanitary certificates (ePhyto) with "
          "China and ASEAN Member States", "Ministry of Agriculture and Environment (MAE)", "–", "Q1 2027", "10"),
    ("3", "Put the exchange of ASEAN Customs Declaration Document (ACDD) data with Cambodia and Lao PDR into "
          "live operation", "Customs Department", "MOIT", "H1 2027", "8"),
    ("4", "Upgrade the e-C/O system (eCoSys) so that C/O for exports under the EVFTA and the CPTPP are issued "
          "electronically", "Ministry of Industry and Trade (MOIT)", "VCCI", "30 Sep 2027", "8"),
    ("5", "Review the lists of goods subject to specialised inspection with a view to cutting at least 20% of "
          "the items, and report the results to the Committee", "All member ministries", "Customs Department",
     "Before the Fifth Meeting", "11"),
    ("6", "Send monthly statistics on NSW procedures and dossiers to the Secretariat",
     "Member ministries with procedures on the NSW", "–", "By the 5th of each month", "11"),
    ("7", "Ensure the continuous operation of the NSW data centre and its backup site", "Customs Department",
     "Ministry of Public Security (MPS)", "Continuous", "8"),
    ("8", "Issue guidance on recognising digital signatures and electronic authentication of documents of "
          "foreign partners on the NSW", "Ministry of Science and Technology (MOST)", "MPS", "2027", "10"),
    ("9", "Connect the Hai Phong port community system to the NSW", "People's Committee of Hai Phong City",
     "Ministry of Construction (MOC); Customs Department", "Q3 2027", "12"),
    ("10", "Set up a separate NSW helpdesk in each province", "–", "–", "Dropped (see para. 13)", "13"),
    ("11", "Propose a mechanism for funding the operation and maintenance of the NSW from 2028",
     "Ministry of Finance (MOF)", "–", "Within 60 days of the Meeting", "14"),
    ("12", "Prepare Viet Nam's 2027 report on the implementation of the ASEAN Trade Facilitation Framework",
     "MOIT", "MOF; Ministry of Foreign Affairs (MOFA)", "Nov 2027", "14"),
]
ANNEX2_NOTE = ("Abbreviations: NSW – National Single Window; ASW – ASEAN Single Window; C/O – certificate of "
               "origin; VCCI – Vietnam Federation of Commerce and Industry.")


def plain():
    """The record's text in reading order (running footers left out)."""
    parts = list(TITLE)
    for num, text in BODY:
        parts.append(text if num == "H" else f"{num}. {text}")
    parts.append(ANNEX1_TITLE)
    parts += [" | ".join(r) for r in ANNEX1]
    parts.append(ANNEX2_TITLE)
    parts += [" | ".join(r) for r in ANNEX2]
    parts.append(ANNEX2_NOTE)
    return "\n".join(parts)


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "I", 8)
        self.set_x(self.l_margin)
        self.cell(self.epw * 0.75, 5, FOOTER)
        self.cell(self.epw * 0.25, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def build(path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(STEM)
    pdf.set_author("Secretariat, National Steering Committee 1899")
    pdf.set_creator("Microsoft Word")
    pdfkit.add_fonts(pdf, ("", "B", "I", "BI"))
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for i, line in enumerate(TITLE):
        pdf.set_font("Serif", "B" if i < len(TITLE) - 1 else "I", 12.5 if i == 0 else 10.5)
        pdf.cell(0, 6 if i == 0 else 5.4, line, align="C", **pdfkit.NEXT)
    pdf.ln(6)
    for num, text in BODY:
        if num == "H":
            pdf.ln(1.5)
            pdf.set_font("Serif", "B", 10.5)
            pdf.multi_cell(0, 5.4, text, **pdfkit.NEXT)
            pdf.ln(1.5)
            continue
        if pdf.get_y() > pdf.h - pdf.b_margin - 12:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Serif", "", 10.5)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(10, 5.4, f"{num}.")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(pdf.epw - 10, 5.4, text, align="J", **pdfkit.NEXT)
        pdf.ln(2.2)
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 7, ANNEX1_TITLE, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    pdfkit.grid(pdf, ANNEX1, col_widths=(70, 98), width=pdf.epw, line_height=5,
                text_align="LEFT", headings_style=pdfkit.BOLD)
    pdf.add_page(orientation="L")
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 7, ANNEX2_TITLE, align="C", **pdfkit.NEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "", 9.5)
    pdfkit.grid(pdf, ANNEX2, col_widths=(10, 96, 52, 52, 34, 14), width=pdf.epw, line_height=5.2,
                text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "CENTER"),
                headings_style=pdfkit.BOLD, padding=(1.2, 1.5, 1.2, 1.5), v_align="TOP")
    pdf.ln(3)
    pdf.set_font("Serif", "I", 8.5)
    pdf.multi_cell(0, 4.5, ANNEX2_NOTE, **pdfkit.NEXT)
    pages = pdf.page_no()
    assert pages == 5, pages
    pdf.output(str(path))
    return pages


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
