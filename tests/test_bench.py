"""Smoke test of the benchmark command (bench/run.py): it runs and prints every figure.

Tiny sizes and no corpus, so it takes seconds; no timing is asserted (the
machine is shared), only that each figure line and each bar verdict is there
and that the worker count changed no output.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench_output(tmp_path_factory) -> str:
    work = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--notices", "12",
         "--pdf-pages", "2", "--graph-notices", "40", "--corpus", str(work / "no-corpus"), "--workdir", str(work)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("line", [
    "cold.import_s", "cold.process_wall_s", "cold.cli_convert_one_s",
    "text.generated.notices_per_s", "text.generated.mb_per_s",
    "scaling.parse_1_notices_s", "scaling.parse_6_notices_s", "scaling.parse_12_notices_s",
    "pdf.generated.parse_pages_per_s", "pdf.generated.pdfplumber_pages_per_s",
    "pdf.generated.pypdfium2_pages_per_s",
    "convert.w1.notices_per_s", "convert.w2.notices_per_s", "convert.w1.peak_tree_rss_mb",
    "convert.w2_speedup",
    "outputs identical for --workers 1 and 2: yes",
    "cold start <= 1.5 s", "peak RSS of the convert process tree",
    "--workers 2 >= 1.7x --workers 1", "outputs identical whatever --workers",
    "Graph: citation graph of 40 generated notices", "graph.build", "graph.load", "graph.file_size",
    "graph.query.cited_by", "graph.query.tasks_for_agency", "graph.query.most_cited", "graph.query.path",
    "graph: cited-by and tasks-for < 50 ms on 40 notices",
], ids=lambda line: line.split(":")[0])
def test_bench_prints_figure(bench_output, line):
    if line.startswith("pdf.generated") and importlib.util.find_spec("fpdf") is None:
        pytest.skip("fpdf2 (the dev extra) writes the generated PDFs")
    assert line in bench_output


def test_bench_skips_absent_corpus(bench_output):
    assert "text corpus_vi: no files, skipped" in bench_output
    assert "pdf corpus: no files, skipped" in bench_output


def test_bench_runs_one_section_alone(tmp_path):
    """`--only graph` prints the graph figures without generating the text corpus."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--only", "graph", "--graph-notices", "30",
         "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "graph.query.cited_by" in done.stdout and "graph: cited-by and tasks-for" in done.stdout
    assert "generated corpus" not in done.stdout and "== Text" not in done.stdout
