"""Layout helpers shared by the held-out PDF scripts (tests/data/heldout*/make_pdf*.py).

Each script renders its PDFs with fpdf2 and the DejaVu Serif fonts; the
helpers below are the code they had in common, parameterised where the
scripts differ, so every script still writes the same bytes. A script puts
this folder on sys.path and does `import pdfkit`.
"""
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FACES = {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
         "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"}
NEXT = {"new_x": "LMARGIN", "new_y": "NEXT"}
BOLD = FontFace(emphasis="BOLD")


def out_path(here, stem):
    """here/pdf/<stem>.pdf, creating the pdf folder."""
    out = Path(here) / "pdf" / f"{stem}.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def build_one(here, stem, build):
    """Build here/pdf/<stem>.pdf with ``build(path)`` (which returns its page count) and say so."""
    path = out_path(here, stem)
    print(f"{path}: {build(path)} pages")


def add_fonts(pdf, styles=("", "B"), family="Serif"):
    """Register the DejaVu Serif faces `styles` under `family`."""
    for style in styles:
        pdf.add_font(family, style, str(FONT_DIR / FACES[style]))


def setup(pdf, created, title, author=None, creator=None, producer=None,
          styles=("", "B"), family="Serif", margins=(20, 18, 18), bottom=18):
    """Fixed metadata, fonts, margins and the first page; returns pdf."""
    pdf.set_creation_date(created)
    pdf.set_title(title)
    for value, setter in ((author, pdf.set_author), (creator, pdf.set_creator),
                          (producer, pdf.set_producer)):
        if value is not None:
            setter(value)
    add_fonts(pdf, styles, family)
    pdf.set_margins(*margins)
    pdf.set_auto_page_break(True, margin=bottom)
    pdf.add_page()
    return pdf


class PagedPDF(FPDF):
    """FPDF printing the page number centred at the "top" (from page 2) or
    "bottom" of each page; NUMBER holds the options of `numbered`."""
    NUMBER = {}

    def _page_number(self):
        o = {"family": "Serif", "size": 9, "y": None, "w": 0, "h": 5, "text": "{}",
             "next_line": False, "ln": None, "then_y": None, **self.NUMBER}
        if o["y"] is not None:
            self.set_y(o["y"])
        self.set_font(o["family"], "", o["size"])
        self.cell(self.epw if o["w"] is None else o["w"], o["h"],
                  o["text"].format(self.page_no()), align="C",
                  **(NEXT if o["next_line"] else {}))
        if o["ln"] is not None:
            self.ln(o["ln"])
        if o["then_y"] is not None:
            self.set_y(self.t_margin if o["then_y"] == "top" else o["then_y"])

    def header(self):
        if self.NUMBER.get("at") == "top" and self.page_no() > 1:
            self._page_number()

    def footer(self):
        if self.NUMBER.get("at") == "bottom":
            self._page_number()


def numbered(at, base=PagedPDF, **options):
    """A PagedPDF subclass numbering pages at `at` ("top"/"bottom"); options:
    family, size, y (set_y first), w (None: page width), h, text (format with
    the number), next_line, ln (after), then_y (number, or "top" margin)."""
    return type("Doc", (base,), {"NUMBER": dict(options, at=at)})


def header_columns(pdf, left, right, lx, lw, rx, rw, size=10, h=5.5,
                   family="Serif", settle=False):
    """Two-column header: (text, bold) lines centred in column left, then right,
    from the same top; settle: put y under the longer column."""
    top = pdf.get_y()
    for col_x, col_w, lines in ((lx, lw, left), (rx, rw, right)):
        pdf.set_xy(col_x, top)
        for text, bold in lines:
            pdf.set_font(family, "B" if bold else "", size)
            pdf.set_x(col_x)
            pdf.cell(col_w, h, text, align="C", **NEXT)
    if settle:
        pdf.set_y(top + h * max(len(left), len(right)))


def header_rows(pdf, left, right, number, place_date, lw=62, rx=66, below=2,
                size=11, h=5.5, family="DejaVuSerif"):
    """Two-column header drawn row by row ((text, bold) lines), then the number
    (left) and the italic place and date (right) on one line."""
    w = pdf.w - pdf.l_margin - pdf.r_margin
    y0 = pdf.get_y()
    for x, cw, lines in ((pdf.l_margin, lw, left), (pdf.l_margin + rx, w - rx, right)):
        for i, (t, b) in enumerate(lines):
            pdf.set_font(family, "B" if b else "", size)
            pdf.set_xy(x, y0 + i * h)
            pdf.cell(cw, h, t, align="C")
    pdf.set_y(y0 + 3 * h + below)
    pdf.set_font(family, "", size)
    pdf.set_x(pdf.l_margin)
    pdf.cell(lw, 6, number, align="C")
    pdf.set_font(family, "I", size)
    pdf.set_x(pdf.l_margin + rx)
    pdf.cell(w - rx, 6, place_date, align="C", **NEXT)


