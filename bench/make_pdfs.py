"""Deterministic benchmark PDFs: generated Vietnamese notices set in the official layout.

The notices come from ``make_corpus.notice_parts``; the page layout (header
columns placed by geometry, bold centred title, justified body, page numbers,
"Nơi nhận" beside the signer) is the one of ``scripts/make_sample_pdfs.py``.
Notices are written until the set holds at least ``pages`` pages.

    python bench/make_pdfs.py OUTDIR [--pages 200] [--seed 5]

Needs fpdf2 (the ``dev`` extra) and the DejaVu Serif fonts.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "scripts")]

import make_corpus  # noqa: E402
import make_sample_pdfs as layout  # noqa: E402


def sample_notice(index: int, seed: int) -> "layout.SampleNotice":
    """Generated notice ``index`` as the PDF writer's notice."""
    parts = make_corpus.notice_parts(index, "vi", seed)
    return layout.SampleNotice(
        stem=f"bench-{index:04d}", issuer=[parts.issuer], number=parts.number,
        dateline=parts.dateline, doc_type=parts.doc_type, subject=[parts.subject],
        body=layout.paras(*parts.body), recipients=parts.recipients, signer=parts.signer,
        signer_name=parts.signer_name)


def page_count(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def write_pdfs(outdir: Path, pages: int = 200, seed: int = 5) -> list[Path]:
    """PDFs in ``outdir`` holding at least ``pages`` pages in all (existing files are reused)."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    total = index = 0
    while total < pages:
        notice = sample_notice(index, seed)
        path = outdir / f"{notice.stem}.pdf"
        if not path.is_file():
            layout.build(notice, outdir)
        paths.append(path)
        total += page_count(path)
        index += 1
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    paths = write_pdfs(args.outdir, args.pages, args.seed)
    print(f"{len(paths)} PDFs, {sum(page_count(p) for p in paths)} pages in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
