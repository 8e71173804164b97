#!/usr/bin/env python3
"""Render the English held-out PDF of heldout16 (deterministic).

    python3 tests/data/heldout16/make_pdfs_en.py

Writes pdf/en-3127-KH-BNNMT-mekong-climate-programme-world-bank-two-column-body_2026-10-20.pdf
next to this script: a Ministry of Agriculture and Environment plan (in
English, as donors receive it) for a World Bank-financed programme in 2027,
whose BODY IS SET IN TWO COLUMNS. The header (ministry and motto columns,
number, date) and the title run across the page; below them the text flows
down the left column, then the right column, then over to page 2 (left, then
right); the recipients and the signature run across the foot of page 2.
Section II lists the tasks as numbered items followed by "Responsible: /
Coordinating: / Deadline:" label lines; section III is prose. Page numbers
at the bottom centre. Needs fpdf2 and the DejaVu Serif fonts; the creation
date is fixed, so every run writes the same bytes. `plain()` returns the
text the PDF renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf.enums import MethodReturnValue

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-3127-KH-BNNMT-mekong-climate-programme-world-bank-two-column-body_2026-10-20"
CREATED = datetime(2026, 10, 21, 8, 30, 0, tzinfo=timezone.utc)

LEFT_HEAD = [("MINISTRY OF AGRICULTURE", True), ("AND ENVIRONMENT", True), ("-------", False)]
RIGHT_HEAD = [("SOCIALIST REPUBLIC OF VIETNAM", True),
              ("Independence - Freedom - Happiness", True), ("---------------", False)]
NUMBER = "No. 3127/KH-BNNMT"
PLACE_DATE = "Hanoi, October 20, 2026"
TITLE = "PLAN"
SUBTITLE = ("Implementing the Mekong Delta Climate-Resilient Agriculture Programme "
            "(MD-CRAP) in 2027")
NOTE = "(financed by a World Bank loan and a grant of the Kingdom of the Netherlands)"

# (kind, text): "h" bold heading, "p" paragraph, "i" italic paragraph,
# "t" bold task line, "l" label line (indented), "gap" a small vertical gap
BODY = [
    ("i", "Pursuant to Decree No. 35/2025/ND-CP dated February 25, 2025 of the Government "
          "defining the functions, tasks, powers and organisational structure of the Ministry "
          "of Agriculture and Environment;"),
    ("i", "Pursuant to Decision No. 1275/QD-TTg dated June 8, 2026 of the Prime Minister "
          "approving the investment policy of the Mekong Delta Climate-Resilient Agriculture "
          "Programme;"),
    ("p", "At the request of the Director of the Central Project Office, the Minister of "
          "Agriculture and Environment issues the Plan for implementing the programme in 2027 "
          "as follows:"),
    ("h", "I. PURPOSES AND REQUIREMENTS"),
    ("p", "1. To disburse at least USD 48 million of loan and grant capital in 2027, 30% more "
          "than in 2026, and to finish the first 20 irrigation sub-projects in the five "
          "participating provinces."),
    ("p", "2. Tasks are assigned to specific units with clear deadlines, in line with the "
          "procedures of the World Bank and the laws of Vietnam."),
    ("h", "II. SPECIFIC TASKS"),
    ("t", "1. Approve the 2027 annual work plan and budget of the programme."),
    ("l", "Responsible: Department of Planning and Finance"),
    ("l", "Coordinating: Central Project Office (CPO)"),
    ("l", "Deadline: December 2026"),
    ("t", "2. Complete the subsidiary loan agreements with the five participating provinces."),
    ("l", "Responsible: Central Project Office (CPO)"),
    ("l", "Coordinating: Department of International Cooperation"),
    ("l", "Deadline: Q1/2027"),
    ("t", "3. Complete the detailed designs of 12 sluice gates and pumping stations in An Giang "
          "and Ca Mau."),
    ("l", "Responsible: Department of Irrigation Works Management and Construction"),
    ("l", "Coordinating: People's Committees of An Giang and Ca Mau"),
    ("l", "Deadline: before 30/6/2027"),
    ("t", "4. Train 4,000 farmers in low-emission rice and shrimp-rice farming models."),
    ("l", "Responsible: Department of Crop Production and Plant Protection"),
    ("l", "Coordinating: Vietnam Farmers' Union; provincial Departments of Agriculture and "
          "Environment"),
    ("l", "Deadline: 2027"),
    ("t", "5. Install the salinity monitoring and early warning system at 45 stations."),
    ("l", "Responsible: Department of Water Resources Management"),
    ("l", "Coordinating: Department of Hydro-Meteorology"),
    ("l", "Deadline: second half of 2027"),
    ("t", "6. Prepare the mid-term review report of the programme."),
    ("l", "Responsible: Central Project Office (CPO)"),
    ("l", "Coordinating: -"),
    ("l", "Deadline: within 30 days after the World Bank's mid-term review mission"),
    ("t", "7. Send progress reports to the World Bank and the Ministry of Finance."),
    ("l", "Responsible: CPO"),
    ("l", "Deadline: every six months, by January 20 and July 20"),
    ("t", "8. Select an independent auditor for the programme's 2026 financial statements."),
    ("l", "Responsible: Department of Planning and Finance"),
    ("l", "Deadline: before March 31, 2027"),
    ("t", "9. Monitor the environmental and social safeguards of the sub-projects."),
    ("l", "Responsible: Department of Environment"),
    ("l", "Coordinating: CPO; provincial project management units"),
    ("l", "Deadline: regularly"),
    ("h", "III. IMPLEMENTATION"),
    ("p", "1. The Central Project Office (CPO) is the focal point of the programme and acts on "
          "behalf of the Ministry in working with the World Bank and the Embassy of the "
          "Netherlands. The CPO shall also publish the programme's procurement notices on the "
          "national e-procurement system."),
    ("p", "2. Units under the Ministry shall send their progress reports to the CPO before the "
          "5th of the last month of each quarter."),
    ("p", "3. The Ministry requests the People's Committees of An Giang, Dong Thap, Vinh Long, "
          "Can Tho and Ca Mau to include counterpart funds for the programme in their 2027 "
          "budget estimates; direct their provincial project management units to complete land "
          "acquisition for the sub-projects before May 31, 2027."),
    ("p", "4. The Ministry proposes that the Ministry of Finance allocate sufficient 2027 "
          "capital for the programme in its plan for foreign loans."),
    ("p", "5. In the course of implementation, any difficulties shall be reported to the "
          "Minister through the CPO for consideration and resolution."),
]
RECIPIENTS = ["Recipients:", "- The Minister (for reporting);", "- The Ministry of Finance;",
              "- The World Bank in Vietnam;", "- People's Committees of the 5 provinces;",
              "- Filed: VT, CPO."]
SIGNER = ["FOR THE MINISTER", "DEPUTY MINISTER", "", "", "Hoang Minh Tuan"]

MARGIN = 18
COL_W = 84
GUTTER = 6
COL_X = (MARGIN, MARGIN + COL_W + GUTTER)
PAGE_BOTTOM = 297 - 20          # last y the columns may use
SIGN_ROOM = 46                  # room kept free on page 2 for the signature
STYLE = {"h": ("B", 10.5, 5.4, 1.6), "p": ("", 10, 4.9, 1.4), "i": ("I", 10, 4.9, 1.0),
         "t": ("B", 10, 4.9, 0.2), "l": ("", 9.5, 4.6, 0.0)}
LABEL_INDENT = 4


def _last_of_item(i):
    """True if BODY[i] ends a task item (next line is not a label)."""
    return i + 1 >= len(BODY) or BODY[i + 1][0] != "l"


def plain():
    """The rendered text in reading order (columns left to right, page by page)."""
    out = [t for t, _ in LEFT_HEAD] + [t for t, _ in RIGHT_HEAD]
    out += [NUMBER, PLACE_DATE, TITLE, SUBTITLE, NOTE]
    out += [t for _, t in BODY]
    out += RECIPIENTS + [s for s in SIGNER if s]
    return "\n".join(out)


class Plan(pdfkit.PagedPDF):
    NUMBER = {"at": "bottom", "y": -14, "size": 9}


def height(pdf, kind, text):
    style, size, h, after = STYLE[kind]
    pdf.set_font("Serif", style, size)
    w = COL_W - (LABEL_INDENT if kind == "l" else 0)
    lines = pdf.multi_cell(w, h, text, dry_run=True, output=MethodReturnValue.LINES)
    return len(lines) * h + after


def write_block(pdf, x, kind, text):
    style, size, h, after = STYLE[kind]
    pdf.set_font("Serif", style, size)
    if kind == "l":
        x += LABEL_INDENT
    w = COL_W - (LABEL_INDENT if kind == "l" else 0)
    pdf.set_x(x)
    align = "L" if kind in ("h", "t", "l") else "J"
    pdf.multi_cell(w, h, text, align=align, new_x="LEFT", new_y="NEXT")
    pdf.ln(after)


def flow(pdf, top, blocks, bottoms):
    """Write blocks down column 0 then column 1 from `top`; a block that does not
    fit moves to the next column. Returns the blocks left over and the lowest y."""
    col, y, low = 0, top, top
    rest = list(blocks)
    while rest and col < 2:
        i, (kind, text) = rest[0]
        need = height(pdf, kind, text)
        if kind == "h" or kind == "t":   # keep a heading with the line after it
            nxt = rest[1][1] if len(rest) > 1 else None
            if nxt is not None:
                need += height(pdf, *nxt)
        if y + need > bottoms[col]:
            col, y = col + 1, top
            continue
        pdf.set_y(y)
        write_block(pdf, COL_X[col], kind, text)
        if kind == "l" and _last_of_item(i):
            pdf.ln(1.8)
        y = pdf.get_y()
        low = max(low, y)
        rest.pop(0)
    return rest, low


def build(path):
    pdf = pdfkit.setup(Plan(format="A4"), CREATED, STEM,
                       author="Ministry of Agriculture and Environment",
                       creator="Microsoft Word", producer="Microsoft Word",
                       styles=("", "B", "I"), margins=(MARGIN, 16, MARGIN), bottom=16)
    pdf.set_auto_page_break(False)
    pdfkit.header_columns(pdf, LEFT_HEAD, RIGHT_HEAD, MARGIN, 80, 96, 96, size=10, h=5.2,
                          settle=True)
    pdf.set_font("Serif", "", 10.5)
    pdf.set_x(MARGIN)
    pdf.cell(80, 6, NUMBER, align="C")
    pdf.set_font("Serif", "I", 10.5)
    pdf.set_x(96)
    pdf.cell(96, 6, PLACE_DATE, align="C", **pdfkit.NEXT)
    pdfkit.title_block(pdf, TITLE, SUBTITLE, gap=5, note=NOTE)
    pdf.ln(3)
    pdf.set_draw_color(120)
    pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
    pdf.ln(3)
    blocks = list(enumerate(BODY))
    rest, _ = flow(pdf, pdf.get_y(), blocks, (PAGE_BOTTOM, PAGE_BOTTOM))
    pdf.add_page()
    # balance the two columns of page 2: the lowest left-column bottom that lets
    # the right column take the rest
    for bottom in range(60, PAGE_BOTTOM - SIGN_ROOM + 1):
        trial = Plan(format="A4")
        pdfkit.add_fonts(trial, ("", "B", "I"))
        trial.set_auto_page_break(False)
        trial.add_page()
        left, _ = flow(trial, 18, rest, (bottom, bottom))
        if not left:
            break
    else:
        raise SystemExit("page 2 does not fit")
    rest, low = flow(pdf, 18, rest, (bottom, bottom))
    if rest:
        raise SystemExit(f"{len(rest)} blocks do not fit")
    y = low + 6
    pdf.set_y(y)
    for k, t in enumerate(RECIPIENTS):
        pdf.set_font("Serif", "B" if k == 0 else "", 9 if k else 10)
        pdf.set_x(MARGIN)
        pdf.cell(84, 4.6, t, **pdfkit.NEXT)
    pdf.set_y(y)
    for t in SIGNER:
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_x(110)
        pdf.cell(82, 5.2, t, align="C", **pdfkit.NEXT)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    pdfkit.build_one(HERE, STEM, build)


if __name__ == "__main__":
    main()
