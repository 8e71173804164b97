#!/usr/bin/env python3
"""Long fuzz run: mutated text, bytes and PDFs through ingestion and the pipeline.

    python3 scripts/fuzz.py --cases 100000 [--target text|bytes|pdf|all] [--seed 1]

The promise under test: ``decode_text``, ``read_source``, ``read_pdf_bytes``
and ``parse`` return or raise a NoticeParseError. Anything else, an
InternalError (an unexpected exception wrapped by ``parse``) or a case taking
longer than --timeout seconds is a crash; its input is saved under --crashes.
InternalErrors caused by an ImportError (a pipeline stage not written yet)
are counted apart. A mutation fuzzer rather than atheris: atheris needs a
clang/libFuzzer build, and these targets are Python code.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from notice_parser.encodings import encode_as  # noqa: E402
from notice_parser.errors import NoticeParseError  # noqa: E402
from notice_parser.ingest import Limits, decode_text, read_pdf_bytes, read_source  # noqa: E402
from notice_parser.normalize import normalize  # noqa: E402
from notice_parser.pipeline import InternalError, parse  # noqa: E402
from notice_parser.syllables import measure  # noqa: E402

SEED_TEXTS = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 17/TB-UBND\n"
    "Hải Phòng, ngày 4 tháng 5 năm 2023\nTHÔNG BÁO\n1. Giao Sở Xây dựng chủ trì, báo cáo "
    "trước ngày 30/9/2023 theo Quyết định số 12/2022/QĐ-TTg.\n- Lưu: VT.\n",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương hoàn thành trong quý IV năm 2024;"
    " định kỳ hằng tháng báo cáo kết quả.",
    "The Prime Minister assigned the Ministry of Finance to submit the draft decree before "
    "December 31, 2024, under Resolution No. 82/NQ-CP dated June 5, 2024.",
    "<html><body><p>Thông báo số 5/TB-VPCP</p><script>x=1</script></body></html>",
    "Điều 1. Phê duyệt\na) Bộ Y tế chủ trì;\nb) Bộ Tài chính phối hợp.\n\fTrang 2",
]
SPICE = ["\x00", "\x0c", "\u0300", "\u0323", "\ufeff", "\u200b", "\ud800", "Ƣ", "Ӌ", "‡", "ÿ",
         "\r\n", "\t", "/", "-", "Số:", "ngày", "năm", "\u202e", "𝐀", "_", "|", "*" * 5, "<p>",
         "\\", "(", ")", "1/", "QĐ-", "\n\n\n", "  " * 10]


def mutate_text(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.3:
            chars[pos:pos] = list(rng.choice(SPICE))
        elif op < 0.5 and chars:
            del chars[pos:pos + rng.randint(1, 20)]
        elif op < 0.7:
            chars[pos:pos] = [chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF),
                                             rng.randint(0x1EA0, 0x1EF9), rng.randint(0, 0x10FFFF)]))
                              for _ in range(rng.randint(1, 8))]
        elif op < 0.85 and chars:
            start = rng.randint(0, len(chars) - 1)
            chars[pos:pos] = chars[start:start + rng.randint(1, 200)]
        else:
            chars = chars[: rng.randint(0, len(chars))]
    return "".join(chars)


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        op = rng.random()
        pos = rng.randint(0, len(buffer))
        if op < 0.4 and buffer:
            buffer[min(pos, len(buffer) - 1)] = rng.randrange(256)
        elif op < 0.6:
            buffer[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op < 0.8 and buffer:
            del buffer[pos:pos + rng.randint(1, 64)]
        elif buffer:
            start = rng.randint(0, len(buffer) - 1)
            buffer[pos:pos] = buffer[start:start + rng.randint(1, 256)]
    return bytes(buffer)


def seed_bytes() -> list[bytes]:
    out = []
    for text in SEED_TEXTS:
        out.append(text.encode("utf-8"))
        out.append(text.encode("utf-16"))
        for encoding in ("tcvn3", "vni", "viscii", "cp1258"):
            try:
                out.append(encode_as(text, encoding))
            except UnicodeEncodeError:
                continue
    return out


def seed_pdfs() -> list[bytes]:
    """Small PDFs made here (fpdf2), plus the project's sample PDFs when present."""
    pdfs = []
    try:
        from fpdf import FPDF
    except ImportError:
        FPDF = None
    if FPDF is not None:
        for compress in (True, False):
            pdf = FPDF()
            pdf.set_compression(compress)
            pdf.add_page()
            pdf.set_font("helvetica", size=12)
            pdf.multi_cell(0, 8, "CONG HOA XA HOI CHU NGHIA VIET NAM\nSo: 17/TB-UBND\n"
                                 "Giao So Xay dung bao cao truoc ngay 30/9/2023.")
            pdfs.append(bytes(pdf.output()))
            pdf = FPDF()  # a ruled task table, for the table reader's grid
            pdf.set_compression(compress)
            pdf.add_page()
            pdf.set_font("helvetica", size=10)
            with pdf.table(col_widths=(10, 80, 50, 30)) as table:
                for row in (("TT", "Nhiem vu", "Co quan chu tri", "Thoi han"),
                            ("1", "Ra soat quy hoach vung ven bien", "So Xay dung", "Quy II/2024"),
                            ("2", "Tap huan can bo", "So Noi vu", "Nam 2024")):
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            pdfs.append(bytes(pdf.output()))
    samples = Path(__file__).resolve().parents[1] / "samples"
    pdfs.extend(p.read_bytes() for p in sorted(samples.glob("*.pdf"))[:2] if p.stat().st_size < 2_000_000)
    return pdfs


