"""Language identification: Vietnamese or English."""
from __future__ import annotations

import re
import sys

import pytest

from notice_parser.language import _VI_LETTERS, _VI_LOWER_LETTERS, detect_language


@pytest.mark.parametrize("text, language", [
    ("Bộ Tài chính chủ trì, phối hợp với các bộ thực hiện trong tháng 6 năm 2024.", "vi"),
    ("BỘ TÀI CHÍNH CHỦ TRÌ, THE WORLD BANK", "vi"),                # capital letters with diacritics count
    ("Bo Tai chinh chu tri thuc hien cac nhiem vu trong nam 2024", "vi"),  # no diacritics
    ("The Ministry of Finance shall report to the Prime Minister by June 2024.", "en"),
    ("THE MINISTRY OF FINANCE SHALL REPORT", "en"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_vietnamese_letters_in_both_cases_are_what_ignoring_case_matches():
    every_character = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    ignoring_case = re.compile(f"[{_VI_LOWER_LETTERS}]", re.IGNORECASE)
    assert _VI_LETTERS.findall(every_character) == ignoring_case.findall(every_character)
