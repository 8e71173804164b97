"""Citation graph benchmark (issue #3): build, save, load and query a 10,000-notice graph.

    python bench/bench_graph.py              # 10,000 generated notices (~1 min)
    python bench/bench_graph.py -n 500       # quicker
    python bench/bench_graph.py --json       # the rows as JSON

``run(n)`` returns the rows (the bench suite calls it); ``main`` prints them
as a table. Notices come from ``bench/generate.py`` (deterministic for a
seed). Each query is timed ``--repeats`` times on the loaded graph and its
median wall time reported (the median CPU time in the note); the hardest realistic arguments are used: the most cited
document (the largest who-cites answer) and the agency with the most tasks,
looked up by its Vietnamese name, English name and abbreviation as users
type them. Timings are wall-clock on a shared machine: compare figures from
a quiet one.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import AGENCIES, generate_notices  # noqa: E402

from notice_parser.graph import ASSIGNED_TO, CitationGraph, build_graph  # noqa: E402

# The bar of issue #3: who-cites and tasks-for-agency answer in under 50 ms on 10k notices.
TARGET_MS = 50.0
TARGETED = ("cited_by", "tasks_for_agency")


def _row(name: str, value: float, unit: str, target: Optional[float] = None, note: str = "") -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target,
            "ok": None if target is None else value < target, "note": note}


def _timed(function: Callable, *args, **kwargs) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process, result) of one call."""
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, time.process_time() - cpu, result


def _median_ms(function: Callable[[], object], repeats: int) -> tuple[float, float, object]:
    """Median wall and CPU time of ``repeats`` calls in ms (after an untimed warm-up), and the answer.

    CPU time shows what a query costs when the shared machine's other jobs
    stretch the wall time.
    """
    answer = function()
    walls, cpus = [], []
    for _ in range(repeats):
        seconds, cpu, answer = _timed(function)
        cpus.append(cpu * 1000)
        walls.append(seconds * 1000)
    return statistics.median(walls), statistics.median(cpus), answer


def _busiest_agency(graph: CitationGraph) -> tuple[str, str, str]:
    """Vietnamese name, English name and abbreviation of the ministry assigned the most tasks.

    A ministry, because its abbreviation ('BCA', 'Bộ TT&TT') is what users
    type; provincial committees' "abbreviations" are long names.
    """
    counts: dict[str, int] = {}
    for _, agency, relation in graph.graph.edges(data="relation"):
        if relation == ASSIGNED_TO:
            counts[agency] = counts.get(agency, 0) + 1
    by_id = {entry[0]: entry for entry in AGENCIES}
    for key in sorted(counts, key=lambda k: (-counts[k], k)):
        if key in by_id and by_id[key][4] == "ministry":
            _, vi, en, abbreviation, _ = by_id[key]
            return vi, en, abbreviation
    raise RuntimeError("no generated ministry in the graph")


def queries(graph: CitationGraph) -> list[tuple[str, str, Callable[[], list]]]:
    """(name, what it asks, call) of every query form, with hard arguments."""
    hub = graph.most_cited(1)[0]["key"]
    hub_number = graph.graph.nodes[hub].get("number") or hub
    parsed = sorted(k for k, d in graph.graph.nodes(data=True) if d["kind"] == "document" and d["parsed"])
    first, last = parsed[0], parsed[-1]
    vi, en, abbreviation = _busiest_agency(graph)
    return [
        ("cites", f"cites {last}", lambda: graph.cites(last)),
        ("cited_by", f"cited-by {hub_number}", lambda: graph.cited_by(hub_number)),
        ("cited_by_depth_3", f"cited-by {hub_number} --depth 3", lambda: graph.cited_by(hub_number, depth=3)),
        ("cited_by_any_depth", f"cited-by {hub_number} --depth 0", lambda: graph.cited_by(hub_number, depth=None)),
        ("tasks_based_on", f"tasks-based-on {hub_number}", lambda: graph.tasks_based_on(hub_number)),
        ("tasks_for_agency", f"tasks-for {vi!r}", lambda: graph.tasks_for_agency(vi)),
        ("tasks_for_agency_en", f"tasks-for {en!r}", lambda: graph.tasks_for_agency(en)),
        ("tasks_for_agency_abbreviation", f"tasks-for {abbreviation!r}",
         lambda: graph.tasks_for_agency(abbreviation)),
        ("tasks_for_agency_due_before", f"tasks-for {vi!r} --due-before 2024-12-31",
         lambda: graph.tasks_for_agency(vi, due_before="2024-12-31")),
        ("most_cited", "most-cited -n 10", lambda: graph.most_cited(10)),
        ("path", f"path {last} {first}", lambda: graph.path(last, first)),
    ]


def run(n: int = 10000, seed: int = 0, repeats: int = 21, workdir: Optional[Path] = None) -> list[dict]:
    """Rows ``{name, value, unit, target, ok, note}``: build, file size, load and each query's median."""
    rows = []
    seconds, cpu, notices = _timed(generate_notices, n, seed)
    rows.append(_row("generate_notices", seconds, "s", note=f"{n} notices (not part of the build); CPU {cpu:.2f} s"))
    seconds, cpu, graph = _timed(build_graph, notices)
    stats = graph.stats()
    rows.append(_row("build", seconds, "s", note=f"{stats['documents']} documents ({stats['stubs']} stubs), "
                                                 f"{stats['tasks']} tasks, {stats['agencies']} agencies, "
                                                 f"{stats['edges']} links; CPU {cpu:.2f} s"))
    with tempfile.TemporaryDirectory(dir=workdir) as folder:
        path = Path(folder) / "graph.json"
        seconds, cpu, _ = _timed(graph.save, path)
        rows.append(_row("save", seconds, "s", note=f"CPU {cpu:.2f} s"))
        rows.append(_row("file_size", path.stat().st_size / 1e6, "MB"))
        seconds, cpu, graph = _timed(CitationGraph.load, path)
        rows.append(_row("load", seconds, "s", note=f"CPU {cpu:.2f} s"))
    for name, asked, call in queries(graph):
        wall, cpu, answer = _median_ms(call, repeats)
        target = TARGET_MS if name.startswith(TARGETED) else None
        rows.append(_row(f"query.{name}", wall, "ms", target,
                         f"{asked}: {len(answer)} rows; CPU {cpu:.1f} ms"))
    return rows


def format_rows(rows: list[dict]) -> str:
    """Aligned table: figure, value, target, verdict, note."""
    lines = [f"{'FIGURE':36} {'VALUE':>10} {'UNIT':4} {'TARGET':>8}  {'OK':4} NOTE"]
    for row in rows:
        target = f"< {row['target']:g}" if row["target"] is not None else ""
        verdict = {True: "pass", False: "FAIL", None: ""}[row["ok"]]
        lines.append(f"{row['name']:36} {row['value']:>10.3f} {row['unit']:4} {target:>8}  {verdict:4} "
                     f"{row['note']}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--notices", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=21, help="timed runs per query (median)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    rows = run(args.notices, args.seed, args.repeats)
    print(json.dumps(rows, ensure_ascii=False, indent=2) if args.json else format_rows(rows))
    return 1 if any(row["ok"] is False for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
