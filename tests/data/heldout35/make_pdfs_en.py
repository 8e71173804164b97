#!/usr/bin/env python3
"""Render the English held-out PDF of heldout35 (deterministic).

    python3 tests/data/heldout35/make_pdfs_en.py

Writes pdf/en-812-BXD-KCHT-tet-2027-bus-terminals-wharves-safety-checklist-tick-boxes-tear-off-reply-slip_2027-01-11.pdf
next to this script: a 2-page unofficial translation of Official Letter
812/BXD-KCHT of the Ministry of Construction on passenger safety at bus
terminals and inland waterway wharves during the 2027 Lunar New Year. The
Departments of Construction get a CHECKLIST whose items start with an empty
TICK BOX (U+2610, drawn in DejaVu Sans) and end with their own deadline;
page 2 ends with a dashed CUT LINE (scissors U+2702) and a TEAR-OFF REPLY
SLIP with tick boxes and dotted fill-in lines (a form, no tasks). Needs
fpdf2 and the DejaVu fonts; the creation date is fixed, so every run writes
the same bytes. `plain()` returns the text.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-812-BXD-KCHT-tet-2027-bus-terminals-wharves-safety-checklist-"
        "tick-boxes-tear-off-reply-slip_2027-01-11")
CREATED = datetime(2027, 1, 12, 2, 40, 0, tzinfo=timezone.utc)
BOX = "\u2610"

LEFT = ["MINISTRY OF CONSTRUCTION", "No. 812/BXD-KCHT",
        "On passenger safety at bus terminals", "and wharves during the 2027 Lunar New Year"]
RIGHT = ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Ha Noi, 11 January 2027", ""]
TO = ["To:", "- People's Committees of provinces and centrally run cities;",
      "- Departments of Construction of provinces and centrally run cities;",
      "- Department of Roads of Vietnam;", "- Vietnam Maritime and Inland Waterway Administration."]
# (kind, text): p paragraph, h bold heading, c checklist item (tick box first)
PAGE1 = [
    ("p", "Implementing Directive No. 04/CT-TTg dated 5 January 2027 of the Prime Minister on ensuring a safe, "
          "healthy and economical Lunar New Year, and Decree No. 158/2024/ND-CP dated 18 December 2024 of the "
          "Government on road transport business, the Ministry of Construction notes that passenger numbers at bus "
          "terminals and river wharves during the Tet holiday are expected to be 18% higher than in 2026, while "
          "three serious accidents involving passenger boats took place in the Mekong Delta last year."),
    ("h", "1. Checklist for the Departments of Construction"),
    ("p", "The Ministry of Construction requests the Departments of Construction of provinces and centrally run "
          "cities to carry out the checks below and to tick each item on the reply slip when it is done:"),
    ("c", "a) inspect the brakes, tyres and emergency exits of all coaches on fixed routes that depart from bus "
          "terminals in the province, before 28 January 2027;"),
    ("c", "b) check the life jackets and passenger lists of all inland waterway passenger boats and ferries, "
          "throughout the holiday;"),
    ("c", "c) post the Department's hotline number for passengers at every bus terminal and passenger wharf by the "
          "end of this month;"),
    ("c", "d) suspend the operation of passenger wharves that have no valid operating licence."),
    ("h", "2. Tasks of the agencies under the Ministry"),
    ("p", "The Department of Roads of Vietnam shall direct the regional road management areas to clear landslides and "
          "repair damaged sections on national highways before 5 February 2027."),
]
PAGE2 = [
    ("p", "The Vietnam Maritime and Inland Waterway Administration shall, in coordination with the Waterway Police "
          "Department, inspect passenger wharves on the Mekong and Red rivers by 10 February 2027."),
    ("h", "3. Reporting"),
    ("p", "The Departments of Construction shall return the reply slip below to the Ministry of Construction (Department "
          "of Transport Infrastructure) within 15 working days of receipt of this letter, and shall report traffic "
          "accidents involving passengers every day during the holiday, before 16:00."),
    ("p", "The People's Committees of provinces and centrally run cities are requested to direct communes, wards "
          "and special zones to check the temporary wharves and ferry crossings in their areas."),
    ("p", "Contact: Mr Dang Quoc Tuan, Department of Transport Infrastructure, tel. 024 3942 0188."),
]
SIGN = ["FOR THE MINISTER", "DEPUTY MINISTER", "(signed)", "Nguyen Xuan Binh"]
RECIPIENTS = ["Recipients:", "- As above;", "- Minister (for reporting);", "- Government Office;", "- Archived: VT, KCHT."]
CUT = "\u2702 - - - - - - - - - - - - - - cut here and return - - - - - - - - - - - - - -"
SLIP = [
    ("h", "REPLY SLIP (to Official Letter No. 812/BXD-KCHT)"),
    ("f", "Province / city: ......................................................."),
    ("b", "a) coaches inspected      " + BOX + " b) boats and ferries checked      " + BOX + " c) hotline posted      "
          + BOX + " d) unlicensed wharves suspended"),
    ("f", "Number of coaches inspected: ............   Number of wharves suspended: ............"),
    ("f", "Director of the Department of Construction (signature and seal): ................................"),
]


def _lines():
    parts = LEFT + RIGHT + TO
    for kind, text in PAGE1 + PAGE2:
        parts.append((BOX + " " if kind == "c" else "") + text)
    parts += SIGN + RECIPIENTS + [CUT]
    for kind, text in SLIP:
        parts.append((BOX + " " if kind == "b" else "") + text)
    return parts


def plain():
    """The letter's text in reading order (page numbers left out)."""
    return "\n".join(_lines())


