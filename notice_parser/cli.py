"""Command line: ``notice-parser convert | schema | graph``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="notice-parser",
        description="Turn Vietnamese government notices (and English texts) into structured JSON.")
    parser.add_argument("--version", action="version", version=f"notice-parser {__version__}")
    commands = parser.add_subparsers(dest="command")

    convert = commands.add_parser("convert", help="convert notices (text or PDF) to JSON")
    convert.add_argument("inputs", nargs="+", help="files, folders or glob patterns")
    convert.add_argument("-o", "--output", type=Path, help="output folder (one <stem>.json per input)")
    convert.add_argument("--jsonl", action="store_true",
                         help="write one JSON line per notice to stdout (or to -o FILE)")
    convert.add_argument("--workers", type=int, default=0,
                         help="worker processes (default: all cores this process may use)")
    convert.add_argument("--language", choices=["vi", "en"], help="override language detection")
    convert.add_argument("--force", action="store_true", help="rewrite outputs that are current")
    convert.add_argument("--ocr", choices=["auto", "never", "always"], default="auto",
                         help="read PDF pages with Tesseract: auto (pages without a usable text "
                              "layer), never, always (default: auto)")
    convert.add_argument("--entities", action="store_true",
                         help="also list every agency mention (Notice.agencies) with the spaCy "
                              "pipeline; adds ~1 s of start-up per process (docs/NLP.md)")
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    convert.set_defaults(handler=_convert)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.set_defaults(handler=_schema)

    from . import graph_cli  # networkx itself is imported only when a graph is made

    graph_cli.register(commands)
    return parser


def _schema(args) -> int:
    from .schema import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def _convert(args) -> int:
    from .batch import convert, expand_inputs, write_failures_report

    files, failures = expand_inputs(args.inputs)
    if args.jsonl:
        outdir = None
        stream = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    else:
        if args.output is None:
            print("notice-parser convert: -o OUTDIR is required (or --jsonl)", file=sys.stderr)
            return 2
        outdir, stream = args.output, None
        outdir.mkdir(parents=True, exist_ok=True)
    workers = args.workers if args.workers > 0 else _available_cores()
    progress = _Progress(len(files), enabled=not args.quiet and sys.stderr.isatty())
    counts = {"converted": 0, "skipped": 0, "failed": len(failures)}
    try:
        for result in convert(files, outdir, workers=workers, force=args.force,
                              language=args.language, ocr=args.ocr, entities=args.entities):
            counts[result.status] += 1
            if result.status == "failed":
                failures.append(result)
            elif stream is not None and result.json_text is not None:
                stream.write(json.dumps(json.loads(result.json_text), ensure_ascii=False) + "\n")
            progress.step(result.source)
    finally:
        progress.close()
        if stream is not None and stream is not sys.stdout:
            stream.close()
    if outdir is not None:
        write_failures_report(outdir, failures)
    print(f"converted {counts['converted']}, skipped (current) {counts['skipped']}, "
          f"failed {counts['failed']}", file=sys.stderr)
    for failure in failures:
        print(f"  FAILED {failure.source}: {failure.reason}: {failure.message}", file=sys.stderr)
    return 1 if failures else 0


def _available_cores() -> int:
    """Cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


class _Progress:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled and total > 0

    def step(self, label: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = int(width * self.done / self.total)
            name = Path(label).name[:40]
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] "
                             f"{self.done}/{self.total} {name:<40}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


if __name__ == "__main__":
    sys.exit(main())
