"""OCR of PDF pages with Tesseract (the ``tesseract`` binary, Vietnamese data).

Install with ``scripts/setup_ocr.sh``. Pages are rendered by PDFium at
300 dpi and read by ``tesseract ... tsv``; words are laid out again into
lines, and a wide horizontal gap becomes ``COLUMN_GAP`` as in text layers,
so two-column headers split the same way for scanned and digital PDFs.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import statistics
import subprocess
from functools import lru_cache

from .errors import OcrError
from .syllables import is_syllable

OCR_MODES = ("auto", "never", "always")
DPI = 300
# A page is never rendered larger than this many pixels (huge MediaBoxes).
MAX_PIXELS = 40_000_000
PAGE_TIMEOUT_SECONDS = 120
OCR_LANGUAGE = "vie"
# Tesseract's look-alikes of characters Vietnamese text uses: the Icelandic
# eth for Đ ("464/QÐ-BCT"), the fraction slash for "/".
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ", "⁄": "/"})
# A document number read with stray spaces or a doubled slash ("41 /CT-TTg",
# "23//BB-VPHC", "15/2026/TT- BCT"): digits, slashes, then dash-joined codes
# (" - " with spaces on both sides separates phrases, not codes).
_CODE = r"[A-ZĐ][A-ZĐa-z\d&]*(?!\w)"
_SPACED_NUMBER = re.compile(rf"\b\d{{1,5}}(?: ?/+ ?\d{{4}})? ?/+ ?{_CODE}(?:(?:[-–] ?| [-–]){_CODE})+")
_NUMBER_NOISE = re.compile(r" |(?<=/)/+")
_WORD = re.compile(r"[^\W\d_]+")
# The subject line of an official letter, "V/v" (về việc), read with a W.
_SUBJECT_MARK = re.compile(r"^W(?=/v\b)", re.MULTILINE)
# Tesseract often drops the circumflex under a tone mark ("QUYÉT" for
# "QUYẾT"): a letter that reads as its marked twin.
_MARK_DROPPED = {plain: marked for plains, markeds in (
    ("áàảãạ", "ấầẩẫậ"), ("éèẻẽẹ", "ếềểễệ"), ("óòỏõọ", "ốồổỗộ"),
    ("ÁÀẢÃẠ", "ẤẦẨẪẬ"), ("ÉÈẺẼẸ", "ẾỀỂỄỆ"), ("ÓÒỎÕỌ", "ỐỒỔỖỘ"))
    for plain, marked in zip(plains, markeds)}


@lru_cache(maxsize=1)
def tesseract_available() -> bool:
    """True when ``tesseract`` is on PATH with the Vietnamese data installed."""
    binary = shutil.which("tesseract")
    if binary is None:
        return False
    try:
        listing = subprocess.run([binary, "--list-langs"], capture_output=True, text=True,
                                 timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return OCR_LANGUAGE in (listing.stdout + listing.stderr).split()


def ocr_page(page, column_gap: str, source: str | None = None) -> str:
    """Text of one pypdfium2 page read by Tesseract, lines in reading order."""
    width, height = page.get_size()
    scale = DPI / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / max(width * height, 1.0)) ** 0.5
    image = page.render(scale=scale, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")
    return clean_ocr_text(_layout(_tesseract_tsv(buffer.getvalue(), source), column_gap))


def clean_ocr_text(text: str) -> str:
    """Undo Tesseract's systematic slips: look-alike characters, spaces inside document numbers."""
    text = _WORD.sub(_fix_word, _SUBJECT_MARK.sub("V", text.translate(_LOOKALIKES)))
    text = _restore_capital_marks(text)
    return _SPACED_NUMBER.sub(lambda m: _NUMBER_NOISE.sub("", m.group(0)), text)


def _restore_capital_marks(text: str) -> str:
    """Upper-case words whose circumflex was dropped into another valid syllable ("HÓA CHÁT").

    Only the text itself can tell "CHÁT" (chát) from "CHẤT" (chất): an upper-case word
    becomes the one marked reading that the text writes in lower case, when it never
    writes the word as read.
    """
    lower_words = {word for word in _WORD.findall(text) if word.islower()}

    def restore(match: re.Match) -> str:
        word = match.group(0)
        if not word.isupper() or word.lower() in lower_words:
            return word
        written = [reading for reading in _dropped_mark_readings(word)
                   if reading.lower() in lower_words]
        return written[0] if len(written) == 1 else word

    return _WORD.sub(restore, text)


def _dropped_mark_readings(word: str) -> list[str]:
    """The syllables ``word`` is with one dropped circumflex put back."""
    candidates = {word[:i] + _MARK_DROPPED[c] + word[i + 1:]
                  for i, c in enumerate(word) if c in _MARK_DROPPED}
    return [candidate for candidate in candidates if is_syllable(candidate)]


def _fix_word(match: re.Match) -> str:
    """A word that is no syllable, mended where one reading is: case slips, dropped circumflexes."""
    word = match.group(0)
    if len(word) > 8 or is_syllable(word):
        return word
    # An accented capital after a lower-case letter is a case slip ("sỐ", "vỀ").
    word = word[0] + "".join(c.lower() if c.isupper() and not c.isascii() and before.islower()
                             else c for before, c in zip(word, word[1:]))
    if is_syllable(word):
        return word
    valid = _dropped_mark_readings(word)
    return valid[0] if len(valid) == 1 else word


def _tesseract_tsv(image: bytes, source: str | None) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one page, one core: batches run in parallel
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", OCR_LANGUAGE, "--psm", "3",
                               "tsv"], input=image, capture_output=True, env=env,
                              timeout=PAGE_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise OcrError(f"tesseract took longer than {PAGE_TIMEOUT_SECONDS} s on a page", source) from None
    except OSError as exc:
        raise OcrError(f"cannot run tesseract ({exc.strerror})", source) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no detail"]
        raise OcrError(f"tesseract failed: {detail[0]}", source)
    return done.stdout.decode("utf-8", "replace")


def _layout(tsv: str, column_gap: str) -> str:
    """Words of Tesseract's TSV grouped into visual lines (blocks side by side share a line)."""
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, height = (int(v) for v in cells[6:10])
        words.append((top + height / 2, left, left + width, height, cells[11].strip()))
    if not words:
        return ""
    typical = statistics.median(w[3] for w in words)
    lines: list[list[tuple]] = []
    for word in sorted(words):
        if lines and abs(word[0] - _centre(lines[-1])) < typical * 0.6:
            lines[-1].append(word)
        else:
            lines.append([word])
    out = []
    for line in lines:
        line.sort(key=lambda w: w[1])
        pieces = [line[0][4]]
        for before, word in zip(line, line[1:]):
            pieces.append(column_gap if word[1] - before[2] > 2 * typical else " ")
            pieces.append(word[4])
        out.append("".join(pieces))
    return "\n".join(out)


def _centre(line: list[tuple]) -> float:
    return sum(w[0] for w in line) / len(line)
