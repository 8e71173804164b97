"""The benchmark: one command, every figure, each with its baseline from the same run.

    python bench/run.py            # full run (10,000 generated notices, 200 PDF pages): ~10 min
    python bench/run.py --quick    # small sizes, ~1 min: checks that everything runs

Sections (``--only`` picks some): ``pdf`` (pages/s of ``parse`` on PDFs against
pdfplumber ``extract_text`` and pypdfium2 text extraction alone, same files),
``text`` (notices/s and MB/s of ``parse``, one process, on the corpus texts and
on the generated notices, with the time at 1k, 5k and 10k notices to show
scaling), ``cold`` (a fresh interpreter importing the package and parsing one
notice), ``convert`` (``notice-parser convert --workers 1`` and ``--workers 2``
on the generated notices: notices/s, peak RSS of the process tree, and a hash
of every output to prove the worker count changes nothing), ``graph`` (the citation
graph of ``--graph-notices`` generated notices, default 10,000: build, save, load
and the median of every query, from ``bench_graph.py``).

Inputs: the real corpus at ``../shared/corpus`` (skipped when absent) and
corpora generated into ``--workdir`` by ``make_corpus.py`` and ``make_pdfs.py``
(deterministic; kept between runs). PDFs are read with ``ocr='never'`` so that
every reader does the same work (the baselines do not OCR either). Timings are
wall-clock on whatever else the machine is doing: the load average is printed
before and after; compare figures from a quiet machine only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

SECTIONS = ("pdf", "text", "cold", "convert", "graph")
FULL = {"notices": 10000, "checkpoints": (1000, 5000, 10000), "pdf_pages": 200, "cold_runs": 5,
        "graph_notices": 10000, "graph_repeats": 21}
QUICK = {"notices": 200, "checkpoints": (50, 100, 200), "pdf_pages": 10, "cold_runs": 2,
         "graph_notices": 200, "graph_repeats": 3}
# The bars of issue #5.
BAR_PDF_VS_PDFPLUMBER = 10.0    # parse pages/s >= 10x pdfplumber extract_text
BAR_PDF_VS_PDFIUM = 3.0         # pypdfium2 alone at most 3x faster than parse
BAR_NOTICES_PER_CORE = 200.0    # generated notices/s in one process
BAR_COLD_SECONDS = 1.5
BAR_RSS_MB = 400.0
BAR_WORKERS_SPEEDUP = 1.7


class Report:
    """Prints figure lines as they come and keeps them (and the bar verdicts) for --json."""

    def __init__(self):
        self.figures: dict[str, float | str] = {}
        self.bars: list[tuple[str, bool, str]] = []

    def section(self, title: str) -> None:
        print(f"\n== {title}", flush=True)

    def figure(self, key: str, value: float, unit: str, note: str = "") -> None:
        self.figures[key] = value
        print(f"  {key:<44} {value:>10.2f} {unit:<12} {note}".rstrip(), flush=True)

    def line(self, text: str) -> None:
        print(f"  {text}", flush=True)

    def bar(self, name: str, ok: bool, detail: str) -> None:
        self.bars.append((name, ok, detail))


# ----------------------------------------------------------------- helpers

class Clock:
    """Wall and CPU seconds (this process) since it was made: CPU time is what a busy machine
    disturbs least, so every in-process figure is given both ways."""

    def __init__(self):
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()

    def wall(self) -> float:
        return time.perf_counter() - self.wall0

    def cpu(self) -> float:
        return time.process_time() - self.cpu0


def timed(function, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def cpu_timed(function, *args) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result)."""
    clock = Clock()
    result = function(*args)
    return clock.wall(), clock.cpu(), result


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def tree_rss_bytes(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, now (Linux /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else ():
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as statm:
                total += int(statm.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


# Runs a command and prints the peak RSS of its largest process. A fresh small interpreter
# in between matters: a child forked from this (big) process starts with its memory
# counted in its peak, so the child's own ru_maxrss would report this process's size.
_LAUNCHER = ("import resource, subprocess, sys; "
             "code = subprocess.run(sys.argv[1:]).returncode; "
             "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
             "print(u.ru_maxrss, u.ru_utime + u.ru_stime); sys.exit(code)")


def run_measured(command: list[str]) -> dict:
    """Run ``command``; wall time, largest single-process peak RSS and sampled tree-RSS peak."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", _LAUNCHER, *command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak_tree = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not stop.wait(0.2):
            peak_tree = max(peak_tree, tree_rss_bytes(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    # RUSAGE_CHILDREN's ru_maxrss covers reaped grandchildren too: the largest process (KiB on Linux)
    scale = 1 if sys.platform == "darwin" else 1024
    fields = stdout.decode().split()
    max_rss, cpu = (int(fields[-2]) * scale / 1e6, float(fields[-1])) if len(fields) >= 2 else (0.0, 0.0)
    return {"seconds": wall, "cpu_seconds": cpu, "status": process.returncode,
            "stderr": stderr.decode(errors="replace"), "max_rss_mb": max_rss,
            "tree_rss_mb": peak_tree / 1e6}


def hash_outputs(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*.json"))}


def code_fingerprint() -> str:
    """Hash of the package's code and tables: if it changes during a run (someone editing
    the working tree), outputs of two runs may differ for that reason alone."""
    digest = hashlib.sha256()
    for folder in (ROOT / "notice_parser", ROOT / "models"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".json", ".tsv", ".txt", ".cfg"):
                digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def size_mb(paths) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


def corpus_files(corpus: Path | None, *folders: str, suffixes=(".txt",)) -> list[Path]:
    if corpus is None:
        return []
    return sorted(p for folder in folders if (corpus / folder).is_dir()
                  for p in (corpus / folder).iterdir() if p.suffix.lower() in suffixes)


# ----------------------------------------------------------------- sections

def bench_pdf(report: Report, corpus: Path | None, workdir: Path, pages: int) -> None:
    report.section("PDF: pages/s, parse (whole pipeline, ocr='never') vs text extraction alone")
    try:
        import make_pdfs
        generated = make_pdfs.write_pdfs(workdir / "pdf", pages=pages)
    except SystemExit as exc:  # fpdf2 or the fonts missing: say so, keep going
        report.line(f"generated PDFs skipped: {exc}")
        generated = []
    sets = [("generated", generated), ("corpus", corpus_files(corpus, "pdf", suffixes=(".pdf",)))]
    for label, files in sets:
        if not files:
            report.line(f"pdf {label}: no files, skipped")
            continue
        count = _pdf_pages(files)
        report.line(f"pdf {label}: {len(files)} files, {count} pages, {size_mb(files):.1f} MB")
        (parse_s, parse_cpu, failures), (plumber_s, plumber_cpu, _), (pdfium_s, pdfium_cpu, _) = \
            _interleaved_passes([_parse_pdfs, _pdfplumber_pages, _pdfium_pages], files)
        report.figure(f"pdf.{label}.parse_pages_per_s", count / parse_s, "pages/s",
                      f"{count / parse_cpu:.1f} per CPU-s" + (f"; {failures} files refused" if failures else ""))
        report.figure(f"pdf.{label}.pdfplumber_pages_per_s", count / plumber_s, "pages/s",
                      f"{count / plumber_cpu:.1f} per CPU-s; parse is {plumber_s / parse_s:.1f}x "
                      f"pdfplumber ({plumber_cpu / parse_cpu:.1f}x in CPU time)")
        report.figure(f"pdf.{label}.pypdfium2_pages_per_s", count / pdfium_s, "pages/s",
                      f"{count / pdfium_cpu:.1f} per CPU-s; pypdfium2 alone is {parse_s / pdfium_s:.1f}x "
                      f"parse ({parse_cpu / pdfium_cpu:.1f}x in CPU time)")
        report.figures[f"pdf.{label}.vs_pdfplumber"] = plumber_s / parse_s
        report.figures[f"pdf.{label}.pdfium_over_parse"] = parse_s / pdfium_s
        report.bar(f"PDF {label}: parse >= {BAR_PDF_VS_PDFPLUMBER:.0f}x pdfplumber",
                   plumber_s / parse_s >= BAR_PDF_VS_PDFPLUMBER, f"{plumber_s / parse_s:.1f}x")
        report.bar(f"PDF {label}: pypdfium2 alone <= {BAR_PDF_VS_PDFIUM:.0f}x parse",
                   parse_s / pdfium_s <= BAR_PDF_VS_PDFIUM, f"{parse_s / pdfium_s:.1f}x")


def _interleaved_passes(readers: list, files: list[Path], rounds: int = 3,
                        seconds_per_reader: float = 1.0) -> list[tuple[float, float, object]]:
    """For each reader, (wall s, CPU s, result) of one pass over ``files``: the median over
    ``rounds`` rounds, each of which runs every reader in turn, as many passes as fill
    ``seconds_per_reader`` (at least one). Interleaved, the readers share whatever the machine
    does meanwhile, so a busy spell weighs on their ratio less than with each timed in a block of
    its own; the median leaves out a round a spike fell on. Each reader first reads one file
    untimed, as the text section does: imports and first-use loading are the cold-start figure."""
    results = []
    for reader in readers:
        results.append(reader(files[:1]))
    walls: list[list[float]] = [[] for _ in readers]
    cpus: list[list[float]] = [[] for _ in readers]
    for _ in range(rounds):
        for index, reader in enumerate(readers):
            passes, clock = 0, Clock()
            while clock.wall() < seconds_per_reader or passes < 1:
                results[index] = reader(files)
                passes += 1
            walls[index].append(clock.wall() / passes)
            cpus[index].append(clock.cpu() / passes)
    return [(statistics.median(wall), statistics.median(cpu), result)
            for wall, cpu, result in zip(walls, cpus, results)]


def _pdf_pages(files: list[Path]) -> int:
    import pypdfium2

    total = 0
    for path in files:
        try:
            document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:
            continue
        total += len(document)
        document.close()
    return total


def _parse_pdfs(files: list[Path]) -> int:
    from notice_parser import parse
    from notice_parser.errors import NoticeParseError

    failures = 0
    for path in files:
        try:
            parse(path, ocr="never")
        except NoticeParseError:
            failures += 1
    return failures


def _pdfplumber_pages(files: list[Path]) -> None:
    import pdfplumber

    for path in files:
        try:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
        except Exception:  # the baseline is timed on what it can read
            continue


def _pdfium_pages(files: list[Path]) -> None:
    import pypdfium2

    for path in files:
        try:
            document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:
            continue
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        document.close()


def bench_text(report: Report, corpus: Path | None, generated: list[Path],
               checkpoints: tuple[int, ...]) -> None:
    report.section("Text: parse() in one process (one core)")
    from notice_parser import parse

    parse(generated[0])  # tables and patterns load on first use: not part of throughput
    for label, folders in (("corpus_vi", ("vi",)), ("corpus_en", ("en",))):
        files = corpus_files(corpus, *folders)
        if not files:
            report.line(f"text {label}: no files, skipped")
            continue
        rounds, clock = 0, Clock()
        while clock.wall() < 3.0 or rounds < 2:  # a few dozen files: repeat for a stable figure
            for path in files:
                parse(path)
            rounds += 1
        rate = rounds * len(files) / clock.wall()
        report.figure(f"text.{label}.notices_per_s", rate, "notices/s",
                      f"{rounds * len(files) / clock.cpu():.1f} per CPU-s; {len(files)} files x "
                      f"{rounds}, avg {size_mb(files) * 1e3 / len(files):.1f} KB")
        report.figure(f"text.{label}.mb_per_s", rate * size_mb(files) / len(files), "MB/s")
    marks = {}
    clock = Clock()
    for index, path in enumerate(generated, 1):
        parse(path)
        if index in checkpoints:
            marks[index] = clock.wall()
    total, cpu = clock.wall(), clock.cpu()
    rate = len(generated) / total
    report.figure("text.generated.notices_per_s", rate, "notices/s",
                  f"{len(generated) / cpu:.1f} per CPU-s; {len(generated)} notices, vi+en, "
                  f"avg {size_mb(generated) * 1e3 / len(generated):.1f} KB")
    report.figure("text.generated.mb_per_s", size_mb(generated) / total, "MB/s")
    report.bar(f"text: >= {BAR_NOTICES_PER_CORE:.0f} generated notices/s per core",
               rate >= BAR_NOTICES_PER_CORE, f"{rate:.0f}/s wall, {len(generated) / cpu:.0f}/s per CPU-s")
    previous_n, previous_t = 0, 0.0
    for n, seconds in sorted(marks.items()):
        segment = (seconds - previous_t) / (n - previous_n) * 1e3
        report.figure(f"scaling.parse_{n}_notices_s", seconds, "s",
                      f"{segment:.2f} ms/notice for notices {previous_n + 1}-{n}")
        previous_n, previous_t = n, seconds


def bench_cold(report: Report, sample: Path, runs: int) -> None:
    report.section("Cold start: fresh interpreter (median of runs)")
    probe = ("import time; t = time.perf_counter(); import notice_parser; i = time.perf_counter() - t; "
             f"notice_parser.parse({str(sample)!r}); "
             "print(i, time.perf_counter() - t)")
    walls, imports, insides = [], [], []
    for _ in range(runs):
        seconds, done = timed(subprocess.run, [sys.executable, "-c", probe],
                              capture_output=True, text=True, check=True)
        walls.append(seconds)
        first, second = map(float, done.stdout.split())
        imports.append(first)
        insides.append(second)
    wall = statistics.median(walls)
    report.figure("cold.import_s", statistics.median(imports), "s", "import notice_parser")
    report.figure("cold.import_and_first_parse_s", statistics.median(insides), "s", "in the process")
    report.figure("cold.process_wall_s", wall, "s", "python start + import + first parse")
    with tempfile.TemporaryDirectory() as out:
        cli = [sys.executable, "-m", "notice_parser.cli", "convert", str(sample), "-o", out,
               "-q", "--force", "--workers", "1"]
        cli_wall = statistics.median(timed(subprocess.run, cli, capture_output=True, check=True)[0]
                                     for _ in range(runs))
    report.figure("cold.cli_convert_one_s", cli_wall, "s", "notice-parser convert of one file")
    report.bar(f"cold start <= {BAR_COLD_SECONDS} s", wall <= BAR_COLD_SECONDS, f"{wall:.2f} s")


def bench_convert(report: Report, generated: list[Path], workdir: Path) -> None:
    report.section(f"convert: notice-parser convert of {len(generated)} generated notices")
    runs = {}
    code_before = code_fingerprint()
    for workers in (1, 2):
        out = workdir / f"convert-w{workers}"
        shutil.rmtree(out, ignore_errors=True)  # outputs of an earlier run must not be hashed
        command = [sys.executable, "-m", "notice_parser.cli", "convert", str(generated[0].parent),
                   "-o", str(out), "-q", "--force", "--workers", str(workers)]
        result = run_measured(command)
        if result["status"] != 0:
            report.line(f"--workers {workers} FAILED (exit {result['status']}): {result['stderr'][-500:]}")
            return
        rate = len(generated) / result["seconds"]
        runs[workers] = (result, hash_outputs(out))
        report.figure(f"convert.w{workers}.notices_per_s", rate, "notices/s",
                      f"{result['seconds']:.1f} s wall, {result['cpu_seconds']:.1f} CPU-s in all")
        report.figure(f"convert.w{workers}.peak_rss_mb", result["max_rss_mb"], "MB",
                      "largest single process")
        report.figure(f"convert.w{workers}.peak_tree_rss_mb", result["tree_rss_mb"], "MB",
                      "process tree (+ ~10 MB launcher), sampled every 0.2 s")
    one, two = runs[1], runs[2]
    speedup = one[0]["seconds"] / two[0]["seconds"]
    same = one[1] == two[1] and len(one[1]) == len(generated) + 1  # + _failures.json
    if code_fingerprint() != code_before:
        report.line("WARNING: notice_parser/ or models/ changed during the runs: "
                    "the comparison of outputs below does not count")
    cpu_ratio = one[0]["cpu_seconds"] / two[0]["cpu_seconds"] if two[0]["cpu_seconds"] else 0.0
    report.figure("convert.w2_speedup", speedup, "x",
                  f"wall, on {os.cpu_count()} CPUs; CPU-s of w1 / CPU-s of w2 = {cpu_ratio:.2f} "
                  f"(parallel overhead; on 2 idle cores the speedup is at most 2x that)")
    report.line(f"outputs identical for --workers 1 and 2: {'yes' if same else 'NO'} "
                f"({len(one[1])} files hashed)")
    report.figures["convert.outputs_identical"] = "yes" if same else "no"
    rss = max(one[0]["tree_rss_mb"], two[0]["tree_rss_mb"])
    report.bar(f"peak RSS of the convert process tree <= {BAR_RSS_MB:.0f} MB", rss <= BAR_RSS_MB,
               f"{rss:.0f} MB (--workers 1: {one[0]['tree_rss_mb']:.0f} MB)")
    report.bar(f"--workers 2 >= {BAR_WORKERS_SPEEDUP}x --workers 1", speedup >= BAR_WORKERS_SPEEDUP,
               f"{speedup:.2f}x")
    report.bar("outputs identical whatever --workers", same, "sha256 of every output")


def bench_graph(report: Report, notices: int, repeats: int, workdir: Path) -> None:
    report.section(f"Graph: citation graph of {notices} generated notices (median of {repeats} runs per query)")
    import bench_graph as graph_bench

    rows = graph_bench.run(notices, repeats=repeats, workdir=workdir)
    for row in rows:
        target = f"target < {row['target']:g} {row['unit']}; " if row["target"] is not None else ""
        report.figure(f"graph.{row['name']}", row["value"], row["unit"], target + row["note"])
    targeted = [row for row in rows if row["target"] is not None]
    slowest = max(targeted, key=lambda row: row["value"])
    report.bar(f"graph: cited-by and tasks-for < {graph_bench.TARGET_MS:g} ms on {notices} notices",
               all(row["ok"] for row in targeted), f"slowest {slowest['name']} {slowest['value']:.1f} ms")


# ----------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus",
                        help="real corpus with vi/, en/, pdf/ (default: ../shared/corpus)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "notice-parser-bench",
                        help="where generated corpora and outputs go (kept between runs)")
    parser.add_argument("--notices", type=int, help="generated notices (default 10000, quick 200)")
    parser.add_argument("--pdf-pages", type=int, help="generated PDF pages (default 200, quick 10)")
    parser.add_argument("--graph-notices", type=int,
                        help="generated notices in the graph section (default 10000, quick 200)")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    sizes = dict(QUICK if args.quick else FULL)
    if args.notices:
        count = max(2, args.notices)
        sizes["notices"], sizes["checkpoints"] = count, tuple(sorted({max(1, count // 10), count // 2, count}))
    if args.pdf_pages:
        sizes["pdf_pages"] = args.pdf_pages
    if args.graph_notices:
        sizes["graph_notices"] = max(2, args.graph_notices)
    corpus = args.corpus if args.corpus.is_dir() else None
    mode = "quick" if args.quick else "full"
    workdir = args.workdir / mode
    print(f"notice-parser benchmark ({mode}): Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, load average {load_average()}")
    print(f"corpus: {corpus or 'absent (corpus figures skipped)'}; work folder: {workdir}")
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if busy > 0.5:
        print(f"WARNING: the machine is busy (load {busy:.1f}): wall-clock figures and the "
              "--workers speedup will be low; the per-CPU-second figures suffer less")

    workdir.mkdir(parents=True, exist_ok=True)
    if {"cold", "text", "convert"} & set(only):  # the graph section makes its own notices
        import make_corpus

        seconds, generated = timed(make_corpus.write_corpus, workdir / f"notices-{sizes['notices']}",
                                    sizes["notices"])
        print(f"generated corpus: {len(generated)} notices (vi+en), {size_mb(generated):.1f} MB "
              f"({seconds:.1f} s)")
    report = Report()
    started = time.perf_counter()
    if "cold" in only:  # first, before this process warms the disk cache for the package
        bench_cold(report, generated[0], sizes["cold_runs"])
    if "text" in only:
        bench_text(report, corpus, generated, sizes["checkpoints"])
    if "pdf" in only:
        bench_pdf(report, corpus, workdir, sizes["pdf_pages"])
    if "convert" in only:
        bench_convert(report, generated, workdir)
    if "graph" in only:  # last: a 10,000-notice graph makes this process large
        bench_graph(report, sizes["graph_notices"], sizes["graph_repeats"], workdir)

    report.section(f"Bars ({mode} run{'; sizes too small for the verdicts to count' if args.quick else ''})")
    for name, ok, detail in report.bars:
        report.line(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    print(f"\nbench time {time.perf_counter() - started:.0f} s; load average now {load_average()}")
    if args.json:
        args.json.write_text(json.dumps({"mode": mode, "cpus": os.cpu_count(), "figures": report.figures,
                                         "bars": [{"bar": n, "pass": ok, "value": d}
                                                  for n, ok, d in report.bars]},
                                        indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
