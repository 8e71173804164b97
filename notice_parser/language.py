"""Language identification: Vietnamese or English, from letters and function words."""
from __future__ import annotations

import re

_VI_LOWER_LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# Both cases written out rather than re.IGNORECASE, which keeps re from skipping ahead to them.
_VI_LETTERS = re.compile(f"[{_VI_LOWER_LETTERS}{_VI_LOWER_LETTERS.upper()}]")
_VI_WORDS = frozenset("và của các được những trong thực hiện ngày tháng năm số cho với "
                      "va cua cac duoc nhung thuc hien ngay thang nam".split())
_EN_WORDS = frozenset("the and of to in for with shall on by that is are ministry".split())
_WORD = re.compile(r"\w+")
# Letters the regex engine's case-insensitive matching equates with i, s or k where str.lower()
# does not: a sample holding one is counted by the slower regex, so the count stays the same.
_CASE_LOOKALIKES = re.compile("[ıſİ]")
_VI_WORDS_RX = re.compile(r"\b(?:" + "|".join(_VI_WORDS) + r")\b", re.IGNORECASE)
_EN_WORDS_RX = re.compile(r"\b(?:" + "|".join(_EN_WORDS) + r")\b", re.IGNORECASE)


def detect_language(text: str) -> str:
    """'vi' or 'en' for ``text`` (the first 20,000 characters decide)."""
    sample = text[:20000]
    if _CASE_LOOKALIKES.search(sample):
        vi_words, en_words = len(_VI_WORDS_RX.findall(sample)), len(_EN_WORDS_RX.findall(sample))
    else:  # a function word is a whole word: count the words instead of scanning for each
        words = _WORD.findall(sample.lower())
        vi_words, en_words = sum(map(_VI_WORDS.__contains__, words)), sum(map(_EN_WORDS.__contains__, words))
    # Vietnamese when its letters and words outweigh the English words: the letters are counted
    # only when the words alone do not decide (a Vietnamese text has thousands of them)
    letters_needed = 3 * en_words - 2 * vi_words
    if letters_needed <= 0:
        return "vi"
    return "vi" if len(_VI_LETTERS.findall(sample)) >= letters_needed else "en"
