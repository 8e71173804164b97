"""``notice-parser graph``: build, query, export and draw the citation graph.

``register(subparsers)`` adds the ``graph`` command to the main CLI;
``main(argv)`` runs the same commands standalone (argv without ``graph``).
Query commands read ``--graph graph.json`` (default) or build in memory
``--from DIR``; they print an aligned table, or JSON with ``--json``.
Exit status: 0 answered (possibly with no rows), 1 no path / write failed,
2 unknown document or agency, unreadable graph, bad arguments.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence

from .graph import (CitationGraph, GraphError, NoPathError, ROLES, build_graph, load_notices)

PROG = "notice-parser graph"
EXIT_NO_ANSWER, EXIT_USAGE = 1, 2


def register(subparsers) -> argparse.ArgumentParser:
    """Add the ``graph`` command (with its subcommands) to an argparse subparsers object."""
    parser = subparsers.add_parser(
        "graph", help="citation graph: build, query, export, draw",
        description="Citation graph of converted notices: which documents cite which, "
                    "which tasks rest on them, what each agency has to do.")
    _add_commands(parser)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Standalone entry point: ``main(["cites", "82/NQ-CP", "--graph", "graph.json"])``."""
    parser = argparse.ArgumentParser(prog=PROG, description="Citation graph of converted notices.")
    _add_commands(parser)
    args = parser.parse_args(argv)
    return args.handler(args)


# --------------------------------------------------------------------------- arguments

def _add_commands(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(handler=lambda args: _usage(parser))
    commands = parser.add_subparsers(dest="graph_command", metavar="COMMAND")

    source = argparse.ArgumentParser(add_help=False)
    source.add_argument("--graph", type=Path, default=Path("graph.json"),
                        help="graph file made by 'graph build' (default: ./graph.json)")
    source.add_argument("--from", dest="sources", action="append", metavar="DIR",
                        help="build the graph in memory from convert outputs instead (repeatable)")
    output = argparse.ArgumentParser(add_help=False, parents=[source])
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")

    def command(name: str, handler: Callable, help_text: str, parents=(output,)):
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=list(parents))
        sub.set_defaults(handler=_reporting_errors(handler))
        return sub

    build = command("build", _build, "build the graph from convert outputs (folders of *.json, "
                                     "Notice JSON or JSONL files)", parents=())
    build.add_argument("inputs", nargs="+", metavar="OUTPUT_DIR_OR_FILE")
    build.add_argument("-o", "--output", type=Path, default=Path("graph.json"),
                       help="graph file to write (default: ./graph.json)")
    build.add_argument("--json", action="store_true", help="print the counts as JSON")

    command("cites", _cites, "documents a document cites").add_argument("document")
    cited_by = command("cited-by", _cited_by, "documents citing a document, directly or through a chain")
    cited_by.add_argument("document")
    cited_by.add_argument("--depth", type=_count_arg(0), default=1,
                          help="citation hops to follow (default 1; 0 = any number)")
    all_texts = argparse.ArgumentParser(add_help=False)
    all_texts.add_argument("--all-texts", action="store_true",
                           help="also list tasks read from a document's second text (its translation)")
    based_on = command("tasks-based-on", _tasks_based_on,
                       "tasks that invoke a document (e.g. which tasks implement 82/NQ-CP)",
                       parents=(output, all_texts))
    based_on.add_argument("document")
    tasks_for = command("tasks-for", _tasks_for, "tasks of an agency, soonest deadline first, "
                                                 "with the documents each rests on",
                        parents=(output, all_texts))
    tasks_for.add_argument("agency", help="id, name in Vietnamese or English, or abbreviation")
    tasks_for.add_argument("--due-before", type=_date, metavar="YYYY-MM-DD",
                           help="only tasks due on or before this day")
    tasks_for.add_argument("--open", action="store_true",
                           help="only tasks not yet overdue (deadline today or later, or none)")
    tasks_for.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="'today' for --open")
    tasks_for.add_argument("--role", choices=ROLES, default="assignee",
                           help="tasks the agency leads (default), coordinates, or any")
    most_cited = command("most-cited", _most_cited, "documents cited by the most documents")
    most_cited.add_argument("-n", type=_count_arg(1), default=10, help="how many (default 10)")
    path = command("path", _path, "shortest link between two documents (citations first)")
    path.add_argument("document_a")
    path.add_argument("document_b")
    export = command("export", _export, "write GraphML or GEXF", parents=(source,))
    export.add_argument("--format", choices=["graphml", "gexf"],
                        help="default: from the -o suffix")
    export.add_argument("-o", "--output", type=Path, required=True)
    draw = command("draw", _draw, "draw a document's neighbourhood as SVG or self-contained HTML",
                   parents=(source,))
    draw.add_argument("document")
    draw.add_argument("--depth", type=_count_arg(1), default=2, help="links to follow (default 2)")
    draw.add_argument("--max-nodes", type=_count_arg(1), default=150, help="cap on drawn nodes (default 150)")
    draw.add_argument("-o", "--output", type=Path, required=True, help="FILE.svg or FILE.html")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _count_arg(least: int) -> Callable[[str], int]:
    """argparse type: a whole number of at least ``least`` (a negative depth would answer nothing)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(f"must be a whole number >= {least}, not {text!r}")
        return value
    return parse


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _reporting_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn graph errors into one clear line on stderr and an exit status."""
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except BrokenPipeError:
            raise  # the reader went away (| head): the caller exits quietly
        except NoPathError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return EXIT_NO_ANSWER
        except GraphError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except OSError as exc:
            print(f"{PROG}: {exc}", file=sys.stderr)
            return EXIT_NO_ANSWER
    return run