def title_block(pdf, title, subtitle, gap=6, sub_h=5.5, note=None, note_style="I",
                family="Serif"):
    """After a gap: bold title (13 pt), bold subtitle (11 pt), optional 9 pt note."""
    pdf.ln(gap)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 7, title, align="C", **NEXT)
    pdf.set_font(family, "B", 11)
    pdf.multi_cell(0, sub_h, subtitle, align="C", **NEXT)
    if note is not None:
        pdf.set_font(family, note_style, 9)
        pdf.cell(0, 6, note, align="C", **NEXT)


def para(pdf, text, bold=False, size=10.5, align="J", h=5.6, after=1.2, x=None,
         family="Serif"):
    """One paragraph (justified by default), then a small gap."""
    if x is not None:
        pdf.set_x(x)
    pdf.set_font(family, "B" if bold else "", size)
    pdf.multi_cell(0, h, text, align=align, **NEXT)
    pdf.ln(after)


def paragraphs(pdf, items, h=5.2, after=1, x=None):
    """(text, bold) paragraphs; an item None starts a new page."""
    for item in items:
        if item is None:
            pdf.add_page()
            continue
        text, bold = item
        para(pdf, text, bold, h=h, after=after, x=x)


def body_texts(items, number_offset=0):
    """Texts of (text, bold) items in order; at the k-th page break (None) the
    page number printed there, k + number_offset (0: footer, 1: header)."""
    parts, k = [], 0
    for item in items:
        if item is None:
            k += 1
            parts.append(str(k + number_offset))
        else:
            parts.append(item[0])
    return parts


def sections(pdf, secs, **kw):
    """(bold title, [paragraphs]) sections."""
    for title, paras in secs:
        para(pdf, title, bold=True, **kw)
        for p in paras:
            para(pdf, p, **kw)


def indented(pdf, items, w, size=11.5, h=6, after=0.8, indent_bold=True,
             family="DejaVuSerif"):
    """(text, bold) paragraphs justified with a first-line indent of six spaces."""
    for t, b in items:
        pdf.set_font(family, "B" if b else "", size)
        pdf.multi_cell(w, h, ("      " if indent_bold or not b else "") + t,
                       align="J", **NEXT)
        pdf.ln(after)


def grid(pdf, rows, **table_options):
    """A table of plain rows (the first is the heading row by default)."""
    with pdf.table(**table_options) as table:
        for cells in rows:
            row = table.row()
            for c in cells:
                row.cell(c)


def sign_rows(pdf, recipients, signer, rx, rw, sx, sw, gap=3, break_below=None,
              family="Serif"):
    """Recipients (bold first line, 9 pt) beside the (text, bold) signer block,
    each line placed at its own y."""
    pdf.ln(gap)
    if break_below is not None and pdf.get_y() > break_below:
        pdf.add_page()
    y = pdf.get_y()
    for i, line in enumerate(recipients):
        pdf.set_xy(rx, y + i * 4.6)
        pdf.set_font(family, "B" if i == 0 else "", 9)
        pdf.cell(rw, 4.6, line)
    for i, (text, bold) in enumerate(signer):
        pdf.set_xy(sx, y + i * 5.5)
        pdf.set_font(family, "B" if bold else "", 10)
        pdf.cell(sw, 5.5, text, align="C")


def sign_stack(pdf, recipients, signer, rx, rw, sx, sw, gap=3, room=None, rsize=9,
               rh=4.4, ssize=10.5, sh=5.5, wrap=True, family="Serif"):
    """Recipients stacked at rx (wrapped if `wrap`), then the (text, bold) signer
    lines stacked at sx from the same top; a new page first if less than `room`
    is left above the bottom margin."""
    pdf.ln(gap)
    if room is not None and pdf.get_y() > pdf.h - pdf.b_margin - room:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font(family, "", rsize)
    for line in recipients:
        pdf.set_x(rx)
        if wrap:
            pdf.multi_cell(rw, rh, line, **NEXT)
        else:
            pdf.cell(rw, rh, line, **NEXT)
    pdf.set_y(y)
    for text, bold in signer:
        pdf.set_font(family, "B" if bold else "", ssize)
        pdf.set_x(sx)
        pdf.cell(sw, sh, text, align="C", **NEXT)


