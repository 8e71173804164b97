"""Command line: ``notice-parser convert | schema | graph``."""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__
from .ingest import DEFAULT_LIMITS, Limits


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
    _add_limit_options(convert.add_argument_group(
        "limits", "bounds on each input; an input past one fails with 'too large' (the batch goes on)"))
    convert.set_defaults(handler=_convert)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.set_defaults(handler=_schema)

    from . import graph_cli  # networkx itself is imported only when a graph is made

    graph_cli.register(commands)
    return parser


# (option, Limits field, type, unit shown in --help); Limits holds the defaults
_LIMIT_OPTIONS = [
    ("--max-mb", "max_bytes", float, "file size in MB"),
    ("--max-pages", "max_pages", int, "PDF pages"),
    ("--max-chars", "max_text_chars", int, "characters of text"),
    ("--max-page-chars", "max_page_chars", int, "characters on one PDF page"),
    ("--max-seconds", "max_pdf_seconds", float, "seconds reading one PDF"),
    ("--max-ocr-pages", "max_ocr_pages", int, "pages read by OCR per document (the rest: a warning)"),
]
_BYTES_PER_MB = 1024 * 1024


def _add_limit_options(group) -> None:
    for option, field, kind, unit in _LIMIT_OPTIONS:
        default = getattr(DEFAULT_LIMITS, field)
        shown = default / _BYTES_PER_MB if field == "max_bytes" else default
        group.add_argument(option, type=_positive(kind), metavar="N", dest=field,
                           help=f"{unit} (default: {shown:,.0f})")


def _positive(kind):
    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0: {text!r}")
        return value
    return convert


def _limits(args) -> Limits:
    given = {field: getattr(args, field) for _, field, _, _ in _LIMIT_OPTIONS
             if getattr(args, field) is not None}
    if "max_bytes" in given:
        given["max_bytes"] = int(given["max_bytes"] * _BYTES_PER_MB)
    return replace(DEFAULT_LIMITS, **given)


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
                              language=args.language, ocr=args.ocr, entities=args.entities,
                              limits=_limits(args)):
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