def _graph(args: argparse.Namespace) -> CitationGraph:
    graph = build_graph(load_notices(args.sources)) if args.sources else CitationGraph.load(args.graph)
    # The process ends after one query: keep the collector from rescanning the whole graph.
    gc.freeze()
    return graph


# --------------------------------------------------------------------------- commands

def _build(args: argparse.Namespace) -> int:
    skipped: list[tuple[str, str]] = []
    notices = load_notices(args.inputs, skipped=skipped)
    graph = build_graph(notices)
    graph.save(args.output)
    stats = graph.stats()
    if args.json:
        _print_json({"output": str(args.output), "notices": len(notices),
                     "skipped": [{"file": f, "reason": r} for f, r in skipped], **stats})
    else:
        print(f"{args.output}: {len(notices)} notices -> {stats['documents']} documents "
              f"({stats['parsed']} parsed, {stats['stubs']} cited only), {stats['tasks']} tasks, "
              f"{stats['agencies']} agencies, {stats['edges']} links", file=sys.stderr)
        for file, reason in skipped:
            print(f"  skipped {file}: {reason}", file=sys.stderr)
    if not notices:
        print(f"{PROG}: no Notice JSON found in {' '.join(args.inputs)}", file=sys.stderr)
        return EXIT_NO_ANSWER
    return 0


def _cites(args) -> int:
    graph = _graph(args)
    rows = graph.cites(args.document)
    return _answer(args, rows, f"{_name(graph, args.document)} cites {_count(rows, 'document')}",
                   [("NUMBER", _label(graph)), ("TYPE", "doc_type"), ("DATE", "date"), ("PINPOINT", "pinpoint"),
                    ("ISSUER", "issuer"), ("PARSED", _yes_no)])


def _cited_by(args) -> int:
    graph = _graph(args)
    rows = graph.cited_by(args.document, depth=args.depth or None)
    reach = "directly" if args.depth == 1 else ("through any chain" if not args.depth
                                                 else f"within {args.depth} hops")
    verb = "cites" if len(rows) == 1 else "cite"
    return _answer(args, rows, f"{_count(rows, 'document')} {verb} {_name(graph, args.document)} {reach}",
                   [("DEPTH", "depth"), ("NUMBER", _label(graph)), ("TYPE", "doc_type"), ("DATE", "date"),
                    ("CITES", lambda r: graph.label(r["cites"])), ("PINPOINT", "pinpoint"),
                    ("ISSUER", "issuer")])


def _tasks_based_on(args) -> int:
    graph = _graph(args)
    rows = graph.tasks_based_on(args.document, all_texts=args.all_texts)
    verb = "rests" if len(rows) == 1 else "rest"
    return _answer(args, rows, f"{_count(rows, 'task')} {verb} on {_name(graph, args.document)}",
                   [("DOCUMENT", lambda r: graph.label(r["doc"])), ("TASK", "task_id"),
                    ("ASSIGNEES", "assignees"), ("DEADLINE", "deadline_end"), ("PINPOINT", "pinpoint"),
                    ("ACTION", "action")])


