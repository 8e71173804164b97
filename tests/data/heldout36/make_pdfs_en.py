#!/usr/bin/env python3
"""Render the English held-out PDF of heldout36 (deterministic).

    python3 tests/data/heldout36/make_pdfs_en.py

Writes pdf/en-588-TB-UBND-nghean-chairman-conclusion-public-investment-disbursement-merged-responsible-cells_2026-10-16.pdf
next to this script: a 2-page unofficial translation of Notice 588/TB-UBND
of the Nghe An Provincial People's Committee conveying the Chairman's
conclusion on public investment disbursement. Its task table has a
"Responsible" column whose cells are MERGED DOWN (rowspan) over each body's
rows, so the body's name is written once for two or three tasks; the table
crosses the page break (heading row repeated by fpdf2). Needs fpdf2 and the
DejaVu fonts; the creation date is fixed, so every run writes the same
bytes. `plain()` returns the text.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = ("en-588-TB-UBND-nghean-chairman-conclusion-public-investment-disbursement-"
        "merged-responsible-cells_2026-10-16")
CREATED = datetime(2026, 10, 16, 9, 5, 0, tzinfo=timezone.utc)

LEFT = ["PEOPLE'S COMMITTEE", "OF NGHE AN PROVINCE", "No. 588/TB-UBND"]
RIGHT = ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", "Nghe An, 16 October 2026"]
TITLE = ["NOTICE", "Conclusion of the Chairman of the Provincial People's Committee at the meeting",
         "on the disbursement of public investment capital in 2026"]
INTRO = [
    ("p", "On 14 October 2026, Chairman Le Hong Vinh chaired a meeting with investors, departments and the "
          "People's Committees of communes and wards on the disbursement of public investment capital. As of "
          "10 October 2026 the province had disbursed VND 5,048 billion, or 51.3% of the capital plan assigned "
          "by the Prime Minister, below the national average of 58.6%. Eleven projects disbursed less than 30%, "
          "mainly because of site clearance and slow settlement of completed volumes."),
    ("p", "To implement Resolution No. 152/NQ-CP dated 3 October 2026 of the Government on key solutions to "
          "accelerate public investment disbursement and the Law on Public Investment No. 58/2024/QH15, the "
          "Chairman concluded as follows:"),
    ("h", "I. General requirements"),
    ("p", "Heads of investors shall take personal responsibility before the Chairman for the disbursement results "
          "of their projects. Investors shall disburse at least 80% of their allocated capital by mid-December 2026. "
          "They shall complete the disbursement of the remaining capital before New Year 2027."),
    ("h", "II. Specific tasks"),
]
HEAD = ["No.", "Responsible", "Task", "Deadline"]
# (responsible or None when merged into the cell above, task, deadline)
ROWS = [
    ("Department of Finance", "advise the Provincial People's Committee on transferring capital from projects "
     "that disburse slowly to projects able to absorb more capital", "by 25 October 2026"),
    (None, "report the disbursement figures of all investors to the Chairman", "by 3 p.m. every day"),
    (None, "publish the list of investors that have disbursed less than 60% on the provincial portal",
     "by 31 October 2026"),
    ("Department of Agriculture and Environment", "complete land recovery for the remaining sections of the "
     "Vinh - Cua Lo coastal road", "by mid-December 2026"),
    (None, "determine the specific land prices used for compensation in the Hoang Mai industrial park expansion",
     "within seven working days of receiving this notice"),
    ("Department of Construction", "appraise and settle the final accounts of completed works", "no later than "
     "5 January 2027"),
    (None, "inspect the quality of works on all road projects funded by the provincial budget", "regularly"),
    ("Provincial Project Management Board for Traffic Works", "open the Do Luong bypass to traffic",
     "before New Year 2027"),
    (None, "add workers and machinery and organise work in three shifts on the Nam Dan - Thanh Chuong road",
     "immediately"),
    (None, "recover the advance payments of contractors that have stopped work", "by 30 November 2026"),
    ("People's Committees of communes and wards", "mobilise households to hand over cleared land to investors",
     "-"),
    (None, "forward complaints about compensation to the Department of Agriculture and Environment",
     "within three days of receiving them"),
    ("Provincial Police", "handle acts of obstructing site clearance in accordance with the law", "-"),
]
TAIL = [
    ("h", "III. Monitoring"),
    ("p", "The Department of Finance shall, in coordination with the Department of Home Affairs, propose the use of "
          "disbursement results in the annual evaluation of heads of investors before 20 December 2026."),
    ("p", "The Office of the Provincial People's Committee shall monitor and urge the implementation of this "
          "conclusion and report to the Chairman at the regular meeting of November 2026."),
    ("p", "The Office of the Provincial People's Committee notifies the Chairman's conclusion so that the agencies "
          "and units concerned know and implement it."),
]
SIGN = ["ON BEHALF OF THE OFFICE", "DEPUTY CHIEF OF OFFICE", "(signed)", "Tran Thi Mai Huong"]
RECIPIENTS = ["Recipients:", "- Chairman, Vice Chairpersons of the PPC;", "- Departments as above;",
              "- People's Committees of communes and wards;", "- Archived: VT, TH."]


def _lines():
    parts = LEFT + RIGHT + TITLE
    parts += [t for _, t in INTRO]
    parts += HEAD
    for i, (who, task, dl) in enumerate(ROWS, 1):
        parts += [str(i)] + ([who] if who else []) + [task, dl]
    parts += [t for _, t in TAIL] + SIGN + RECIPIENTS
    return parts


def plain():
    """The notice's text in reading order (page numbers left out)."""
    return "\n".join(_lines())


