#!/usr/bin/env python3
"""Render the English held-out PDF of heldout30 (deterministic).

    python3 tests/data/heldout30/make_pdfs_en.py

Writes pdf/en-8266-BTC-TKQG-economic-census-2027-preparation-page-bottom-footnotes-running-footer-page-x-of-y_2026-11-24.pdf
next to this script: a 2-page unofficial English translation of Official
Letter 8266/BTC-TKQG of the Ministry of Finance on preparing the 2027
Economic Census. The header is a TWO-COLUMN block; every page carries a
running footer "Official Letter No. 8266/BTC-TKQG - Page x of y" under
PAGE-BOTTOM FOOTNOTES (a short rule, then the notes in 8 pt) whose markers
are raised digits glued to the word before them in the body. The item of the
Ministry of Public Security runs over the page break, so page 1's footnotes
and footer sit inside it in the text layer.
Needs fpdf2 and the DejaVu Serif fonts; the creation date is fixed, so every
run writes the same bytes. `plain()` returns the text in reading order
(markers left out, the footnotes after the body).
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-8266-BTC-TKQG-economic-census-2027-preparation-page-bottom-footnotes-"
        "running-footer-page-x-of-y_2026-11-24")
CREATED = datetime(2026, 11, 25, 2, 10, 0, tzinfo=timezone.utc)

LEFT = [("MINISTRY OF FINANCE", True), ("--------", False), ("No. 8266/BTC-TKQG", False),
        ("Re: preparing the 2027 Economic Census", False)]
RIGHT = [("SOCIALIST REPUBLIC OF VIET NAM", True), ("Independence - Freedom - Happiness", True),
         ("----------------", False), ("Ha Noi, November 24, 2026", False)]
TO = ["To:", "- Ministries, ministerial-level agencies and Government agencies;",
      "- People's Committees of provinces and centrally-run cities."]

# Body items: list of segments; a segment (text, note) glues footnote `note` after text.
BODY = [
    [("Under Decision No. 1834/QD-TTg dated September 8, 2026 of the Prime Minister organising the "
      "2027 Economic Census", 1), (" and the Law on Statistics No. 89/2015/QH13", 2),
     (", the census will collect data on about 1.1 million enterprises, 5.3 million household "
      "businesses and 40,000 administrative units at 0:00 on July 1, 2027. To prepare it, the "
      "Ministry of Finance requests:", None)],
    [("The 2022 census showed that a quarter of household businesses were missing from the local "
      "lists and that many public service units were counted twice after the reorganisation of "
      "ministries; the preparations below are meant to close these gaps before enumeration starts.", None)],
    [("1. The People's Committees of provinces and centrally-run cities:", None)],
    [("a) Set up the provincial census steering committees before December 31, 2026.", None)],
    [("b) Direct the People's Committees of communes, wards and special zones to update the lists "
      "of household businesses in January 2027.", None)],
    [("c) Allocate local budget funds for the census enumerators before March 31, 2027.", None)],
    [("2. Ministries, ministerial-level agencies and Government agencies shall send the lists of "
      "the public service units under them to the National Statistics Office before January 15, "
      "2027.", None)],
    [("3. The National Statistics Office (NSO):", None)],
    [("a) Issue the census questionnaires and the electronic forms on the CAPI system in December "
      "2026.", None)],
    [("b) Train the provincial statistical offices on the census methodology in the first quarter "
      "of 2027.", None)],
    [("c) Publish the preliminary results of the census in the fourth quarter of 2027.", None)],
    [("4. The Ministry of Public Security shall, in coordination with the NSO, share the data of "
      "business households registered in the National Population Database", 3),
     (" with the provincial statistical offices and the census steering committees of all 34 "
      "provinces and cities before May 31, 2027, so that the enumerators can check the lists "
      "against the residence data.", None)],
    [("5. The Department of State Budget shall appraise and allocate the census funds within 20 "
      "days of receiving the estimates of the NSO.", None)],
    [("6. The Vietnam Federation of Commerce and Industry (VCCI) and business associations are "
      "requested to disseminate the census to their members.", None)],
    [("7. Enterprises and household businesses shall provide complete and accurate information "
      "to the enumerators.", None)],
    [("Difficulties should be reported to the Ministry of Finance (through the National Statistics "
      "Office, tel. 024 3846 4281) for timely guidance.", None)],
]
NOTES = {1: "Decision No. 1834/QD-TTg dated September 8, 2026 also approves the census budget.",
         2: "As amended by Law No. 01/2021/QH15 dated November 12, 2021.",
         3: "Under Decree No. 69/2024/ND-CP dated June 25, 2024 on electronic identification."}

SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "", "(signed)", "", "Nguyen Duc Chi"]
RECIPIENTS = ["Recipients:", "- As above;", "- Prime Minister (for reporting);", "- Minister (for reporting);",
              "- Provincial statistical offices;", "- Archived: VT, TKQG."]


def plain():
    """The letter's text in reading order (markers and footer omitted, the notes after the body)."""
    parts = [t for t, _ in LEFT + RIGHT] + TO
    parts += ["".join(t for t, _ in segs) for segs in BODY]
    parts += [f"{n} {t}" for n, t in sorted(NOTES.items())]
    parts += RECIPIENTS + [s for s in SIGN if s]
    return "\n".join(parts)