def _tasks_for(args) -> int:
    graph = _graph(args)
    rows = graph.tasks_for_agency(args.agency, due_before=args.due_before, open_only=args.open,
                                  today=args.today, role=args.role, all_texts=args.all_texts)
    agencies = ", ".join(graph.graph.nodes[k]["name"] for k in graph.agencies(args.agency))
    filters = "".join([f", due by {args.due_before}" if args.due_before else "",
                       ", open" if args.open else "", f", as {args.role}" if args.role != "assignee" else ""])
    return _answer(args, rows, f"{_count(rows, 'task')} for {agencies}{filters}",
                   [("DEADLINE", "deadline_end"), ("DOCUMENT", lambda r: graph.label(r["doc"])),
                    ("TASK", "task_id"), ("ROLE", "role"),
                    ("RESTS ON", lambda r: [graph.label(k) for k in r["based_on"]]), ("ACTION", "action")])


def _most_cited(args) -> int:
    graph = _graph(args)
    rows = graph.most_cited(args.n)
    return _answer(args, rows, f"The {_count(rows, 'most cited document')}",
                   [("RANK", "rank"), ("CITED BY", "cited_by"), ("NUMBER", _label(graph)), ("TYPE", "doc_type"),
                    ("DATE", "date"), ("PARSED", _yes_no)])


def _path(args) -> int:
    graph = _graph(args)
    steps = graph.path(args.document_a, args.document_b)
    return _answer(args, steps, f"{_count(steps[1:], 'link')} from {graph.label(steps[0]['key'])} "
                                f"to {graph.label(steps[-1]['key'])}",
                   [("STEP", "step"),
                    ("LINK", lambda r: r["relation"] and (f"-{r['relation']}->" if r["direction"] == "->"
                                                           else f"<-{r['relation']}-")),
                    ("KIND", "kind"), ("NODE", "label")])


def _export(args) -> int:
    graph = _graph(args)
    graph.export(args.output, args.format)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _draw(args) -> int:
    graph = _graph(args)
    graph.draw(args.document, args.output, depth=args.depth, max_nodes=args.max_nodes)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- output

# a column: (header, row key or function of the row)
Column = tuple[str, object]
_WIDTHS = {"ACTION": 70, "ISSUER": 30, "PINPOINT": 28, "ASSIGNEES": 40, "RESTS ON": 30, "NODE": 50}


def _answer(args, rows: list[dict], heading: str, columns: list[Column]) -> int:
    if args.json:
        _print_json(rows)
    else:
        print(heading + (":" if rows else "."))
        if rows:
            print(_table(rows, columns))
    return 0


def _table(rows: list[dict], columns: list[Column]) -> str:
    """Left-aligned columns two spaces apart, a rule under the header, long cells cut with '…'."""
    def cell(row: dict, header: str, get) -> str:
        value = get(row) if callable(get) else row.get(get)
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        text = "" if value is None else str(value)
        width = _WIDTHS.get(header)
        return text if width is None or len(text) <= width else text[: width - 1] + "…"

    grid = [[header for header, _ in columns]]
    grid += [[cell(row, header, get) for header, get in columns] for row in rows]
    widths = [max(len(line[i]) for line in grid) for i in range(len(columns))]
    grid.insert(1, ["-" * w for w in widths])
    return "\n".join("  ".join(text.ljust(w) for text, w in zip(line, widths)).rstrip() for line in grid)


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _label(graph: CitationGraph) -> Callable[[dict], str]:
    """Column of a document row: its number, short title or file name (never a whole path)."""
    return lambda row: graph.label(row["key"])


def _count(rows: list, noun: str) -> str:
    return f"{len(rows)} {noun}" + ("" if len(rows) == 1 else "s")


def _yes_no(row: dict) -> str:
    return "yes" if row.get("parsed") else "no"


def _name(graph: CitationGraph, query: str) -> str:
    return graph.label(graph.document(query))


if __name__ == "__main__":
    sys.exit(main())