class WordDoc(PagedPDF):
    """A4 document in the form of a Word export of a Vietnamese administrative
    document (Decree 30/2020/ND-CP): four Serif faces, fixed creation date,
    page number at the top from page 2, two-column header, centred titles,
    justified paragraphs, bordered tables, "Noi nhan" beside the signer.
    Class attributes set what the scripts differ in."""
    NUMBER = {"at": "top", "size": 11, "y": 10, "next_line": True, "then_y": "top"}
    BODY, LINE, INDENT, PARA_AFTER = 12.5, 6.2, "", 1.2
    SIGN_BEFORE, SIGN_ROOM, SIGN_WL, SIGN_SIZE = 2, 55, 82, 12.5

    def __init__(self, margins, bottom, created, software):
        super().__init__(format="A4", unit="mm")
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        add_fonts(self, ("", "B", "I", "BI"))
        self.set_creation_date(created)
        self.set_creator(software)
        self.set_producer(software)

    def two_col(self, left, right, wl=72, lshift=8):
        """left/right: lists of (text, style, size); drawn line by line on the same y."""
        x0 = self.l_margin
        wr = self.epw - wl
        for i in range(max(len(left), len(right))):
            y = self.get_y()
            h = 5.6
            for lines, x, w in ((left, x0 - lshift, wl + lshift - 4),
                                (right, x0 + wl - 4, wr + 4)):
                if i < len(lines) and lines[i]:
                    t, st, sz = lines[i]
                    self.set_font("Serif", st, sz)
                    self.set_xy(x, y)
                    self.cell(w, h, t, align="C")
            self.set_xy(x0, y + h)

    def titles(self, lines, size=13.5, after=3, before=4, h=6.5):
        """Centred (text, style) lines."""
        self.ln(before)
        for t, st in lines:
            self.set_font("Serif", st, size)
            self.multi_cell(0, h, t, align="C", **NEXT)
        self.ln(after)

    def para(self, text, style="", size=None, align="J", after=None, indent=True):
        """Body paragraph; justified ones start with INDENT."""
        self.set_font("Serif", style, self.BODY if size is None else size)
        self.multi_cell(0, self.LINE, (self.INDENT if indent and align == "J" else "") + text,
                        align=align, **NEXT)
        self.ln(self.PARA_AFTER if after is None else after)

    def head(self, text):
        self.para(text, style="B", indent=False)

    def grid(self, widths, aligns=None, size=10.5, line_height=5.0):
        """Set the table font; returns the bordered Word-style table (a context manager)."""
        self.set_font("Serif", "", size)
        return self.table(col_widths=widths, width=self.epw, line_height=line_height,
                          text_align=aligns or "LEFT", headings_style=BOLD,
                          padding=(1.0, 1.2, 1.0, 1.2), v_align="MIDDLE")

    def table_(self, rows, widths, size=10.5, aligns=None):
        """A table of plain rows, the first the heading row, then a gap."""
        with self.grid(widths, aligns, size) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        self.ln(3)

    def signature(self, recipients, signer):
        """Noi nhan (left, small) beside the (text, style) signer block (right)."""
        self.ln(self.SIGN_BEFORE)
        if self.get_y() > self.h - self.b_margin - self.SIGN_ROOM:
            self.add_page()
        wl = self.SIGN_WL
        x0 = self.l_margin
        y0 = self.get_y()
        self.set_xy(x0, y0)
        self.set_font("Serif", "BI", 11)
        self.cell(wl, 5, "Nơi nhận:")
        y = y0 + 5
        self.set_font("Serif", "", 10)
        for r in recipients:
            self.set_xy(x0, y)
            self.cell(wl, 4.6, r)
            y += 4.6
        ys = y0
        for t, st in signer:
            self.set_xy(x0 + wl, ys)
            self.set_font("Serif", st or "", self.SIGN_SIZE)
            self.cell(self.epw - wl, 6, t, align="C")
            ys += 6
        self.set_xy(x0, max(y, ys) + 2)


def national(date_line):
    """Right header column of a Vietnamese document: motto lines, then the date line."""
    return [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 11.5),
        ("Độc lập - Tự do - Hạnh phúc", "B", 12.5),
        ("――――――――――――――", "", 9),
        ("", "", 11),
        (date_line, "I", 12.5),
    ]


def write_docs(here, docs, new_doc):
    """Render each (stem, fill) of docs into here/pdf/<stem>.pdf, titled stem; the paths written."""
    paths = []
    for stem, fill in docs:
        pdf = new_doc()
        pdf.set_title(stem)
        fill(pdf)
        path = out_path(here, stem)
        pdf.output(str(path))
        print(path, pdf.page_no(), "pages")
        paths.append(path)
    return paths


def noinhan_sign(pdf, noinhan, sign, rw, sx, offsets, first=("BI", 11), wrap=True,
                 family="DejaVuSerif"):
    """"Nơi nhận" lines at the left margin (the first in style and size `first`,
    then 9 pt; wrapped if `wrap`) and the (text, style) signer lines centred
    from l_margin + sx, each `offsets[i]` below the same top."""
    w = pdf.w - pdf.l_margin - pdf.r_margin
    y1 = pdf.get_y()
    for i, t in enumerate(noinhan):
        pdf.set_font(family, *(first if i == 0 else ("", 9)))
        pdf.set_x(pdf.l_margin)
        (pdf.multi_cell if wrap else pdf.cell)(rw, 4.6, t, **NEXT)
    for (t, st), dy in zip(sign, offsets):
        pdf.set_font(family, st, 11)
        pdf.set_xy(pdf.l_margin + sx, y1 + dy)
        pdf.cell(w - sx, 6, t, align="C")
