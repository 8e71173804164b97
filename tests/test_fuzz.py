"""Property tests over hostile input: parse returns a Notice or raises NoticeParseError.

Bounded to a few seconds; ``scripts/fuzz.py --cases N`` runs the long version.
"""
from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notice_parser import Notice, NoticeParseError, parse
from notice_parser.encodings import encode_as
from notice_parser.ingest import decode_text, read_pdf_bytes, read_source
from notice_parser.normalize import normalize
from notice_parser.pipeline import InternalError
from notice_parser.syllables import measure

FAST = settings(max_examples=120, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SEED = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/TB-UBND\nGiao Sở Công Thương báo cáo "
        "trước ngày 20/10/2024 theo Nghị định số 15/2020/NĐ-CP.\n")
vietnamese_text = st.lists(st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠƯ áàảãạếềểễệốồổỗộứừửữự0123456789/-.,:;()\n\t\f_|*")
    + ["\u0300", "\u0323", "\ufeff", "Ƣ", "Ӌ", "‡", "\x00", "\x0c", "Số:", "ngày", "tháng",
       "Giao Bộ Tài chính", "trước ngày 5/6/2025", "Điều 2.", "Quyết định số 7/QĐ-TTg"]),
    max_size=200).map("".join)


def _only_typed(call):
    """Run ``call``; an InternalError (unexpected exception) fails unless a stage is missing."""
    try:
        return call()
    except InternalError as exc:
        if isinstance(exc.__cause__, ImportError):
            pytest.skip(f"pipeline not complete yet: {exc.message}")
        raise
    except NoticeParseError:
        return None


@FAST
@given(st.one_of(st.text(max_size=300), vietnamese_text, st.just(SEED).map(lambda s: s * 3)))
def test_parse_text_returns_notice_or_typed_error(text):
    result = _only_typed(lambda: parse(text))
    assert result is None or isinstance(result, Notice)


def _spliced(args) -> bytes:
    encoding, junk, position = args
    data = encode_as(SEED, encoding)
    position %= len(data) + 1
    return data[:position] + junk + data[position:]


@FAST
@given(st.one_of(st.binary(max_size=600),
                 st.tuples(st.sampled_from(["tcvn3", "vni", "viscii", "cp1258", "utf-16", "utf-8"]),
                           st.binary(max_size=30), st.integers(0, 400)).map(_spliced)))
def test_decode_text_returns_text_or_typed_error(data):
    try:
        text, encoding = decode_text(data, "fuzz.txt")
    except NoticeParseError as exc:
        assert not isinstance(exc, InternalError)
        return
    assert isinstance(text, str) and encoding
    normalize(text)
    assert 0.0 <= measure(text).score <= 1.0


def _pdf_bytes() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, "So: 9/TB-UBND\nGiao So Cong Thuong bao cao truoc ngay 20/10/2024.")
    buffer = io.BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


PDF = _pdf_bytes()


@st.composite
def damaged_pdfs(draw):
    data = bytearray(PDF)
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if kind == "flip":
            data[pos] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[pos:pos + draw(st.integers(1, 200))]
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        else:
            del data[pos:]
        if not data:
            break
    return bytes(data)


@FAST
@given(st.one_of(damaged_pdfs(), st.binary(max_size=400).map(lambda b: b"%PDF-1.4\n" + b)))
def test_damaged_pdf_reads_or_fails_typed(data):
    try:
        source = read_pdf_bytes(data, "fuzz.pdf", ocr="never")
    except NoticeParseError as exc:
        assert not isinstance(exc, InternalError)
        return
    assert isinstance(source.text, str)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=800), suffix=st.sampled_from([".txt", ".pdf", ".md"]))
def test_read_source_on_any_file(tmp_path, data, suffix):
    path = tmp_path / f"case{suffix}"
    path.write_bytes(data)
    try:
        source = read_source(path, ocr="never")
    except NoticeParseError as exc:
        assert exc.source == str(path)
        return
    assert source.text.strip()