class Notice(pdfkit.PagedPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Serif", "I", 8.5)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")


def paras(pdf, items):
    for kind, text in items:
        pdf.set_font("Serif", "B" if kind == "h" else "", 11)
        pdf.multi_cell(0, 5.6, text, align="L" if kind == "h" else "J", **pdfkit.NEXT)
        pdf.ln(1.2)


def build(path):
    pdf = Notice(orientation="P", format="A4", unit="mm")
    pdfkit.setup(pdf, CREATED, "588/TB-UBND (unofficial translation)",
                 author="Nghe An PPC Office", creator="Microsoft Word for Microsoft 365",
                 producer="Microsoft Word for Microsoft 365", styles=("", "B", "I"),
                 margins=(20, 16, 18), bottom=18)
    y = pdf.get_y()
    for i, (l, r) in enumerate(zip(LEFT, RIGHT)):
        pdf.set_font("Serif", "B" if i < 2 else "", 10)
        pdf.set_xy(14, y + i * 5.2)
        pdf.cell(74, 5.2, l, align="C")
        pdf.set_font("Serif", "I" if i == 2 else "B", 10)
        pdf.set_xy(92, y + i * 5.2)
        pdf.cell(102, 5.2, r, align="C")
    pdf.set_y(y + 20)
    for i, t in enumerate(TITLE):
        pdf.set_font("Serif", "B", 12 if i == 0 else 11)
        pdf.multi_cell(0, 6, t, align="C", **pdfkit.NEXT)
    pdf.ln(3)
    paras(pdf, INTRO)
    pdf.set_font("Serif", "", 10)
    spans = []
    for i, (who, _, _) in enumerate(ROWS):
        if who:
            n = 1
            while i + n < len(ROWS) and ROWS[i + n][0] is None:
                n += 1
            spans.append(n)
        else:
            spans.append(0)
    with pdf.table(col_widths=(10, 42, 86, 36), width=pdf.epw, line_height=5.0, text_align="LEFT",
                   headings_style=pdfkit.BOLD, padding=(1.0, 1.2, 1.0, 1.2), v_align="MIDDLE",
                   repeat_headings=1) as table:
        row = table.row()
        for h in HEAD:
            row.cell(h)
        for i, ((who, task, dl), span) in enumerate(zip(ROWS, spans), 1):
            row = table.row()
            row.cell(str(i), align="C")
            if who:
                row.cell(who, rowspan=span)
            row.cell(task)
            row.cell(dl)
    pdf.ln(3)
    paras(pdf, TAIL)
    pdfkit.sign_stack(pdf, RECIPIENTS, [(t, i < 2) for i, t in enumerate(SIGN)], rx=20, rw=85, sx=110, sw=84,
                      gap=3, room=40)
    pdf.output(str(path))
    return pdf.page_no()


if __name__ == "__main__":
    pdfkit.build_one(HERE, STEM, build)
