#!/usr/bin/env python3
"""Render the English held-out PDF of heldout14 (deterministic).

    python3 tests/data/heldout14/make_pdfs_en.py

Writes pdf/en-6318-BTC-NSNN-budget-estimates-2027-footnotes_2026-07-14.pdf next
to this script: an English translation of a Ministry of Finance official letter
guiding the preparation of the 2027 state budget estimates. Two portrait pages:
a two-column header (the "Re:" lines under the number on the left), a "To:"
block, numbered items with a)-d) sub-items, and FOOTNOTES: superscript markers
(Unicode "¹" ... "⁴") glued to the cited numbers in the body and the footnote
texts under a short rule at the foot of each page; the fourth document is cited
only in a footnote, the fifth footnote (page 2) cites nothing. Page numbers at the top from page 2; recipients beside the
signer on page 2. Needs fpdf2 and the DejaVu Serif fonts; the creation date is
fixed, so every run writes the same bytes. `plain()` returns the text the PDF
renders, in reading order.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data, for pdfkit
import pdfkit  # noqa: E402

STEM = "en-6318-BTC-NSNN-budget-estimates-2027-footnotes_2026-07-14"
CREATED = datetime(2026, 7, 14, 8, 30, 0, tzinfo=timezone.utc)

HEAD_LEFT = [("MINISTRY OF FINANCE", True), ("-------", False), ("No. 6318/BTC-NSNN", False),
             ("Re: Preparation of the 2027 state", False),
             ("budget estimates and the 2027-2029", False),
             ("three-year financial-budget plan", False)]
HEAD_RIGHT = [("SOCIALIST REPUBLIC OF VIETNAM", True),
              ("Independence - Freedom - Happiness", True),
              ("---------------", False), ("Hanoi, July 14, 2026", False)]

TO = ["To:",
      "- Ministries, ministerial-level agencies and Government-attached agencies;",
      "- Other central agencies;",
      "- People's Committees of provinces and centrally-run cities."]

# (kind, text): "p" justified paragraph, "h" bold heading line
PAGE1 = [
    ("p", "Pursuant to the Law on State Budget and implementing the Prime Minister's "
          "Directive No. 15/CT-TTg¹ on the formulation of the 2027 socio-economic "
          "development plan and state budget estimate, the Ministry of Finance provides "
          "the following guidance:"),
    ("h", "1. Ministries and central agencies shall:"),
    ("p", "a) Prepare their 2027 budget estimates on the basis of the allocation norms in "
          "Decision No. 30/2021/QD-TTg² and send them to the Ministry of Finance no later "
          "than July 25, 2026;"),
    ("p", "b) Prepare their three-year financial-budget plans for 2027-2029 in accordance "
          "with Decree No. 45/2017/ND-CP³ and send them to the Ministry of Finance within "
          "15 days of the date of this Official Letter;"),
    ("p", "c) Review the programmes and tasks that have ended or are no longer needed and "
          "propose the cancellation of their funds;"),
    ("p", "d) Appoint an official in charge of budget data and register the official's "
          "account on the budget information system of the Ministry of Finance before "
          "July 20, 2026."),
    ("h", "2. People's Committees of provinces and centrally-run cities shall:"),
    ("p", "a) Direct the provincial Departments of Finance to estimate the revenue from "
          "land use fees realistically, without overestimating it;"),
    ("p", "b) Report the outstanding debts for capital construction of their localities "
          "in August 2026;"),
    ("p", "c) Send reports on the disbursement of public investment capital⁴ to the "
          "Ministry of Finance before the 5th of each month."),
    ("p", "These agencies are also requested to ensure that the number of staff in their "
          "estimates does not exceed the quotas assigned by competent authorities."),
]
FOOT1 = [
    "¹ Directive No. 15/CT-TTg dated June 26, 2026 of the Prime Minister on the formulation "
    "of the 2027 socio-economic development plan and state budget estimate.",
    "² Decision No. 30/2021/QD-TTg dated October 10, 2021 of the Prime Minister on the "
    "principles, criteria and norms for allocating regular state budget expenditure.",
    "³ Decree No. 45/2017/ND-CP dated April 21, 2017 of the Government detailing the "
    "preparation of five-year financial plans and three-year financial-budget plans.",
    "⁴ As guided in Official Letter No. 5840/BTC-NSNN dated June 30, 2026 of the Ministry "
    "of Finance on reporting the disbursement of public investment capital.",
]
PAGE2 = [
    ("p", "3. The Ministry of Home Affairs shall send the Ministry of Finance the 2027 staff "
          "quotas of ministries and localities in the first ten days of August 2026."),
    ("h", "4. Units of the Ministry of Finance"),
    ("p", "a) The Department of Taxation and the Customs Department shall estimate the 2027 "
          "revenue from domestic taxes and from imports and exports and send the estimates "
          "to the Department of State Budget before July 31, 2026."),
    ("p", "b) The Department of State Budget shall preside over and coordinate with the "
          "Department of Investment in synthesising the 2027 state budget estimate⁵, and "
          "report it to the Minister in August 2026."),
    ("p", "c) The Information Technology and Digital Transformation Department shall open "
          "the budget estimate software to ministries and localities before July 18, 2026."),
    ("p", "5. Agencies that fail to send their estimates on time shall be responsible to the "
          "Prime Minister, and the Ministry of Finance will prepare their estimates on the "
          "basis of their 2026 estimates."),
    ("p", "In the course of implementation, ministries, central agencies and localities shall "
          "contact the Department of State Budget (tel. 024 2220 2828) for guidance on any "
          "problems that arise./."),
]
FOOT2 = [
    "⁵ Including the estimates of the Party bodies, the National Assembly Office and the "
    "Office of the President, which send them directly to the Ministry of Finance.",
]
RECIPIENTS = ["Recipients:", "- As above;", "- Prime Minister, Deputy Prime Ministers",
              "  (for reporting);", "- Government Office;", "- Minister (for reporting);",
              "- Archives: VT, NSNN (5)."]
SIGNER = [("PP. MINISTER", True), ("DEPUTY MINISTER", True), ("", False), ("(signed)", False),
          ("", False), ("Vo Thanh Hai", True)]


def plain():
    """The rendered text in reading order (header columns left, then right)."""
    out = [t for t, _ in HEAD_LEFT] + [t for t, _ in HEAD_RIGHT] + TO
    out += [t for _, t in PAGE1] + FOOT1 + ["2"] + [t for _, t in PAGE2]
    out += RECIPIENTS + [t for t, _ in SIGNER if t] + FOOT2
    return "\n".join(out)


def body(pdf, items):
    for kind, text in items:
        pdfkit.para(pdf, text, bold=kind == "h", size=11, h=5.6, after=1.4)


def footnotes(pdf, notes, y):
    pdf.set_draw_color(0)
    pdf.line(pdf.l_margin, y, pdf.l_margin + 50, y)
    pdf.set_y(y + 1.5)
    for n in notes:
        pdfkit.para(pdf, n, size=8.5, h=4.2, after=0.6)


def build(path):
    Doc = pdfkit.numbered("top", size=10, h=6, next_line=True, ln=2)
    pdf = pdfkit.setup(Doc(format="A4"), CREATED, STEM, author="Ministry of Finance",
                       styles=("", "B"), margins=(22, 18, 20), bottom=12)
    pdf.set_auto_page_break(False)
    pdfkit.header_columns(pdf, HEAD_LEFT, HEAD_RIGHT, 22, 78, 100, 90, size=10.5,
                          settle=True)
    pdf.ln(5)
    pdf.set_font("Serif", "", 11)
    for i, t in enumerate(TO):
        pdf.set_x(40)
        pdf.cell(0, 5.6, t, **pdfkit.NEXT)
    pdf.ln(3)
    body(pdf, PAGE1)
    assert pdf.get_y() < 244, pdf.get_y()
    footnotes(pdf, FOOT1, 246)
    pdf.add_page()
    body(pdf, PAGE2)
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_font("Serif", "", 9)
    for t in RECIPIENTS:
        pdf.set_x(22)
        pdf.cell(85, 4.6, t, **pdfkit.NEXT)
    pdf.set_y(top)
    for t, b in SIGNER:
        pdf.set_font("Serif", "B" if b else "", 11)
        pdf.set_x(110)
        pdf.cell(80, 5.6, t, align="C", **pdfkit.NEXT)
    footnotes(pdf, FOOT2, 272)
    pdf.output(str(path))
    return pdf.page_no()


def main():
    pdfkit.build_one(HERE, STEM, build)


if __name__ == "__main__":
    main()
