#!/usr/bin/env python3
"""Render the English held-out PDF of heldout38 (deterministic).

    python3 tests/data/heldout38/make_pdfs_en.py

Writes pdf/en-KH-BKHCN-draft-plan-digital-signatures-household-businesses-draft-watermark-page-x-of-y-footnotes_2026-12-03.pdf
next to this script: a 2-page unofficial translation of a DRAFT plan of the
Ministry of Science and Technology on digital signatures and electronic
identification for organisations and household businesses in 2027. The
document number and the day of the date are still blank ("No.      /KH-BKHCN",
"...... December 2026"). Every page carries a RUNNING HEADER (draft version and
date), a footer "Page N of 2" and a light-grey diagonal watermark "DRAFT"; the
legal bases are cited only in FOOTNOTES (superscript markers in the text,
footnote text above the footer of the page). Needs fpdf2 and the DejaVu fonts;
the creation date is fixed, so every run writes the same bytes. `plain()`
returns the text in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-KH-BKHCN-draft-plan-digital-signatures-household-businesses-draft-watermark-"
        "page-x-of-y-footnotes_2026-12-03")
CREATED = datetime(2026, 12, 3, 9, 5, 0, tzinfo=timezone.utc)
RUNNING = "Draft 2 (3 December 2026) - for comments of units - unofficial translation"
WATERMARK = "DRAFT"

LEFT = ["MINISTRY OF SCIENCE AND TECHNOLOGY", "No.      /KH-BKHCN"]
RIGHT = ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Ha Noi, ...... December 2026"]
TITLE = ["PLAN", "Expanding the use of digital signatures and electronic identification",
         "of organisations and household businesses in 2027"]
FOOTNOTES = {
    1: "Decree No. 69/2024/ND-CP dated 25 June 2024 of the Government on electronic identification and authentication.",
    2: "Law on Digital Technology Industry No. 71/2025/QH15 dated 14 June 2025.",
    3: "Decision No. 2517/QD-BKHCN dated 9 October 2026 of the Minister of Science and Technology.",
}
# (kind, text, footnote numbers placed at the end of the paragraph); ¹ ² ³ are written in the text
BODY = [
    ("p", "This Plan implements the Government's rules on electronic identification and authentication\u00b9 and the "
          "provisions on trust services of the Law on Digital Technology Industry\u00b2, and follows the Ministry's "
          "programme on digital signatures for small businesses\u00b3. By the end of October 2026 only 14 percent of "
          "the country's 5.1 million household businesses held a digital signature.", (1, 2, 3)),
    ("h", "I. PURPOSE AND TARGETS", ()),
    ("p", "By the end of 2027, 60 percent of household businesses and all enterprises shall be able to sign tax, "
          "customs and social insurance declarations digitally. Digital signature services must be simple, cheap "
          "and available on mobile phones.", ()),
    ("h", "II. TASKS AND RESPONSIBILITIES", ()),
    ("p", "1. The National Electronic Authentication Centre (NEAC) shall:", ()),
    ("i", "a) Upgrade the digital signature authentication system to process two million transactions a day in the "
          "second quarter of 2027;", ()),
    ("i", "b) Preside over and coordinate with the Ministry of Public Security in connecting remote signing services "
          "with the e-ID accounts of organisations by the end of June 2027;", ()),
    ("i", "c) Publish the list of licensed public digital signature providers on its website and update it within "
          "three working days of any change;", ()),
    ("i", "d) Organise training for the digital transformation officers of provinces and cities in the third quarter "
          "of 2027.", ()),
    ("p", "2. The Department of Digital Economy and Digital Society shall draft a circular on free basic remote "
          "signatures for household businesses and submit it to the Minister by 30 April 2027.", ()),
    ("p", "3. The Department of Legislation shall, in coordination with the Department of Digital Economy and Digital "
          "Society, review the draft circular within ten working days of receiving it.", ()),
    ("p", "4. The Information Technology Centre shall integrate the signature verification tool into the Ministry's "
          "public service portal before 31 March 2027.", ()),
    ("p", "5. The Department of Planning and Finance shall arrange recurrent funds for the tasks of this Plan in 2027.", ()),
    ("p", "6. The Ministry of Public Security is requested to issue level-2 e-ID accounts to organisations that apply "
          "online, and to share the authentication results of legal representatives with NEAC.", ()),
    ("p", "7. The Ministry of Finance is requested to direct tax authorities to accept remote digital signatures on "
          "declarations of household businesses.", ()),
    ("p", "8. Provincial People's Committees shall direct communes, wards and special zones to help household "
          "businesses register digital signatures, and shall report the results to the Ministry of Science and "
          "Technology before 15 November 2027.", ()),
    ("p", "Licensed digital signature providers are encouraged to offer free certificates for the first year.", ()),
    ("h", "III. ORGANISATION OF IMPLEMENTATION", ()),
    ("p", "Units of the Ministry shall send their detailed implementation plans to the Ministry Office within 30 days "
          "of the Plan's issuance. The Ministry Office shall monitor the implementation of this Plan and report to the "
          "Minister.", ()),
]
SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "(draft - not signed)"]
RECIPIENTS = ["Recipients:", "- Minister (for reporting);", "- Ministries of Public Security and Finance;",
              "- People's Committees of provinces and cities;", "- Archived: VT, KTS."]
SUP = {1: "\u00b9", 2: "\u00b2", 3: "\u00b3"}


def plain():
    """The plan's text in reading order (running header, page footer and watermark left out; the footnotes,
    printed at the foot of page 1, at the end)."""
    notes = [f"{n} {t}" for n, t in FOOTNOTES.items()]
    return "\n".join(LEFT + RIGHT + TITLE + [t for _, t, _ in BODY] + SIGN + RECIPIENTS + notes)


class Draft(pdfkit.PagedPDF):
    notes = None

    def header(self):
        self.set_font("Serif", "B", 60)
        self.set_text_color(222, 222, 222)
        with self.rotation(45, 105, 150):
            w = self.get_string_width(WATERMARK)
            self.text(105 - w / 2, 150, WATERMARK)
        self.set_font("Serif", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, RUNNING, align="C")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 12.5, self.w - self.r_margin, 12.5)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        notes = (self.notes or {}).get(self.page_no(), [])
        if notes:
            y = self.h - 14 - 4.2 * (2 * len(notes)) - 3
            self.line(self.l_margin, y, self.l_margin + 50, y)
            self.set_y(y + 1.5)
            self.set_font("Serif", "", 8)
            for n in notes:
                self.multi_cell(0, 4.0, f"{n} {FOOTNOTES[n]}", **pdfkit.NEXT)
        self.set_y(-12)
        self.set_font("Serif", "I", 8.5)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def build(path):
    pdf = Draft(orientation="P", format="A4", unit="mm")
    pdf.notes = {}
    pdf.alias_nb_pages()
    pdfkit.setup(pdf, CREATED, "Draft Plan of the Ministry of Science and Technology (unofficial translation)",
                 author="MOST Department of Digital Economy and Digital Society",
                 creator="Microsoft Word for Microsoft 365", producer="Microsoft Word for Microsoft 365",
                 styles=("", "B", "I"), margins=(22, 18, 20), bottom=44)
    y = pdf.get_y()
    for i in range(3):
        if i < len(LEFT):
            pdf.set_font("Serif", "B" if i == 0 else "", 10)
            pdf.set_xy(14, y + i * 5.2)
            pdf.cell(80, 5.2, LEFT[i], align="C")
        pdf.set_font("Serif", "I" if i == 2 else "B", 10)
        pdf.set_xy(96, y + i * 5.2)
        pdf.cell(100, 5.2, RIGHT[i], align="C")
    pdf.set_y(y + 20)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, TITLE[0], align="C", **pdfkit.NEXT)
    for t in TITLE[1:]:
        pdf.set_font("Serif", "B", 11)
        pdf.multi_cell(0, 6, t, align="C", **pdfkit.NEXT)
    pdf.ln(4)
    for kind, t, notes in BODY:
        pdf.set_font("Serif", "B" if kind == "h" else "", 11)
        if kind == "i":
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(pdf.epw - 6, 5.6, t, align="J", **pdfkit.NEXT)
        else:
            pdf.multi_cell(0, 5.6, t, align="L" if kind == "h" else "J", **pdfkit.NEXT)
        for n in notes:
            pdf.notes.setdefault(pdf.page_no(), []).append(n)
        pdf.ln(1.2)
    pdfkit.sign_stack(pdf, RECIPIENTS, [(t, i < 2) for i, t in enumerate(SIGN)], rx=22, rw=85, sx=112, sw=80,
                      gap=4, room=30)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