class Letter(pdfkit.PagedPDF):
    notes_on_page = {}

    def footer(self):
        notes = self.notes_on_page.get(self.page_no(), [])
        y = self.h - 14 - 4.2 * len(notes)
        if notes:
            self.set_draw_color(0)
            self.line(self.l_margin, y - 1.5, self.l_margin + 50, y - 1.5)
            self.set_font("Serif", "", 8)
            for i, n in enumerate(notes):
                self.set_xy(self.l_margin, y + i * 4.2)
                self.cell(0, 4.2, f"{n} {NOTES[n]}")
        self.set_font("Serif", "I", 8.5)
        self.set_xy(self.l_margin, self.h - 11)
        self.cell(0, 5, "Official Letter No. 8266/BTC-TKQG - Page {} of {{nb}}".format(self.page_no()),
                  align="R")


def body(pdf):
    pdf.set_font("Serif", "", 11)
    for segs in BODY:
        md = ""
        for text, note in segs:
            md += text
            if note is not None:
                md += f"<sup>{note}</sup>"
        head = segs[0][0][:2] in ("1.", "3.") and segs[0][0].endswith(":")
        pdf.set_font("Serif", "B" if head else "", 11)
        start = pdf.page
        if any(n is not None for _, n in segs):
            html = md.replace("<sup>", "^^").replace("</sup>", "^^")
            for i, piece in enumerate(html.split("^^")):
                if i % 2:
                    n = int(piece)
                    Letter.notes_on_page.setdefault(pdf.page, []).append(n)
                    pdf.char_vpos = "SUP"
                    pdf.write(6.9, piece)
                    pdf.char_vpos = "LINE"
                else:
                    pdf.write(6.9, piece)
            pdf.ln(6.9)
        else:
            pdf.multi_cell(0, 6.9, md, align="J", **pdfkit.NEXT)
        pdf.ln(1.2)
        del start


def build(path):
    pdf = Letter(orientation="P", format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "Official Letter 8266/BTC-TKQG - 2027 Economic Census",
                 author="Ministry of Finance", creator="Microsoft Word",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(25, 20, 20), bottom=32)
    pdfkit.header_columns(pdf, LEFT, RIGHT, 15, 80, 95, 105, size=10, h=5.5, settle=True)
    pdf.ln(6)
    pdf.set_font("Serif", "", 11)
    for t in TO:
        pdf.set_x(60)
        pdf.cell(0, 6.9, t, **pdfkit.NEXT)
    pdf.ln(4)
    body(pdf)
    pdf.ln(4)
    y = pdf.get_y()
    assert y + 5.5 * len(SIGN) < pdf.h - 32, y
    pdf.set_font("Serif", "", 9)
    for i, r in enumerate(RECIPIENTS):
        pdf.set_xy(pdf.l_margin, y + i * 4.6)
        pdf.cell(90, 4.6, r)
    pdf.set_font("Serif", "B", 11)
    for i, s in enumerate(SIGN):
        pdf.set_xy(115, y + i * 5.5)
        pdf.cell(75, 5.5, s, align="C")
    assert pdf.page == 2, pdf.page
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