class Letter(pdfkit.PagedPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8.5)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")


def body(pdf, items):
    for kind, text in items:
        if kind == "h":
            pdf.set_font("Serif", "B", 11)
            pdf.multi_cell(0, 5.8, text, align="L", **pdfkit.NEXT)
            pdf.ln(0.8)
            continue
        if kind == "c":
            y = pdf.get_y()
            pdf.set_font("Sym", "", 13)
            pdf.set_xy(24, y - 0.6)
            pdf.cell(6, 6.4, BOX)
            pdf.set_font("Serif", "", 11)
            pdf.set_xy(31, y)
            pdf.multi_cell(194 - 31, 5.6, text, align="J", **pdfkit.NEXT)
            pdf.ln(1.6)
            continue
        pdf.set_font("Serif", "", 11)
        pdf.multi_cell(0, 5.6, text, align="J", **pdfkit.NEXT)
        pdf.ln(1.4)


def build(path):
    pdf = Letter(orientation="P", format="A4", unit="mm")
    pdf.alias_nb_pages("{nb}")
    pdfkit.setup(pdf, CREATED, "812/BXD-KCHT (unofficial translation)",
                 author="Ministry of Construction", creator="Microsoft Word for Microsoft 365",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I", "BI"),
                 margins=(20, 16, 16), bottom=16)
    pdf.add_font("Sym", "", str(pdfkit.FONT_DIR / "DejaVuSans.ttf"))
    pdf.set_auto_page_break(False)
    y = pdf.get_y()
    for i, (l, r) in enumerate(zip(LEFT, RIGHT)):
        pdf.set_font("Serif", "B" if i == 0 else ("" if i == 1 else "I"), 10 if i < 2 else 9.5)
        pdf.set_xy(14, y + i * 5.2)
        pdf.cell(76, 5.2, l, align="C")
        if r:
            pdf.set_font("Serif", "I" if i == 2 else "B", 10)
            pdf.set_xy(96, y + i * 5.2)
            pdf.cell(98, 5.2, r, align="C")
    pdf.set_y(y + 26)
    for i, t in enumerate(TO):
        pdf.set_font("Serif", "B" if i == 0 else "", 10.5)
        pdf.set_x(40)
        pdf.cell(140, 5.3, t, **pdfkit.NEXT)
    pdf.ln(3)
    body(pdf, PAGE1)
    assert pdf.get_y() < 280, pdf.get_y()
    pdf.add_page()
    body(pdf, PAGE2)
    pdf.ln(2)
    y = pdf.get_y()
    for i, t in enumerate(SIGN):
        pdf.set_font("Serif", "I" if i == 2 else "B", 10.5)
        pdf.set_xy(110, y + i * 5.5 + (12 if i == 3 else 0))
        pdf.cell(84, 5.5, t, align="C")
    for i, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "BI" if i == 0 else "", 9)
        pdf.set_xy(20, y + i * 4.4)
        pdf.cell(80, 4.4, t)
    pdf.set_y(y + 36)
    pdf.set_font("Sym", "", 9)
    pdf.cell(0, 6, CUT, align="C", **pdfkit.NEXT)
    pdf.ln(2)
    for kind, text in SLIP:
        if kind == "h":
            pdf.set_font("Serif", "B", 10.5)
            pdf.cell(0, 6, text, align="C", **pdfkit.NEXT)
        elif kind == "b":
            pdf.set_font("Sym", "", 9.5)
            pdf.multi_cell(0, 6.5, BOX + " " + text, align="L", **pdfkit.NEXT)
        else:
            pdf.set_font("Serif", "", 10)
            pdf.cell(0, 7, text, **pdfkit.NEXT)
    assert pdf.get_y() < 280 and pdf.page == 2, (pdf.get_y(), pdf.page)
    pdf.output(str(path))
    return pdf.page


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