CASE_LIMITS = Limits(max_pdf_seconds=5.0)


class CaseTimeout(BaseException):
    """Raised by the alarm. Not an Exception, so no handler in the code under test can take it for a
    parse failure (the pdfplumber fallback turns every Exception into CorruptPdfError)."""


def _alarm(signum, frame):
    raise CaseTimeout()


def run(target: str, cases: int, rng: random.Random, timeout: float, crashes: Path,
        parse_text: bool) -> dict:
    texts, blobs, pdfs = SEED_TEXTS, seed_bytes(), (seed_pdfs() if target == "pdf" else [])
    outcome: collections.Counter = collections.Counter()
    crash_kinds: collections.Counter = collections.Counter()
    slowest = (0.0, "")
    scratch = Path(tempfile.mkdtemp(prefix="fuzz-"))
    signal.signal(signal.SIGALRM, _alarm)
    started = time.monotonic()
    for index in range(cases):
        if target == "text":
            payload: str | bytes = mutate_text(rng, rng.choice(texts))
        elif target == "bytes":
            payload = mutate_bytes(rng, rng.choice(blobs))
        else:
            payload = mutate_bytes(rng, rng.choice(pdfs))
        began = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            kind = _one(target, payload, scratch, parse_text)
        except CaseTimeout:
            kind = "crash: timeout"
        except InternalError as exc:
            cause = type(exc.__cause__).__name__
            kind = "pipeline incomplete" if isinstance(exc.__cause__, ImportError) else f"crash: InternalError({cause})"
        except NoticeParseError as exc:
            kind = f"typed error: {exc.reason}"
        except BaseException as exc:  # noqa: BLE001 - counting every escape is the point
            if isinstance(exc, KeyboardInterrupt):
                raise
            kind = f"crash: {type(exc).__name__}"
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.monotonic() - began
        if elapsed > slowest[0]:
            slowest = (elapsed, target)
        if kind.startswith("crash"):
            crash_kinds[kind] += 1
            data = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload
            crashes.mkdir(parents=True, exist_ok=True)
            (crashes / f"{target}-{hashlib.sha1(data).hexdigest()[:12]}.bin").write_bytes(data)
        outcome["crash" if kind.startswith("crash") else kind.split(":")[0]] += 1
        if (index + 1) % 10000 == 0:
            print(f"  {target}: {index + 1} cases, {time.monotonic() - started:.0f} s, "
                  f"crashes {outcome['crash']}", flush=True)
    return {"target": target, "cases": cases, "seconds": round(time.monotonic() - started, 1),
            "outcomes": dict(outcome), "crash_kinds": dict(crash_kinds),
            "slowest_case_s": round(slowest[0], 3)}


def _one(target: str, payload, scratch: Path, parse_text: bool) -> str:
    if target == "text":
        text, _ = decode_text(payload.encode("utf-8", "surrogatepass"))
        normalize(text)
        measure(text)
        if parse_text:
            parse(payload)
        return "ok"
    if target == "bytes":
        path = scratch / "case.txt"
        path.write_bytes(payload)
        read_source(path)
        return "ok"
    # the library's own reading-time limit, under the harness's hang limit: a stopped case is a typed error
    read_pdf_bytes(payload, "case.pdf", ocr="never", limits=CASE_LIMITS)
    return "ok"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10000, help="cases per target")
    parser.add_argument("--target", choices=["text", "bytes", "pdf", "all"], default="all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a case is a hang")
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--no-parse", action="store_true", help="text target: stop before parse()")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    targets = ["text", "bytes", "pdf"] if args.target == "all" else [args.target]
    total_crashes = 0
    for target in targets:
        report = run(target, args.cases, rng, args.timeout, args.crashes, not args.no_parse)
        total_crashes += report["outcomes"].get("crash", 0)
        print(report, flush=True)
    return 1 if total_crashes else 0


if __name__ == "__main__":
    sys.exit(main())
